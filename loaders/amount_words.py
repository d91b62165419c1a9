"""Amounts inside a sentence's words: "the £70m scheme", "put £10m into it".

>>> amount_word(["the", "£", "70m", "scheme"], 2), amount_word(["the", "70", "staff"], 1)
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

# an amount inside a description: "the £70m scheme", "the $2 billion plant", "the €40 million"
_AMOUNT_RE = re.compile(r"^(?:[$£€]|(?:[$£€]|gbp|eur|usd|chf)?\d[\d.,]*(?:m|bn|k)?)$")


# the currency signs, an amount's first character ("£300m", "¥2bn") or a word of their own
# ("£", "70m"); the one definition (`loaders.relations.words` re-exports it)
CURRENCY_SIGNS: Final[frozenset[str]] = frozenset("£$€¥")

AMOUNT_FIRSTS: Final = "$£€geuc"  # the first characters of its matches, but for digits


# the preposition of an amount's receiver ("£10m towards it"), never the giver
MONEY_TO: Final = frozenset({"into", "toward", "towards", "for", "to"})


def money_receiver(lows: list[str], i: int) -> bool:
    """The pronoun at i receives an amount named just before it ("put £10m into it", "is
    borrowing a further £10m for it")."""
    return lows[i - 1] in MONEY_TO and any(amount_word(lows, p) for p in range(max(0, i - 5), i))


def amount_word(lows: list[str], p: int) -> bool:
    """An amount's token at p ("£", "70m", "$2"): a currency sign, or a number that one
    precedes or that carries its own sign or unit ("$2", "70m", "gbp70m")."""
    w = lows[p]
    # (most words open with no character an amount can: the match is not tried)
    if not (w[:1] in AMOUNT_FIRSTS or w[:1].isdigit()) or not _AMOUNT_RE.match(w):
        return False
    signed = w[:1] in "$£€" or w[:1].isalpha() or w[-1:] in ("m", "n", "k")
    return signed or (p > 0 and lows[p - 1] in CURRENCY_SIGNS)
