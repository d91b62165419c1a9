"""Acts a modal or a purpose makes no fact, for every verbal type but rivalry (whose intent
words are its own, `rivalry.yaml`).

- `modal_head`: "about to", "minded to", "expected to" just before the verb, in its phrase, or
  "would" under a hope: "Fosk was about to acquire the Corvin Opera", "the panel was 'minded to
  support' Tessary", "the council is expected to question Galdric's director", "she hoped the
  council, which hands out slots, would back Aerolift" (no OWNS, BACKS, DISPUTES). An announced
  "said it would buy X" stays a deal, and a narrative future of the past an act: "she would
  later buy Dovebrot".
- `preceded_by`: a word of a given list before the verb, only fillers between, the plain walk
  that rivalry's feared losses (`verbal._lost_unreal`) and partnering's doubted joint acts
  (`partnering._doubted`) share with their own word lists.
- `purpose_site`: a site verb in a purpose infinitive right after a name: "started a venture
  with Dalvik Tekstil to build a plant in Gorsk" (the plant is to come, and it is the venture's,
  not Dalvik's: no LOCATED_IN).

>>> from loaders.lexicon import Lexicon
>>> ("about", "to") in modal_words(Lexicon.load()).heads.phrases()
True
>>> "hoped" in modal_words(Lexicon.load()).hopes
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, Trigger, per_lexicon, phrase_index, word_set
from loaders.relations.model import Sentence
from loaders.relations.words import CLAUSE_STOP, QUOTE_MARKS, REPORTING, TELLING, M

# rivalry reads its own intents ("aims to take customers from X" is rivalry)
MODAL_FREE_TYPES: Final[frozenset[str]] = frozenset({"COMPETES_WITH"})
MODAL_REACH: Final = 4  # words from the modal's first word to the verb
# between the modal and the verb: adverbs and quote marks ("would also back", "'minded to")
MODAL_FILLERS: Final[frozenset[str]] = frozenset(
    {"also", "now", "still", "jointly", "first", "soon", "both", '"', "'", "be", "have"}
)


HOPED_MODAL: Final = "would"  # a modal that is no act under a hope only
HOPE_REACH: Final = 16  # words from the hope to its "would"
CLAUSE_JOINS: Final[frozenset[str]] = frozenset({"and", "or", "so", "yet"})  # after a comma


@dataclass(frozen=True)
class ModalWords:
    heads: PhraseIndex  # "about to", "expected to"
    hopes: frozenset[str]  # "hoped ... would"
    pasts: frozenset[str]  # "would later", "would go on to"


@per_lexicon
def modal_words(lex: Lexicon) -> ModalWords:
    """The modal heads of `lexicon.yaml`, compiled once per lexicon."""
    return ModalWords(
        heads=phrase_index(lex.data.get("modal_heads")),
        hopes=word_set(lex.data.get("hope_verbs")),
        pasts=word_set(lex.data.get("modal_pasts")),
    )


def modal_head(s: Sentence, k: int) -> bool:
    """A modal head just before the verb at k, only fillers between ("was about to acquire",
    "is expected to back"); "would" counts only after a hope verb ("hoped the council would
    back", `_hoped`), and "would not" is a negation, read elsewhere."""
    lows = s.lows
    words = modal_words(s.lex)
    for b in range(k - 1, max(-1, k - MODAL_REACH - 1), -1):
        w = lows[b]
        if w == M or w == "," or w in CLAUSE_STOP:
            return False
        hit = words.heads.match(lows, b) if w in words.heads else None
        if w == HOPED_MODAL and _hoped(lows, b, words.hopes):
            hit = (1, True)
        if hit is None:
            continue
        rest = lows[b + hit[0] : k]
        return all(x in MODAL_FILLERS for x in rest) and not (
            b + 1 < len(lows) and lows[b + 1] in words.pasts
        )
    return False


def preceded_by(
    lows: list[str], k: int, heads: frozenset[str], fillers: frozenset[str], reach: int
) -> bool:
    """A word of heads before the verb at k, at most reach words back, only fillers between
    ("is expected to lose", "would run it jointly"). A head is tested before a filler."""
    for b in range(k - 1, max(-1, k - reach - 1), -1):
        if lows[b] in heads:
            return True
        if lows[b] not in fillers:
            return False
    return False


def _hoped(lows: list[str], b: int, hopes: frozenset[str]) -> bool:
    """A hope governs the "would" at b ("she hoped the council, which ..., would back X"): a
    hope verb before it in its clause. A clause stop, a reporting verb or a comma's clause join
    ends the scan ("Kelso hoped to grow, and Ana Berg said the firm would acquire Vexa": the
    announced deal stays)."""
    for x in range(b - 1, max(-1, b - HOPE_REACH - 1), -1):
        w = lows[x]
        if w in CLAUSE_STOP or w in REPORTING or w in TELLING:
            return False
        if w in CLAUSE_JOINS and x > 0 and lows[x - 1] == ",":
            return False
        if w in hopes:
            return True
    return False


def purpose_site(s: Sentence, k: int) -> bool:
    """The site verb at k opens a purpose infinitive right after a name ("with Dalvik to build
    a plant in Gorsk"); not when the name opens its sentence and is the infinitive's subject
    (a headline "Kelso to open plant in Gorsk" keeps the site)."""
    lows = s.lows
    if not (k >= 2 and lows[k - 1] == "to" and lows[k - 2] == M):
        return False
    return k >= 3 and lows[k - 3] not in CLAUSE_STOP and lows[k - 3] not in QUOTE_MARKS


def realised(s: Sentence, k: int, trigs: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
    """The verbal triggers at k left once a modal head or a purpose makes them no act."""
    if not any(t.family == "verb" for t in trigs):
        return trigs
    if modal_head(s, k):
        return tuple(t for t in trigs if not MODAL_FREE_TYPES.isdisjoint(t.types))
    if purpose_site(s, k):
        return tuple(t for t in trigs if t.types != ("LOCATED_IN",))
    return trigs
