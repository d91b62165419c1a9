"""Towns no list knows, shown by the field or works they name (entity18).

- a town before an airfield noun after a place's preposition: "a charter firm based at Kallby
  airport", "flights from Orre airfield" (the field is the town's, not a company's name);
- a town between a possessive and a works noun that a place phrase follows: "its Brindle
  facility near Lyon", "Orla's Kessby site outside Porto" (a works named for its town, not a
  project's name: the place phrase says where the town is);
- a town between "the" and a trade noun in an appositive that describes a company: "Arlen
  Clinical, the Ravenna distributor," (not "the Orso chocolate maker" elsewhere: a brand), and
  a relative may follow it; after "a"/"an", or with one lower-case word before the noun, only a
  company noun ("Kestel Forge, a Redditch foundry that ...", "a Lausanne custodian", "the
  Ashby craft brewery"), never a person's job ("a Tarvin fund manager");
- a town people come from or live around, and the towns listed after it: "farmers from
  Kelby, Tarvin and Orre", "growers around Kelby";
- a region named by its kind: "the Tarvin wine region", "the Orre farming district".

A name shaped like an organization's, known, a given name or typed by other cues keeps its
type. The words live in `loaders/data/places.yaml` (`airfields`, `town_works`, ...).

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> lex = Lexicon.load()
>>> cands = analyze("Lindqvist Aero is based at Kallby airport.", 0, lex).cands
>>> [(c.text, c.best()) for c in cands]
[('Lindqvist Aero', 'Organization'), ('Kallby', 'Location')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.apposed_descriptions import APPOSITION_CLOSERS
from loaders.gazetteer import place_data
from loaders.grammar_words import SKIP_DETS
from loaders.lexicon import word_set
from loaders.non_names import data_words
from loaders.person_cues import organization_shaped
from loaders.place_words import FIRM_PLACE_HEADS, trade_noun
from loaders.relations.words import AND_OR

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate


def _words(key: str) -> frozenset[str]:
    return word_set(place_data().get(key))


AIRFIELDS: Final[frozenset[str]] = _words("airfields")
TOWN_WORKS: Final[frozenset[str]] = _words("town_works")
AIRFIELD_PREPS: Final[frozenset[str]] = _words("airfield_preps")
WORKS_PLACES: Final[frozenset[str]] = _words("works_places")
BRAND_TRADES: Final[frozenset[str]] = _words("brand_trades")
TRADE_KINDS: Final[frozenset[str]] = _words("trade_kinds")  # "the Ashby contract brewer"
TOWN_SITES: Final[frozenset[str]] = _words("town_sites")  # "its Tallow Creek mine"
# a site noun that names a business too: "its Fellbrook operation" may be a unit (typthing26)
BUSINESS_UNITS: Final[frozenset[str]] = frozenset({"operation"})
W_HEAD_ONLY = 2.0  # the Project vote of a site noun after a name (`type_cues.W_NAME_HEAD`)
W_SITE_TOWN = 4.0  # like "near X": outweighs a works noun's Project vote
WORKS_OWNERS: Final[frozenset[str]] = frozenset({"its", "their", "'s", "'"})
PEOPLE_PREPS: Final[frozenset[str]] = frozenset({"from", "around", "near"})


def site_town_votes(a: Analysis, lex: Lexicon) -> None:
    """Add Location votes to the towns of one analysed sentence (see the module doc)."""
    lows = a.lows
    for c in a.cands:
        owned = _named_site(a, c, lex)
        if owned is not None:
            # counted in `coref` unless a longer name holds the word; a weak site ("the Orre
            # centre") only for a name placed elsewhere too
            c.site_town += W_SITE_TOWN
            c.site_town_led = not owned
            continue
        if not _bare_word(c, a, lex):
            continue
        if _people_from(lows, c, lex):
            c.vote("Location", W_SITE_TOWN)
            _spread(a, c, lex)
            continue
        if _ranked_town(lows, c, lex):
            c.vote("Location", W_SITE_TOWN)  # "three sheds, the biggest one at Tarvin."
            continue
        if c.j >= len(lows) or not a.toks[c.j].text.islower():
            continue
        if _airfield(lows, c) or _works(lows, c, lex) or _trade_town(a, c, lex):
            c.vote("Location", W_SITE_TOWN)

        elif _region_kind(lows, c, lex):
            c.vote("Location", W_SITE_TOWN)


def _bare_word(c: Candidate, a: Analysis, lex: Lexicon) -> bool:
    """One word no cue typed as a place, no list knows, not a given name nor shaped like an
    organization's name, not opening its sentence."""
    if c.known or c.i == 0 or c.j - c.i != 1 or c.votes.get("Location"):
        return False
    return a.lows[c.i] not in lex.first_names and not organization_shaped(c, a.lows, lex)


