"""The "its" of a purpose clause after a verb giving money to a firm (round 19,
`loaders.article` `_resolve_pronoun`).

"Saxen Bank lent Kest Foods $20m to expand its plant in Leeds": the one expanding, and owning
the plant, is the recipient named right after the verb, not the lender that opens the sentence
(which salience would pick). Only "to <verb> its" after an amount, with the recipient named right
after the giving verb (`recipient_purpose_verbs` in loaders/data/coref.yaml); "A hired B to sell
its unit" is the hirer's and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.relations.verbal import is_money
from loaders.relations.words import DATE_WORDS, INDEFINITE_ARTICLES

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

MONEY_STARTS: Final[frozenset[str]] = frozenset({"$", "£", "€", "¥"})
AMOUNT_REACH: Final = 6  # words of the amount between the recipient and "to": "$20m", "a loan"


def purpose_recipient(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
) -> str | None:
    """The organization a purpose clause's "its" (at i, "to <verb> its") stands for when the
    clause follows "<gives> <recipient> <amount>", else None."""
    if lows[i] != "its" or i < 3 or lows[i - 2] != "to" or not lows[i - 1].isalpha():
        return None
    verbs = data_words(lex, "recipient_purpose_verbs")
    before = [m for m in items if m.j <= i - 2]
    if not before or len(before[-1].ids) != 1:
        return None
    got = before[-1]  # the last name before "to": the recipient, else no match
    if got.i >= 1 and lows[got.i - 1] in verbs:
        amount = lows[got.j : i - 2]  # "lent Kest Foods $20m to expand its plant"
    elif got.i >= 2 and lows[got.i - 1] == "to" and got.j == i - 2:
        v = next(
            (
                k
                for k in range(got.i - 2, max(-1, got.i - 2 - AMOUNT_REACH), -1)
                if lows[k] in verbs
            ),
            -1,
        )
        amount = lows[v + 1 : got.i - 1] if v >= 0 else []  # "lent $20m to Kest Foods to"
    else:
        return None
    if not _amount(lex, amount):
        return None
    return got.ids[0] if type_of(got.ids[0]) == "Organization" else None


def _amount(lex: Lexicon, words: Sequence[str]) -> bool:
    """A short run of words naming only a sum: "$20m", "a €5m", "$20m last year"; not a thing
    priced ("a $5m contract", "a 10-year lease"), whose purpose is the giver's."""
    if not words or len(words) > AMOUNT_REACH:
        return False
    if not any(w[:1] in MONEY_STARTS or w[:1].isdigit() for w in words):
        return False
    return all(
        is_money(lex, w)
        or w in INDEFINITE_ARTICLES
        or w.replace(",", "").replace(".", "").isdigit()
        or w in DATE_WORDS
        for w in words
    )
