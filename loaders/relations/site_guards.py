"""LOCATED_IN noun triggers that name no site of the subject.

- Plural sites need an owner: "runs depots in A, B and C", "its refineries at A and B" and
  "Halvern's mills in A" are the owner's; bare, "margins at refineries in Asia fell" and
  "competes with state-owned refineries in China" name others' sites.
- A base of people or money is no site: "a customer base in Scandinavia".
- A site the subject serves is another's: "won a contract to supply the refinery in C".
- A site denied is none: "Brindo denied that it has a plant in C".
- A first store is a market entered: "opened its first store in Seoul".
- A counterpart's works are its own: a contract maker's ("uses contract foundries in C") or
  a buyer's ("sends its pulp to paper mills in C"; `counterpart_works`).

The words are data: `owned_plural_sites`, `site_owning_verbs`, `not_site_bases` and
`site_serving_verbs` in `loaders/data/places.yaml`; denials are the lexicon's.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import read_data, word_set
from loaders.place_words import SITE_OWNING_VERBS
from loaders.relations.counterpart_works import buyer_site, contracted_site
from loaders.relations.made_at_sites import making_verb
from loaders.relations.model import Sentence
from loaders.relations.nav import first_name
from loaders.relations.site_modifiers import MODIFIER_WORDS, site_preposition
from loaders.relations.site_payments import paid_site
from loaders.relations.words import OWN_PRONOUNS, POSSESSIVE_MARKS, PREPOSITIONS, SKIP_DETS, M

_DATA = place_data()
OWNED_PLURAL_SITES: frozenset[str] = word_set(_DATA["owned_plural_sites"])
NOT_SITE_BASES: frozenset[str] = word_set(_DATA["not_site_bases"])
SITE_SERVING_VERBS: frozenset[str] = word_set(_DATA["site_serving_verbs"])
SITE_SERVING_NOUNS: frozenset[str] = word_set(_DATA["site_serving_nouns"])
PLANNED_SITES: Final[frozenset[str]] = word_set(_DATA["planned_sites"])
SITE_SEARCHES: frozenset[str] = word_set(_DATA["site_searches"])
EVENT_VENUES: frozenset[str] = word_set(_DATA["event_venues"])
SERVED_PREPS: frozenset[str] = frozenset({"of", "to", "for"})


def unowned_plural_site(s: Sentence, k: int) -> bool:
    """The plural site noun at k has no owner before it: no "its"/"their", no name's "'s" and
    no verb of running or owning past its modifiers."""
    lows = s.lows
    if lows[k] not in OWNED_PLURAL_SITES:
        return False
    a, reach = k - 1, MODIFIER_WORDS
    while a >= 0 and k - a <= reach:
        w = lows[a]
        if w in SITE_OWNING_VERBS or w in POSSESSIVE_MARKS:
            return False
        if w == M:
            return not (s.is_det(a) and s.ment(a).word in OWN_PRONOUNS)
        if w == "of" and a >= 1 and lows[a - 1] in SITE_GROUPS:
            a, reach = a - 2, reach + 3  # "has a chain of 40 stores in C"
            continue
        if w == "at" and making_verb(s, k) >= 0:
            return False  # "melts glass at plants in A and B": the maker's plants
        if w in PREPOSITIONS or w in ("through", "via") or not w.replace("-", "").isalnum():
            return True  # "sells its jeans through stores in C": others' stores
        a -= 1
    return True


# nouns whose "of" object counts the sites the verb before them owns: "a chain of 40 stores"
SITE_GROUPS: frozenset[str] = frozenset({"group", "chain", "network", "string", "total"})


def no_site(s: Sentence, k: int) -> bool:
    """The LOCATED_IN noun trigger at k names no site of its subject: others' plural sites, a
    base of people or money ("a customer base in Scandinavia"), a site served, denied or only
    planned ("its planned factory in Lewes")."""
    if s.lows[k] == "base" and k >= 1 and s.lows[k - 1] in NOT_SITE_BASES:
        return True
    if s.lows[k] in OUTLETS and "first" in s.lows[max(0, k - MODIFIER_WORDS) : k]:
        return True  # "opened its first store in Seoul": a market entered, no seat
    if agent_site(s, k):
        return True  # "uses a hub in Rotterdam run by Orvo": Orvo's hub
    if counterpart_site(s, k):
        return True  # "supplies gas to Tarsa for its plant in C": Tarsa's plant
    if disputed_site(s, k):
        return True  # "lost a court fight over a site in Lewes": the object of a dispute
    if s.lows[k] in EVENT_VENUES and _at_venue(s, k):
        return True  # "hosted a conference at a hotel in C": a venue, no seat
    if searched_site(s, k):
        return True  # "is looking at sites in A and B": none chosen yet
    if not PLANNED_SITES.isdisjoint(s.lows[max(0, k - MODIFIER_WORDS + 1) : k]):
        return True  # "its planned factory in Lewes", "a proposed mine in C": no site yet
    if sold_site(s, k):
        return True  # "must sell its sites in A and B": a remedy's sale, no seat kept
    if paid_site(s, k):
        return True  # "paid for a new lab in C", "lent $4m towards a plant at C": no seat
    if dealt_site(s, k):
        return True  # "signed a deal with a bakery in C": the other party's site
    if supplier_site(s, k) or buyer_site(s, k):
        return True  # "buys its beans from farms in C", "sends pulp to mills in C": theirs
    if contracted_site(s, k):
        return True  # "uses contract foundries in C": the contract maker's works
    return unowned_plural_site(s, k) or served_site(s, k) or spent_on(s, k) or s.blocked(k, k)


DEALT_NOUNS: Final[frozenset[str]] = word_set(place_data()["dealt_nouns"]) | word_set(
    read_data("partnering.yaml")["nouns"]
)
DEAL_REACH = 3  # "a supply deal worth $4m with"
SUPPLY_VERBS: Final[frozenset[str]] = word_set(place_data()["supply_verbs"])
SUPPLY_REACH = 6  # "buys most of its green beans from"


def supplier_site(s: Sentence, k: int) -> bool:
    """The site noun at k, past an article and modifiers, follows the "from" of a verb of
    buying in ("buys most of its beans from farms in C", "sources wool from mills near C"):
    the suppliers' sites; not "from its own farms"."""
    lows = s.lows
    a = site_preposition(lows, k, "from", lambda b: _bare_modifier(lows[b]) and lows[b] != "own")
    if a < 1:
        return False
    return not SUPPLY_VERBS.isdisjoint(lows[max(0, a - SUPPLY_REACH) : a])


