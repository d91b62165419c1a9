"""ties37: "the venture" that the text named as an organization.

"Kelso Audio and Omura Cells each hold half of the venture, Tarnline Partners. ... The ministry
has backed the venture": "venture" refers back to a project by default (`anaphora` in
`lexicon.yaml`), so a joint venture typed Organization was never found. With no project in
reach, the one organization the text itself called a venture ("the venture, X", "X, a joint
venture of A and B") and named lately is meant; none when two were.

    >>> from loaders.article import extract
    >>> doc = extract("Kelso Audio and Omura Cells each hold half of the venture, Tarnline "
    ...               "Partners. The Ministry of Coastal Affairs has backed the venture.")
    >>> ("ministry-of-coastal-affairs", "BACKS", "tarnline-partners") in doc.relations
    True
"""

from __future__ import annotations

from typing import Final

from loaders.coref import Salience
from loaders.relations.words import VENTURE_HEADS

REACH: Final = 8  # sentences since the venture was last named


def named_venture(head: str, sentence: int, salience: Salience) -> list[str]:
    """The one organization the text called a `head` ("venture", "jv") and named within
    `REACH` sentences, as a one-item list; else []."""
    if head not in VENTURE_HEADS:
        return []
    ents = salience.registry.entities
    found = [
        rid
        for rid, last in salience.last.items()
        if sentence - last <= REACH
        and ents[rid].type == "Organization"
        and head in ents[rid].descr
        and head not in ents[rid].name.lower().split()
    ]
    return found if len(found) == 1 else []
