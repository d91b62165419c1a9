"""Loans for a named project: the lender funds the project the loan pays for, not its borrower.

- `loan-for-project`: "X won a €500m loan from A for the Pellow wind farm", "B lent X $90m
  for the Halden smelter", "X raised a loan from C to build the Tarn dam", "D gave X a grant
  to build the Tarn mine", "X secured a grant from E for its Tarn mine": the lender (after
  "from", or the funder another rule read for the borrower) FUNDS the named Project, and the
  borrower, which only carries the loan, is no longer its target.

The purpose is "for (the|its) P", "towards the P" or "to VERB (the|its) P" with P a
Project; a loan noun or a lending verb stands before it in the same clause, and no other name
but the lender and the borrower.

- `lent-to-buy`: "A will lend $200m to B to buy C": A does not own C (B buys it).
- `built-with-loan`: "The P is being built by X with a loan from B": B funds P, not X.

Words: `cost_shares.loan_nouns` and `cost_shares.purposes` (triggers.yaml),
`holdings.deal_loan_nouns` (holdings.yaml).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.deal_guards import intended
from loaders.relations.deal_loans import BUILD_FORMS, MEANS
from loaders.relations.funding import cost_words
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, right, subjects
from loaders.relations.words import BE_FORMS, CLAUSE_STOP, PUNCT_STOP, M

REACH: Final = 16  # words from the loan cue to the purpose
# verbs of lending money to a borrower ("lent X $90m for", "is lending $90m for")
LENDING: Final[frozenset[str]] = frozenset(
    {"lend", "lends", "lent", "lending", "loaned", "loaning"}
)
# "a loan agreement with A", "a financing deal with A"
LOAN_DEALS: Final = frozenset({"agreement", "agreements", "deal", "deals", "contract", "pact"})
# verbs of buying after "to" ("to buy C"): the borrower's purchase
BUYING: Final = frozenset({"buy", "acquire", "purchase"})
# rules whose FUNDS from a lender to a borrower may stand for the project's loan
LOAN_RULES: Final = ("verbal/", "nominal/", "funding/grant", "funding/named-money")


def cues(lex: Lexicon) -> frozenset[str]:
    return LENDING | cost_words(lex).loans | holding_words(lex).deal_loans


def loan_for_project(s: Sentence) -> None:
    lows = s.lows
    for q in range(2, len(lows) - 2):
        project = _purpose(s, q)
        if project < 0:
            continue
        start = _loan_cue(s, q)
        if start < 0:
            continue
        names = [k for k in range(start, q) if lows[k] == M and not s.is_det(k)]
        if len(names) > 3 or s.blocked(start, project):
            continue
        lenders = _lenders(s, start, q)
        borrowers = {i for k in names for i in s.ment(k).ids} - lenders
        if lenders:
            projects = s.merged(coord(s, project, +1))
            _retarget(s, lenders, borrowers, projects, "loan-purpose/loan-for-project")


def built_with_loan(s: Sentence) -> None:
    """ "The Pellow wind farm is being built by X with a loan from B": B funds the project
    the passive is about, not its builder X."""
    lows = s.lows
    for k in range(2, len(lows) - 4):
        if lows[k] not in BUILD_FORMS or lows[k - 1] not in BE_FORMS or lows[k + 1] != "by":
            continue
        project = _patient(s, k)
        builder = k + 2 if lows[k + 2] == M and not s.is_det(k + 2) else -1
        if project < 0 or builder < 0 or lows[k + 3] not in MEANS:
            continue
        end = k + 3
        while end < len(lows) and end - k <= REACH and lows[end] not in PUNCT_STOP:
            end += 1  # the means phrase: "with a €300m loan from B and C"
        lenders = _lenders(s, k + 3, end)
        if lenders and not s.blocked(project, end):
            builders = set(s.ment(builder).ids)
            _retarget(s, lenders, builders, s.ment(project), "loan-purpose/built-with-loan")


def lent_to_buy(s: Sentence) -> None:
    """ "A will lend $200m to B to buy C", "A lent B $200m to acquire C": the borrower buys,
    not the lender; the lender's OWNS (or FUNDS) of C that the verb rules read goes."""
    lows = s.lows
    for v, w in enumerate(lows):
        if w not in LENDING:
            continue
        t = next(
            (
                x
                for x in range(v + 1, min(len(lows) - 2, v + REACH))
                if lows[x] == "to" and lows[x + 1] in BUYING
            ),
            -1,
        )
        names = [x for x in range(v + 1, t) if lows[x] == M and not s.is_det(x)]
        bought = right(s, t + 2, 2) if t > 0 else -1
        if not names or bought < 0 or any(lows[x] in PUNCT_STOP for x in range(v, t)):
            continue
        borrower = set(s.ment(names[-1]).ids)
        target = set(s.ment(bought).ids)
        gone = [
            f
            for f in s.found
            if f.type in ("OWNS", "FUNDS")
            and f.target in target
            and f.source not in borrower
            and f.rule.startswith("verbal/")
        ]
        s.withdraw(gone)


