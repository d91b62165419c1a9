"""A currency's letter sign and its number are an amount, no name: "fined R40 million",
"a SR12m contract", "revenue of N18.6 billion", "a Rs 90-crore loan", "KSh 3 billion",
"$A21.4 million".

The sign (`currency_letters` in `lexicon.yaml`: R, N, Rs, SR, RM, KSh, ...) stands glued to
the number or before it. A glued single letter is read only before a scale word ("million",
"bn", "crore", `frame_cost_scale`) or with its own scale ("R5m"), so model codes stay names
("the Chaski E3", "its K9 drone"); a sign of two or more letters before a spaced number is
always one ("Rs 412 a share"). A letter code glued after a dollar sign ("$A21"; "NZ$" is
`loaders.name_fragments`) is an amount's currency whatever follows.

Such an amount is read as the rules read "$40": a glued sign and its number (with their
decimals, "N18" "." "6") become one token whose matching form is "$40", "$18.6"; a spaced sign
("Rs", "Rs.") one token whose matching form is "$" ("£" "70m" is read so). Its text and
offsets stay the article's. The chunker blocks these tokens (`loaders.mentions.analyze`): no
name opens there, and a name before them ends there ("paid Tarvo Hotels RM9 million" names
"Tarvo Hotels").

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
from loaders.tokens import Tok

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon

SCALE: Final = "(m|mn|bn|tn|k)"  # a scale glued to a number: "12m", "5bn", "40k"
# a sign glued to a number and maybe its own scale: "R40", "SR12m", "Sh2", "RM9"
GLUED: Final = re.compile(r"^([A-Z][A-Za-z]{0,3})([0-9][0-9,]*)" + SCALE + "?$")
NUMBER: Final = re.compile(r"^[0-9][0-9,]*$")
DECIMALS: Final = re.compile(r"^[0-9]+" + SCALE + "?$")  # "6", "5bn" after "N18" "."
SIGN: Final = "$"  # the matching form of a letter sign: the rules' commonest currency sign


def letter_amounts(toks: list[Tok], lex: Lexicon) -> tuple[list[Tok], list[int]]:
    """The sentence's tokens with each amount of a letter sign read as one (see the module
    doc), and the positions of those amount tokens, which no name may take."""
    found: dict[int, int] = {}  # the start of each amount: its number of tokens
    for k, t in enumerate(toks):
        if 65 <= ord(t.text[0]) <= 90:  # an ASCII capital opens every sign
            size = _size(k, toks, lex)
            if size:
                found[k] = size
    if not found:
        return toks, []
    out: list[Tok] = []
    blocked: list[int] = []
    k = 0
    while k < len(toks):
        size = found.get(k, 0)
        if not size:
            out.append(toks[k])
            k += 1
            continue
        blocked.append(len(out))
        dollar = k > 0 and toks[k - 1].text.endswith("$")  # "$" "A21.4": the sign stands
        out.append(_merged(toks[k : k + size], "" if dollar else SIGN))
        k += size
    return out, blocked


def _merged(part: list[Tok], sign: str) -> Tok:
    """One token of a sign and its number ("N18" "." "6": "N18.6", matched as "$18.6"; as
    "21.4" after a "$" of its own), or of a spaced sign ("Rs" "."), matched as "$"."""
    text = "".join(t.text for t in part)
    glued = GLUED.match(part[0].text)
    if part[-1].text == "." or not glued:
        return Tok(text, SIGN, part[0].start, part[-1].end)
    number = glued.group(2) + "".join(t.low for t in part[1:]) + (glued.group(3) or "")
    return Tok(text, sign + number, part[0].start, part[-1].end)


def _size(i: int, toks: list[Tok], lex: Lexicon) -> int:
    """The number of tokens of a letter sign at i and what joins it: its glued number and
    decimals ("R40": 1, "N18" "." "6": 3) or the dot of a spaced sign ("Rs" "."): 2; "Rs"
    alone: 1; 0 when no sign opens there."""
    text = toks[i].text
    glued = GLUED.match(text)
    if glued and i > 0 and toks[i - 1].text.endswith("$") and toks[i - 1].end == toks[i].start:
        return _decimals(i + 1, toks)  # "$A21.4 million"
    signs = data_words(lex, "currency_letters")
    if glued:
        if glued.group(1).lower() not in signs:
            return 0
        size = _decimals(i + 1, toks)
        return size if glued.group(3) or _scaled(i + size, toks, lex) else 0
    if len(text) < 2 or text.lower() not in signs:
        return 0
    k = i + 1
    dot = k < len(toks) and toks[k].text == "." and toks[k].start == toks[i].end
    k += dot  # "Rs. 40 crore"
    return 1 + dot if k < len(toks) and NUMBER.match(toks[k].text) else 0


def _decimals(k: int, toks: list[Tok]) -> int:
    """1, or 3 when a glued number's decimals follow at k ("N18" "." "6")."""
    if k + 1 < len(toks) and toks[k].text == "." and toks[k].start == toks[k - 1].end:
        return 3 if DECIMALS.match(toks[k + 1].text) else 1
    return 1


def _scaled(k: int, toks: list[Tok], lex: Lexicon) -> bool:
    """A scale word follows at k, maybe after a hyphen ("R40 million", "R90-million"), or the
    decimals carry one ("Sh2.5bn")."""
    last = toks[k - 1].text
    if last[-1:] in "mnk" and last[:1].isdigit():
        return True  # "Sh2" "." "5bn"
    if k < len(toks) and toks[k].text == "-":
        k += 1
    return k < len(toks) and toks[k].low in data_words(lex, "frame_cost_scale")
