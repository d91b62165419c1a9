"""Given names before the surname of a kin group: "the Roos sisters ... Hana and Mira Roos".

A name of a given name and a surname that no cue types ("Mira Roos", its given name unknown to
the lexicon) is read as an organization by default. When the article writes the surname
before a kin group noun ("the Roos sisters", "the Roos family": `loaders.family_names`), the
names that end in it and have no cue of any type are the family's people (kin38); a name with a
cue of its own keeps it ("Roos Textiles": a firm word).

>>> from loaders.lexicon import Lexicon
>>> votes = {"mira roos": {}, "roos textiles": {"Organization": 3.0}}
>>> kin_surname_votes(votes, {"roos"}, Lexicon.load(), set())
>>> votes["mira roos"], votes["roos textiles"]
({'Person': 5.0}, {'Organization': 3.0})
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from collections.abc import Set as AbstractSet

from loaders.lexicon import Lexicon
from loaders.type_cues import W_TITLE


def kin_surname_votes(
    summed: MutableMapping[str, dict[str, float]],
    family_surnames: Iterable[str],
    lex: Lexicon,
    lower_words: AbstractSet[str],
) -> None:
    """Vote Person for each uncued two-word name (key in `summed`) ending in a surname the
    article wrote before a kin group noun; its first word no firm word nor a lower-case word
    of the article."""
    surnames = set(family_surnames)
    if not surnames:
        return
    for key, votes in summed.items():
        toks = key.split()
        if len(toks) != 2 or toks[1] not in surnames or any(votes.values()):
            continue
        first = toks[0]
        if not first.isalpha() or first in lex.org_words or first in lower_words:
            continue
        votes["Person"] = W_TITLE
