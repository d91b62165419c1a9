"""Deal financing: the funder of an acquisition named in a sentence after the deal's.

- `deal-financed`: "The transaction is being financed by A and B", "The purchase, funded by a
  loan from A, is due to close", "Its purchase of Y will be bankrolled by A", "X's purchase
  of Y is secured by a loan from A": each funder FUNDS the buyer (the possessor, or the buyer
  the last two sentences named, `SentenceContext.buyer`), never the company bought.
- `deal-lender`: "A provided $300m of financing for the acquisition", "A arranged loans for
  the deal": A FUNDS the buyer the last two sentences named.
- `deal-funder`: "Krell Bank is financing the acquisition", "A and B will fund the deal": the
  active form of `deal-financed`; each subject FUNDS the buyer the last two sentences named.

"backed by" needs a loan between it and the name ("backed by a $200m loan from A"): "The deal
is backed by A" is support, not money. The paying verbs with "with a loan from" are
`deal_loans.py`'s. Words: `holdings.funded_things`, `holdings.deal_loan_nouns`.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.relations.deal_loans import DEAL_NOUNS, not_the_bought
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.possessed_funding import agent_after
from loaders.relations.words import BE_FORMS, POSSESSIVE_MARKS, M

# the rest of a passive verb group: "will be", "is being", "has been", "was partly"
_CHAIN: frozenset[str] = BE_FORMS | frozenset(
    {"will", "would", "has", "have", "had", "to", "also", "partly", "largely", "mostly"}
    | {"fully", "entirely", "jointly", "mainly", "expected", "set", "due", "wholly"}
)
_BACKED: frozenset[str] = frozenset({"backed"})  # only with a loan noun before the name
_LENDER_VERBS: frozenset[str] = frozenset(
    {"provided", "provides", "provide", "providing", "arranged", "arranges", "arranging"}
    | {"supplied", "supplies", "underwrote", "underwrites", "extended", "extends"}
)
_LENDER_REACH = 7  # words from the lender's verb to the loan noun
_THE: frozenset[str] = frozenset({"the", "this"})


def cues(lex: Lexicon) -> frozenset[str]:
    return holding_words(lex).funded_things | _BACKED


def lender_cues(lex: Lexicon) -> frozenset[str]:
    return _LENDER_VERBS


def funder_cues(lex: Lexicon) -> frozenset[str]:
    """Every one-word form of the funding verbs ("finances", "funding", "bankrolled")."""
    return holding_words(lex).funding_verbs


def deal_funder(s: Sentence) -> None:
    """ "Krell Bank is financing the acquisition": the subject FUNDS the buyer last named."""
    buyer_id = s.context.buyer
    if not buyer_id:
        return
    lows = s.lows
    verbs = funder_cues(s.lex)
    for v in range(1, len(lows) - 2):
        if lows[v] not in verbs or lows[v + 1] not in _THE or lows[v + 2] not in DEAL_NOUNS:
            continue
        if lows[v + 3 : v + 4] == ["of"]:
            continue  # "A financed the purchase of Y": another buyer's deal may be meant
        subj = subjects(s, v, True)
        if not subj or subj[0] > v or s.is_det(subj[0]) or s.blocked(subj[0], v + 2):
            continue
        if s.ment(subj[0]).kind == "np":
            continue  # "The buyer will fund the deal": the buyer itself, however it resolves
        funders = s.merged(coord(s, subj[0], -1))
        if buyer_id in funders.ids:
            continue
        buyer = Mention((buyer_id,), -1, -1, "context", 0.8)
        s.emit(funders, ("FUNDS",), buyer, "deal-financing/funder", 0.6)


def deal_financed(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for k in range(2, n - 2):
        w = lows[k]
        if lows[k + 1] != "by" or not (w in hw.funded_things or w in _BACKED):
            continue
        d = k - 1
        while d >= 0 and lows[d] in _CHAIN:
            d -= 1
        apposed = d == k - 1 and lows[d] == ","  # "The purchase, funded by a loan from A,"
        if apposed:
            d -= 1
        elif BE_FORMS.isdisjoint(lows[d + 1 : k]):
            continue  # no passive: the reduced relatives are other rules'
        got = _deal_buyer(s, d)
        agent = agent_after(s, k + 2)
        if got is None or agent < 0:
            continue
        buyer, start = got
        if w in _BACKED and hw.deal_loans.isdisjoint(lows[k + 2 : agent]):
            continue  # "The deal is backed by A": support, not money
        if s.blocked(start, agent) or buyer.shares(s.ment(agent)):
            continue
        if s.ment(agent).kind == "np" and lows[agent + 1 : agent + 2] == ["'s"]:
            continue  # "financed by the buyer's cash": the buyer's own money
        lenders = s.merged(coord(s, agent, +1))
        if s.emit(lenders, ("FUNDS",), buyer, "deal-financing/financed", 0.65):
            not_the_bought(s, lenders, buyer, d if lows[d] == M else -1)


def _deal_buyer(s: Sentence, d: int) -> tuple[Mention, int] | None:
    """The buyer of the deal noun phrase ending at d: the possessor ("Its purchase of Y",
    "X's takeover of Y") or, for "The deal" opening the sentence, the buyer the sentences
    before named; with where the phrase starts. Else None."""
    lows = s.lows
    noun = d - 2 if d >= 2 and lows[d] == M and lows[d - 1] == "of" else d
    if noun < 1 or lows[noun] not in DEAL_NOUNS:
        return None
    before = noun - 1
    if lows[before] == M and s.is_det(before):
        return s.ment(before), before
    if lows[before] in POSSESSIVE_MARKS and before >= 1 and lows[before - 1] == M:
        return s.ment(before - 1), before - 1
    if lows[before] in _THE and before == 0 and s.context.buyer:
        return Mention((s.context.buyer,), -1, -1, "context", 0.8), 0
    return None


def deal_lender(s: Sentence) -> None:
    """ "A provided $300m of financing for the acquisition": A FUNDS the buyer last named."""
    buyer_id = s.context.buyer
    if not buyer_id:
        return
    lows = s.lows
    n = len(lows)
    loans = holding_words(s.lex).deal_loans
    for v in range(1, n - 3):
        if lows[v] not in _LENDER_VERBS:
            continue
        f = _loan_for_deal(lows, v + 1, loans)
        subj = subjects(s, v, True)
        if f < 0 or not subj or subj[0] > v or s.is_det(subj[0]) or s.blocked(subj[0], f):
            continue
        lenders = s.merged(coord(s, subj[0], -1))
        if buyer_id in lenders.ids:
            continue
        buyer = Mention((buyer_id,), -1, -1, "context", 0.8)
        s.emit(lenders, ("FUNDS",), buyer, "deal-financing/lender", 0.65)


def _loan_for_deal(lows: list[str], p: int, loans: frozenset[str]) -> int:
    """After the lender's verb: the position of "for" in "... financing for the acquisition"
    (a loan noun, "for", "the"/"this", a deal noun, within reach), else -1."""
    for k in range(p, min(len(lows) - 2, p + _LENDER_REACH)):
        w = lows[k]
        if w == M or w in (",", ";", "."):
            return -1
        if w in loans and lows[k + 1] == "for":
            ok = lows[k + 2] in _THE and k + 3 < len(lows) and lows[k + 3] in DEAL_NOUNS
            return k + 1 if ok else -1
    return -1
