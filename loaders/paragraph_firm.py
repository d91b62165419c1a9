"""A definite NP inside a paragraph about another firm (round 16, `loaders.article`
`_resolve_np`).

"Other robot makers are raising money too. Stackly, which builds stacking arms, closed a $2m
round. Started in 2013 by Ola Brant, the Fenby-based business will ...": the paragraph speaks of
Stackly (the only organization it made a clause subject) and never names the article's topic,
so "the business" is Stackly, not the topic the rest of the article is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.topic import paragraph_start

if TYPE_CHECKING:
    from collections.abc import Callable

    from loaders.coref import Salience
    from loaders.topic import Pairs


def paragraph_firm(
    pairs: Pairs, sno: int, salience: Salience, topic: str, type_of: Callable[[str], str]
) -> str:
    """The one organization the sentences of `sno`'s paragraph before it made a clause subject,
    when that paragraph (this sentence included) never names `topic`; else ""."""
    start = paragraph_start(pairs, sno)
    if start == 0 or start >= sno:
        return ""  # the article's opening paragraph, or a paragraph's first sentence
    named = {r for s in range(start, sno + 1) for r in salience.order.get(s, ())}
    if topic in named:
        return ""
    subjects = {
        r
        for s in range(start, sno)
        for r in salience.core.get(s, ())[:1]
        if type_of(r) == "Organization"
    }
    return next(iter(subjects)) if len(subjects) == 1 else ""


def paragraph_topic(
    pairs: Pairs, sno: int, salience: Salience, topic: str, type_of: Callable[[str], str]
) -> str:
    """The organization `sno`'s paragraph is about: the article's topic when the paragraph
    (this sentence included) names it, else its one organization subject (`paragraph_firm`)."""
    start = paragraph_start(pairs, sno)
    if topic and any(topic in salience.order.get(s, ()) for s in range(start, sno + 1)):
        return topic
    return paragraph_firm(pairs, sno, salience, topic, type_of)