def _people_from(lows: list[str], c: Candidate, lex: Lexicon) -> bool:
    """ "Farmers from Kelby", "growers around Kelby": people a place is home to, then "from",
    "around" or "near", then the name."""
    if c.i < 2 or lows[c.i - 1] not in PEOPLE_PREPS:
        return False
    return lows[c.i - 2] in data_words(lex, "people_from")


def _spread(a: Analysis, c: Candidate, lex: Lexicon) -> None:
    """The towns listed after a town ("from Kelby, Tarvin and Orre") vote as it did."""
    by_start = {d.i: d for d in a.cands}
    end = c.j
    while end + 1 < len(a.lows) and a.lows[end] in (",", "and"):
        d = by_start.get(end + 1)
        if d is None or not _bare_word(d, a, lex):
            return
        d.vote("Location", W_SITE_TOWN)
        end = d.j


def _region_kind(lows: list[str], c: Candidate, lex: Lexicon) -> bool:
    """ "the Tarvin wine region", "the Orre farming district": "the", the name, one lower-case
    word and a singular place noun."""
    if lows[c.i - 1] != "the" or c.j + 1 >= len(lows) or not lows[c.j].isalpha():
        return False
    noun = lows[c.j + 1]
    return noun in lex.place_cues.place_nouns and not noun.endswith("s")


# superlatives that pick one of the sites before them: "the biggest of them being in T"
# (also read by `relations.site_ranks`, which locates the sites' owner there)
RANKS: Final[frozenset[str]] = frozenset(
    {"biggest", "largest", "busiest", "main", "oldest", "newest"}
)
RANK_FILLERS: Final[frozenset[str]] = frozenset({"one", "of", "them", "which", "these", "those"})
RANK_VERBS: Final[frozenset[str]] = frozenset(
    {"being", "is", "was", "lies", "lying", "sits", "sitting", "located", "based", "now"}
)
RANK_PREPS: Final[frozenset[str]] = frozenset({"in", "at", "near", "outside"})
RANK_REACH: Final = 5  # "the biggest one of them being in"
# a place phrase of common words between the sites and the rank: "nine sheds in the valley,"
SITE_PHRASE_PREPS: Final[frozenset[str]] = frozenset({"in", "across", "around", "along", "near"})
SITE_PHRASE_REACH: Final = 4  # "in the Kelby valley" holds a name: only common words are passed


def rank_comma(lows: list[str], k: int) -> int:
    """The comma that opens a rank after the plural site at k ("sheds, the biggest"), also past
    a place phrase of common words ("sheds in the valley, the biggest"); else -1."""
    if k + 1 < len(lows) and lows[k + 1] == ",":
        return k + 1
    if k + 1 >= len(lows) or lows[k + 1] not in SITE_PHRASE_PREPS:
        return -1
    for q in range(k + 2, min(len(lows), k + 2 + SITE_PHRASE_REACH)):
        if lows[q] == ",":
            return q if q > k + 2 else -1
        if not lows[q].isalpha():
            return -1
    return -1


def _ranked_town(lows: list[str], c: Candidate, lex: Lexicon) -> bool:
    """ "operates three sheds, the biggest one at Tarvin": a plural site noun, a comma, "the", a
    superlative, fillers ("one", "of them", "being") and a place's preposition right before the
    name, which ends there."""
    p = c.i - 1
    if p < 4 or lows[p] not in RANK_PREPS:
        return False
    if c.j < len(lows) and lows[c.j].isalpha() and lows[c.j] not in AND_OR:
        return False  # "the biggest at Tarvin airport": another noun's modifier
    q = p - 1
    while q > 3 and p - q < RANK_REACH and (lows[q] in RANK_FILLERS or lows[q] in RANK_VERBS):
        q -= 1
    if lows[q] not in RANKS or lows[q - 1] != "the" or lows[q - 2] != ",":
        return False
    for k in range(q - 3, max(0, q - 4 - SITE_PHRASE_REACH), -1):
        site = lows[k]
        if site.endswith("s") and site in lex.place_cues.sites and rank_comma(lows, k) == q - 2:
            return True
    return False


def _airfield(lows: list[str], c: Candidate) -> bool:
    """ "based at Kallby airport": a preposition, the name, an airfield noun."""
    return lows[c.j] in AIRFIELDS and lows[c.i - 1] in AIRFIELD_PREPS


def _works(lows: list[str], c: Candidate, lex: Lexicon) -> bool:
    """ "its Brindle facility near Lyon": a possessive, the name, a works noun, a place phrase."""
    after = lows[c.j]
    if lows[c.i - 1] not in WORKS_OWNERS or c.j + 1 >= len(lows):
        return False
    if after not in TOWN_WORKS and after not in lex.place_cues.sites:
        return False
    rest = lows[c.j + 1 : c.j + 3]
    return rest[0] in WORKS_PLACES or " ".join(rest) in WORKS_PLACES


