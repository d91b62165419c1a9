"""Word tokens with character offsets, shared by sentence splitting, mentions and rules.

>>> [t.text for t in tokenize("Musk's U.S.-based firm didn't pay $1.5 billion.")]
['Musk', "'s", 'U.S.', '-', 'based', 'firm', 'did', "n't", 'pay', '$1.5', 'billion', '.']
"""

from __future__ import annotations

import re
from typing import Final, Protocol

TOKEN_RE: Final = re.compile(
    r"""
      [A-Z][a-z]+['’](?!(?:re|ve|ll)(?!\w))[a-z]{2,}(?![\w.\-‐])   # Ta'ulava: a name's
                                              # inner apostrophe (not "They're", "Musk's")
    | (?>[A-Z]?[a-z]+)(?![\w.\-‐])            # most words: a plain (capitalized) word
                                              # that no rule below reads otherwise
    | [A-Za-z](?:\.[A-Za-z])+\.?              # dotted abbreviations: U.S., e.g., J.P.
    | (?:Ph|Ed|Sc|Pharm)\.D\.?                # a doctorate's letters: Ph.D., Ed.D.
    | [A-Z]['’][A-Z][a-z]+                    # O'Brien, D'Souza
    | ['’](?:s|re|ve|ll|d|m|t)(?![\w])        # clitics: Musk|'s, they|'re, didn|'t
    | (?:USD|EUR|GBP|CHF|JPY|CNY|RMB|CAD|AUD|NZD|SEK|NOK|DKK|INR|HKD|SGD|ZAR|BRL|PLN)
      (?=\d[\d.,]*(?:bn|mn|m|k|tn|bln|mln)?(?![\w]))   # a currency code glued to its amount:
                                              # GBP|30m, EUR|12.5bn (never a name)
    | \$?\d+(?:[.,]\d+)*(?:%|[A-Za-z]+\b)?     # numbers and amounts: $1.5, 10B, 20%, 2024
    | [AIKP]/S(?![\w/])                         # Danish legal forms: Maersk A/S, K/S
    | \w+(?:\.(?:com|net|org|io|ai|co\.uk|co|eu|de|fr|nl|es|it|app|tv)\b
           |(?:[-‐]\w+)*)                     # Amazon.com, Velo.eu (one scan of the word
                                              # for both); words, hyphenated words
    | \S                                      # any other single character
    """,
    re.X,
)


class Tok:
    """One token: its text, a lower-cased form for matching, and absolute offsets."""

    __slots__ = ("text", "low", "start", "end")

    def __init__(self, text: str, low: str, start: int, end: int):
        self.text = text
        self.low = low
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start})"


class NamedSpan(Protocol):
    """What a rule reads of a named mention, whichever model made it: its tokens [i, j) and its
    entity ids."""

    i: int
    j: int
    ids: tuple[str, ...]


def tokenize(text: str, base: int = 0) -> list[Tok]:
    """Tokens of `text`; offsets are `base` plus the position in `text`."""
    low = text.lower().replace("’", "'")
    out = []
    b = 0
    # No token holds or starts at white space, and TOKEN_RE looks at no character before a
    # token nor past the white space after it: the tokens of a text are those of each of its
    # white-space separated chunks, which recur from sentence to sentence ("the", "said,").
    for chunk in text.split():
        a = text.find(chunk, b)
        b = a + len(chunk)
        parts = _CHUNKS.get(chunk)
        if parts is None:
            parts = _chunk_tokens(chunk)
        for tok, i, j in parts:
            out.append(Tok(tok, low[a + i : a + j], base + a + i, base + a + j))
    if "'t" in low:
        _split_negations(out)
    if "s' " in low:
        _plural_possessives(out)
    return out


_CHUNKS: Final[dict[str, tuple[tuple[str, int, int], ...]]] = {}  # chunk -> its tokens
CHUNKS_KEPT: Final = 50_000


def _chunk_tokens(chunk: str) -> tuple[tuple[str, int, int], ...]:
    """The tokens of one chunk of text with no white space, as (text, start, end) in it
    (remembered: `tokenize` asks again for every recurring word)."""
    parts = []
    b = 0
    # only white space lies between tokens (here none), so each token starts at its first
    # occurrence after the previous one: findall is faster than finditer
    for tok in TOKEN_RE.findall(chunk):
        a = chunk.find(tok, b)
        b = a + len(tok)
        parts.append((tok, a, b))
    if len(_CHUNKS) >= CHUNKS_KEPT:
        _CHUNKS.clear()
    found = _CHUNKS[chunk] = tuple(parts)
    return found


def capitalized(text: str) -> bool:
    """`text[:1].isupper()`, with no slice nor method call for an ASCII initial (compiled: the
    code point is read in place); a per-token test of the hot loops.

    >>> capitalized("Velmar"), capitalized("velmar"), capitalized("Élan"), capitalized("")
    (True, False, True, False)
    """
    if not text:
        return False
    o = ord(text[0])
    if o < 128:
        return 65 <= o <= 90
    return text[0].isupper()


def digit_initial(text: str) -> bool:
    """`text[:1].isdigit()`, with no slice nor method call for an ASCII initial (as
    `capitalized`).

    >>> digit_initial("15%"), digit_initial("half"), digit_initial("")
    (True, False, False)
    """
    if not text:
        return False
    o = ord(text[0])
    if o < 128:
        return 48 <= o <= 57
    return text[0].isdigit()


def _plural_possessives(toks: list[Tok]) -> None:
    """ "Brisa Labs' backers": the bare apostrophe after a name in -s reads as "'s"."""
    for k in range(1, len(toks) - 1):
        t, prev, nxt = toks[k], toks[k - 1], toks[k + 1]
        if t.low != "'" or prev.end != t.start or nxt.start == t.end:
            continue
        if prev.text[:1].isupper() and prev.low.endswith("s") and nxt.text[:1].islower():
            t.low = "'s"


def _split_negations(toks: list[Tok]) -> None:
    """ "didn" + "'t" becomes "did" + "n't", so that negation is one token."""
    for k in range(len(toks) - 1, 0, -1):
        t, prev = toks[k], toks[k - 1]
        if t.low == "'t" and prev.low.endswith("n") and prev.end == t.start and len(prev.low) > 1:
            cut = prev.end - 1
            toks[k - 1] = Tok(prev.text[:-1], prev.low[:-1], prev.start, cut)
            toks[k] = Tok(prev.text[-1] + t.text, "n" + t.low, cut, t.end)


# lexicon chunks that are one token as they stand: a gap, and the clitic negation ("n't", which
# `tokenize` alone would cut into "n" + "'t": a sentence's "didn't" is "did" + "n't")
KEPT_CHUNKS: Final[frozenset[str]] = frozenset({"...", "n't"})


def words(phrase: str) -> tuple[str, ...]:
    """Lower-cased token tuple of a lexicon phrase ("n't" and "..." kept as they are)."""
    if phrase.strip() == "...":
        return ("...",)
    parts = []
    for chunk in phrase.split():
        if chunk in KEPT_CHUNKS:
            parts.append(chunk)
        else:
            parts.extend(t.low for t in tokenize(chunk))
    return tuple(parts)
