"""Place-list family: the second and later places of a location list, and a city inside an
adjective-led company descriptor.

- `later-place`: "Pellam Steel runs two mills in Sheffield and a coating line in Rotherham",
  "grinds flour at three mills in Tampere and one in Oulu", "is based in Denver, with its test
  centre in Tucson": the organization an earlier rule placed in the first place is in the later
  one too. Only a site noun ("a coating line") or an ellipsis ("one", "another") makes the
  second member; "and its rival has a plant in B" is someone else's site. A bare list ("in
  Lyon, Dijon and Nantes") is not copied: measured on the first blind set, such lists name
  markets more often than sites (2 fired, 0 right).
- `made-in`: "Dunmore Dairies makes its cheese in Normandy", "brews all its beer in the
  Ardennes": a verb of making with the subject's own goods ("its") places the maker where they
  are made (a site or production region); "makes most of its money in Germany" does not.
- `descriptor`: "Vintry Partners, a mid-sized Turin fund, ...", "Oxwell, the small Madrid
  bookseller that ...": the city inside the descriptor is where the named company sits.

The words are data: `loaders/data/places.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.descriptor_towns import APPOSING
from loaders.gazetteer import place_data
from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.place_words import SITE_HOLDING_VERBS
from loaders.relations.counterpart_works import contracted_making
from loaders.relations.located import site_nouns
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import UNNAMED, coord, opening_mention, past_relative, subjects
from loaders.relations.words import (
    AND_OR,
    CLAUSE_STOP,
    INDEFINITE_ARTICLES,
    OWN_PRONOUNS,
    POSSESSIVE_MARKS,
    SKIP_DETS,
    M,
)
from loaders.site_towns import TOWN_SITES

_DATA = place_data()


def _set(key: str) -> frozenset[str]:
    return word_set(_DATA[key])


LIST_SITES: Final[frozenset[str]] = _set("list_sites")
OUTLET_SITES: Final[frozenset[str]] = _set("outlet_sites")  # "a newer bar in Lille"
# sites a firm runs ("runs 12 care homes in", `held_sites`; "which runs Tolby Mill in")
HELD_SITES: Final[frozenset[str]] = _set("held_sites")
LIST_ELLIPSIS = _set("list_ellipsis")
LIST_DETS = _set("list_dets")
LIST_ASIDES = _set("list_asides")
DESCRIPTOR_HEADS: Final = _set("descriptor_heads")
DESCRIPTOR_BREAKS: Final = _set("descriptor_breaks")
MAKING_VERBS = _set("making_verbs")
NOT_GOODS = _set("not_goods")
SITE_PARTICIPLES = tuple(tuple(str(p).lower().split()) for p in _DATA["site_participles"])
NAMING_WORDS: Final = tuple(tuple(str(p).lower().split()) for p in _DATA["naming_words"])
SITE_BUILDERS = tuple(tuple(str(p).lower().split()) for p in _DATA["site_builders"])
# "going up on the outskirts of Maltby", "being built close to Tarrow": a site's place phrase
SITE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("on", "the", "outskirts", "of"),
    ("on", "the", "edge", "of"),
    ("at", "the", "edge", "of"),
    ("close", "to"),
    ("around",),
)
PLACE_PREPS: Final = frozenset({"in", "at", "near"})
PLACE_PREPS_FAR = PLACE_PREPS | {"outside", "off"}
# before a site's or premises' place: "mills in Graz", "a shed near Namur", "outside York"
SITE_PREPS: Final = PLACE_PREPS | {"outside"}
LINKS: Final = frozenset({"and", "with", "plus"})
MEMBER_WORDS = 5  # words of a later member before its "in": "runs a small cutting shop"


@per_lexicon
def all_site_nouns(lex: Lexicon) -> frozenset[str]:
    """The list and outlet nouns and the first words of the LOCATED_IN noun triggers, united
    once per lexicon ("two mills in A and a coating line in B", "including its flagship in")."""
    return LIST_SITES | OUTLET_SITES | site_nouns(lex)


@per_lexicon
def cued_site_nouns(lex: Lexicon) -> frozenset[str]:
    """The list and outlet nouns and the lexicon's `place_cues.sites` (not the trigger nouns of
    `all_site_nouns`: "the main plant of X in C", the plural site nouns of site_spreads)."""
    return LIST_SITES | OUTLET_SITES | lex.place_cues.sites


def list_cues(lex: Lexicon) -> frozenset[str]:
    return LINKS


def later_places(s: Sentence) -> None:
    """ "... two mills in A and a coating line in B", "three mills in A and one in B", "based in
    C, with its test centre in D": whoever an earlier rule placed in A (C) is in B (D)."""
    lows = s.lows
    for q in range(4, len(lows)):
        if lows[q] != M or lows[q - 1] not in PLACE_PREPS or "Location" not in s.etypes(q):
            continue
        link, lo = _member_start(s, q - 1)
        if link < 0:
            continue
        head = lows[q - 2]
        if head not in LIST_ELLIPSIS or q - 2 > lo + 1:
            if head not in all_site_nouns(s.lex) or not _member_shape(s, lo, q - 1):
                continue
        first = _first_place(s, link)
        if first < 0 or s.blocked(first, q):
            continue
        if not _copy_places(s, s.ment(first), s.ment(q)) and head not in LIST_ELLIPSIS:
            _made_and_sited(s, first, q, lo)