def dealt_site(s: Sentence, k: int) -> bool:
    """The site noun at k, past an article and modifiers, follows the "with" of a deal or a
    partnership ("signed a deal with a bakery in C", "a tie-up with mills in C"): the other
    party's site, no seat of the signer."""
    lows = s.lows
    a = site_preposition(lows, k, "with", lambda b: _bare_modifier(lows[b]))
    if a < 1:
        return False
    return not DEALT_NOUNS.isdisjoint(lows[max(0, a - DEAL_REACH) : a])


def _bare_modifier(w: str) -> bool:
    """A modifier of a site noun that names no party: letters, digits, hyphens, no mention."""
    return w != M and w.replace("-", "").isalnum()


OUTLETS: frozenset[str] = frozenset({"store", "stores", "shop", "shops"})
DISPUTED_PREPS: frozenset[str] = frozenset({"over", "about", "concerning"})
TAKE_VERBS: frozenset[str] = frozenset({"take", "takes", "took", "taken", "taking", "handed"})


def disputed_site(s: Sentence, k: int) -> bool:
    """The site noun at k, with an article, is what a dispute is "over" ("sued over a plot in
    Lewes", "a row about the depot in C"); "over its plant in C" stays the owner's."""
    lows = s.lows
    p = k - 1
    while p >= 0 and k - p < MODIFIER_WORDS and lows[p].isalpha() and lows[p] not in SKIP_DETS:
        if lows[p] in OWNER_WORDS:
            return False
        p -= 1
    if p < 1 or lows[p] not in SKIP_DETS or lows[p - 1] not in DISPUTED_PREPS:
        return False
    return p < 2 or lows[p - 2] not in TAKE_VERBS  # "took over a plant in C": bought


# nouns of spending whose object site is no seat of the spender: "capital spending ... going
# to the factory near C", "its outlay on a unit in C"
SPENDING_NOUNS: frozenset[str] = frozenset(
    {"spending", "capex", "outlay", "outlays", "expenditure", "expenditures"}
)
SPENT_PREPS: frozenset[str] = frozenset({"on", "to", "toward", "towards", "into"})
SPENDING_REACH = 12  # "capital spending would be about 70m, most of that going to"


def spent_on(s: Sentence, k: int) -> bool:
    """The site noun at k is a joint venture's ("the joint venture factory near C": the
    venture's, not an owner's) or what spending goes to ("capital spending ... going to a plant
    in C", "an outlay on a unit in C"): the spender sits elsewhere."""
    lows = s.lows
    a = k - 1
    while a >= 0 and k - a <= MODIFIER_WORDS:
        w = lows[a]
        if w in ("joint", "jv"):
            return True
        if w in SPENT_PREPS:
            return not SPENDING_NOUNS.isdisjoint(lows[max(0, a - SPENDING_REACH) : a])
        if w == M or not w.replace("-", "").isalnum():
            return False
        a -= 1
    return False


