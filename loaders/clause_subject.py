"""The subject of the clause a description stands in, which the description cannot name.

"Ashby Homes borrowed heavily, and Deller Bank later sued the builder": the builder is not
Deller Bank, the subject of its own clause, though Ashby Homes opened the sentence. "Dessa
Mills sued Orrin Foods, accusing the company of ...": a participle clause shares the main
subject, Dessa Mills. "After Dunmore Coal missed a payment, Altmann Bank sued the miner": the
main clause's subject is the one after the fronted clause.

The exclusion is applied where a dispute or deal verb governs the description
(`loaders.article`). A subject is a mention that opens the sentence or follows a clause
opener (a comma, "and", "but", a subordinator, a reporting verb), or a subject pronoun; names
coordinated with it ("A and B sued the firm") are subjects too. Nothing is returned for a
description that is a subject itself, a possessive ("cut jobs at the company's plant"), or
one whose clause has no named subject before it ("Orrin cut jobs, and analysts expect the
company to ...").

The names coordinated in a mention list are read here for every module that reads them off
mentions: `conjuncts` (the group around one name) and `joined_pair` (the first "A and B").
Kept apart on purpose: `latter.coordinated_pair` (the last pair, "or" too, any mention kind)
and `acted_pairs.coordinated_orgs` (no pair at all once a list shows, either side).

Other subject finders, each its own question (not this module's set of excluded ids):
- `object_binding._subject_at`: the one named subject at a clause start found elsewhere, past
  a role ("X chief executive Y"), for an object pronoun's binding.
- `held_posts._holder_before`: a Person before a leading verb, past an age or an apposition
  ("X, 58, who"), on the sentence model's tokens.
- `rival_clauses._subject`: a name heading a "which"/"that" clause past a description, or
  opening a coordinated predicate's clause; any type, on the tokens.
- `nav.subjects`: a verb rule's subjects and their coordination, on the tokens.
Clause openings: `opens_clause` here (a subject's position, the sentence start counts) and
`bare_title_firms._opens_clause` (a name's, with a verb's slot after it) differ from
`plural_refs.opens_clause` (a reference opening a new clause after named ones, never first).

`object_reference`: a description that is a verb's object ("and Deller Bank sued the
builder"); when the verb is one of disputing or competing, it leans to this sentence's own
names (`Salience.topical`, `loaders.article`).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.relations.model import Mention
from loaders.relations.words import AND_OR, DATE_WORDS, PREPOSITIONS, REPORTING

OPENERS: Final = frozenset(
    {",", ";", "and", "but", "while", "whereas", "after", "before", "when", "as", "because"}
    | {"since", "although", "though", "once", "until", "meanwhile", "that", "then", "so"}
)
SUBJECT_PRONOUNS: Final = frozenset({"it", "he", "she", "they"})
# words after a comma that start a new clause whose subject is its own
CLAUSE_LINKS = frozenset({"and", "but", "or", "while", "whereas"})
COORDINATORS: Final[frozenset[str]] = frozenset({"and", ",", "or"})
LIST_ENDS: Final[frozenset[str]] = AND_OR
# the words joining a pair of names: "A and B", "A, and B"
PAIR_LINKS: Final[tuple[list[str], ...]] = (["and"], [",", "and"])


def opens_clause(lows: Sequence[str], i: int) -> bool:
    """The word at i opens a clause, so a mention there is a subject ("said that the firm":
    a description read from its "that")."""
    if lows[i] == "that" and lows[i + 1 : i + 2] == ["the"]:
        return True
    return i == 0 or lows[i - 1] in OPENERS or lows[i - 1] in REPORTING


def object_reference(lows: Sequence[str], i: int, j: int) -> bool:
    """The description at i..j is a verb's object in its clause ("sued the builder"), not a
    subject, a preposition's object nor a possessive ("cut jobs at the company's plant")."""
    if opens_clause(lows, i) or lows[i - 1] in PREPOSITIONS:
        return False  # "a stake in the company": often the article's company
    return lows[j : j + 1] not in (["'s"], ["'"])


def _subject_position(lows: Sequence[str], m: Mention) -> bool:
    if m.kind == "pronoun":
        # "he", "she", "they" are subjects wherever they stand; "it" may be an object, and
        # "its" ("X, its largest shareholder, sued") is none
        return lows[m.i] in SUBJECT_PRONOUNS and (lows[m.i] != "it" or opens_clause(lows, m.i))
    return opens_clause(lows, m.i)


def _relative_of(lows: Sequence[str], items: Sequence[Mention], m: Mention, i: int) -> bool:
    """ "Atlas, which bought the firm": the reference at i is in a subject relative clause
    of m (not "Harlow, which Brenner bought, sued the firm", nor after the clause closed)."""
    k = m.j + 2
    if lows[m.j : k] not in ([",", "which"], [",", "who"]) or k >= i:
        return False
    return not any(p.i == k for p in items) and "," not in lows[k:i]