def _member_start(s: Sentence, prep: int) -> tuple[int, int]:
    """The link word ("and", "with") before the member that ends at `prep`, and the member's
    first word ("and, later, a flagship in B": "a"); (-1, -1) when there is none."""
    lows = s.lows
    a = prep - 1
    while a >= 0 and prep - a <= MEMBER_WORDS + 1:
        w = lows[a]
        if w in LINKS:
            return (a, a + 1) if a < prep - 1 else (-1, -1)
        if w == M and s.is_det(a):
            a -= 1
            continue
        if w == "," and a >= 3 and lows[a - 1] in LIST_ASIDES and lows[a - 2] == ",":
            if lows[a - 3] in LINKS and a < prep - 1:
                return a - 3, a + 1  # "and, later, a flagship in B"
        if not w.isalnum() or w in CLAUSE_STOP:
            return -1, -1
        a -= 1
    return -1, -1


def _member_shape(s: Sentence, lo: int, hi: int) -> bool:
    """ "a coating line", "its test centre", "runs a cutting shop": at most one determiner,
    first or right after the member's verb ("and its rival has a plant" has two)."""
    lows = s.lows
    dets = [k for k in range(lo, hi) if lows[k] in LIST_DETS or (lows[k] == M and s.is_det(k))]
    return len(dets) == 1 and dets[0] - lo <= 1


def _first_place(s: Sentence, link: int) -> int:
    """The place the list's first member ends with, before its link: "in A and", "in A, and",
    "in A, with", "in A and, later,"."""
    lows = s.lows
    p = link - 1
    if p >= 0 and lows[p] == ",":
        p -= 1
    if p >= 1 and lows[p] == M and lows[p - 1] in PLACE_PREPS and "Location" in s.etypes(p):
        return p
    return -1


def _copy_places(s: Sentence, first: Mention, later: Mention) -> bool:
    """Whoever this sentence's rules placed in `first` is in `later` too."""
    sources = [f.source for f in s.found if f.type == "LOCATED_IN" and f.target in first.ids]
    made = False
    for src in dict.fromkeys(sources):
        if src in later.ids:
            continue
        at = Mention((src,), later.i, later.j)
        made = s.emit(at, ("LOCATED_IN",), later, "place_lists/later-place", 0.65) or made
    return made or bool(sources)


