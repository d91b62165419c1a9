"""Money users: a grant or loan whose user is named after it, in apposition to the money.

- `used-by`: "The kiln received a €1.5m grant from the Brabant Development Agency, money Ostra
  Ceramics used for filters": the recipient is unnamed (or a site); the firm that used the
  money is the one the giver funds (G FUNDS F). The user's verb is in the past ("used",
  "spent"): "money Ostra plans to use" states no act.

Words: `money_users` in `loaders/data/triggers.yaml`; the money noun before "from" is one of
`project_funding: money_nouns` ("grant", "loan"; not "order"), with an amount or money word.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.model import Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.project_money import funding_words
from loaders.relations.words import PUNCT_STOP, WHICH_THAT, M

SOURCE_REACH: Final = 12  # words from "from G" back to the money: "received a €1.5m grant from"


@per_lexicon
def _words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The appositive heads that restate the money ("money", "cash") and the user's verbs."""
    spec = lex.data.get("money_users") or {}
    return word_set(spec.get("heads")), word_set(spec.get("used_verbs"))


def cues(lex: Lexicon) -> frozenset[str]:
    return _words(lex)[0]


def used_by(s: Sentence) -> None:
    """ ", money F used for filters" after "... from G": G FUNDS F."""
    lows = s.lows
    heads, used = _words(s.lex)
    for c in range(2, len(lows) - 3):
        if lows[c] != "," or lows[c + 1] not in heads:
            continue
        u = c + 2 + (lows[c + 2] in WHICH_THAT)
        if u + 1 >= len(lows) or lows[u] != M or s.is_det(u) or lows[u + 1] not in used:
            continue
        if s.etypes(u) != {"Organization"} or s.ment(u).kind == "pronoun":
            continue
        g = _giver(s, c)
        if g < 0 or s.ment(g).shares(s.ment(u)) or s.blocked(g, u):
            continue
        s.emit(s.ment(g), ("FUNDS",), s.ment(u), "money-users/used-by", 0.6)


def _giver(s: Sentence, c: int) -> int:
    """The name after the last "from" before the comma at c, with a funding noun before it in
    the same clause ("received a €1.5m grant from G"); else -1."""
    lows = s.lows
    for f in range(c - 2, max(0, c - SOURCE_REACH), -1):
        if lows[f] in PUNCT_STOP or lows[f] == ",":
            return -1
        if lows[f] != "from":
            continue
        g = f + 1 + (lows[f + 1] == "the")
        if c != g + 1 or lows[g] != M or s.is_det(g) or s.etypes(g) != {"Organization"}:
            return -1  # "from G in 2020": the money's giver must end the clause
        before = lows[max(0, f - SOURCE_REACH) : f]
        if funding_words(s.lex)[0].isdisjoint(before):
            return -1  # "received a £2m order from G": a sale, no funding
        return g if any(is_money(s.lex, w) for w in before) else -1
    return -1
