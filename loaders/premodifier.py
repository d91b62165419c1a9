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

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

ARTICLES: Final = frozenset({"a", "an", "the"})
# what after "the NAME" shows the name is the whole noun phrase, not a modifier
NOT_NOUNS: Final = frozenset(
    "and or but of in on at to for with by from is was are were has have had will would said "
    "says that which who as than its their it be been not also".split()
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
    if w.replace("-", "") in lex.located_heads:
        return True  # "the bigger Orrinshire co-operative", "the Tarlow brewer"
    if not toks[c.j].text.isalpha() or not toks[c.j].text.islower():
        return False  # "the Sightline fraud-detection software": a longer phrase
    if w in NOT_NOUNS or w in lex.stopwords and w not in lex.heads or w.endswith("ed"):
        return False
    if _noun_goes_on(toks, lows, c.j + 1, lex):
        return False  # "the Canvasly collaborative whiteboard", "the Llareta copper project"
    hit = lex.heads.match(lows, c.j)
    if hit is None:  # a trade noun no list types, after "a" only ("the Kettlecraft range")
        untyped = w not in lex.roles and w not in lex.trigger_words and not w.endswith("ing")
        return det != "the" and untyped
    return hit[1] == "Organization" or (hit[1] == "Product" and det != "the")


def _noun_goes_on(toks: list[Tok], lows: list[str], k: int, lex: Lexicon) -> bool:
    """The word at k carries the noun phrase on: a lower-case head or an unknown noun, not a
    function word, a participle or a relative ("of", "founded", "that")."""
    if k >= len(lows) or not toks[k].text.isalpha() or not toks[k].text.islower():
        return False
    w = lows[k]
    if w in NOT_NOUNS or w in lex.stopwords or w.endswith(("ed", "ing")):
        return False
    return lows[k] in lex.heads


def place_vote(c: Candidate) -> None:
    """A premodifier the gazetteer knows as a place ("the Norfolk unit"), or a county's name
    ("the Orrinshire co-operative"), is that place."""
    if c.text.lower() in place_names() or c.text.endswith("shire"):
        c.vote("Location", W_GAZETTEER)


def _plain(text: str) -> bool:
    """ "Harnby": a capital, then lower-case letters only (not "BMW", "McKay", "Wal-Mart")."""
    return len(text) > 2 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _article_before(toks: list[Tok], lows: list[str], i: int, lex: Lexicon) -> str | None:
    """The article before the name at i, past up to two lower-case modifiers that are no
    company nouns ("the bigger", "a small family"), else None."""
    p = i - 1
    while p >= 0 and i - 1 - p < 2 and lows[p] not in ARTICLES:
        if not toks[p].text.isalpha() or not toks[p].text.islower() or lows[p] in NOT_NOUNS:
            return None
        if lows[p] in lex.heads:
            return None
        p -= 1
    return lows[p] if p >= 0 and lows[p] in ARTICLES else None
