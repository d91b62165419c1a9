"""A name after "at" or "off" that a works noun of the same phrase points to is a place.

"a new depot to be built at Tarnby", "runs a tank farm across the estuary at Kelvoe", "an oyster
farm off Ulvay", "trimmed shifts at two of its quarries, at Orsel and Brinda": the name after
the preposition says where the works stands, whether or not a list knows the town. The works
noun (a site, a held site or a project's head: "depot", "farm", "quarries", "abattoir") must
come a few words before the preposition, with no other name, verb of saying or clause break
between ("the plant said at Kelvoe" is no such phrase); a name shaped like a company's never
gets here (`organization_shaped`), and the vote is moderate, so a name typed by stronger cues
elsewhere ("sold the plant at Kessel Group's request") keeps its type.

Words: the lexicon's `place_cues.sites` and Project heads, `list_sites` and `held_sites` of
loaders/data/places.yaml.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import Lexicon, per_lexicon

SITED_PREPS: Final[frozenset[str]] = frozenset({"at", "off"})
SITE_REACH: Final = 6  # words from the works noun to the preposition: "depot to be built at"
# words that end the works noun's phrase before the preposition
PHRASE_BREAKS: Final[frozenset[str]] = frozenset(
    {";", ":", "(", ")", '"', "said", "says", "and", "but", "which", "who", "where", "when"}
)


@per_lexicon
def works_nouns(lex: Lexicon) -> frozenset[str]:
    """Nouns of works a firm runs at a place, singular and plural ("quarry", "quarries")."""
    data = place_data()
    words = {str(w).lower() for key in ("list_sites", "held_sites") for w in data.get(key) or []}
    words |= set(lex.place_cues.sites)
    heads = (lex.data.get("heads") or {}).get("Project") or []
    words |= {str(h).lower() for h in heads if " " not in str(h)}
    plural = {w[:-1] + "ies" for w in words if w.endswith("y")} | {w + "s" for w in words}
    return frozenset(words | plural)


def sited_place(lows: list[str], i: int, lex: Lexicon) -> bool:
    """The name at i follows "at"/"off" (maybe after a comma) that ends a phrase opened by a
    works noun a few words back: "a depot to be built at Tarnby", "its quarries, at Orsel"."""
    p = i - 1
    if p < 1 or lows[p] not in SITED_PREPS:
        return False
    q = p - 1
    if lows[q] == ",":
        q -= 1
    works = works_nouns(lex)
    for k in range(q, max(-1, p - 1 - SITE_REACH), -1):
        w = lows[k]
        if w in works:
            return True
        if w in PHRASE_BREAKS or not w.replace("-", "").isalnum():
            return False
    return False
