"""Money in the clause of a verb: the amount or money word that makes "back" a payment.

"The fund has put $4m into the mill, and the county council voted to back it": the amount is in
the clause before ", and", so the council's backing is support, not money. A relative clause or
an aside on a name stays in the clause ("X, which lent $2m, backs Y": money is named).

>>> from loaders.relations.money_clause import clause_span
>>> clause_span(["a", "put", "$4m", ",", "and", "b", "backed", "c"], 6)
(5, 8)
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.words import CLAUSE_STOP, M

# a comma and a conjunction open another main clause: "..., and the council voted to back it"
CLAUSE_JOINS: Final[frozenset[str]] = frozenset({"and", "while", "whereas", "but"})


def clause_span(lows: list[str], v: int) -> tuple[int, int]:
    """The span [start, end) of the main clause holding position v: from after a clause stop or
    a ", and" before it to the next clause stop after it."""
    start = 0
    for q in range(v - 1, -1, -1):
        w = lows[q]
        if w in CLAUSE_STOP or (w in CLAUSE_JOINS and q > 0 and lows[q - 1] == ","):
            start = q + 1
            break
    end = len(lows)
    for q in range(v + 1, len(lows)):
        if lows[q] in CLAUSE_STOP:
            end = q
            break
    return start, end


def money_in_clause(s: Sentence, v: int) -> bool:
    """An amount or money word in the main clause of the verb at v."""
    start, end = clause_span(s.lows, v)
    return any(is_money(s.lex, w) for w in s.lows[start:end])


def named_in_clause(s: Sentence, v: int, rid: str) -> bool:
    """A mention of the entity `rid` in the main clause of the verb at v."""
    start, end = clause_span(s.lows, v)
    return any(s.lows[q] == M and rid in s.ment(q).ids for q in range(start, end))
