"""Closed-class words of `loaders/data/grammar.yaml` read below `loaders.relations`.

Modules that `loaders.relations` imports (`loaders.premodifier`, `loaders.site_towns`) cannot
import `loaders.relations.words` without a cycle; they read these here, and
`loaders.relations.words` re-exports them, so each set has one definition.

>>> sorted(SKIP_DETS), sorted(INDEFINITE_ARTICLES)
(['a', 'an', 'the'], ['a', 'an'])
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data, word_set

# the three articles: "the", "a", "an"
SKIP_DETS: Final[frozenset[str]] = word_set(read_data("grammar.yaml")["skip_dets"])
# the indefinite ones, "a" and "an" ("Orrin Foods, a Talbot customer"); the definite is "the"
INDEFINITE_ARTICLES: Final[frozenset[str]] = SKIP_DETS - {"the"}
# with "another", which opens a noun phrase as they do ("another Lyon broker")
INDEFINITES_AND_ANOTHER: Final[frozenset[str]] = INDEFINITE_ARTICLES | {"another"}
# an appositive's opening words: "a rival of", "the maker of", "one critic"
DETS_AND_ONE: Final[frozenset[str]] = SKIP_DETS | {"one"}
ARTICLES_AND_ANOTHER: Final[frozenset[str]] = SKIP_DETS | {"another"}
# the determiners that make the next word a noun ("another appeal might", "a report by X"):
# a verb-like word after one is no verb
NOUN_DETS: Final[frozenset[str]] = ARTICLES_AND_ANOTHER | {"its", "their", "this", "that", "any"}
# the possessive marks among lower-cased tokens, which fold "’" into "'" (tokens.tokenize):
# "'s", and the bare apostrophe after a name in -s ("Brisa Labs' backers")
POSSESSIVE_MARKS: Final[frozenset[str]] = frozenset({"'s", "'"})
# possessive determiners ("its", "their", "his", ...), `grammar.yaml` possessives
POSSESSIVES: Final[frozenset[str]] = frozenset(
    str(w) for w in read_data("grammar.yaml")["possessives"]
)
# the words between the names of a list: "Orlo, Vessa and Goole", "the Dorla & Pennick brands"
LIST_JOINS: Final[frozenset[str]] = frozenset({",", "and", "or", "&"})
# the perfect auxiliaries: "has made", "have run", "had sued"
PERFECT_AUX: Final[frozenset[str]] = frozenset({"has", "have", "had"})
# the endings of regular and most irregular past participles ("owned", "taken", "bought",
# "built", "known", "sold"), for a word before a passive's "by"
PARTICIPLE_ENDS: Final[tuple[str, ...]] = ("ed", "en", "ght", "lt", "wn", "ld")
