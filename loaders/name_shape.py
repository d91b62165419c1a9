"""A person's name told by its own shape and a person's verb, when no list knows the given name.

"Dermot Quinn said", "Kwasi Anane scored twice", "Under Idris Malone, ...": two capitalized
words, neither an organization, sector or place word, the last no plural common noun, right
before a verb of saying (or after "Under" or "according to"). Firms say things too, but their
names end in an organization word ("Tamar Seafoods said", "Norwich Freight said"): those are
left alone. The vote is weak, so that any other cue of the article outweighs it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.gazetteer import place_names

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

W_SHAPED = 1.5
WORD_RE = re.compile(r"^(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
# verbs right after the name that a person's name takes far more often than a firm's
SHAPED_VERBS = frozenset({"said", "says", "told", "added", "wrote", "scored", "argued"})
# what follows a firm's "said" more than a person's: "said it would", "said on Monday"
FIRM_SAYING = frozenset({"it", "its", "on", "in", "late", "earlier", "last", "this", "today"})
# words that may stand right before such a name ("Shipbroker Dunsley Maybury said": a firm's title)
OPENERS = frozenset({"under", "to", "and", "but", "while", "as", "when", "after", "before"})
PLURAL_ENDS = ("ers", "ies", "ics", "ings", "ions", "ors", "ists", "ants", "ents")


def shape_votes(a: Analysis, lex: Lexicon) -> None:
    """Vote Person for a two-word name of a person's shape next to a person's verb, or
    coordinated with a person's two-word name ("Bronagh Tully and Oisin Darragh resigned")."""
    lows = a.lows
    by_start = {c.i: c for c in a.cands}
    for c in reversed(a.cands):  # "X and Y resigned": Y's vote first, then X's
        if c.known or c.votes or c.j - c.i != 2:
            continue
        if c.i > 0 and lows[c.i - 1].isalpha() and lows[c.i - 1] not in OPENERS:
            continue
        nxt = by_start.get(c.j + 1) if c.j < len(lows) and lows[c.j] == "and" else None
        paired = nxt is not None and nxt.j - nxt.i == 2 and nxt.best() == "Person"
        if (paired or _cued(lows, c.i, c.j)) and _person_shaped(a, c, lex):
            c.vote("Person", W_SHAPED)


def _cued(lows: list[str], i: int, j: int) -> bool:
    """A verb of saying or scoring after the name, or "Under"/"according to" before it."""
    if j < len(lows) and lows[j] in SHAPED_VERBS:
        return j + 1 >= len(lows) or lows[j + 1] not in FIRM_SAYING  # not "X said it would"
    if i >= 1 and lows[i - 1] == "," and j + 2 < len(lows) and lows[j] == ",":
        # "The chief executive of Grayling Water, Shona Macrae, said"
        return lows[j + 1] in SHAPED_VERBS and lows[j + 2] not in FIRM_SAYING

    if i >= 1 and lows[i - 1] == "under" and i == 1 and j < len(lows) and lows[j] == ",":
        return True
    return i >= 2 and lows[i - 2] == "according" and lows[i - 1] == "to"


def _person_shaped(a: Analysis, c: Candidate, lex: Lexicon) -> bool:
    """Two plain capitalized words, neither a word of firms, sectors or places."""
    words = [a.toks[k].text for k in range(c.i, c.j)]
    lows = a.lows[c.i : c.j]
    if not all(WORD_RE.match(w) for w in words):
        return False
    places = place_names()
    for w in lows:
        if _firm_word(w, lex) or w in places or lex.known_type(w):
            return False
        if w in lex.stopwords or w in lex.name_adjectives or w in lex.name_openers:
            return False
    last = lows[-1]
    return not (last.endswith(PLURAL_ENDS) or (last.endswith("s") and not last.endswith("ss")))


def _firm_word(w: str, lex: Lexicon) -> bool:
    """An organization word or head, also in the singular ("Chemical", "Bakery", "Farm")."""
    forms = (w, w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else w)
    return any(f in lex.org_words or f in lex.heads for f in forms) or w in lex.legal_suffixes
