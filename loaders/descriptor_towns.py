"""A town no list knows, named only as a modifier in a firm's descriptor, is a place.

- "the" (and lower-case adjectives), the town, then lower-case words that end in a company
  noun, either in apposition to a name ("Kelmora Sealink, the larger Haugesund operator that",
  "Tandrel Trailwear, the Varberg hiking and climbing label founded in 2012") or right before
  the firm's name ("the Nelson shipyard group Skeldavik", "the Brienzwil buyout house
  Limmatvest, which");
- "of" after a firm's name: "Ombrix Roofworks, of Wodonga, which", "buying Velquist Copyshop
  of Penvarra in May";
- "a/an" in apposition to a name: "Tarvel Oils, a Kestwick maker that", "Orrin is a small
  Ellby brewery"; a tie noun right after the town ("a Kestwick contractor that", which a
  customer's name takes too) only a weak vote any Organization cue outweighs.

Not a part of a firm ("the Harlow unit", where Harlow is the parent), not a body's own name
right before its noun ("the Kelso group Orlo", "the Unite union": a trade word must stand
between), not a family ("the Tallis family office"), not a maker before a name (its brand),
not a given name or a demonym, not an organization-shaped or hyphenated name ("the Tata-owned").
A person's "of" names an employer ("Ada Rusk, of Kelso"; "Tarquin Vell, of Osmark, said"), no
town.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("It teamed up with the Nelson shipyard group Skeldavik.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Nelson', 'Location'), ('Skeldavik', 'Organization')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.gazetteer import place_data
from loaders.grammar_words import INDEFINITE_ARTICLES
from loaders.lexicon import PLACE_ADJECTIVE_ENDS, per_lexicon, word_set
from loaders.non_names import NonNames
from loaders.person_cues import organization_shaped
from loaders.place_words import CLAUSE_WORDS, FIRM_PLACE_HEADS, PHRASE_ENDS, trade_noun
from loaders.possessed_descriptors import HOLDERS
from loaders.premodifier import OWN_NAME_HEADS
from loaders.relations.words import AND_OR, POSSESSED_NOUNS
from loaders.town_firms import NOT_TOWN_HEADS, W_TOWN, person_or_people, plain_word

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

DESCRIPTOR_REACH: Final = 5  # "the Varberg hiking and climbing label": words up to the noun
ADJECTIVE_REACH: Final = 2  # "the larger": lower-case words between "the" and the town
# "the former", "the rival" (`descriptor_breaks` of places.yaml)
BREAKS: Final[frozenset[str]] = word_set(place_data()["descriptor_breaks"])
# what joins a name to "the ... TOWN <noun>" describing it: a comma, a copula ("was" too: the
# town is one still; a relation of place takes the present ones, `place_lists.DESCRIBING`)
APPOSING: Final[frozenset[str]] = frozenset({",", "is", "was", "remains"})
COORDINATORS: Final[frozenset[str]] = AND_OR | {"&"}
# "X, a Kestwick contractor that": the weakest vote, a town unless any Organization cue of the
# name elsewhere outweighs it ("a Marvanta supplier" names a customer as often)
W_TIE_TOWN: Final = 1.0
# what closes "a TOWN <tie noun>": a relative clause or the appositive's end
TIE_ENDS: Final[frozenset[str]] = frozenset({"that", "which", ",", ".", ";"})
# what may follow "NAME of TOWN": the phrase ends there
OF_TOWN_ENDS: Final[frozenset[str]] = frozenset(
    {",", ".", ";", ":", ")", "in", "which", "that", "and", "for", "on", "last", "this"}
)


# a head that states a tie to its modifier, which a rank word makes plain: "the biggest Vexa
# lender" lends to Vexa (where "the Dublin lender" is one in Dublin)
RANKED_TIES: Final[frozenset[str]] = frozenset({"lender", "lenders", "insurer", "insurers", "bank"})
# a head a firm's spin-out takes: "the lending startup from Vexa" may be Vexa's
SPUN_OUT: Final[frozenset[str]] = frozenset({"startup", "start-up", "startups", "start-ups"})


@per_lexicon
def _heads(lex: Lexicon) -> frozenset[str]:
    """The company nouns a descriptor ends in, less the parts of firms and the nouns of a
    business tie (`ties`, holders: "the largest Vexa investor", "the Vexa shareholder" hold
    Vexa, in no town)."""
    ties = NonNames.of(lex).ties | HOLDERS | {h[:-1] for h in HOLDERS}
    return frozenset((lex.located_heads | FIRM_PLACE_HEADS) - lex.new_part_heads - ties)


def descriptor_town_votes(a: Analysis, lex: Lexicon) -> None:
    """Vote Location for the town of a firm's descriptor (see the module doc)."""
    starts = {c.i for c in a.cands}
    by_end = {c.j: c for c in a.cands}
    for c in a.cands:
        if c.known or c.j - c.i != 1 or c.votes.get("Location"):
            continue
        if not plain_word(a.toks[c.i].text) or person_or_people(a.lows[c.i], lex):
            continue
        if organization_shaped(c, a.lows, lex):
            continue
        if _described(a, c, starts, by_end, lex) or _of_town(a, c, by_end, lex):
            c.vote("Location", W_TOWN)
        elif _from_town(a, c, by_end, lex) or _indefinite_described(a, c, starts, lex):
            c.vote("Location", W_TOWN)
        else:
            weight = _indefinite_apposed(a, c, by_end, lex)
            if weight:
                c.vote("Location", weight)


