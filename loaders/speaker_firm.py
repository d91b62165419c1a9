"""The firm of a titled speaker, for the definite NP its reported clause opens (round 20,
`loaders.article` `_np_in_sentence`).

"Ana Roe, Crumbworth's chief executive, said the Wellingborough-based firm would ..." and
"Crumbworth's chief executive Ana Roe said the company would ...": the speaker speaks for
Crumbworth, the firm of her title, so the description is Crumbworth, not the article's topic
or the organization last named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.relations.words import REPORTING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

SPEAKER_REACH: Final = 8  # words from the firm's "'s" to the reporting verb
TITLE_FILLER: Final[frozenset[str]] = frozenset({",", "the", "its", "new", "then", "former"})


def speaker_firm(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    lex: Lexicon,
    type_of: Callable[[str], str],
) -> str:
    """The organization M of "P, M's <title>, said (that) the NP at i" or "M's <title> P said
    the NP", else ""."""
    k = i - 2 if i >= 2 and lows[i - 1] == "that" else i - 1
    if k < 1 or lows[k] not in REPORTING:
        return ""
    before = [m for m in items if m.j <= k]
    firms = [m for m in before if m.kind == "name" and lows[m.j : m.j + 1] == ["'s"]]
    if not firms or k - firms[-1].j > SPEAKER_REACH:
        return ""
    firm = firms[-1]
    if len(firm.ids) != 1 or type_of(firm.ids[0]) != "Organization":
        return ""
    people = [
        m for m in before if type_of(m.ids[0]) == "Person" and (m.i > firm.j or m.j == firm.i - 1)
    ]
    if not people or (people[0].j == firm.i - 1 and lows[people[0].j] != ","):
        return ""
    inside = {x for m in people if m.i > firm.j for x in range(m.i, m.j)}
    words = [lows[x] for x in range(firm.j + 1, k) if x not in inside]
    if not any(w in lex.roles for w in words):
        return ""
    if any(w not in lex.roles and w not in TITLE_FILLER for w in words):
        return ""
    return firm.ids[0]
