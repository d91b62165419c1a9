"""Taking, or aiming at, a company's customers is rivalry: "Brightway cut prices in an attempt to
win back shoppers from Fenwick Grocers", "Skyra is trying to lure passengers from Brisk Air".
The verb rules read "win ... shoppers from" but a hedge of intent ("attempt to", "trying to")
blocks them; here only a negation or a hedge of chance ("may", "could") between the subject
and the company does ("Quarry may also target Fenwick's customers" is no rivalry).

And aiming at a company's customers or share: "Brisk Air is targeting Skyra's customers", "has
eaten into Skyra Airlines' market share" (`aimed_at_customers`).

The words are data: `take_verbs`, `taken_things`, `intent_words`, `aim_verbs` and
`aim_particles` in
loaders/data/rivalry.yaml.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.rival_words import rival_words
from loaders.relations.words import CLAUSE_STOP, PUNCT_STOP, M

RULE = "rivalry/take-customers"
# words between the verb and the market: "win back (some of the) shoppers", "take market share"
REACH = 5


def take_customers(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.take_verbs:
            continue
        frm = _market_then_from(lows, k + 1, rw.taken_things)
        if frm < 0 or frm + 1 >= n or lows[frm + 1] != M:
            continue
        rival = frm + 1
        if s.etypes(rival) != {"Organization"}:
            continue
        subj = _rival_subject(s, k, rival, rw.intent_words)
        if subj is not None:
            s.emit(s.ment(subj), ("COMPETES_WITH",), s.ment(rival), RULE, 0.6)


def _rival_subject(
    s: Sentence, k: int, rival: int, intent: tuple[tuple[str, ...], ...]
) -> int | None:
    """The organization subject of the verb at `k`, in its clause, with no negation or hedge of
    chance between it and the rival at `rival`; None when there is none."""
    subj = subjects(s, k, True)
    if not subj or subj[0] >= k or s.etypes(subj[0]) != {"Organization"}:
        return None
    if any(s.lows[x] in CLAUSE_STOP for x in range(subj[0] + 1, k)):
        return None
    if _blocked_past_intent(s, subj[0] + 1, rival, intent):
        return None
    return subj[0]


def _market_then_from(lows: list[str], p: int, markets: frozenset[str]) -> int:
    """The position of "from" after a market noun within reach of p, else -1."""
    seen = False
    for q in range(p, min(len(lows), p + REACH + 1)):
        if lows[q] in markets:
            seen = True
        elif lows[q] == "from":
            return q if seen else -1
        elif lows[q] in PUNCT_STOP or lows[q] == M:
            return -1
    return -1


def _blocked_past_intent(
    s: Sentence, lo: int, hi: int, intents: tuple[tuple[str, ...], ...]
) -> bool:
    """A negation or hedge in [lo, hi) outside the intent phrases."""
    lows = s.lows
    start = lo
    q = lo
    while q < hi:
        cue = next((c for c in intents if tuple(lows[q : q + len(c)]) == c), None)
        if cue is None:
            q += 1
            continue
        if s.blocked(start, q):
            return True
        q += len(cue)
        start = q
    return s.blocked(start, hi)


RULE_AIMED = "rivalry/aimed-at-customers"


def aimed_at_customers(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.aim_verbs:
            continue
        t = k + 1 + (k + 1 < n and lows[k + 1] in rw.aim_particles)
        if t + 2 >= n or lows[t] != M or lows[t + 1] not in ("'s", "'"):
            continue
        q = t + 2
        while q < n and q - t <= 4 and lows[q] not in rw.taken_things and _word(lows[q]):
            q += 1  # "Skyra's business customers", "Skyra Airlines' market share"
        if q >= n or lows[q] not in rw.taken_things or s.etypes(t) != {"Organization"}:
            continue
        subj = _rival_subject(s, k, t, rw.intent_words)
        if subj is not None:
            s.emit(s.ment(subj), ("COMPETES_WITH",), s.ment(t), RULE_AIMED, 0.6)


def _word(w: str) -> bool:
    """A plain or hyphenated word ("small-business")."""
    return w.replace("-", "").isalpha()
