"""A possessive "its" bound by the clause it stands in when that clause is not the sentence's
first one, before salience (which leans to the sentence's first subject) is asked.

- second conjunct with its own subject: "Lorvik runs three ships there, and the much bigger
  Tarrant Group started its own brand", "Tessmoor made a loss, while Corvan Lines named Mia
  Holt as its chief executive": "its" is the conjunct's subject (Tarrant Group, Corvan Lines);
- relative clause on a person: "Ivo Rask, who founded Lumsk and remains its chief executive":
  "its" is the firm the relative clause names (Lumsk), not the main clause's company;
- a round's backer: "Orvel led the $30m round in Kestrel, with its earlier backer Lumen also
  joining": "its" is the firm raising the round (Kestrel), not the round's lead.

Only when no other company is named between the binder and "its" and no comma, stop or new
clause stands between them; anything else is left to `loaders.coref.Salience`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.acquired_refs import role_types
from loaders.lexicon import Lexicon
from loaders.relations.model import Mention
from loaders.relations.words import ARTICLES, ASIDE_STOPS, PREPOSITIONS

# the joins that open a second clause with its own subject: ", and T started ..."
COMMA_JOINS: Final = frozenset({"and", "while", "but", "whereas"})
BARE_JOINS: Final = frozenset({";", "while", "whereas"})
MODIFIER_REACH: Final = 3  # words of a description after its article: "the much bigger"
CLAUSE_REACH: Final = 10  # words between the binder and "its": "in a lab in 2013 and later became"
NEW_CLAUSE: Final = frozenset({"which", "who", "whose", "that", ","}) | ASIDE_STOPS
NOT_VERBS: Final = PREPOSITIONS | ARTICLES | frozenset({"'s", "'", "and", "or", "&"})
# what an investor takes part in: "..., and Orvel led its round / took a seat on its board"
# (the raiser's round and board, not the investor's)
JOINED_NOUNS: Final = frozenset({"board"})
POSSESSED_REACH: Final = 3  # words of the possessed noun phrase: "its $20m series B round"


def single_name(m: Mention, type_of: Callable[[str], str], types: tuple[str, ...]) -> bool:
    """A name mention of exactly one entity of `types`."""
    return m.kind == "name" and len(m.ids) == 1 and type_of(m.ids[0]) in types


def last_name(
    items: Sequence[Mention], i: int, type_of: Callable[[str], str], types: tuple[str, ...]
) -> Mention | None:
    """The last mention before the pronoun at i when it names one entity of `types`."""
    last = items[-1] if items else None
    return last if last is not None and last.j <= i and single_name(last, type_of, types) else None


def _clause_span(lows: Sequence[str], binder: Mention, i: int, subject: bool) -> bool:
    """The words between the binder and "its" stay in one clause (coordinated predicates
    allowed: "expanded its fleet and named P as its"); after a `subject`, opening with a verb,
    not a preposition or a possessive."""
    between = lows[binder.j : i]
    if not between or len(between) > CLAUSE_REACH or (subject and between[0] in NOT_VERBS):
        return False
    return not NEW_CLAUSE.intersection(between)


def _only_people_after(
    items: Sequence[Mention], binder: Mention, i: int, type_of: Callable[[str], str]
) -> bool:
    """No name but a person's ("named Mia Holt as its") between the binder and "its"."""
    later = [m for m in items if m.kind == "name" and binder.j <= m.i < i]
    return all(type_of(x) == "Person" for m in later for x in m.ids)


def _join_ends_at(lows: Sequence[str], k: int) -> bool:
    """A clause join ends right before k: ", and", ", while", ";"."""
    if k >= 1 and lows[k - 1] in BARE_JOINS:
        return True
    return k >= 2 and lows[k - 2] == "," and lows[k - 1] in COMMA_JOINS


def _opens_conjunct(lows: Sequence[str], k: int) -> bool:
    """The name at k opens a second clause: right after a join, or after a join and an
    article-led description ("and the much bigger Tarrant Group")."""
    if _join_ends_at(lows, k):
        return True
    hyphens = sum(1 for w in lows[max(0, k - 2 - 2 * MODIFIER_REACH) : k] if w == "-")
    for start in range(k - 1, max(-1, k - 2 - MODIFIER_REACH - hyphens), -1):
        word = lows[start]
        if word == "-" and 0 < start < k - 1:
            continue  # "and the Oslo-based rival T": a hyphenated modifier
        if not word.isalpha() or word in PREPOSITIONS:
            return False
        if word in ARTICLES:
            return _join_ends_at(lows, start)
    return False


def _joined_thing(lex: Lexicon, lows: Sequence[str], i: int) -> bool:
    """ "its" at i owns a round or a board an investor joins: the raiser's, not the investor's."""
    owned = set(lows[i + 1 : i + 2 + POSSESSED_REACH])
    return not owned.isdisjoint(lex.round_nouns) or not owned.isdisjoint(JOINED_NOUNS)


def conjunct_subject(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """The subject of the second conjunct "its" at i stands in, else None."""
    if lows[i] != "its" or _joined_thing(lex, lows, i):
        return None
    firms = [m for m in items if m.j <= i and single_name(m, type_of, types)]
    if not firms or firms[-1] is items[0]:
        return None  # the sentence's first name: salience's own answer
    binder = firms[-1]
    if not _opens_conjunct(lows, binder.i) or not _clause_span(lows, binder, i, True):
        return None
    return binder.ids[0] if _only_people_after(items, binder, i, type_of) else None


VERB_REACH: Final = 3  # words of the relative's verb before its object: "who set up"


def relative_object(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """The firm named by a relative clause on a person ("P, who founded L and remains its
    chief executive") that "its" at i stands in, else None."""
    firm = last_name(items, i, type_of, types) if lows[i] == "its" else None
    if firm is None or not _clause_span(lows, firm, i, False):
        return None
    for k in range(firm.i - 1, max(0, firm.i - 2 - VERB_REACH), -1):
        if lows[k] == "who":
            return firm.ids[0] if _after_person(lows, items, k, type_of) else None
        if not lows[k].isalpha() or lows[k] in ARTICLES:
            return None
    return None


def _after_person(
    lows: Sequence[str], items: Sequence[Mention], k: int, type_of: Callable[[str], str]
) -> bool:
    """ "P, who": a person's name and a comma stand right before the relative pronoun at k."""
    if k < 2 or lows[k - 1] != ",":
        return False
    return any(m.j == k - 1 and single_name(m, type_of, ("Person",)) for m in items)


ROUND_LINKS: Final = frozenset({"in", "into", "for"})
ROUND_REACH: Final = 3  # words between a round noun and its raiser's "in": "round of funding in"


def round_raiser(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """The firm raising the round named right before ", with its <backer>" at i ("the $30m
    round in Kestrel, with its earlier backer Lumen"), else None."""
    if lows[i] != "its" or i < 3 or lows[i - 2 : i] != [",", "with"]:
        return None
    raiser = last_name(items, i, type_of, types)
    if raiser is None or raiser.j != i - 2 or "FUNDS" not in role_types(lex, lows, i):
        return None
    k = raiser.i - 1
    if k < 1 or lows[k] not in ROUND_LINKS:
        return None
    before = lows[max(0, k - ROUND_REACH) : k]
    return raiser.ids[0] if lex.round_nouns.intersection(before) else None
