"""Loans from a lender group named by its leader, and a loan's passive "to B by L".

- `lent-to-by`: "The debt will be lent to Corvane by a group of five banks led by Ashby Bank",
  "The facility was provided to Corvane by Ashby Bank": a loan noun before the lending
  participle; the agent (or the group's leader) FUNDS the recipient after "to".
- `syndicate-from`: "Corvane secured a $300m loan from a consortium of six banks led by Ashby
  Bank": the group's leader FUNDS the receiving verb's subject.

Words: `syndicate_nouns`, `syndicate_fillers`, `lent_participles`, `receiving_forms` in
loaders/data/loans.yaml; loan nouns from `cost_shares` in loaders/data/triggers.yaml.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon, read_data
from loaders.relations.deal_loans import PASSIVE_AUX
from loaders.relations.loan_parties import RECEIVING_FORMS, _loan_noun, _party
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.words import AUXILIARIES, MODALS, SKIP_DETS, M

_WORDS = read_data("loans.yaml")
SYNDICATE_NOUNS: Final[frozenset[str]] = frozenset(_WORDS["syndicate_nouns"])
SYNDICATE_FILLERS: Final[frozenset[str]] = frozenset(_WORDS["syndicate_fillers"])
LENT_PARTICIPLES: Final[frozenset[str]] = frozenset(_WORDS["lent_participles"])
LEADERS: Final[frozenset[str]] = frozenset({"led", "headed", "co-led"})
LOAN_REACH = 6  # words from the loan noun to the lending participle or to "from"
ASIDE_REACH = 8  # words of an amount aside between the loan noun and its verb
FILLER_REACH = 4  # words between the group noun and "led by": "of five foreign banks"


def cues(lex: Lexicon) -> Collection[str]:
    return SYNDICATE_NOUNS | LENT_PARTICIPLES


def lender_at(s: Sentence, p: int) -> int:
    """The lender a phrase at p names: a name, or the leader of "a group of banks led by L";
    else -1."""
    lows = s.lows
    n = len(lows)
    if _party(s, p):
        return p
    if p + 1 >= n or lows[p] not in SKIP_DETS or lows[p + 1] not in SYNDICATE_NOUNS:
        return -1
    for q in range(p + 2, min(n - 2, p + 3 + FILLER_REACH)):
        if lows[q] in LEADERS and lows[q + 1] == "by":
            return q + 2 if _party(s, q + 2) else -1
        if lows[q] not in SYNDICATE_FILLERS:
            return -1
    return -1


def _before_aside(s: Sentence, v: int) -> int:
    """Where the loan noun may end before the participle at v, past an amount aside: "The
    debt, about $80m, will be lent to B" (the first comma's place); else v."""
    lows = s.lows
    c = v - 1
    while c > 0 and (lows[c] in PASSIVE_AUX or lows[c] in AUXILIARIES or lows[c] in MODALS):
        c -= 1
    if lows[c] != ",":
        return v
    for q in range(c - 1, max(0, c - ASIDE_REACH), -1):
        if lows[q] == M or lows[q] in (";", "."):
            return v  # a name in the aside: another construction
        if lows[q] == ",":
            return q
    return v


def lent_to_by(s: Sentence) -> None:
    """ "The loan will be provided to B by L" (or by a group led by L): L FUNDS B."""
    lows = s.lows
    n = len(lows)
    for v in range(2, n - 4):
        if lows[v] not in LENT_PARTICIPLES or lows[v + 1] != "to" or not _party(s, v + 2):
            continue
        low = _before_aside(s, v)
        if not any(_loan_noun(s, k) for k in range(max(0, low - LOAN_REACH), v)):
            continue
        by = coord(s, v + 2, +1)[-1] + 1
        if by >= n or lows[by] != "by" or lows[v - 1] in ("to", "has", "have", "had"):
            continue  # "has provided to": active, read by the verb rules
        lender = lender_at(s, by + 1)
        if lender >= 0 and not s.blocked(v, by + 2):
            funder = s.merged(coord(s, lender, +1))
            s.emit(
                funder, ("FUNDS",), s.merged(coord(s, v + 2, +1)), "loan-parties/lent-to-by", 0.7
            )


def syndicate_from(s: Sentence) -> None:
    """ "B secured a loan from a syndicate of lenders led by L": L FUNDS B."""
    lows = s.lows
    for f in range(2, len(lows) - 4):
        if lows[f] != "from" or lows[f + 2] not in SYNDICATE_NOUNS:
            continue
        lender = lender_at(s, f + 1)
        if lender < 0 or not _loan_noun(s, f - 1):
            continue
        v = next(
            (x for x in range(f - 2, max(-1, f - LOAN_REACH), -1) if lows[x] in RECEIVING_FORMS),
            -1,
        )
        subj = subjects(s, v, True) if v > 0 else []
        if subj and _party(s, subj[0]) and lows[subj[0]] == M and not s.blocked(v, lender + 1):
            funder = s.merged(coord(s, lender, +1))
            s.emit(funder, ("FUNDS",), s.ment(subj[0]), "loan-parties/syndicate-from", 0.7)
