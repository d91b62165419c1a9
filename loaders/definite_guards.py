"""Guards of the definite-NP binder (`loaders.article` `_resolve_np`), round 16.

`no_place_names` drops the candidates of "the company" whose own name ends (or, for a river or
lake, opens) with a place's head noun (`place_name_tails`, `place_name_heads` in
loaders/data/coref.yaml): a river or street the typer took for an organization ("the Tarrow
River", "River Tarrow", "Fenby Street") is what no "the cooperative" means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.relations.opening_participle import participles

if TYPE_CHECKING:
    from collections.abc import Callable

    from loaders.coref import Registry
    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention


def no_place_names(ids: list[str], registry: Registry, lex: Lexicon) -> list[str]:
    """The candidates whose names do not end in a place's head noun."""
    ents = registry.entities
    return [x for x in ids if x not in ents or not _place_named(ents[x].name, lex)]


def _place_named(name: str, lex: Lexicon) -> bool:
    """ "Fenby Street", "the Tarrow River", "River Tarrow": a name of two words or more that
    ends (or, for a river or lake, opens) with a place's head noun."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    return words[-1] in data_words(lex, "place_name_tails") or words[0] in data_words(
        lex, "place_name_heads"
    )


MERGING_WORDS: Final = ("merging", "combining", "amalgamating")


def merger_built(
    lows: list[str], items: list[Mention], i: int, type_of: Callable[[str], str]
) -> str:
    """ "Orvel built Kestmoor in 2014 by merging Pim and Dale, and the group later acquired
    Quayfare": the organization built by the merger (the name before "by merging") is what a
    description after the merger means, not one of the merged pair."""
    b = next((k for k in range(1, i) if lows[k] in MERGING_WORDS and lows[k - 1] == "by"), -1)
    if b < 0:
        return ""
    built = [m for m in items if m.j <= b - 1 and type_of(m.ids[0]) == "Organization"]
    if not built or _gap(lows, built[-1].j, b - 1) > 3 or built[-1].kind != "name":
        return ""
    return built[-1].ids[0]


def _gap(lows: list[str], start: int, end: int) -> int:
    """The words between a name and "by merging" ("in 2014", "last year"): a short span."""
    return sum(1 for w in lows[start:end] if w != ",")


# what opens a fronted adverbial whose own subject is the main clause's: "After buying X, the
# group ...", "Since acquiring X, the company ..."
FRONTED_PREPS: Final = frozenset({"after", "since", "before", "following", "upon", "on", "by"})


def fronted_out(
    ids: list[str], items: list[Mention], lows: list[str], i: int, lex: Lexicon
) -> list[str]:
    """ "Formed by merging A and B, the group later bought C", "Bought by A in 2019, the
    company ...", "After buying A, the company ...": a description right after a fronted
    participle clause is that clause's understood subject, never a name inside it; the
    candidates without the clause's names (all of `ids` when there is no such clause)."""
    if i < 3 or lows[i - 1] != "," or not _participle_opening(lows, lex):
        return ids
    inside = {x for m in items if m.j <= i - 1 for x in m.ids}
    return [x for x in ids if x not in inside]


def _participle_opening(lows: list[str], lex: Lexicon) -> bool:
    """The sentence opens with a participle ("Formed", "Bought", "Having") or a preposition
    and a gerund ("After buying")."""
    first = lows[0]
    if first.endswith(("ed", "ing")) and first.isalpha() or first in participles(lex):
        return True
    if first in data_words(lex, "fronted_participles"):  # "Born in Oslo, ..."
        return True
    return first in FRONTED_PREPS and lows[1].endswith("ing") and lows[1].isalpha()
