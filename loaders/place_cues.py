"""Constructions that show a capitalized name is a place, for places no list knows.

- a locative phrase before it: "a plant near Tarrowgate", "40 km north of Calama", "stores
  across the Midlands" (not "across the Orlo network", where the name modifies a noun);
- "in" before it, unless the word before "in" takes an organization ("a stake in", "invested
  in", "$5 million in"): "a factory in Pellingford", "its head office in Varnholm";
- a place noun with "of": "the port of Kelmstad", "the town of Halvik";
- coordination with such a place: "flies from Gdansk and Katowice" once Gdansk is one;
- a dateline: "KELDHAVN (Harbour Desk) —", "Keldhavn, March 3 (Harbour Desk) -";
- a city of the gazetteer before a site noun or after "at", "via": "the Ostrava plant", "its
  Gdansk shipyard", "a kiln at Limoges", "a mid-sized Nantes fund"; or owning a place noun:
  "Rotterdam's port" (the gazetteer's regions too: "the Gauteng plant", "in northern Tuscany");
- a town and its region: "Halden, West Yorkshire", "Tzaneen, Limpopo";
- a plural place noun opening its examples: "towns such as Ysterby, Pelton and Quenby";
  a site around a town: "depots around Ostervik"; a town before a company noun in a
  described name: "Brisk Labs, an Ostervik software firm";
- a place's public body or office: "Jujal's regional cabinet", "the mayor of Tarrowby", "the MP
  for Brackley".

A name that also ends in an organization word or is known keeps its type. The words live in
`loaders/data/lexicon.yaml` under `place_cues`.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> lex = Lexicon.load()
>>> [(c.text, c.best()) for c in analyze("Velmar runs a factory in Pellingford.", 0, lex).cands]
[('Velmar', None), ('Pellingford', 'Location')]
>>> [(c.text, c.best()) for c in analyze("Velmar took a stake in Dunmere.", 0, lex).cands]
[('Velmar', None), ('Dunmere', None)]
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Final

from loaders.descriptor_towns import descriptor_town_votes
from loaders.gazetteer import (
    compass_place,
    place_data,
    place_names,
    place_or_town,
    region_names,
)
from loaders.grammar_words import INDEFINITE_ARTICLES, POSSESSIVE_MARKS, SKIP_DETS
from loaders.lexicon import DEMONYM_ENDINGS, per_lexicon, word_set
from loaders.long_names import RIVER_TOWN_PARTICLES
from loaders.non_names import data_words
from loaders.person_cues import organization_shaped
from loaders.place_words import (
    CLAUSE_WORDS,
    FIRM_PLACE_HEADS,
    PHRASE_ENDS,
    firm_head,
    landform_votes,
    modifies_noun,
    runs_site,
    trade_noun,
)
from loaders.relations.words import AMOUNT_STARTS, AND_OR, DATE_WORDS, OWN_DETS, OWN_PRONOUNS
from loaders.site_towns import site_town_votes
from loaders.town_firms import town_firm_votes
from loaders.uncued_towns import firm_slot, listed_firm_votes

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate
    from loaders.tokens import Tok

W_NEAR = 4.0  # "near X", "north of X", "the town of X"
W_DATELINE = 6.0  # "KELDHAVN (Harbour Desk) —": a dateline names a place
DASHES: Final = frozenset({"-", "--", "—", "–", ":"})
W_IN = 2.0  # "a factory in X": a place unless other cues say more
HOME_VERBS: Final = frozenset({"is", "was", "remains", "became", "has", "been"})
# first words of two-word town names ("Port Ysolde"); an organization word after them wins
# ("Port Elver University" is organization-shaped and never gets here)
PLACE_PREFIXES = frozenset({"port", "fort", "cape", "mount"})
# divisions a country owns: "Chile's Antofagasta region" (not a city's district: measured on
# blind2, "in C's D district" made a LOCATED_IN to D where the gold has C)
DIVISIONS = frozenset({"region", "province", "county", "prefecture", "canton", "oblast"})


def place_votes(a: Analysis, lex: Lexicon) -> None:
    """Add Location votes to the candidates of one analysed sentence (see the module doc)."""
    lows, cands = a.lows, a.cands
    cues = lex.place_cues
    voted: dict[int, float] = {}  # candidate end -> the weight it got, for coordination
    # names that may own a place with "of", by their end: True for one typed Organization
    name_ends = {c.j: c.best() == "Organization" for c in cands if c.best() != "Person"}
    if cands and (
        (dateline(a, cands[0]) and not _speaker_label(a, cands[0], lex))
        or _title_dateline(a, cands, lex)
    ):
        cands[0].vote("Location", W_DATELINE)
        region = _dateline_region(a, cands)
        if region is not None:  # "BRAMWICK, Tarrow (Harbour Wire) —": the city's region
            region.vote("Location", W_DATELINE)
            region.descriptor_only = True
    for c in cands:
        if c.known is not None and c.known[1] == "Location":
            weight = _weight(lows, c.i, cues) if c.i > 0 else 0.0
            if weight:
                voted[c.j] = weight  # "plants in Lyon, Dijon and Nantes": a known place opens
                c.vote("Location", weight)  # for coreference: this one is a place
            elif c.j - c.i == 1 and c.j < len(lows) and lows[c.j] in lex.person_cues.speech:
                c.vote("Person", W_IN)  # "Houston said": maybe Anna Houston (`coref` decides)
            continue
        if organization_shaped(c, lows, lex):
            continue
        if compass_place(lows, c.i, c.j, lex.name_adjectives):
            c.vote("Location", W_NEAR)  # "the North Atlantic", "Western Australia"
            continue
        if c.i == 0:
            if _home_to(lows, c.j):
                c.vote("Location", W_IN)  # "Basel remains home to Velmar Pharma"
            continue
        if c.j < len(lows) and lows[c.j] == "'s":
            continue  # "in Qalat's report": a possessor
        if c.i == 1 and lows[0] == "in" and lows[c.j : c.j + 1] == [","]:
            c.vote("Location", W_IN)  # "In Dunmore, Kelso Mining opened a shaft": no list
            continue  # opens from it ("In Pellmouth, Orrisby and Tandle, Halvik Dairy ...")
        weight = _name_weight(c, a, lex, name_ends, voted)
        if weight:
            c.vote("Location", weight)
            voted[c.j] = weight
    landform_votes(cands, lows)
    _from_to(a, lex)
    _cities(a, lex)
    _regions_with_the(a)
    _city_sites(a, lex)
    _town_descriptors(a, lex)
    town_firm_votes(a, lex)  # "the Redditch foundry Kestel Forge"
    descriptor_town_votes(a, lex)  # "the larger Haugesund operator", "X, of Wodonga,"
    _town_region(a, lex)
    _place_bodies(a, lex)
    _where_sites(a, lex)
    site_town_votes(a, lex)  # "based at Kallby airport", "its Brindle facility near Lyon"
    listed_firm_votes(a, lex)  # last: "rivals Orlo and Goole" keeps a listed town a firm


def _name_weight(
    c: Candidate, a: Analysis, lex: Lexicon, name_ends: dict[int, bool], voted: dict[int, float]
) -> float:
    """The Location vote a name (not opening its sentence, not a known place nor shaped like
    an organization) gets from its words and the words around it; 0.0 for none."""
    lows, cues = a.lows, lex.place_cues
    weight = _weight(lows, c.i, cues)
    if not weight and c.i >= 2 and lows[c.i - 1] in PLACE_ADJECTIVES:
        weight = _weight(lows, c.i - 1, cues)  # "in downtown Tarrow", "across rural X"
    if weight and lows[c.i - 1] == "the" and c.j < len(lows) and a.toks[c.j].text.islower():
        if modifies_noun(lows, c.j):
            weight = 0.0  # "across the Orlo network": the name modifies a noun
    if weight and _route_cued(lows, c.i) and not _route_place(a, c):
        weight = 0.0  # "flights from Aerolink after ...", "cut flights to Skylark routes"
    if weight == 0.0 and c.j < len(lows) and _area_or_site(lows, c, cues, a.toks):
        # "the Rennick district of the town", "at its Limoges works"; "Chile's Atacama
        # region" outweighs the possessive's product vote
        weight = W_NEAR if lows[c.i - 1] in POSSESSIVE_MARKS else W_IN
        if _towns_listed(a.toks, lows, c.j) > c.j:
            weight = W_NEAR  # "its Kelmsby, Harwick and Dunley mills": each a town
    if c.j - c.i == 1 and lows[c.i].endswith(cues.suffixes) and len(lows[c.i]) > 6:
        weight = max(weight, W_NEAR)  # "the Lowlands"
    if c.j - c.i == 2 and lows[c.i] in PLACE_PREFIXES and c.text[:1].isupper():
        weight = max(weight, W_IN)  # "Port Ysolde", "Fort Kelby": a town's own first word
    if c.j - c.i == 1 and "-" in lows[c.i] and _hyphen_place(lows[c.i], cues):
        weight = max(weight, W_NEAR)  # "Newcastle-upon-Tyne", "Aix-en-Provence"
    if c.j - c.i == 3 and lows[c.i + 1] in RIVER_TOWN_PARTICLES and c.text[:1].isupper():
        weight = max(weight, W_NEAR)  # "a glassworks at Velno nad Orlou": a town on its river
    if weight == 0.0 and lows[c.i - 1] == "of" and c.i - 1 in name_ends:
        if name_ends[c.i - 1] or c.text.lower() in place_names():
            weight = W_IN  # "Brisa Dairy of Dijon": a company's name, "of", its place
    if weight == 0.0 and c.i >= 3 and lows[c.i - 1] == "from" and _a_head(lows, c.i - 2, lex):
        weight = W_IN  # "a startup from Katowice", "a ferry operator from Bergen"
    if weight == 0.0 and c.i >= 2 and lows[c.i - 1] == "on" and _on_site(lows, c.i - 2, lex):
        weight = W_IN  # "a resort on Great Exuma", "a salmon farm on Vessa"
    if weight == 0.0 and _region_members(lows, c):
        weight = W_IN  # "takes small stakes in Wexshire firms": the firms' region
    if weight == 0.0 and _home_to(lows, c.j):
        weight = W_IN  # "the city of Basel remains home to Velmar Pharma"
    if weight == 0.0 and c.i >= 2 and lows[c.i - 1] in (",", "and") and c.i - 1 in voted:
        if lows[c.i - 1] == "and" or _listed_on(lows, c.j, a.toks):
            weight = voted[c.i - 1]  # "from Gdansk and Katowice"
    if weight == 0.0 and c.i >= 3 and lows[c.i - 2 : c.i] == [",", "and"] and c.i - 2 in voted:
        weight = _serial_weight(a, c.i - 2, voted)  # "in Stavely, Duncraig, and Pellhurst"
    return weight


# mend30a (review 30 F4): the nouns of a route cue ("flights from", "ferries to"), which name
# a carrier after them as often as a town (places.yaml `route_nouns`)
ROUTE_NOUNS: Final = word_set(place_data().get("route_nouns"))


def _route_cued(lows: list[str], i: int) -> bool:
    """The name at i follows a route noun and "from" or "to": "flights from", "sailings to"."""
    return i >= 2 and lows[i - 1] in ("from", "to") and lows[i - 2] in ROUTE_NOUNS


def _route_place(a: Analysis, c: Candidate) -> bool:
    """A name after a route cue is a place: a town or region the gazetteer knows, or a name
    (list) that a route's other end follows ("flights from Dunmore to Kelby", "sailings from
    Tarrow and Kelby to Vell"), a one-word name with a town's ending (`town_endings`:
    "sailings from Tarrowby"); for "to", a name that modifies no noun after it ("flights to
    Halvern and Mesk", not "flights to Skylark routes")."""
    lows, toks = a.lows, a.toks
    if c.text.lower() in place_names():
        return True
    k = c.j
    while k < len(lows) and (lows[k] in (",", "and", "or") or toks[k].text[:1].isupper()):
        k += 1
    if lows[c.i - 1] == "to":
        return not (c.j < len(lows) and toks[c.j].text.islower() and modifies_noun(lows, c.j))
    town = c.j - c.i == 1 and lows[c.i].endswith(TOWN_ENDINGS) and len(lows[c.i]) > 5
    return town or (k < len(lows) and lows[k] == "to")


TOWN_ENDINGS: Final = tuple(sorted(word_set(place_data().get("town_endings"))))


LIST_GOES_ON: frozenset[str] = frozenset({",", "and", "or", ".", ";", ")"})
# what goes on with a list of places after its last ", NAME,": "and"/"or", "where", a list's
# tail ("as well as", "plus", "among others", "respectively", "each employing"), a time ("last
# year")
LIST_TAILS: Final = (
    AND_OR
    | {"where", "as", "plus", "but", "among", "amongst", "respectively", "each", "including"}
    | {"etc", "both", "all", "together", "while"}
    | DATE_WORDS
)


def _listed_on(lows: list[str], j: int, toks: list[Tok]) -> bool:
    """After ", NAME" the list goes on or the clause ends ("in Lyon, Dijon and Nantes"); not a
    verb, which makes the comma close a fronted phrase ("Meanwhile in Corran, Skylark Access
    filed suit"); a comma after the name goes on to another name or a list's tail
    (`LIST_TAILS`: "and", "in Lyon, Kestwick, as well as", "in Tarrow, Vellmark, where", "in
    Arlen, Bostow, last year"), else it closes an appositive naming what stands before "in"
    ("its venture in Tarsia, Orvik Pumps, was", "the union in Kelby, Sindoma, whose")."""
    if j >= len(lows) or lows[j] != ",":
        return j >= len(lows) or lows[j] in LIST_GOES_ON
    return j + 1 >= len(lows) or lows[j + 1] in LIST_TAILS or toks[j + 1].text[:1].isupper()


def _on_site(lows: list[str], h: int, lex: Lexicon) -> bool:
    """A site that stands on an island or a shore (`on_sites`) ends at token h: "a resort",
    "a salmon farm" (one or two words)."""
    sites = data_words(lex, "on_sites")
    return lows[h] in sites or (h > 0 and f"{lows[h - 1]} {lows[h]}" in sites)


def _serial_weight(a: Analysis, end: int, voted: dict[int, float]) -> float:
    """The vote of the place ending at `end` before ", and", when it is itself the second
    member of a comma list ("Stavely, Duncraig, and"), not the last word of a clause ("X,
    which runs plants in Wales, and Nordvik Energi"); else 0.0."""
    prev = next((d for d in a.cands if d.j == end), None)
    if prev is None or prev.i < 2 or a.lows[prev.i - 1] != "," or prev.i - 1 not in voted:
        return 0.0
    return voted[end]


def _a_head(lows: list[str], h: int, lex: Lexicon) -> bool:
    """ "a startup", "an independent ferry operator", "a farmer": an indefinite company noun or
    a person a place is home to, ending at h (not "bought the firm from Nimbra", where the name
    is the seller)."""
    if lows[h] not in lex.located_heads and lows[h] not in data_words(lex, "people_from"):
        return False
    for k in range(h - 1, max(-1, h - 4), -1):
        if lows[k] in INDEFINITE_ARTICLES:
            return True
        if not lows[k].replace("-", "").isalpha() or lows[k] in OWN_DETS:
            return False
    return False


REGION_MEMBERS: Final = frozenset({"firms", "companies", "businesses", "farmers", "growers"})
MEMBERS_PREPS: Final = frozenset({"in", "of", "for", "to", "among", "from", "with"})


def _region_members(lows: list[str], c: Candidate) -> bool:
    """A one-word name between a preposition and a plural of firms or farmers ("stakes in
    Wexshire firms", "loans to Tarrow farmers"): the members' region, not a company."""
    if c.j - c.i != 1 or c.i < 1 or c.j >= len(lows):
        return False
    return lows[c.i - 1] in MEMBERS_PREPS and lows[c.j] in REGION_MEMBERS


def _home_to(lows: list[str], j: int) -> bool:
    """ "NAME is home to", "NAME remains home to" after the name ending at j."""
    return j + 2 < len(lows) and lows[j] in HOME_VERBS and lows[j + 1 : j + 3] == ["home", "to"]


W_CITY = 1.0  # a city's name with no other cue: the weakest vote
CITY_PREPS = frozenset({"at", "through", "via"})


def _cities(a: Analysis, lex: Lexicon) -> None:
    """ "a kiln at Limoges", "cargo routed via Gdynia", "to Rotterdam, where": a name no cue
    typed, after "at", "through" or "via" or before ", where", that is a city or region of the
    gazetteer; not "an analyst at Santos" (a person's employer), not "Santos-backed" (a name
    in a compound), not a given name."""
    lows = a.lows
    n = len(lows)
    ends = {c.j for c in a.cands}
    for c in a.cands:
        if c.votes or c.known or c.i < 2:
            continue
        people = _people_in(lows, c.i - 1)
        where = c.j + 1 < n and lows[c.j] == "," and lows[c.j + 1] == "where"
        marked = _bracketed(lows, c, ends)
        if lows[c.i - 1] not in CITY_PREPS and not (people or where or marked):
            continue  # "to Rotterdam, where ...": a where-clause makes the city a place
        if c.j < n and lows[c.j] in ("-", "'s", "'"):
            continue
        before = lows[c.i - 2]
        if not people and (
            before in lex.titles or before in lex.roles or lex.heads.lookup((before,)) == "Person"
        ):
            continue  # "an analyst at Santos": an employer
        if lows[c.i - 1] in CITY_PREPS and firm_slot(lows, c.i - 1, lex):
            continue  # "staff at Corby", "sells its parts through Ashford": a firm's slot
        if where and c.j + 2 < n and (lows[c.j + 2] in WHERE_PEOPLE or _person_at(a, c.j + 2)):
            continue  # "hired Tom Reed from Selby, where he ran sales": his employer
        name = c.text.lower()
        if name in lex.first_names or not place_or_town(name):
            continue
        c.vote("Location", W_CITY)


# subjects of a where-clause that make the name before it a person's employer
WHERE_PEOPLE = frozenset({"he", "she", "they", "i", "we"})


def _person_at(a: Analysis, k: int) -> bool:
    """A name typed Person starts at token k."""
    return any(d.i == k and d.best() == "Person" for d in a.cands)


def _bracketed(lows: list[str], c: Candidate, ends: AbstractSet[int]) -> bool:
    """ "Orlo Tiles (Tarvo), two sites": a name alone in brackets right after another name
    (loc26: the list entry's town, which `located.place_marks` reads)."""
    i, j = c.i, c.j
    return lows[i - 1] == "(" and j < len(lows) and lows[j] == ")" and (i - 1) in ends


REGION_PREPS = frozenset(
    {"in", "across", "throughout", "near", "outside", "from", "at", "into", "and", ","}
)


def _regions_with_the(a: Analysis) -> None:
    """ "a malting in the Ardennes", "two mills across the Ruhr": a region of the gazetteer
    named with "the" after a place preposition, which no cue typed (the preposition's own cue
    reads only a name right after it)."""
    lows = a.lows
    n = len(lows)
    for c in a.cands:
        if c.votes or c.known or c.i < 2 or lows[c.i - 1] != "the":
            continue
        if lows[c.i - 2] not in REGION_PREPS or (c.j < n and lows[c.j] in ("-", "'s", "'")):
            continue
        if c.j < n and a.toks[c.j].text.islower() and modifies_noun(lows, c.j):
            continue  # "in the Ruhr network": the name modifies a noun
        if c.text.lower() in region_names():
            c.vote("Location", W_IN)


def office_before(lows: list[str], i: int) -> bool:
    """ "the mayor of [X]", "the MP for [X]", "who sits for [X]": an office of a place and its
    preposition right before token i (not "the bank's governor of X")."""
    if i < 2 or lows[i - 1] not in ("of", "for"):
        return False
    offices = OFFICES_OF if lows[i - 1] == "of" else OFFICES_FOR
    return lows[i - 2] in offices and (i < 3 or lows[i - 3] != "'s")


def _place_bodies(a: Analysis, lex: Lexicon) -> None:
    """ "Jujal's regional cabinet", "Tarrowby's city council": a possessor of a place's public
    body; "the mayor of Tarrowby", "the MP for Brackley", "who sits for Brackley": the place of
    an office. Any name no cue typed as a place or a person, not organization-shaped ("the
    governor of the Nimbra Central Bank")."""
    lows = a.lows
    n = len(lows)
    for c in a.cands:
        if c.known or c.votes.get("Location") or c.votes.get("Person"):
            continue
        if c.j + 2 < n and lows[c.j] == "'s":
            body = lows[c.j + 1] in BODY_ADJECTIVES and lows[c.j + 2] in BODY_NOUNS
        elif office_before(lows, c.i):
            body = True
        else:
            continue
        if body and not organization_shaped(c, lows, lex):
            c.vote("Location", W_NEAR)


# words of a seat in a where-clause (not "worked", "operated" of `place_clauses`, which a
# company's name takes too: "Velmar, where she worked")
WHERE_SEATS: frozenset[str] = frozenset({"based", "headquartered", "located", "headquarters"})
WHERE_REACH = 6  # words after the where-clause's subject: "is still based", "has a bakery"


def _where_sites(a: Analysis, lex: Lexicon) -> None:
    """ "Tessby, where Kelso Foods has a bakery", "Dorn, where Brell and Kelp are based": a name
    before ", where", a name (or a pair) and a clause of seat or site is a place; not an
    organization-shaped name, a given name or a name other cues typed."""
    lows, cands = a.lows, a.cands
    n = len(lows)
    by_start = {d.i: d for d in cands}
    for c in cands:
        if c.known or c.votes.get("Location") or c.votes.get("Person") or c.j + 2 >= n:
            continue
        if lows[c.j : c.j + 2] != [",", "where"] or c.j + 2 not in by_start:
            continue
        d = by_start[c.j + 2]
        while d.j + 1 < n and lows[d.j] == "and" and d.j + 1 in by_start:
            d = by_start[d.j + 1]  # "where Pinewood Clinic and Ashby House"
        if lows[c.i] in lex.first_names or organization_shaped(c, lows, lex):
            continue
        if d.best() == "Person":
            continue  # "Velmar, where Anna Lowe worked": a person's employer
        seat = any(w in WHERE_SEATS for w in lows[d.j : d.j + WHERE_REACH])
        if seat or runs_site(lows, d.j, lex.place_cues.sites):
            c.vote("Location", W_IN)


TOWN_REGION_ENDS = frozenset({",", ".", ";", ")", "(", "-", "—", "–"})


def _town_region(a: Analysis, lex: Lexicon) -> None:
    """ "Halden, West Yorkshire", "a mill in Dunmore, Gauteng,": a name, a comma and a known
    place or a region of the gazetteer that ends the phrase (not "Kalto, Gauteng's miner") is
    a town, and the region a place; not a person, not an organization-shaped name."""
    lows, cands = a.lows, a.cands
    n = len(lows)
    for at in range(len(cands) - 1):  # each name and the next (no zip with a keyword: native)
        c, d = cands[at], cands[at + 1]
        if c.known or c.votes.get("Location") or c.votes.get("Person") or c.j + 1 >= n:
            continue
        if lows[c.j] != "," or d.i != c.j + 1 or (d.j < n and lows[d.j] not in TOWN_REGION_ENDS):
            continue
        known = d.known is not None and d.known[1] == "Location"
        if not known and (d.known or not _region_name(lows[d.i : d.j], lex)):
            continue
        if lows[c.i] in lex.first_names or organization_shaped(c, lows, lex):
            continue  # "Anna Pike, Ohio": a person and her state
        if not known and organization_shaped(d, lows, lex):
            continue
        c.vote("Location", W_IN)
        if not known and not d.votes:
            d.vote("Location", W_IN)


def _region_name(words: list[str], lex: Lexicon) -> bool:
    """ "gauteng", "west yorkshire": a region of the gazetteer, after a direction or not."""
    if " ".join(words) in region_names():
        return True
    return len(words) == 2 and words[0] in lex.name_adjectives and words[1] in region_names()


def _people_in(lows: list[str], k: int) -> bool:
    """ "customers in Katowice", "200 engineers in Gdansk": "in" after people or shops (words
    of `in_objects` that take a place as well as an organization; not "a stake in")."""
    return lows[k] == "in" and k >= 1 and lows[k - 1] in PEOPLE_IN


# the people and shops of `in_objects` ("customers in X"), which stand in places more often
# than in companies; a stake, an investment or a role "in X" keeps no city vote
PEOPLE_IN = frozenset(
    {"customers", "users", "engineers", "executives", "directors", "peers", "rivals"}
    | {"competitors", "members", "shareholders", "investors", "jobs"}
    | {"rival", "competitor"}  # loc26: "a smaller competitor in Tarvo"
)


# nouns a city owns: "Rotterdam's port", "Gdansk's shipyards" (`loaders/data/places.yaml`)
_PLACES = place_data()
CITY_OWNED = word_set(_PLACES["city_owned"])
CITY_MODIFIED = word_set(_PLACES["city_modified"])
# "a Nantes fund": company nouns of a descriptor (typing only; LOCATED_IN reads its own words)
DESCRIPTOR_HEADS: Final = word_set(_PLACES["descriptor_heads"])
DESCRIPTOR_BREAKS: Final = word_set(_PLACES["descriptor_breaks"])
PLACE_ADJECTIVES: Final = word_set(_PLACES["place_adjectives"])
BODY_ADJECTIVES = word_set(_PLACES["body_adjectives"])
BODY_NOUNS = word_set(_PLACES["body_nouns"])
# offices by their last word ("lord mayor" -> "mayor"): what stands right before "of" or "for"
OFFICES_OF = frozenset(str(w).lower().split()[-1] for w in _PLACES["offices_of"])
OFFICES_FOR = frozenset(str(w).lower().split()[-1] for w in _PLACES["offices_for"])
SITE_OWNERS: Final = frozenset({"the", "its", "their", "our", "his", "her", "a", "an", "'s", "'"})


def _from_to(a: Analysis, lex: Lexicon) -> None:
    """ "moved its headquarters from Basel to Boston", "flights from Lisbon to Tarrowby": a city
    of the gazetteer on one side of "from ... to" and a place on the other is a place too."""
    if "from" not in a.words or len(a.cands) < 2:
        return
    by_start = {c.i: c for c in a.cands}
    lows = a.lows
    for c in a.cands:
        if c.i == 0 or lows[c.i - 1] != "from" or c.j + 1 >= len(lows) or lows[c.j] != "to":
            continue
        d = by_start.get(c.j + 1)
        if d is None:
            continue
        for x, y in ((c, d), (d, c)):
            if x.known or x.votes or organization_shaped(x, lows, lex):
                continue
            if x.text.lower() in place_names() and y.best() == "Location":
                x.vote("Location", W_NEAR)


def _city_sites(a: Analysis, lex: Lexicon) -> None:
    """ "the Ostrava plant", "its Gdansk shipyard", "the Le Havre assembly plant": a city of
    the gazetteer before a site noun (a plant named for its town, not a project's name);
    "a Katowice chemicals maker": before a company noun; "Rotterdam's port": a city owning a
    place noun. Not a given name, not a known entity, not an organization-shaped name ("the
    Lyon Steel plant")."""
    lows = a.lows
    n = len(lows)
    for c in a.cands:
        if c.known or c.i == 0 or c.j + 1 >= n or c.votes.get("Location"):
            continue
        if not _city_construction(lows, c, lex):
            continue
        name = c.text.lower()
        if name in lex.first_names or name not in place_names():
            continue
        if organization_shaped(c, lows, lex):
            continue
        c.vote("Location", W_NEAR)


def _city_construction(lows: list[str], c: Candidate, lex: Lexicon) -> bool:
    """ "CITY's port"; "the CITY [word] plant"; "a CITY court"; "a CITY [word] maker"; with
    adjectives after the article: "the new CITY plant", "a mid-sized CITY fund" (see
    `_city_sites`)."""
    after, then = lows[c.j], lows[c.j + 1]
    if after == "'s":
        return then in CITY_OWNED or _ranked_firm(lows, c.j + 1, lex)
    adjectives = lows[c.i - 1] not in SITE_OWNERS
    if adjectives and not _adjectives_after_article(lows, c.i):
        return False
    sites = lex.place_cues.sites
    if after in sites or (after.isalpha() and then in sites) or after in CITY_MODIFIED:
        return True  # "the Ostrava plant", "the Dijon regulator", "its Dijon rival"
    if not adjectives and lows[c.i - 1] not in SKIP_DETS:
        return False  # "its Gdansk group" may be a unit's name
    heads = _construction_heads(lex)
    if not adjectives and then == "," and trade_noun(after):
        return True  # "A Tulsa haulier, Brantor Haulage,": a trade noun, then the name
    if not adjectives and firm_head(lows, c.j - 1, any_end=True) >= 0:
        return True  # places5: "a Norwich potato grower", "the Gdansk ship repairer X"
    return after in heads or (after.isalpha() and after not in heads and then in heads)


RANKED_WORDS = 3  # "Tarvo's second-largest mortgage lender"


def _ranked_firm(lows: list[str], p: int, lex: Lexicon) -> bool:
    """ "Tarvo's biggest lender", "Tarvo's oldest tile maker": a superlative after the city's
    "'s", then lower-case words up to a company noun that ends the phrase (the city ranks its
    firms; not a trade noun: "Bexley's biggest shareholder" may be a firm's holder)."""
    n = len(lows)
    if p >= n or not lows[p].endswith("est"):
        return False
    heads = _construction_heads(lex)
    q = p + 1
    while q < n and q - p <= RANKED_WORDS and lows[q].replace("-", "").isalpha():
        q += 1
    if q == p + 1 or (q < n and lows[q] not in (",", ".")):
        return False
    return lows[q - 1] in heads


@per_lexicon
def _construction_heads(lex: Lexicon) -> frozenset[str]:
    """The company nouns after a city in `_city_construction` (made once per lexicon)."""
    return lex.located_heads | DESCRIPTOR_HEADS


@per_lexicon
def _town_heads(lex: Lexicon) -> frozenset[str]:
    """The company nouns after a town in `_town_descriptors` (made once per lexicon)."""
    return lex.located_heads | DESCRIPTOR_HEADS | FIRM_PLACE_HEADS


NATIONALITY_ENDS: Final = tuple(end for end, alone in DEMONYM_ENDINGS.items() if alone)
TOWN_HEAD_WORDS = 3  # "an Ostervik software firm", "a Tollmere butter maker"


def _town_descriptors(a: Analysis, lex: Lexicon) -> None:
    """ "an Ostervik software firm", "a small Tollmere cheese maker": a one-word name no list
    knows between an indefinite article (and adjectives) and a company noun or an "-er"/"-or"
    trade within three lower-case words is the company's town (not "the Orso chocolate maker",
    where the name may be its brand); not a given name, not organization-shaped."""
    lows, toks = a.lows, a.toks
    n = len(lows)
    heads = _town_heads(lex)
    for c in a.cands:
        if c.known or c.i == 0 or c.votes.get("Location"):
            continue
        if c.j - c.i != 1 and not (c.j - c.i == 2 and lows[c.i] in lex.name_adjectives):
            continue  # entity18: "a North Ayr software firm" as well
        if lows[c.i - 1] not in INDEFINITE_ARTICLES and not _adjectives_after_article(lows, c.i):
            continue
        if not _indefinite_before(lows, c.i) or lows[c.j - 1] in lex.first_names:
            continue
        if lows[c.j - 1].endswith(NATIONALITY_ENDS):
            continue  # "a Corvish toy maker": a demonym, no town
        h = c.j + 1  # a trade word first: "a Tollmere butter maker", not "a Tovrin director"
        while h < n and h - c.j <= TOWN_HEAD_WORDS and toks[h].text.isalpha():
            if not toks[h].text.islower() or _no_modifier(lows[h - 1], lex):
                break  # "a Calloway spokeswoman said the company"
            w = lows[h]
            if w in DESCRIPTOR_BREAKS or _no_modifier(w, lex):
                break  # "an Ostervik software unit": a part of a firm named Ostervik
            if w in heads and not w.endswith("maker"):  # measured: a maker made a wrong tie
                if not organization_shaped(c, lows, lex):
                    c.vote("Location", W_NEAR)
                break
            h += 1


def _no_modifier(w: str, lex: Lexicon) -> bool:
    """A word that neither modifies a trade nor is one: a function word, a verb that ends a
    phrase, a person's title or noun ("said", "the", "director", "spokeswoman")."""
    if not w.isalpha() or w in CLAUSE_WORDS or w in PHRASE_ENDS or w in lex.titles:
        return True
    return lex.heads.lookup((w,)) == "Person" or w in lex.person_cues.speech


def _indefinite_before(lows: list[str], i: int) -> bool:
    """ "a" or "an" opens the phrase that ends right before token i (adjectives between), and
    the phrase describes a name: an appositive after a comma, a copula's complement or the
    sentence's opening ("Brisk Labs, an Ostervik software firm,"; "A Tollmere butter maker,
    Orrin Dairy, sued")."""
    k = i - 1
    while k >= 0 and lows[k] not in SKIP_DETS:
        k -= 1
    if k < 0 or lows[k] not in INDEFINITE_ARTICLES:
        return False
    return k == 0 or lows[k - 1] == "," or lows[k - 1] in HOME_VERBS


def _adjectives_after_article(lows: list[str], i: int) -> bool:
    """ "a mid-sized [Nantes]", "the small [Gauteng]": one to three lower-case adjectives
    between an article and the name starting at i (not "of", "for", "rival": `descriptor_breaks`
    of places.yaml)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and lows[k] not in SKIP_DETS:
        w = lows[k]
        if not w.replace("-", "").isalpha() or w in DESCRIPTOR_BREAKS or not w.islower():
            return False
        k -= 1
    return k >= 0 and k < i - 1 and lows[k] in SKIP_DETS


def dateline(a: Analysis, c: Candidate) -> bool:
    """ "KELDHAVN (Harbour Desk) —", "Keldhavn, March 3 (Harbour Desk) -", "KELDHAVN — ...": the
    sentence's first name, before a parenthesized credit, a date or a dash, opens a dateline."""
    toks = a.toks
    if c.known or not c.initial or c.j >= len(toks):
        return False
    end = min(len(toks), c.j + 8)
    nxt = toks[c.j].text
    if nxt in DASHES:  # "KELDHAVN — Varno said": capitals only, not "Varno — the company"
        return c.text.isupper() and len(c.text) > 3
    if nxt not in ("(", ","):
        return False
    for k in range(c.j, end - 1):
        if toks[k].text == ")":
            return toks[k + 1].text in DASHES  # "(Harbour Desk) —"
        if toks[k].text in DASHES:
            return c.text.isupper() and k > c.j + 1  # "KELDHAVN, Norway —"
    return False


def _speaker_label(a: Analysis, c: Candidate, lex: Lexicon) -> bool:
    """ "KOFI MENSAH: We are suing ...": a given name and a surname before a colon label an
    interview's turn (`loaders.speaker_turns`), no dateline."""
    words = c.text.split()
    return (
        c.j < len(a.toks)
        and a.toks[c.j].text == ":"
        and len(words) >= 2
        and words[0].lower() in lex.first_names
    )


def _hyphen_place(word: str, cues) -> bool:
    """A place name's shape: names joined by a lower-case particle ("stoke-on-trent",
    "aix-en-provence", `hyphen_particles`)."""
    parts = word.split("-")
    return len(parts) >= 3 and any(p in cues.hyphen_particles for p in parts[1:-1])


def _title_dateline(a: Analysis, cands: list[Candidate], lex: Lexicon) -> bool:
    """ "Bramwick, Tarrow — Kelso Rail said ...": a city, a comma, a region and a dash opening
    the sentence, a name right after the dash, and no organization word in the first two."""
    if len(cands) < 3 or not cands[0].initial or cands[0].known:
        return False
    city, region, after = cands[0], cands[1], cands[2]
    toks, lows = a.toks, a.lows
    if city.j >= len(toks) or toks[city.j].text != "," or region.i != city.j + 1:
        return False
    if region.j >= len(toks) or toks[region.j].text not in DASHES or after.i != region.j + 1:
        return False
    return not organization_shaped(city, lows, lex) and not organization_shaped(region, lows, lex)


def _dateline_region(a: Analysis, cands: list[Candidate]) -> Candidate | None:
    """The name after a dateline's city and a comma, before the credit, date or dash that ends
    the dateline ("KELDHAVN, Tarrow (Harbour Desk) —"), else None."""
    city = cands[0]
    if len(cands) < 2 or city.j >= len(a.toks) or a.toks[city.j].text != ",":
        return None
    region = cands[1]
    if region.i != city.j + 1 or region.j >= len(a.toks) or region.known:
        return None
    after = a.toks[region.j].text
    return region if after in ("(", ",") or after in DASHES else None


def _area_or_site(lows: list[str], c: Candidate, cues, toks: list[Tok]) -> bool:
    """ "the Rennick district", "the Leeds area", "Chile's Atacama region": a place noun after
    "the NAME" or "X's NAME"; "at its Limoges works", "Orla Dairies' Cork plant": a site noun
    after "its NAME" or "X's NAME" (a possessive, so the name is no owner), also past more
    towns ("its Kelmsby and Harwick mills": the later towns follow the first's vote)."""
    before, after = lows[c.i - 1], lows[_towns_listed(toks, lows, c.j)]
    if before in POSSESSIVE_MARKS and after in cues.sites:
        return True  # "Brightsky Air's Gatwick base", "Orla Dairies' Cork plant"
    if before == "'s":
        return after in DIVISIONS  # not "the studio's Kestrel island", a game's map
    if before == "the":
        return after in cues.place_nouns and not after.endswith("s")
    return before in OWN_PRONOUNS and after in cues.sites


def _towns_listed(toks: list[Tok], lows: list[str], j: int) -> int:
    """The end of ", Town" and "and Town" one-word names listed from j ("Kelmsby, Harwick and
    Dunley mills" from after Kelmsby: at "mills"); j when none follows."""
    n = len(lows)
    while j + 2 < n and lows[j] in (",", "and") and toks[j + 1].text[:1].isupper():
        if not toks[j + 1].text.isalpha() or toks[j + 2].text[:1].isupper():
            break
        j += 2
    return j


def _weight(lows: list[str], i: int, cues) -> float:
    prev = lows[i - 1]
    for k in range(max(0, i - 3), i):  # "near", "north of", "40 km from"
        hit = cues.near.match(lows, k) if lows[k] in cues.near else None
        if hit and k + hit[0] == i:
            return W_NEAR
    if prev == "of" and i >= 2 and lows[i - 2] in cues.place_nouns:
        return W_NEAR  # "the port of Kelmstad"
    if prev in SITE_PREPS and i >= 2 and _site_before(lows, i - 2, cues.sites):
        return W_IN  # "operates refineries at Kessingham", "depots around Ostervik"
    if _place_examples(lows, i, cues):
        return W_NEAR  # "towns such as Ysterby, Pelton and Quenby"
    if prev != "in" or i < 2:
        return 0.0
    before = lows[i - 2]
    if _dated(lows, i - 2):
        return W_IN  # "founded in 1902 in Alba": a year, then a place
    if before in cues.in_objects or before[:1] in AMOUNT_STARTS or before.endswith("%"):
        return 0.0  # "a 20% stake in X", "invested $5 million in X"
    if i >= 3 and lows[i - 3] in cues.in_objects and before in ("a", "an", "the", "its"):
        return 0.0
    return W_IN


EXAMPLE_OPENERS: Final = (["such", "as"], ["including"], ["like"])


SITE_PREPS: Final = frozenset({"at", "around", "off"})


def _site_before(lows: list[str], h: int, sites: AbstractSet[str]) -> bool:
    """A site noun ends at token h, or right before its comma ("two kilns, at Orvik and
    Tarne"; "a salmon farm off Vessa")."""
    return lows[h] in sites or (h >= 1 and lows[h] == "," and lows[h - 1] in sites)


def _place_examples(lows: list[str], i: int, cues) -> bool:
    """ "towns such as [X]", "ports including [X]", "villages like [X]": a plural place noun
    and a phrase that opens its examples right before token i."""
    for opener in EXAMPLE_OPENERS:
        k = i - len(opener)
        if k >= 1 and lows[k:i] == opener:
            noun = lows[k - 1]
            return noun in cues.place_nouns and noun.endswith("s")
    return False


def _dated(lows: list[str], y: int) -> bool:
    """ "in 1902" ending at y: a year after "in" or "since", no amount."""
    w = lows[y]
    year = len(w) == 4 and w.isdigit() and w[0] in "12"
    return year and y >= 1 and lows[y - 1] in ("in", "since")
