"""A labour body's name that lists trades: "Print, Film and Stage Alliance", "Northern Dairy
and Bottling Workers Union".

`loaders.long_names.and_body` joins "X and Y Authority" when the part before "and" names no
party of its own; a trade word that is also a firm's word ("Dairy", "Paper") stops it. A
union's name is different: the run closes on a labour body's word (`labour_body_ends`), and
either a members' plural stands before it ("Bottling Workers Union") or the trades are a
list of three or more ("Print, Film and Stage Alliance"). No piece may be a known name, a
given name or a firm with a legal suffix ("Orlo Steel Ltd and ... Union" are two parties), and
every word before the members' plural and the body's word is a trade's (`labour_trades`):
"Marlow Foods and Food Workers Union", "Brisk, Orlo and Pilots Union" are parties and a union.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> names = lambda text: [c.text for c in analyze(text, 0, Lexicon.load()).cands]
>>> names("The Print, Film and Stage Alliance criticised Harrowgate Events.")
['The Print, Film and Stage Alliance', 'Harrowgate Events']
>>> names("The Northern Dairy and Bottling Workers Union struck at Kesta Foods.")
['The Northern Dairy and Bottling Workers Union', 'Kesta Foods']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from loaders.lexicon import nationality, per_lexicon
from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon


def labour_body_end(
    i: int, j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon
) -> int:
    """End of the labour body's name going on at token j ("," or "and") after the run [i, j),
    else j."""
    start = i + 1 if lows[i] == "the" else i
    if not 1 <= j - start <= 2 or not _plain(lows[start:j], lex) or not _trades(lows[start:j], lex):
        return j
    pieces = 1
    k = j
    while k < len(lows) and lows[k] in (",", "and") and pieces <= 4:
        last = lows[k] == "and" or (lows[k] == "," and k + 1 < len(lows) and lows[k + 1] == "and")
        m = k + 2 if lows[k] == "," and last else k + 1
        e = m
        while name(e) and e - m < 4:
            e += 1
        if e == m or not _plain(lows[m:e], lex):
            return j
        if not _trades(lows[m : e - 1] if last else lows[m:e], lex):
            return j  # "Kessel Foods and ...", "Brisk, Orlo and ...": a party's name
        pieces += 1
        if last:
            return e if _labour_close(lows[m:e], pieces, lex) else j
        if e - m != 1 or j - start != 1:
            return j  # a list of trades is of single words: "Print, Film and Stage"
        k = e
    return j


def _labour_close(words: list[str], pieces: int, lex: Lexicon) -> bool:
    """The part after "and" closes a labour body's name: its last word is a labour body's,
    after a members' plural or a list of three or more trades."""
    if words[-1] not in data_words(lex, "labour_body_ends"):
        return False
    members = len(words) >= 2 and words[-2] in data_words(lex, "labour_members")
    return members or (pieces >= 3 and len(words) == 2)


@per_lexicon
def _trade_words(lex: Lexicon) -> frozenset[str]:
    """The words of a trade, its people or its scope (`labour_trades`, `labour_members`)."""
    return data_words(lex, "labour_trades") | data_words(lex, "labour_members")


def _trades(words: list[str], lex: Lexicon) -> bool:
    """Every word names a trade, its people or its scope (`labour_trades`, `labour_members`,
    a nationality: "Welsh Glass and Finishing Workers Union")."""
    trades = _trade_words(lex)
    return all(w in trades or nationality(w) or lex.demonym(w) for w in words)


def _plain(words: list[str], lex: Lexicon) -> bool:
    """Plain words of a trade: alphabetic, no given name, known name or legal suffix."""
    return all(
        w.isalpha()
        and w not in lex.first_names
        and w not in lex.legal_suffixes
        and lex.known_phrases.lookup((w,)) is None
        for w in words
    )
