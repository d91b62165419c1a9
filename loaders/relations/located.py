"""Place family: where an organization sits, said from the place's side.

- `where-based`: "the plant is in Glasgow, where Ostrel Energy is based", "Lyon, where Cassick
  has its headquarters": the organization in the "where" clause is LOCATED_IN the place.
- `home`: "a claims centre in Dunmere, Cassick Assurance's home", "Glasgow, home to Ostrel
  Energy", "Varnholm, the home of Ostrel Mutual".
- `from`: "Corvex Marine, a tug maker from Leeds": an appositive company noun "from" a place.
- `fronted`: "Based in Leeds, Halden Bank has 40 branches".
- `headquarters`, `of`: "The headquarters of X are in C", "X, whose plant is in C", "Halden
  Bank, of Leeds, cut rates".

"X is based in C", "X's yard in C", "X-based" and "a Lisbon start-up" are read elsewhere (noun
triggers in `loaders/data/triggers.yaml`, the appositive family). The words are data:
`place_clauses` in `loaders/data/lexicon.yaml`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.non_names import data_words
from loaders.place_words import runs_site, trade_noun
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.rival_words import rival_words
from loaders.relations.words import (
    FUND_HEADS,
    INDEFINITE_ARTICLES,
    OWN_PRONOUNS,
    POSSESSIVE_MARKS,
    PUNCT_STOP,
    SITE_TYPES,
    SKIP_DETS,
    M,
)


def apply(s: Sentence) -> None:
    lows = s.lows
    for k in range(len(lows) - 2):
        if lows[k] != M or "Location" not in s.etypes(k):
            continue
        if lows[k + 1] == ",":
            where_based(s, k) or home(s, k)
        elif lows[k + 1] in s.lex.place_cues.place_nouns and lows[k + 2] == ",":
            where_based(s, k, k + 2)  # "the Exeter area, where X runs a ward"
        elif lows[k + 1] in ("is", "was", "remains") and (k == 0 or lows[k - 1] != "of"):
            home(s, k, k + 2)  # "Lyon is home to Kalto Foods and Brisa Dairy"


PLACED: frozenset[str] = frozenset({"based", "headquartered", "located"})
SITES: Final[frozenset[str]] = frozenset(
    {"headquarters", "plant", "factory", "base", "offices", "office", "yard", "seat", "plants"}
    | {"factories", "mill", "mills", "site", "sites", "works"}
    | {"warehouse", "warehouses", "depot", "depots"}  # "a grocer whose warehouses are in"
)


def fronted(s: Sentence) -> None:
    """ "Based in Leeds, Halden Bank has 40 branches": a fronted participle of place, and the
    main clause's subject after its comma."""
    lows = s.lows
    n = len(lows)
    b = _fronted_placed(lows)
    if not (b >= 0 and n > b + 5 and lows[b + 1] == "in"):
        return
    at = place_after(s, b + 2)  # "Based in Leeds", "Based in the coastal town of Tromsdal"
    if at < 0:
        return
    c = at + 1
    while c < n and c <= at + 4 and lows[c] != ",":
        c += 1  # "Based in Leeds, England,"
    if c == at + 1 and c + 2 < n and lows[c + 1] == M and lows[c + 2] == ",":
        if "Location" in s.etypes(c + 1):
            c += 2  # "Based in Leeds, England, X ...": the town
    p = c + 1
    while p < n and p - c <= 3 and lows[p] != M and lows[p].isalpha():
        p += 1  # "the lender"
    if p + 1 < n and lows[p + 1] in POSSESSIVE_MARKS:
        return  # "Based in Leeds, the firm's main rival ...": the rival is based there
    if p < n and lows[p] == M and "Location" not in s.etypes(p) and not s.is_det(p):
        s.emit(s.ment(p), ("LOCATED_IN",), s.ment(at), "located/fronted", 0.75)


FRONTED_WORDS = 6  # "Founded in 1950 by two brothers and based in Lyon, X ..."


