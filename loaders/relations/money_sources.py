"""A second source of money with its own amount: "X raised £5m from A and £3m from B".

After a sentence's funding from a first source ("raised £5m from A"), a later conjunct "and
<amount> from B" (the verb left out) names another source of the same money: B FUNDS what A
funds. Only when the sentence's FUNDS relations name one funded company. The amount phrase
is read as `second_funder.from_pair` reads its money phrase (`phrase_from`), with £, € and
bare figures ("300m") as amounts and nothing but the amount between "and" and "from".
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.funding import cost_words
from loaders.relations.grant_recipients import giving_forms
from loaders.relations.model import Mention, Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.second_funder import described_name, funded_by, phrase_from
from loaders.relations.words import M

AMOUNT_REACH: Final = 4  # words of an amount: "£3m", "a further $2m", "$3 million"
AMOUNT_FILLERS: Final[frozenset[str]] = frozenset({"a", "further", "another"})
# verbs of money arriving in a second clause: "and another €3m arrived from B"
ARRIVING: Final[frozenset[str]] = frozenset({"came", "arrived", "followed", "flowed", "poured"})
# funds19: a second giver's verb with its own amount and no recipient: "and B is providing
# another €300m as a loan", "and B will lend a further £10m"
# (not "add": "added another €3m in revenue" is income)
GIVING: Final[frozenset[str]] = frozenset(
    {"providing", "lending", "contributing", "provide", "lend", "contribute"}
    | {"provides", "lends", "contributes", "provided", "lent", "contributed"}
)
GIVER_AUX: Final[frozenset[str]] = frozenset({"is", "are", "was", "were", "will", "has", "have"})
# the amount's second clause ends here, or with "as a loan", or "in" before a loan or money
# noun ("in loans", "in equity"; not "in revenue": `IN_MONEY`)
AMOUNT_ENDS: Final[frozenset[str]] = frozenset({".", ";", ",", "as"})
IN_MONEY: Final = "in"


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"from"})


def second_source(s: Sentence) -> None:
    """ "raised £5m from A and £3m from B": B FUNDS the company A funds."""
    lows = s.lows
    funded = {f.target for f in s.found if f.type == "FUNDS"}
    if len(funded) != 1:
        return
    owned = Mention((funded.pop(),), -1, -1)
    for f in range(len(lows) - 3):
        if lows[f] != "from" or lows[f + 1] != M or lows[f + 2] != "and":
            continue
        g = phrase_from(
            s, f + 2, AMOUNT_REACH, lambda w: _amount_word(s, w), lambda w: is_money(s.lex, w)
        )
        first = funded_by(s, s.ment(f + 1)) if g >= 0 else None
        if first is None or first.ids != owned.ids:
            continue  # "from A" must fund the sentence's one funded company
        source = s.ment(described_name(s, g + 1))
        if owned.ids[0] not in source.ids and not s.blocked(f + 2, g + 2):
            s.emit(source, ("FUNDS",), owned, "money-sources/second", 0.6)


def _amount_word(s: Sentence, w: str) -> bool:
    """A word of an amount: "£3m", "a further $2m", "another €1m"."""
    return is_money(s.lex, w) or w in AMOUNT_FILLERS


def arrived(s: Sentence) -> None:
    """ "A lent X €10m, and another €3m arrived from B": B FUNDS X, the recipient left out of
    the second clause (the sentence's one funded company, else the name right after a
    lending verb of the first clause)."""
    lows = s.lows
    n = len(lows)
    for a in range(2, n - 4):
        if lows[a] != "and" or lows[a - 1] != ",":
            continue
        g = a + 1
        while g < n and g - a <= AMOUNT_REACH and _amount_word(s, lows[g]):
            g += 1
        if g == a + 1 or g + 2 >= n or lows[g] not in ARRIVING or lows[g + 1] != "from":
            continue
        b = g + 2 + (lows[g + 2] == "the")
        if b >= n or lows[b] != M or s.is_det(b) or not any(is_money(s.lex, w) for w in lows[a:g]):
            continue
        owned = _recipient(s, a)
        source = s.ment(b)
        if owned is not None and owned.ids[0] not in source.ids and not s.blocked(a, b + 1):
            s.emit(source, ("FUNDS",), owned, "money-sources/arrived", 0.6)


def elided_giver(s: Sentence) -> None:
    """ "The agency granted the X scheme €200m, and B is providing another €300m as a loan":
    B FUNDS X, the recipient left out of the second clause."""
    lows = s.lows
    n = len(lows)
    for a in range(2, n - 4):
        if lows[a] != "and" or lows[a - 1] != "," or lows[a + 1] != M or s.is_det(a + 1):
            continue
        v = a + 2
        while v < n and lows[v] in GIVER_AUX:
            v += 1
        if v >= n or lows[v] not in GIVING or v == a + 2 and lows[v].endswith("ing"):
            continue
        g = v + 1
        while g < n and g - v <= AMOUNT_REACH and _amount_word(s, lows[g]):
            g += 1
        if lows[v + 1] not in AMOUNT_FILLERS or not any(is_money(s.lex, w) for w in lows[v:g]):
            continue  # "is not providing another penny"
        if g < n and lows[g] not in AMOUNT_ENDS and not _in_money(s, g):
            continue  # "and B is providing €3m to Y": the verb rules read it
        owned = _recipient(s, a)
        source = s.ment(a + 1)
        if owned is not None and owned.ids[0] not in source.ids and not s.blocked(a, g):
            s.emit(source, ("FUNDS",), owned, "money-sources/elided-giver", 0.6)


def _in_money(s: Sentence, g: int) -> bool:
    """ "in" at g before a loan or money noun: "another €3m in loans", "in new equity"."""
    lows = s.lows
    if lows[g] != IN_MONEY:
        return False
    fw = cost_words(s.lex)
    nouns = fw.loans | fw.grant_heads
    return any(w in nouns for w in lows[g + 1 : g + 3])


def _recipient(s: Sentence, a: int) -> Mention | None:
    """Who the first clause (before a) gave money to: the one FUNDS target found, else the
    name after a lending verb ("lent X €10m")."""
    funded = {f.target for f in s.found if f.type == "FUNDS"}
    if len(funded) == 1:
        return Mention((funded.pop(),), -1, -1)
    lows = s.lows
    lending = giving_forms(s.lex)  # cost_shares.grant_verbs
    for v in range(a - 2):
        r = v + 1 + (lows[v + 1] == "the")  # "granted the Tidewater scheme €200m"
        if lows[v] in lending and lows[r] == M and not s.is_det(r):
            return s.ment(r)
    return None
