"""The mentions a bare title of the article's clear topic does not yield to (round 25,
`loaders.sentence_context` `names_other_org`).

A bare leading title ("Chief executive X", "chairman X", "X, the chief executive,") names the
post at the firm the article is about. Other firms its sentence names are what the holder
speaks of, came from or blames ("Chairman X said talks with Orvik had stalled", "Chief
executive X, who came over from Dorn in 2020, said ...", "Orders for Y slipped, which chief
executive X put down to imports from Vell"). A firm named right before the title in the same
stretch of words may own it ("Dorrit Stores (chief executive X)"), and so may one whose name
carries the holder's family name, or a "whose" names ("Y, whose founder X", "chairman X,
whose union ..."); the body of "chairman X of the Y Authority" is the title's own.

>>> from loaders.lexicon import Lexicon
>>> from loaders.relations.model import Mention
>>> lows = "chairman ivo brandt said talks with orvik had stalled".split()
>>> items = [Mention(("ivo-brandt",), 1, 3, "name"), Mention(("orvik",), 6, 7, "name")]
>>> kinds = lambda r: "Person" if r == "ivo-brandt" else "Organization"
>>> sorted(topic_title_mentions(Lexicon.load(), lows, items, "tarrow", kinds))
[1, 6]
>>> lows = "chairman ivo brandt of orvik said so".split()
>>> items = [Mention(("ivo-brandt",), 1, 3, "name"), Mention(("orvik",), 4, 5, "name")]
>>> sorted(topic_title_mentions(Lexicon.load(), lows, items, "tarrow", kinds))
[1]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from loaders.grammar_words import PERFECT_AUX
from loaders.lexicon import read_data
from loaders.quotes import spans as quote_spans
from loaders.relations.role import OTHER_BODY_KINDS
from loaders.relations.words import PREPOSITIONS, SAYING, SENTENCE_ENDS

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

# words between a title's holder and the name of the body the title is of ("X of the Y")
OWN_BODY_PREPS: Final[frozenset[str]] = frozenset({"of", "at"})
# words that set a firm named before a title apart from it ("Sales of Y, Z's range, fell,
# which chief executive X ...": Z is no owner of the title)
STRETCH_BREAKS: Final[frozenset[str]] = frozenset({",", ";", ":", '"', "“", "”"})
CLAUSE_END: Final[frozenset[str]] = STRETCH_BREAKS | SENTENCE_ENDS | {"(", ")", "--", "—"}

_DATA = read_data("unnamed_roles.yaml")
FRONTING_PREPS: Final = frozenset(_DATA["title_fronting_preps"])
ASIDE_OPENERS: Final = frozenset(_DATA["title_aside_openers"])
CLAUSE_JOINS: Final = frozenset(_DATA["title_clause_joins"])
HOLDER_POSSESSIVES: Final = frozenset(_DATA["holder_possessives"])
OWN_FIRM_NOUNS: Final = frozenset(_DATA["own_firm_nouns"])
HOLDER_FIRM_VERBS: Final = frozenset(_DATA["holder_firm_verbs"])
HOLDER_PRONOUNS: Final = frozenset(_DATA["holder_pronouns"])
# words between the holder's pronoun and the verb ("which he has run", "which she also founded")
HOLDER_AUXILIARIES: Final = PERFECT_AUX | {"once", "later", "also", "then"}
PARTNERSHIP_TITLES: Final = frozenset(_DATA["partnership_titles"])
# words from the holder's possessive to the firm it names ("whose own company, Orvik")
OWN_FIRM_REACH: Final = 4


def topic_title_mentions(
    lex: Lexicon,
    lows: list[str],
    items: Sequence[Mention],
    org: str,
    type_of: Callable[[str], str],
) -> frozenset[int]:
    """Where the mentions start that leave a bare title to the topic `org`: all but the body
    the holder's title is of, when the sentence has a bare leading title with a named holder
    and no other firm may own the title (`_other_owner`); else none."""
    found = _titled_holder(lex, lows, items)
    if found is None:
        return frozenset(m.i for m in items)
    holder, t = found
    if PARTNERSHIP_TITLES.intersection(lows[t : holder.i]):
        return frozenset()  # "Managing partner X said Vess & Co had ...": a
        # partnership's title (a bank's, a law firm's), not the topic's
    if _other_owner(lex, lows, items, org, type_of, holder, t):
        return frozenset()
    return frozenset(m.i for m in items if not _own_body(lows, holder, m))


def _other_owner(
    lex: Lexicon,
    lows: list[str],
    items: Sequence[Mention],
    org: str,
    type_of: Callable[[str], str],
    holder: Mention,
    t: int,
) -> bool:
    """Another organization may own the title at t: the antecedent of a "whose" before it, a
    body a "whose" after the holder names ("chairman X, whose union ..."), one named before
    the title in the same stretch of words ("Dorrit Stores (chief executive X)", "Management
    at Orrin moved to chief executive X"), or one whose name carries the holder's family name
    ("Lanric bought Tamsk Bakeries; founder Ilsa Tamsk stays on as chair")."""
    if t >= 1 and lows[t - 1] == "whose":
        return True  # "Hesketh Lighting, whose founder X stays on as chair": Hesketh's
    p = holder.j
    if p + 2 < len(lows) and lows[p] == "," and lows[p + 1] == "whose":
        if OTHER_BODY_KINDS & lex.kinds.get(lows[p + 2], frozenset()):
            return True  # "Chairman X, whose union represents the staff, ...": the union's
    family = holder.ids[0].rsplit("-", 1)[-1]
    quoted = quote_spans(lows)
    for m in items:
        if m.ids == (org,) or not any(type_of(r) == "Organization" for r in m.ids):
            continue
        if m.j <= t and not STRETCH_BREAKS.intersection(lows[m.j : t]):
            return True
        if any(family in r.split("-") for r in m.ids):
            return True
        if _tied(lows, m, t, holder, quoted):
            return True
    return False


def _tied(
    lows: list[str], m: Mention, t: int, holder: Mention, quoted: list[tuple[int, int]]
) -> bool:
    """The other firm m is tied to the title at t or its holder by the syntax: the title
    stands in m's own aside or relative ("Orvik, run by chief executive X, cut prices", "Orvik,
    where chairman X has cut jobs"), in the clause after a fronted phrase whose object m is
    ("According to Orvik, chief executive X ...", "Over at Orvik, chairman X ..."), the
    holder names m as their own firm ("whose company Orvik", "his company, Orvik", "Orvik,
    which he joined"), or a quotation holds both the title and m (someone else's words about
    the holder)."""
    if m.j < t and lows[m.j] == "," and not CLAUSE_END.intersection(lows[m.j + 1 : t]):
        if _aside_of(lows, m, t, holder):
            return True
    if _holder_firm(lows, m, holder):
        return True
    return any(a < t < b and a < m.i < b for a, b in quoted)


def _aside_of(lows: list[str], m: Mention, t: int, holder: Mention) -> bool:
    """The comma-set stretch opened right after m that holds the title at t is m's: a
    relative or participle aside ("Orvik, led by chairman X", "Orvik, which chairman X called
    final"), any stretch closed again before the sentence ends ("Orvik, whose chairman X has
    left, ..."), or the clause after a fronted place or source phrase with m its object
    ("According to Orvik, chief executive X will retire"). Not a reporting tail ("..., chief
    executive X said"), nor a new clause after a conjunction (", and chief executive X said")."""
    first = lows[m.j + 1]
    if first in CLAUSE_JOINS:
        return False
    h = holder.j
    if h < len(lows) and lows[h] in SAYING:
        return False  # "Halvard will buy Orvik, chief executive X said": the speaker's tail
    if first in ASIDE_OPENERS:
        return True
    start = max((k + 1 for k in range(m.i) if lows[k] in CLAUSE_END), default=0)
    if start == 0 and lows[0] in FRONTING_PREPS:
        between = lows[1 : m.i]
        if all(w in PREPOSITIONS or w in FRONTING_PREPS or w == "to" for w in between):
            return True  # "According to Orvik," "Over at Orvik," "At Orvik,"
    if start == 0:
        return False  # a fronted phrase of another kind: "After talks with Orvik, ..."
    return any(w in STRETCH_BREAKS for w in lows[h : len(lows) - 1])


def _holder_firm(lows: list[str], m: Mention, holder: Mention) -> bool:
    """The holder names m as their own firm after the title: "whose company Orvik", "his
    company, Orvik", "Orvik, which he joined in 2019"."""
    if m.i <= holder.j:
        return False
    before = lows[max(holder.j, m.i - OWN_FIRM_REACH) : m.i]
    for k, w in enumerate(before[:-1]):
        if w in HOLDER_POSSESSIVES and all(
            v in OWN_FIRM_NOUNS or v == "," for v in before[k + 1 :]
        ):
            return True
    e = m.j
    if e + 3 >= len(lows) or lows[e] != "," or lows[e + 1] not in ("which", "where"):
        return False
    if lows[e + 2] not in HOLDER_PRONOUNS:
        return False
    k = e + 3
    if lows[k] in HOLDER_AUXILIARIES and k + 1 < len(lows):
        k += 1  # "which he has run since 2019", "which she also founded"
    return lows[k] in HOLDER_FIRM_VERBS


def _titled_holder(
    lex: Lexicon, lows: list[str], items: Sequence[Mention]
) -> tuple[Mention, int] | None:
    """The named holder of the sentence's first bare leading title ("chairman X", "X, the
    chief executive,") and where the title starts, else None."""
    starts = {m.i: m for m in items}
    ends = {m.j: m for m in items}
    for t, w in enumerate(lows):
        if w not in lex.roles:
            continue
        hit = lex.roles.match(lows, t)
        if not hit or not hit[1].person_holder or not {"LEADS", "FOUNDED"} & set(hit[1].types):
            continue
        e = t + hit[0] + (t + hit[0] < len(lows) and lows[t + hit[0]] == "officer")
        holder = starts.get(e)
        if holder is not None and holder.kind == "name":
            return holder, t
        before = ends.get(t - 2) if t >= 3 and lows[t - 1] == "the" else None
        if before is not None and before.kind == "name" and lows[t - 2] == ",":
            return before, t - 1  # "X, the chief executive, said ..."
    return None


def _own_body(lows: list[str], holder: Mention, m: Mention) -> bool:
    """m names the body of the holder's title: "chairman X of (the) Y", "X at Y"."""
    p = holder.j
    if p + 1 >= len(lows):
        return False
    if lows[p] not in OWN_BODY_PREPS:
        return False
    return m.i == p + 1 or (m.i == p + 2 and lows[p + 1] == "the")
