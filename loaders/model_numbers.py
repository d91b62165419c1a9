"""A coined name followed by a model number names a product: "the Orrin 44", "its own Ravel
30", "the Trevik X9". Read where no model word ("Model", "Series") types the number's name
(`loaders.mentions._numbered` grows the name to take the number).

Guards: no head noun of a project, a firm or a place follows ("the Nordlys H2 scheme"); the
word before the number is no common designation of a part, a place or a body
("Berth 4", "Hall 2", "Studio 9", "Channel 5": `numbered_plain` and the head lists), no
firm word, no given name, no year ("Orlo 2024") and no word in capitals ("COP 28"); a firm's
own cues (legal forms, trade verbs) still outweigh the vote over a few mentions.

>>> from tests.construction_check import types
>>> types("Kelmar launched the Orrin 44 in 1998.")["Orrin 44"]
'Product'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

W_MODEL_NUMBER: Final = 3.0  # as a descriptor noun: a firm's legal form or trade verb outweighs it
# a letter-and-digit model code after a coined word: "X9", "S3", "GT4"; a bare number of at
# most three digits
CODE_TAIL: Final = re.compile(r"^[A-Z]{1,2}[0-9]{1,3}[A-Z]?$|^[0-9]{1,3}[A-Z]?$")


def coined_word(word: str, low: str, lex: Lexicon) -> bool:
    """A capitalized word that may open a model's name: no designation, head, firm word,
    given name or ordinary word, and no word in capitals ("COP", "Hall", "Berth")."""
    if not word[:1].isupper() or word.isupper() or not word.replace("-", "").isalpha():
        return False
    if low in data_words(lex, "numbered_plain") or low in lex.numbered_none:
        return False
    if low in lex.numbered_products:  # "Model 3": `loaders.mentions._numbered` types it
        return False
    if low in lex.org_words or low in lex.legal_suffixes or low in lex.first_names:
        return False
    if low in lex.stopwords or low in lex.sentence_starters:
        return False
    return lex.heads.lookup((low,)) is None


def model_number_vote(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> None:
    """Vote Product for a name of two or more words ending in a model number after a coined
    word ("Trevik X9", "Dastra 12"), when no other cue typed it Project or Location."""
    if c.j - c.i < 2 or c.votes.get("Project") or c.votes.get("Location"):
        return
    tail = toks[c.j - 1].text
    if not CODE_TAIL.match(tail) or (tail.isdigit() and tail.startswith("0")):
        return
    if not all(coined_word(toks[k].text, lows[k], lex) for k in range(c.i, c.j - 1)):
        return
    if c.j < len(lows) and lows[c.j].rstrip(".") in lex.legal_suffixes:
        return  # "Tarn 90 Ltd": a firm's legal form
    if c.j < len(lows) and lex.heads.lookup((lows[c.j],)) not in (None, "Product"):
        return  # "the Nordlys H2 scheme", "the Tarvo 3 plant": the noun after it decides
    c.vote("Product", W_MODEL_NUMBER)
