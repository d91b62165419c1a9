"""A company set off as a person's vehicle: "Tarn Holdings, the investment vehicle of the Welsh
businessman Sir Alun Tarn", "Kell Capital, the family office of the Oslo collector Ida Kell":
the person owns the company (`person_vehicle_heads` of grammar.yaml).

The role-noun reading of "vehicle of Y" reads the name right after "of"; a descriptor of the
person (a nationality, a town, a trade noun, a title) stands between in news copy.

Guards: the appositive opens with an article after the company's name and a comma; the words
between "of" and the person are few and hold no clause word; the owner is a Person (a company
after "holding company of" is the held one, read by the role reading); a negation blocks.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import phrase_set, read_data
from loaders.relations.model import Sentence
from loaders.relations.owned_names import PAST_OWNER  # "the former vehicle of": owned once
from loaders.relations.words import POSSESSIVE_MARKS, PUNCT_STOP, SKIP_DETS, M

HEADS: Final[frozenset[str]] = phrase_set(read_data("grammar.yaml")["person_vehicle_heads"])
PERSON_REACH: Final = 5  # words of "the Welsh businessman Sir" between "of" and the person
CLAUSE_WORDS: Final[frozenset[str]] = frozenset({"and", "or", "which", "who", "that", "whose"})


def _head_end(lows: list[str], a: int) -> int:
    """After the article at a, up to two modifiers then a vehicle head followed by "of": the
    position of "of", else -1."""
    for size in (1, 2):
        for mods in (0, 1, 2):
            h = a + 1 + mods
            if h + size < len(lows) and lows[h + size] == "of":
                if " ".join(lows[h : h + size]) in HEADS:
                    return h + size if PAST_OWNER.isdisjoint(lows[a + 1 : h]) else -1
    return -1


def _person_after(s: Sentence, of: int) -> int:
    lows = s.lows
    for q in range(of + 1, min(len(lows), of + 1 + PERSON_REACH)):
        w = lows[q]
        if w == M:
            if s.etypes(q) == frozenset({"Location"}) and q + 1 < len(lows) and lows[q + 1] != ",":
                continue  # "the Oslo collector Ida Kell": a town that modifies the noun
            if q + 1 < len(lows) and lows[q + 1] in POSSESSIVE_MARKS:
                return -1  # "of the late businessman Eva Brisk's widow": the widow's
            named = s.ment(q).kind == "name"  # "the businessman he backs": no reference
            if s.lex.group_nouns.intersection(lows[q + 1 : q + 3]):
                return -1  # "the Markel shipping family": a family, not the person
            return q if named and "Person" in s.etypes(q) else -1
        if w in PUNCT_STOP or w in CLAUSE_WORDS or w == ",":
            return -1
    return -1


def vehicle_owners(s: Sentence) -> None:
    lows = s.lows
    for k in range(len(lows) - 5):
        if lows[k] != M or lows[k + 1] != "," or lows[k + 2] not in SKIP_DETS:
            continue
        if s.is_det(k) or "Organization" not in s.etypes(k):
            continue
        of = _head_end(lows, k + 2)
        person = _person_after(s, of) if of >= 0 else -1
        if person >= 0 and not s.blocked(k, person):
            s.emit(s.ment(person), ("OWNS",), s.ment(k), "possessive/person-vehicle", 0.7)
