"""Words of an amount of money, shared by the trigger readings and `nav.match_gap`.

>>> bool(MONEY_RE.match("$5bn")), bool(MONEY_RE.match("300m")), bool(MONEY_RE.match("300"))
(True, True, False)
"""

from __future__ import annotations

import re
from typing import Final

from loaders.lexicon import Lexicon

MONEY_RE: Final = re.compile(r"^[$£€¥₹]|^\d[\d.,]*(?:bn|mn|m|k|tn|bln|mln)$")


def is_money(lex: Lexicon, w: str) -> bool:
    """An amount or a money word: "$5bn", "€", "300m", "million", "funding"."""
    return w in lex.money_words or bool(MONEY_RE.match(w))