def served_site(s: Sentence, k: int) -> bool:
    """The site noun at k is the object of a verb of serving ("to supply the refinery in C",
    "powers a smelter in C", "serves plants in C"), past an article and modifiers, or of a
    noun of serving ("a customer of mills in C"); not the subject's own ("its")."""
    lows = s.lows
    a = k - 1
    article = False  # "a power plant", "a supply depot": a noun, not a verb, before the site
    while a >= 0 and k - a <= MODIFIER_WORDS:
        w = lows[a]
        if w in SITE_SERVING_VERBS and (article or _bare_plural_object(lows, a, k)):
            return True
        article = article or w in SKIP_DETS
        if w in SERVED_PREPS and a >= 1 and lows[a - 1] in SITE_SERVING_NOUNS:
            return True  # "a customer of mills in C", "a supplier to refineries in C"
        if w == "to" and article and _sold_to(s, a):
            return True  # "sells crude to a refinery outside C": the buyer's refinery
        if w == M or w in PREPOSITIONS or not w.replace("-", "").isalnum():
            return False  # "serves customers from a depot in C": the depot is the subject's
        a -= 1
    return False


SOLD_TO_REACH = 5  # "sells most of its crude to"


def _sold_to(s: Sentence, a: int) -> bool:
    """The "to" at a follows the object of a verb of selling ("sells crude to", "sold most of
    its gas to"): what comes after it is the buyer (not "supplies": measured, a supplier's own
    plant can follow)."""
    lows = s.lows
    for b in range(a - 1, max(-1, a - 1 - SOLD_TO_REACH), -1):
        if lows[b] in SALE_VERBS:
            return True
        if lows[b] == M:
            if not s.is_det(b):
                return False  # "sells crude to Tarsa": no sale past a name
        elif not lows[b].replace("-", "").isalnum():
            return False
    return False


def _bare_plural_object(lows: list[str], v: int, k: int) -> bool:
    """ "serves plants in C", "supplies two mills in C": an inflected verb of serving at v and
    a plural site at k with no article (not "power plants in C", a compound noun)."""
    return lows[k].endswith("s") and lows[v].endswith(("s", "ed", "ing"))


SITE_VERB_REACH = 7  # "runs a pit and a water treatment works near"
OWNER_WORDS: frozenset[str] = frozenset({"its", "their", "his", "her"})


def site_verb(s: Sentence, k: int) -> int:
    """The verb of running or owning (`site_owning_verbs`) whose object is the site noun at k,
    past an article or number and modifiers ("runs a pit and a treatment works near C", "has
    12 shops in C"), else -1: the site's holder is that verb's subject, not the nearest name
    ("X, which supplies councils such as Y, runs a mine in C": X)."""
    lows = s.lows
    for v in range(k - 1, max(-1, k - 1 - SITE_VERB_REACH), -1):
        w = lows[v]
        if w in SITE_OWNING_VERBS:
            nxt = lows[v + 1]
            opened = nxt in ("a", "an", "the", "two", "three") or nxt[:1].isdigit()
            owned = nxt == M and s.is_det(v + 1) and s.ment(v + 1).word in OWNER_WORDS
            return v if opened or owned or v + 1 == k else -1
        if w == M and not s.is_det(v):
            return -1
        if w != M and not w.replace("-", "").isalnum():
            return -1
    return -1


# verbs of parting with a site: "must sell its sites in A", "agreed to divest its plant in C"
SALE_VERBS: frozenset[str] = frozenset(
    {"sell", "sells", "selling", "sold", "divest", "divests", "divesting", "divested"}
    | {"offload", "offloads", "offloading", "offloaded"}
)


def sold_site(s: Sentence, k: int) -> bool:
    """The site noun at k is the object of a verb of selling ("must sell its sites in A",
    "divested the plant in C") or of a noun of parting ("the sale of its mill in C", "dispose
    of"), past an owner and modifiers: the seller is not (or soon not) there."""
    lows = s.lows
    a = k - 1
    while a >= 0 and k - a <= MODIFIER_WORDS:
        w = lows[a]
        if w in SALE_VERBS:
            return True
        if w == "of" and a >= 1:
            return lows[a - 1] in s.lex.stake_parted or lows[a - 1].startswith("dispos")
        if w == M and s.is_det(a):
            a -= 1
            continue
        if w == M or w in PREPOSITIONS or w in SITE_OWNING_VERBS or not w.isalnum():
            return False
        a -= 1
    return False


COUNTERPART_PREPS: frozenset[str] = frozenset({"to", "from", "with"})
COUNTERPART_REACH = 4  # "from Tarsa Foods to power its", "to Tarsa for its"


