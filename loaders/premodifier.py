"""A capitalised word between an article and a company noun: "the Harnby unit of Dravo", "a
Fenby ironmonger founded by Ada Rusk", "the bigger Orrinshire co-operative", "a Dunmore
printer".

The word there is usually where the firm is, rarely the firm's own name ("the Kelso group").
Such a mention (`premodifier`) gives its company noun no vote for the word; an article that
names the word only so, never as a firm elsewhere nor inside a longer name ("Kelso Group"),
has no entity for it (`Registry._keep`: a dropped modifier costs nothing, a wrong
Organization takes relations), unless the gazetteer knows it as a place, which it then is.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Cobbet Foods bought a Fenby ironmonger in May.", 0, Lexicon.load())
>>> [(c.text, c.premodifier, dict(c.votes)) for c in a.cands]
[('Cobbet Foods', False, {'Organization': 3.0}), ('Fenby', True, {})]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.gazetteer import place_names
from loaders.grammar_words import SKIP_DETS

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

# what after "the NAME" shows the name is the whole noun phrase, not a modifier
NOT_NOUNS: Final = frozenset(
    "and or but of in on at to for with by from is was are were has have had will would said "
    "says that which who as than its their it be been not also".split()
)
# company nouns that follow a body's own name ("the Unite union", "the Kestrel fund", "the
# Tindra brand"), not the place of the firm
OWN_NAME_HEADS: Final = frozenset(
    "union party club team league association foundation trust charity fund brand label "
    "newspaper magazine channel network station title".split()
)
W_GAZETTEER = 4.0  # a gazetteer place in this slot: where the firm is


def premodifier(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """The one-word plain name of c stands between "a/an/the" (and up to two lower-case
    modifiers: "the bigger") and a lower-case company noun: a firm word (`heads` typed
    Organization), a trade noun no list types ("ironmonger", "miller"), or, after "a/an", a
    product noun ("a Dunmore printer": a maker or a place, never the product's own name)."""
    if c.known or c.j - c.i != 1 or not _plain(c.text) or c.j >= len(lows):
        return False
    det = _article_before(toks, lows, c.i, lex)
    if det is None:
        return False
    w = lows[c.j]
    if w in OWN_NAME_HEADS or (w.endswith("s") and not w.endswith(("ss", "us"))):
        return False  # and a plural names the things themselves: "the Nordlys newspapers"
    if not toks[c.j].text.replace("-", "").isalpha() or not toks[c.j].text.islower():
        return False
    if w in NOT_NOUNS or w in lex.stopwords and w not in lex.heads or w.endswith("ed"):
        return False
    if (
        _noun_goes_on(toks, lows, c.j + 1, lex)
        or "-" in w
        and w.replace("-", "") not in lex.located_heads
    ):
        return False  # "the Canvasly collaborative whiteboard", "the X fraud-detection software"
    hit = lex.heads.match(lows, c.j)
    firm = (hit is not None and hit[1] == "Organization") or w.replace("-", "") in lex.located_heads
    if det == "the":  # "the Varno airline", "the Harbeck chain": the firm's own name, except
        of_parent = w in lex.new_part_heads and lows[c.j + 1 : c.j + 2] == ["of"]
        return of_parent or (firm and _place_word(c.text))  # "the Harnby unit of Dravo"
    if w in lex.new_part_heads:
        return False  # "a Velmar subsidiary": Velmar is the parent
    if hit is None:  # a trade noun no list types: "a Fenby ironmonger"
        return w not in lex.roles and w not in lex.trigger_words and not w.endswith("ing")
    return firm or hit[1] == "Product"  # "a Dunmore printer": a maker or a place


def _noun_goes_on(toks: list[Tok], lows: list[str], k: int, lex: Lexicon) -> bool:
    """The word at k carries the noun phrase on: a lower-case head or an unknown noun, not a
    function word, a participle or a relative ("of", "founded", "that")."""
    if k >= len(lows) or not toks[k].text.isalpha() or not toks[k].text.islower():
        return False
    w = lows[k]
    if w in lex.heads:
        return True  # "the Tarn dam project"
    return w not in NOT_NOUNS and w not in lex.stopwords and not w.endswith(("ed", "ing"))


def place_vote(c: Candidate) -> None:
    """A premodifier the gazetteer knows as a place ("the Norfolk unit"), or a county's name
    ("the Orrinshire co-operative"), is that place."""
    if _place_word(c.text):
        c.vote("Location", W_GAZETTEER)


def _place_word(text: str) -> bool:
    """A gazetteer place or a county's name ("Orrinshire")."""
    return text.lower() in place_names() or text.endswith("shire")


def _plain(text: str) -> bool:
    """ "Harnby": a capital, then lower-case letters only (not "BMW", "McKay", "Wal-Mart")."""
    return len(text) > 2 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _article_before(toks: list[Tok], lows: list[str], i: int, lex: Lexicon) -> str | None:
    """The article before the name at i, past up to two lower-case modifiers that are no
    company nouns ("the bigger", "a small family"), else None."""
    p = i - 1
    while p >= 0 and i - 1 - p < 2 and lows[p] not in SKIP_DETS:
        if not toks[p].text.isalpha() or not toks[p].text.islower() or lows[p] in NOT_NOUNS:
            return None
        if lows[p] in lex.heads:
            return None
        p -= 1
    return lows[p] if p >= 0 and lows[p] in SKIP_DETS else None
