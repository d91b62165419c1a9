"""The parties named inside a loan noun: lender, borrower and co-investor.

- `to-from`: "a €9m loan to Halvik from Ostrel Credit", "a loan from Exton Bank to Quillex": the
  lender FUNDS the borrower; "funded partly by a loan to A from L" makes A no funder (the
  passive's agent is the lender, not the borrower).
- `lender-relative`: "a facility Exton Fund provided to Quillex", "a credit line that Lorrimer
  gave Quillex": the relative's subject lends to its object; it is never the one funded. A
  described aside after the lender is passed over ("that L, a Ghent savings bank, has
  extended to B"); a borrower's possessive ("to B's parent") reads nothing.
- guards: "Lomar will invest alongside Brannock" (a co-investor, never the one funded); "the
  Tarvick takeover was paid for ..." (the deal's target is no funder).

Words: `cost_shares.loan_nouns` and `cost_shares.grant_heads` in loaders/data/triggers.yaml,
`lending_forms`, `companion_preps` in loaders/data/loans.yaml.
"""

from __future__ import annotations

from collections.abc import Collection

from loaders.grammar_words import PERFECT_AUX
from loaders.lexicon import Lexicon, read_data
from loaders.relations.deal_loans import DEAL_NOUNS, WIDE_HEADS
from loaders.relations.funding import cost_words
from loaders.relations.model import Sentence
from loaders.relations.nav import aside_end, coord, subjects
from loaders.relations.words import POSSESSIVE_MARKS, WHICH_THAT, M

_WORDS = read_data("loans.yaml")
# verbs of a lender in a relative on the loan noun: "a facility L provided to B"
LENDING_FORMS: frozenset[str] = frozenset(_WORDS["lending_forms"])
# words before a co-investor: "invest alongside X"
COMPANION_PREPS: frozenset[str] = frozenset(_WORDS["companion_preps"])
# verbs moving an existing loan: "switched its loan from A to B" (no lender named)
MOVING_FORMS: frozenset[str] = frozenset(_WORDS["moving_forms"])
RECEIVING_FORMS: frozenset[str] = frozenset(_WORDS["receiving_forms"])
FUND_NOUNS: frozenset[str] = frozenset(_WORDS["fund_nouns"])
MOVE_REACH = 4  # words from the moving verb to the loan noun
PARTY_TYPES = frozenset({"Organization", "Person", "Project"})
BY_REACH = 5  # words from "by" to the loan noun: "by a fresh €9m term loan"


def _loan_noun(s: Sentence, k: int) -> bool:
    fw = cost_words(s.lex)
    w = s.lows[k]
    if w in WIDE_HEADS:
        return k > 0 and s.lows[k - 1] == "credit"
    return w in fw.loans or w in fw.grant_heads


def cues(lex: Lexicon) -> Collection[str]:
    fw = cost_words(lex)
    return fw.loans | fw.grant_heads


def raiser_cues(lex: Lexicon) -> Collection[str]:
    return frozenset(cues(lex)) | lex.round_nouns


def _party(s: Sentence, k: int) -> bool:
    """A named firm, person or project (not a possessive determiner) at k."""
    return (
        k < len(s.lows) and s.lows[k] == M and not s.is_det(k) and bool(s.etypes(k) & PARTY_TYPES)
    )


def to_from(s: Sentence) -> None:
    """ "a loan to A from L" / "a loan from L to A": L FUNDS A."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 4):
        if not _loan_noun(s, k) or s.is_det(k - 1) or _moved(lows, k):
            continue
        first, second = lows[k + 1], k + 2
        if first not in ("to", "from") or not _party(s, second):
            continue
        nxt = coord(s, second, 1)[-1] + 1  # "from A and B to"
        other = ({"to": "from", "from": "to"})[first]
        if nxt + 1 >= n or lows[nxt] != other or not _party(s, nxt + 1):
            continue
        if nxt + 2 < n and lows[nxt + 2] in POSSESSIVE_MARKS:
            continue  # "from L to A's parent": not A
        a, b = coord(s, second, 1), coord(s, nxt + 1, 1)
        lenders, borrowers = (b, a) if first == "to" else (a, b)
        src, tgt = s.merged(lenders), s.merged(borrowers)
        s.emit(src, ("FUNDS",), tgt, "loan-parties/to-from", 0.75)
        if _after_by(lows, k):
            s.drop(tgt, "FUNDS", None)  # "funded by a loan to A from L": A is no agent


def _moved(lows: list[str], k: int) -> bool:
    """A moving verb just before the loan noun at k: "switched the loan from A to B"."""
    return any(w in MOVING_FORMS for w in lows[max(0, k - MOVE_REACH) : k])


def _after_by(lows: list[str], k: int) -> bool:
    """The loan noun at k is the agent of a passive: "funded partly by a €9m loan"."""
    for b in range(k - 1, max(-1, k - BY_REACH - 1), -1):
        if lows[b] == "by":
            return True
        if lows[b] == M or lows[b] in (",", ";", "."):
            return False
    return False


def lender_relative(s: Sentence) -> None:
    """ "a facility (that) L provided (to) B": L FUNDS B; nothing funds L."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if not _loan_noun(s, k):
            continue
        m = k + 2 if lows[k + 1] in WHICH_THAT else k + 1
        if not _party(s, m) or "Location" in s.etypes(m):
            continue
        v = aside_end(s, m + 1)  # "a loan that L, a Leuven lender, has extended to B"
        if v < n and lows[v] in PERFECT_AUX:
            v += 1
        if v >= n or lows[v] not in LENDING_FORMS:
            continue
        lender = s.ment(m)
        s.drop(None, "FUNDS", lender)
        b = v + 2 if v + 1 < n and lows[v + 1] == "to" else v + 1
        if _party(s, b) and not (b + 1 < n and lows[b + 1] in POSSESSIVE_MARKS):
            borrower = s.merged(coord(s, b, 1))
            s.emit(lender, ("FUNDS",), borrower, "loan-parties/lender-relative", 0.7)


