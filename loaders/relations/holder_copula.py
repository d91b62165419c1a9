"""Holder copulas: a company's ranked holder named after "is" (OWNS, holder -> company).

- `holder-of-is`: "The largest shareholder in Brenna Bank is Osric Capital", "The biggest owner
  of Lystra Telecom remains Varden Capital".
- `possessed-holder-is`: "Ardent Retail's top shareholder is the Morrow Foundation, with 22%",
  "Lystra Telecom's main owner remains Varden Capital".

The company must be named (a possessive pronoun may point at a buyer named earlier: "Orwell
agreed to buy Pella. Its largest holder is Cato"). An investor or backer holds a share only
when a percentage follows ("whose biggest investor is F" stays with the role rules: FUNDS).
A holder list ("A and B") gives each member.

Words: `holder_nouns`, `ranks` of `stake` in `loaders/data/triggers.yaml`.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.relations.holdings import MONEY_HOLDERS
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.stake import percent_at
from loaders.relations.words import HOLDER_LINKS, INDEFINITE_ARTICLES, M

HOLDER_OF: frozenset[str] = frozenset({"of", "in", "at"})
DESCRIPTOR_REACH = 6  # words between "the" and the holder's name: "the state fund Sorrel"
PERCENT_REACH = 7  # words after the holder in which a share may be given


def copula_cues(lex: Lexicon) -> frozenset[str]:
    return HOLDER_LINKS


def holder_copula(s: Sentence) -> None:
    """ "The largest shareholder in Y is X", "Y's top shareholder is X": X OWNS Y."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    for c in range(2, n - 1):
        if lows[c] not in HOLDER_LINKS:
            continue
        if lows[c - 1] == M:
            q = _noun_before_of(s, c - 2)  # "The largest shareholder in Y is"
            owned_at = c - 1
        else:
            q = c - 1  # "Y's top shareholder is"
            owned_at = _possessor(s, q)
        if q < 0 or owned_at < 0 or lows[q] not in lex.holder_nouns:
            continue
        h = _holder_at(s, c + 1)
        if h < 0 or s.blocked(q, h) or _question(lows):
            continue
        if lows[q] in MONEY_HOLDERS and not _percent_after(lows, h):
            continue
        owned = s.ment(owned_at)
        for k in coord(s, h, 1):
            s.emit(s.ment(k), ("OWNS",), owned, "holder-copula/holder-is", 0.7)


HOLDER_MODIFIER_REACH = 3  # "a small", "a long-time minority"
# nouns before "holder" that make it no share of the company ("a licence holder of Y")
NOT_SHARE_HOLDERS: frozenset[str] = frozenset(
    {
        "licence",
        "license",
        "bond",
        "debt",
        "patent",
        "permit",
        "franchise",
        "ticket",
        "title",
        "record",
        "policy",
        "account",
        "rights",
        "credit",
        "note",
        "loan",
        "card",
        "office",
    }
)


def named_holder(s: Sentence) -> None:
    """ "Marrow Bank is a small holder in Kesh Telecom", "Marrow Bank, a minority holder of
    Kesh Telecom, ...": the name before the copula or the comma OWNS the company after "in" or
    "of" (not its bonds: "a holder of Y's bonds")."""
    lows = s.lows
    n = len(lows)
    for q in range(2, n - 2):
        if lows[q] != "holder" or lows[q + 1] not in ("in", "of"):
            continue
        y = q + 2 + (lows[q + 2] == "the")
        a = _article_before(s, q)
        if a < 0 or y >= n or lows[y] != M or s.ment(y).kind != "name":
            continue
        if y + 1 < n and lows[y + 1] == "'s":
            continue  # "a holder of Orwell Bank's bonds"
        x = _holder_name_before(s, a)
        if x < 0 or "Organization" not in s.etypes(y) or s.blocked(x, y) or _question(lows):
            continue
        s.emit(s.ment(x), ("OWNS",), s.ment(y), "holder-copula/named-holder", 0.7)


def _article_before(s: Sentence, q: int) -> int:
    """The "a" opening the holder phrase that ends at the noun q, past up to three modifiers
    none of which makes it another holding ("licence"); -1 if none."""
    lows = s.lows
    p = q - 1
    while p >= 0 and q - p <= HOLDER_MODIFIER_REACH and lows[p] not in INDEFINITE_ARTICLES:
        if lows[p] == M or not lows[p].replace("-", "").isalpha():
            return -1
        if lows[p] in NOT_SHARE_HOLDERS:
            return -1
        p -= 1
    return p if p >= 0 and lows[p] in INDEFINITE_ARTICLES else -1


def _holder_name_before(s: Sentence, a: int) -> int:
    """The name the holder phrase opening at a describes: "X, a ...", "X is a ...", "X, which
    is a ..."; -1 if none."""
    lows = s.lows
    p = a - 1
    if p >= 0 and lows[p] in HOLDER_LINKS:
        p -= 1
        if p >= 1 and lows[p] == "which" and lows[p - 1] == ",":
            p -= 2
    elif p >= 0 and lows[p] == ",":
        p -= 1
    else:
        return -1
    return p if p >= 0 and lows[p] == M and s.ment(p).kind == "name" else -1


def _noun_before_of(s: Sentence, p: int) -> int:
    """The holder noun before "of"/"in" at p, opened by "the" (and a rank): its position."""
    lows = s.lows
    if p < 2 or lows[p] not in HOLDER_OF:
        return -1
    t = p - 3 if lows[p - 2] in s.lex.holder_ranks else p - 2
    return p - 1 if t >= 0 and lows[t] == "the" else -1


def _possessor(s: Sentence, q: int) -> int:
    """The named company before "'s [rank]" ending at the holder noun q; -1 if none."""
    lows = s.lows
    p = q - 1
    if p >= 0 and lows[p] in s.lex.holder_ranks:
        p -= 1
    if p < 1 or lows[p] != "'s" or lows[p - 1] != M:
        return -1
    m = s.ment(p - 1)
    return p - 1 if m.kind == "name" and "Organization" in s.etypes(p - 1) else -1


def _holder_at(s: Sentence, h: int) -> int:
    """The holder's name after the copula: "Osric Capital", "the state fund Sorrel"."""
    lows = s.lows
    n = len(lows)
    if h < n and lows[h] in ("the", "a"):
        start = h
        h += 1
        while h < n and h - start <= DESCRIPTOR_REACH and lows[h] != M and lows[h].isalpha():
            h += 1
    if h >= n or lows[h] != M or s.is_det(h):
        return -1
    return h


def _percent_after(lows: list[str], h: int) -> bool:
    return any(percent_at(lows, p) for p in range(h + 1, min(len(lows), h + PERCENT_REACH)))


def _question(lows: list[str]) -> bool:
    return bool(lows) and lows[-1] == "?"
