"""Second funder: a financing noun phrase coordinated with one a rule already read.

- `from-pair`: "Venn Shipping secured a loan from Krell Bank and an equity injection from Ostra
  Capital", "with debt from A and equity from B": B funds what A funds in this sentence (the
  one target A was found to fund); a funding read between A and B is dropped.
- `by-pair`: "The scheme is paid for partly by Greenlea's cash and partly by a National Bank
  loan", "funded by A's reserves and also by loans from B": the second agent funds what the
  first agent was found to fund (a plain "and by B" is read by the passive's own coordination).

The second phrase is short ("and" + a few words, one of them a money word, then "from" and the
name); no name, clause stop or verb-like word ("said") stands between.

Words: `money_words` (`loaders/data/triggers.yaml`) and `FUNDING_HEADS` below.
"""

from __future__ import annotations

from collections.abc import Callable

from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import companion_width, coord
from loaders.relations.words import COORD, PREPOSITIONS, PUNCT_STOP, SKIP_DETS, M

# heads of a financing phrase that are no amount of money in `money_words`
FUNDING_HEADS: frozenset[str] = frozenset(
    {"injection", "debt", "facility", "credit", "backing", "support", "financing", "funding"}
)
PHRASE_REACH = 6  # words between "and" and "from": "an additional $20m equity injection"
DESCRIPTOR_REACH = 3  # words of "the regional agency" between "from" and the name


# adverbs of share between "and" and a repeated "by": "and partly by", "and also by"
SHARE_ADVERBS: frozenset[str] = frozenset({"partly", "also", "mostly", "largely", "partially"})
BY_REACH = 8  # words from the first "by" to the "and": "by Greenlea's own cash reserves"


def pair_cues(lex: object) -> frozenset[str]:
    return frozenset({"from"})


def by_cues(lex: object) -> frozenset[str]:
    return SHARE_ADVERBS


def by_pair(s: Sentence) -> None:
    """ "partly by A's cash and partly by a B loan": B FUNDS A's funded target."""
    lows = s.lows
    for b in range(3, len(lows) - 1):
        if lows[b] != "by" or lows[b - 1] not in SHARE_ADVERBS or lows[b - 2] != "and":
            continue
        first = _first_agent(s, b - 2)
        second = _by_funder(s, b + 1)
        if first < 0 or second < 0:
            continue
        target = funded_by(s, s.ment(first))
        funder = s.ment(second)
        if target is None or funder.shares(target):
            continue
        _unlink(s, set(s.ment(first).ids), set(funder.ids))
        s.emit(funder, ("FUNDS",), target, "second-funder/by-pair", 0.6)


def _first_agent(s: Sentence, a: int) -> int:
    """The first name after the nearest "by" before the "and" at a; -1 if none."""
    lows = s.lows
    for b in range(a - 1, max(-1, a - BY_REACH), -1):
        if lows[b] in PUNCT_STOP:
            return -1
        if lows[b] == "by":
            return next((m for m in range(b + 1, a) if lows[m] == M and not s.is_det(m)), -1)
    return -1


def _by_funder(s: Sentence, g: int) -> int:
    """The funder a repeated "by" at g - 1 names: "a B loan", "B", "loans from B"; else -1."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    if g < n and lows[g] in SKIP_DETS:
        g += 1
    if g < n and lows[g] == M and not s.is_det(g):
        return g
    if g + 2 < n and (lows[g] in lex.money_words or lows[g] in FUNDING_HEADS):
        if lows[g + 1] == "from" and lows[g + 2] == M and not s.is_det(g + 2):
            return g + 2
    return -1


def from_pair(s: Sentence) -> None:
    """ "a loan from A and (plus, as well as) an equity injection from B": B FUNDS A's funded
    target."""
    lows = s.lows
    n = len(lows)
    for f in range(1, n - 1):
        if lows[f] != "from":
            continue
        name = described_name(s, f + 1)
        if name < 0:
            continue
        firsts = coord(s, name, 1)
        a = _coordinator_end(lows, firsts[-1] + 1)
        if a < 0:
            continue
        g = _second_from(s, a)
        if g < 0:
            continue
        first = s.merged(firsts)
        target = funded_by(s, first)
        if target is None or s.blocked(a, g + 1):
            continue
        funder = s.merged(coord(s, described_name(s, g + 1), 1))
        if not funder.shares(target):
            _unlink(s, set(first.ids), set(funder.ids))
            s.emit(funder, ("FUNDS",), target, "second-funder/from-pair", 0.65)


def _coordinator_end(lows: list[str], a: int) -> int:
    """The last word of "and", "plus" or a companion ("as well as", "along with") at a, else
    -1."""
    if a < len(lows) and lows[a] in ("and", "plus"):
        return a
    width = companion_width(lows, a, +1)
    return a + width - 1 if width else -1


def _unlink(s: Sentence, firsts: set[str], seconds: set[str]) -> None:
    """Drop a funding between the two financiers ("a loan from B" read as funding A)."""
    gone = [
        f
        for f in s.found
        if f.type == "FUNDS"
        and (
            (f.source in seconds and f.target in firsts)
            or (f.source in firsts and f.target in seconds)
        )
    ]
    s.withdraw(gone)


def _second_from(s: Sentence, a: int) -> int:
    """The "from" of a short financing phrase after "and" at a; -1 if none."""
    lex = s.lex
    return phrase_from(
        s,
        a,
        PHRASE_REACH,
        lambda w: w != M and w not in PUNCT_STOP and w != ",",
        lambda w: w in lex.money_words or w in FUNDING_HEADS or w.startswith("$"),
    )


def phrase_from(
    s: Sentence, a: int, reach: int, allowed: Callable[[str], bool], money: Callable[[str], bool]
) -> int:
    """The "from" closing a short financing phrase after the coordinator at a: at most `reach`
    words, each `allowed`, one of them `money`; then a name that is no determiner. Else -1."""
    lows = s.lows
    seen = False
    for g in range(a + 1, min(len(lows) - 1, a + 2 + reach)):
        w = lows[g]
        if w == "from":
            return g if seen and described_name(s, g + 1) >= 0 else -1
        if not allowed(w):
            return -1
        seen = seen or money(w)
    return -1


def described_name(s: Sentence, k: int) -> int:
    """The name at k, or after "the" and a few descriptor words at k ("from the regional
    agency Nordinvest", "from the Danish lender Calder Bank"); else -1."""
    lows = s.lows
    n = len(lows)
    if k < n and lows[k] == M:
        return -1 if s.is_det(k) else k
    if k >= n or lows[k] != "the":
        return -1
    for m in range(k + 1, min(n, k + 2 + DESCRIPTOR_REACH)):
        w = lows[m]
        if w == M:
            return -1 if s.is_det(m) or m == k + 1 else m
        if not w.isalpha() or w in PREPOSITIONS or w in COORD or w in s.lex.money_words:
            return -1
    return -1


def funded_by(s: Sentence, first: Mention) -> Mention | None:
    """The one target this sentence found the first funder(s) to fund."""
    targets = {f.target for f in s.found if f.type == "FUNDS" and f.source in first.ids}
    if len(targets) != 1:
        return None
    return Mention((targets.pop(),), -1, -1)
