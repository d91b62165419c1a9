"""Possessive family: "Arclight's Halo", "its RxRunner robots" (the owner of a product)."""

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
