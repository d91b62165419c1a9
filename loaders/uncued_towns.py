"""A town or region of the gazetteer that nothing in the article types is a place.

"the ferry docks at Ostmere", "a cannery off Varnby", "the two depots, at Kelso and Tarrow":
a short name that no list knows as a firm and that no word of any of its sentences types was
an organization only by default. When the gazetteer lists the whole name (a town of
`gazetteer.TOWN_POPULATION` people or more, a region, a province), it is a place instead.
Every mention must stand in a place's slot: after a locative preposition ("at", "off",
"between"), or listed after such a name. Left alone: a known name, a name with any cue in the
article (a legal form, a company's noun, a title, a place's vote of any weight), a name doing
a company's things anywhere ("Tarrow sells", "Tarrow's plants": `Candidate.firm_context`), a
name listed beside a firm, a name shaped like an organization ("Selby Foods"), a given name,
and a word that opens another name of the article (the short form of "Kelso Marine").

>>> from loaders.lexicon import Lexicon
>>> lex = Lexicon.load()
>>> default_place(["goole"], 0, frozenset(), lex), default_place(["goole"], 1, frozenset(), lex)
(True, False)
>>> default_place(["goole"], 0, frozenset({"goole"}), lex)  # "Goole Marine" is named too
False
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from loaders.gazetteer import place_data, place_or_town
from loaders.grammar_words import LIST_JOINS, POSSESSIVE_MARKS
from loaders.lexicon import word_set

if TYPE_CHECKING:
    from loaders.coref import Group
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

W_DEFAULT_PLACE: Final = 1.0  # the weakest vote: stands only where no other vote does


def default_place(
    tokens: list[str], firm_contexts: int, firsts: AbstractSet[str], lex: Lexicon
) -> bool:
    """The name's lower-cased `tokens`, which no mention cued, name a gazetteer town or region
    and none of the things of the module doc makes it a firm; `firm_contexts` counts its
    mentions doing a company's things, `firsts` holds the first words of the article's names
    (a word opening only its own name is free)."""
    if firm_contexts or not tokens or len(tokens) > 3:
        return False
    name = " ".join(tokens)
    if not place_or_town(name):
        return False
    last = tokens[-1]
    if last in lex.org_words or last in lex.legal_suffixes or name in lex.first_names:
        return False
    return tokens[0] not in firsts


def default_place_votes(
    kept: Mapping[str, Group],
    members: Mapping[str, list[Group]],
    summed: dict[str, dict[str, float]],
    lex: Lexicon,
) -> None:
    """Give the Location vote to each cluster (`members`, by its kept group's key) with no
    vote and no cue whose name is a `default_place` (`summed`: each cluster's votes)."""
    firsts = Counter(kept[k].tokens[0] for k in members if len(kept[k].tokens) > 1)
    for k, ms in members.items():
        g = kept[k]
        if summed.get(k) or any(m.known or m.cues for m in ms):
            continue
        toks = g.tokens
        own = 1 if len(toks) > 1 else 0  # a name of two words opens with its own first word
        others = frozenset({toks[0]}) if firsts[toks[0]] > own else frozenset()
        contexts = sum(m.firm_contexts for m in ms)
        if sum(m.place_slots for m in ms) < sum(m.count for m in ms):
            continue  # "Tarrow cut prices", "bought Tarrow": a firm's slot once is enough
        if default_place(toks, contexts, others, lex):
            summed.setdefault(k, {})["Location"] = W_DEFAULT_PLACE


W_LISTED_FIRM: Final = 0.5  # below any place cue: only keeps the default of a listed name


def listed_firm_votes(a: Analysis, lex: Lexicon) -> None:
    """ "competes with Orlo, Vessa and Goole": a gazetteer town no cue typed, in a list right
    beside a name typed Organization, is one of the firms (a weak Organization vote, which
    keeps it from `default_place_votes`); "routes between Molde and Skien": one after a
    locative preposition, or listed after such a name, is in a place's slot
    (`Candidate.place_slot`)."""
    cands, lows = a.cands, a.lows
    for k, c in enumerate(cands):
        if c.votes or c.known or not _town(lows[c.i : c.j]):
            continue
        prev = cands[k - 1] if k > 0 else None
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        if _listed(lows, prev, c) or _listed(lows, c, nxt):
            c.vote("Organization", W_LISTED_FIRM)
            continue
        before = lows[c.i - 1] if c.i > 0 else ""
        listed = prev is not None and (prev.place_slot or prev.best() == "Location")
        if c.j < len(lows) and lows[c.j] in POSSESSIVE_MARKS:
            continue  # "a plant at Corby's site": the possessor is no place
        if before in PLACE_SLOT_WORDS and not firm_slot(lows, c.i - 1, lex):
            c.place_slot = True
        elif listed and _joined(lows, prev, c):
            c.place_slot = True


SLOT_REACH: Final = 6  # words before the preposition: "merge its freight arm into"
# words a slot's look-back stops at: another preposition or a clause's edge
SLOT_STOPS: Final[frozenset[str]] = frozenset({",", ";", ".", ":", "(", ")", "to", "from", "of"})


def firm_slot(lows: list[str], p: int, lex: Lexicon) -> bool:
    """The preposition at `p` takes a firm, not a place: a stake, investment, merger or trade
    word before "in", "into", "through" or "via" ("a 20% stake in Corby", "invested $5m in
    Corby", "fold Goole into Selby": `place_data()` `slot_firm_words`; a trade word before
    "through" or "via", `through_firm_words`: "sells its parts through Ashford"), looked for
    back to another preposition, a site noun or a clause's edge; a person's
    employer after "at" (a title, role, person or workforce noun right before it, or "head of
    sales at": "an engineer at Corby", "staff at Corby", "spent a decade at Corby")."""
    prep = lows[p]
    if prep == "at":
        return _employer_at(lows, p, lex)
    if prep not in SLOT_FIRM_PREPS:
        return False
    firm_words = _slot_firm_words()
    if prep in ("through", "via"):
        firm_words = firm_words | _through_firm_words()
    for q in range(p - 1, max(-1, p - 1 - SLOT_REACH), -1):
        w = lows[q]
        if w in firm_words:
            return True
        if w in SLOT_STOPS or w in PLACE_SLOT_WORDS or w in lex.place_cues.sites:
            return False  # "invested $20m in a plant in Corby": the plant's town
    return False


SLOT_FIRM_PREPS: Final[frozenset[str]] = frozenset({"in", "into", "through", "via"})


def _employer_at(lows: list[str], p: int, lex: Lexicon) -> bool:
    """ "an engineer at Corby", "head of logistics at Corby", "workers at Corby"."""
    heads = [lows[p - 1]] if p >= 1 else []
    if p >= 3 and lows[p - 2] == "of":
        heads.append(lows[p - 3])  # "head of logistics at"
    staff = _employer_words()
    for w in heads:
        if w in staff or w in lex.titles or w in lex.roles:
            return True
        if lex.heads.lookup((w,)) == "Person":
            return True
    return False


@lru_cache(maxsize=1)
def _slot_firm_words() -> frozenset[str]:
    return word_set(place_data()["slot_firm_words"])


@lru_cache(maxsize=1)
def _through_firm_words() -> frozenset[str]:
    return word_set(place_data()["through_firm_words"])


@lru_cache(maxsize=1)
def _employer_words() -> frozenset[str]:
    return word_set(place_data()["employer_at_words"]) | word_set(place_data()["employed_staff"])


# prepositions of a place's slot; not "to", "from", "with", "by" or "of", which take firms
# as often ("sold to Tarrow", "a stake from Tarrow", "chief executive of Tarrow")
PLACE_SLOT_WORDS: Final[frozenset[str]] = frozenset(
    {"in", "at", "near", "off", "outside", "around", "across", "throughout", "via", "through"}
    | {"between", "linking", "into", "beyond", "towards", "toward", "inside", "within"}
)


def _joined(lows: list[str], left: Candidate | None, right: Candidate) -> bool:
    """`left` and `right` are joined by list words only."""
    if left is None or left.j >= right.i:
        return False
    return all(w in LIST_JOINS for w in lows[left.j : right.i])


def _town(words: list[str]) -> bool:
    return place_or_town(" ".join(words))


def _listed(lows: list[str], left: Candidate | None, right: Candidate | None) -> bool:
    """`left` and `right` are joined by list words only, and one of them is an organization."""
    if right is None or not _joined(lows, left, right):
        return False
    return left is not None and "Organization" in (left.best(), right.best())