def _fronted_placed(lows: list[str]) -> int:
    """Where "based" (`PLACED`) stands in a fronted participle clause: first ("Based in Leeds,
    X"), or after "and" in one opened by another participle without a name ("Founded in 1950
    and based in Lyon, X"); else -1."""
    if not lows:
        return -1
    if lows[0] in PLACED:
        return 0
    if not lows[0].endswith("ed"):
        return -1
    for b in range(2, min(len(lows) - 1, FRONTED_WORDS + 2)):
        if lows[b] in PLACED and lows[b - 1] == "and":
            return b
        if lows[b] == M or lows[b] == "," or lows[b] in PUNCT_STOP:
            return -1
    return -1


def headquarters_of(s: Sentence) -> None:
    """ "The headquarters of X are in C", "X, whose headquarters are in C", "X, of C,"."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        se = _site_end(lows, k)
        if se > 0 and se + 1 < n and lows[se] == "of" and lows[se + 1] == M and k >= 1:
            if lows[k - 1] != "the" or "Location" in s.etypes(se + 1):
                continue
            org, p = se + 1, se + 2  # "The headquarters of X are in C"
        elif se > 0 and k >= 3 and lows[k - 1] == "whose" and whose_owner(s, k - 1) >= 0:
            org, p = whose_owner(s, k - 1), se  # "X, whose plant is in C", "X, a lender whose"
        elif se > 0 and k >= 2 and lows[k - 1] == "'s" and lows[k - 2] == M:
            org, p = k - 2, se  # "X's head office is in C"
        elif se > 0 and k >= 1 and lows[k - 1] == M and s.is_det(k - 1):
            org, p = k - 1, se  # "its headquarters are in C"
        elif lows[k] == "," and lows[k + 1] == "of" and lows[k + 2] == M and k >= 1:
            # "Halden Bank, of Leeds, cut rates"
            if lows[k - 1] == M and "Location" in s.etypes(k + 2):
                if "Location" not in s.etypes(k - 1) and (k + 3 >= n or lows[k + 3] == ","):
                    s.emit(s.ment(k - 1), ("LOCATED_IN",), s.ment(k + 2), "located/of", 0.7)
            continue
        else:
            continue
        if not (p + 2 < n and lows[p] in ("is", "are", "was", "were") and lows[p + 1] == "in"):
            continue
        if lows[p + 2] == M and "Location" in s.etypes(p + 2) and not s.blocked(org, p + 2):
            places = coord(s, p + 2, +1) if lows[k].endswith("s") else [p + 2]
            for place in places:  # "whose factories are in Lyon and Dijon"
                if "Location" in s.etypes(place):
                    s.emit(
                        s.ment(org), ("LOCATED_IN",), s.ment(place), "located/headquarters", 0.75
                    )


LINKS: Final = frozenset({",", M, "is", "was"})
APPOSITIVE_WORDS = 5  # "X, a family-owned regional lender whose"


def whose_owner(s: Sentence, w: int) -> int:
    """The name "whose" at w hangs on: "X, whose", or the name an appositive describes ("X, a
    lender whose", "X, the regional bank whose"); else -1."""
    lows = s.lows
    if w >= 2 and lows[w - 1] == "," and lows[w - 2] == M:
        return w - 2
    a = w - 1
    while a >= 0 and w - a <= APPOSITIVE_WORDS and lows[a] not in SKIP_DETS:
        if not lows[a].replace("-", "").isalpha():
            return -1
        a -= 1
    if a >= 2 and a < w - 1 and lows[a - 1] == "," and lows[a - 2] == M:
        return a - 2
    return -1


# words before a site noun that keep it the organization's seat: "whose main office is in C"
SITE_ADJECTIVES: Final = frozenset(
    {"head", "main", "registered", "corporate", "global", "principal"}
)


def _site_end(lows: list[str], k: int) -> int:
    """The end of a site noun at k ("plant", "head office", "main office"), else 0."""
    if lows[k] in SITES:
        return k + 1
    if lows[k] in SITE_ADJECTIVES and k + 1 < len(lows) and lows[k + 1] in SITES:
        return k + 2
    return 0


def from_place(s: Sentence) -> None:
    """ "Corvex Marine, a tug maker from Leeds", "X is a lender in Leeds", "X, a testing studio
    in Varna", "X, a maker of frozen pies in Tromsdal", "X, a bakery in the northern town of
    Tromsdal": an appositive or predicate company noun (and its "of" object), "from" or "in" a
    place."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 1):
        if lows[k] not in ("from", "in", "near"):
            continue
        place = place_after(s, k + 1)
        if place < 0 or (lows[k] == "near" and water_named(s, place)):
            continue  # "a camp near Lake Arlo in Vermont": by the lake, not in it
        h = _of_object_head(s, k)
        head = lows[h]
        agent = head not in s.lex.located_heads and trade_noun(head)
        site = h == k - 1 and _apposed_site(s, head)
        if head not in s.lex.located_heads and not agent and not _firm_noun(s, h) and not site:
            continue
        if agent and h < k - 1:
            continue  # "a seller of bread in C": where it sells
        a = h - 1
        while a >= 0 and h - a <= 5 and lows[a] not in LINKS and _modifier(lows[a]):
            a -= 1  # "a second-division club from Leeds", "a 120-year-old brewer in"
        det = a + 1 + (lows[a] == "," and lows[a + 1] in THEN_WORDS)  # "X, then a bakery"
        if not (a >= 1 and lows[det] in SKIP_DETS):
            continue
        if lows[a] not in (",", "is", "was") or (lows[a] != "," and lows[det] == "the"):
            continue  # not "X is the biggest lender in Leeds"
        if lows[a - 1] != M or "Location" in s.etypes(a - 1):
            continue
        if (agent or h < k - 1) and s.etypes(a - 1) != {"Organization"}:
            continue  # "a fish processor in Porto" places only a company
        if site and not _site_apposed(s, a - 1, h):
            continue  # "Ann Lind, a nurse at a hospital in Graz", "a supplier to bakeries in"
        for p in (place, *later_places(s, place)):  # "a two-shop bakery in C and D"
            s.emit(s.ment(a - 1), ("LOCATED_IN",), s.ment(p), "located/from", 0.7)


# a time word between an appositive's comma and its article: "Tandle, then a bakery in C"
THEN_WORDS: Final[frozenset[str]] = frozenset({"then", "now", "once", "formerly", "still"})


# marks after a listed name that make it a possessor or a compound's first word, not a place
LIST_END_MARKS: Final[frozenset[str]] = frozenset({"'s", "'", "’s", "’", "-"})


def later_places(s: Sentence, place: int) -> list[int]:
    """The places listed after the place at `place` ("in Orvik, Tarne and Vell": Tarne and
    Vell), joined by commas and a last "and"; none when a name of another type comes between,
    no "and" closes the list ("in Orvik, Tarnland": a town and its region) or a listed name is
    a possessor ("in Leeds and Bristol's oldest rival")."""
    lows = s.lows
    n = len(lows)
    out: list[int] = []
    q = place + 1
    while q + 1 < n and lows[q] in (",", "and") and lows[q + 1] == M:
        if s.etypes(q + 1) != {"Location"}:
            return []
        if q + 2 < n and lows[q + 2] in LIST_END_MARKS:
            return []  # "a brewer in Leeds and Bristol's oldest rival": a new noun phrase
        out.append(q + 1)
        if lows[q] == "and":
            return out
        q += 2
    return []


# participles of a company's legal seat: "Dunmarra, a Halvik subsidiary registered in Kellsmoor"
REGISTERED: Final[frozenset[str]] = frozenset({"registered", "incorporated", "domiciled"})
REGISTERED_WORDS = 6  # "a wholly owned Halvik holding subsidiary registered in"


def registered_in(s: Sentence) -> None:
    """ "through Dunmarra, a Halvik subsidiary registered in Kellsmoor", "Ostby Marine, a unit
    incorporated in Varnholm": an appositive company noun whose legal seat is the place; the
    appositive's name, not the owner inside it, is placed ("a drug registered in C" is not)."""
    lows = s.lows
    for k in range(4, len(lows) - 2):
        if lows[k] not in REGISTERED or lows[k + 1] != "in":
            continue
        place = place_after(s, k + 2)
        head = lows[k - 1]
        if place < 0 or not (_firm_noun(s, k - 1) or head in FUND_HEADS):
            continue  # "a drug registered in C", "shares registered in C"
        a = k - 2
        while a >= 0 and k - a <= REGISTERED_WORDS and lows[a] not in ("a", "an", ","):
            if not (lows[a] == M or _modifier(lows[a])):
                break
            a -= 1  # "a Halvik subsidiary", "a wholly owned vehicle"
        if not (
            a >= 2 and lows[a] in INDEFINITE_ARTICLES and lows[a - 1] == "," and lows[a - 2] == M
        ):
            continue
        if s.etypes(a - 2) == {"Organization"} and not s.blocked(a - 2, place):
            s.emit(s.ment(a - 2), ("LOCATED_IN",), s.ment(place), "located/registered", 0.7)


APPOSED_SITES: frozenset[str] = word_set(place_data()["apposed_sites"])


def _apposed_site(s: Sentence, head: str) -> bool:
    """A site noun an appositive gives a named organization or project ("a grain silo", "a
    private hospital", "a creamery"): `apposed_sites` of places.yaml or the lexicon's sites."""
    return head in APPOSED_SITES or head in s.lex.place_cues.sites


def _site_apposed(s: Sentence, b: int, h: int) -> bool:
    """The site noun at h describes the organization or project named at b ("Ardent Terminal, a
    grain silo"): only modifiers between them, no preposition ("a supplier to bakeries")."""
    kinds = s.etypes(b)
    if not kinds & SITE_TYPES or kinds & {"Person", "Location"}:
        return False
    return not any(w in NOT_OF_OBJECTS for w in s.lows[b + 3 : h])


def _modifier(w: str) -> bool:
    """A premodifier of an appositive's noun: "second-division", "testing", the tokens of
    "120-year-old" ("120", "-", "year-old")."""
    return w == "-" or w.replace("-", "").isalnum()


def _firm_noun(s: Sentence, h: int) -> bool:
    """A company noun of the head lexicon beyond the place lists ("studio", "lab")."""
    return s.lex.heads.lookup((s.lows[h],)) == "Organization"


def place_after(s: Sentence, p: int) -> int:
    """The place named at p ("in Varna") or after a place noun of it ("in the northern town of
    Tromsdal", "in the port city of Skerra"), else -1."""
    lows = s.lows
    n = len(lows)
    if p + 1 < n and lows[p] == "the" and lows[p + 1] == M and "Location" in s.etypes(p + 1):
        return p + 1  # "in the North Sea", "in the Algarve"
    if p < n and lows[p] == "the":
        q = p + 1
        while q < n and q - p <= 4 and lows[q] != "of":
            if not lows[q].isalpha() or lows[q] == M:
                return -1
            q += 1  # "the northern town", "the Bulgarian city", "the port city"
        if q >= n or lows[q] != "of":
            return -1
        if lows[q - 1] not in s.lex.place_cues.place_nouns and lows[q - 1] not in PLACE_PARTS:
            return -1
        p = q + 1
    if p < n and lows[p] == M and "Location" in s.etypes(p):
        return p
    return -1


# parts of a town after "in the ... of": "in the heart of Tromsdal", "on the outskirts of"
PLACE_PARTS: frozenset[str] = frozenset({"heart", "centre", "center", "outskirts", "edge"})
OF_OBJECT_WORDS = 3  # "a maker of frozen fish pies in"


def _of_object_head(s: Sentence, k: int) -> int:
    """The noun an "of" object hangs on, before "in" at k ("a maker of frozen pies in C",
    "an operator of ferries in C"); else the word right before k."""
    lows = s.lows
    if not _of_word(lows[k - 1]):
        return k - 1  # "a unit of Brell Group in C": a name's place, not the unit's
    for q in range(k - 2, max(0, k - OF_OBJECT_WORDS - 2), -1):
        w = lows[q]
        if w == "of":
            return q - 1 if q >= 1 and lows[q - 1].isalpha() else k - 1
        if not _of_word(w):
            break
    return k - 1


def _of_word(w: str) -> bool:
    """A noun or adjective of an "of" object: not a name, a clause word or a participle ("a
    maker of ovens used in C")."""
    return w.isalpha() and w not in NOT_OF_OBJECTS and not w.endswith("ed")


# words that end an "of" object's nouns: a verb or a clause word ("customers of its shops")
NOT_OF_OBJECTS: frozenset[str] = frozenset(
    {"a", "an", "the", "its", "their", "who", "which", "that", "is", "are", "was", "were"}
    | {"to", "for", "with", "by", "at", "and", "or", "of", "from", "on", "sells", "sold"}
)


def where_based(s: Sentence, k: int, comma: int = -1) -> bool:
    """PLACE, where X [and Y] (is based | has its headquarters | runs a plant | ...); the comma
    at k + 1 or after a place noun ("the Exeter area, where")."""
    lows = s.lows
    n = len(lows)
    comma = k + 1 if comma < 0 else comma
    if not (comma + 2 < n and lows[comma + 1] == "where" and lows[comma + 2] == M):
        return False
    members = coord(s, comma + 2, +1)
    p = members[-1] + 1
    words = lows[p : p + 6]
    verbs = s.lex.place_clauses
    ok = any(w in verbs and verbs.match(lows, p + i) for i, w in enumerate(words))
    ok = ok or runs_site(lows, p, s.lex.place_cues.sites | SITES)
    if not ok or any(w in PUNCT_STOP for w in words[:2]) or s.blocked(k, p + 4):
        return False
    s.emit(s.merged(members), ("LOCATED_IN",), s.ment(k), "located/where-based", 0.75)
    return True


def home(s: Sentence, k: int, p: int = -1) -> bool:
    """PLACE, X's home / PLACE, home to X / PLACE, the home of X / PLACE is home to X (the
    words from `p`, after the comma by default)."""
    lows = s.lows
    n = len(lows)
    p = k + 2 if p < 0 else p
    if p + 2 < n and lows[p] == M and lows[p + 1] == "'s" and lows[p + 2] in ("home", "base"):
        org = p  # "Dunmere, Cassick Assurance's home"
    else:
        if p < n and lows[p] == "the":
            p += 1
        if not (p + 2 < n and lows[p] == "home" and lows[p + 1] in ("to", "of")):
            return False
        org = p + 2
        if lows[org] != M:
            return False
    if "Location" in s.etypes(org) or s.blocked(k, org):
        return False
    s.emit(s.merged(coord(s, org, +1)), ("LOCATED_IN",), s.ment(k), "located/home", 0.7)
    return True


def _site_nouns(lex: Lexicon) -> frozenset[str]:
    """First words of the LOCATED_IN noun triggers: "base", "headquarters", "shipyard"."""
    return frozenset(
        phrase[0]
        for phrase in lex.triggers.phrases()
        for trig in lex.triggers.lookup(phrase) or ()
        if trig.family == "noun" and "LOCATED_IN" in trig.types and len(phrase) > 1
    )


# declared with its type: the compiled build cannot infer a decorated function's type across
# the import cycle with `loaders.relations`
site_nouns: Callable[[Lexicon], frozenset[str]] = per_lexicon(_site_nouns)


# where an organization sits, not where it makes or sells: "its Leeds plant" may be one of
# many sites (measured: a plant or store modifier gave more wrong relations than right ones)
HOME_SITES: frozenset[str] = frozenset(
    {"headquarters", "hq", "head", "base", "home", "seat", "offices", "office"}
)


def site_of_place(s: Sentence) -> None:
    """ "Palomar Foundry's Leeds headquarters", "from its Munich head office": a place
    modifying the noun of an organization's seat, owned by the organization."""
    lows = s.lows
    n = len(lows)
    sites = HOME_SITES
    for k in range(1, n - 1):
        if lows[k] != M or "Location" not in s.etypes(k) or s.ment(k).short:
            continue
        h = k + 1
        if lows[h] not in sites and not (h + 1 < n and lows[h].isalpha() and lows[h + 1] in sites):
            continue  # "its Leeds plant", "its Leeds assembly plant"
        if k >= 2 and lows[k - 1] == "'s" and lows[k - 2] == M:
            owner = k - 2
        elif s.is_det(k - 1) and s.ment(k - 1).word in OWN_PRONOUNS:
            owner = k - 1
        elif lows[k - 1] == "the" and h + 2 < n and lows[h : h + 2] == [lows[h], "of"]:
            owner = h + 2  # "the London office of Brisa Capital"
            if lows[h] not in sites or lows[owner] != M or s.is_det(owner):
                continue
        else:
            continue
        if "Location" in s.etypes(owner):
            continue
        s.emit(s.ment(owner), ("LOCATED_IN",), s.ment(k), "located/site-of-place", 0.7)


BUILD_VERBS: frozenset[str] = frozenset(
    {"build", "builds", "building", "built", "construct", "constructs", "constructing"}
    | {"constructed", "develop", "develops", "developing", "developed"}
)
PROJECT_PLACE_PREPS = frozenset({"in", "near", "outside"})


def project_built_in(s: Sentence) -> None:
    """ "Brask Power plans to build the Harrow Dam project in Norway": the project built is
    where it is built, whether the building is done or only planned (a plan still has a
    site); a negation ("will not build ... in") still blocks it."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        if lows[k] not in BUILD_VERBS:
            continue
        p = k + 1
        while p < n and p - k <= 3 and lows[p] != M and lows[p].isalpha():
            p += 1  # "build a new", "build the"
        if not (p < n and lows[p] == M and "Project" in s.etypes(p)):
            continue
        q = p + 1
        while q < n and q - p <= 2 and lows[q] not in PROJECT_PLACE_PREPS and lows[q].isalpha():
            q += 1  # "the Harrow Dam project in", "the Tolley copper mine in"
        if not (q + 1 < n and lows[q] in PROJECT_PLACE_PREPS and lows[q + 1] == M):
            continue
        if "Location" not in s.etypes(q + 1) or s.negated(0, q):
            continue
        if q + 2 < n and lows[q + 2] == "or":
            continue  # "in Norway or in Sweden": no site chosen
        place = q + 1
        if q + 3 < n and lows[q + 2] == "'s" and lows[q + 3] == M:
            if "Location" in s.etypes(q + 3):
                place = q + 3  # "in Chile's Antofagasta region": the most specific place
        s.emit(s.ment(p), ("LOCATED_IN",), s.ment(place), "located/built-in", 0.7)


PROJECT_NOUN_WORDS = 3  # "the Tolley copper mine in", "the Harlow offshore wind farm off"
PLACE_ADJECTIVES: Final = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"}
    | {"northeastern", "northwestern", "southeastern", "southwestern", "the", "rural", "coastal"}
)
PROJECT_SITE_PREPS: frozenset[str] = frozenset({"in", "near", "off", "outside"})
# words that end a project's own nouns: a verb or a preposition of something else
NOT_PROJECT_NOUNS = frozenset(
    {"is", "are", "was", "were", "will", "would", "could", "may", "might", "can", "has", "have"}
    | {"had", "said", "says", "sold", "sells", "to", "and", "or", "of", "for", "with", "by", "at"}
)


def project_in_place(s: Sentence) -> None:
    """ "the Tolley mine, in northern Chile,", "X's Tolley copper project in Chile", "the
    Harlow wind farm off Norfolk": a named project, its own nouns, then where it is (the most
    specific place: "in Chile's Antofagasta region" is Antofagasta)."""
    lows = s.lows
    n = len(lows)
    for p in range(n - 2):
        if lows[p] != M or "Project" not in s.etypes(p) or "Location" in s.etypes(p):
            continue
        q = p + 1
        while q < n and q - p <= PROJECT_NOUN_WORDS and lows[q].isalpha():
            if lows[q] in PROJECT_SITE_PREPS or lows[q] in NOT_PROJECT_NOUNS:
                break
            if lows[q].endswith("ed"):
                break  # "Tolley was sold in Chile": a verb, not the project's noun
            q += 1  # "copper mine", "wind farm"
        if q < n and lows[q] == "," and q + 1 < n and lows[q + 1] in PROJECT_SITE_PREPS:
            q += 1  # "the Tolley mine, in northern Chile"
        if not (q + 1 < n and lows[q] in PROJECT_SITE_PREPS):
            continue
        at = q + 1
        while at < n and at - q <= 2 and lows[at] in PLACE_ADJECTIVES:
            at += 1
        if at >= n or lows[at] != M or "Location" not in s.etypes(at) or s.blocked(p, at):
            continue
        if s.negated(0, p) or (at + 1 < n and lows[at + 1] == "or"):
            continue  # "will not build the X project in Norway", "in Norway or in Sweden"
        if at + 2 < n and lows[at + 1] == "'s" and lows[at + 2] == M:
            if "Location" in s.etypes(at + 2):
                at += 2  # "in Chile's Antofagasta region"
        s.emit(s.ment(p), ("LOCATED_IN",), s.ment(at), "located/project-in-place", 0.7)


SCOPE_REACH = 4  # words between "the" and the ranked noun: "the three largest steel plants"


def ranking_scope(s: Sentence, k: int) -> bool:
    """The site noun at k is ranked with "the" and a superlative: "among the biggest plants in
    Canada", "one of the three largest refineries in India". The place is the ranking's scope,
    not where a company sits (unlike "its largest plant in Texas")."""
    lows = s.lows
    for q in range(k - 1, max(-1, k - SCOPE_REACH - 1), -1):
        w = lows[q]
        if w == "the":
            ranks = rival_words(s.lex).rank_words
            return any(_superlative(x, ranks) for x in lows[q + 1 : k])
        if not (w.isalpha() or "-" in w or w.isdigit()) or w == M:
            return False
    return False


def _superlative(w: str, ranks: frozenset[str]) -> bool:
    return (
        w in ranks
        or w.endswith(("-largest", "-biggest"))
        or (len(w) > 5 and w.endswith("est") and w.isalpha())
    )


PLACE_MARKS: frozenset[str] = frozenset({"("})


def place_marks(s: Sentence) -> None:
    """ "Fjordkraft Nett (Oslo)": a place in brackets just after an organization's name is where
    it is. (A place's possessive before the name, "Ireland's Department of Transport", is not:
    the gold does not read it as a location.)"""
    lows = s.lows
    n = len(lows)
    for k in range(n - 2):
        if lows[k] != M:
            continue
        if not (lows[k + 1] == "(" and k + 3 < n and lows[k + 2] == M and lows[k + 3] == ")"):
            continue
        place, firm = k + 2, k
        if "Location" not in s.etypes(place) or not _organization(s, firm):
            continue
        s.emit(s.ment(firm), ("LOCATED_IN",), s.ment(place), "located/place-mark", 0.7)


def _organization(s: Sentence, k: int) -> bool:
    kinds = s.etypes(k)
    return "Organization" in kinds and not kinds & {"Location", "Person"}


def water_named(s: Sentence, p: int) -> bool:
    """The place at p is a lake or river by its name ("Lake Arlo", "River Tarrow", "the
    Tarrow River"; `place_name_heads`): a site stands by it, not in it."""
    heads = data_words(s.lex, "place_name_heads")
    return any(x.split("-")[0] in heads or x.split("-")[-1] in heads for x in s.ment(p).ids)
