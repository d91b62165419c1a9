"""A company description set off after a name is that name's appositive, whatever the name's
type: "Orrin Vale, the Tarvo-based cold-store operator, which ..." describes Orrin Vale even
when the typer took the name for a person's. Read as a reference instead, the description
would fall to the article's most salient firm and place it in the description's town.

Only a description closed like an appositive is kept from resolving: a comma, a full stop, a
dash or a relative word right after its noun ("..., the Tarvo lender whose chair ..."). A
description that a verb follows is the clause's subject ("Founded by Dr. Inka Tarr, the lab
sells kits"), and so is one after a name that ends a phrase opening the sentence, whatever closes
it: "Led by Anna Vell, the Oslo-based publisher, which was founded in 1990, now sells ...", "Under
Dahl, the Bergen-based group, which ...", "In a letter to Martin Shaw, the Exeter-based bank,
which ...".
"""

from __future__ import annotations

from typing import Final

from loaders.relations.words import PREPOSED_OPENERS, PREPOSITIONS

# what ends an appositive: a comma, a full stop, a semicolon, a bracket or a dash
APPOSITIVE_ENDS: Final[frozenset[str]] = frozenset({",", ".", ";", ")", "—", "–", "-"})
# ... or the relative clause its noun opens ("..., the Tarvo lender whose chair ...", "a
# Redditch foundry that"): also `site_towns`' trade nouns
APPOSITION_CLOSERS: Final[frozenset[str]] = APPOSITIVE_ENDS | {"that", "which", "whose"}


def closed_apposition(lows: list[str], e: int) -> bool:
    """The description ending before e is closed like an appositive (module docstring)."""
    return e < len(lows) and lows[e] in APPOSITION_CLOSERS


def fronted_name(lows: list[str], comma: int) -> bool:
    """The name before `comma` ends a phrase opening the sentence: a preposition, a subordinator
    or a participle first ("Under Dahl,", "Led by Anna Vell,", "Speaking to Karen Blum,",
    "According to Lena Orr,") and no comma before."""
    first = lows[0] if lows else ""
    opener = first in PREPOSITIONS or first in PREPOSED_OPENERS or first == "according"
    participle = first.isalpha() and first.endswith(("ed", "ing")) and len(first) > 4
    return (opener or participle or first in ("led", "run")) and "," not in lows[:comma]


RELATIVE_WORDS: Final = frozenset({"which", "who", "whose", "that"})
# words that open a new subject after the set-off description ("Owned by V, the Antwerp-based
# operator, Harlan runs ...", "..., it will expand"): the description is then V's appositive
SUBJECT_OPENERS: Final = frozenset(
    {"the", "a", "an", "it", "its", "they", "he", "she", "we", "this", "these", "their", "his"}
)
ASIDE_REACH: Final = 20  # words of a relative clause closed by a comma after the description


def verb_follows(lows: list[str], e: int, starts: set[int]) -> bool:
    """After the description ending before e, past a relative clause set off by commas, the
    clause goes on with its verb ("the Bergen-based group, which makes ropes, doubled its
    sales"), not with a new subject ("..., the mill will supply", "..., Harlan Storage runs")."""
    n = len(lows)
    p = e
    if p < n and (
        lows[p] in RELATIVE_WORDS
        or (lows[p] == "," and p + 1 < n and lows[p + 1] in RELATIVE_WORDS)
    ):
        p = next((q for q in range(p + 2, min(n, p + ASIDE_REACH)) if lows[q] == ","), -1)
    if p < 0 or p + 1 >= n or lows[p] != ",":
        return False
    nxt = p + 1
    return nxt not in starts and lows[nxt].isalpha() and lows[nxt] not in SUBJECT_OPENERS
