"""Sites of one owner in several places, and a site's owner named after it (sites17).

- `paired-sites`: "Tarvo Steel's London and Paris offices", "will close its Hull and York
  depots": coordinated places modifying one site noun the owner holds; the owner sits in each
  (one place is `place_lists.its_site`'s).
- `counted-sites`: "Tarvo Steel runs three mills, in Antwerp, Rotterdam and Ghent": a counted
  plural site of the subject's verb of running, then its places after a comma.
- `owned-site`: "The Antwerp mill, owned by Tarvo Steel, ...", "the mill in Antwerp, which is
  run by Tarvo Steel": the owner a passive of running or owning names is in the site's place.

Sold, served or unowned sites give nothing (`site_guards`); the owner must be an organization.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon
from loaders.place_words import SITE_HOLDING_VERBS
from loaders.relations.located import HOME_SITES
from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.place_lists import _site_owner
from loaders.relations.site_guards import no_site
from loaders.relations.site_modifiers import MODIFIER_WORDS
from loaders.relations.words import COMMA_AND, COUNTS, M


def _place(s: Sentence, k: int) -> bool:
    return 0 <= k < len(s.lows) and s.lows[k] == M and s.etypes(k) == {"Location"}


def _org(s: Sentence, k: int) -> bool:
    return s.lows[k] == M and s.etypes(k) == {"Organization"}


def _premodifying_places(s: Sentence, k: int) -> tuple[list[int], int]:
    """The places of "London and Paris", "Hull, York and Leeds" from k, and the word after
    the last one; ([k], k + 1) when k opens no list."""
    lows = s.lows
    places, j = [k], k + 1
    while j + 1 < len(lows) and lows[j] in COMMA_AND:
        nxt = j + 2 if lows[j] == "," and lows[j + 1] == "and" else j + 1
        if not _place(s, nxt) or s.ment(nxt).short:
            break
        places.append(nxt)
        j = nxt + 1
    return places, j


def paired_sites(s: Sentence) -> None:
    """OWNER's|its PLACE and PLACE SITE: the owner sits in each place ("Tarvo Steel's London
    and Paris offices", "closed its Hull and York depots")."""
    lows = s.lows
    sites = _sites(s.lex)
    for k in range(1, len(lows) - 3):
        if not _place(s, k) or s.ment(k).short or lows[k + 1] not in COMMA_AND:
            continue
        places, h = _premodifying_places(s, k)
        if len(places) < 2 or h >= len(lows) or lows[h] not in sites:
            continue
        own = _site_owner(s, k)  # after "its", only a lead word: "said", "at", "closed"
        if own < 0:
            continue
        for p in places:
            if not s.blocked(own, p):
                s.emit(s.ment(own), ("LOCATED_IN",), s.ment(p), "site_lists/paired-sites", 0.65)


@per_lexicon
def _sites(lex: Lexicon) -> frozenset[str]:
    """The site nouns and the home sites, united once per lexicon."""
    return frozenset(lex.place_cues.sites | HOME_SITES)


def site_cues(lex: Lexicon) -> frozenset[str]:
    """The cue words of `paired_sites` and `counted_sites`: each reads a site noun (`_sites`)."""
    return _sites(lex)


# the finite site-holding verbs: "operates 14 plants"
COUNTING_VERBS: Final[frozenset[str]] = SITE_HOLDING_VERBS


def counted_sites(s: Sentence) -> None:
    """ORG runs|has N SITES, in A, B and C: the subject sits in each place of the list."""
    lows = s.lows
    n = len(lows)
    for k in range(3, n - 3):
        if lows[k : k + 2] != [",", "in"] or not _place(s, k + 2):
            continue
        h = k - 1
        if not lows[h].endswith("s") or lows[h] not in _sites(s.lex):
            continue
        v = h - 1
        while v >= 0 and h - v <= MODIFIER_WORDS and lows[v] not in COUNTING_VERBS:
            if not lows[v].replace("-", "").isalnum() or lows[v] == M:
                v = -1
                break
            v -= 1
        if v < 0 or lows[v] not in COUNTING_VERBS or not _counted(lows[v + 1]) or no_site(s, h):
            continue
        subj = subjects(s, v, True)
        if not subj or not _org(s, subj[0]):
            continue
        for p in _premodifying_places(s, k + 2)[0]:  # not `coord`: "Leeds, York" is no pair
            if not s.blocked(subj[0], p):
                s.emit(
                    s.ment(subj[0]), ("LOCATED_IN",), s.ment(p), "site_lists/counted-sites", 0.65
                )


def _counted(w: str) -> bool:
    return w in COUNTS or w.isdigit()


OWNING_PASSIVES: Final[frozenset[str]] = frozenset({"owned", "run", "operated", "managed"})


def owned_site(s: Sentence) -> None:
    """The PLACE SITE, owned by ORG, / the SITE in PLACE, (which is) run by ORG: the owner is
    in the place."""
    lows = s.lows
    n = len(lows)
    for r in range(3, n - 2):
        if lows[r] not in OWNING_PASSIVES or lows[r + 1] != "by" or not _org(s, r + 2):
            continue
        c = r - 1
        if lows[c] in ("is", "was") and lows[c - 1] == "which":
            c -= 2  # "the mill in Antwerp, which is owned by X"
        if lows[c] != ",":
            continue
        place = _site_place(s, c)
        if place >= 0 and not s.blocked(r + 2, place):
            s.emit(s.ment(r + 2), ("LOCATED_IN",), s.ment(place), "site_lists/owned-site", 0.65)


def _site_place(s: Sentence, c: int) -> int:
    """The place of "the Antwerp mill" or "the mill in Antwerp" ending before the comma at c,
    opened by "the", else -1."""
    lows = s.lows
    sites = s.lex.place_cues.sites
    if c >= 3 and lows[c - 1] in sites and _place(s, c - 2) and lows[c - 3] == "the":
        if no_site(s, c - 1):
            return -1
        return c - 2  # "the Antwerp mill,"
    if c >= 4 and _place(s, c - 1) and lows[c - 2] == "in" and lows[c - 3] in sites:
        if lows[c - 4] == "the" and not no_site(s, c - 3):
            return c - 1  # "the mill in Antwerp,"
    return -1
