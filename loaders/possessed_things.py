"""A possessed name before the noun of a thing is a product, read broadly.

"its Marlo kettle" is typed by the lexicon's product nouns; the same construction with a noun no
list knows ("its Tesselo hinge", "whose Brindlewick oat bars", "its own Kavo 30 pump") used to leave
the name a company by default. Here, after "its"/"their"/"whose"/"our" and the name, one to three
lower-case words ending the noun phrase name the thing the possessor sells, unless a word of
them names a firm, a site, a place, a role, a relation or a counterparty ("its Tesselo unit",
"its Orvo plant", "its Kessby customers", "its Orva deal", "its Halm rival", "its Pello stake",
"whose Brenna orders"), or the phrase is a verb ("whose Wenna joined").

Words: the lexicon's descriptor heads (any type but Product) and site nouns, the
`not_goods`, `list_sites`, `held_sites` and `venue_heads` nouns of loaders/data/places.yaml,
the `not_owned_heads`, `not_owned_bought_heads` and `not_thing_nouns` (firms and units, deal
aftermaths, counterparties, titles, figures, land and resources, buildings, events) of
loaders/data/holdings.yaml, the `trade_roles` of partnering.yaml, the lexicon's `event_nouns`,
`founded_events`, `people_for` and `people_in`, and its person titles; a plural is looked up by
its singular too ("its Sarnvik subsidiaries", "its Tarvo tenants"); a `not_thing_first_nouns`
noun only right after the name ("its Sarnvik head", not "its Orra print head"). A present verb
right after the name, before its object, is the clause's verb ("its Tarvo owns six hotels").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, Final

from loaders.gazetteer import place_data
from loaders.grammar_words import DETS_AND_ONE
from loaders.lexicon import Lexicon, per_lexicon, read_data, word_set
from loaders.list_layouts import item_verbs
from loaders.non_names import data_words
from loaders.product_cues import product_word
from loaders.relations.words import AUXILIARIES, BE_FORMS, PREPOSITIONS, product_modifier

if TYPE_CHECKING:
    from loaders.tokens import Tok

THING_REACH: Final = 3  # lower-case words after the name: "its Tesselo folding oat bars"
# endings of a verb or an adverb after the name ("whose Wenna joined", "its Orvo trading"); "-ly"
# also shuts out "its Velo family of models", whose owner the possessive rule misread on a trial
VERB_ENDS: Final[tuple[str, ...]] = ("ed", "ly", "ing")
# words that end a name's phrase at once: "its Orra is", "its Orra and", "its Orra in"
NOT_NOUNS: Final[frozenset[str]] = (
    AUXILIARIES | BE_FORMS | PREPOSITIONS | {"and", "or", "but", "that", "which", "who"}
)
# past verbs of saying that end the noun phrase ("its Tesselo head said")
SAY_PASTS: Final[frozenset[str]] = frozenset({"said", "told", "added", "wrote", "warned"})
# words that close the noun phrase after the name
CLOSERS: Final[frozenset[str]] = NOT_NOUNS | DETS_AND_ONE | {"to", "as", "than", "if", "so"}


def _words(data: dict[str, Any], *keys: str) -> frozenset[str]:
    """The lower-cased words of the lists `keys` of a data file (lists of lists flattened)."""
    items = [item for key in keys for item in data.get(key) or []]
    return word_set([w for item in items for w in (item if isinstance(item, list) else [item])])


@per_lexicon
def _no_thing_words(lex: Lexicon) -> frozenset[str]:
    """Nouns after a possessed name that make it no product: relations, roles, sites."""
    holdings = _words(
        read_data("holdings.yaml"), "not_owned_heads", "not_owned_bought_heads", "not_thing_nouns"
    )
    places = _words(place_data(), "not_goods", "list_sites", "held_sites", "venue_heads")
    trades = _words(read_data("partnering.yaml"), "trade_roles")
    people = _words(lex.data, "event_nouns", "founded_events", "people_for", "people_in")
    titles = frozenset(t for t in lex.titles if " " not in t)
    return holdings | places | trades | people | titles | lex.place_cues.sites


@cache
def _first_words() -> frozenset[str]:
    """Nouns that stop only right after the name: "its Sarnvik head said", "its Skarva well"."""
    return _words(read_data("holdings.yaml"), "not_thing_first_nouns")


@per_lexicon
def _present_verbs(lex: Lexicon) -> frozenset[str]:
    """Present forms in -s of a firm's clause verbs: "owns", "posts", "employs"."""
    verbs = _words(read_data("holdings.yaml"), "clause_present_verbs")
    return verbs | _words(read_data("names.yaml"), "which_firm_verbs")


