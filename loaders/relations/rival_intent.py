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

from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.rival_words import RivalWords, rival_words
from loaders.relations.words import CLAUSE_STOP, POSSESSIVE_MARKS, PUNCT_STOP, M

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
        own = t < n and lows[t] == M and s.is_det(t)  # "is poaching its customers"
        if t + 1 >= n or lows[t] != M or (lows[t + 1] not in POSSESSIVE_MARKS and not own):
            continue
        q = t + 1 + (not own)
        while q < n and q - t <= 4 and lows[q] not in rw.taken_things and _word(lows[q]):
            q += 1  # "Skyra's business customers", "Skyra Airlines' market share"
        if q >= n or lows[q] not in rw.taken_things or s.etypes(t) != {"Organization"}:
            continue
        subj = _rival_subject(s, k, t, rw.intent_words)
        if subj is None:
            continue
        target = _poached(s, k, subj, t) if own else s.ment(t)
        if target is not None:
            s.emit(s.ment(subj), ("COMPETES_WITH",), target, RULE_AIMED, 0.6)


def _poached(s: Sentence, k: int, subj: int, t: int) -> Mention | None:
    """ "Halvik has been poaching its customers": no firm poaches its own, so a possessive
    that names the subject stands for the firm in view (`SentenceContext.rival`); another
    firm the pronoun names stays. Only after a verb of `poach_verbs`."""
    ids = set(s.ment(subj).ids)
    if not ids & set(s.ment(t).ids):
        return s.ment(t)
    org = s.context.rival
    if s.lows[k] not in rival_words(s.lex).poach_verbs or not org or org in ids:
        return None
    return Mention((org,), t, t + 1, "context", 0.7)


def _word(w: str) -> bool:
    """A plain or hyphenated word ("small-business")."""
    return w.replace("-", "").isalpha()


RULE_TAKEN_BY = "rivalry/share-taken-by"
PASSIVE_AUX = frozenset({"is", "are", "was", "were", "been", "being", "has", "have", "had"})


def share_taken_by(s: Sentence) -> None:
    """ "Quillex Foods' market share has been eroded by Halvik", "its customers were poached
    by Halvik": a company's customers or share taken (`aim_verbs` as participles) by a firm in
    the passive: the agent competes with the possessor."""
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.taken_things or k + 3 >= n or lows[k + 1] not in PASSIVE_AUX:
            continue
        owner = _possessor_before(s, k)
        v = k + 1
        while v < n and v - k <= 4 and (lows[v] in PASSIVE_AUX or _adverb(lows[v], rw)):
            v += 1  # "has steadily been", "is being"
        if owner < 0 or v == k + 1 or v >= n or lows[v] not in rw.aim_verbs:
            continue
        by = v + 1 + (v + 1 < n and lows[v + 1] in rw.aim_particles)  # "eaten into by"
        if by + 1 >= n or lows[by] != "by" or lows[by + 1] != M or s.is_det(by + 1):
            continue
        agent = by + 1
        if s.etypes(agent) != {"Organization"} or s.blocked(owner + 1, agent):
            continue
        if s.ment(agent).shares(s.ment(owner)):
            continue
        s.emit(s.merged(coord(s, agent, +1)), ("COMPETES_WITH",), s.ment(owner), RULE_TAKEN_BY, 0.6)


def _possessor_before(s: Sentence, k: int) -> int:
    """The organization owning the thing at k: "Quillex's (market) share", "its customers"."""
    lows = s.lows
    q = k - 1
    while q >= 1 and k - q <= 3 and _word(lows[q]) and lows[q] not in PASSIVE_AUX:
        q -= 1  # "market", "business"
    if q >= 1 and lows[q] in POSSESSIVE_MARKS and lows[q - 1] == M:
        q -= 1
    elif not (q >= 0 and lows[q] == M and s.is_det(q)):
        return -1
    return q if s.etypes(q) == {"Organization"} else -1


def _adverb(w: str, rw: RivalWords) -> bool:
    """ "now", "steadily": an adverb inside a passive verb group."""
    return w in rw.copula_adverbs or (w.endswith("ly") and w.isalpha())
