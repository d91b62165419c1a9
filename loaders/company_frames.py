"""What is said only of a company, whatever noun describes the name elsewhere: "Pelmar was
founded in 1971 by", "is run by", "a bid for Pelmar", "advises Pelmar on", "Pelmar's network of
dealers". A one-word company a trade noun made a device ("blender") gets its company back from
its other mentions. The phrases are `frame_company_*` in loaders/data/names.yaml.

>>> from tests.construction_check import types
>>> types("Harnly, the Oslo processor, is run by Ulla Berg.")["Harnly"]
'Organization'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.type_frames import past_appositive

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

W_COMPANY_FRAME = 4.5  # outvotes one appositive noun ("Harnly, the Oslo processor, is run by")
W_LITIGANT = 2.0  # "X is suing", "advised X": below a given name or a person's pronoun


def company_frames(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Organization for a name a company-only phrase follows, precedes or possesses; not
    for a name a given name opens ("advises Maria Olsen on": persons are advised too)."""
    if c.votes.get("Person"):
        return
    k = c.j
    if k + 1 < len(lows) and lows[k] == "'s":
        if _phrase_at(lows, k + 1, _phrases(lex, "frame_company_possessions")):
            c.vote("Organization", W_COMPANY_FRAME)
            return
    if k < len(lows) and lows[k] == ",":
        k = past_appositive(lows, k + 1)
    if _phrase_at(lows, k, _phrases(lex, "frame_company_after")):
        c.vote("Organization", W_COMPANY_FRAME)
        return
    if _phrase_at(lows, k, _phrases(lex, "frame_company_litigant")):
        c.vote("Organization", W_LITIGANT)
        return
    if _phrase_before(lows, c.i, _phrases(lex, "frame_company_before")):
        c.vote("Organization", W_COMPANY_FRAME)
    elif _phrase_before(lows, c.i, _phrases(lex, "frame_company_advised")):
        on = c.j < len(lows) and lows[c.j] == "on"  # "advises Tarro on its debt"
        c.vote("Organization", W_COMPANY_FRAME if on else W_LITIGANT)


# a list's phrases, their first words and their last words: a word test before any joining
Phrases = tuple[frozenset[str], frozenset[str], frozenset[str]]
_PHRASES: Final = "company_frames.phrases"  # its key in `Lexicon.derived`


def _phrases(lex: Lexicon, key: str) -> Phrases:
    """The phrases of the names.yaml list `key` with their first and last words, once per
    lexicon (every candidate of every sentence is tested against five lists)."""
    lists: dict[str, Phrases] | None = lex.derived.get(_PHRASES)
    if lists is None:
        lists = lex.derived[_PHRASES] = {}
    got = lists.get(key)
    if got is None:
        phrases = data_words(lex, key)
        firsts = frozenset(p.split()[0] for p in phrases if p)
        lasts = frozenset(p.split()[-1] for p in phrases if p)
        got = lists[key] = (phrases, firsts, lasts)
    return got


def _phrase_before(lows: list[str], i: int, words: Phrases) -> bool:
    """A phrase of the list ends right before token i."""
    phrases, _, lasts = words
    if i < 1 or lows[i - 1] not in lasts:
        return False
    return any(i - m >= 0 and " ".join(lows[i - m : i]) in phrases for m in (1, 2, 3))


def _phrase_at(lows: list[str], k: int, words: Phrases) -> bool:
    """A phrase of the list starts at token k."""
    phrases, firsts, _ = words
    if k >= len(lows) or lows[k] not in firsts:
        return False
    return any(" ".join(lows[k : k + m]) in phrases for m in (1, 2, 3, 4) if k + m <= len(lows))
