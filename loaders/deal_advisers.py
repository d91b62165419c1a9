"""The advisers of a deal: the names that stand as the subject of a verb of advice ("Renfrew
Bank advised Kelso", "Renfrew Bank and Ostler Partners advised on the deal", "Ostler
Partners, a boutique, is advising Tarsa"); not the subject of a passive ("Tarsa is advised
by Renfrew Bank").

A later "both companies" never names an adviser (loaders.article `_fitting_pair`): "Kelso
agreed to buy Tarsa. Renfrew Bank and Ostler Partners advised. Both companies ..." is Kelso
and Tarsa. Words: `advise_verbs` and `verb_fillers` in loaders/data/advice.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders.relations.advice import ADVISE_VERBS, VERB_FILLERS
from loaders.relations.model import Mention

# the forms of "be" before a progressive verb of advice ("is advising")
_BE: frozenset[str] = frozenset({"is", "are", "was", "were", "has", "have", "been"})


def advising_subjects(lows: Sequence[str], items: Sequence[Mention]) -> set[str]:
    """The ids of the names right before a verb of advice (past fillers and a form of "be"),
    with a name coordinated before them by "and" or a comma."""
    names = [m for m in items if m.kind == "name"]
    by_end = {m.j: m for m in names}
    out: set[str] = set()
    for k, w in enumerate(lows):
        if w not in ADVISE_VERBS or _passive(lows, k):
            continue
        p = k
        while p > 0 and (lows[p - 1] in VERB_FILLERS or lows[p - 1] in _BE):
            p -= 1
        m = by_end.get(p)
        while m is not None:
            out.update(m.ids)
            link = lows[m.i - 1] if m.i > 0 else ""
            m = by_end.get(m.i - 1) if link in ("and", ",") else None
    return out


def _passive(lows: Sequence[str], k: int) -> bool:
    """The verb of advice at k is passive: "Kestrin Hotels is advised by Larch Partners" (the
    subject is the client, not an adviser)."""
    return k + 1 < len(lows) and lows[k + 1] == "by" and k > 0 and lows[k - 1] in _PASSIVE_BE


# the forms of "be" before a passive participle ("is advised by", "has been advised by")
_PASSIVE_BE: frozenset[str] = frozenset({"is", "are", "was", "were", "been", "being", "be"})
