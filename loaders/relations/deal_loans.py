"""Deal loans: a purchase paid with a loan from a named lender, however long the object.

- `deal-loan`: "Orlan will fund the deal with existing cash and a €900m term loan from Helvik
  Bank and Cassaro Credit": each lender FUNDS the buyer (the verb's subject); a named project
  as the object is funded itself ("will finance the Tarn dam with loans from A").

A buyer opened with a relative aside ("Orvik, which is owned by the fund K, will pay with a
loan from L") borrows itself: L funds Orvik, not K, and a holding participle's agent is no
buyer of Orvik (`relative_resumed`, `described_purchases.holding_agents`).

The verb rules read "finance ... from" within a few words; this reads the loan noun however far
it is after "with"/"using", in the same clause.

Words: `holdings.deal_pay_verbs`, `holdings.deal_loan_nouns`, `holdings.payer_money_nouns` in
`loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.attach_guards import object_relative_head
from loaders.relations.balance_loans import share_subject
from loaders.relations.described_purchases import holding_agents
from loaders.relations.funding import cost_words
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, opening_mention, right, subjects
from loaders.relations.owner_money import owner_money_words
from loaders.relations.relative_projects import described_antecedent
from loaders.relations.words import (
    AUXILIARIES,
    CLAUSE_STOP,
    MODALS,
    POSSESSIVE_MARKS,
    PUNCT_STOP,
    RELATIVE_WH,
    RELATIVES,
    WHICH_THAT,
    M,
)

# nouns of an acquisition as the subject of a paying verb: "The purchase will be paid for with"
DEAL_NOUNS = frozenset({"purchase", "deal", "acquisition", "takeover", "buyout", "transaction"})
PASSIVE_AUX: Final = frozenset({"be", "been", "being", "is", "are", "was", "were", "to"})
MEANS = frozenset({"with", "using", "through", "via", "by", "on"})
# a loan beside the payer's own money, read only in a relative on a described thing ("X, a
# depot which Y will finance alongside a loan from A"; "Y will finance it alongside ..." is left)
BESIDE_MEANS = MEANS | {"alongside"}
# building verbs whose object relative names what the loan pays for ("which X is building on
# a loan from A": A funds the thing built, not the builder)
BUILD_FORMS = frozenset(
    {"build", "builds", "built", "building", "construct", "constructs", "constructed"}
    | {"constructing", "develop", "develops", "developed", "developing"}
)
REACH = 14  # words from the verb to the loan noun
RELATIVE_SUBJECTS: Final = RELATIVE_WH - {"whose"}  # "Orvik, which/who is owned by K, ..."
# words that end the means of paying: "with cash after repaying a loan from A"
MEANS_END = frozenset(
    {"after", "before", "when", "while", "once", "since", "following", "instead", "than"}
    | {"repay", "repaying", "repaid", "refinance", "refinancing", "refinanced", "replace"}
    | {"replacing", "replaced", "rather"}
)
# who lends: "a loan from A", "a facility provided by A" (not "arranged by" or "led by": an
# arranger or a syndicate's lead is no funder of the buyer)
LENDER_LINKS = (("from",), ("provided", "by"))
# loan heads too wide alone ("a rail line from A to B"): a loan only after "credit"
WIDE_HEADS: Final = frozenset({"line", "lines"})
# words before a reported clause whose deal noun opens it: "Brisa said the deal would be"
REPORTED: Final = frozenset({"said", "says", "that"})
OWN_WORDS: Final = frozenset({"own", "existing"})
OWN_REACH = 4  # words from "from" to the payer's own money: "from its own existing cash"


# a group of lenders after "with" whose leader lends: "refinanced its debt with a bank group
# headed by A", "with a syndicate of banks headed by A"
LENDER_GROUPS = frozenset({"group", "syndicate", "consortium", "club"})
GROUP_MEMBERS = frozenset({"of", "banks", "lenders", "international", "local", "regional"})


def _group_leader(s: Sentence, k: int) -> int:
    """The leader of a lender group at k: "group (of banks) headed by A"; else -1."""
    lows = s.lows
    c = k + 1
    while c < len(lows) and c - k <= 3 and lows[c] in GROUP_MEMBERS:
        c += 1
    if k < 1 or (lows[k - 1] != "bank" and "banks" not in lows[k:c] and "lenders" not in lows[k:c]):
        return -1  # "with a group of investors led by A" is a round, not a loan
    if lows[c : c + 2] not in (["headed", "by"], ["led", "by"]):
        return -1
    return right(s, c + 2, 1)


def cues(lex: Lexicon) -> frozenset[str]:
    return holding_words(lex).deal_loans


def deal_loan(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for v, length, _ in hw.deal_pay.hits(lows, 1, n - 4):
        builder = max((x for x in range(v) if lows[x] == M), default=-1)
        described = described_antecedent(s, builder) if builder >= 0 else -1
        means = BESIDE_MEANS if described >= 0 else MEANS
        got = _loan_after(s, v + length, hw.deal_loans, means)
        if got is None:
            continue
        obj, lender = got
        if share_subject(s, v, cost_words(s.lex).nouns):
            continue  # "the remainder is financed with loans from A" (`funding`)
        cands = subjects(s, v, True)
        resumed = relative_resumed(s, v)
        if resumed >= 0:
            cands = [resumed]  # "X, which is majority-owned by K, will finance ...": X's loan
        if v >= 2 and lows[v - 1] == "," and lows[v].endswith("ing"):
            opening = opening_mention(s)  # "A agreed to buy B, funding the purchase with ..."
            cands = [opening] if opening >= 0 else []
        built = _built_head(s, builder) if lows[v] in BUILD_FORMS else -1
        built = built if built >= 0 else described  # "X, a berth that Y is building with"
        if obj >= 0 and ("Project" in s.etypes(obj) or _built_thing(s, v, obj)):
            borrower = s.ment(obj)  # "will finance the Tarn dam with a loan from A"
            start = obj
        elif built >= 0:
            borrower, start = s.ment(built), built  # "the ring road, which X is building on"
        elif cands and cands[0] < v and _reported_deal(s, v):
            buyer = _deal_subject(s, v)  # "S said the deal was funded ...": the buyer, not S
            if buyer is None or buyer.shares(s.ment(cands[0])):
                continue
            borrower, start = buyer, 0
        elif cands and cands[0] < v and not s.is_det(cands[0]):
            start = object_relative_head(s, cands[0], v)  # "The P mine, which X is building, is"
            if start < 0:
                continue
            borrower = s.ment(start)
        else:
            got_deal = _deal_subject(s, v)
            if got_deal is None:
                continue
            borrower, start = got_deal, 0
        if s.blocked(start, lender) or _bought_here(s, borrower):
            continue  # "A agreed to buy B for $2bn, funded by a loan from L": A's loan, not B's
        own = _going_to(s, lender)
        if own >= 0:  # "with a grant from L going to Tamakoa": Tamakoa's money, not the payer's
            borrower = s.ment(own)
        lenders = s.merged(coord(s, lender, +1))
        if s.emit(lenders, ("FUNDS",), borrower, "deal-loans/deal-loan", 0.65):
            not_the_bought(s, lenders, borrower, obj)
            s.drop(lenders, "BACKS", borrower)  # "with backing from X" paid: money
            if start == obj or start == described:
                _not_the_builder(s, lenders, borrower, cands, v)


GOING: Final = frozenset({"going", "goes", "go", "went", "allocated", "earmarked", "paid"})


def _going_to(s: Sentence, lender: int) -> int:
    """The name the loan or grant goes to after its lender, in the same clause ("a grant from
    L, the state body, going to Tamakoa"); else -1."""
    lows = s.lows
    for q in range(lender + 1, min(len(lows) - 2, lender + 12)):
        if lows[q] in (".", ";", "but", "while", "whereas"):
            return -1
        if lows[q] in GOING and lows[q + 1] in ("to", "for") and lows[q + 2] == M:
            return -1 if s.is_det(q + 2) else q + 2
    return -1


def _not_the_builder(
    s: Sentence, lenders: Mention, project: Mention, cands: list[int], v: int
) -> None:
    """The lender of a loan that pays for a project funds the project, not the verb's subject
    (its developer or partners): "The partners will finance the mine with a loan from L"."""
    if not cands or cands[0] >= v:
        return
    subject = s.ment(cands[0])
    if not subject.shares(project):
        s.drop(lenders, "FUNDS", subject)


def _built_thing(s: Sentence, v: int, obj: int) -> bool:
    """The object of a building verb at v is what is built, whatever its type so far: "is
    building the Greyscar barrage with a loan from A" (not a person or a place)."""
    return s.lows[v] in BUILD_FORMS and s.etypes(obj).isdisjoint(("Person", "Location"))


def _built_head(s: Sentence, subj: int) -> int:
    """The named thing an object relative on a building verb describes: "the Orvane ring road,
    which X is constructing ...", "the Tarn Bypass, a road that X is building ..."; else -1."""
    lows = s.lows
    if subj < 3 or lows[subj - 1] not in WHICH_THAT:
        return -1
    c = subj - 2
    if lows[subj - 1] == "that":
        while c > 0 and subj - c <= 5 and lows[c].isalpha():
            c -= 1  # "a road that", "a 12km bypass that"
    if c < 1 or lows[c] != ",":
        return -1
    d = c - 1
    while d > 0 and c - d <= 2 and lows[d].isalpha():
        d -= 1  # "the Orvane ring road, which": a project's name before its head noun
    if lows[d] != M or (d < c - 1 and "Project" not in s.etypes(d)):
        return -1
    return d if s.etypes(d).isdisjoint(("Person", "Location")) else -1


def not_the_bought(s: Sentence, lenders: Mention, buyer: Mention, obj: int) -> None:
    """The lender of a buyer does not fund what it buys ("A will finance the takeover of B
    with a loan from L", "A agreed to buy B, funding the purchase with a loan from L"), nor the
    seller it buys from."""
    lows = s.lows
    bought = {f.target for f in s.found if f.type == "OWNS" and f.source in buyer.ids}
    if obj >= 2 and lows[obj - 1] == "of" and lows[obj - 2] in DEAL_NOUNS:
        bought.update(s.ment(obj).ids)
    if obj >= 2 and "from" in lows[obj - 2 : obj]:
        bought.update(s.ment(obj).ids)  # the seller: "bought two mills from X with a loan from L"
    gone = [
        f
        for f in s.found
        if f.type == "FUNDS"
        and f.source in lenders.ids
        and f.target in bought
        and f.target not in buyer.ids
    ]
    s.withdraw(gone)


def _bought_here(s: Sentence, borrower: Mention) -> bool:
    """The borrower is what this sentence says someone else buys (not "X, which is owned by
    K, will pay with a loan": a holding is no purchase)."""
    bought = [
        f.source
        for f in s.found
        if f.type == "OWNS"
        and f.target in borrower.ids
        and f.source not in borrower.ids
        and f.rule.startswith(("verbal/", "nominal/"))
    ]
    if not bought:
        return False
    agents = holding_agents(s)  # once per sentence, not per relation
    return any(r not in agents for r in bought)


def relative_resumed(s: Sentence, v: int) -> int:
    """The opening name of a sentence whose relative aside closes just before the verb at v:
    "Orvik, which was set up by A and is owned by K, will pay for it with ..." (Orvik); else -1."""
    lows = s.lows
    o = opening_mention(s)
    if o < 0 or o + 3 >= v or lows[o + 1] != "," or lows[o + 2] not in RELATIVE_SUBJECTS:
        return -1
    c = v - 1
    while c > o + 2 and (lows[c] in AUXILIARIES or lows[c] in MODALS):
        c -= 1
    if lows[c] != "," or any(lows[x] in PUNCT_STOP for x in range(o + 3, c)):
        return -1
    return -1 if s.is_det(o) else o


def _reported_deal(s: Sentence, v: int) -> bool:
    """The verb at v has a deal noun opening a reported clause as its subject: "Sorrel said
    (that) the transaction was funded ..." (the speaker is no payer: it may be the seller)."""
    lows = s.lows
    d = v - 1
    while d >= 0 and (lows[d] in AUXILIARIES or lows[d] in PASSIVE_AUX):
        d -= 1
    return (
        d >= 2
        and lows[d] in DEAL_NOUNS
        and lows[d - 1] in ("the", "this")
        and lows[d - 2] in REPORTED
    )


def _deal_subject(s: Sentence, v: int) -> Mention | None:
    """The buyer of a deal noun subject: "Its purchase of Y will be financed with ..." (the
    possessor), "The purchase will be paid for with ..." (the buyer the sentences before
    named, `SentenceContext.buyer`); else None."""
    lows = s.lows
    d = v - 1
    while d >= 0 and (lows[d] in AUXILIARIES or lows[d] in PASSIVE_AUX):
        d -= 1
    if d >= 2 and lows[d] == M and lows[d - 1] == "of":
        d -= 2  # "Its purchase of Y will be ..."
    if d < 1 or lows[d] not in DEAL_NOUNS:
        return None
    if lows[d - 1] == M and s.is_det(d - 1):
        return s.ment(d - 1)
    opens = d - 1 == 0 or lows[d - 2] in REPORTED  # "X said the deal would be paid for"
    if lows[d - 1] in ("the", "this") and opens and s.context.buyer:
        return Mention((s.context.buyer,), -1, -1, "context", 0.8)
    return None


def _loan_after(
    s: Sentence, q: int, loans: frozenset[str], means_words: frozenset[str] = MEANS
) -> tuple[int, int] | None:
    """After a paying verb: the object mention (or -1) and the lender of a loan named after
    "with"/"using" ("the deal with cash and a bridge loan from A"); else None."""
    lows = s.lows
    n = len(lows)
    obj = -1
    means = False
    for k in range(q, min(n, q + REACH)):
        w = lows[k]
        if w in CLAUSE_STOP or w == ";" or w in MEANS_END:
            return None
        if w in RELATIVES and lows[k - 1] == ",":
            return None  # "bought the mills from S, which paid from ...": the relative's own payer
        if w == M and (_own_pronoun(s, k) or _others_money(s, k)):
            continue  # "with its own funds and a loan from A": the payer's own money
        if w == M:
            if means or obj >= 0:
                return None  # a name before the loan: another construction
            obj = k
        elif w in means_words or (w == "from" and _own_money(s, k)):
            means = True  # "paid for from cash reserves plus a term loan from A"
        elif means and w in LENDER_GROUPS:
            lender = _group_leader(s, k)  # "with a bank group headed by A"
            return (obj, lender) if lender >= 0 else None
        elif means and w in loans and (w not in WIDE_HEADS or lows[k - 1] == "credit"):
            for link in LENDER_LINKS:
                e = k + 1 + len(link)
                if tuple(lows[k + 1 : e]) == link:
                    lender = right(s, e, 2)
                    return (obj, lender) if lender >= 0 else None
            return None
    return None


@per_lexicon
def money_nouns(lex: Lexicon) -> frozenset[str]:
    """The payer's money after "from": `holdings.owner_money_nouns` and
    `holdings.payer_money_nouns` ("from existing reserves")."""
    spec = lex.data.get("holdings") or {}
    return owner_money_words(lex).nouns | word_set(spec.get("payer_money_nouns"))


def _own_money(s: Sentence, k: int) -> bool:
    """ "from" at k opens the payer's own money, not a seller or a lender: "from existing cash",
    "from its own funds", "from existing reserves" (`money_nouns`)."""
    nouns = money_nouns(s.lex)
    for q in range(k + 1, min(len(s.lows), k + 1 + OWN_REACH)):
        if s.lows[q] in nouns:
            return True
        if s.lows[q] in CLAUSE_STOP:
            return False
        if s.lows[q] == M and not _own_pronoun(s, q):
            return _others_money(s, q)  # "from Sorrel's reserves and a loan from L"
    return False


def _others_money(s: Sentence, k: int) -> bool:
    """A named possessor of money right after "from": "from Sorrel Pulp's reserves" (a source
    of the payer's money, neither its own nor a seller, so the loan after it is still the
    payer's)."""
    lows = s.lows
    if k < 1 or lows[k - 1] != "from" or k + 2 >= len(lows) or lows[k + 1] not in POSSESSIVE_MARKS:
        return False
    return lows[k + 2] in OWN_WORDS or lows[k + 2] in money_nouns(s.lex)


def _own_pronoun(s: Sentence, k: int) -> bool:
    """The payer's possessive before its own money: "its own cash", "the company's existing
    funds" (a pronoun or a described reference, never a name: "Orla's cash" is Orla's)."""
    lows = s.lows
    q = k + 2 if k + 1 < len(lows) and lows[k + 1] in POSSESSIVE_MARKS else k + 1
    nxt = lows[q] if q < len(lows) else ""
    own = nxt in OWN_WORDS or nxt in owner_money_words(s.lex).nouns
    return own and s.ment(k).kind in ("pronoun", "np")
