"""What "both", "the two companies" and "the pair" name, read from the construction around them.

A plural reference to two parties names the two its construction offers, of the type its noun
asks for ("companies", "banks": organizations; "both men": people; a bare "both": the pair
of one type the construction gives):

- a pair this sentence already referred to: "Once the two grocers merge, both will buy
  flour from Tilmo" (the two grocers);
- the two parties named before it in its own sentence, when it opens a new clause: "Corvel
  rents cranes to Hadra, a port operator in Hull; the two firms also run a depot";
- the pair the sentence before coordinated: "A and B", or its subject and the partner of its
  verb ("Pelt Marine teamed up with Ostra Yards, which Ganz Holdings bought. The two firms
  share a dock": Pelt Marine and Ostra Yards, not the buyer).

It names nobody when the construction is unclear (three parties of the type before it in its
own clause), when "both" floats after a coordinated subject ("A and B have both cut prices": the
coordination is read as it is), and when "both" or "the two" determines a noun that names no
party ("both markets", "both of the claims", "the two million shares"): `not_a_party`.
Otherwise the resolver's own reading of the latest pair decides (`loaders.references`).

>>> not_a_party(["rejected", "both", "markets"], 1, 1, frozenset({"firm"}), frozenset())
True
>>> not_a_party(["both", "firms", "grew"], 0, 1, frozenset({"firm"}), frozenset())
False
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence, Set
from typing import Final

from loaders.clause_subject import joined_pair
from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.plural_refs import opens_clause
from loaders.relations.model import Mention
from loaders.relations.words import AUXILIARIES

PARTY_TYPES: Final[tuple[str, str]] = ("Organization", "Person")
# what opens a new clause right before the reference: "; the two", ", and both", ", where both"
CLAUSE_OPENERS: Final[frozenset[tuple[str, ...]]] = frozenset(
    {(";",), (",", "and"), (",", "where"), (",", "when"), (",", "while"), (",", "but")}
)
# the words linking a clause's subject to the partner of its verb: "A bid alongside B"
PARTNER_LINKS: Final[frozenset[str]] = frozenset({"with", "alongside"})
PairSite = tuple[list[str], list[Mention], int, str, bool]  # lows, mentions, i, type, bare


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural may have: "companies" company, "boxes" box, "firms" firm."""
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return (word[:-2], word[:-1])
    return (word[:-1],)


def not_a_party(
    lows: Sequence[str], i: int, length: int, party_nouns: Container[str], stop: Set[str]
) -> bool:
    """The bare "both" or "the two" at i (`length` words) determines a thing, no party: a
    plural whose singular is no kind of party (`party_nouns`: "both markets"; an agent noun
    in -ers or -ors is one: "both bidders"), a number ("the two million"); `stop` holds the
    number nouns and the plurals that are no nouns ("always")."""
    k = i + length
    if k >= len(lows):
        return False
    nxt = lows[k]
    if nxt in stop and not nxt.endswith("s"):
        return True  # "the two million shares", "both hundred"
    if nxt[:1].isdigit() or nxt == "%":
        return True
    plural = len(nxt) >= 4 and nxt.isalpha() and nxt.endswith("s")
    if not plural or nxt.endswith(("ss", "us", "is", "ers", "ors")) or nxt in stop:
        return False  # "both bidders", "the two founders": agents, parties
    return nxt not in party_nouns and not any(s in party_nouns for s in _singulars(nxt))


def thing_after(lex: Lexicon, lows: Sequence[str], i: int, length: int) -> bool:
    """`not_a_party` for the pair phrase of `length` words at i when it is a bare "both" or
    "the two" (`pair_thing_words` in loaders/data/coref.yaml; the kinds of party are the
    lexicon's descriptions of an entity and its plural kinds of organization)."""
    bare = (lows[i] == "both" and length == 1) or list(lows[i : i + length]) == ["the", "two"]
    if not bare:
        return False
    stop = data_words(lex, "pair_thing_words")
    return not_a_party(lows, i, length, _PartyNouns(lex), stop)


class _PartyNouns:
    """Membership in the lexicon's nouns for a party: "the firm", "both banks", "founders"."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def __contains__(self, word: object) -> bool:
        lex = self.lex
        return word in lex.anaphora or word in lex.pair_types or word in lex.kinds


def floats(lows: Sequence[str], items: Sequence[Mention], i: int) -> bool:
    """ "both" at i floats after a coordinated subject: "A and B both cut prices", "A and B
    have both backed C" (the coordination is read as written)."""
    if i == 0 or lows[i] != "both":
        return False
    after_name = any(m.j == i for m in items)
    return (after_name or lows[i - 1] in AUXILIARIES) and bool(joined_pair(lows, items, i))


