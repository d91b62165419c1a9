"""Rivalry family: a firm described as another's rival in an appositive.

- `apposed_own_rival`: "Talvo denied it had approached Brisk Boards, its Irish rival, about a
  merger", "may bid for Halvik, Quillex's closest competitor": the appositive's head competes
  with the possessor. The description is stated as a fact whatever the clause around it says
  (a denial, a hedge or an intent), so only a negation inside the appositive blocks it; the
  role rules read the same shape in a plain clause.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.rival_words import rival_words
from loaders.relations.words import M

RULE_APPOSED_OWN = "rivalry/apposed-own-rival"
# what closes the appositive after the rival noun: "B, its Irish rival, about ...", "B, its rival."
CLOSERS = frozenset({",", ".", ";", ")", "--", "\u2014"})


def apposed_own_rival(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in nouns or w.endswith("s") or k + 1 >= n or lows[k + 1] not in CLOSERS:
            continue
        owner = _owner_before(s, k)
        if owner < 0:
            continue
        comma = owner - 1
        head = comma - 1
        if head < 0 or lows[comma] != "," or lows[head] != M or s.is_det(head):
            continue
        if s.etypes(head) != {"Organization"} or s.etypes(owner) != {"Organization"}:
            continue
        if set(s.ment(head).ids) & set(s.ment(owner).ids) or s.negated(comma, k):
            continue
        s.emit(s.ment(head), ("COMPETES_WITH",), s.ment(owner), RULE_APPOSED_OWN, 0.65)


def _owner_before(s: Sentence, k: int) -> int:
    """The possessor opening the rival phrase that ends at k: "its Irish rival", "Quillex's
    closest competitor" (up to three modifiers between), else -1."""
    lows = s.lows
    q = k - 1
    while q >= 0 and k - q <= 3 and lows[q].replace("-", "").isalpha():
        q -= 1  # "Irish", "long-time", "closest"
    if q >= 0 and lows[q] == M and s.is_det(q):
        return q
    if q >= 1 and lows[q] in ("'s", "'") and lows[q - 1] == M and not s.is_det(q - 1):
        return q - 1 if q - 2 >= 0 and lows[q - 2] == "," else -1
    return -1
