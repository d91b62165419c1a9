"""The per-process memo of sentence analyses, one per lexicon (`loaders.article`
reads each recurring sentence once); `clear_caches` forgets them for benchmarks of cold runs.
"""

from __future__ import annotations

from collections import OrderedDict

from loaders.lexicon import Lexicon
from loaders.mentions import Analysis

_MEMO_KEY = "sentence analyses"  # its entry in `Lexicon.derived`


_memo_generation = [0]  # bumped by `clear_caches`: older memos are dropped when next asked for


def analyses(lex: Lexicon) -> OrderedDict[tuple[str, bool], Analysis]:
    """The per-process cache of sentence analyses made with one lexicon (analyses are pure
    functions of the sentence text, read-only afterwards), kept on the lexicon (`derived`) so
    that it lives as long as the lexicon. An `OrderedDict`: dropping the oldest entry of a
    plain dict costs a scan over the slots of every entry dropped before."""
    got = lex.derived.get(_MEMO_KEY)
    if got is None or got[0] != _memo_generation[0]:
        got = lex.derived[_MEMO_KEY] = (_memo_generation[0], OrderedDict())
    memo: OrderedDict[tuple[str, bool], Analysis] = got[1]
    return memo


def clear_caches() -> None:
    """Forget cached sentence analyses (for benchmarks that time cold runs)."""
    _memo_generation[0] += 1