def companion_cues(lex: Lexicon) -> Collection[str]:
    return COMPANION_PREPS | DEAL_NOUNS


def co_investor(s: Sentence) -> None:
    """ "Lomar will invest alongside Brannock": the co-investor is never the one funded; "the
    Tarvick takeover was paid for": the deal's target is no funder."""
    if not any(f.type == "FUNDS" for f in s.found):
        return
    lows = s.lows
    for t in range(1, len(lows)):
        if lows[t] != M:
            continue
        if lows[t - 1] in COMPANION_PREPS:
            for c in coord(s, t, 1):
                s.drop(None, "FUNDS", s.ment(c))
        elif t + 1 < len(lows) and lows[t + 1] in DEAL_NOUNS and not s.is_det(t):
            s.drop(s.ment(t), "FUNDS", None)


LEADER_LINKS = (("led", "by"), ("headed", "by"), ("co-led", "by"))
# a companion of the round's leaders: "led by L and joined by D", "led by L, joined by D"
JOINER_LINKS = (("and", "joined", "by"), (",", "joined", "by"))
BACKER_REACH = 8  # words from the raising verb to "led by"


def raiser_relative(s: Sentence) -> None:
    """ "funded by a £12m round Q closed in 2022, led by L with D joining" (or "and joined by
    D"): Q raised the money (no funder of what the sentence funds); L and D FUND Q."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] not in s.lex.round_nouns and not _loan_noun(s, k):
            continue
        m = k + 2 if lows[k + 1] in WHICH_THAT else k + 1
        if not _party(s, m) or m + 1 >= n or "Location" in s.etypes(m):
            continue
        hit = s.lex.round_raise.match(lows, m + 1)
        if hit is None:
            continue
        raiser = s.ment(m)
        s.drop(raiser, "FUNDS", None)
        backers = _round_backers(s, m + 1 + hit[0])
        for b in backers:
            s.drop(s.ment(b), "FUNDS", None)
        if backers:
            s.emit(s.merged(backers), ("FUNDS",), raiser, "loan-parties/raiser-relative", 0.7)


def _round_backers(s: Sentence, start: int) -> list[int]:
    """The leaders after "led by" (and a "with D joining" companion) within reach of start."""
    lows = s.lows
    n = len(lows)
    for p in range(start, min(n - 2, start + BACKER_REACH)):
        if lows[p] in (";", ".") or lows[p] == M:
            return []
        if tuple(lows[p : p + 2]) in LEADER_LINKS and _party(s, p + 2):
            leaders = coord(s, p + 2, 1)
            w = leaders[-1] + 1
            if w + 1 < n and lows[w] == "with" and _party(s, w + 1):
                return leaders + coord(s, w + 1, 1)
            if tuple(lows[w : w + 3]) in JOINER_LINKS and _party(s, w + 3):
                joiners = coord(s, w + 3, 1)  # "led by L and joined by D"
                after = joiners[-1] + 1
                if after < n and lows[after] in POSSESSIVE_MARKS:
                    return leaders  # "joined by D's founder": not D
                return leaders + joiners
            return leaders
    return []


RECEIVE_REACH = 5  # words from the receiving verb to the loan noun


def possessed_fund(s: Sentence) -> None:
    """ "Kelmar Works, which won a grant from the Ostrel Council's fund": the fund's owner
    FUNDS the receiving verb's subject."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 4):
        if not _loan_noun(s, k) or lows[k + 1] != "from":
            continue
        m = k + 3 if lows[k + 2] == "the" else k + 2
        if not _party(s, m) or m + 2 >= n or lows[m + 1] not in POSSESSIVE_MARKS:
            continue
        if not any(w in FUND_NOUNS for w in lows[m + 2 : m + 5]):
            continue
        v = next(
            (x for x in range(k - 1, max(-1, k - RECEIVE_REACH), -1) if lows[x] in RECEIVING_FORMS),
            -1,
        )
        cands = subjects(s, v, True) if v > 0 else []
        if cands and _party(s, cands[0]):
            s.emit(s.ment(m), ("FUNDS",), s.ment(cands[0]), "loan-parties/possessed-fund", 0.7)
