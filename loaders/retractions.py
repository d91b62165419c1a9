"""Retractions: a short sentence that takes back the one before it ("In an earlier issue we
said Dalby Holdings holds shares in Vinto. It does not.", "That was wrong."). The relations
whose only evidence is the retracted sentence are withdrawn (`Extraction.withdraw`).

The sentences are the lexicon's `retractions`, matched whole: a sentence that goes on ("It does
not plan to sell") retracts nothing.

>>> from loaders.config import ExtractionConfig
>>> lex = ExtractionConfig().lexicon
>>> retracts(["it", "does", "n't", "."], lex), retracts(["it", "does", "not", "plan"], lex)
(True, False)
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon

LONGEST: Final = 8  # words of the longest retraction, with its closing mark


def retracts(lows: list[str], lex: Lexicon) -> bool:
    """The sentence (its lower-cased words) is one of the lexicon's retractions."""
    if len(lows) > LONGEST:
        return False
    body = tuple("not" if w == "n't" else w for w in lows if w not in (".", "!"))
    return body in lex.retractions
