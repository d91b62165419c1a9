"""Places said of a site away from its noun: the biggest of a firm's plural sites ("its 12
depots, the biggest of them being in T": the firm is in T), and a named site in a relative of
standing or lying ("Kelmar Yard, which stands next to the cathedral in T": the site is in T),
and a named project a relative clause puts at its owner's site ("the P scheme, which F started
at its T works": P is in T).

Owners come from the site noun's possessor or from the verb of running it (`site_verb`); a
served, bid-for or unowned site gives nothing (`no_site`)."""

from __future__ import annotations

from loaders.lexicon import Lexicon, per_lexicon
from loaders.place_words import SITE_OWNING_VERBS
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.place_lists import LIST_SITES
from loaders.relations.site_guards import (
    OWNED_PLURAL_SITES,
    OWNER_WORDS,
    no_site,
    site_verb,
)
from loaders.relations.site_modifiers import MODIFIER_WORDS
from loaders.relations.words import COUNTS, OWN_PRONOUNS, SKIP_DETS, WHICH_THAT, M
from loaders.site_towns import (
    RANK_FILLERS,
    RANK_PREPS,
    RANK_REACH,
    RANK_VERBS,
    RANKS,
    rank_comma,
)


def ranked_site(s: Sentence) -> None:
    """OWNER's|its N SITES, the biggest [of them] [being] in PLACE, or OWNER runs N SITES, the
    biggest of which is in PLACE: the owner sits in the place."""
    lows = s.lows
    n = len(lows)
    sites = _ranked_sites(s.lex)
    for k in range(1, n - 5):
        c = rank_comma(lows, k) if lows[k] in sites else -1
        if c < 0 or c + 3 >= n or lows[c + 1] != "the" or lows[c + 2] not in RANKS:
            continue  # "its depots, the biggest", "nine sheds in the valley, the biggest"
        p = _rank_prep(s, c + 3)
        place = place_after(s, p + 1) if p >= 0 else -1
        if place < 0 or no_site(s, k):
            continue
        own = _site_holder(s, k)
        if own >= 0 and not s.blocked(own, place):
            s.emit(s.ment(own), ("LOCATED_IN",), s.ment(place), "located/ranked-site", 0.65)


@per_lexicon
def _ranked_sites(lex: Lexicon) -> frozenset[str]:
    """Plural site nouns: the lexicon's `place_cues.sites`, `list_sites` and
    `owned_plural_sites` ("its 12 depots", "runs nine bakeries", "six hotels")."""
    words = lex.place_cues.sites | LIST_SITES | OWNED_PLURAL_SITES
    return frozenset(w for w in words if w.endswith("s"))


def _rank_prep(s: Sentence, q: int) -> int:
    """The place preposition after "the biggest" from q, past "one", "of them/which" and a
    verb of lying, else -1."""
    lows = s.lows
    for p in range(q, min(len(lows) - 1, q + RANK_REACH)):
        w = lows[p]
        if w in RANK_PREPS:
            return p
        pronoun = w == M and s.ment(p).word.lower() in ("them", "which", "these", "those")
        if not (w in RANK_FILLERS or w in RANK_VERBS or pronoun):
            return -1
    return -1


def _site_holder(s: Sentence, k: int) -> int:
    """The holder of the plural site noun at k: its possessor ("Tessel's eight depots", "its
    depots") or the organization subject of the verb running it ("runs nine bakeries"), else
    -1."""
    lows = s.lows
    for a in range(k - 1, max(-1, k - 2 - MODIFIER_WORDS), -1):
        w = lows[a]
        if w == "'s" and a >= 1 and lows[a - 1] == M:
            return a - 1 if s.etypes(a - 1) == {"Organization"} else -1
        if w == M:
            own = s.is_det(a) and s.ment(a).word.lower() in OWNER_WORDS
            return a if own and "Location" not in s.etypes(a) else -1
        if w in SITE_OWNING_VERBS or not w.replace("-", "").isalnum():
            break
    v = site_verb(s, k)
    if v < 0:
        v = _counted_verb(lows, k)
    if v < 0:
        return -1
    subj = next(iter(subjects(s, v, True)), -1)
    return subj if subj >= 0 and s.etypes(subj) == {"Organization"} else -1


def _counted_verb(lows: list[str], k: int) -> int:
    """A verb of running or owning before a counted plural site ("runs nine bakeries",
    "operates five treatment plants"), past its count and modifiers, else -1."""
    for v in range(k - 1, max(-1, k - 2 - MODIFIER_WORDS), -1):
        if lows[v] in SITE_OWNING_VERBS:
            counted = v + 1 < k and (lows[v + 1] in COUNTS or lows[v + 1].isdigit())
            return v if counted else -1
        if not lows[v].replace("-", "").isalnum():
            return -1
    return -1


