"""ties37: "the venture" that the text named as an organization.

"Kelso Audio and Omura Cells each hold half of the venture, Tarnline Partners. ... The ministry
has backed the venture": "venture" refers back to a project by default (`anaphora` in
`lexicon.yaml`), so a joint venture typed Organization was never found. With no project in
reach, the one organization the text itself called a venture ("the venture, X", "X, a joint
venture of A and B") and named lately is meant; none when two were, and none when a venture
the text did not name came up since ("her next venture", "a venture with Pax Mining"; rv137m).

    >>> from loaders.article import extract
    >>> doc = extract("Kelso Audio and Omura Cells each hold half of the venture, Tarnline "
    ...               "Partners. The Ministry of Coastal Affairs has backed the venture.")
    >>> ("ministry-of-coastal-affairs", "BACKS", "tarnline-partners") in doc.relations
    True
"""

from __future__ import annotations

from typing import Final

from loaders.coref import Salience
from loaders.grammar_words import INDEFINITES_AND_ANOTHER, POSSESSIVES
from loaders.relations.words import VENTURE_HEADS

REACH: Final = 8  # sentences since the venture was last named
# a firm described as a "venture capital firm" is an investor, not a venture ("Pelham Capital,
# a venture capital firm, ... The venture ...": not Pelham; rv137m); a record's `descr` holds
# its name's words too, so a "... Capital" name is left out as well
INVESTOR_MARK: Final = "capital"
# the words before a venture noun that make it another venture than the one named ("a venture
# with", "her next venture", "another venture in Peru")
OTHER_MARKS: Final = INDEFINITES_AND_ANOTHER | POSSESSIVES | {"next", "new"}


def named_venture(head: str, sentence: int, salience: Salience) -> list[str]:
    """The one organization the text called a `head` ("venture", "jv") and named within
    `REACH` sentences, as a one-item list; else [], also when a sentence since spoke of a venture
    it did not name (`loose_venture`)."""
    if head not in VENTURE_HEADS:
        return []
    ents = salience.registry.entities
    found = [
        rid
        for rid, last in salience.last.items()
        if sentence - last <= REACH
        and ents[rid].type == "Organization"
        and head in ents[rid].descr
        and INVESTOR_MARK not in ents[rid].descr
        and head not in ents[rid].name.lower().split()
    ]
    if len(found) != 1:
        return []
    since = salience.last[found[0]]
    return [] if any(since < k < sentence for k in salience.loose_ventures) else found


def loose_venture(lows: list[str], words: frozenset[str]) -> bool:
    """The sentence speaks of a venture it does not name ("Sethi said her next venture would be
    in dairy"): a venture noun right after an indefinite or possessive word (`OTHER_MARKS`);
    `words` is the set of `lows` (`Analysis.words`)."""
    if VENTURE_HEADS.isdisjoint(words):
        return False  # (most sentences: one set test instead of a walk over every word)
    return any(w in VENTURE_HEADS and k and lows[k - 1] in OTHER_MARKS for k, w in enumerate(lows))
