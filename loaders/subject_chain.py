"""The acting subject of the sentence before, which a description continues (round 23).

"Brenna Tiles opened a kiln in Stoke last year. Ola Venn, a director, said the company ...":
the description carries on the organization the sentence before made the subject of an act
(`ReferenceResolver._chained` in `loaders.references` lets it override the usual choice only within
a paragraph, when that choice is not the paragraph's topic, was not named in this sentence or
the one before, fits the description no better, and is not the chained firm's own purchase
that "the business" names). A bystander subject starts no chain: one whose verb is negated ("did not
invest"), only reported ("is said to", "reportedly"), or one of speaking, ruling or advising
(`bystander_verbs` in loaders/data/coref.yaml: "said", "ruled", "approved", "advised"). A
seller of "bought X from Y", a firm of "according to Y" and a deal's object side are no
subjects at all.

>>> from loaders.relations.model import Mention
>>> from loaders.lexicon import Lexicon
>>> lex = Lexicon.load()
>>> lows = "last year , brenna tiles opened a kiln .".split()
>>> acting_subject(lex, lows, [Mention(("brenna",), 3, 5)], lambda r: "Organization")
'brenna'
>>> lows = "brenna tiles did not invest .".split()
>>> acting_subject(lex, lows, [Mention(("brenna",), 0, 2)], lambda r: "Organization")
''
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.relations.words import DATE_WORDS, PREPOSED_OPENERS, PREPOSITIONS, REPORTING
from loaders.type_frames import phrase_at

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

# words between a subject and its verb: adverbs and auxiliaries ("has since bought")
_FILLERS: Final[frozenset[str]] = frozenset(
    {"also", "now", "still", "then", "later", "recently", "since", "has", "had", "have", "will"}
    | {"would", "could", "is", "was", "were", "are", "been", "did", "does", "do", "first"}
    | {"quickly", "finally", "eventually", "already", "itself", "last", "this", "year", "week"}
)
_NOT: Final[frozenset[str]] = frozenset({"not", "n't", "never"})
_APPOSITIVE_REACH: Final = 20  # words of an appositive or relative clause after a subject


def acting_subject(
    lex: Lexicon, lows: list[str], items: Sequence[Mention], type_of: Callable[[str], str]
) -> str:
    """The organization the sentence's main clause makes the subject of an act, else ""."""
    m = _main_subject(lows, items)
    if m is None or len(m.ids) != 1 or type_of(m.ids[0]) != "Organization":
        return ""
    k = _verb_at(lows, m.j)
    return m.ids[0] if k >= 0 and _acts(lex, lows, m.j, k) else ""


def _main_subject(lows: list[str], items: Sequence[Mention]) -> Mention | None:
    """The mention opening the sentence, or its main clause after a fronted phrase ("In May,
    X ...", "After A cut prices, X ...")."""
    if not items or not lows:
        return None
    first = lows[0]
    if first not in PREPOSED_OPENERS and first not in PREPOSITIONS and first not in DATE_WORDS:
        return next((m for m in items if m.i == 0), None)
    if "," not in lows:
        return None
    c = lows.index(",")
    return next((m for m in items if m.i == c + 1), None)


def _verb_at(lows: list[str], k: int) -> int:
    """Where the verb after a subject ending at k stands: past an appositive or relative
    clause set off by commas and past adverbs and auxiliaries; -1 when none is found."""
    n = len(lows)
    if k < n and lows[k] == ",":
        close = next((x for x in range(k + 1, min(n, k + _APPOSITIVE_REACH)) if lows[x] == ","), -1)
        if close < 0:
            return -1
        k = close + 1
    while k < n and lows[k] in _FILLERS:
        k += 1
    return k if k < n else -1


def _acts(lex: Lexicon, lows: list[str], start: int, k: int) -> bool:
    """The word at k is a verb of acting, neither negated nor one of speaking, ruling or
    advising, and no noun that makes the name before it a modifier ("X shares fell")."""
    if not _NOT.isdisjoint(lows[start:k]) or phrase_at(lows, k, data_words(lex, "negation")):
        return False
    w = lows[k]
    if w in REPORTING and lows[k + 1 : k + 3] in (["it"], ["it", "would"], ["it", "will"]):
        return True  # "X said it would open showrooms": the firm's own plan, not a bystander's
    if w in data_words(lex, "bystander_verbs") or w in data_words(lex, "subject_modifier_nouns"):
        return False
    if w in data_words(lex, "act_irregulars"):
        return True
    return w.isalpha() and (w.endswith("ed") or (w.endswith("s") and not w.endswith("ss")))


def bought_by_chain(chain: str, rid: str, relations: Mapping[tuple[str, str, str], object]) -> bool:
    """The chained firm owns rid: its purchase, which the rules for a bought firm chose for a
    noun of one (`acquired_heads`: "A bought B. A wants growth. The business ...": B)."""
    return (chain, "OWNS", rid) in relations
