"""A currency's letter sign and its number are an amount, no name: "fined R40 million",
"a SR12m contract", "revenue of N18.6 billion", "a Rs 90-crore loan", "KSh 3 billion",
"$A21.4 million".

The sign (`currency_letters` in `lexicon.yaml`: R, N, Rs, SR, RM, KSh, ...) stands glued to
the number or before it. A glued single letter is read only before a scale word ("million",
"bn", "crore", `frame_cost_scale`) or with its own scale ("R5m"), so model codes stay names
("the Chaski E3", "its K9 drone", "the N95 mask"); a sign of two or more letters before a
spaced number is always one ("Rs 412 a share"). A letter code glued after a dollar sign
("$A21", "NZ$" is `loaders.name_fragments`) is an amount's currency whatever follows.

The sign and the number are blocked tokens of the name chunker (`loaders.mentions.analyze`):
no candidate opens there, and a name before them ends there ("paid Tarvo Hotels RM9
million" names "Tarvo Hotels").

>>> from tests.construction_check import types
>>> sorted(types("Varlo Mining paid R40 million for Kesh Ltd and won a SR12m order."))
['Kesh', 'Varlo Mining']
>>> types("Deska launched the Chaski E3 in 2021.")["Chaski E3"]
'Product'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.tokens import Tok

# a sign glued to a number and maybe its own scale: "R40", "SR12m", "Sh2", "RM9"
GLUED: Final = re.compile(r"^([A-Z][A-Za-z]{0,3})([0-9][0-9,]*)(m|mn|bn|tn|k)?$")
NUMBER: Final = re.compile(r"^[0-9][0-9,]*$")
DECIMALS: Final = re.compile(r"^[0-9]+(m|mn|bn|tn|k)?$")  # "6", "5bn" after "N18" "."


def letter_amounts(toks: list[Tok], lows: list[str], lex: Lexicon) -> list[int]:
    """The positions of the currency signs and numbers of the sentence's amounts written with a
    letter sign (see the module doc): no name may take them."""
    out: list[int] = []
    for k, t in enumerate(toks):
        o = ord(t.text[0])
        if 65 <= o <= 90:  # an ASCII capital opens every sign (compiled: read in place)
            out.extend(range(k, k + _amount_size(k, toks, lows, lex)))
    return out


def _amount_size(i: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> int:
    """The number of tokens of a letter sign and its number at i ("R40": 1, "Rs 90": 2, "Rs .
    90": 3), 0 when none opens there."""
    text = toks[i].text
    glued = GLUED.match(text)
    if glued and i > 0 and toks[i - 1].text.endswith("$") and toks[i - 1].end == toks[i].start:
        return 1  # "$A21.4 million"
    signs = data_words(lex, "currency_letters")
    if glued:
        if glued.group(1).lower() not in signs:
            return 0
        return 1 if glued.group(3) or _scale_after(i + 1, toks, lows, lex) else 0
    if len(text) < 2 or text.lower() not in signs:
        return 0
    k = i + 1
    if k < len(toks) and toks[k].text == "." and toks[k].start == toks[i].end:
        k += 1  # "Rs. 40 crore"
    return k + 1 - i if k < len(toks) and NUMBER.match(toks[k].text) else 0


def _scale_after(k: int, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A scale word follows at k, after the number's decimals or a hyphen ("R40 million",
    "N18.6 billion", "R90-million")."""
    n = len(toks)
    decimals = DECIMALS.match(toks[k + 1].text) if k + 1 < n and toks[k].text == "." else None
    if decimals:
        if decimals.group(1):
            return True  # "Sh2.5bn"
        k += 2  # the decimals: "N18" "." "6" "billion"
    if k < n and toks[k].text == "-":
        k += 1
    return k < n and lows[k] in data_words(lex, "frame_cost_scale")
