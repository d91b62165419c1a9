"""A person's name told by its own shape and a person's cue, when no list knows the given name.

"Dermot Quinn said", "Kwasi Anane scored twice", "Under Idris Malone, ...", "Ashcombe Rovers
owner Tobiah Wrenfield", "run by Merrin Tollet": two capitalized words, neither an
organization, sector, place or known word, the last no plural common noun, beside a verb of
saying or a role that people and firms both hold. Firms say things and own clubs too, but
their names end in an organization word ("Tamar Seafoods said", "owner Kestrel Holdings"):
those are left alone. The vote is weak, so that any other cue of the article outweighs it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

from loaders.gazetteer import place_names
from loaders.lexicon import read_data
from loaders.non_names import NonNames

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

W_SHAPED = 1.5
W_SURNAMED = 1.0  # a surname's ending alone: any cue of the article outweighs it
NAME_DETS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our"}
)
WORD_RE = re.compile(r"^(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
PLURAL_ENDS = ("ers", "ies", "ics", "ings", "ions", "ors", "ists", "ants", "ents")


@cache
def _cues() -> dict[str, frozenset[str]]:
    """The cue word lists (`person_shape` in loaders/data/names.yaml)."""
    data = read_data("names.yaml")["person_shape"]
    return {key: frozenset(words) for key, words in data.items()}


def shape_votes(a: Analysis, lex: Lexicon) -> None:
    """Vote Person for a two-word name of a person's shape next to a person's cue, or
    coordinated with a person's two-word name ("Bronagh Tully and Oisin Darragh resigned")."""
    lows = a.lows
    cues = _cues()
    by_start = {c.i: c for c in a.cands}
    for c in reversed(a.cands):  # "X and Y resigned": Y's vote first, then X's
        if c.known or c.votes or c.j - c.i != 2:
            continue
        before = lows[c.i - 1] if c.i > 0 else ""
        if before not in NAME_DETS and _surnamed(lows[c.j - 1], cues) and _person_shaped(a, c, lex):
            c.vote("Person", W_SURNAMED)  # "Teodora Vasquez said on Monday"
        if before.isalpha() and before not in cues["openers"] | cues["words_before"]:
            if before not in ("by", "with"):
                continue
        nxt = by_start.get(c.j + 1) if c.j < len(lows) and lows[c.j] == "and" else None
        paired = nxt is not None and nxt.j - nxt.i == 2 and nxt.best() == "Person"
        if nxt is not None and nxt.best() == "Organization":
            continue  # "owned by Halder Aero and Vostra Defence": a firm's partner
        if (paired or _cued(lows, c.i, c.j, cues)) and _person_shaped(a, c, lex):
            c.vote("Person", W_SHAPED)


def _surnamed(last: str, cues: dict[str, frozenset[str]]) -> bool:
    """A last word of five letters or more with a surname's ending ("Kuznetsova", "Vasquez")."""
    return len(last) >= 5 and any(last.endswith(e) for e in cues["surname_endings"])


def _cued(lows: list[str], i: int, j: int, cues: dict[str, frozenset[str]]) -> bool:
    """A person's cue around the name at tokens [i, j)."""
    n = len(lows)
    after = lows[j] if j < n else "."
    if _verb_at(lows, j, cues["verbs_after"]):
        return j + 1 >= n or lows[j + 1] not in cues["firm_saying"]  # not "X said it would"
    before = lows[i - 1] if i >= 1 else ""
    if before == "," and after == "," and _verb_at(lows, j + 1, cues["verbs_after"]):
        # "The chief executive of Grayling Water, Shona Macrae, said"
        return j + 2 >= n or lows[j + 2] not in cues["firm_saying"]
    if before in cues["hired"] and after in (".", "as", "from"):
        return True  # "had hired Lorcan Tighe.", "hired X as finance chief"
    if before in cues["hired"] and after == "to":
        return j + 1 < n and lows[j + 1] in cues["hired_to"]
    if before == "under" and i == 1 and after == ",":
        return True
    if before in cues["words_before"]:
        return True
    if before == "by" and i >= 2 and lows[i - 2] in cues["by_heads"]:
        # "the cooperative led by X", not "a $30m round led by X"
        return lows[i - 2] != "led" or not cues["led_by_firms"].intersection(
            lows[max(0, i - 8) : i - 2]
        )
    if before == "with" and any(w in cues["with_verbs"] for w in lows[max(0, i - 7) : i - 1]):
        return True
    if after == "," and any(w in cues["appositive_roles"] for w in lows[j + 1 : j + 7]):
        return "," in lows[j + 1 : j + 8]
    return i >= 2 and lows[i - 2] == "according" and before == "to"


def _verb_at(lows: list[str], k: int, verbs: frozenset[str]) -> bool:
    """A verb of the list at token k, one or two words ("will co-chair")."""
    if k >= len(lows):
        return False
    return lows[k] in verbs or (k + 1 < len(lows) and f"{lows[k]} {lows[k + 1]}" in verbs)


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
    if last in NonNames.of(lex).modifiers:
        return False  # "Tarlen Gold said", "Brenna Copper said": a miner named for its metal
    return not (last.endswith(PLURAL_ENDS) or (last.endswith("s") and not last.endswith("ss")))


def _firm_word(w: str, lex: Lexicon) -> bool:
    """An organization word or head, also in the singular ("Chemical", "Bakery", "Farm")."""
    forms = (w, w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else w)
    return any(f in lex.org_words or f in lex.heads for f in forms) or w in lex.legal_suffixes