def _described(
    a: Analysis, c: Candidate, starts: set[int], by_end: dict[int, Candidate], lex: Lexicon
) -> bool:
    """ "X, the [adjectives] TOWN <words> <company noun>" or "the TOWN <words> <noun> NAME"."""
    art = _article(a, c.i, lex)
    if art < 0:
        return False
    apposed = art >= 2 and a.lows[art - 1] in APPOSING and (art - 1) in by_end
    end = _descriptor_end(a, c.j, lex, apposed)
    if end >= 0 and a.lows[end - 1] in RANKED_TIES and _ranked(a, art, c.i, lex):
        return False  # "Kelso is the biggest Vexa lender": Vexa borrows
    return end >= 0 and (apposed or end in starts)  # "the Nelson shipyard group Skeldavik"


def _ranked(a: Analysis, art: int, i: int, lex: Lexicon) -> bool:
    """A rank word ("biggest", "main", "second-largest") between "the" and the town."""
    ranks = lex.holder_ranks
    return any(w in ranks or w.endswith(("largest", "biggest")) for w in a.lows[art + 1 : i])


def _indefinite_described(a: Analysis, c: Candidate, starts: set[int], lex: Lexicon) -> bool:
    """ "bought a Haugesund ferry operator, Kelmora Sealink,": "a/an", the town, its
    descriptor, then the firm's name (set off or not). Not with no determiner: "Orlo
    portfolio company Zolvak" names the owner before the noun (measured)."""
    if c.i == 0 or a.lows[c.i - 1] not in INDEFINITE_ARTICLES:
        return False
    end = _descriptor_end(a, c.j, lex, False)
    if end < 0:
        return False
    return end in starts or (a.lows[end : end + 1] == [","] and end + 1 in starts)


def _indefinite_apposed(
    a: Analysis, c: Candidate, by_end: dict[int, Candidate], lex: Lexicon
) -> float:
    """ "Tarvel Oils, a Kestwick maker that ...", "Orrin is an Ellby pump maker": a name, a
    comma or copula, "a/an" (past up to two lower-case adjectives), the town, then lower-case
    words ending in a company noun: W_TOWN. A trade noun of a business tie right after the
    town ("X, a Kestwick contractor that"), which a customer's name takes as well ("a Velmar
    supplier"), and a bare maker's noun right after it ("X, a Velmar maker", where Velmar may
    be a parent's or a brand's name) give the weakest vote, which any Organization cue of the
    name outweighs; a holder's tie ("a Vorn investor") none."""
    lows = a.lows
    if lows[c.i].endswith(PLACE_ADJECTIVE_ENDS):
        return 0.0  # "Pellami, a Vellentine tannery": a people's adjective, no town
    art = _article(a, c.i, lex, INDEFINITE_ARTICLES)
    if art < 2 or lows[art - 1] not in APPOSING or (art - 1) not in by_end:
        return 0.0
    if _descriptor_end(a, c.j, lex, True) >= 0:
        return W_TOWN
    maker = c.j < len(lows) and lows[c.j].endswith("maker")  # else the same scan as just done
    if maker and _descriptor_end(a, c.j, lex, True, maker_first=True) >= 0:
        return W_TIE_TOWN  # "X, a Kestwick maker": a town, unless a firm's or brand's cue
    tie = c.j + 1 < len(lows) and lows[c.j] in NonNames.of(lex).ties and trade_noun(lows[c.j])
    return W_TIE_TOWN if tie and lows[c.j + 1] in TIE_ENDS else 0.0