def _made_and_sited(s: Sentence, first: int, q: int, lo: int) -> None:
    """ "Ferrow Glass, which melts glass in Linz and runs a cutting shop in Graz": a verb of
    making in the first place and a site in the second; the subject of both is in both."""
    lows = s.lows
    if lows[lo] in LIST_DETS or (lows[lo] == M and s.is_det(lo)):
        return  # the second member must be a predicate of its own: "runs a cutting shop"
    v = first - 2
    while v >= 0 and first - v <= 5 and lows[v] not in MAKING_VERBS:
        if not lows[v].isalpha() and not (lows[v] == M and s.is_det(v)):
            return
        v -= 1
    if v < 0 or lows[v] not in MAKING_VERBS:
        return
    subj = subjects(s, v, True)
    if not subj or "Location" in s.etypes(subj[0]) or s.blocked(subj[0], q):
        return
    for place in (first, q):
        s.emit(s.ment(subj[0]), ("LOCATED_IN",), s.ment(place), "place_lists/made-and-sited", 0.6)


def making_cues(lex: Lexicon) -> frozenset[str]:
    return MAKING_VERBS


GOODS_WORDS = 3  # "its", then up to three words of goods: "its cheese", "all its pale ale"
GOODS_OPENERS = frozenset({"all", "most", "much", "some", "of", "the", "bulk"})


def made_in(s: Sentence) -> None:
    """ "Dunmore Dairies makes its cheese in Normandy", "which brews all its beer in the
    Ardennes": a verb of making, the subject's own goods ("its"), then where they are made;
    the maker sits there. Not "makes most of its money in Germany" (`not_goods`)."""
    lows = s.lows
    n = len(lows)
    for v in range(1, n - 3):
        if lows[v] not in MAKING_VERBS:
            continue
        own = _own_goods(s, v)
        if own < 0:
            continue
        p = own + 1
        while p < n and p - own <= GOODS_WORDS and lows[p].isalpha() and lows[p] not in PLACE_PREPS:
            if lows[p] in NOT_GOODS or lows[p] in s.lex.money_words:
                p = n
            p += 1
        if p == own + 1 or p + 1 >= n or lows[p] not in PLACE_PREPS:
            continue
        if contracted_making(lows, own + 1, p):
            continue  # "bakes its rolls under contract in C": a contract maker's works
        place = p + 1 + (lows[p + 1] == "the")
        if place >= n or lows[place] != M or "Location" not in s.etypes(place):
            continue
        subj = subjects(s, v, True)
        if not subj or not _maker(s, subj[0]) or s.blocked(subj[0], place):
            continue
        for at in coord(s, place, +1):  # "in the Algarve and the Ardennes"
            if "Location" in s.etypes(at):
                s.emit(s.ment(subj[0]), ("LOCATED_IN",), s.ment(at), "place_lists/made-in", 0.6)


def _own_goods(s: Sentence, v: int) -> int:
    """Where "its" or "their" stands after the verb at v ("makes its", "brews all its", "makes
    most of its"); -1 when the object is not the subject's own."""
    lows = s.lows
    for p in range(v + 1, min(len(lows), v + 4)):
        if lows[p] == M:
            word = s.ment(p).word
            return p if s.is_det(p) and word in OWN_PRONOUNS else -1
        if lows[p] not in GOODS_OPENERS:
            return -1
    return -1


def _maker(s: Sentence, m: int) -> bool:
    kinds = s.etypes(m)
    return "Organization" in kinds and not kinds & {"Location", "Person"}


# what joins a name to its descriptor (`descriptor_towns.APPOSING`), less "was": "X was the
# largest Tarnow brewer" still names a town, but a past seat, no place of X now
DESCRIBING: Final[frozenset[str]] = APPOSING - {"was"}
DESCRIBING_CUES: Final[tuple[str, ...]] = tuple(sorted(DESCRIBING))


def descriptor_cues(lex: Lexicon) -> tuple[str, ...]:
    return DESCRIBING_CUES


