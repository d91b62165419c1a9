"""Co-builders: two or more organizations named together as building or developing one named
thing: "Orvane Foods and Teskar Agri will build the Kelda Dryer", "A and B formed a venture to
build X", "A and B are jointly developing X".

The article (loaders.article) remembers the pair as holders, so that a later "each side",
"both sponsors" or "the two firms" names them, and the thing as what the article is funding,
so that "the remainder comes from a loan by L" or "each side will provide $30m" is of it.
Nothing is emitted here: building is no funding.

>>> from loaders.lexicon import Lexicon
>>> from loaders.relations.model import Mention
>>> lows = "arlo and brisk will build the kelda dryer .".split()
>>> names = [Mention(("arlo",), 0, 1), Mention(("brisk",), 2, 3), Mention(("kelda",), 6, 8)]
>>> co_built(Lexicon.load(), lows, names, lambda rid: "Organization")
CoBuilt(members=('arlo', 'brisk'), thing='kelda')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from loaders.groups import listed_before
from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index, word_set
from loaders.relations.words import PREPOSITIONS
from loaders.tokens import NamedSpan

_LINK_WORDS = 8  # words between the co-builders and the verb ("formed a joint venture to")
_MODIFIERS: Final = 2  # words between the verb and the thing ("build the new Kelda dryer")
_THING_DETS: Final = frozenset({"the", "a", "an", "its", "their", "new"})


@dataclass(frozen=True)
class CoBuilt:
    """The named co-builders and the thing they build."""

    members: tuple[str, ...]
    thing: str


@dataclass(frozen=True)
class _Words:
    verbs: PhraseIndex
    links: frozenset[str]
    firsts: frozenset[str]  # the verbs' first words: a sentence with none of them builds nothing


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    spec = lex.data.get("co_builders") or {}
    verbs = verb_index(spec.get("verbs"), lex.irregular)
    return _Words(verbs=verbs, links=word_set(spec.get("links")), firsts=frozenset(verbs.keys()))


def builder_verbs(lex: Lexicon) -> PhraseIndex:
    """The verbs of building or developing a thing ("build", "put up"), compiled."""
    return _words(lex).verbs


def co_built(
    lex: Lexicon, lows: list[str], names: Sequence[NamedSpan], type_of: Callable[[str], str]
) -> CoBuilt | None:
    """The co-builders and the thing of the first "A and B (...) build X" of a sentence, else
    None (raw tokens and names; the members organizations, the thing a project or an
    organization that is no member)."""
    if len(names) < 3:
        return None
    cw = _words(lex)
    if cw.firsts.isdisjoint(lows):
        return None  # (most sentences: no building verb, no walk back from each name)
    ends = {m.j: m for m in names}
    for m in names:
        if type_of(m.ids[0]) not in ("Project", "Organization"):
            continue
        v = _verb_before(cw.verbs, lows, m.i)
        if v < 0:
            continue
        members = _builders(cw.links, lows, v, ends, type_of)
        if len(members) >= 2 and m.ids[0] not in members:
            return CoBuilt(members, m.ids[0])
    return None


def _verb_before(verbs: PhraseIndex, lows: list[str], i: int) -> int:
    """Where a building verb starts that takes the name at i as its object ("build the new
    X"), else -1."""
    for q in range(i - 1, max(-1, i - 2 - _MODIFIERS), -1):
        for start in (q - 1, q):
            hit = verbs.match(lows, start) if start >= 0 else None
            if hit is not None and start + hit[0] == q + 1:
                return start
        if lows[q] not in _THING_DETS and (not lows[q].isalpha() or lows[q] in PREPOSITIONS):
            return -1  # "build a plant for X": X is no thing built
    return -1


def _builders(
    links: frozenset[str], lows: list[str], v: int, ends, type_of: Callable[[str], str]
) -> tuple[str, ...]:
    """The coordinated organizations that end before the link words before the verb at v."""
    q = v
    while q > 0 and v - q < _LINK_WORDS and q not in ends and lows[q - 1] in links:
        q -= 1
    members, q = listed_before(lows, q, ends)
    if q > 0 and lows[q - 1] not in (",", '"', "\u201c"):
        return ()  # "loans to A and B will build": the list opens no clause
    return tuple(dict.fromkeys(x for x in members if type_of(x) == "Organization"))
