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
from loaders.relations.money_amounts import is_money
from loaders.relations.words import (
    CURRENCY_SIGNS,
    DATE_WORDS,
    INDEFINITE_ARTICLES,
    RELATIVE_WH,
    SKIP_DETS,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

MONEY_STARTS: Final[frozenset[str]] = CURRENCY_SIGNS
AMOUNT_REACH: Final = 6  # words of the amount between the recipient and "to": "$20m", "a loan"


def purpose_recipient(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
) -> str | None:
    """The organization a purpose clause's "its" (at i, "to <verb> [...] its") stands for when
    the clause follows "<gives> <recipient> <amount>" or "<gives> <amount> to <recipient>"
    (an appositive on the recipient may come between: "to Kest Foods, the baker, to")."""
    tos = _purpose_tos(lows, items, i) if lows[i] == "its" else []
    return next((got for k in tos if (got := _lent_to(lex, lows, items, k, type_of))), None)


def _lent_to(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    k: int,
    type_of: Callable[[str], str],
) -> str | None:
    """The recipient of the lending clause right before the purpose "to" at k, else None."""
    got = _recipient(lows, items, k) if k >= 3 else None
    if got is None:
        return None
    verbs = data_words(lex, "recipient_purpose_verbs")
    if got.i >= 1 and lows[got.i - 1] in verbs and got.j <= k:
        amount = lows[got.j : k]  # "lent Kest Foods $20m to expand its plant"
    elif got.i >= 2 and lows[got.i - 1] == "to" and _follows(lows, got, k):
        v = next(
            (
                q
                for q in range(got.i - 2, max(-1, got.i - 2 - AMOUNT_REACH), -1)
                if lows[q] in verbs
            ),
            -1,
        )
        amount = lows[v + 1 : got.i - 1] if v >= 0 else []  # "lent $20m to Kest Foods to"
    else:
        return None
    if not _amount(lex, amount):
        return None
    return got.ids[0] if type_of(got.ids[0]) == "Organization" else None


# words of the purpose clause before "its": "to install heat pumps and a new rainwater tank
# at" (round 32: a reach of four missed a coordinated object); the clause also needs a giving
# verb and a sum before its "to"
PURPOSE_REACH: Final = 10
# words that open a clause or an agent inside the purpose clause: an "its" past them is said
# in that clause ("to buy looms under a scheme run by its office", "from a farmer who banks at
# its branch"), not of the recipient
CLAUSE_STOPS: Final[frozenset[str]] = RELATIVE_WH | {
    "that",
    "whom",
    "where",
    "by",
    "through",
    "via",
}
APPOSED_WORDS: Final = 14  # words of an appositive on the recipient before "to"


def _purpose_tos(lows: Sequence[str], items: Sequence[Mention], i: int) -> list[int]:
    """Where a "to" that may open the purpose clause of the "its" at i is, nearest first, past
    a few plain words ("to expand its", "to fit heat pumps at its", "to convert two ferries to
    electric power at its"); none past a clause or agent opener ("run by its office")."""
    tos: list[int] = []
    if i < 2 or not lows[i - 1].isalpha() or lows[i - 1] in CLAUSE_STOPS:
        return tos
    for k in range(i - 2, max(0, i - 2 - PURPOSE_REACH), -1):
        if not lows[k].replace("-", "").isalpha() or any(k <= m.i < i for m in items):
            break
        if lows[k] in CLAUSE_STOPS:
            break
        if lows[k] == "to":
            tos.append(k)
    return tos


def _follows(lows: Sequence[str], got: Mention, k: int) -> bool:
    """The purpose "to" at k follows the lending clause "<gives> <amount> to <recipient>"
    itself: right after the recipient, its appositive or a date ("lent $2m to Kest Foods last
    year to"); not a main clause's "plans to" after a relative clause that lent ("A, which lent
    $2m to B last year, plans to")."""
    if lows[k - 1] == ",":
        return True  # the appositive `_recipient` took ("to Kest Foods, the baker, to")
    return all(w in DATE_WORDS or w.isdigit() for w in lows[got.j : k])


def _recipient(lows: Sequence[str], items: Sequence[Mention], k: int) -> Mention | None:
    """The last name before the "to" at k, or the name an appositive right before it
    describes ("to Kest Foods, the baker founded by Ana Lund, to")."""
    before = [m for m in items if m.j <= k]
    if not before or len(before[-1].ids) != 1:
        return None
    if lows[k - 1] != ",":
        return before[-1]
    for m in reversed(before):
        if m.j + 1 < k and lows[m.j] == "," and lows[m.j + 1] in SKIP_DETS:
            inner = lows[m.j + 1 : k - 1]
            ok = "," not in inner and len(inner) <= APPOSED_WORDS and len(m.ids) == 1
            return m if ok else None
    return None


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
