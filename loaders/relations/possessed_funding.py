"""Possessed funded things: what a company has or does, funded by an agent, funds the company.

- `possessed-passive`: "Corrin Shipping's new fleet is financed by Halsey Bank", "Its
  expansion was funded by A and B", "Lisle Hotels' $90m debt was refinanced by C", "the
  airline's new jets will be financed by loans from D": the agent (or the lender after "loans
  from") FUNDS the possessor. The possessed thing is a few plain words; a name inside it ("X's
  bid for Y") ends the reading.
- a money-raising thing backed: "Pendle Mining's $300m rights issue was backed by its largest
  shareholder, A", "Its share placing was supported by B": the backer FUNDS the issuer.

Words: `holdings.funded_things` (the participles), `holdings.issue_backers` and
`holdings.funded_issues` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import coord, possessor_mark
from loaders.relations.words import BE_FORMS, INDEFINITE_ARTICLES, POSSESSIVE_MARKS, M

THING_WORDS = 6  # "new fleet of tankers", "move onto the new routes": words before the verb
MEANS_WORDS = 6  # "by a consortium of banks led by": words between "by" and the name
_LEADING = frozenset({"led", "headed", "arranged", "provided"})
# the rest of a passive verb group: "will be", "has been", "is largely", "was partly"
_CHAIN = BE_FORMS | frozenset(
    {"will", "would", "has", "have", "had", "to", "now", "also", "partly", "largely", "mostly"}
    | {"fully", "entirely", "jointly", "still", "currently", "initially", "originally", "all"}
    | {"mainly", "chiefly", "primarily", "being", "expected", "set", "due", "wholly"}
)
_LINKS = frozenset({"of", "for", "at", "in", "near", "and"})  # inside the thing
_AT = frozenset({"in", "at", "near"})  # before a place inside the thing


def cues(lex: Lexicon) -> frozenset[str]:
    hw = holding_words(lex)
    return hw.funded_things | hw.issue_backers | {"paid"}


def possessed_passive(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for k in range(3, n - 2):
        issue = lows[k] in hw.issue_backers
        paid = lows[k] == "paid" and lows[k + 1] == "for"  # "was paid for with a loan from A"
        if not (lows[k] in hw.funded_things or issue or paid):
            continue
        agent = _agent(s, k + 1 + paid)
        owner = _possessor(s, k, hw.funded_issues if issue else None)
        if agent < 0 or owner < 0 or s.blocked(owner + 1, agent):
            continue
        funders = s.merged(coord(s, agent, +1))
        s.emit(funders, ("FUNDS",), s.ment(owner), "funding/possessed-passive", 0.7)


def _agent(s: Sentence, b: int) -> int:
    """The funder after the participle's group ending before b: "by A", or the lender of a
    means phrase after a time adjunct ("in 2022 with a £10m loan from A"); else -1."""
    lows = s.lows
    n = len(lows)
    if b + 2 < n and lows[b] in ("in", "during") and lows[b + 1].isdigit():
        b += 2
    if b < n and lows[b] == "by":
        return agent_after(s, b + 1)
    if b < n and lows[b] in ("with", "using", "through"):
        a = agent_after(s, b + 1)
        lent = not holding_words(s.lex).deal_loans.isdisjoint(lows[a + 1 : a + 3])
        return a if a > b + 1 and (lows[a - 1] in ("from", "the") or lent) else -1
    return -1


def _possessor(s: Sentence, k: int, heads: frozenset[str] | None = None) -> int:
    """The possessor of the passive subject before the verb group ending at the participle k
    ("Corrin's new fleet is" -> Corrin; "Its expansion was" -> its), else -1. With `heads`,
    the subject's noun must be one of them ("Pendle's rights issue was backed by")."""
    lows = s.lows
    a = k - 1
    while a >= 0 and lows[a] in _CHAIN:
        a -= 1
    if BE_FORMS.isdisjoint(lows[a + 1 : k]):
        return -1  # no passive: "X's fleet financed by A" reads as a reduced relative elsewhere
    if heads is not None and (a < 0 or lows[a] not in heads):
        return -1  # "X's sale of the plant was backed by its board": backing, no money
    t = a
    while t >= 0 and a - t < THING_WORDS and lows[t] not in POSSESSIVE_MARKS:
        w = lows[t]
        if w == M and t >= 1 and lows[t - 1] in _AT and s.etypes(t) == {"Location"}:
            t -= 2  # "X's new plant in Ohio is funded by A"
            continue
        if w == M:
            break
        if not (w.isalpha() or is_money(s.lex, w)) or w in _CHAIN or (w in _LINKS and t == a):
            return -1
        t -= 1
    if t == a:
        return -1  # no possessed noun: "X is financed by A" is the verb rules' reading
    return possessor_mark(s, t)


def agent_after(s: Sentence, b: int) -> int:
    """The funder after "by" at b: a name ("by Halsey Bank"), the lender of a loan ("by a
    $90m loan from Halsey Bank", "through a Halsey Bank loan") or the leader of a group ("by a
    consortium of banks led by Halsey Bank"), else -1."""
    lows = s.lows
    n = len(lows)
    if b < n and lows[b] == "the":
        b += 1
    if b < n and lows[b] == M and not s.is_det(b):
        return b
    if b < n and lows[b] == M:  # "by its largest shareholder, Ulverston Capital"
        c = next((x for x in range(b + 1, min(n, b + 5)) if not lows[x].isalpha()), -1)
        ok = c > b + 1 and lows[c] == "," and c + 1 < n and lows[c + 1] == M
        return c + 1 if ok and not s.is_det(c + 1) else -1
    loans = holding_words(s.lex).deal_loans
    for f in range(b, min(n, b + MEANS_WORDS + 1)):
        w = lows[f]
        if w == M and lows[b] in INDEFINITE_ARTICLES and not loans.isdisjoint(lows[f + 1 : f + 3]):
            return f if not s.is_det(f) else -1  # "through a Harrowdene Bank loan", "a B facility"
        if w == "from" or (w == "by" and lows[f - 1] in _LEADING):
            m = f + 1 + (f + 1 < n and lows[f + 1] == "the")
            return m if m < n and lows[m] == M and not s.is_det(m) else -1
        if not (w.isalpha() or is_money(s.lex, w)):
            return -1
    return -1