@per_lexicon
def _descriptor_heads(lex: Lexicon) -> frozenset[str]:
    """The company nouns a descriptor ends in (made once per lexicon, not per sentence)."""
    return DESCRIPTOR_HEADS | lex.located_heads | lex.place_heads


def descriptors(s: Sentence) -> None:
    """ "Vintry Partners, a mid-sized Turin fund", "Oxwell, the small Madrid bookseller that":
    NAME, an article, adjectives, a city, a company noun."""
    lows, lex = s.lows, s.lex
    heads = _descriptor_heads(lex)
    n = len(lows)
    for k in range(3, n - 1):
        if lows[k] != M or "Location" not in s.etypes(k) or s.ment(k).short:
            continue
        h = k + 1
        reach = 2
        while h < n and h - k <= reach and lows[h] not in heads and lows[h].isalpha():
            if lows[h] in AND_OR and h > k + 1:
                reach = 4  # "the small Tarnow bus and coach operator"
            h += 1  # "a Turin asset manager": up to one more noun before the head
        if h >= n or lows[h] not in heads:
            continue
        art = k - 1
        while art >= 0 and k - art <= 4 and lows[art] not in SKIP_DETS:
            w = lows[art]
            if not w.replace("-", "").isalpha() or w in DESCRIPTOR_BREAKS:
                art = -1
                break
            art -= 1
        if art < 2 or art == k - 1 or lows[art] not in SKIP_DETS:
            continue  # no adjective: the appositive family reads "X, a Turin fund"
        if lows[art - 1] not in DESCRIBING or lows[art - 2] != M or "Location" in s.etypes(art - 2):
            continue
        if s.is_det(art - 2):
            continue
        s.emit(s.ment(art - 2), ("LOCATED_IN",), s.ment(k), "place_lists/descriptor", 0.7)


BASED: Final = frozenset({"based", "headquartered"})


def based_cues(lex: Lexicon) -> frozenset[str]:
    return BASED


def coordinated_based(s: Sentence) -> None:
    """ "Nimbra was started in 2019 by two pilots, who met in the navy, and is based in Denver":
    a second predicate of the sentence's subject, after a clause that names others."""
    lows = s.lows
    n = len(lows)
    for k in range(4, n - 2):
        if lows[k] not in BASED or lows[k + 1] != "in" or lows[k + 2] != M:
            continue
        if lows[k - 1] not in ("is", "was", "remains") or lows[k - 2] != "and":
            continue
        if lows[k - 3] != "," or "Location" not in s.etypes(k + 2):
            continue
        place = s.ment(k + 2)
        if any(f.type == "LOCATED_IN" and f.target in place.ids for f in s.found):
            continue  # a rule found who is based there
        subj = opening_mention(s)
        if subj < 0 or any(w in CLAUSE_STOP for w in lows[subj:k]) or s.blocked(subj, k):
            continue
        if s.ment(subj).kind == "pronoun" and s.is_det(subj):
            continue
        s.emit(s.ment(subj), ("LOCATED_IN",), place, "place_lists/coordinated-based", 0.65)


def site_cues(lex: Lexicon) -> frozenset[str]:
    """The site nouns of `its_site`: the lexicon's `sites` and those a town names besides
    (`site_towns.TOWN_SITES`: "its Tallow Creek mine", "its Orre centre")."""
    return lex.place_cues.sites | TOWN_SITES


SITE_WORK_VERBS: Final[frozenset[str]] = _set("site_work_verbs")  # "is upgrading its Lyon plant"
# words before "its C plant" that make the owner's site a fact of where it is: a place
# preposition, a clause opening ("said its C smelter would reopen"), closing or running it
SITE_LEADS = frozenset(
    {"at", "in", "from", "said", "that", ",", "and", "close", "closes", "closed", "closing"}
    | {"shut", "shuts", "shutting", "run", "runs", "operate", "operates", "operated"}
    | SITE_WORK_VERBS
)


