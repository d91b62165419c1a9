"""Trap readings of business words: what the rules before read is no relation.

- "told investors about fighting in Ukraine", "a suit against the firm in Fenby": a place after
  "in" is where something happens, never a party of a dispute.
- "Ms Rask ran Brisk Farms for a decade before moving to Canada": where a person went after,
  no seat of the firm (a firm's own move, "Orvel was based in Harnby before moving to Fenby",
  keeps it).
- "Quillex and Vantora signed a supply agreement": trade, no partnership.
- "Ada Brannock, who manages the hotel fund at Kestrel Capital": a part of the named firm, not
  a company named earlier, so no LEADS through the description.

Words: loaders/data/traps.yaml, read per lexicon (`trap_words`: a `--lexicon` file's `traps`
entries extend them).
"""

from __future__ import annotations

from collections.abc import Collection

from loaders.lexicon import Lexicon, per_lexicon
from loaders.relations.model import Sentence
from loaders.relations.nav import first_name
from loaders.relations.service_traps import DEAL_NOUNS, JOINT_WORDS, SERVICE_WORDS, drop_parties
from loaders.relations.trap_words import trap_words
from loaders.relations.words import M


def place_cues(lex: Lexicon) -> Collection[str]:
    return ("in",)


def place_parties(s: Sentence) -> None:
    """A Location right after "in" ("fighting in Ukraine", "a suit against it in Fenby") is
    where something happens, never a party of a dispute."""
    if not any(f.type == "DISPUTES" for f in s.found):
        return
    lows = s.lows
    for t in range(1, len(lows)):
        if lows[t] == M and lows[t - 1] == "in" and "Location" in s.etypes(t):
            drop_parties(s, "DISPUTES", [t])


def move_cues(lex: Lexicon) -> Collection[str]:
    return trap_words(lex).move_words


def moved_away(s: Sentence) -> None:
    """A place after "before/after moving to" in a clause about a person ("Ms Rask ran Brisk
    Farms for a decade before moving to Canada") is where the person went: no seat."""
    if not any(f.type == "LOCATED_IN" for f in s.found):
        return
    lows = s.lows
    first = first_name(lows)
    if first < 0 or "Person" not in s.etypes(first):
        return
    words = trap_words(s.lex)
    for t in range(3, len(lows)):
        if lows[t] == M and lows[t - 1] == "to" and lows[t - 2] in words.move_words:
            if lows[t - 3] in words.move_leads:
                drop_parties(s, "LOCATED_IN", [t])


def part_cues(lex: Lexicon) -> Collection[str]:
    return ("at",)


def part_at_firm(s: Sentence) -> None:
    """A description followed by "at <name>" ("manages the hotel fund at Kestrel Capital") is
    a part of that firm: no LEADS of the company the description was bound to."""
    if not any(f.type == "LEADS" for f in s.found):
        return
    lows = s.lows
    for t in range(len(lows) - 2):
        if lows[t] == M and s.ment(t).kind == "np" and lows[t + 1] == "at" and lows[t + 2] == M:
            s.drop(None, "LEADS", s.ment(t))


@per_lexicon
def _trade_words(lex: Lexicon) -> frozenset[str]:
    """The service and supply words before a deal noun, built once per lexicon."""
    return SERVICE_WORDS | trap_words(lex).pair_trade_words


def trade_cues(lex: Lexicon) -> Collection[str]:
    """The cue words of `traded_pair` (a plain function: mypyc cannot type a decorated one
    that another module reads)."""
    return _trade_words(lex)


def traded_pair(s: Sentence) -> None:
    """A pair that signed a deal for a service or a supply ("Quillex and Vantora signed a
    supply agreement") partners with no one; a joint venture or an alliance named in the
    sentence keeps it, and a partner after "with" is `service_traps.service_deals`'s."""
    lows = s.lows
    if not any(f.type == "PARTNERS_WITH" for f in s.found) or "with" in lows:
        return
    if not JOINT_WORDS.isdisjoint(lows):
        return
    trade = trade_cues(s.lex)
    if any(w in trade and lows[k + 1] in DEAL_NOUNS for k, w in enumerate(lows[:-1])):
        drop_parties(s, "PARTNERS_WITH", [k for k, w in enumerate(lows) if w == M])
