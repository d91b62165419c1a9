"""A short name an article defines for an entity right after its full name: an acronym in
brackets, "Securities and Exchange Commission (SEC)", or a press release's defined term in
quotes, "Corvan Holdings Ltd (“Corvan” or “the Company”)", "Kessel Mutual Insurance Society
("KMIS")". The short name is an alias of the full one."""

from __future__ import annotations

import re

from loaders.mentions import Analysis, Candidate
from loaders.relations.model import Mention

ACRONYM_RE: re.Pattern[str] = re.compile(r"^[A-Z][A-Za-z]{1,7}$")
OPEN_QUOTES: frozenset[str] = frozenset(['"', "“", "'", "‘"])
CLOSE_QUOTES: frozenset[str] = frozenset(['"', "”", "'", "’"])


def _words(c: Candidate) -> list[str]:
    words = c.text.split()
    if len(words) > 2 and words[0].lower() == "the":
        words = words[1:]  # "The Coastal Energy Authority (CEA)"
    return words


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper()).upper()


def defined_short(c: Candidate, a: Analysis, by_start: dict[int, Candidate]) -> Candidate | None:
    """The candidate `c` defines in the brackets right after it, else None: an acronym of its
    initials ("(SEC)"), or a quoted short name that is its acronym or a run of its own words
    ("(“Corvan”", "("Talby Medical"")."""
    j, lows = c.j, a.lows
    if j + 2 >= len(lows) or lows[j] != "(":
        return None
    words = _words(c)
    if lows[j + 2] == ")" and j + 1 in by_start:
        acr = a.toks[j + 1].text
        if ACRONYM_RE.match(acr) and acr.upper() == _initials(words):
            return by_start[j + 1]
        return None
    short = by_start.get(j + 2) if lows[j + 1] in OPEN_QUOTES else None
    if short is None or short.j >= len(lows) or lows[short.j] not in CLOSE_QUOTES:
        return None
    text = short.text
    if ACRONYM_RE.match(text) and text.upper() == _initials(words):
        return short
    own = " ".join(words).lower()
    if len(text) > 2 and f" {text.lower()} " in f" {own} " and text.lower() != own:
        return short
    return None


ASIDE_REACH: int = 14  # tokens from "(" to ")" of a defining aside


def _ticker(toks: list[str], lo: int, hi: int) -> bool:
    """The bracket's words lo..hi are a listing: "NYSE: CRV", "LSE:CRV", "Nasdaq: QLTX",
    "BRI.LS", "ORLO.OL"."""
    inner = toks[lo:hi]
    if not inner or not inner[-1].replace(".", "").isalnum() or not inner[-1].isupper():
        return False
    if len(inner) >= 3 and inner[-2] == ":":
        return all(t[:1].isupper() for t in inner[:-2]) and len(inner) <= 5
    return all(t.isupper() or t == "." for t in inner) and "." in inner


# a photo caption's place of a person in the picture: "Ana Ruiz (left)", "(second from right)"
POSITION_WORDS: frozenset[str] = frozenset(
    "left right centre center pictured above below top bottom front back middle inset "
    "second third fourth from far l r".split()
)


def _position(lows: list[str], lo: int, hi: int) -> bool:
    """The bracket's words lo..hi place a person in a photo: "left", "second from right"."""
    return hi > lo and all(w in POSITION_WORDS for w in lows[lo:hi])


def defining_asides(a: Analysis, items: list[Mention]) -> set[int]:
    """The tokens of the brackets right after a name that only define or list it ("(“Corvan”
    or “the Company”)", "(NYSE: CRV)", "(BRI.LS)") or place it in a photo ("(left)"): the
    rules read past them, so "Orrin
    (“Orrin”) and Talby (“Talby”) have formed a partnership" coordinates the two."""
    drop: set[int] = set()
    lows = a.lows
    if "(" not in a.words:  # (the word set: no scan of the words)
        return drop
    texts = [t.text for t in a.toks]
    inside: dict[int, Mention] = {m.i: m for m in items}
    for m in items:
        k = m.j
        while k < len(lows) and lows[k] == "(":  # "(“Corvan”) (LSE: CRV)"
            close = _close(lows, k)
            others = [inside[p] for p in range(k + 1, close) if p in inside]
            same = bool(others) and all(o.ids == m.ids for o in others)
            listed = _ticker(texts, k + 1, close) or _position(lows, k + 1, close)
            if not close or not (same or listed):
                break
            drop.update(range(k, close + 1))
            k = close + 1
    return drop


def _close(lows: list[str], k: int) -> int:
    """The ")" closing the bracket opened at k within `ASIDE_REACH`, else 0."""
    return next((p for p in range(k + 1, min(k + ASIDE_REACH, len(lows))) if lows[p] == ")"), 0)


def listing_exchange(lows: list[str], i: int, j: int) -> bool:
    """The name from i to j is the exchange of a listing bracket: "(NYSE: CRV)"."""
    return i >= 1 and lows[i - 1] == "(" and j + 2 < len(lows) and lows[j] == ":"
