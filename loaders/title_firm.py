"""The firm of a person's title in the clause of a definite NP (round 16, `loaders.article`
`_np_in_sentence`).

'"Demand is strong," said Ana Roe, chief executive of Marlby Robotics, a co-founder of the firm
with Ben Lyle' and "Ana Roe, the CEO of Marlby Robotics, who co-founded the company in 2011":
the firm of the title on the person the NP's appositive or relative describes is what "the
firm" means, not the article's topic or the other firm of the quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

# words between the titled firm and the NP: the person's next appositive or relative clause
CHAIN_WORDS: Final = frozenset({",", "a", "an", "the", "who", "and", "of", "also", "later"})
CHAIN_REACH: Final = 6  # words from the firm's name to the NP
TITLE_REACH: Final = 4  # words from the person to "of" ("Ana Roe, the chief executive of")


def title_firm(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    lex: Lexicon,
    type_of: Callable[[str], str],
) -> str:
    """The organization of "Person, <title> of M, <a role / who verb> the NP at i", else ""."""
    before = [m for m in items if m.j <= i]
    if len(before) < 2:
        return ""
    firm, person = before[-1], before[-2]
    if type_of(firm.ids[0]) != "Organization" or type_of(person.ids[0]) != "Person":
        return ""
    if firm.kind != "name" or lows[firm.j : firm.j + 1] != [","] or i - firm.j > CHAIN_REACH:
        return ""
    if any(w not in CHAIN_WORDS and w not in lex.roles and not _verb(w) for w in lows[firm.j : i]):
        return ""
    title = lows[person.j : firm.i]
    if len(title) > TITLE_REACH + 1 or title[:1] != [","] or title[-1:] != ["of"]:
        return ""
    return firm.ids[0] if any(w in lex.roles for w in title[1:-1]) else ""


def _verb(word: str) -> bool:
    """A founding or leading verb of the relative ("who co-founded", "who set up")."""
    return word in ("co-founded", "founded", "set", "up", "started", "runs", "ran", "leads")