def _article(
    a: Analysis, i: int, lex: Lexicon, articles: frozenset[str] = frozenset({"the"})
) -> int:
    """The index of an article of `articles` ("the" unless given) before token i, past up to
    two lower-case adjectives; -1 if none."""
    k = i - 1
    while k >= 0 and i - 1 - k < ADJECTIVE_REACH and a.lows[k] not in articles:
        w = a.lows[k]
        if not a.toks[k].text.replace("-", "").isalpha() or not a.toks[k].text.islower():
            return -1
        if w in PHRASE_ENDS or w in CLAUSE_WORDS or w in BREAKS or w in lex.heads:
            return -1  # "the former", "the rival": the town is another firm's
        k -= 1
    return k if k >= 0 and a.lows[k] in articles else -1


def _descriptor_end(
    a: Analysis, k: int, lex: Lexicon, apposed: bool, maker_first: bool = False
) -> int:
    """From k (right after the town), lower-case words ending in a company noun: the index
    after that noun, or -1. A trade word must stand before a noun a firm's own name takes
    ("the Nelson shipyard group", not "the Kelso group"); a maker only in apposition ("X, the
    Oulu boat and ski maker", not "the Orso chocolate maker X": Orso may be its brand).
    `maker_first` lets a maker's noun stand right after the town, which an indefinite
    appositive allows ("X, a Kestwick maker": no brand stands in "a ... maker" set off after a
    firm's name)."""
    heads = _heads(lex)
    families = lex.group_nouns
    m = k
    last = -1
    while m < len(a.lows) and m - k < DESCRIPTOR_REACH:
        text, w = a.toks[m].text, a.lows[m]
        if not text.replace("-", "").isalpha() or not text.islower():
            break
        if w in COORDINATORS:
            if m == k or last == m - 1:
                break  # "the Varberg label and ...": the phrase ended at the noun
            m += 1
            continue
        if w in PHRASE_ENDS or w in lex.new_part_heads or w in families:
            break
        if w.endswith("maker") and not apposed or w in OWN_NAME_HEADS and m == k:
            return -1
        if m == k and w in POSSESSED_NOUNS:
            return -1  # "the Vexa portfolio company Zolvak": Vexa holds it
        if w in heads and not (
            m == k and w in NOT_TOWN_HEADS and not (maker_first and w.endswith("maker"))
        ):
            last = m
        elif last >= 0:
            break
        m += 1
    return last + 1 if last >= 0 else -1


def _from_town(a: Analysis, c: Candidate, by_end: dict[int, Candidate], lex: Lexicon) -> bool:
    """ "Tessa Packs, the packaging group from Carvoeiro,": an appositive to a name, "the",
    lower-case words ending in a company noun, "from" the town (not "bought the firm from
    Nimbra", where no name stands before the article: the seller)."""
    lows = a.lows
    h = c.i - 2
    if h < 3 or lows[c.i - 1] != "from" or lows[h] not in _heads(lex) or lows[h] in SPUN_OUT:
        return False
    if c.votes.get("Organization"):
        return False  # a firm the head came from
    k = h - 1
    while k > 0 and h - k < ADJECTIVE_REACH + 2 and lows[k] != "the":
        if not a.toks[k].text.replace("-", "").isalpha() or not a.toks[k].text.islower():
            return False
        k -= 1
    return k >= 2 and lows[k] == "the" and lows[k - 1] == "," and (k - 1) in by_end


def _of_town(a: Analysis, c: Candidate, by_end: dict[int, Candidate], lex: Lexicon) -> bool:
    """ "Ombrix Roofworks, of Wodonga, which", "buying Velquist Copyshop of Penvarra in May":
    a name of two words or more, no person's, before "of", the phrase ending at the town."""
    lows = a.lows
    if c.i < 2 or lows[c.i - 1] != "of":
        return False
    if c.j < len(lows) and lows[c.j] not in OF_TOWN_ENDS:
        return False
    k = c.i - 2 if lows[c.i - 2] == "," else c.i - 1
    firm = by_end.get(k)
    if firm is None or firm.j - firm.i < 2 or firm.votes.get("Person"):
        return False
    if organization_shaped(firm, lows, lex) or firm.votes.get("Organization"):
        return True
    # a person's "of" names an employer: a given name ("Ada Rusk, of Kelso"), or one no list
    # knows that speaks or is a "who" ("Tarquin Vell, of Osmark, said")
    if lows[firm.i] in lex.first_names:
        return False
    after = c.j + 1 if c.j < len(lows) and lows[c.j] == "," else c.j
    return after >= len(lows) or lows[after] not in lex.person_cues.speech | {"who"}
