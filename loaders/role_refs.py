"""Definite descriptions that take up a party by the role the text gave it (round 24).

"Tessel Dairies buys its churns from Quorn Steel. Tessel Dairies has sued the supplier": the
supplier is the one organization in view that a supply verb gave that role ("buys ... from X",
"supplied by X", "X supplies"); without such a verb, the one whose name or descriptor carries a
word of the role ("the Harby Water Authority" for "the regulator"). Two that fit leave the
description unbound; none leaves it to the ranking of `loaders.article` (`_resolve_np`). The
roles and their verbs are data (`role_descriptions` in loaders/data/coref.yaml).

A kin noun after "his"/"her" ("his niece's claims") is the one person the text introduced with
that noun ("his niece, Ada Brill").

>>> from loaders.lexicon import Lexicon
>>> from loaders.relations.model import Mention
>>> lex = Lexicon.load()
>>> lows = "tessel dairies buys its churns from quorn steel .".split()
>>> sorted(cue_roles(role_table(lex), lows, Mention(("quorn-steel",), 6, 8)))
['supplier']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.relations.model import Mention

_TABLE_KEY: Final[str] = "role_refs.table"
# how far before "from X" or "by X" the verb of the role may stand ("buys its seats and its
# glass from X"), within one clause
VERB_REACH: Final[int] = 10
CLAUSE_STOPS: Final[frozenset[str]] = frozenset({".", ";", ":", ",", "which", "who", "that"})
# "the regulator in Spain", "the supplier of the rival": a party the text has not named
KIN_ADJECTIVES: Final[int] = 2  # "his younger sister", "her late elder brother"
NEW_PARTY_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "of", "at", "for", "from"})


@dataclass(frozen=True)
class Role:
    """How a text gives an organization a role: name or descriptor words, verbs before
    "from X" and "by X", verbs after X."""

    names: frozenset[str]
    from_verbs: frozenset[str]
    by_verbs: frozenset[str]
    acts: frozenset[str]
    strict: bool  # a noun erg left unread: no fit leaves it unbound ("the regulator")


def _words(items: object) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items) if isinstance(items, list) else frozenset()


def role_table(lex: Lexicon) -> dict[str, Role]:
    """The role nouns of the lexicon (`role_descriptions`), read once per lexicon."""
    got: dict[str, Role] | None = lex.derived.get(_TABLE_KEY)
    if got is None:
        raw = lex.data.get("role_descriptions") or {}
        got = {
            str(noun).lower(): Role(
                _words(spec.get("names")),
                _words(spec.get("from_verbs")),
                _words(spec.get("by_verbs")),
                _words(spec.get("acts")),
                bool(spec.get("strict")),
            )
            for noun, spec in raw.items()
            if isinstance(spec, dict)
        }
        lex.derived[_TABLE_KEY] = got
    return got


def _verb_before(lows: list[str], k: int, verbs: frozenset[str]) -> bool:
    """One of `verbs` stands in the clause within reach before position k."""
    for p in range(k - 1, max(-1, k - 1 - VERB_REACH), -1):
        if lows[p] in CLAUSE_STOPS:
            return False
        if lows[p] in verbs:
            return True
    return False


def cue_roles(table: dict[str, Role], lows: list[str], m: Mention) -> set[str]:
    """The roles verbs around the mention m give it: "from X" after a verb of the role, "by X"
    after its participle, X before its verb ("X supplies", "X, which supplies")."""
    out: set[str] = set()
    prep = lows[m.i - 1] if m.i > 0 else ""
    after = lows[m.j] if m.j < len(lows) else ""
    if after == "," and lows[m.j + 1 : m.j + 2] == ["which"]:
        after = lows[m.j + 2] if m.j + 2 < len(lows) else ""
    for noun, role in table.items():
        if prep == "from" and _verb_before(lows, m.i - 1, role.from_verbs):
            out.add(noun)
        elif prep == "by" and _verb_before(lows, m.i - 1, role.by_verbs):
            out.add(noun)
        elif after in role.acts:
            out.add(noun)
    return out


def kin_named(
    lows: list[str], items: Iterable[Mention], kin: frozenset[str], owners: frozenset[str]
) -> list[tuple[str, str]]:
    """("his niece", person id) for each "his niece, NAME" or "NAME, his niece" of a
    sentence (`owners`: "his")."""
    out: list[tuple[str, str]] = []
    for m in items:
        if m.kind != "name":
            continue
        p = m.i - 1 - (m.i > 0 and lows[m.i - 1] == ",")  # "his niece(,) NAME"
        owner = _kin_owner(lows, p, owners) if p >= 1 and lows[p] in kin else ""
        if owner:
            out.append((f"{owner} {lows[p]}", m.ids[0]))
        after = lows[m.j : m.j + 3]
        if len(after) == 3 and after[0] == "," and after[1] in owners and after[2] in kin:
            out.append((f"{after[1]} {after[2]}", m.ids[0]))
    return out


def _kin_owner(lows: list[str], p: int, owners: frozenset[str]) -> str:
    """The owner ("his") the kin noun at p follows, past up to KIN_ADJECTIVES lower-case words
    ("his younger sister"); else ""."""
    for q in range(p - 1, max(-1, p - 2 - KIN_ADJECTIVES), -1):
        if lows[q] in owners:
            return lows[q]
        if not lows[q].isalpha():
            return ""
    return ""


def new_party(lows: list[str], j: int, covered: set[int]) -> bool:
    """The description ending at j goes on to say where or whose it is ("the regulator in
    Spain", "the supplier of Harby Foods"): a party not named before."""
    return j + 1 < len(lows) and lows[j] in NEW_PARTY_PREPOSITIONS and j + 1 in covered


def role_fits(
    role: Role,
    words: tuple[str, ...],
    candidates: list[str],
    given: Callable[[str], set[str]],
    name_words: Callable[[str], set[str]],
) -> list[str] | None:
    """The candidates the text gave the role of the description's `words` (its modifiers and
    its noun): those a verb gave it, else those whose name or descriptor words carry it; None
    when none was given it (none at all for a strict role). A modifier the text never said of
    a candidate ("the energy regulator" for "the Harby Water Authority") rules it out."""
    noun = words[-1]
    candidates = [r for r in candidates if set(words[:-1]) <= name_words(r)]
    cued = [r for r in candidates if noun in given(r)]
    if cued:
        return cued
    named = [r for r in candidates if not role.names.isdisjoint(name_words(r))]
    return named or ([] if role.strict else None)


class RoleMemory:
    """The roles verbs gave each organization so far, and the people kin nouns introduced."""

    def __init__(self, lex: Lexicon) -> None:
        self.table = role_table(lex)
        self.kin_words = lex.person_cues.kin
        self.kin_owners = data_words(lex, "kin_possessors")
        self.given: dict[str, set[str]] = {}  # entity id -> role nouns
        # "his niece" -> the people introduced so
        self.kin: dict[str, list[str]] = {}

    def note(self, lows: list[str], items: Iterable[Mention]) -> None:
        """Remember the roles and kin a read sentence gave its names."""
        for m in items:
            if m.kind != "name":
                continue
            roles = cue_roles(self.table, lows, m)
            if roles:
                self.given.setdefault(m.ids[0], set()).update(roles)
        for said, pid in kin_named(lows, items, self.kin_words, self.kin_owners):
            people = self.kin.setdefault(said, [])
            if pid not in people:
                people.append(pid)

    def given_here(
        self, lows: list[str], items: Iterable[Mention], i: int
    ) -> Callable[[str], set[str]]:
        """The roles of an entity: remembered, or given by the sentence before position i."""
        here: dict[str, set[str]] = {}
        for m in items:
            if m.kind == "name" and m.j <= i:
                here.setdefault(m.ids[0], set()).update(cue_roles(self.table, lows, m))
        return lambda rid: self.given.get(rid, set()) | here.get(rid, set())

    def kin_reference(self, lows: list[str], i: int, covered: set[int]) -> bool:
        """ "his niece" at i names the person introduced so: not "his niece, NAME" again."""
        if i + 1 >= len(lows) or " ".join(lows[i : i + 2]) not in self.kin:
            return False
        return not (lows[i + 2 : i + 3] == [","] and i + 3 in covered) and i + 2 not in covered

    def kin_person(self, lows: list[str], i: int) -> str | None:
        """The one person introduced with the owner and kin noun at i ("her son"), else None."""
        people = self.kin.get(" ".join(lows[i : i + 2]), [])
        return people[0] if len(people) == 1 else None