def counterpart_site(s: Sentence, k: int) -> bool:
    """ "its" site at k served for a counterpart named right before ("supplies gas to Tarsa
    for its plant in C", "won a contract from Tarsa to power its factory in C") or taken with
    an object ("bought Tarsa, along with its plant in C"): the counterpart's site, not the
    subject's."""
    lows = s.lows
    q = k - 1
    while q >= 0 and k - q < MODIFIER_WORDS and lows[q] != M and lows[q].isalpha():
        q -= 1
    if q < 1 or lows[q] != M or not s.is_det(q) or s.ment(q).word != "its":
        return False
    v = q - 1
    if _with_object(s, v):
        return True  # "bought Tarsa Foods, along with its plant in C": Tarsa's plant
    if lows[v] != "for" and lows[v] not in SITE_SERVING_VERBS:
        return False
    # "for its plant" after a recipient ("to Tarsa"), not after a source ("a loan from L")
    preps = COUNTERPART_PREPS if lows[v] != "for" else frozenset({"to"})
    for c in range(v - 1, max(0, v - 1 - COUNTERPART_REACH), -1):
        if lows[c] == M and not s.is_det(c):
            return lows[c - 1] in preps and "Organization" in s.etypes(c)
    return False


# participles that give a site to the agent after "by": "a hub in C run by X"
RUN_BY: frozenset[str] = frozenset({"run", "owned", "operated", "managed", "leased", "controlled"})
PLACE_REACH = 4  # "in Rotterdam and Antwerp ,"


def agent_site(s: Sentence, k: int) -> bool:
    """The site noun at k, its place, then "run by"/"owned by" an agent ("uses a hub in
    Rotterdam run by Orvo", "a warehouse in C, owned by X"): the agent's site, not the
    subject's."""
    lows = s.lows
    n = len(lows)
    p = k + 1
    while p < n and p - k <= PLACE_REACH and (lows[p] in PREPOSITIONS or lows[p] == M):
        if lows[p] == M and "Location" not in s.etypes(p):
            return False
        p += 1
    while p < n and p - k <= PLACE_REACH + 1 and lows[p] in (",", "and"):
        p += 1
    if not (p + 2 < n and p > k + 2 and lows[p] in RUN_BY and lows[p + 1] == "by"):
        return False
    a = p + 2 + (lows[p + 2] in SKIP_DETS)
    # an organization runs it ("run by Ann Vole" is a manager), and no verb of holding gives
    # it to the subject ("Kelda has a plant in C run by X")
    agent = a < n and lows[a] == M and not s.is_det(a) and "Organization" in s.etypes(a)
    return agent and site_verb(s, k) < 0


def searched_site(s: Sentence, k: int) -> bool:
    """The site noun at k is searched for ("looking at sites in A", "scouting for a plant in
    C", "has shortlisted two sites in C"), past an article, a number and modifiers."""
    lows = s.lows
    for a in range(k - 1, max(-1, k - 1 - MODIFIER_WORDS), -1):
        w = lows[a]
        if w in SITE_SEARCHES or (a >= 1 and f"{lows[a - 1]} {w}" in SITE_SEARCHES):
            return True
        if w == M or not w.replace("-", "").isalnum():
            return False
    return False


COMPANIONS: frozenset[tuple[str, ...]] = frozenset(
    {("along", "with"), ("together", "with"), ("including",), ("plus",)}
)


def _with_object(s: Sentence, v: int) -> bool:
    """A companion word ends at v ("along with", "including") right after an organization
    named as an object, past a comma ("bought Tarsa Foods, along with its plant")."""
    lows = s.lows
    for words in COMPANIONS:
        a = v - len(words) + 1
        if a < 2 or tuple(lows[a : v + 1]) != words:
            continue
        c = a - 1 - (lows[a - 1] == ",")
        if c >= 1 and lows[c] == M and not s.is_det(c) and "Organization" in s.etypes(c):
            return c != first_name(s.lows)  # not the subject: "X, along with its plant, was sold"
    return False


# "at a hotel in C", "through a port in C", "via the port in C"
VENUE_PREPS: frozenset[str] = frozenset({"at", "through", "via"})


def _at_venue(s: Sentence, k: int) -> bool:
    """ "at a hotel", "at the market hall": the venue noun at k after "at" and an article
    (no possessor: "at its hotel in C" is the owner's), and no verb of holding governs it."""
    lows = s.lows
    for a in range(k - 1, max(0, k - 1 - MODIFIER_WORDS), -1):
        if lows[a] in SKIP_DETS:
            return lows[a - 1] in VENUE_PREPS and site_verb(s, k) < 0
        if not lows[a].replace("-", "").isalpha():
            return False
    return False
