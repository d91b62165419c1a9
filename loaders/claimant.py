"""The claimant a description with a claim means: "a suit by Harlow against rival Pennick ...,
finding the Leeds-based company's claims arguable": the company whose claims they are is the
one that brought the suit (Harlow), not the latest name (Pennick, the party sued).

The sentence names the claim's author before the description: "a suit/lawsuit/complaint by X",
"a case brought/filed by X", or "X's suit/claim". Not: a description with no claim noun after
its "'s" ("the Leeds-based company's trucks"), nor a sentence naming two authors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from loaders.lexicon import Lexicon
from loaders.relations.model import Mention


def _author(lows: Sequence[str], m: Mention, lex: Lexicon) -> bool:
    """The name at m authors a claim: "a suit by X", "a case filed by X" (the claim agents of
    loaders/data/triggers.yaml), "X's lawsuit"."""
    claims = lex.claim_nouns
    if m.i >= 2 and lows[m.i - 1] == "by":
        before = lows[m.i - 2]
        return before in claims or before in lex.claim_agents
    return lows[m.j : m.j + 1] == ["'s"] and m.j + 1 < len(lows) and lows[m.j + 1] in claims


def claimant(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    j: int,
    lex: Lexicon,
    type_of: Callable[[str], str],
) -> str | None:
    """The organization that brought the claim the description at i..j possesses ("the
    company's claims"), when one name before it in the sentence authors a claim; else None."""
    if lows[j : j + 1] != ["'s"] or j + 1 >= len(lows) or lows[j + 1] not in lex.claim_nouns:
        return None
    authors = {
        m.ids[0]
        for m in items
        if m.j <= i
        and len(m.ids) == 1
        and m.kind == "name"
        and type_of(m.ids[0]) == "Organization"
        and _author(lows, m, lex)
    }
    return next(iter(authors)) if len(authors) == 1 else None
