"""A share of a project's cost paid with named loans (round 29, `loaders.relations.funding`
`_cost_share`).

"The two owners pay cash for their halves of the kiln, and the rest will be paid through bank
loans from Orrin Bank and Salt Bank": the lenders fund what the share is of (the project the
article is funding), not the sponsors the verb rules find as the nearest subject. The means is
"with"/"through" and a loan noun (`cost_shares.loan_nouns`), a few words before "from".
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Mention, Sentence
from loaders.relations.words import M

MEANS: Final[frozenset[str]] = frozenset({"with", "through", "using", "via"})
LOAN_REACH: Final = 5  # words from "with" to "from": "with two bank loans from"
SUBJECT_RULE: Final = "verbal/svo"


def loan_source(s: Sentence, q: int, loans: frozenset[str]) -> int:
    """After a participle ending before q: the position after "from" in "with (...) loans
    from A"; else -1."""
    lows = s.lows
    if q >= len(lows) or lows[q] not in MEANS:
        return -1
    for p in range(q + 1, min(len(lows) - 1, q + 1 + LOAN_REACH)):
        if lows[p] == M or lows[p] in (",", ";", "."):
            return -1
        if lows[p] == "from":
            return p + 1 if lows[p - 1] in loans else -1
    return -1


def not_the_sponsors(s: Sentence, target: Mention) -> None:
    """Take back the verb rules' FUNDS from this sentence's lenders of the share to anything
    but what the share is of (the sponsors of the clause before)."""
    lenders = {f.source for f in s.found if f.target in target.ids and f.type == "FUNDS"}
    s.withdraw(
        [
            f
            for f in s.found
            if f.type == "FUNDS"
            and f.source in lenders
            and f.target not in target.ids
            and f.rule == SUBJECT_RULE
        ]
    )


AUX_CHAIN: Final[frozenset[str]] = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "will", "would", "to", "also", "now"}
)


def share_subject(s: Sentence, v: int, nouns: frozenset[str]) -> bool:
    """Whether the paying verb at v has a share of a cost as its subject ("the remainder is
    being financed with ..."): the funding rules read it, not the buyer rules."""
    lows = s.lows
    q = v - 1
    while q > 0 and lows[q] in AUX_CHAIN:
        q -= 1
    return q < v - 1 and lows[q] in nouns and q >= 1 and lows[q - 1] in ("the", "its", "their")


def project_before(s: Sentence, k: int) -> Mention | None:
    """The last Project named (or referred to) in the sentence before the share at k ("put
    equity into the £90m scheme, and the rest ..."), when the article named no funded thing."""
    lows = s.lows
    for q in range(k - 1, -1, -1):
        if lows[q] == M and s.etypes(q) == {"Project"}:
            return s.ment(q)
    return None