# verbs of a site standing somewhere: "which stands next to the cathedral in T"
STAND_VERBS: frozenset[str] = frozenset({"stands", "stood", "sits", "sat", "lies", "lay"})
# prepositions after the verb; those that also open idioms ("stands by its claim", "stands at
# 12%") need an article after them
STAND_PREPS: frozenset[str] = frozenset(
    {"next", "beside", "near", "in", "close", "opposite", "alongside", "outside", "inside"}
)
ARTICLE_PREPS: frozenset[str] = frozenset({"by", "on", "at", "behind", "among", "within"})
STAND_WORDS = 10  # "stands at the corner of two busy streets in"
STAND_ENDS: frozenset[str] = frozenset({",", ".", ";", ":", "and", "but", "(", ")"})
SITE_OWNERS: frozenset[str] = frozenset({"Organization", "Project"})


def standing_site(s: Sentence) -> None:
    """NAME, which stands|sits|lies PREP ... in PLACE: the named site or project is in the
    place ("Kelmar Yard, which stands next to the old cathedral in Ostrel")."""
    lows = s.lows
    n = len(lows)
    for v in range(3, n - 3):
        if lows[v] not in STAND_VERBS or lows[v - 1] not in WHICH_THAT:
            continue
        b = v - 3
        if b >= 1 and lows[b].isalpha() and lows[b - 1] == M and s.etypes(b - 1) == {"Project"}:
            b -= 1  # "The Brisk Lido project, which sits beside ..."
        if lows[v - 2] != "," or lows[b] != M or s.is_det(b):
            continue
        if not s.etypes(b) or not s.etypes(b) <= SITE_OWNERS:
            continue
        w, nxt = lows[v + 1], lows[v + 2]
        if not (w in STAND_PREPS or (w in ARTICLE_PREPS and nxt in SKIP_DETS)):
            continue
        place = _standing_place(s, v + 1)
        if place >= 0 and not s.blocked(b, place):
            s.emit(s.ment(b), ("LOCATED_IN",), s.ment(place), "located/standing-site", 0.65)


def _standing_place(s: Sentence, q: int) -> int:
    """The first place after a place preposition from q, before the clause ends or another
    name stands in it, else -1."""
    lows = s.lows
    for k in range(q, min(len(lows) - 1, q + STAND_WORDS)):
        w = lows[k]
        if w in STAND_ENDS:
            return -1
        if w == M:
            return k if "Location" in s.etypes(k) and lows[k - 1] in PLACE_HEADS else -1
    return -1


PLACE_HEADS: frozenset[str] = frozenset({"in", "near", "outside", "of"})


RELATIVE_REACH = 14  # "which Strand Energy started in 2019 as a trial unit at its"
RELATIVE_ENDS: frozenset[str] = frozenset({",", ".", ";", ":", "(", ")", "but", "while"})


def project_at_site(s: Sentence) -> None:
    """PROJECT [head], which ORG started ... at its PLACE SITE: the named project is at the
    owner's site, so in the place too ("The Fennick Cell scheme, which Strand Energy started
    as a trial unit at its Dorley works"); the owner is `place_lists.its_site`'s."""
    lows = s.lows
    sites = s.lex.place_cues.sites
    for k in range(4, len(lows) - 1):
        if lows[k] != M or lows[k + 1] not in sites or "Location" not in s.etypes(k):
            continue
        if not (s.is_det(k - 1) and s.ment(k - 1).word.lower() in OWN_PRONOUNS):
            continue
        if lows[k - 2] not in ("at", "in") or s.ment(k).short:
            continue
        b = _relative_project(s, k - 2)
        if b >= 0 and not s.blocked(b, k):
            s.emit(s.ment(b), ("LOCATED_IN",), s.ment(k), "located/project-at-site", 0.6)


def _relative_project(s: Sentence, p: int) -> int:
    """The Project name a relative clause ending at p hangs on ("X [scheme], which ..."),
    else -1."""
    lows = s.lows
    for r in range(p - 1, max(1, p - RELATIVE_REACH), -1):
        if lows[r] in RELATIVE_ENDS:
            return -1
        if lows[r] in WHICH_THAT and lows[r - 1] == ",":
            b = r - 2
            if b >= 1 and lows[b].isalpha() and lows[b - 1] == M:
                b -= 1  # "The Fennick Cell scheme, which ..."
            return b if b >= 0 and lows[b] == M and s.etypes(b) == {"Project"} else -1
    return -1
