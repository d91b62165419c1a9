"""Sites a verb of holding puts under its subject: "Brinmore Care runs 12 care homes in Leeds",
"operates two abattoirs near Cork", "manages a hospital outside York".

The verb (`site_owning_verbs` less the "-ing" forms), up to four words of number, article and
modifiers (no preposition or stake noun: "operates booking systems for restaurants in P" names
customers' sites), a site noun (`held_sites`, `outlet_sites`, `list_sites` of places.yaml and the
lexicon's sites), then "in", "near" or "outside" and the places: the subject, an organization,
is there. Plural sites spread over a state or a country are a footprint, no seat ("runs 75
practices in Austria"); a site a guard gives to someone else (`site_guards.no_site`: planned,
sold, served, a deal's other party) is not read.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import country_names, place_data
from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.place_words import SITE_OWNING_VERBS
from loaders.relations.appositive import state_only
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.place_lists import HELD_SITES, OUTLET_SITES, cued_site_nouns
from loaders.relations.site_guards import SITE_GROUPS, no_site
from loaders.relations.words import PREPOSITIONS, M
from loaders.wide_places import COUNTRY_REGIONS

# bare forms (an infinitive's subject is another clause's) and "has", "had" (measured: a
# holding too loose to read past the noun triggers)
HELD_NOT: Final = frozenset({"own", "have", "run", "has", "had", "manage", "maintain"})
HELD_VERBS: Final[frozenset[str]] = frozenset(
    w for w in SITE_OWNING_VERBS if not w.endswith("ing") and w not in HELD_NOT
)
SITE_WORDS = 4  # "runs 12 small care homes in"
HELD_PREPS: Final = frozenset({"in", "near", "outside"})


def held_cues(lex: Lexicon) -> frozenset[str]:
    return HELD_VERBS


SITE_NOUNS: Final[frozenset[str]] = HELD_SITES | OUTLET_SITES


@per_lexicon
def _compound_nouns(lex: Lexicon) -> frozenset[str]:
    """The site nouns and the nouns a compound site may end in ("two dairy farms")."""
    return HELD_SITES | cued_site_nouns(lex)


def held_sites(s: Sentence) -> None:
    """Each verb of holding, its site noun and the places after it (module docstring)."""
    lows = s.lows
    n = len(lows)
    sites = SITE_NOUNS
    compound = _compound_nouns(s.lex)
    for v in range(1, n - 3):
        if lows[v] not in HELD_VERBS:
            continue
        h = _site_head(s, v, compound)
        if h < 0:
            continue
        while h + 1 < n and lows[h + 1] in compound:
            h += 1  # "two dairy farms": the compound's last noun
        if h + 1 >= n or lows[h] not in sites or lows[h + 1] not in HELD_PREPS:
            continue  # the trigger nouns ("plants in") are the noun triggers' (their guards)
        at = place_after(s, h + 2)
        if at < 0 or no_site(s, h) or _place_part(s, at):
            continue
        subj = subjects(s, v, True)
        if not subj or s.etypes(subj[0]) != {"Organization"} or s.blocked(subj[0], at):
            continue
        for p in coord(s, at, +1):
            if s.etypes(p) != {"Location"} or spread_sites(s, h, p):
                continue
            s.emit(s.ment(subj[0]), ("LOCATED_IN",), s.ment(p), "located/held-site", 0.6)


EMPLOYING: Final = frozenset({"employs", "employed"})
EMPLOYED_STAFF: Final[frozenset[str]] = word_set(place_data()["employed_staff"])
STAFF_WORDS = 7  # "employs about 300 dentists and dental nurses in"


def employ_cues(lex: Lexicon) -> frozenset[str]:
    return EMPLOYING


def staffed_towns(s: Sentence) -> None:
    """ "Yarnby Dental employs about 300 dentists and nurses in Cardiff, Swansea and Newport":
    the staff a firm employs in towns work at its sites there; not in a state or a country
    ("employs 2,000 people in Germany" is a footprint), and not outsiders it hires ("employs a
    law firm in P")."""
    lows = s.lows
    n = len(lows)
    for v in range(1, n - 3):
        if lows[v] not in EMPLOYING:
            continue
        q = v + 1
        while q < n and q - v <= STAFF_WORDS and lows[q] != "in":
            if lows[q] == M or not lows[q].replace(",", "").isalnum():
                q = n
            q += 1
        if q + 1 >= n or lows[q] != "in" or q == v + 1 or not _staff_head(lows[q - 1]):
            continue  # "employs a law firm in P", "employs lobbyists in P": outsiders hired
        at = place_after(s, q + 1)
        subj = subjects(s, v, True) if at >= 0 else []
        if not subj or s.etypes(subj[0]) != {"Organization"} or s.blocked(subj[0], at):
            continue
        for p in coord(s, at, +1):
            if s.etypes(p) == {"Location"} and not _footprint(s.ment(p).ids[0]):
                s.emit(s.ment(subj[0]), ("LOCATED_IN",), s.ment(p), "located/staffed", 0.6)


def _site_head(s: Sentence, v: int, compound: frozenset[str]) -> int:
    """The first site noun within `SITE_WORDS` after the verb at v, else -1. The walk stops at a
    name, a punctuation mark, a preposition and a stake noun: a site past them is a customer's,
    a destination or a venue ("operates booking systems for restaurants in P", "runs tours of
    power stations near P", "manages a stake in a school in P"); "a chain of 40 stores" goes on."""
    lows = s.lows
    for h in range(v + 1, min(len(lows), v + 1 + SITE_WORDS)):
        w = lows[h]
        if w in compound:
            return h
        if w == M or not w.replace("-", "").replace(",", "").isalnum() or w in s.lex.stake_nouns:
            return -1
        if w in PREPOSITIONS and not (w == "of" and lows[h - 1] in SITE_GROUPS):
            return -1
    return -1


def _staff_head(word: str) -> bool:
    """The head of what a firm employs is its own staff (`employed_staff`: "300 dentists and
    nurses") or a bare number ("employs 300 in P")."""
    return word in EMPLOYED_STAFF or word.replace(",", "").isdigit()


def _place_part(s: Sentence, at: int) -> bool:
    """A place noun after the place at `at` makes it part of a longer place ("in the Kelby
    valley"), not the town."""
    return at + 1 < len(s.lows) and s.lows[at + 1] in s.lex.place_cues.place_nouns


def spread_sites(s: Sentence, h: int, p: int, countries: bool = True) -> bool:
    """Plural sites at h in a state, a country or a region at p: a footprint, no seat ("runs
    75 practices in Austria"; "a hospital in Texas" stays, as for the noun triggers). Without
    `countries`, a country stays a seat (the relative after an appositive: "X, the Lyon
    weaver, which runs mills in Portugal and Chile", measured)."""
    plural = s.lows[h].endswith("s") and s.lows[h - 1] not in ("a", "an", "one", "its")
    return plural and _footprint(s.ment(p).ids[0], countries)


def _footprint(place: str, countries: bool = True) -> bool:
    """A state, a country or a region inside one ("the Northeast", "New England"): where a
    firm's many sites or staff spread, no seat."""
    low = place.lower()
    if low in COUNTRY_REGIONS or low.replace("-", " ") in COUNTRY_REGIONS:
        return True
    if not state_only(place):
        return False
    return countries or not {low, low.replace("-", " ")} & country_names()
