"""Money named after its giver: the funder's name before a money noun, received by the subject.

- `named-money`: "Kessel Foods secured £2m of Innovate UK funding", "won an Innovate UK grant
  worth £2m", "was awarded Orrin Bank financing", "received Tamworth Capital's backing": the
  named giver FUNDS the clause's subject. The money noun must follow the name directly ("won an
  Orrin Group contract" is a sale).

Words: `holdings.money_receipts` (verbs as written) and `holdings.named_money_nouns` in
`loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.model import Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import coord, subjects
from loaders.relations.words import BE_FORMS, POSSESSIVE_MARKS, M

REACH = 6  # words from the verb to the giver's name
_BETWEEN = frozenset({"a", "an", "the", "of", "in", "new", "fresh", "further", "more", "extra"})
_PASSIVE_ONLY = frozenset({"awarded", "granted", "given", "handed"})


@per_lexicon
def _words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    spec = lex.data.get("holdings") or {}
    return word_set(spec.get("money_receipts")), word_set(spec.get("named_money_nouns"))


def cues(lex: Lexicon) -> frozenset[str]:
    return _words(lex)[0]


def named_money(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    verbs, nouns = _words(s.lex)
    for v in range(1, n - 2):
        if lows[v] not in verbs:
            continue
        if lows[v] in _PASSIVE_ONLY and lows[v - 1] not in BE_FORMS:
            continue  # "Innovate UK awarded X funding": the grant rule's
        giver = _giver(s, v, nouns)
        subj = subjects(s, v, True) if giver >= 0 else []
        if not subj or subj[0] >= v or "Organization" not in s.etypes(subj[0]):
            continue
        if s.blocked(subj[0] + 1, giver):
            continue
        recipients = s.merged(coord(s, subj[0], -1))
        if set(recipients.ids).isdisjoint(s.ment(giver).ids):
            s.emit(s.ment(giver), ("FUNDS",), recipients, "funding/named-money", 0.65)


def _giver(s: Sentence, v: int, nouns: frozenset[str]) -> int:
    """The name right before a money noun within reach after the verb at v, else -1."""
    lows = s.lows
    n = len(lows)
    for m in range(v + 1, min(n - 1, v + REACH + 1)):
        w = lows[m]
        if w == M:
            if s.is_det(m):
                return -1
            nxt = m + 1 + (lows[m + 1] in POSSESSIVE_MARKS)
            return m if nxt < n and lows[nxt] in nouns else -1
        if not (w in _BETWEEN or is_money(s.lex, w)):
            return -1
    return -1
