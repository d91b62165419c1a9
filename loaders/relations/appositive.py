"""Appositive and modifier family: hyphenated participles and place descriptors.

"Trump-backed Stargate", "Texas-based Tesla", "X, a Pittsburgh-based developer", "Hanbit Cells
of Seoul", "Fennick Logistics, a Lisbon start-up", "Brooklyn startup Harbor Lantern".
"""

from __future__ import annotations

from typing import Final

from loaders.descriptor_towns import BREAKS
from loaders.gazetteer import city_names, country_names, state_names
from loaders.place_words import firm_head, trade_noun
from loaders.relations.model import Sentence
from loaders.relations.nav import (
    described_left,
    has_complement,
    prep_before,
    relative_opening,
    right,
)
from loaders.relations.words import (
    AND_OR,
    OWN_DETS,
    RELATIVE_PASTS,
    REPORTING,
    SKIP_DETS,
    M,
)

NAMED_DETS: Final[frozenset[str]] = SKIP_DETS | OWN_DETS  # "Corbridge bought the|its ..."
RELATIVE_REACH: Final = 7  # words from "who" to "at" ("who covers forestry stocks at")


def hyphens(s: Sentence) -> None:
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k in range(n - 2):
        if lows[k] != M or lows[k + 1] != "-" or lows[k + 2] not in lex.hyphen:
            continue
        spec = lex.hyphen[lows[k + 2]]
        a = s.ment(k)
        start = k
        if spec.target_first and k >= 2 and lows[k - 1] == "," and lows[k - 2] == M:
            if "Location" in s.etypes(k) and "Location" in s.etypes(k - 2):
                start = k - 2  # "the Madison, Wisconsin-based maker": the town
                a = s.ment(k - 2)
        b = right(s, _second_adjective_end(s, k + 3), 3)
        if b >= 0 and (b > k + 3 and prep_before(s, b) or has_complement(s, k + 3, b)):
            b = -1  # "Bergen-based maker of the Glider-7": the maker is described
        elif b > k + 3 and _clause_subject(s, b):
            b = -1  # "the Lecce-based processor the company fears": a relative's subject
        elif b > k + 3 and _relative_name(s, b) and described_left(s, start) >= 0:
            b = -1  # "Wavecrest, the Filey-based maker Corbridge bought": Corbridge's clause
        if b < 0:
            b = described_left(s, start)
        if b < 0 and spec.target_first:
            b = _modified_left(s, start)
        if b < 0:
            continue
        t = s.ment(b)
        if spec.target_first:
            s.emit(t, spec.types, a, "appositive/hyphen", 0.8)
            continue
        for rel in spec.types:
            # "-backed" by a person is an endorsement, by an organization money.
            if rel == "FUNDS" and any(s.type_of(i) == "Person" for i in a.ids):
                continue
            if s.emit(a, (rel,), t, "appositive/hyphen", 0.8):
                break


ADJECTIVE_REACH: Final = 2  # "a smaller", "the privately held"


def _modified_left(s: Sentence, start: int) -> int:
    """The name set off before a description whose place modifier follows one or two plain
    modifiers: "Brannock, a smaller Tarrow-based grower", "Brannock, the privately held
    Tarrow-based grower"; -1 if none."""
    lows = s.lows
    q = start - 1
    while q >= 0 and start - q <= ADJECTIVE_REACH and lows[q].isalpha():
        if lows[q] in SKIP_DETS:
            break
        if lows[q] in BREAKS:
            return -1  # "the former Tarrow-based", "a rival Tarrow-based": another's
        q -= 1
    if q == start - 1 or q < 2 or lows[q] not in SKIP_DETS:
        return -1
    return q - 2 if lows[q - 1] == "," and lows[q - 2] == M else -1


def _clause_subject(s: Sentence, b: int) -> bool:
    """The reference at b, past the described head noun, opens a clause of its own ("the
    Lecce-based processor the company fears most", "a Lyon-based maker it bought"): an
    unnamed reference ("the company", "it"), not the name the description is given to."""
    m = s.ments[b]
    return m is not None and m.kind in ("np", "pronoun", "pair")


def _relative_name(s: Sentence, b: int) -> bool:
    """The name at b, past the described head noun, is the subject of a reduced relative
    clause whose verb has no object of its own ("the popcorn maker Corbridge bought in
    March"), not the name the description is given to ("the maker Corbridge said")."""
    lows = s.lows
    m = s.ments[b]
    if m is None or m.kind != "name" or b + 1 >= len(lows):
        return False
    w = lows[b + 1]
    if w in REPORTING or not (w.endswith("ed") or w in RELATIVE_PASTS):
        return False
    return b + 2 >= len(lows) or lows[b + 2] != M and lows[b + 2] not in NAMED_DETS


