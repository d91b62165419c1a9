"""Owner money: money put in by an owner, or a backing whose means is a loan.

- `owner-injects`: "Farrow, which has about 70% of Quillex, will pay for part of the deal by
  injecting $300m of equity", "Its owner, Corrin, put up extra equity to pay for the
  acquisition", "Harlow, which owns 55% of Brannock, injected fresh capital": the owner FUNDS
  what this sentence found it owns, else the one thing earlier sentences found it owns
  ("Harlow owns 55% of Brannock. It put in a further $30m"); no target named after the money
  (the verb rules read "injected $5m into Y").
- `plan-backing`: "Its top holder, X, has said it stands behind management's plan", "X backs
  the board's strategy": X BACKS the firm the management runs (`SentenceContext.managed`).
- `loan-support`: "Tarra backed Olvo with a €10m loan", "supported X with a $3m loan": the
  backing the verb rules read is FUNDS (an organization's; a person's stays BACKS besides).

Words: `holdings.owner_money_verbs`, `holdings.owner_money_nouns`,
`holdings.money_support_verbs` and `holdings.deal_loan_nouns` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.lexicon import Lexicon, PhraseIndex, inflected, per_lexicon, word_set
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import subjects
from loaders.relations.words import CLAUSE_STOP, M

MONEY_REACH = 5  # words from the verb to the money noun: "injecting a further $300m of equity"
TARGET_PREPS = frozenset({"into", "in", "to", "for"})
MANAGERS = frozenset({"management", "board"})  # "management's plan", "the board's strategy"


@dataclass(frozen=True)
class OwnerMoneyWords:
    verbs: PhraseIndex
    nouns: frozenset[str]
    support: frozenset[str]  # every form of the backing verbs
    plans: frozenset[str]  # "management's plan"


@per_lexicon
def owner_money_words(lex: Lexicon) -> OwnerMoneyWords:
    spec = lex.data.get("holdings") or {}
    verbs = PhraseIndex()
    for entry in spec.get("owner_money_verbs") or ():
        for form, _ in inflected(str(entry), lex.irregular):
            verbs.add(form, len(form))
    support = frozenset(
        form[0]
        for entry in spec.get("money_support_verbs") or ()
        for form, _ in inflected(str(entry), lex.irregular)
    )
    nouns = word_set(spec.get("owner_money_nouns"))
    plans = word_set(spec.get("plan_nouns"))
    return OwnerMoneyWords(verbs, nouns, support, plans)


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(owner_money_words(lex).verbs)


def support_cues(lex: Lexicon) -> frozenset[str]:
    return owner_money_words(lex).support


def owner_injects(s: Sentence) -> None:
    """The owner the sentence names puts money in with no target: FUNDS what it owns."""
    lows = s.lows
    words = owner_money_words(s.lex)
    for v, length, _ in words.verbs.hits(lows, 1, len(lows)):
        end = _money_end(s, v + length, words.nouns)
        if end < 0 or _named_target(s, end):
            continue  # "injected $5m into Y": the verb rules' reading
        cands = subjects(s, v, True)
        if not cands or cands[0] > v:
            continue
        owner = s.ment(cands[0])
        owned = {f.target for f in s.found if f.type == "OWNS" and f.source in owner.ids}
        if not owned:  # "Merrow owns 40% of Lusk. It injected a further $30m": held before
            owned = {t for t, held_by in s.context.owners if not set(owner.ids).isdisjoint(held_by)}
        if len(owned) == 1:
            s.emit(owner, ("FUNDS",), Mention((owned.pop(),), -1, -1), "funding/owner-injects", 0.6)


def _named_target(s: Sentence, end: int) -> bool:
    """A preposition after the money names where it goes: "into Y", "in its unit Y" (not "in
    March", "to pay for the deal")."""
    lows = s.lows
    if end >= len(lows) or lows[end] not in TARGET_PREPS:
        return False
    return any(
        lows[x] == M and "Location" not in s.etypes(x)
        for x in range(end + 1, min(len(lows), end + 4))
    )


def _money_end(s: Sentence, q: int, nouns: frozenset[str]) -> int:
    """The index after the money phrase starting at q ("$300m of equity", "extra equity",
    "fresh capital"); -1 when no money word comes before a name or a clause stop."""
    lows = s.lows
    money = -1
    for k in range(q, min(len(lows), q + MONEY_REACH)):
        w = lows[k]
        if w == M or w in CLAUSE_STOP or w == ",":
            break
        if w in nouns or is_money(s.lex, w):
            money = k
    return money + 1 if money >= 0 else -1


def plan_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(MANAGERS)


def plan_backing(s: Sentence) -> None:
    """ "X stands behind management's plan": X BACKS the managed firm, the one X holds a stake
    in when this sentence says so ("Y, which holds 6% of Z, backs management's plan")."""
    managed = s.context.managed
    if managed is None and not any(f.type == "OWNS" for f in s.found):
        return
    lows = s.lows
    words, hw = owner_money_words(s.lex), holding_words(s.lex)
    for k in range(2, len(lows) - 2):
        if lows[k] not in MANAGERS or lows[k + 1] != "'s" or lows[k + 2] not in words.plans:
            continue
        o = k - 1 if lows[k - 1] == "the" else k
        verb = next((i for i, n, _ in hw.back_verbs.hits(lows, max(0, o - 3), o) if i + n == o), -1)
        if verb < 0:
            verb = next((i for i, n, _ in hw.behind.hits(lows, max(0, o - 4), o) if i + n == o), -1)
        # "X has said it stands behind ...": "it" may be read as the firm; X speaks
        cands = [
            c
            for c in (subjects(s, verb, True) if verb > 0 else [])
            if c < verb and not s.is_det(c) and managed not in s.ment(c).ids
        ]
        if cands:
            src = s.ment(cands[0])
            held = [f.target for f in s.found if f.type == "OWNS" and f.source in src.ids]
            if held or managed is not None:
                firm = Mention((held[0] if held else str(managed),), -1, -1, "context", 0.8)
                s.emit(src, ("BACKS",), firm, "backing/plan-backing", 0.6)


def loan_support(s: Sentence) -> None:
    """ "backed Olvo with a €10m loan": the BACKS a verb rule read from the backing verb
    before the object is FUNDS when "with" and a loan or sum follow the object."""
    lows = s.lows
    words = owner_money_words(s.lex)
    loans = holding_words(s.lex).deal_loans
    for f in [f for f in s.found if f.type == "BACKS" and f.rule.startswith("verbal/")]:
        for t, w in enumerate(lows):
            if w != M or f.target not in s.ment(t).ids:
                continue
            if t < 1 or lows[t - 1] not in words.support or t + 2 >= len(lows):
                continue
            if lows[t + 1] != "with":
                continue
            means = lows[t + 2 : t + 2 + MONEY_REACH]
            if not any(x in loans or is_money(s.lex, x) for x in means):
                continue
            if s.type_of(f.source) != "Person":  # a person's backing stays besides
                s.withdraw([f])
            src, tgt = Mention((f.source,), -1, -1), Mention((f.target,), -1, -1)
            s.emit(src, ("FUNDS",), tgt, "funding/loan-support", f.confidence)
            break


LED_WORDS = frozenset({"led", "co-led"})
ROUND_DETS = frozenset({"its", "their", "both", "the", "all"})


def led_cues(lex: Lexicon) -> frozenset[str]:
    return LED_WORDS


def owner_led_rounds(s: Sentence) -> None:
    """ "Corliss, which owns 18% of Pellam and led its recent rounds": the holder's own
    clause says it led the held firm's rounds, so it FUNDS the firm it owns."""
    lows = s.lows
    n = len(lows)
    for v in range(2, n - 2):
        if lows[v] not in LED_WORDS or lows[v - 1] != "and":
            continue
        if lows[v + 1] not in ROUND_DETS and not s.is_det(v + 1):
            continue
        q = v + 2
        while q < n and q - v <= 4 and lows[q].isalpha() and lows[q].rstrip("s") != "round":
            q += 1
        if q >= n or lows[q].rstrip("s") != "round" or (q + 1 < n and lows[q + 1] == "of"):
            continue  # "led the rounds of Tarvo": another firm's
        held = [f for f in s.found if f.type == "OWNS" and f.rule.startswith("stake/")]
        cands = subjects(s, v, True)
        if not cands or cands[0] > v:
            continue
        owner = s.ment(cands[0])
        for f in held:
            if f.source in owner.ids and not s.blocked(cands[0], v):
                target = Mention((f.target,), -1, -1)
                s.emit(s.ment(cands[0]), ("FUNDS",), target, "funding/owner-led-rounds", 0.7)