def _breaks(lows: Sequence[str], a: int, b: int) -> bool:
    """A clause boundary between positions a and b: "; ", ", and", ", but", "but"."""
    for k in range(a, b):
        w = lows[k]
        if w == ";" or w == "but" or (w == "," and k + 1 < b and lows[k + 1] in CLAUSE_LINKS):
            return True
    return False


def conjuncts(
    lows: Sequence[str],
    items: Sequence[Mention],
    m: Mention,
    step: int,
    more: AbstractSet[str] = AND_OR,
) -> list[Mention]:
    """m and the mentions coordinated with it, read forwards from a group's first (step 1:
    "A and B sued the bakery", from A) or backwards from its last (step -1: "A, B and C",
    from C). The link next to m is "and" / "or" ("In a deal with X, A" is no list); the
    links further on may be any of `more` (backwards, a list's commas: `COORDINATORS`)."""
    out = [m]
    nxt = _conjunct(lows, items, m, step, LIST_ENDS)
    while nxt is not None:
        out.append(nxt)
        nxt = _conjunct(lows, items, nxt, step, more)
    return out


def _conjunct(
    lows: Sequence[str], items: Sequence[Mention], cur: Mention, step: int, links: AbstractSet[str]
) -> Mention | None:
    """The first mention of `items` joined to cur by one of `links` on the side of `step`."""
    if step > 0:
        if cur.j >= len(lows) or lows[cur.j] not in links:
            return None
        return next((p for p in items if p.i == cur.j + 1), None)
    if cur.i < 2 or lows[cur.i - 1] not in links:
        return None
    return next((p for p in items if p.j == cur.i - 1), None)


def joined_pair(
    lows: Sequence[str],
    items: Sequence[Mention],
    end: int,
    links: tuple[list[str], ...] = PAIR_LINKS,
    first: bool = False,
    single: bool = True,
) -> list[Mention]:
    """The first two neighbouring names before `end` joined by one of `links` ("A and B",
    "A, and B") that do not close a list ("A, B and C"), else []; with `first`, only the
    sentence's first two names; with `single`, only names of one entity."""
    names = [m for m in items if m.j <= end and m.kind == "name"]
    if single:
        names = [m for m in names if len(m.ids) == 1]
    for k in range(min(len(names) - 1, 1) if first else len(names) - 1):
        a, b = names[k], names[k + 1]
        if lows[a.j : b.i] in links and (k == 0 or lows[names[k - 1].j : a.i] != [","]):
            return [a, b]
    return []


def clause_subjects(
    lows: Sequence[str], items: Sequence[Mention], i: int, j: int, possessors: bool = True
) -> set[str]:
    """The entities that are the subject of the clause of the description at i..j (see the
    module docstring); empty when there is none to exclude. Without `possessors`, a name
    marked possessive is passed over ("A, a baker and B's supplier, sued the firm": A)."""
    if opens_clause(lows, i):
        return set()  # the description opens its clause: it is a subject
    if j < len(lows) and lows[j] in POSSESSIVE_MARKS:
        return set()
    before = [m for m in items if m.j <= i]
    for m in reversed(before):
        if _breaks(lows, m.j, i):
            return set()
        if _relative_of(lows, items, m, i):
            return set(m.ids)
        if not _subject_position(lows, m):
            continue
        if not possessors and lows[m.j : m.j + 1] in (["'s"], ["'"]):
            continue
        # "X said sales at the company fell": the reported clause's subject is not named
        if any(w in REPORTING for w in lows[m.j : i]):
            return set()
        return {rid for g in conjuncts(lows, items, m, -1, COORDINATORS) for rid in g.ids}
    return set()


def relative_antecedent(lows: Sequence[str], items: Sequence[Mention], i: int) -> Mention | None:
    """The name whose subject relative clause holds position i ("Dale Korver, who bought it":
    Korver is the subject of "bought", not the sentence's subject), else None."""
    if not items:
        return None
    m = items[-1]
    c = dated_comma(lows, m.j) if m.i >= 1 and lows[m.i - 1] in RECIPIENT_PREPS else -1
    c = m.j if c < 0 else c  # "sold to Marsh Agri in 2019, which still owns it": Marsh Agri
    if lows[c : c + 2] not in ([",", "who"], [",", "which"]) or c + 2 >= i:
        return None
    return None if "," in lows[c + 2 : i] else m


RECIPIENT_PREPS = frozenset({"to", "by"})  # "sold to X in 2019, which", "bought by X in May, who"
DATE_OPENERS = frozenset({"in", "on", "last", "early", "late"})
DATE_REACH = 4  # words of a date adjunct: "in May 2018", "early last year"


def dated_comma(lows: Sequence[str], e: int) -> int:
    """The comma closing a date adjunct that starts at e ("in 2019,", "in May 2018,", "last
    year,"), so that a relative clause after it is on the name before the date; else -1."""
    if e >= len(lows) or lows[e] not in DATE_OPENERS:
        return -1
    for k in range(e + 1, min(len(lows), e + DATE_REACH + 1)):
        if lows[k] == ",":
            return k if k > e + 1 else -1
        if not (lows[k] in DATE_WORDS or lows[k].isdigit()):
            return -1
    return -1
