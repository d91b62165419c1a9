"""A trade named by an agent noun that also names a device: "feed blender Pelmar", "Pelmar, a
Dutch blender", "the Norwegian processor Skarn Hav" describe companies (an industry noun or a
nationality before the noun, no possessor), while "its new blender" or "Orbent's Kyra processor"
are devices; so does one placed in a town ("Pelmar, a processor in Varno", "a grinder based in
Tallis"), while "a grinder in the kitchen" or "a processor in Halden laptops" is a device. The
words are `trade_agents` and `trade_goods` in loaders/data/names.yaml, with the goods of
`non_names: modifiers` (lexicon.yaml) and the nationality adjectives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.lexicon import nationality
from loaders.non_names import NonNames, data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon

POSSESSORS: frozenset[str] = frozenset({"its", "their", "his", "her", "our", "my", "'s", "'"})


def trade_agent(lows: list[str], h: int, lex: Lexicon) -> bool:
    """The agent noun at token h names a trade: a `trade_agents` word whose modifier before it
    is an industry noun or a nationality, with no possessor before the modifier
    (`trade_modified`), or one placed in a town ("a processor in Varno": `placed_agent`)."""
    if h < 1 or lows[h] not in data_words(lex, "trade_agents"):
        return False
    return trade_modified(lows, h, lex) or placed_agent(lows, h, lex)


PLACING_PREPS: frozenset[str] = frozenset({"in", "near", "outside"})


def placed_agent(lows: list[str], h: int, lex: Lexicon) -> bool:
    """The agent noun at token h is placed in a town, with no possessor before it: "a
    processor in Varno", "a grinder based in Tallis"; not "a grinder in the kitchen" or "its
    printer in Varno" (a function word after the preposition; an owner's device)."""
    if lows[h - 1] in POSSESSORS or (h >= 2 and lows[h - 2] in POSSESSORS) or h + 2 >= len(lows):
        return False
    nxt, after = lows[h + 1], lows[h + 2]
    if nxt == "based":
        return (after in PLACING_PREPS or after == "at") and not _place_modifies(lows, h + 3, lex)
    placed = nxt in PLACING_PREPS and after.isalpha() and after not in lex.stopwords
    return placed and not _place_modifies(lows, h + 2, lex)


def _place_modifies(lows: list[str], p: int, lex: Lexicon) -> bool:
    """mend30a (review 30 F6): the word after the preposition at p modifies a noun after it
    ("a processor in Halden laptops", "a printer in Kessel offices"): a device's setting, not a
    town."""
    q = p + 1
    return q < len(lows) and lows[q].isalpha() and lows[q] not in lex.stopwords


def trade_modified(lows: list[str], h: int, lex: Lexicon) -> bool:
    """The noun at token h has an industry noun or a nationality right before it ("feed",
    "Moroccan"), with no possessor before that modifier."""
    if h < 1:
        return False
    mod = lows[h - 1]
    if h >= 2 and lows[h - 2] in POSSESSORS:
        return False  # "its seafood processor": still a device's owner
    # typing8 area: an owner before the noun: "a member-owned processor", "farmer-owned"
    owned = mod.endswith("-owned")
    goods = owned or mod in data_words(lex, "trade_goods") or mod in NonNames.of(lex).modifiers
    demonym = nationality(mod) or lex.demonym(mod) or mod in data_words(lex, "short_demonyms")
    return goods or demonym


def listed_trade(lows: list[str], k: int, lex: Lexicon) -> bool:
    """The plural agent noun at k heads a list of firms: "bigger processors like Brisco",
    "processors such as Velmar"; not "its processors such as the K2" (devices)."""
    if k < 0 or lows[k] not in data_words(lex, "trade_agents") or not lows[k].endswith("s"):
        return False
    return k == 0 or lows[k - 1] not in POSSESSORS