def _second_adjective_end(s: Sentence, k: int) -> int:
    """Past a second hyphenated adjective set off by a comma ("the Ohio-based, family-owned
    Brinker Dairy", "the Lyon-based, state-run X"); else k."""
    lows = s.lows
    if k + 2 < len(lows) and lows[k] == "," and "-" in lows[k + 1]:
        first, _, last = lows[k + 1].rpartition("-")
        if first.isalpha() and last.isalpha():
            return k + 2  # one word ("family-owned"): a name would stand apart, "Vance - owned"
    return k


def places(s: Sentence) -> None:
    """ "Hanbit Cells of Seoul", "at Brisa Labs in Porto"; not a court's district ("the
    Southern District of New York") nor a speaker's employer ("an analyst at Moorland
    Securities in Carlisle")."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 2):
        if lows[k] != M or lows[k + 2] != M or "Location" not in s.etypes(k + 2):
            continue
        if lows[k + 1] == "of" or (lows[k + 1] == "in" and k > 0 and lows[k - 1] == "at"):
            if "Location" in s.etypes(k) or _venue(s, k):
                continue
            if lows[k + 1] == "in" and _role_at(s, k):
                continue  # "an analyst at Moorland Securities in Carlisle"
            if lows[k + 1] == "in" and _site_at(s, k):
                continue  # "runs plot 31 at Sosiya in Kathiawar": a site's place, no firm's
            s.emit(s.ment(k), ("LOCATED_IN",), s.ment(k + 2), "appositive/place-of", 0.6)


def _role_at(s: Sentence, k: int) -> bool:
    """A person's job right before "at" the name at k: "a strategist at", "head of
    research at", "a senior lawyer at", or a person's name ("said Ola Brenn at Dray
    Securities in Oslo"): the place is where the person works."""
    if k >= 2 and s.lows[k - 2] == M and "Person" in s.etypes(k - 2):
        return True
    if _person_relative(s, k):
        return True  # "said Sigrun Oddvik, who covers forestry stocks at X in Gavle"
    for q in range(k - 2, max(-1, k - 5), -1):
        w = s.lows[q]
        if s.person_head(w) or s.person_head(w.rstrip("s")):
            return True
        if not w.isalpha() or w in SKIP_DETS:
            return False
    return False


def _site_at(s: Sentence, k: int) -> bool:
    """A site or a numbered plot right before "at" the name at k: "plot 31 at", "a yard at",
    "its new plant at": the name is where the site is, not a firm."""
    if k < 2:
        return False
    w = s.lows[k - 2]
    return w[:1].isdigit() or s.lex.anaphora.lookup((w,)) == "Project"


def _person_relative(s: Sentence, k: int) -> bool:
    """ "P, who covers miners at" the name at k: a relative clause on a person, with no name
    between "who" and "at", says where the person works."""
    lows = s.lows
    q = relative_opening(lows, k - 2, RELATIVE_REACH)
    return (
        q >= 0 and lows[q] == "who" and M not in lows[q + 1 : k - 2] and "Person" in s.etypes(q - 2)
    )


def _venue(s: Sentence, k: int) -> bool:
    """A court or judicial district: where a case is heard, not where a company sits."""
    venues = s.lex.venue_words
    return any(part in venues for rid in s.ment(k).ids for part in rid.split("-"))


