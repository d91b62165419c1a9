"""An asset a holder keeps, said in an object relative on its name: "The sale excludes Corran
Haulage, the trucking arm, which Brightmoor will keep" (Brightmoor OWNS Corran Haulage),
"Tarsa Pulp, which the founders retain". The verb is one of keeping (`holdings.keep_verbs`
without "have", which says too little) and ends its clause; a hedged, negated or intended
keeping ("which Brightmoor hopes to keep", "which it will not keep") is none, and neither is
"keep X as a supplier" or "keep X running"; nor "retains" an adviser the sentence hires or
names ("has hired Brandt Advisers, which Orsk Group also retains").
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.advice import ADVISER_NOUNS, HIRE_VERBS
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.relative_heads import named_firm
from loaders.relations.words import AUXILIARIES, THING_RELATIVES, M

RELATIVES: Final[frozenset[str]] = THING_RELATIVES
# keep verbs that say too little of ownership in a relative ("which X has")
LOOSE_KEEPS: Final[frozenset[str]] = frozenset({"have", "has", "had", "having"})
# past forms: a sale's "which B held" is a holding that is over (unless "has held")
PAST_KEEPS: Final[frozenset[str]] = frozenset({"held", "owned", "kept", "retained", "controlled"})
# words between the holder and its verb: "which Brightmoor will still keep"
KEEP_GLUE: Final[frozenset[str]] = frozenset({"still", "also", "now", "to"})
# what may follow the verb: the end of its clause
KEPT_ENDS: Final[frozenset[str]] = frozenset(
    {".", ",", ";", ")", "and", "but", "after", "following", "when", "once", "for"}
)
APPOSED_REACH = 6  # words of an appositive between the asset's name and the relative


def cues(_lex: Lexicon) -> frozenset[str]:
    return RELATIVES


def kept_assets(s: Sentence) -> None:
    """Emit OWNS from the subject of "which X will keep" to the name the relative is on."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 2):
        if lows[k] not in RELATIVES or lows[k - 1] != "," or lows[k + 1] != M:
            continue
        holder = k + 1
        if s.is_det(holder) or not {"Organization", "Person"} & set(s.etypes(holder)):
            continue
        end = _kept_verb_end(s, holder + 1)
        if end < 0 or (end < n and lows[end] not in KEPT_ENDS):
            continue
        asset = _antecedent(s, k - 1)
        if asset < 0 or s.blocked(holder + 1, end) or _hired(lows, k, holder + 1, end):
            continue
        owned, owners = s.ment(asset), s.ment(holder)
        if not owned.shares(owners):
            s.emit(owners, ("OWNS",), owned, "stake/kept-asset", 0.7)


def _kept_verb_end(s: Sentence, v: int) -> int:
    """Where the verb of keeping after the auxiliaries from v ends ("will keep", "is to
    retain", "will hang on to"), else -1."""
    lows = s.lows
    n = len(lows)
    while v < n and (lows[v] in AUXILIARIES or lows[v] in KEEP_GLUE):
        v += 1
    if v >= n or lows[v] in LOOSE_KEEPS:
        return -1
    if lows[v] in PAST_KEEPS and lows[v - 1] not in ("has", "have"):
        return -1
    hit = holding_words(s.lex).keep_verbs.match(lows, v)
    return v + hit[0] if hit else -1


def _hired(lows: list[str], k: int, v: int, end: int) -> bool:
    """The keeping verb from v to end is a hiring one ("retains") and the words before the
    relative at k hire or name an adviser: "Kelda Rail has hired Brandt Advisers, which Orsk
    Group also retains" (Orsk retains an adviser, owns nothing)."""
    if not any(lows[x] in HIRE_VERBS for x in range(v, end)):
        return False
    return any(w in HIRE_VERBS or w in ADVISER_NOUNS for w in lows[:k])


def _antecedent(s: Sentence, comma: int) -> int:
    """The organization the relative opening after the comma at `comma` is on: the name just
    before it, or the name before an appositive ("Corran Haulage, the trucking arm,"); else
    -1."""
    lows = s.lows
    a = comma - 1
    if a >= 0 and lows[a] != M:
        a = next(
            (j - 1 for j in range(comma - 1, max(0, comma - APPOSED_REACH), -1) if lows[j] == ","),
            -1,
        )
        if a < 0 or M in lows[a + 2 : comma]:
            return -1
    return named_firm(s, a)