def _trade_town(a: Analysis, c: Candidate, lex: Lexicon) -> bool:
    """ "Arlen Clinical, the Ravenna haulier,", "Kestel Forge, a Redditch foundry that ...",
    "X, the Ashby contract brewer,": a named company, a comma, an article, the name and a trade
    or company noun (one lower-case word may come before it) that ends the appositive or opens
    its relative clause; not a trade that names a brand ("the Kordia dealer")."""
    lows = a.lows
    if c.i < 3 or lows[c.i - 1] not in SKIP_DETS or lows[c.i - 2] != ",":
        return False
    h = c.j + 1 if _trade_head(lows, c.j + 1, lex) else c.j
    head = lows[h] if h < len(lows) else ""
    if head in BRAND_TRADES or (h + 1 < len(lows) and lows[h + 1] not in APPOSITION_CLOSERS):
        return False
    if not _trade_head(lows, h, lex) or (h > c.j and not lows[c.j].isalpha()):
        return False
    loose = lows[c.i - 1] != "the" or h > c.j
    if loose and (_person_noun(head, lex) or _holder_noun(head, lex)):
        # "Ulla Berg, a Tarvin fund manager": a person's job, no company's trade; "Halden
        # Retail, a Vorn investor": a holder of Vorn, no firm placed there
        return False
    kind = h == c.j + 1 and lows[c.j] in TRADE_KINDS and head in lex.located_heads
    if loose and head not in FIRM_PLACE_HEADS and not kind:
        return False  # "the Orso chocolate maker", "a Kordia maker": a brand's trade
    return any(d.j == c.i - 2 and d.best() != "Person" for d in a.cands if d is not c)


def _person_noun(w: str, lex: Lexicon) -> bool:
    """A noun that describes a person ("manager", "investor", "banker")."""
    role = lex.roles.lookup((w,))
    person = w in lex.heads and lex.heads.lookup((w,)) == "Person"
    return w in lex.titles or person or (role is not None and role.person_holder)


def _holder_noun(w: str, lex: Lexicon) -> bool:
    """A noun for what holds or funds a firm ("investor", "fund", "trust", "foundation"),
    which a name before it owns or backs rather than sits in."""
    return (
        w in data_words(lex, "holder_possessions")
        or w in lex.holder_words
        or w in data_words(lex, "fund_heads")
    )


def _trade_head(lows: list[str], h: int, lex: Lexicon) -> bool:
    """A trade or company noun at h ("haulier", "foundry", "custodian")."""
    if h >= len(lows):
        return False
    head = lows[h]
    return trade_noun(head) or head in FIRM_PLACE_HEADS or head in lex.located_heads


def site_noun(word: str, lex: Lexicon) -> bool:
    """A noun of a site a town may name ("plant", "mine", "centre", "facility")."""
    return word in TOWN_SITES or word in TOWN_WORKS or word in lex.place_cues.sites


def _named_site(a: Analysis, c: Candidate, lex: Lexicon) -> bool | None:
    """ "at its Tallow Creek mine", "Orla's Kessby plant", "the Orre centre": a place name
    between an owner ("its", "their", a name's "'s") or "the" and a singular site noun that
    ends the phrase; the town where the site stands, not a project's name. True with an owner;
    False, a weak site that needs a place cue as well, with an owner before a noun that ends a
    body's name too ("its Discovery centre") and after "the" (only a one-word name, and no
    appositive that describes the site: "the Velo terminal, a storage facility at ..." names
    the terminal); else None."""
    lows = a.lows
    if c.i == 0 or c.j >= len(lows) or c.known or c.j - c.i > 2:
        return None
    noun = lows[c.j]
    if not a.toks[c.j].text.islower() or noun.endswith("s") and noun != "works":
        return None
    if not site_noun(noun, lex) or noun in BUSINESS_UNITS or not _plain_name(c, a, lex):
        return None
    det = lows[c.i - 1]
    if det in WORKS_OWNERS:
        if det in ("'s", "'") and not _firm_before(a, c):
            return None
        return noun not in lex.org_words  # "its Discovery centre": weak
    if det != "the" or c.j - c.i != 1:
        return None
    after = lows[c.j + 1 : c.j + 3]
    return None if after[:1] == [","] and after[1:] and after[1] in SKIP_DETS else False


def _plain_name(c: Candidate, a: Analysis, lex: Lexicon) -> bool:
    """Capitalized words of a place's shape: no given name first, no organization word last,
    no vote of another type yet, no Project vote but the site noun's."""
    lows = a.lows
    if lows[c.i] in lex.first_names or organization_shaped(c, lows, lex):
        return False
    if c.votes.get("Project", 0.0) > W_HEAD_ONLY:
        return False  # a project cue beside the head noun's: "its Marlow Ridge operation in Orrin"
    return not any(w > 0 for t, w in c.votes.items() if t not in ("Project", "Location"))


def _firm_before(a: Analysis, c: Candidate) -> bool:
    """An organization's name before the "'s" at c.i - 1 ("Orla's Kessby plant")."""
    return any(d.j == c.i - 1 and d.best() == "Organization" for d in a.cands if d is not c)
