"""The advisers of a deal: the names that stand as the subject of a verb of advice ("Renfrew
Bank advised Kelso", "Renfrew Bank and Ostler Partners advised on the deal", "Ostler
Partners, a boutique, is advising Tarsa"); not the subject of a passive ("Tarsa is advised
by Renfrew Bank").

A later "both companies" never names an adviser (loaders.article `_fitting_pair`): "Kelso
agreed to buy Tarsa. Renfrew Bank and Ostler Partners advised. Both companies ..." is Kelso
and Tarsa. Words: `advise_verbs` and `verb_fillers` in loaders/data/advice.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import Final

from loaders.relations.advice import ADVISE_VERBS, APPOINTED_SERVICES, HIRED, VERB_FILLERS
from loaders.relations.model import Mention

# the forms of "be" before a progressive verb of advice ("is advising")
_BE: frozenset[str] = frozenset({"is", "are", "was", "were", "has", "have", "been"})


def advising_subjects(
    lows: Sequence[str], items: Sequence[Mention], words: Set[str] | None = None
) -> set[str]:
    """The ids of the names right before a verb of advice (past fillers and a form of "be"),
    with a name coordinated before them by "and" or a comma. (`words`, the set of `lows` when
    the caller has it, makes the test for such verbs a look-up of their few words.)"""
    names = [m for m in items if m.kind == "name"]
    out: set[str] = set()
    verbs = _advice_verbs(lows, words)
    if verbs:
        by_end = {m.j: m for m in names}
        for k in verbs:
            m = by_end.get(_subject_end(lows, k))
            while m is not None:
                out.update(m.ids)
                link = lows[m.i - 1] if m.i > 0 else ""
                m = by_end.get(m.i - 1) if link in ("and", ",") else None
    if words is None or not _APPOINTING.isdisjoint(words):
        out |= _appointed(lows, names)
    return out


# "was named as administrator", "has been appointed joint liquidator"
_APPOINT_FILLERS: frozenset[str] = frozenset({"as", "the", "joint", "its", "their", "an", "a"})
_APPOINTING: frozenset[str] = frozenset(p[0] for p in HIRED if len(p) == 1) | {"named"}
# the words either reading needs: a sentence with none of them has no advisers and no clients
# (`advising_subjects`, `advised_clients`), so its caller may skip both with one test
ADVICE_CUES: Final[frozenset[str]] = ADVISE_VERBS | _APPOINTING


def _appointed(lows: Sequence[str], names: Sequence[Mention]) -> set[str]:
    """The names a passive of appointing makes a service of another ("Greyfold Insolvency was
    named as administrator", "Carr & Hume were appointed joint liquidators")."""
    out: set[str] = set()
    for m in names:
        k = m.j
        while k < len(lows) and lows[k] in _BE:
            k += 1
        if k == m.j or k >= len(lows) or lows[k] not in _APPOINTING:
            continue
        k += 1
        while k < len(lows) and lows[k] in _APPOINT_FILLERS:
            k += 1
        if k < len(lows) and lows[k] in APPOINTED_SERVICES:
            out.update(m.ids)
    return out


def _passive(lows: Sequence[str], k: int) -> bool:
    """The verb of advice at k is passive: "Kestrin Hotels is advised by Larch Partners" (the
    subject is the client, not an adviser)."""
    return k + 1 < len(lows) and lows[k + 1] == "by" and k > 0 and lows[k - 1] in _PASSIVE_BE


# the forms of "be" before a passive participle ("is advised by", "has been advised by")
_PASSIVE_BE: frozenset[str] = frozenset({"is", "are", "was", "were", "been", "being", "be"})


def _advice_verbs(lows: Sequence[str], words: Set[str] | None = None) -> list[int]:
    """Where the active verbs of advice stand (`words`: the set of `lows`, when known)."""
    if ADVISE_VERBS.isdisjoint(lows if words is None else words):
        return []  # (most sentences have none: one pass in C, not a test per word)
    return _active_verbs(lows)


def _active_verbs(lows: Sequence[str]) -> list[int]:
    """Where the active verbs of advice stand, by a walk over `lows`."""
    return [k for k, w in enumerate(lows) if w in ADVISE_VERBS and not _passive(lows, k)]


def _subject_end(lows: Sequence[str], k: int) -> int:
    """Where the subject of the verb at k ends: before its fillers and a form of "be"."""
    p = k
    while p > 0 and (lows[p - 1] in VERB_FILLERS or lows[p - 1] in _BE):
        p -= 1
    return p


def advised_clients(
    lows: Sequence[str], items: Sequence[Mention], words: Set[str] | None = None
) -> set[str]:
    """The ids of the names right after an active verb of advice whose subject is a name:
    "Harlan Bank advised Pemby Foods on the deal" (Pemby Foods, the client); `words` as for
    `advising_subjects`."""
    if ADVISE_VERBS.isdisjoint(lows if words is None else words):
        return set()  # no verb of advice: no names gathered
    names = [m for m in items if m.kind == "name"]
    ends = {m.j for m in names}
    starts = {m.i: m for m in names}
    out: set[str] = set()
    for k in _active_verbs(lows):  # (the test above found such a verb)
        client = starts.get(k + 1)
        if client is not None and _subject_end(lows, k) in ends:
            out.update(client.ids)
    return out
