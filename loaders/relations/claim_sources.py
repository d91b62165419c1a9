"""Claims a sentence attributes to a suit: "According to a lawsuit, Kelvin Capital owns Brisk
Pharma", "Ostrel Bank funded the scheme, according to the lawsuit". What a lawsuit, an
indictment or a claimant says is that side's claim, no stated fact: no relation
from the clause it is attributed to. "according to" a filing, court papers, a person or a report is
left as read (a firm's filing states its own holdings; court papers list creditors).

Words: loaders/data/traps.yaml `claim_sources` (`trap_words`: a `--lexicon` file extends them).
"""

from __future__ import annotations

from loaders.lexicon import Lexicon, PhraseIndex
from loaders.relations.trap_words import trap_words
from loaders.relations.words import PUNCT_STOP

SOURCE_REACH = 3  # words from "to" to the claim noun ("according to a class-action lawsuit")


def claim_source(lows: list[str], k: int, sources: PhraseIndex) -> bool:
    """ "according to" at k names a suit, a charge or a claimant as its source."""
    if k + 1 >= len(lows) or lows[k] != "according" or lows[k + 1] != "to":
        return False
    for b in range(k + 2, min(len(lows), k + 2 + SOURCE_REACH)):
        if lows[b] in sources and sources.match(lows, b):
            return True
        if lows[b] in PUNCT_STOP or lows[b] == ",":
            return False
    return False


def attributed_claim(lows: list[str], lex: Lexicon, lo: int, hi: int) -> bool:
    """The relation from lo to hi is in a clause attributed to a suit: "According to a lawsuit,"
    opening the sentence before lo, or ", according to the complaint" after hi in its
    sentence."""
    if "according" not in lows:
        return False  # (most sentences: one scan in C)
    for k in range(len(lows) - 1):
        if lows[k] != "according" or not claim_source(lows, k, trap_words(lex).claim_sources):
            continue
        if k < lo and "," in lows[k:lo] and not _stop_between(lows, k, lo):
            return True
        if k > hi and lows[k - 1] == "," and not _stop_between(lows, hi, k):
            return True
    return False


def _stop_between(lows: list[str], a: int, b: int) -> bool:
    return any(w in PUNCT_STOP and w != "," for w in lows[a:b])
