"""The sentence a reference is resolved in: its number, words, mentions so far and salience.

Also the shapes of a reference (`Ref`: i, j, kind, type) and of its resolution (`Resolution`:
the entity ids, the confidence).

`loaders.article.Extraction` builds one `SentenceState` per sentence, before its references
are resolved, and hands it to `ReferenceResolver.resolve` (`loaders.references`), whose rules
pass it on instead of the same four arguments; the speakers of `loaders.voices` read it too.
`items` is the sentence's list of mentions itself, which grows as its references are resolved
(a reference sees the names and references before it); `names` holds every name of the
sentence, before or after the reference ("Both companies compete with Cobalt": Cobalt).

    >>> from loaders.coref import Registry, Salience
    >>> from loaders.lexicon import Lexicon
    >>> salience = Salience(Registry(Lexicon.load()))
    >>> s = SentenceState(3, ["the", "company", "sued", "it"], [], salience)
    >>> s.sno, s.lows[1], s.items
    (3, 'company', [])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import final

from loaders.coref import Salience
from loaders.relations.model import Mention

Ref = tuple[int, int, str, str]  # a reference: (i, j, kind, type)
# a resolved reference: the entity ids it stands for, and the confidence
Resolution = tuple[tuple[str, ...], float]


@final
class SentenceState:
    """Sentence `sno` as its references read it: its lower-cased words (`lows`), its mentions
    so far in order (`items`: names and resolved references) and the article's `salience`
    (who was named, and where, up to this sentence); `names`: the whole sentence's names."""

    sno: int
    lows: list[str]
    items: list[Mention]
    salience: Salience
    names: Sequence[Mention]

    def __init__(
        self,
        sno: int,
        lows: list[str],
        items: list[Mention],
        salience: Salience,
        names: Sequence[Mention] = (),
    ) -> None:
        self.sno = sno
        self.lows = lows
        self.items = items
        self.salience = salience
        self.names = names
