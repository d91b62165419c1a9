"""A company description set off after a name is that name's appositive, whatever the name's
type: "Orrin Vale, the Tarvo-based cold-store operator, which ..." describes Orrin Vale even
when the typer took the name for a person's. Read as a reference instead, the description
would fall to the article's most salient firm and place it in the description's town.

Only a description closed like an appositive is kept from resolving: a comma, a full stop, a
dash or a relative word right after its noun ("..., the Tarvo lender whose chair ..."). A
description that a verb follows is the clause's subject ("Founded by Dr. Inka Tarr, the lab
sells kits").
"""

from __future__ import annotations

from typing import Final

# what ends an appositive: a comma, a full stop, a semicolon, a bracket or a dash
APPOSITIVE_ENDS: Final[frozenset[str]] = frozenset({",", ".", ";", ")", "—", "–", "-"})
# ... or the relative clause its noun opens ("..., the Tarvo lender whose chair ...", "a
# Redditch foundry that"): also `site_towns`' trade nouns
APPOSITION_CLOSERS: Final[frozenset[str]] = APPOSITIVE_ENDS | {"that", "which", "whose"}


def closed_apposition(lows: list[str], e: int) -> bool:
    """The description ending before e is closed like an appositive (module docstring)."""
    return e < len(lows) and lows[e] in APPOSITION_CLOSERS