def firm_pair(lows: list[str], q: int, lex: Lexicon) -> bool:
    """The two words ending at q name no product: a listed pair or a descriptor head of another
    type ("its Geneva motor show", "its record label", "an investment vehicle", "its cruise
    line"), whatever the last word alone names ("label", "vehicle", "line")."""
    if q < 1:
        return False
    pair = (lows[q - 1], lows[q])
    return " ".join(pair) in _no_thing_words(lex) or lex.heads.lookup(pair) not in (None, "Product")


def _stop(lows: list[str], q: int, stops: frozenset[str], lex: Lexicon) -> bool:
    """The word at q (or its singular, or the two words ending at it) names no product."""
    w = lows[q]
    if firm_pair(lows, q, lex):
        return True  # "its Geneva motor show", "an investment vehicle"
    forms = [w]
    if w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
        forms += [w[:-1], w[:-2], w[:-3] + "y"]  # "affiliates", "businesses", "subsidiaries"
    return any(f in stops or lex.heads.lookup((f,)) not in (None, "Product") for f in forms)


def _present_verb(lows: list[str], q: int, lex: Lexicon) -> bool:
    """A present verb at q before an object: "its Tarvo owns six hotels", "posts a loss"."""
    if lows[q] not in _present_verbs(lex) or q + 1 >= len(lows):
        return False
    nxt = lows[q + 1]
    if not nxt.isalnum() or nxt in NOT_NOUNS or _past_verb(nxt, lex):
        return False  # "its Orra ships sailed", "its Orra mines in Peru": a plural noun
    return nxt not in _present_verbs(lex) and nxt not in item_verbs(lex)  # not "locks sell"


def possessed_thing(toks: list[Tok], lows: list[str], k: int, lex: Lexicon) -> bool:
    """The words from k (right after a possessed name) are the noun phrase of a thing: one to
    three lower-case words, closed by punctuation or a function word, none of them a firm's,
    site's, place's or relation's noun, the last no verb form ("its Tesselo hinge",
    "whose Brindlewick oat bars"; not "its Tesselo unit", "its Orvo plant", "its Orva deal")."""
    stops = _no_thing_words(lex)
    q = k
    while q < len(lows) and _lower_word(toks[q].text) and lows[q] not in CLOSERS:
        if _past_verb(lows[q], lex):
            if q == k and lows[q] in data_words(lex, "act_irregulars"):
                return False  # "its flagship Tesselo sold out": a verb, no noun
            if q > k:
                break  # "its Tesselo salt doubled", "its Tesselo bars sold": the clause's verb
        if q - k == THING_REACH:
            return False  # a longer run than a name's noun phrase: a clause
        if q == k and _present_verb(lows, q, lex):
            return False  # "its Tarvo owns six hotels": the clause's verb
        if lows[q] in SAY_PASTS and q > k:
            break  # "its Tesselo head said": the clause's verb
        if _stop(lows, q, stops, lex) or (q == k and lows[q] in _first_words()):
            return False
        q += 1
    if q == k or lows[q - 1].endswith(VERB_ENDS):
        return False
    return q - k > 1 or not lows[k].endswith(VERB_ENDS)


def _past_verb(w: str, lex: Lexicon) -> bool:
    """A past form: "doubled", "sold" (not "pre-wetted", a modifier)."""
    return (w.endswith("ed") and "-" not in w) or w in data_words(lex, "act_irregulars")


def _lower_word(text: str) -> bool:
    w = text.replace("-", "")
    return w.isalpha() and w.islower()


def no_thing_word(lows: list[str], q: int, lex: Lexicon) -> bool:
    """The word at q names no product: a firm's, site's, place's, role's or relation's noun
    ("unit", "plant", "customer", "stake"), or a descriptor head of another type."""
    return _stop(lows, q, _no_thing_words(lex), lex)


def site_or_event(lows: list[str], h: int, lex: Lexicon) -> bool:
    """A possessed descriptor's head at h names a site, an event, a firm or a role and no
    product ("its new headquarters", "its five-star hotel", "its two-day fair"; not "tyre",
    "jet", nor "its own flagship", which names both)."""
    w = lows[h]
    if lex.heads.lookup((w,)) is not None:
        return False  # a typed head ("its loyalty scheme", a project) is read as before
    return no_thing_word(lows, h, lex) and not product_word(w, lex) and not product_modifier(w)
