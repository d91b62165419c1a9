"""Closed-class words of `loaders/data/grammar.yaml` read below `loaders.relations`.

Modules that `loaders.relations` imports (`loaders.premodifier`, `loaders.site_towns`) cannot
import `loaders.relations.words` without a cycle; they read these here, and
`loaders.relations.words` re-exports them, so each set has one definition.

>>> sorted(SKIP_DETS)
['a', 'an', 'the']
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data

# the three articles: "the", "a", "an"
SKIP_DETS: Final[frozenset[str]] = frozenset(str(w) for w in read_data("grammar.yaml")["skip_dets"])
