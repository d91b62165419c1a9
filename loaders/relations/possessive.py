"""Possessive family: the owner of a product.

- `product`: "Arclight's Halo", "its RxRunner robots", "its triage app, CareLane".
- `product-appositive`: "CX-44, the company's experimental antibiotic", "Budgetly, its app".
- `made-by`: "Pathio, made by Nexwell, leads the market".
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.words import (
    M,
)


def possessives(s: Sentence) -> None:
    lows = s.lows
    for k, mm in enumerate(s.ments):
        if mm is None or "Product" not in s.etypes(k):
            continue
        owner = -1
        if k >= 2 and lows[k - 1] == "'s" and lows[k - 2] == M:
            owner = k - 2
        elif k >= 1 and s.is_det(k - 1) and s.ment(k - 1).word != "his":
            owner = k - 1
        elif k >= 3 and lows[k - 1] == "," and lows[k - 2] in s.lex.heads:
            # "its triage app, CareLane", "Zentro's flagship thermostat, Sensa"
            d = k - 2
            while d >= 0 and k - d <= 5 and lows[d] != M and lows[d].isalpha():
                d -= 1
            if d >= 0 and s.lex.heads.get((lows[k - 2],)) == "Product":
                if s.is_det(d) and s.ment(d).word != "his":
                    owner = d
                elif d >= 1 and lows[d] == "'s" and lows[d - 1] == M:
                    owner = d - 1
        if owner >= 0:
            s.emit(s.ment(owner), ("OWNS",), s.ment(k), "possessive/product", 0.7)


MADE_BY = frozenset({"made", "produced", "built", "manufactured", "developed", "designed"})


def appositives(s: Sentence) -> None:
    """ "CX-44, the company's experimental drug", "Budgetly, its flagship app": the possessor of
    the descriptor owns the name before it (typed or not: the descriptor says it is a product);
    "Pathio, made by Nexwell," likewise."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        if lows[k] != M or lows[k + 1] != "," or s.is_det(k):
            continue
        p = k + 2
        if lows[p] in MADE_BY and p + 2 < n and lows[p + 1] == "by" and lows[p + 2] == M:
            if not s.is_det(p + 2) and not s.blocked(k, p + 2):
                s.emit(s.ment(p + 2), ("OWNS",), s.ment(k), "possessive/made-by", 0.7)
            continue
        if lows[p] == "the":
            p += 1
        owner = -1
        if p < n and s.is_det(p) and s.ment(p).word not in ("his", "her"):
            owner, q = p, p + 1
        elif p + 1 < n and lows[p] == M and lows[p + 1] in ("'s", "'"):
            owner, q = p, p + 2
        if owner < 0:
            continue
        h = q
        while h < n and h - q < 3 and lows[h] != M and lows[h].isalpha():
            h += 1
        head = lows[h - 1] if h > q else ""
        if s.lex.heads.get((head,)) != "Product" or (h < n and lows[h] not in (",", ".", ")")):
            continue  # "Vanta, the company's lawyer, said": no product
        s.emit(s.ment(owner), ("OWNS",), s.ment(k), "possessive/product-appositive", 0.7)
