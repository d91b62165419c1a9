"""Who the article so far says leads or founded which firm: its one current firm per person.

"Tarrow Mills was set up by Ines Vale in 2009. ... A supplier sued Tarrow over unpaid bills.
Vale called the suit a stunt": Vale answers for Tarrow, tied to it only sentences before. Read
from the relations of earlier sentences of the same article (`x.doc.relations`), never across
articles; a person tied to two firms (a founder who now runs another, a chair of two boards)
decides nothing, and a post whose evidence calls it past ("a one-time head of X") is no
current one. Words live in `loaders/data/leader_record.yaml`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.lexicon import read_data

if TYPE_CHECKING:
    from loaders.article import Extraction

_DATA = read_data("leader_record.yaml")
PAST_POST_WORDS: Final[frozenset[str]] = frozenset(_DATA["past_post_words"])
TIES: Final[frozenset[str]] = frozenset({"LEADS", "FOUNDED"})


def article_leaders(x: Extraction) -> tuple[tuple[str, str], ...]:
    """(person, firm) for each person the article's relations so far tie to exactly one
    organization by LEADS or FOUNDED: a founding, or a post some evidence of which states no
    past post."""
    type_of = x.registry.type_of
    firms: dict[str, set[str]] = {}
    current: set[tuple[str, str]] = set()
    for key, rel in x.doc.relations.items():
        src, typ, tgt = key
        if typ not in TIES or type_of(src) != "Person" or type_of(tgt) != "Organization":
            continue
        firms.setdefault(src, set()).add(tgt)
        # a founder stays one ("founded by a former banker"); a post may be past
        if typ == "FOUNDED" or any(
            PAST_POST_WORDS.isdisjoint(_words(ev.text)) for ev in rel.evidence
        ):
            current.add((src, tgt))
    return tuple(sorted((p, f) for p, f in current if len(firms[p]) == 1))


def _words(text: str) -> set[str]:
    return {w.strip(".,;:\"'()").lower() for w in text.split()}