def _typed(ids: list[str], type_of: Callable[[str], str], etype: str, bare: bool) -> list[str]:
    """The ids of the type asked for; for a bare reference, of the one type they share."""
    if not bare:
        return [x for x in ids if type_of(x) == etype]
    kinds = {type_of(x) for x in ids} & set(PARTY_TYPES)
    if len(kinds) != 1:
        return []
    return [x for x in ids if type_of(x) in kinds]


def _own_clause_pair(site: PairSite, type_of: Callable[[str], str]) -> list[str] | None:
    """The two parties named before a reference opening a new clause of its sentence: [] when
    more than two are, None when fewer (or it opens no clause)."""
    lows, items, i, etype, bare = site
    if not opens_clause(lows, i, CLAUSE_OPENERS):
        return None
    ids: list[str] = []
    for m in items:
        if m.j <= i and (m.kind == "name" or len(m.ids) == 1):
            ids.extend(x for x in m.ids if x not in ids)
    if bare and any(type_of(x) not in PARTY_TYPES for x in ids):
        ids = [x for x in ids if type_of(x) in PARTY_TYPES]
    subject = joined_pair(lows, items, i)
    if subject and subject[0] is next(m for m in items if m.j <= i):
        pair = _typed([m.ids[0] for m in subject], type_of, etype, bare)
        if len(pair) == 2:
            return pair  # "A and B supply C, and the pair co-own D": the subject pair
    typed = _typed(ids, type_of, etype, bare)
    if bare and len({type_of(x) for x in ids}) > 1:
        return []  # "Ann Lusk left A for B, and the two ...": which two is unclear
    if len(typed) > 2:
        return []
    first = next((m for m in items if m.j <= i), None)
    if first is None or first.ids[0] not in typed:
        return None  # "He fell out with A's chief over B, and the two ...": no subject of it
    return typed if len(typed) == 2 else None


def _partnered(lows: Sequence[str], items: Sequence[Mention]) -> list[Mention]:
    """The sentence's opening name and the name right after a partner link of its clause
    ("A bid alongside B, ...", "A, founded by P, teamed up with B")."""
    names = [m for m in items if m.kind == "name" and len(m.ids) == 1]
    if not names or (names[0].i > 0 and lows[names[0].i - 1] != ","):
        return []
    first = names[0]
    for m in names[1:]:
        if m.i >= 1 and lows[m.i - 1] in PARTNER_LINKS and ";" not in lows[first.j : m.i]:
            return [first, m]
    return []


def _pair_before(
    site: PairSite,
    before: tuple[list[str], list[Mention]],
    type_of: Callable[[str], str],
    aside: Callable[[str], bool],
) -> list[str] | None:
    """The pair the sentence before coordinated or partnered, of the type asked for; None
    when it holds an adviser, a fund or a campaign (`aside`), or for a bare "the two" when
    that sentence speaks of "they" (a pair named further back)."""
    lows, items, i, etype, bare = site
    blows, bitems = before
    if bare and "they" in blows:
        return None  # "A and B met. Then they joined C and D. The two ...": A and B
    here = {x for m in items if m.j <= i for x in m.ids}
    for pair in (joined_pair(blows, bitems, len(blows)), _partnered(blows, bitems)):
        ids = [m.ids[0] for m in pair]
        if any(aside(x) for x in ids):
            return None  # "R Bank and O Partners advised on it. Both firms ...": not them
        if len(ids) == 2 and ids[0] != ids[1] and here.isdisjoint(ids):
            typed = _typed(ids, type_of, etype, bare)
            if len(typed) == 2:
                return typed
    return None


def read_pair(
    site: PairSite,
    before: tuple[list[str], list[Mention]],
    type_of: Callable[[str], str],
    aside: Callable[[str], bool],
) -> tuple[str, ...] | None:
    """The two entities the plural reference at `site` names by its construction; () when it
    names none (unclear, or a floating "both"); None when the construction does not say."""
    lows, items, i, etype, bare = site
    if bare and floats(lows, items, i):
        return ()
    if bare:
        earlier = [m for m in items if m.kind == "pair" and len(m.ids) == 2 and m.j <= i]
        if earlier:
            return tuple(earlier[-1].ids)
    own = _own_clause_pair(site, type_of)
    if own is not None:
        return tuple(own)
    found = _pair_before(site, before, type_of, aside)
    return tuple(found) if found else None
