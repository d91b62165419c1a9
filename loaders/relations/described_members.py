"""A list member named after a descriptor the lexicon does not type (`nav._member`).

"Corvel owns Tamsin Foods and the valve specialist Odda Works", "backed by Fenwick Capital and
its longtime backer Lorne Ventures", "makes the Kivo range and the cult Pallo kettle", "the
Bergen software house Odda", "the Franco-Dutch consortium Odda": an article or a possessive
opens a noun phrase whose words only describe the name that ends it, so the name is the list's
next member even when its head noun ("specialist", "house", "backer") is no type head. Without
an article, an agent noun alone describes ("founded by Ana Roth and sailmaker Ben Ode", "and
Greek physician Ben Ode"). A verb, an adverb or a date among the words opens another clause
instead ("and the next day Odda sued", "and the court ordered Odda", "and later Odda").
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.lexicon import Lexicon, per_lexicon
from loaders.relations.model import Sentence
from loaders.relations.words import (
    AUXILIARIES,
    BE_FORMS,
    COORD,
    DATE_WORDS,
    MODALS,
    PREPOSITIONS,
    SAYING,
    SKIP_DETS,
    M,
)

# function words and times that can stand between an article and a name without describing it
# ("and the next day Odda sued")
NON_DESCRIPTORS: Final = frozenset(
    {"that", "which", "who", "whose", "also", "then", "now", "so", "not", "no", "same", "rest"}
    | {"day", "morning", "afternoon", "evening", "night", "time", "decade", "weekend"}
)
# endings of an agent noun ("grower", "sailmaker", "specialist", "physician", "operator")
AGENT_ENDINGS: Final = ("er", "or", "ist", "ian")
# words with an agent noun's ending that are no noun ("later", "other", "former", "either")
NOT_AGENTS: Final = frozenset(
    {"later", "earlier", "other", "another", "either", "neither", "whether", "together"}
    | {"further", "rather", "former", "latter", "never", "ever", "however", "after", "under"}
    | {"over", "sooner", "longer", "senior", "junior", "prior", "major", "minor", "per", "nor"}
    | {"for", "or", "elder", "older", "younger", "bigger", "larger", "smaller", "newer"}
)
AGENT_MIN: Final = 6  # letters of an agent noun ("grower"): shorter words are rarely one
PLACE_MODIFIER_REACH: Final = 3  # words between a place and the name ("software house")
# words that may follow a list's last member without opening a clause of their own ("and the
# valve specialist Odda Works last year", "... too", "... which", "... each")
MEMBER_FOLLOWERS: Final = frozenset(
    {"which", "who", "whose", "each", "both", "all", "last", "this", "next", "earlier", "too"}
    | {"respectively", "alone", "together", "instead", "already", "since", "as"}
)


def described_member(s: Sentence, start: int, m: int) -> bool:
    """The words from `start` to the name at m describe it: an article or possessive and the
    name's descriptor ("the Dresden software house", "its longtime backer", "the cult"), or an
    agent noun after plain modifiers ("sailmaker", "Greek physician")."""
    lows = s.lows
    if m <= start + 1 and not (m == start + 1 and _agent_noun(s, lows[start])):
        return False
    opened = lows[start] in SKIP_DETS or s.is_det(start)
    words = range(start + 1 if opened else start, m)
    if not all(_describes(s, q) for q in words if lows[q] != "-"):
        return False
    return opened or _agent_noun(s, lows[m - 1])


def described_closing(s: Sentence, start: int, m: int, k: int) -> bool:
    """A mention at m that the words from `start` describe (`described_member`) and that ends
    the phrase of the list whose first member is at k (`member_closes`)."""
    lows = s.lows
    if not (0 <= m < len(lows) and lows[m] == M):
        return False
    return described_member(s, start, m) and member_closes(s, k, m)


def place_modified(s: Sentence, start: int, p: int) -> int:
    """The name an article-led descriptor names after the place at p that modifies it ("the
    Bergen software house Odda": Odda), else -1."""
    lows = s.lows
    if not (start < p and lows[start] in SKIP_DETS) or s.etypes(p) != {"Location"}:
        return -1
    for q in range(p + 2, min(len(lows), p + 2 + PLACE_MODIFIER_REACH)):
        if lows[q] == M:
            return q if described_member(s, start, q) and not s.is_det(q) else -1
        if not lows[q].isalpha():
            return -1
    return -1


def compound_hyphen(lows: list[str], start: int, m: int) -> bool:
    """The hyphen at m joins two words of a descriptor ("the Franco-Dutch consortium")."""
    return (
        lows[m] == "-"
        and start < m < len(lows) - 1
        and lows[m - 1].isalpha()
        and lows[m + 1].isalpha()
        and lows[m + 1] not in PREPOSITIONS
    )


def _describes(s: Sentence, q: int) -> bool:
    """The word at q may describe a name: an adjective, a noun or a place modifying the noun
    ("the Bergen software house"); no verb, adverb or date."""
    w = s.lows[q]
    if w == M:
        return s.etypes(q) == {"Location"} and not s.is_det(q)
    if not w.replace("-", "").isalpha() or w in NON_DESCRIPTORS or w in DATE_WORDS:
        return False
    if "-" in w:
        return True  # "family-owned", "factory-made", "true-crime"
    if w.endswith(("ly", "ed")) or (w.endswith("s") and not w.endswith(("ss", "ics"))):
        return False  # "newly", "ordered", "gives": an adverb or a verb's form
    return w not in _verb_forms(s.lex) and w not in PREPOSITIONS


def _agent_noun(s: Sentence, w: str) -> bool:
    """An agent noun by its ending ("grower", "physician"), no adverb or comparative."""
    return (
        len(w) >= AGENT_MIN
        and w.isalpha()
        and w.endswith(AGENT_ENDINGS)
        and w not in NOT_AGENTS
        and w not in _verb_forms(s.lex)
    )


@per_lexicon
def _verb_forms(lex: Lexicon) -> frozenset[str]:
    """Words that are only verbs: auxiliaries, modals, the forms of be and of the irregular
    verbs ("sold", "took", "won", "buy")."""
    forms = {f for base, fs in lex.irregular.items() for f in (base, *fs)}
    return frozenset(forms) | AUXILIARIES | BE_FORMS | MODALS


def member_closes(s: Sentence, k: int, q: int) -> bool:
    """The described member at q ends the list's phrase: no possessor, no noun's modifier
    ("and the former Odda Mills site", but "the cult Pallo kettle": a product's kind) nor, in a
    list of objects or agents (after a verb or a preposition at k), a new clause's subject
    ("bought A and the seller Odda Capital kept 10%", "owns A and the bakery Odda Mills
    supplies")."""
    lows = s.lows
    w = lows[q + 1] if q + 1 < len(lows) else "."
    if w in POSSESSIVE_MARKS:
        return False  # "and the bread maker Odda Mills' brands": Odda Mills owns the member
    if not w.isalpha() or w in COORD or w in PREPOSITIONS or w in MEMBER_FOLLOWERS:
        return True
    if w in DATE_WORDS:
        return True
    if not _verb_like(s, w):
        return "Product" in s.etypes(q) or _product_kind(s, w)
    return not _object_list(s, k)


def _verb_like(s: Sentence, w: str) -> bool:
    """A verb's form by its ending or the lexicon ("kept", "supplies", "handles", "sold")."""
    return (
        w in _verb_forms(s.lex)
        or w.endswith("ed")
        or (w.endswith("s") and not w.endswith(("ss", "us", "is")))
    )


def _product_kind(s: Sentence, w: str) -> bool:
    from loaders.relations.nav import product_noun  # nav imports this module

    return product_noun(s, w)


def _object_list(s: Sentence, k: int) -> bool:
    """The list's first member at k follows a verb or a preposition (not "between", whose pair
    the main verb follows; not a reporting verb, whose clause may open with the list)."""
    p = k - 1
    while p >= 0 and (s.is_det(p) or s.lows[p] in SKIP_DETS):
        p -= 1
    if p < 0:
        return False
    w = s.lows[p]
    if w == "between" or w in SAYING or not w.isalpha():
        return False
    return w in PREPOSITIONS or _verb_like(s, w)
