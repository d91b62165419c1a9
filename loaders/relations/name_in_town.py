"""A firm's name followed by "in" and a town, after "from" or an owner's noun and "of": the firm
is there.

- `from-in`: "most of its cloth is bought from Velder Looms in Tarvo", "an order from Kessel
  Pumps in Namur";
- `owner-of-in`: "the owner of Pask Granite in Namur", "the founders of Orrin Cheese in Cork".

Not "at NAME in P" (`appositive.places` reads it, with its guard for a person's employer), not
a court or a tribunal (a venue, no seat: `venue_words`), and not a state or a country ("from
Kessel Pumps in Texas" names a market as often).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.appositive import state_only
from loaders.relations.located import _place_after
from loaders.relations.model import Sentence
from loaders.relations.words import M

OWNER_NOUNS: Final = frozenset(
    {"owner", "owners", "founder", "founders", "parent", "buyer", "seller", "supplier"}
)
# what may follow the town: the end of the phrase, not a longer place ("in Tarvo County")
TOWN_ENDS: Final = frozenset({",", ".", "and", "which", "with", "for", "since", "that", ";"})


def name_cues(lex: object) -> frozenset[str]:
    return frozenset({"from", "of"})


def name_in_town(s: Sentence) -> None:
    """Each "from NAME in P" and "owner of NAME in P" (module docstring)."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        if lows[k] == "from":
            rule = "located/from-in"
        elif lows[k] == "of" and k >= 1 and lows[k - 1] in OWNER_NOUNS:
            rule = "located/owner-of-in"
        else:
            continue
        firm = k + 1
        if lows[firm] != M or lows[firm + 1] != "in" or s.etypes(firm) != {"Organization"}:
            continue
        at = _place_after(s, firm + 2)
        if at < 0 or (at + 1 < n and lows[at + 1] not in TOWN_ENDS):
            continue
        if state_only(s.ment(at).ids[0]) or _venue(s, firm) or s.blocked(firm, at):
            continue
        s.emit(s.ment(firm), ("LOCATED_IN",), s.ment(at), rule, 0.65)


def _venue(s: Sentence, k: int) -> bool:
    """A court or a tribunal: where a case is heard, no firm's seat."""
    venues = s.lex.venue_words
    return any(part in venues for rid in s.ment(k).ids for part in rid.split("-"))
