"""The possessor of a noun only a firm has is a firm: "Quorvan's biggest rival", "one of
Teshby's longtime competitors", "Marlo Penn's Nordic unit", "Dravo's share price".

The nouns are those that type or tie a possessor elsewhere (`firm_context_possessions`,
`frame_company_possessions`, `frame_firm_possessions` in loaders/data/names.yaml: a company's
plants, stores, rivals, subsidiary, unit, board, chief executive, ...), less those a person
holds too (`person_held_possessions`: "Varga's shares", "a designer's range"). Up to three
modifiers may stand between the possessive and the noun ("most direct", "precision farming",
"Nordic"). A name its own sentence already marks as a person's (a given name, a title, "said
he") or a place's keeps that type: the vote is only cast on a name no such cue marks. A rival
who vies for a post or a prize (`contest_nouns`: "Varga's rival for the chair", "his rival in
the final") or who is named as a person ("Varga's old rival, Ada Merk") is a person's. A name
after a determiner or with a digit ("the Vexa 9's closest rival") is a model's. The vote
outweighs one occupation noun before the name in another mention ("photographer Quorvan" in a
headline), not a given name with a title.

>>> from tests.construction_check import types
>>> types("Rivo Tanks cut prices. Quorvan's most direct rival is Rivo Tanks.")["Quorvan"]
'Organization'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.grammar_words import POSSESSIVE_MARKS, SKIP_DETS
from loaders.non_names import data_words
from loaders.relations.rival_words import rival_words
from loaders.type_frames import phrase_at

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate
    from loaders.tokens import Tok

# more than one given name or descriptor noun in another mention (3), less than a company-only
# frame (`loaders.company_frames`, 4.5)
W_POSSESSOR: Final = 3.5
MODIFIER_REACH: Final = 3  # words between the possessive and the noun ("most direct", "Nordic")
CONTEST_REACH: Final = 4  # words after the noun where a contest may be named ("for the chair")
# words that end a possessed noun phrase before its noun: no modifier is one of these
_STOPS: Final[frozenset[str]] = frozenset(
    "and or but of in on at to for with by from as than that which who whose is was are were "
    "be been has have had will would said says the a an its his her their our this these those "
    "not no".split()
)


def possessor_votes(a: Analysis, lex: Lexicon) -> None:
    """Vote Organization for each name of the sentence that possesses a noun only a firm has
    (`firm_possessor`). The vote types the name; it does not join a bare surname to the firm
    its bearer founded (`Candidate.firm_context` keeps its own narrower reading)."""
    toks, lows = a.toks, a.lows
    by_edge = {d.i: d for d in a.cands} | {-d.j: d for d in a.cands}  # ends as negatives
    for c in a.cands:
        if c.known or c.votes.get("Organization", 0.0) >= W_POSSESSOR:
            continue
        if firm_possessor(c, toks, lows, by_edge, lex):
            c.vote("Organization", W_POSSESSOR)


def firm_possessor(
    c: Candidate, toks: list[Tok], lows: list[str], by_edge: dict[int, Candidate], lex: Lexicon
) -> bool:
    """The name `c` possesses a noun only a firm has and its own sentence marks it as no
    person nor place; a rival is no person's, nor one in a contest ("Varga's rival for the
    chair", "Varga's old rival, Ada Merk")."""
    if c.votes.get("Person") or c.votes.get("Location") or _thing_shaped(c, lows):
        return False
    k = firm_possession(toks, lows, c.j, lex)
    if k < 0 or lows[k] in data_words(lex, "person_held_possessions"):
        return False
    contests = data_words(lex, "contest_nouns")
    if any(w in contests for w in lows[k + 1 : k + 1 + CONTEST_REACH]):
        return False  # "Varga's rival for the chair"
    return lows[k] not in rival_words(lex).rival_nouns or not _person_rival(c, k, lows, by_edge)


def _person_rival(c: Candidate, k: int, lows: list[str], by_edge: dict[int, Candidate]) -> bool:
    """The rival at token k is named as a person: "Varga's rival, Ada Merk", "Varga's rival
    Ada Merk", "Ada Merk, Varga's old rival", "Ada Merk, one of Varga's rivals"."""
    after = k + 2 if lows[k + 1 : k + 2] == [","] else k + 1
    i = c.i - 2 if lows[max(c.i - 2, 0) : c.i] == ["one", "of"] else c.i  # "X, one of Y's"
    before = i - 1 if i > 0 and lows[i - 1] == "," else -1
    named = [by_edge.get(after), by_edge.get(-before) if before > 0 else None]
    return any(d is not None and _personal(d) for d in named)


def _personal(d: Candidate) -> bool:
    """The name's own sentence votes it a person's at least as much as a firm's (a given name
    against the firm's vote of the rival's appositive)."""
    person = d.votes.get("Person", 0.0)
    return person > 0.0 and person >= d.votes.get("Organization", 0.0)


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
