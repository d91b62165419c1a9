"""Loyalty schemes are products: "its loyalty scheme, Vantora Stars", "the Tern Miles
programme", "its programme, QuillPoints". The words are `loyalty_ends` (a name's last word, or
the end of a camel-case name) and `loyalty_words` (a word just before the name's phrase) in
loaders/data/names.yaml; a plain "programme" (a research or procurement programme) stays a
project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

# outweighs a "scheme"/"programme" descriptor or appositive (3-4)
W_LOYALTY: float = 6.0
# how far back "loyalty" may stand ("its loyalty scheme, NAME")
LOYALTY_REACH: Final[int] = 4
SCHEME_GAP: frozenset[str] = frozenset(
    {"scheme", "programme", "program", "card", "club", ",", "the", "called", "named"}
)


def loyalty_vote(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Product for a name that ends like a points scheme or follows "loyalty"."""
    last = c.text.split()[-1]
    ends = data_words(lex, "loyalty_ends")
    tail = last.lower()
    size = c.j - c.i
    if (size > 1 and tail in ends) or (
        size == 1 and len(last) > 6 and _camel_end(last, tail, ends)
    ):
        c.vote("Product", W_LOYALTY)
        return
    before = lows[max(0, c.i - LOYALTY_REACH) : c.i]
    words = data_words(lex, "loyalty_words")
    if words.isdisjoint(before):
        return  # (most names: no scan)
    k = next((n for n in range(len(before) - 1, -1, -1) if before[n] in words), None)
    # only a scheme noun or a comma between: not "the loyalty of Vantora's customers"
    if k is not None and all(w in SCHEME_GAP for w in before[k + 1 :]):
        c.vote("Product", W_LOYALTY)


def _camel_end(last: str, tail: str, ends: frozenset[str]) -> bool:
    """One word (`last`, lower-cased `tail`) ending in a capitalized scheme ending ("Coinvest",
    "ShopPoints")."""
    return any(tail.endswith(e) and last[-len(e) :][:1].isupper() for e in ends)
