"""What a bare name does or has that only a company does or has, and a legal form written in
lower case after a name.

A founder and the company named after them share a word: "Lidia Tovalli founded Tovalli
Pneus ... Tovalli sells tyres in 30 countries". The bare "Tovalli" doing a company's things
(sells, launched, operates, its plants, shares of) is the company; saying, "Mr", "she" keep it
the person (`Candidate.firm_context`, read by `loaders.coref`). The phrases are
`firm_context_after` and `firm_context_possessions` in loaders/data/names.yaml.

"Halvern plc" written with a lower-case "plc" leaves the legal form out of the name; it still
types the name and marks it as written in a company's legal form (the parent of "Halvern
Ventures", not its short form).

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Today Tovalli also sells tyres.", 0, Lexicon.load())
>>> [(c.text, c.firm_context) for c in a.cands]
[('Tovalli', True)]
>>> a = analyze("Halvern plc owns Pellow Shipping.", 0, Lexicon.load())
>>> [(c.text, c.best(), sorted(c.descr)) for c in a.cands]
[('Halvern', 'Organization', ['plc']), ('Pellow Shipping', 'Organization', [])]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.type_frames import phrase_at

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

W_LOWER_LEGAL = 6.0  # as a legal form inside the name
# adverbs a company's verb may follow ("Tovalli also sells")
_ADVERBS: Final[frozenset[str]] = frozenset({"also", "now", "still", "then", "later", "recently"})


def lower_legal_vote(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> None:
    """ "Halvern plc": a lower-case legal form right after the name types it and is kept
    among its descriptors."""
    k = c.j
    if k < len(lows) and toks[k].text.islower() and lows[k] in data_words(lex, "lower_legal_forms"):
        c.vote("Organization", W_LOWER_LEGAL)
        c.descr.add(lows[k])


def firm_context(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """A one-word name a company's verb follows ("Tovalli sells", "Tovalli also launched") or
    a company's possession ("Tovalli's plants"), or after "shares of"."""
    if c.j - c.i != 1:
        return False
    k = c.j
    if k + 1 < len(lows) and lows[k] == "'s":
        return bool(phrase_at(lows, k + 1, data_words(lex, "firm_context_possessions")))
    while k < len(lows) and lows[k] in _ADVERBS:
        k += 1
    if phrase_at(lows, k, data_words(lex, "firm_context_after")):
        return True
    return c.i >= 2 and " ".join(lows[c.i - 2 : c.i]) in ("shares of", "shares in")