def its_site(s: Sentence) -> None:
    """ "would shut a kiln at its Limoges works", "will close its Lyon factory", "Corvo's Lyon
    factory": a place modifying a site noun after "its", "their" or an organization's "'s";
    the owner sits there."""
    lows, sites = s.lows, s.lex.place_cues.sites
    n = len(lows)
    for k in range(1, n - 1):
        if lows[k] != M or (lows[k + 1] not in sites and lows[k + 1] not in TOWN_SITES):
            continue
        if "Location" not in s.etypes(k) or s.ment(k).short:
            continue
        own = _site_owner(s, k)
        if own >= 0 and not s.blocked(own, k + 1):
            s.emit(s.ment(own), ("LOCATED_IN",), s.ment(k), "place_lists/its-site", 0.65)


def _site_owner(s: Sentence, k: int) -> int:
    """The owner before the place at k: "its" or "their" (k - 1), or an organization's name
    before "'s" or, ending in "s", before "'" (k - 2); -1 when there is none."""
    lows = s.lows
    if s.is_det(k - 1):
        if k >= 2 and lows[k - 2] not in SITE_LEADS:
            return -1
        if k >= 3 and _bare_work_verb(lows[k - 2]) and lows[k - 3] == M:
            return -1  # "will help Orvik Auto upgrade its Lyon plant": whose plant?
        if s.ment(k - 1).word in OWN_PRONOUNS and "Location" not in s.etypes(k - 1):
            return k - 1
        return -1
    if k >= 2 and lows[k - 1] in POSSESSIVE_MARKS and lows[k - 2] == M:
        plural = lows[k - 1] == "'" and s.ment(k - 2).ids[0].endswith("s")
        if s.etypes(k - 2) == {"Organization"} and (plural or lows[k - 1] == "'s"):
            return k - 2  # "Ostby Motors' Graz plant": a name in "-s" takes a bare apostrophe
    return -1


def _bare_work_verb(w: str) -> bool:
    """A bare verb of working on a site ("upgrade"), as after an object ("help Y upgrade")."""
    return w in SITE_WORK_VERBS and not w.endswith(("s", "ed", "ing"))


def described_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(p[0] for p in SITE_PARTICIPLES + NAMING_WORDS + SITE_BUILDERS)


