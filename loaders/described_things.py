"""A name described as a thing a firm makes or sells, read broadly where the narrow product
cues of `loaders.type_cues` stay silent (a name no cue types is a company by default).

- an appositive owned by a firm, whatever its noun: "Brisko, its clog-warning filter that ...",
  "Quillo, the company's scheduling and billing software,";
- an appositive whose thing its maker launched, built or made: "Lorne, the budget brand it
  launched in 2023", "Pavane, a hard cider launched by the cooperative", "Vanta 7, a cordless
  drill with a brushless motor that Ostrel unveiled";
- a possessed name after a modifier, or after "our" or a described firm's "whose": "whose
  foldable Pebble pram", "its newer Fennick saucepan", "our Halo charger", "the Leeds company,
  whose Tamsin bed", "Beltra's Summit all-weather tent";
- a possessor, modifiers and a brand word or a thing's noun right before the name: "its
  resale marketplace CycleHop", "its frozen-pizza brand Hemlo";
- a thing's noun before "called": "a cultured butter called Velloa".

Guards: the noun is none of a firm's, site's, place's, person's, role's or relation's nouns (the
stop words of `loaders.possessed_things`), nor a shop's or a campaign's (`not_described_things`
in loaders/data/names.yaml); a brand word only with an owner or a launch; a name a company's
trade verb or passive follows ("Corrow sells", "Corrow was fined") keeps its firm cues.

>>> from tests.construction_check import types
>>> types("Orlen will double output of Brisko, its clog-warning filter.")["Brisko"]
'Product'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.grammar_words import DETS_AND_ONE
from loaders.non_names import data_words
from loaders.possessed_descriptors import tie_word
from loaders.possessed_things import CLOSERS, firm_pair, no_thing_word, possessed_thing

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate
    from loaders.tokens import Tok

W_OWNED: Final = 4.5  # an owned or launched appositive: outweighs "brand" as a firm's noun (4)
W_MODIFIED: Final = 2.5  # a possessed name and its noun: as the narrow possessive reading
W_CALLED: Final = 3.0  # "a butter called Velloa": as a descriptor noun
NP_REACH: Final = 5  # lower-case words of an appositive's noun phrase
MAKING_REACH: Final = 8  # words from the noun to the verb that made it ("with no fan that X made")
OWN_DETS: Final = frozenset({"its", "their"})
ARTICLES: Final = frozenset({"a", "an", "the"})
BRAND_NOUNS: Final = frozenset({"brand", "label", "marque", "range"})
# the subject of a clause on the thing: "that X launched", "it built", "we made"
MAKERS: Final = frozenset({"it", "we", "they"})
PHRASE_ENDS: Final = frozenset({",", ".", ";", ":", ")", "(", "?", "!"})
CALLING: Final = frozenset({"called", "named", "dubbed", "branded"})
RELATIVE: Final = frozenset({"that", "which"})
AND_OR: Final = frozenset({"and", "or"})


def described_thing_votes(
    a: Analysis, by_start: dict[int, Candidate], by_end: dict[int, Candidate], lex: Lexicon
) -> None:
    """Vote Product for each name no cue has voted a product that one of the module's readings
    describes as a thing."""
    toks, lows = a.toks, a.lows
    for c in a.cands:
        if c.known or c.firm_only or "Product" in c.votes or c.votes.get("Person"):
            continue
        if _appositive_thing(c, toks, lows, by_start, lex):
            c.vote("Product", W_OWNED)
        elif _possessed_name(c, toks, lows, by_end, lex):
            c.vote("Product", W_MODIFIED)
        elif _called_thing(c, toks, lows, lex):
            c.vote("Product", W_CALLED)
        elif _possessed_descriptor(c, toks, lows, by_end, lex):
            c.vote("Product", W_OWNED)


def _appositive_thing(
    c: Candidate, toks: list[Tok], lows: list[str], by_start: dict[int, Candidate], lex: Lexicon
) -> bool:
    """ "NAME, its clog-warning filter that", "NAME, the firm's billing and payroll software,",
    "NAME, the budget brand it launched": an owned or a made thing set off after the name."""
    k = c.j
    headed = k + 1 < len(lows) and _lower(toks[k].text) and lows[k + 1] == ","
    k += headed  # "the Kelvo membrane, a filter made by X": the made-after reading only
    if k + 2 >= len(lows) or lows[k] != ",":
        return False
    p = 0 if headed else _after_possessor(lows, k + 1, by_start, lex)
    owned = p > 0
    if not owned:
        if lows[k + 1] not in ARTICLES:
            return False
        p = k + 2
    if p < len(lows) and lows[p] == "own":
        p += 1
    end = _phrase_end(toks, lows, p, lex)
    if end <= p or not _thing_head(lows, p, end, lex):
        return False
    if owned and (lows[end] in PHRASE_ENDS or lows[end] in RELATIVE or lows[end] in MAKERS):
        return True
    return _made_after(lows, end, data_words(lex, "thing_making_verbs"))


def _after_possessor(lows: list[str], p: int, by_start: dict[int, Candidate], lex: Lexicon) -> int:
    """Where the noun phrase starts after a possessor at p ("its", "the company's", "Orlo's"),
    else 0."""
    n = len(lows)
    if lows[p] in OWN_DETS:
        return p + 1
    if p + 2 < n and lows[p] == "the" and lows[p + 2] == "'s":
        # "the company's", "the group's"; not "the county's tourism body"
        firm = lex.heads.lookup((lows[p + 1],)) == "Organization"
        return p + 3 if firm else 0
    owner = by_start.get(p)
    if owner is not None and owner.j < n and lows[owner.j] == "'s":
        return owner.j + 1
    return 0


def _phrase_end(toks: list[Tok], lows: list[str], p: int, lex: Lexicon) -> int:
    """The end of the lower-case words from p (modifiers and a noun, "and" between two of
    them: "appointment and records software"), at most NP_REACH of them."""
    q = p
    making = data_words(lex, "thing_making_verbs")
    while q < len(lows) and q - p < NP_REACH and _lower(toks[q].text):
        w = lows[q]
        if w in RELATIVE or w in MAKERS or w in making or (w in CLOSERS and w not in AND_OR):
            break  # "its closest rival in pumps": the noun ends before a preposition
        if w in AND_OR and not (q > p and q + 1 < len(lows) and _lower(toks[q + 1].text)):
            break
        if w not in AND_OR and not w.replace("-", "").isalpha():
            break
        q += 1
    return q


def _thing_head(lows: list[str], p: int, end: int, lex: Lexicon) -> bool:
    """The words p..end name a thing: their noun (the last) names no firm, site, person or
    relation, but may be a brand word ("the budget brand"); no verb among them."""
    last = end - 1
    if (
        lows[last] in CLOSERS
        or len(lows[last]) < 3
        or lows[last].endswith(("ly", "ing", "ed", "est"))
    ):
        return False  # "the company's largest": no noun
    if lows[last] in data_words(lex, "not_described_things") or lows[last] in lex.shop_nouns:
        return False
    if lows[last] not in BRAND_NOUNS and tie_word(lows[last], lex):
        return False  # "its largest holder", "its marketing head": a tie or a role
    followers = data_words(lex, "possessive_name_followers")
    if any(lows[q] in followers and lows[q] not in AND_OR for q in range(p, end)):
        return False  # "its Tarvo said": a verb, no noun
    if lows[last] in BRAND_NOUNS:
        return not firm_pair(lows, last, lex)  # "the budget label", not "its record label"
    return not no_thing_word(lows, last, lex)


def _made_after(lows: list[str], end: int, making: frozenset[str]) -> bool:
    """A making verb whose object is the thing ending at `end`: right after it ("a cider
    launched by"), or after a relative's or a pronoun's subject ("that Ostrel unveiled", "it
    built"), before any comma and within MAKING_REACH words (not "a firm that launched X")."""
    for m in range(end, min(len(lows), end + MAKING_REACH)):
        w = lows[m]
        if w in PHRASE_ENDS:
            return False
        if w not in making:
            continue
        if m == end:
            return m + 1 < len(lows) and lows[m + 1] in ("by", "in", "last", "this", "earlier")
        before = lows[m - 1]
        return before in MAKERS or (before not in RELATIVE and "that" in lows[end:m])
    return False


def _possessed_name(
    c: Candidate, toks: list[Tok], lows: list[str], by_end: dict[int, Candidate], lex: Lexicon
) -> bool:
    """ "whose foldable Pebble pram", "its newer Fennick saucepan", "our Halo charger", "Beltra's
    Summit all-weather tent", "the Leeds company, whose Tamsin bed": a possessed name before the
    noun of a thing (`possessed_thing`) that the narrow possessive reading leaves."""
    p = c.i - 1
    mods = 0
    while p >= 1 and mods < 2 and _lower(toks[p].text):
        if lows[p] in OWN_DETS or lows[p] in ("our", "whose") or no_thing_word(lows, p, lex):
            break
        if lows[p] in CLOSERS or lows[p] in DETS_AND_ONE:
            return False  # "its statement the Kartell said": no modifier of the name
        if lex.heads.lookup((lows[p],)) is not None:
            return False  # "its chief executive Dana Vell": a descriptor, no modifier
        p -= 1
        mods += 1
    if p < 0 or c.j >= len(lows) or lows[c.j] in data_words(lex, "possessive_name_followers"):
        return False
    poss = lows[p]
    if poss == "'s" and mods == 0:
        owner = by_end.get(p)
        if owner is None or (owner.known is not None and owner.known[1] == "Location"):
            return False
        if "-" not in lows[c.j]:
            return False  # the narrow reading decides "Beltra's Summit desk"
    elif poss == "whose" and mods == 0:
        firm = p >= 2 and lex.heads.lookup((lows[p - 2],)) == "Organization"
        if not (firm and lows[p - 1] == ","):
            return False  # "the Leeds company, whose"; the narrow reading decides "Orvo, whose"
    elif poss != "our" and not (mods and poss in OWN_DETS | {"whose"}):
        return False
    return possessed_thing(toks, lows, c.j, lex)


def _called_thing(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """ "a smoked cheese called Vesta", "a cultured butter called Velloa": an article, up to
    three lower-case modifiers and a thing's noun before "called"/"named" (not "a startup
    called X", "a village named X", "a bakery called X")."""
    k = c.i - 1
    if k < 2 or lows[k] not in CALLING or c.votes.get("Person") or c.votes.get("Location"):
        return False  # "a glassblower named Tamsin Vell"
    noun = k - 1
    p = noun
    while p > 0 and noun - p < 4 and _lower(toks[p].text) and lows[p] not in ARTICLES:
        p -= 1
    if lows[p] not in ARTICLES | OWN_DETS or p == noun:
        return False
    return _thing_head(lows, p + 1, noun + 1, lex) and not lows[noun].endswith("s")


def _possessed_descriptor(
    c: Candidate, toks: list[Tok], lows: list[str], by_end: dict[int, Candidate], lex: Lexicon
) -> bool:
    """ "its resale marketplace CycleHop", "its frozen-pizza brand Hemlo", "Norcast's quiz
    series Brain Harbour": a possessor, up to two modifiers and a brand word or a thing's noun
    no head list holds (`named_thing_nouns`) right before the name (not "its rival Orvo", "its
    investors include Orvo", "its plant near Orvo")."""
    noun = c.i - 1
    if noun < 1 or not _lower(toks[noun].text) or c.votes.get("Person"):
        return False
    p = noun - 1
    while p >= 0 and noun - p <= 3 and _lower(toks[p].text) and lows[p] not in OWN_DETS:
        if lows[p] in CLOSERS or lows[p] in DETS_AND_ONE:
            return False
        p -= 1
    if p < 0 or noun - p > 3:
        return False
    if lows[p] == "'s":
        owner = by_end.get(p)
        if owner is None or (owner.known is not None and owner.known[1] == "Location"):
            return False
    elif lows[p] not in OWN_DETS:
        return False
    nxt = toks[c.j].text if c.j < len(lows) else "."
    if _lower(nxt) and lows[c.j] not in CLOSERS:
        return False  # "Brolan's first Quell Ridge scheme": the name's own head follows
    if firm_pair(lows, noun, lex):
        return False  # "its cruise line Azurene", "its record label Moonjar": a firm
    return lows[noun] in BRAND_NOUNS or lows[noun] in data_words(lex, "named_thing_nouns")


def _lower(text: str) -> bool:
    """A lower-case word, maybe hyphenated ("all-weather", "low-fat")."""
    w = text.replace("-", "")
    return w.isalpha() and w.islower()
