"""Where an object list ends because its last member opens a clause of its own.

"Drummond acquired Kell Fibre and Ashby Cable partnered with Solace": "and Ashby Cable" is the
subject of "partnered", not a second thing Drummond acquired. A member after "and" followed by a
verb of the sentence (past auxiliaries and adverbs: "and Ashby has since sued", "and Ashby
said") ends the list before it. "Neither" before the object denies every member ("owns neither
A nor B").

(found33) A noun trigger in the appositive of a name ends its object list at the appositive's
closing comma: "backed by Ana Ruel, the founder of Tovik, and Harrow Partners" (Harrow is the
outer list's next member, no second thing Ana Ruel founded), unless the list closes the
appositive with a comma of its own ("Ana Ruel, the founder of Tovik, Brisa and Lumo, said") or
repeats the appositive's preposition ("an investor in Tovik, and in Brisa").
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import NEGATED_LIST, Sentence
from loaders.relations.words import AUXILIARIES, RELATIVE_WH, REPORTING, M

# adverbs that may stand between a clause's subject and its verb ("and Ashby later sued")
_BETWEEN: frozenset[str] = frozenset({"also", "later", "since", "then", "now", "itself"})


def clause_cut(s: Sentence, obj_idx: list[int], verbs: frozenset[int]) -> list[int]:
    """`obj_idx` without the member that opens a new clause (and any after it)."""
    lows = s.lows
    for n, m in enumerate(obj_idx[1:], start=1):
        if lows[m - 1] != "and":
            continue
        p = _past_aside(lows, m + 1)
        while p < len(lows) and p - m <= 3 and (lows[p] in AUXILIARIES or lows[p] in _BETWEEN):
            p += 1
        if p < len(lows) and (p in verbs or lows[p] in REPORTING):
            return obj_idx[:n]
    return obj_idx


# a clause on the last member, no comma closing the appositive: "..., and Y, which led it"
CLAUSE_RELATIVES: Final = RELATIVE_WH | {"that", "where"}
# words of an appositive between its name's comma and its noun trigger: "the founder of"
APPOSITIVE_REACH: Final = 6


def apposed_cut(s: Sentence, subj: int, k: int, obj_idx: list[int]) -> list[int]:
    """`obj_idx` up to the appositive's closing comma when the noun trigger at k heads the
    appositive of the name at `subj` ("P, the founder of X, and Y"); else `obj_idx`."""
    lows = s.lows
    if len(obj_idx) < 2 or not 0 <= subj < k - 1 or lows[subj + 1] != ",":
        return obj_idx
    if k - subj > APPOSITIVE_REACH or any(not lows[q].isalpha() for q in range(subj + 2, k)):
        return obj_idx  # no plain appositive: "P, who founded X, and Y", "P, 52, founder of"
    end = obj_idx[-1] + 1
    closed = end + 1 < len(lows) and lows[end] == "," and lows[end + 1] not in CLAUSE_RELATIVES
    if closed:
        return obj_idx  # "P, the founder of X, Y and Z, said": the list closes the appositive
    sep = lows[obj_idx[0] + 1 : obj_idx[1]]
    if len(sep) == 3 and sep[2] == lows[obj_idx[0] - 1]:
        return obj_idx  # "an investor in X, and in Y": the appositive's own preposition again
    if sep[:2] in ([",", "and"], [",", "or"]) and len(sep) <= 3:
        return obj_idx[:1]  # ", and (from) Y"; not "a supplier to A, B, and C": a list
    return obj_idx


def _past_aside(lows: list[str], p: int) -> int:
    """Past an appositive closed by a comma at p ("and Lisk, its rival, sued"), else p."""
    if p >= len(lows) or lows[p] != ",":
        return p
    for q in range(p + 1, min(len(lows), p + 8)):
        if lows[q] == ",":
            return q + 1
        if lows[q] in ("and", "which", "who", "that", ".", ";"):
            break
    return p


def denied_objects(s: Sentence, obj: int) -> bool:
    """ "owns neither A nor B": no member is the verb's object."""
    return obj >= 1 and s.lows[obj - 1] in NEGATED_LIST


# words that open an adverbial clause or phrase after a verb's object ("buys a tile maker as
# the Orrin dispute goes on", "bought the chain amid Pell's protests")
SUBORDINATORS: frozenset[str] = frozenset(
    {"as", "amid", "despite", "while", "whereas", "though", "although", "because"}
)


def unnamed_object_before(s: Sentence, e: int, obj: int) -> bool:
    """The verb ending at e already has an unnamed object ("a tile maker", "the chain") that a
    subordinator closes before the name at obj: "Kell buys Danish tile maker as Orrin dispute goes
    on" (no Kell OWNS Orrin)."""
    lows = s.lows
    for x in range(e + 1, obj):
        if lows[x] in SUBORDINATORS and lows[x - 1] in s.lex.heads and lows[x - 1] != M:
            return True
    return False