def _phrase_at(lows: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the phrase of `phrases` that starts at k, else 0."""
    for p in phrases:
        if tuple(lows[k : k + len(p)]) == p:
            return len(p)
    return 0


def described_sites(s: Sentence) -> None:
    """ "Nordhavn Terminal, the 12-berth facility being built at Esbjerg": a project described
    as built at a place; "an electrolyser near Tromso, called the Nordlys H2 scheme": a site at a
    place, then its name."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 2):
        size = _phrase_at(lows, k, SITE_PARTICIPLES)
        if size:
            _built_at(s, k, k + size)
        size = _phrase_at(lows, k, SITE_BUILDERS)
        if size:
            _built_at(s, k, k + size, builder=True)
        size = _phrase_at(lows, k, NAMING_WORDS)
        if size and lows[k - 1] == ",":
            _named_site(s, k, k + size)


def _site_place(lows: list[str], after: int) -> int:
    """The place after a site's preposition at `after` ("at C", "on the outskirts of C",
    "close to C"), else -1."""
    n = len(lows)
    size = _phrase_at(lows, after, SITE_PHRASES)
    if not size and after < n and lows[after] in PLACE_PREPS_FAR:
        size = 1
    place = after + size
    return place if size and place < n and lows[place] == M else -1


def _relative_subject(s: Sentence, a: int, builder: bool) -> bool:
    """The mention at a is a contact relative's subject ("the resort the firm is putting up"):
    an auxiliary follows it."""
    return builder and a + 1 < len(s.lows) and s.lows[a + 1] in BUILDER_AUX


BUILDER_AUX = frozenset({"is", "are", "was", "were", "has", "had", "will"})


def _built_at(s: Sentence, k: int, after: int, builder: bool = False) -> None:
    """NAME, (a|the) [words] built (at|in|near) C; NAME ..., with a [site] planned at C; with
    `builder`, a contact relative on a Project: "NAME, the resort the firm is putting up near C"."""
    lows = s.lows
    place = _site_place(lows, after)
    if place < 0 or "Location" not in s.etypes(place) or s.ment(place).short:
        return
    a = k - 1
    while (
        a >= 0
        and k - a <= (12 if builder else 8)
        and (lows[a] != M or _relative_subject(s, a, builder))
    ):
        if lows[a] in CLAUSE_STOP or lows[a] == ",":
            return
        if lows[a] in SKIP_DETS and (not builder or lows[a - 1] == ","):
            break  # a contact relative's own subject ("the firm is putting up") is passed
        a -= 1
    if builder and (a < 2 or "Project" not in s.etypes(a - 2)):
        return
    if a >= 2 and lows[a] in INDEFINITE_ARTICLES and lows[a - 1] == "with" and lows[a - 2] == ",":
        named = opening_mention(s)  # "P is a tram line ..., with a new depot planned at C"
        if named < 0 or any(w in CLAUSE_STOP for w in lows[named:a]):
            return
    elif a < 2 or lows[a] not in SKIP_DETS or lows[a - 1] != "," or lows[a - 2] != M:
        return
    else:
        named = a - 2
    if "Location" in s.etypes(named) or s.is_det(named) or s.blocked(named, place):
        return
    s.emit(s.ment(named), ("LOCATED_IN",), s.ment(place), "place_lists/built-at", 0.65)


def _named_site(s: Sentence, k: int, after: int) -> None:
    """(a|an) [words] (in|near|at) C, called (the) P: P is at C; the C SITE, code-named P."""
    lows = s.lows
    n = len(lows)
    p = after + (after < n and lows[after] == "the")
    if p >= n or lows[p] != M or k < 3:
        return
    if lows[k - 3] == M and _city_site(s, k - 3):
        if "Location" not in s.etypes(p) and not s.blocked(k - 3, p):
            s.emit(s.ment(p), ("LOCATED_IN",), s.ment(k - 3), "place_lists/named-site", 0.65)
        return
    if k < 4 or lows[k - 2] != M:
        return
    place, prep = k - 2, k - 3
    if lows[prep] not in PLACE_PREPS_FAR or "Location" not in s.etypes(place):
        return
    if "Location" in s.etypes(p) or not lows[prep - 1].isalpha():
        return
    a = prep - 1
    while a >= 0 and prep - a <= 4 and lows[a] not in ("a", "an", "new"):
        if not lows[a].isalpha():
            return
        a -= 1
    if a >= 0 and lows[a] in ("a", "an", "new") and not s.blocked(a, p):
        s.emit(s.ment(p), ("LOCATED_IN",), s.ment(place), "place_lists/named-site", 0.65)


def _city_site(s: Sentence, c: int) -> bool:
    """ "the Gdynia yard", "a Pune plant": an article, a place at c and a site noun of the
    lexicon right after it (places5)."""
    lows = s.lows
    if c < 1 or lows[c - 1] not in SKIP_DETS or "Location" not in s.etypes(c):
        return False
    return c + 1 < len(lows) and lows[c + 1] in s.lex.place_cues.sites


# verbs of holding sites whose object's examples are sites too: "runs 12 stores, among them"
# (the site-holding verbs of place_words but "owned" and "have", kept as they were)
HOLDING_VERBS: Final[frozenset[str]] = (SITE_HOLDING_VERBS - {"owned", "have"}) | {
    "counts",
    "count",
    "counted",
    "with",  # loc24: "X, with 22 plants, including big ones in A and B"
}  # places18: "now counts 14 taprooms, among them"
EXAMPLE_WORDS = 6  # "14 depots along the whole coast, among them"


EXAMPLE_CUES: Final[frozenset[str]] = frozenset({"including", "among"})


def example_sites(s: Sentence) -> None:
    """ "Vantora runs 12 stores along the coast, among them two big shops in Orlen and Paskey",
    "operates 9 depots, including warehouses in A and B", "with 22 plants, including big ones
    in A and B": the examples of the subject's own sites are its sites, in each town of the
    list."""
    lows = s.lows
    n = len(lows)
    sites = all_site_nouns(s.lex)  # "including its flagship in"
    for k in range(3, n - 4):
        if lows[k] != "," or not (
            lows[k + 1] == "including" or lows[k + 1 : k + 3] == ["among", "them"]
        ):
            continue
        v = _holding_verb(lows, k, sites)
        if v >= 1 and lows[v] == "with" and lows[v - 1] != ",":
            continue  # "competes with 40 stores, including": only a set-off "with" holds
        h = k + 2 + (lows[k + 1] == "among")
        while h < n - 2 and h - k <= EXAMPLE_WORDS and not _example_head(lows, h, sites):
            if lows[h] == M and not s.is_det(h):
                break
            h += 1  # "among them its original hall in"
        if v < 0 or h >= n - 2 or not _example_head(lows, h, sites) or lows[h + 1] != "in":
            continue
        place = h + 2
        if lows[place] != M or "Location" not in s.etypes(place):
            continue
        head = past_relative(s, v)  # "X, which Y, a fund, controls, runs 12 stores": X
        if lows[v] == "with" and _set_off_owner(s, v) >= 0:
            head = _set_off_owner(s, v)  # "A merged with B, with 22 plants, including": B's
        subj = [head] if head >= 0 else [] if head == UNNAMED else subjects(s, v, True)
        if not subj or not _maker(s, subj[0]) or s.blocked(subj[0], place):
            continue
        for at in coord(s, place, +1):
            if "Location" in s.etypes(at):
                s.emit(
                    s.ment(subj[0]), ("LOCATED_IN",), s.ment(at), "place_lists/example-sites", 0.6
                )


def _set_off_owner(s: Sentence, v: int) -> int:
    """The organization named right before the comma of a set-off "with" at v ("merged with
    Kessel Pumps, with 22 plants"): the phrase describes it, not the clause subject; else -1."""
    c = v - 2
    if c < 0 or s.lows[c] != M or s.is_det(c) or s.etypes(c) != {"Organization"}:
        return -1
    return c


# words that stand for the plural site noun in an example: "including big ones in A and B",
# "among them two in A" (loc24)
EXAMPLE_ELLIPSIS: Final = LIST_ELLIPSIS | {"ones"}


def _example_head(lows: list[str], h: int, sites: frozenset[str]) -> bool:
    """A site noun of an example, or a word standing for it right before "in" ("ones in",
    "two in"; not "two" of "two big shops in")."""
    w = lows[h]
    return w in sites or (w in EXAMPLE_ELLIPSIS and h + 1 < len(lows) and lows[h + 1] == "in")


def _holding_verb(lows: list[str], k: int, sites: frozenset[str]) -> int:
    """The holding verb before the plural site noun the examples at k belong to ("runs 12
    stores along the coast,"), else -1."""
    for h in range(k - 1, max(0, k - 1 - EXAMPLE_WORDS), -1):
        if lows[h] == M or not lows[h].isalnum():
            return -1
        if lows[h] in sites and lows[h].endswith("s"):
            v = h - 1
            while v > 0 and h - v <= 3 and lows[v] not in HOLDING_VERBS:
                if lows[v] == M or not lows[v].isalnum():
                    return -1
                v -= 1
            return v if lows[v] in HOLDING_VERBS else -1
    return -1
