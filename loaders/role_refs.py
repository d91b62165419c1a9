"""Definite descriptions that take up a party by the role the text gave it (round 24).

"Tessel Dairies buys its churns from Quorn Steel. Tessel Dairies has sued the supplier": the
supplier is the one organization in view whose descriptor, apposition or name carries a word of
the role ("X, a bottle supplier", "the supplier, X", "the Harby Water Authority" for "the
regulator"); without one, the one a supply verb gave that role ("buys ... from X", "supplied by
X", "X supplies"; every conjunct of "from X and Y"). Two that fit leave the description
unbound; none leaves it to the ranking of `loaders.article` (`_resolve_np`). The roles and their
verbs are data (`role_descriptions` in loaders/data/coref.yaml).

A kin noun after "his"/"her" ("his niece's claims") is the one person the text introduced with
that noun ("his niece, Ada Brill") for the same owner (the person last named before it), within
ROLE_WINDOW sentences.

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

from loaders.cue_mask import CUE_KIN, CUE_KIN_OWNER
from loaders.lexicon import Lexicon, word_set
from loaders.non_names import data_words
from loaders.relations.model import Mention

_TABLE_KEY: Final[str] = "role_refs.table"
ROLE_WINDOW: Final = 4  # sentences back a role or kin description looks ("the supplier")
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
    # verbs that give the role only after one of `after` in the clause ("its flour came from")
    guarded: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    head_only: bool = False  # a name carries the role by its last word only ("X Authority")
    operators: frozenset[str] = frozenset()  # name words of a body that is none ("Transit")


def _words(items: object) -> frozenset[str]:
    return word_set(items) if isinstance(items, list) else frozenset()


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
                _words((spec.get("guarded") or {}).get("verbs")),
                _words((spec.get("guarded") or {}).get("after")),
                bool(spec.get("head_only")),
                _words(spec.get("operators")),
            )
            for noun, spec in raw.items()
            if isinstance(spec, dict)
        }
        lex.derived[_TABLE_KEY] = got
    return got


def _verb_before(
    lows: list[str], k: int, verbs: frozenset[str], role: Role, names: frozenset[int]
) -> bool:
    """One of `verbs` stands in the clause within reach before position k, not with a name
    for its object ("bought Lumo Games from X": a company's seller); a guarded verb only after
    one of its words in the clause ("its cartons came from X")."""
    p = _clause_word(lows, k, verbs)
    if p < 0 or p + 1 in names:
        return False
    return lows[p] not in role.guarded or _clause_word(lows, p, role.after) >= 0


def _clause_word(lows: list[str], k: int, words: frozenset[str]) -> int:
    """The position of the nearest of `words` before position k, within VERB_REACH and the
    clause (no CLAUSE_STOPS between); -1 when there is none."""
    for p in range(k - 1, max(-1, k - 1 - VERB_REACH), -1):
        if lows[p] in CLAUSE_STOPS:
            return -1
        if lows[p] in words:
            return p
    return -1


def cue_roles(
    table: dict[str, Role], lows: list[str], m: Mention, names: frozenset[int] = frozenset()
) -> set[str]:
    """The roles verbs around the mention m give it: "from X" after a verb of the role, "by X"
    after its participle, X before its verb ("X supplies", "X, which supplies"); `names`: the
    positions of the sentence's names."""
    out: set[str] = set()
    prep = lows[m.i - 1] if m.i > 0 else ""
    after = lows[m.j] if m.j < len(lows) else ""
    if after == "," and lows[m.j + 1 : m.j + 2] == ["which"]:
        after = lows[m.j + 2] if m.j + 2 < len(lows) else ""
    for noun, role in table.items():
        if prep == "from" and _verb_before(lows, m.i - 1, role.from_verbs, role, names):
            out.add(noun)
        elif prep == "by" and _verb_before(lows, m.i - 1, role.by_verbs, role, names):
            out.add(noun)
        elif after in role.acts:
            out.add(noun)
    return out


def role_acts(table: dict[str, Role]) -> frozenset[str]:
    """Every role's acts in one set (what `_may_cue` tests a word against)."""
    return frozenset(w for role in table.values() for w in role.acts)


def _may_cue(acts: frozenset[str], lows: list[str], m: Mention) -> bool:
    """A cue of `cue_roles` can stand around m: "from" or "by" before it, or one of a role's
    `acts` (`role_acts`) after it (past ", which")."""
    if m.i > 0 and lows[m.i - 1] in ("from", "by"):
        return True
    k = m.j
    if k + 1 < len(lows) and lows[k] == "," and lows[k + 1] == "which":
        k += 2
    return k < len(lows) and lows[k] in acts


def sentence_cues(
    table: dict[str, Role], lows: list[str], items: Iterable[Mention], acts: frozenset[str]
) -> dict[str, set[str]]:
    """The roles verbs give the sentence's names; a cue over a coordination ("insured by X and
    Y", "X and Y supply") gives every conjunct the role. `acts`: `role_acts(table)`."""
    named = [m for m in items if m.kind == "name" and m.ids]
    if not any(_may_cue(acts, lows, m) for m in named):
        return {}  # most sentences: no "from X", "by X" nor a role's act after a name
    names = sorted(named, key=lambda m: m.i)
    at = frozenset(q for m in names for q in range(m.i, m.j))
    cues = [cue_roles(table, lows, m, at) for m in names]
    out: dict[str, set[str]] = {}
    k = 0
    while k < len(names):
        e = k  # the conjuncts k..e: "X, Y and Z"
        while e + 1 < len(names) and lows[names[e].j : names[e + 1].i] in CONJUNCTIONS:
            e += 1
        roles = set().union(*cues[k : e + 1])
        for m in names[k : e + 1]:
            out.setdefault(m.ids[0], set()).update(roles)
        k = e + 1
    return out


CONJUNCTIONS: Final = (["and"], [","], [",", "and"], ["or"])


def kin_named(
    lows: list[str],
    items: Iterable[Mention],
    kin: frozenset[str],
    owners: frozenset[str],
    words: frozenset[str],
) -> list[tuple[str, str, int]]:
    """("his niece", person id, position of "his") for each "his niece, NAME" or "NAME, his
    niece" of a sentence (`owners`: "his"; `words`: the set of `lows`)."""
    out: list[tuple[str, str, int]] = []
    if kin.isdisjoint(words) or owners.isdisjoint(words):
        return out  # each reading needs both words (most sentences have neither)
    for m in items:
        if m.kind != "name":
            continue
        p = m.i - 1 - (m.i > 0 and lows[m.i - 1] == ",")  # "his niece(,) NAME"
        owner = _kin_owner(lows, p, owners) if p >= 1 and lows[p] in kin else ""
        if owner:
            out.append((f"{owner} {lows[p]}", m.ids[0], m.i))
        after = lows[m.j : m.j + 3]
        if len(after) == 3 and after[0] == "," and after[1] in owners and after[2] in kin:
            out.append((f"{after[1]} {after[2]}", m.ids[0], m.i))
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


def holds_by_name(role: Role, name: str, descr: set[str]) -> bool:
    """The text said the role of a party by a descriptor or apposition ("X, a toy supplier",
    "the supplier, X") or by its name ("Ardent Insurance"; for a public body, the head of its
    name: "Norland Communications Authority", not "Harby Commission Brokers" nor "Dunmore
    Transit Authority")."""
    words = name.lower().split()
    if not role.operators.isdisjoint(words):
        return False
    if role.head_only:  # a word of the name before its head says nothing ("Commission Brokers")
        descr = descr - set(words[:-1])
    if not role.names.isdisjoint(descr):
        return True
    if role.head_only:
        return words[-1:] != [] and words[-1] in role.names
    return not role.names.isdisjoint(words)


def role_fits(
    role: Role,
    words: tuple[str, ...],
    candidates: list[str],
    given: Callable[[str], set[str]],
    name_words: Callable[[str], set[str]],
    named: Callable[[str], bool],
) -> list[str] | None:
    """The candidates the text gave the role of the description's `words` (its modifiers and
    its noun): those whose descriptor, apposition or name says it (`named`), with those the
    same verb gave it too, else those a verb gave it; None when none was given it (none at all
    for a strict role). A modifier the text never said of a candidate ("the energy regulator"
    for "the Harby Water Authority") rules it out."""
    noun = words[-1]
    candidates = [r for r in candidates if set(words[:-1]) <= name_words(r)]
    said = [r for r in candidates if named(r)]
    cued = [r for r in candidates if noun in given(r)]
    if said and not set(said) & set(cued):
        return said
    if said:  # "insured by X and Y Assurance": the verb gave both the role, peers
        return said + [r for r in cued if r not in said]
    return cued or ([] if role.strict else None)


class RoleMemory:
    """The roles verbs gave each organization so far, and the people kin nouns introduced."""

    def __init__(self, lex: Lexicon, type_of: Callable[[str], str]) -> None:
        self.table = role_table(lex)
        self.acts = role_acts(self.table)  # a word after a name that may give a role
        self.kin_words = lex.person_cues.kin
        self.kin_owners = data_words(lex, "kin_possessors")
        self.lex = lex
        self.type_of = type_of
        self.given: dict[str, set[str]] = {}  # entity id -> role nouns
        # ("his niece", owner id) -> the people introduced so, each with its sentence
        self.kin: dict[tuple[str, str], list[tuple[str, int]]] = {}
        self.kin_people: set[str] = set()
        self.last_person = ""  # the person last named, not by a kin noun

    def _owner(self, lows: list[str], items: Iterable[Mention], i: int) -> str:
        """The person "his"/"her" at i stands for: the one last named before it, not one a
        kin noun introduced ("His sister, Ann Varley, ... His sister": Tom Varley's)."""
        # the first of the latest such names, in one walk: a name no later than the best so
        # far is not typed (no list, no key function per sentence)
        best: Mention | None = None
        for m in items:
            if (
                m.kind == "name"
                and m.ids
                and m.j <= i
                and (best is None or m.i > best.i)
                and m.ids[0] not in self.kin_people
                and self.type_of(m.ids[0]) == "Person"
            ):
                best = m
        return best.ids[0] if best is not None else self.last_person

    def note(
        self,
        lows: list[str],
        items: Iterable[Mention],
        sno: int,
        words: frozenset[str],
        cues: int = -1,
    ) -> None:
        """Remember the roles and kin a read sentence gave its names (`words`: the set of
        `lows`; `cues`: its cue mask, `Analysis.cues`, if known)."""
        items = list(items)
        for rid, roles in sentence_cues(self.table, lows, items, self.acts).items():
            if roles:
                self.given.setdefault(rid, set()).update(roles)
        named: list[tuple[str, str, int]] = []
        # (no kin noun or no "his" in most sentences: `kin_words`, `kin_owners` by the cue mask)
        if cues < 0 or (cues & CUE_KIN and cues & CUE_KIN_OWNER):
            named = kin_named(lows, items, self.kin_words, self.kin_owners, words)
        for said, pid, at in named:
            owner = self._owner(lows, [m for m in items if pid not in m.ids], at)
            self.kin_people.add(pid)
            people = self.kin.setdefault((said, owner), [])
            if pid not in [p for p, _ in people]:
                people.append((pid, sno))
        self.last_person = self._owner(lows, items, len(lows))

    def given_here(
        self, lows: list[str], items: Iterable[Mention], i: int
    ) -> Callable[[str], set[str]]:
        """The roles of an entity: remembered, or given by the sentence before position i."""
        here = sentence_cues(self.table, lows, [m for m in items if m.j <= i], self.acts)
        return lambda rid: self.given.get(rid, set()) | here.get(rid, set())

    def kin_reference(self, lows: list[str], i: int, covered: set[int]) -> bool:
        """ "his niece" at i names a person introduced so: not "his niece, NAME" again."""
        if not self.kin or i + 1 >= len(lows):
            return False  # (most articles introduce no kin: no words joined per reference)
        said = " ".join(lows[i : i + 2])
        if not any(k == said for k, _ in self.kin):
            return False
        return not (lows[i + 2 : i + 3] == [","] and i + 3 in covered) and i + 2 not in covered

    def parent_of(self, child: str, noun: str) -> str:
        """ "his mother" said of `child`: the one person `child` was introduced as the son or
        daughter of ("her son, Tom Vell"), when `noun` names a parent; else ""."""
        if noun not in data_words(self.lex, "kin_parents"):
            return ""
        children = data_words(self.lex, "kin_children")
        found = {
            owner
            for (said, owner), people in self.kin.items()
            if said.split()[-1] in children and child in [p for p, _ in people]
        }
        return found.pop() if len(found) == 1 else ""

    def kin_person(self, lows: list[str], items: Iterable[Mention], i: int, sno: int) -> str | None:
        """The one person introduced with the kin noun at i ("her son") for the same owner
        within ROLE_WINDOW sentences, else None."""
        owner = self._owner(lows, items, i)
        people = self.kin.get((" ".join(lows[i : i + 2]), owner), [])
        near = [p for p, at in people if sno - at <= ROLE_WINDOW]
        return near[0] if len(near) == 1 and len(people) == 1 else None
