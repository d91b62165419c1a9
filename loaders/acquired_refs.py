"""A role pronoun right after a takeover: "Quillex bought Vantora last year. Its founder, Tavi
Rensel, will stay on": "its" is the company just bought, the one the story turns to, not the
buyer that opened the sentence before (salience would pick the buyer as that sentence's
subject).

Only a possessive "its" that opens its clause (no name before it in its sentence) and owns a
role noun ("its founder", "its longtime chief executive"), in the sentence right after one
that found exactly one purchase.
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders.lexicon import Lexicon
from loaders.relations.model import Mention

ROLE_REACH = 3  # modifiers between "its" and its role noun: "its longtime chief executive"


def role_types(lex: Lexicon, lows: Sequence[str], i: int) -> tuple[str, ...]:
    """The relation types of the role noun the possessive at i owns, else ()."""
    for k in range(i + 1, min(len(lows), i + 2 + ROLE_REACH)):
        hit = lex.roles.match(list(lows), k)
        if hit:
            return tuple(hit[1].types)
        if not lows[k].replace("-", "").isalpha():
            return ()
    return ()


def bought_owner(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    bought: tuple[int, str, str] | None,
    sno: int,
) -> str | None:
    """The company bought in the sentence before, which "its <role>" opening this sentence
    stands for; else None."""
    if bought is None or bought[0] != sno - 1 or lows[i] != "its":
        return None
    if any(m.i < i for m in items):
        return None  # "Keel's chairman said its founder ...": a name opens the clause
    types = role_types(lex, lows, i)
    if "FOUNDED" not in types:
        return None
    return bought[2]
