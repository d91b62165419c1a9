"""Small checks of the words around a place's name, for `loaders.place_cues`.

>>> lows = "a bridge across the Tamar will be built".lower().split()
>>> modifies_noun(lows, 5)
False
>>> modifies_noun("stores across the Orlo network".lower().split(), 4)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.gazetteer import place_data
from loaders.lexicon import word_set
from loaders.type_cues import FUNCTION

if TYPE_CHECKING:
    from loaders.mentions import Candidate

# words after a name that start the clause's verb or a phrase, not a noun the name modifies
CLAUSE_WORDS = FUNCTION | frozenset(
    "could should may might can did does must shall next last this early late later soon".split()
)


def modifies_noun(lows: list[str], j: int) -> bool:
    """The lower-case word at j (after a name) is a noun the name modifies ("across the Orlo
    network"), not a verb or a preposition ("across the Tamar will be built")."""
    return j < len(lows) and lows[j].isalpha() and lows[j] not in CLAUSE_WORDS


RELATIONAL_AGENTS: frozenset[str] = word_set(place_data().get("relational_agents"))


# places5: company nouns a bare town modifies when an organization is described: the place-list
# descriptor heads and `firm_place_heads` of places.yaml ("a Vienna fund", "a Berlin station")
# the heads of a named venue or institution (`venue_heads` of places.yaml): "the Halden
# Institute", "the Mirabel Arena" (`loaders.coref`, `loaders.relations.venue_places`)
VENUE_HEADS: Final[frozenset[str]] = word_set(place_data()["venue_heads"])
FIRM_PLACE_HEADS: frozenset[str] = frozenset(
    str(w).lower()
    for key in ("descriptor_heads", "firm_place_heads")
    for w in place_data().get(key) or ()
)


def trade_noun(w: str) -> bool:
    """A trade noun of the "-er"/"-or" kind beyond the company heads ("processor", "packer",
    "roaster", "haulier"), not a relation to others ("partner", "investor", "supplier")."""
    trade = len(w) > 4 and w.isalpha() and w.endswith(("er", "or", "ier"))
    return trade and w not in RELATIONAL_AGENTS


FIRM_HEAD_WORDS = 3  # "the Lisbon event organiser", "a Madrid property investor"
# words after a company noun that end its phrase: a relative, a participle, a verb
PHRASE_ENDS: frozenset[str] = frozenset(
    {"that", "which", "who", "whose", "focused", "founded", "owned", "run", "known", "with"}
    | {"based", "set", "backed", "controlled", "specialising", "specializing", "and", "is"}
    | {"was", "has", "had", "will", "said", "says", "of", "to", "for"}
)


def firm_head(lows: list[str], k: int, any_end: bool = False) -> int:
    """The trade noun that the place at k modifies, within three words, ending the phrase ("a
    Perth explorer,", "the Lisbon event organiser", "a Berlin radio station that"): a noun of
    `FIRM_PLACE_HEADS` or an "-er"/"-or" trade; -1 if none. `any_end` takes any word after it
    (the typing cues, which see a name after it as a word)."""
    n = len(lows)
    h = k + 1
    while h < n and h - k <= FIRM_HEAD_WORDS and lows[h].replace("-", "").isalpha():
        if lows[h] in FIRM_PLACE_HEADS or trade_noun(lows[h]):
            after = lows[h + 1] if h + 1 < n else "."
            ends = any_end or not after.replace("-", "").isalpha() or after in PHRASE_ENDS
            return h if ends else -1
        h += 1
    return -1


# verbs whose subject owns the sites after them ("operates two refineries in A"), and the
# sites of care a where-clause names besides the lexicon's `sites` ("runs private wards")
SITE_OWNING_VERBS: frozenset[str] = word_set(place_data()["site_owning_verbs"])
# their finite forms of running, operating, owning and having: no "-ing" form and no verb of
# opening, managing or maintaining (site_lists counts the sites after them; place_lists and
# venue_places take subsets)
SITE_HOLDING_VERBS: frozenset[str] = SITE_OWNING_VERBS - (
    {"running", "operating", "opened", "opens", "manage", "manages", "managed"}
    | {"maintain", "maintains", "maintained"}
)
CARE_SITES: frozenset[str] = frozenset({"ward", "wards", "clinic", "clinics", "hospital"})
SITE_REACH = 4  # "runs two private wards", "has a small bakery"


def runs_site(lows: list[str], p: int, sites: frozenset[str]) -> bool:
    """ "(both|also) run private wards", "has a bakery" from p: a verb of running or owning a
    site (`site_owning_verbs`) and a site noun of `sites` (or `CARE_SITES`) after a few
    modifiers; not "has 300 customers", "sells bread"."""
    if p < len(lows) and lows[p] in ("both", "also", "still", "each"):
        p += 1
    if p >= len(lows) or lows[p] not in SITE_OWNING_VERBS:
        return False
    for q in range(p + 1, min(len(lows), p + 2 + SITE_REACH)):
        if lows[q] in sites or lows[q] in CARE_SITES:
            return True
        if not lows[q].replace("-", "").isalnum():
            return False
    return False


W_LANDFORM = 4.0  # like "near X"
LANDFORMS = frozenset({"vale", "forest", "isle", "plain", "plains", "straits", "strait"})


def landform_votes(cands: list[Candidate], lows: list[str]) -> None:
    """ "the Vale of Clwyd", "the Forest of Dean": a landform noun, "of" and a name are a
    place."""
    for c in cands:
        if c.j - c.i >= 3 and lows[c.i] in LANDFORMS and lows[c.i + 1] == "of" and not c.known:
            c.vote("Location", W_LANDFORM)
