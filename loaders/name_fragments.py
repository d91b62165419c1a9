"""Capitalized tokens that are a fragment of something else where they stand, not a party.

An all-caps word is typed Organization for its shape alone; in three places it names no party:

- a currency's prefix glued to an amount, or a currency's code before one: "a NZ$3 million
  grant", "HK$40m", "QAR 40 million";
- an exchange's prefix of "-listed", "-quoted", "-traded" (`listing_tails`): "TSX-listed X",
  "Nasdaq-listed X" (`listing_prefix`: that mention is dropped, whatever its shape);
- an acronym that describes the noun after it, a material or technology: "maker of EPDM and
  timber windows", "quartz windows and LIDAR housings", "supplies EPDM seals", "EPDM-coated
  fabrics" (not "BHP-owned": a hyphen word of a tie, `hyphen`). The commonest such acronyms
  (PVC, HVAC, MRI, VAT, ...) are stop words in `lexicon.yaml` and never become candidates.

Any other such mention (`Candidate.fragment`) gives no cue; a name that the article only ever writes
so has no entity (`Registry._keep`): "BHP said" elsewhere, a gazetteer entry or a longer name
("EPDM Systems") keeps it. Nouns of holders or staff, firm nouns and titles after the acronym
make it a party ("BHP shares", "the KKR fund", "ASML chief executive") and are left alone.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> text = "Orlo, a maker of EPDM and timber windows, got a NZ$3 million grant."
>>> a = analyze(text, 0, Lexicon.load())
>>> [(c.text, c.fragment) for c in a.cands]
[('Orlo', False), ('EPDM', True), ('NZ', True)]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.relations.words import AND_OR

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

ACRONYM: Final = re.compile(r"^[A-Z]{2,6}$")
# words before the acronym that make it a premodifier inside a noun phrase
MODIFIER_BEFORE: Final[frozenset[str]] = frozenset(
    {"of", "and", "or", ",", "the", "a", "an", "its", "their", "in", "for", "with"}
)

# nouns of a maker after the thing it makes: "the PVC maker Orlo", "LIDAR producers"
MAKER_NOUNS: Final[frozenset[str]] = frozenset(
    {"maker", "makers", "producer", "producers", "manufacturer", "manufacturers"}
)
# endings of nouns of people or firms ("engineers", "dealers", "investors", "chemists"), after
# which an acronym is whose they are
AGENT_ENDINGS: Final = ("ers", "ors", "ists", "ians")
PEOPLE_NOUNS: Final[frozenset[str]] = frozenset({"staff", "people", "employees", "clients"})


def listing_prefix(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """The name before "-listed", "-quoted", "-traded" (`listing_tails`) is an exchange's, no
    party where it stands ("TSX-listed Granitek", "Nasdaq-listed X"); a known place stays (it
    says where the firm is listed: "Oslo-listed")."""
    k = c.j
    if k + 1 >= len(toks) or toks[k].text != "-" or toks[k].start != toks[k - 1].end:
        return False
    if lows[k + 1] not in data_words(lex, "listing_tails"):
        return False
    if c.i > 0 and lows[c.i - 1] == "of":
        return False  # "a unit of AIM-quoted Marden": the role rules read past the prefix
    return c.known is None or c.known[1] != "Location"


def name_fragment(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """The one all-caps word of c is a currency's or an exchange's prefix or describes the
    noun after it (see the module doc)."""
    if c.known or c.j - c.i != 1 or ACRONYM.match(toks[c.i].text) is None:
        return False
    k = c.j
    if k >= len(toks):
        return False
    if toks[k].text.startswith("$") and toks[k].start == toks[c.i].end:
        return True  # "NZ$3 million"
    if len(toks[c.i].text) == 3 and _amount(k, toks, lows, lex):
        return True  # "QAR 40 million", "PKR 3bn": a currency's code
    if c.i == 0 or not (lows[c.i - 1] in MODIFIER_BEFORE or _lower(toks[c.i - 1])):
        return False  # an acronym opening a sentence or after a name is its subject or a party
    if toks[k].text == "-" and k + 1 < len(toks) and _lower(toks[k + 1]):
        tail = lows[k + 1]  # "PVC-coated fabrics"; not "BHP-owned mines" nor a listing's
        return tail not in lex.hyphen and tail not in data_words(lex, "listing_tails")
    return _modified_noun(k, toks, lows, lex)


SCALED: Final = re.compile(r"^[0-9][0-9.,]*(m|mn|bn|k)$")  # "40m", "3.5bn"


def _amount(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """An amount of money at k: "40 million", "3bn", "1,200 crore"."""
    w = lows[k]
    if SCALED.match(w):
        return True
    if not w[:1].isdigit() or k + 1 >= len(lows):
        return False
    return lows[k + 1] in lex.money_words


def _modified_noun(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A lower-case thing's noun at k, or after "and"/"or" and up to two lower-case words
    ("PVC and timber windows"): a plural or a listed head noun that no firm, role or holder
    noun is."""
    if k < len(lows) and lows[k] in AND_OR:
        q = k + 1
        while q < len(lows) and q - k <= 3 and _lower(toks[q]) and lows[q] not in lex.stopwords:
            q += 1
        return q > k + 1 and _noun(q - 1, toks, lows, lex)
    if k < len(lows) and lows[k] in MAKER_NOUNS and toks[k].text.islower():
        return True  # "the PVC maker Orlo": what the firm makes
    return _noun(k, toks, lows, lex)


def _lower(t: Tok) -> bool:
    return t.text.isalpha() and t.text.islower()


def _noun(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A lower-case noun of things at k (not a firm's, a person's, a holder's or a verb)."""
    if k >= len(lows) or not _lower(toks[k]):
        return False
    w = lows[k]
    if w in lex.stopwords or w in lex.holder_nouns or w in lex.stake_nouns:
        return False
    if lex.roles.lookup((w,)) is not None or lex.titles.lookup((w,)) is not None:
        return False
    head = lex.heads.lookup((w,))
    if head is not None:
        return head != "Organization" and head != "Person"
    plural = w.endswith("s") and not w.endswith(("ss", "us", "is"))
    if not plural or w.endswith(AGENT_ENDINGS) or w in PEOPLE_NOUNS:
        return False  # "ASML engineers", "KTM dealers", "BHP staff": the firm's people or trade
    return w not in lex.trigger_words and w[:-1] not in lex.trigger_words
