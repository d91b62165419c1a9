"""Mentions that are not the subject a later "its" or "the company" leans to: a
preposition's object ("with Velis"), a noun's modifier ("a Talbot customer", "Kessel-owned
Corvan"), a name in a clause before the main clause ("After Talbot cut prices, ...").

>>> fronted(["after", "x", "cut", "prices", ",", "y", "lost"], 1)
True
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import (
    INDEFINITES_AND_ANOTHER,
    NOUN_DETS,
    PARTICIPLE_ENDS,
    POSSESSIVES,
    SKIP_DETS,
)
from loaders.lexicon import Lexicon, irregular_participle, per_lexicon
from loaders.relations.model import her_object
from loaders.relations.words import AND_OR, PREPOSITIONS


def object_pronoun(lows: list[str], i: int) -> bool:
    """ "him", "them", or "her" used as an object ("counselled her for years"), not "her
    company"."""
    w = lows[i]
    if w in ("him", "them"):
        return True
    return w == "her" and her_object(*(lows[i + 1 : i + 3] + [".", "."])[:2])


def oblique(lows: list[str], i: int, lex: Lexicon, j: int = 0) -> bool:
    """The mention at token i (to j) is the object of a preposition ("with Velis", "by the
    lender Halden") or a modifier inside a noun phrase ("a Talbot customer", "a former Varga
    Bank executive"), so not the subject a later "its" or "the company" leans to. "of" and
    "in" are left out: "shares in Aldren", "the chief executive of Aldren" keep Aldren the
    topic, except after an indefinite appositive or complement ("a unit of Talbot", "a former
    chair of Varga Bank": `indefinite_of`)."""
    if j and (premodifier(lows, i, j, lex) or hyphen_modifier(lows, j, lex)):
        return True
    if indefinite_of(lows, i):
        return True
    k = i - 1
    while k >= 0 and i - k <= 3 and (lows[k] in SKIP_DETS or lows[k] in POSSESSIVES):
        k -= 1
    if k >= 0 and i - k <= 3 and lows[k] in lex.heads:
        k -= 1  # "with rival Velis"
        while k >= 0 and lows[k] in SKIP_DETS:
            k -= 1
    return k >= 0 and lows[k] in PREPOSITIONS and lows[k] not in ("of", "in")


RELATIVE_OPENERS: Final = frozenset({"which", "who"})


@per_lexicon
def irregular_agent_participles(lex: Lexicon) -> frozenset[str]:
    """The participles before a passive's "by" ("is run by", "was won by") that
    `PARTICIPLE_ENDS` misses: those of the lexicon's `irregular_verbs` (`triggers.yaml`)."""
    forms = (irregular_participle(f) for f in lex.irregular.values())
    return frozenset(w for w in forms if not w.endswith(PARTICIPLE_ENDS))


AGENT_PARTICLES: Final = frozenset({"over", "up", "out", "off", "down", "in", "on", "also", "now"})


def heads_relative(lows: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """The mention at i to j is a passive's agent that heads a relative clause set off by a
    comma ("is run by the Corran Trust, which groups the Hale Institute and ..."): though a
    preposition's object, it is the clause's logical subject, the one the relative clause's
    names hang on and a later "Its" leans to."""
    if j + 1 >= len(lows) or lows[j] != "," or lows[j + 1] not in RELATIVE_OPENERS:
        return False
    k = i - 1
    while k > 0 and i - k <= 2 and lows[k] in SKIP_DETS:
        k -= 1
    if k < 1 or lows[k] != "by":
        return False
    k -= 1  # "taken over by", "owned jointly by": the participle before a particle or adverb
    while k > 0 and (lows[k] in AGENT_PARTICLES or lows[k].endswith("ly")):
        k -= 1
    w = lows[k]
    if w.endswith(PARTICIPLE_ENDS) or w in irregular_agent_participles(lex):
        return True
    # a determined noun's "by" ("A report by X", "the new plan by X") names no agent
    return not any(lows[q] in NOUN_DETS for q in range(max(0, k - 2), k))


def sidelined(lows: list[str], i: int, lex: Lexicon, j: int) -> bool:
    """The mention at i to j is no subject a later "it" or "Its" leans to: a preposition's
    object (`oblique`) that is not a passive's agent heading a relative clause
    (`heads_relative`)."""
    return oblique(lows, i, lex, j) and not heads_relative(lows, i, j, lex)


PREMODIFIER_DETS: Final = INDEFINITES_AND_ANOTHER


PREMODIFIER_BEFORE: Final = frozenset({",", "is", "was", "remains", "remained", "became"})


# words opening a clause or phrase before the main clause: "After X cut prices, Y ..."
FRONTED: Final = frozenset(
    {"after", "when", "while", "although", "though", "as", "since", "because", "if", "once"}
    | {"until", "before", "whereas", "despite", "unlike", "like"}
)


def fronted(lows: list[str], i: int) -> bool:
    """The mention at i stands in a clause or phrase before the main clause: "After Talbot
    cut prices, Orrin lost customers" (Talbot)."""
    return lows[0] in FRONTED and "," in lows[i:] and "," not in lows[1:i]


def premodifier(lows: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """The name at i..j modifies the noun after it in an appositive or a copula's complement:
    "Orrin Foods, a Talbot customer", "Orrin Foods is a Talbot customer", "Lina Moreau, a
    former Varga Bank executive" (not "a Talbot spokesman", who speaks for Talbot)."""
    if j >= len(lows) or not lows[j].isalpha() or lows[j] in PREPOSITIONS:
        return False
    if lows[j] in AND_OR or lows[j] in lex.acting_for:
        return False
    k = i - 1
    while k >= 0 and i - k <= 2 and lows[k].isalpha() and lows[k] not in PREMODIFIER_DETS:
        k -= 1  # "a former", "a longtime"
    # "T is a C customer": after a copula as after an appositive's comma
    return k >= 1 and lows[k] in PREMODIFIER_DETS and lows[k - 1] in PREMODIFIER_BEFORE


def hyphen_modifier(lows: list[str], j: int, lex: Lexicon) -> bool:
    """The name ending at j modifies a noun through a hyphenated word: "Kessel-owned Corvan",
    "Maersk-rival Corvan Lines" (Corvan is what a later "its" leans to)."""
    return j + 1 < len(lows) and lows[j] == "-" and lows[j + 1] in lex.hyphen


OF_REACH: Final = 4  # words between an appositive's "a" and the "of" before the name


def indefinite_of(lows: list[str], i: int) -> bool:
    """The name at i closes an indefinite appositive or complement through "of": "Lina Moreau,
    a former chair of Varga Bank," or "Orrin is a unit of Talbot" (the phrase describes
    another; not "the chief executive of Varga Bank", whose firm stays the topic)."""
    k = i - 1
    if k >= 0 and lows[k] == "the":
        k -= 1
    if k < 2 or lows[k] != "of":
        return False
    start = k - 1
    while start >= 0 and k - start <= OF_REACH and lows[start].isalpha():
        if lows[start] in PREMODIFIER_DETS:
            return start >= 1 and start < k - 1 and lows[start - 1] in PREMODIFIER_BEFORE
        start -= 1
    return False
