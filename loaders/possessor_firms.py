"""The possessor of a noun only a firm has is a firm: "Quorvan's biggest rival", "one of
Teshby's longtime competitors", "Marlo Penn's Nordic unit", "Dravo's share price".

The nouns are `firm_context_possessions` in loaders/data/names.yaml (a company's plants,
stores, rivals, subsidiary, board, chief executive, ...), less those a person holds too
(`person_held_possessions`: "Varga's shares", "a designer's range"). Up to three modifiers may
stand between the possessive and the noun ("most direct", "precision farming", "Nordic"). A
name its own sentence already marks as a person's (a given name, a title, "said he") or a
place's keeps that type: the vote is only cast on a name no such cue marks, and a rival who vies
for a post or a prize (`contest_nouns`: "Varga's rival for the chair", "his rival in the
final") is a person's. The vote outweighs one occupation noun before the name ("photographer
Quorvan" in a headline), not a given name with a title or a known place.

>>> from tests.construction_check import types
>>> types("Rivo Tanks cut prices. Quorvan's most direct rival is Rivo Tanks.")["Quorvan"]
'Organization'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.grammar_words import POSSESSIVE_MARKS, SKIP_DETS
from loaders.non_names import data_words
from loaders.type_frames import phrase_at

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

W_POSSESSOR: Final = 4.5  # as a company-only frame (`loaders.company_frames`)
MODIFIER_REACH: Final = 3  # words between the possessive and the noun ("most direct", "Nordic")
CONTEST_REACH: Final = 4  # words after the noun where a contest may be named ("for the chair")
# words that end a possessed noun phrase before its noun: no modifier is one of these
_STOPS: Final[frozenset[str]] = frozenset(
    "and or but of in on at to for with by from as than that which who whose is was are were "
    "be been has have had will would said says the a an its his her their our this these those "
    "not no".split()
)


def possessor_vote(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> None:
    """Vote Organization for a name that possesses a noun only a firm has, unless its own
    sentence marks it as a person or a place, or the noun is a rival in a contest."""
    if c.votes.get("Person") or c.votes.get("Location") or _thing_shaped(c, lows):
        return
    k = firm_possession(toks, lows, c.j, lex)
    if k < 0 or lows[k] in data_words(lex, "person_held_possessions"):
        return
    contests = data_words(lex, "contest_nouns")
    if any(w in contests for w in lows[k + 1 : k + 1 + CONTEST_REACH]):
        return  # "Varga's rival for the chair"
    c.vote("Organization", W_POSSESSOR)


def _thing_shaped(c: Candidate, lows: list[str]) -> bool:
    """A name after a determiner ("the Vexa 9's closest rival") or with a digit ("RX4's
    rival"): a model or a thing, whose rival is another thing."""
    return (c.i > 0 and lows[c.i - 1] in SKIP_DETS) or any(ch.isdigit() for ch in c.text)


def firm_possession(toks: list[Tok], lows: list[str], j: int, lex: Lexicon) -> int:
    """Where a noun of `firm_context_possessions` stands after the possessive mark at j, past
    at most `MODIFIER_REACH` modifiers (lower-case words, numbers or capitalized adjectives that
    are no function words); else -1."""
    if j + 1 >= len(lows) or lows[j] not in POSSESSIVE_MARKS:
        return -1
    nouns = firm_possessions(lex)
    k = j + 1
    while k < len(lows) and k - j <= MODIFIER_REACH + 1:
        if phrase_at(lows, k, nouns):
            return k
        if not _modifier(toks[k].text, lows[k]):
            return -1
        k += 1
    return -1


_POSSESSIONS: Final[dict[int, frozenset[str]]] = {}  # id(lexicon) -> the firm's nouns


def firm_possessions(lex: Lexicon) -> frozenset[str]:
    """The nouns only a firm has, from the lists that type or tie a possessor elsewhere:
    `firm_context_possessions`, `frame_company_possessions`, `frame_firm_possessions`."""
    got = _POSSESSIONS.get(id(lex))
    if got is None:
        keys = ("firm_context_possessions", "frame_company_possessions", "frame_firm_possessions")
        words: set[str] = set()
        for key in keys:
            words |= data_words(lex, key)
        got = _POSSESSIONS[id(lex)] = frozenset(words)
    return got


def _modifier(text: str, low: str) -> bool:
    """A word that may modify a possessed noun: "biggest", "longtime", "tractor", "Nordic",
    "40", "high-street"; not a function word nor punctuation."""
    if low in _STOPS:
        return False
    return low.replace("-", "").isalnum() and (
        text[0].islower() or text[0].isdigit() or text.istitle()
    )
