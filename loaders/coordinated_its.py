"""A possessive "its" that opens the second conjunct of a noun phrase, bound to the firm of the
first conjunct rather than to the sentence's salient subject.

- "the regulator fined Korvel and its two directors, Ada Brun and Ivo Sand": "its" is Korvel;
- "a suit against Tamsin Dairies, a Cork cheese maker, and its founder, Nell Ryan": a firm set
  off by an appositive led by an article or a possessive (`ARTICLES`: "a Cork cheese maker",
  "its parent") and then ", and its <role>" is still one list, so "its" is Tamsin Dairies.

Only when the possessed noun is a role ("founder", "chief executive") and a comma follows the
role, setting off its name ("and its founder, Nell Ryan": "Korvel and its directors were fined"
is not bound): ", and its shares fell" after a plain name opens a new clause and is left to
salience, and so is "and its own", and
(mend31a) a role's name that a verb of saying or of standing by follows after a firm's clause
("Ivel Bank sold Corran, a lender, and its chairman, Tom Ede, said ...").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.conjunct_binding import single_name
from loaders.lexicon import Lexicon
from loaders.relations.model import Mention
from loaders.relations.words import (
    AND_OR,
    ARTICLES,
    CLAUSE_STANCE_VERBS,
    RELATIVE_WH,
    WHICH_THAT,
)

ROLE_REACH: Final = 3  # modifiers between "its" and its role noun: "its two founders"
NAME_REACH: Final = 4  # words of the role's name between its commas: "its chairman, Tom Ede,"
APPOSITIVE_REACH: Final = 8  # words of the appositive between the firm's comma and ", and its"
# words that end an appositive's run early: a clause or another list inside it
APPOSITIVE_BREAKS: Final = RELATIVE_WH | WHICH_THAT | AND_OR | {";", "(", ")"}


def _firm_before(
    items: Sequence[Mention], j: int, type_of: Callable[[str], str], types: tuple[str, ...]
) -> Mention | None:
    """The name of one entity of `types` ending right before token j, else None."""
    for m in items:
        if m.j == j and single_name(m, type_of, types):
            return m
    return None


def _named_role(lex: Lexicon, lows: Sequence[str], i: int) -> bool:
    """ "its" at i owns a role noun set off before a name ("its founder, Nell Ryan", "its two
    directors, Ada Brun and Ivo Sand"), not a clause's subject ("its brands include")."""
    words = list(lows)  # (`match` reads a list: one copy for every k)
    for k in range(i + 1, min(len(lows), i + 2 + ROLE_REACH)):
        hit = lex.roles.match(words, k)
        if hit:
            e = k + hit[0]
            return e < len(lows) and lows[e] == ","
        if not lows[k].replace("-", "").isalpha():
            return False
    return False


def _appositive_start(lows: Sequence[str], k: int) -> int | None:
    """The comma opening an appositive led by an article or a possessive (`ARTICLES`) that
    closes with the comma at k ("X, a Cork cheese maker, and", "X, its parent, and"), else
    None."""
    for s in range(k - 1, max(-1, k - 2 - APPOSITIVE_REACH), -1):
        word = lows[s]
        if word == ",":
            return s if s + 1 < k and lows[s + 1] in ARTICLES else None
        if word in APPOSITIVE_BREAKS:
            return None
    return None


def coordinated_owner(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """The firm of the first conjunct ("Korvel and its directors", "Tamsin Dairies, a cheese
    maker, and its founder") that "its" at i stands in, else None."""
    if (
        lows[i] != "its"
        or i < 2
        or lows[i - 1] != "and"
        or (i + 1 < len(lows) and lows[i + 1] == "own")
    ):
        return None
    if not _named_role(lex, lows, i):
        return None
    if lows[i - 2] != ",":
        firm = _firm_before(items, i - 1, type_of, types)
        return firm.ids[0] if firm is not None else None
    start = _appositive_start(lows, i - 2)
    if start is None:
        return None
    firm = _firm_before(items, start, type_of, types)
    if firm is None or any(_names_firm(m, type_of, types) for m in items if start < m.i < i):
        return None
    if _new_clause(lows, items, i, firm, type_of, types):
        return None
    return firm.ids[0]


def _new_clause(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    firm: Mention,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> bool:
    """ "Ivel Bank sold Corran, a lender, and its chairman, Tom Ede, said ...": a firm opens the
    sentence before the appositive's firm, and a verb of saying or of standing by an act
    (`clause_stance_verbs`) follows the role's name; the ", and" opens a new clause about the
    opening firm, no list ("criticised Corran, a lender, and its chief, Ada Brun, apologised"
    and "named Corran ... and its chief, Ada Brun, as defendants" stay lists)."""
    first = min((m for m in items if m.i < firm.i), key=lambda m: m.i, default=None)
    if first is None or not _names_firm(first, type_of, types):
        return False
    if any(lows[k] in (",", ";", "and") for k in range(first.i)):
        return False  # the opening firm is no first clause's subject
    commas = [
        k for k in range(i + 1, min(len(lows), i + 3 + ROLE_REACH + NAME_REACH)) if lows[k] == ","
    ]
    if len(commas) < 2 or commas[1] - commas[0] > NAME_REACH + 1:
        return False  # the role's comma, then the name's closing one
    k = commas[1] + 1
    return k < len(lows) and lows[k] in CLAUSE_STANCE_VERBS


def _names_firm(m: Mention, type_of: Callable[[str], str], types: tuple[str, ...]) -> bool:
    return m.kind == "name" and any(type_of(x) in types for x in m.ids)