def _patient(s: Sentence, k: int) -> int:
    """The Project named just before the verb group of the participle at k, else -1."""
    lows = s.lows
    a = k - 1
    while a >= 0 and (lows[a] in BE_FORMS or lows[a] in ("will", "has", "have", "had")):
        a -= 1
    while a >= 1 and k - a <= 6 and lows[a] != M and lows[a].isalpha():
        a -= 1  # "the Pellow wind farm is": the name before its head noun
    return a if a >= 0 and lows[a] == M and "Project" in s.etypes(a) else -1


def _purpose(s: Sentence, q: int) -> int:
    """The Project named by a purpose phrase at q: "for the P", "for its P", "to build the
    P", "to help pay for P"; else -1."""
    lows = s.lows
    if lows[q] in ("for", "towards", "toward"):
        p = right(s, q + 1, 3)
    elif lows[q] == "to" and lows[q + 1] in cost_words(s.lex).purposes:
        hit = cost_words(s.lex).purposes.match(lows, q + 1)
        p = right(s, q + 1 + hit[0], 3) if hit is not None else -1
    else:
        return -1
    if p < 0 or "Project" not in s.etypes(p) or not s.etypes(p).isdisjoint(("Organization",)):
        return -1
    between = lows[q + 1 : p]
    return p if all(w.isalpha() or w == M for w in between) else -1


def _loan_cue(s: Sentence, q: int) -> int:
    """Where the clause of the purpose at q starts, when a loan noun or lending verb is in it
    before q; else -1."""
    lows = s.lows
    loans = cost_words(s.lex).loans | holding_words(s.lex).deal_loans
    seen = False
    k = q - 1
    while k >= 0 and q - k <= REACH:
        w = lows[k]
        if w in CLAUSE_STOP or w in PUNCT_STOP or w in (";", ",", "which", "that", "who"):
            break
        if (w in loans or w in LENDING) and intended(s, k):
            return -1  # "is seeking a loan from A", "applied for a grant"
        seen = seen or w in loans or w in LENDING
        k -= 1
    return k + 1 if seen else -1


def _lenders(s: Sentence, start: int, q: int) -> set[str]:
    """The lenders between start and q: the name after "from" behind a loan noun ("a loan
    from A and B"), the subject of a lending verb ("B lent it $90m"), and the sources of
    the FUNDS the rules read to a name there."""
    lows = s.lows
    loans = cost_words(s.lex).loans | holding_words(s.lex).deal_loans
    out: set[str] = set()
    for k in range(start + 1, q - 1):
        if lows[k] == "from" and lows[k - 1] in loans or _loan_with(lows, k, loans):
            a = right(s, k + 1, 1)
            if 0 <= a < q:
                out.update(i for m in coord(s, a, +1) for i in s.ment(m).ids)
        if lows[k] in LENDING:  # "B lent it $90m for the P"
            subj = subjects(s, k, True)
            if subj and start <= subj[0] < k and "Organization" in s.etypes(subj[0]):
                out.update(i for m in coord(s, subj[0], -1) for i in s.ment(m).ids)
    here = {i for k in range(start, q) if lows[k] == M for i in s.ment(k).ids}
    out.update(
        f.source
        for f in s.found
        if f.type == "FUNDS" and f.rule.startswith(LOAN_RULES) and {f.source, f.target} <= here
    )
    return out


def _loan_with(lows: list[str], k: int, loans: frozenset[str]) -> bool:
    """ "with" after a loan noun and a word of agreement at k: "signed a loan (agreement)
    with A" names the lender."""
    if lows[k] != "with":
        return False
    return lows[k - 1] in loans or (lows[k - 1] in LOAN_DEALS and lows[k - 2] in loans)


def _retarget(
    s: Sentence, lenders: set[str], borrowers: set[str], project: Mention, rule: str
) -> None:
    """The lenders fund the project; their FUNDS to the borrowers go."""
    gone = [
        f for f in s.found if f.type == "FUNDS" and f.source in lenders and f.target in borrowers
    ]
    s.withdraw(gone)
    src = Mention(tuple(sorted(lenders)), -1, -1, "name", 0.9)
    s.emit(src, ("FUNDS",), project, rule, 0.65)