def place_heads(s: Sentence) -> None:
    """ "Fennick, a Lisbon start-up", "the Hamburg shipowner Hasso Lines"."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 1):
        if lows[k] != M or "Location" not in s.etypes(k) or s.ment(k).short:
            continue  # "a U.S. maker": a nationality, not where the company sits
        h = _place_head(s, k)
        firm = h < 0  # a trade beyond the company nouns: an organization must be described
        h = firm_head(lows, k) if firm else h
        if h < 0:
            continue
        b = described_left(s, k)
        if b < 0 and not _place_governed(s, k, h):
            b = named_after(s, h)
            if firm and not trade_noun(lows[h]) and b != h + 2:
                continue  # "the London fund X" (measured: costs precision), not "A London fund, X,"
        if b >= 0 and s.person_head(lows[h]) and _personish(s, b):
            continue  # "Marta Lind, the Chicago fund manager": a person's job
        if firm and b >= 0 and s.etypes(b) != {"Organization"}:
            continue  # "Ulla Berg, a Vienna investor"
        if b >= 0 and not _state_only(s, k):
            s.emit(s.ment(b), ("LOCATED_IN",), s.ment(k), "appositive/place-head", 0.7)


def _state_only(s: Sentence, k: int) -> bool:
    """The place at k is a state or a country and no city of the gazetteer: "Ohio insurer X",
    "X, a Texas lender", "X, a Norway fund" is a demonym-like label, which the gold leaves out
    like "a U.S. maker" (a city, "Porto tile house X", or a region, "a Brittany operator",
    places the firm)."""
    return state_only(s.ment(k).ids[0])


def state_only(name: str) -> bool:
    """The place name, or its id ("new-south-wales"), is a state or a country and no city of
    the gazetteer; a hyphen is read as written and as a space ("Guinea-Bissau", "new south
    wales")."""
    low = name.lower()
    forms = (low, low.replace("-", " "))
    states, countries, cities = state_names(), country_names(), city_names()
    return any(f in states or f in countries for f in forms) and all(f not in cities for f in forms)


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "across", "throughout", "around"})


def _place_governed(s: Sentence, k: int, h: int) -> bool:
    """A locative preposition before the place ("plants in Lyon engineering ..."): the place is
    a site, not the description of the name after; "from Bordeaux producer X" is not, nor an
    article's phrase whose company noun a name follows ("a stake in the Kassel holding company
    Pellam")."""
    m = k - 1
    while m >= 0 and s.lows[m] in SKIP_DETS:
        m -= 1
    if m < k - 1 and h + 1 < len(s.lows) and s.lows[h + 1] == M:
        return False
    return prep_before(s, k) and m >= 0 and s.lows[m] in LOCATIVE_PREPS


def named_after(s: Sentence, h: int) -> int:
    """The name the company noun at h introduces: "the Hamburg shipowner Hasso Lines", "A
    Toronto publisher, Garrow Press, sold ..." (the name set off by commas); -1 if none."""
    lows = s.lows
    n = len(lows)
    if h + 1 < n and lows[h + 1] == M:
        return h + 1
    if h + 3 < n and lows[h + 1] == "," and lows[h + 2] == M and lows[h + 3] in (",", "."):
        return h + 2
    return -1


def _personish(s: Sentence, b: int) -> bool:
    """The name at b may be a person's: typed so, a bare surname, or a given name first."""
    rid = s.ment(b).ids[0]
    parts = rid.split("-")
    return "Person" in s.etypes(b) or len(parts) == 1 or parts[0] in s.lex.first_names


def trade_heads(s: Sentence) -> None:
    """ "A Tulsa haulier, Brantor Haulage, filed suit", "the Porto roaster, Cafe Lumo,": an
    article, a place, a trade noun of the "-er"/"-or" kind beyond the company nouns, then the
    name set off by commas; a company only ("A Tulsa trucker, Ann Brantor": a person's
    trade)."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 4):
        if lows[k] != M or lows[k - 1] not in SKIP_DETS or not trade_noun(lows[k + 1]):
            continue
        if "Location" not in s.etypes(k) or s.ment(k).short or lows[k + 1] in s.lex.located_heads:
            continue
        b = named_after(s, k + 1)
        if b == k + 3 and s.etypes(b) == {"Organization"} and not _state_only(s, k):
            s.emit(s.ment(b), ("LOCATED_IN",), s.ment(k), "appositive/trade-head", 0.65)


def _place_head(s: Sentence, k: int) -> int:
    """The company noun a place at k modifies, within three words: "the Trondheim engineering
    group", "the Seville olive-oil exporter", "the Chicago fund manager" (a firm's job named
    by two words); -1 if none."""
    lows, heads, pairs = s.lows, s.lex.located_heads, s.lex.located_pairs
    n = len(lows)
    h = k + 1
    reach = 3
    while h < n and h - k <= reach and lows[h].replace("-", "").isalpha():
        if lows[h] in heads or " ".join(lows[h - 1 : h + 1]) in pairs:
            if h + 2 < n and lows[h + 1] in heads and lows[h + 2] == M:
                return h + 1  # "the Nelson shipyard group Skeldavik": the compound's noun
            return h
        if lows[h] in AND_OR and h > k + 1:  # "hiking and climbing label"
            reach = 5  # "the Varberg hiking and climbing label"
        h += 1
    return -1
