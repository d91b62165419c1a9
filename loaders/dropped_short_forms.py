"""Short forms of a firm's name that the sentence reading dropped, found again once the article's
entities are known.

A sentence is read alone, so a firm's leading words written alone can look like something else
there: "Larkmoor Road's founders" like a street, "Northlander said" like a people's name. When the
same words open a company's full name elsewhere in the article ("Larkmoor Road Bakeries"), they
are that company's short form. `ShortForms` collects, after the registry is built, the leading
words of each organization's name of several words (guards: words that open two firms' names,
a person's name or surname, a place of the article, a word the article writes in lower case);
`dropped_mentions` finds them in a sentence where no candidate covers them.

>>> forms = ShortForms({"larkmoor road": "larkmoor-road-bakeries"}, 2)
>>> from loaders.tokens import tokenize
>>> toks = tokenize("Larkmoor Road's founders sold out.", 0)
>>> [(m.ids, m.i, m.j) for m in dropped_mentions(toks, [t.low for t in toks], [], forms)]
[(('larkmoor-road-bakeries',), 0, 2)]
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Final

from graph.model import name_key
from loaders.coref import Registry
from loaders.lexicon import Lexicon, nationality
from loaders.relations.model import Mention
from loaders.tokens import Tok

# prepositions after which a firm's leading words written alone are a place or a street
# ("a depot on Larkmoor Road"), not the firm
PLACE_PREPS: Final[frozenset[str]] = frozenset(
    {"in", "on", "at", "off", "along", "near", "from", "to", "into", "across", "of", "outside"}
)


@dataclass(frozen=True)
class ShortForms:
    """The keys of firms' leading words that stand for one firm, and its entity id; `longest`:
    the most words of a key (read for every sentence, so counted once)."""

    ids: dict[str, str]
    longest: int = 0
    families: AbstractSet[str] = frozenset()  # group nouns: "the Larkmoor family" is no firm


def article_short_forms(reg: Registry, lex: Lexicon) -> ShortForms:
    """The short forms of the organizations of a built registry (see `short_forms`)."""
    ents = reg.entities.values()
    orgs = [(e.id, e.name) for e in ents if e.type == "Organization" and not e.weak]
    persons = [e.name for e in ents if e.type == "Person"]
    common = lex.stopwords | lex.name_adjectives | lex.org_words | reg.lower_words
    forms = short_forms(orgs, set(reg.index), persons, common)
    return ShortForms(forms.ids, forms.longest, lex.group_nouns)


def short_forms(
    orgs: Iterable[tuple[str, str]],
    taken: AbstractSet[str],
    persons: Iterable[str],
    common: AbstractSet[str],
) -> ShortForms:
    """`orgs`: (entity id, name) of the organizations; `taken`: the registry's keys (a name or
    alias already of an entity); `persons`: the person names. A leading run of words opening
    two firms' names, a word of a person's name, or one common word (`common`: stop-words,
    adjectives, a word the article writes in lower case) is left out, and so is one word with
    a nationality's ending ("the Tarvonian lakes": an adjective, not "Tarvonian Mills").

    >>> short_forms([("a", "Tarn Vale Dairies"), ("b", "Tarn Freight")], set(), [], set()).ids
    {'tarn vale': 'a'}
    """
    person_words = {w for p in persons for w in name_key(p).split()}
    seen: dict[str, str | None] = {}
    for rid, name in orgs:
        words = name_key(name).split()
        for size in range(1, len(words)):
            key = " ".join(words[:size])
            seen[key] = rid if key not in seen or seen[key] == rid else None
    ids: dict[str, str] = {}
    for key, owner in seen.items():
        words = key.split()
        if owner is None or key in taken or any(w in person_words for w in words):
            continue
        if len(words) == 1 and (key in common or len(key) < 3 or nationality(key)):
            continue
        ids[key] = owner
    return ShortForms(ids, max((len(k.split()) for k in ids), default=0))


def dropped_mentions(
    toks: list[Tok], lows: list[str], covered: list[tuple[int, int]], forms: ShortForms
) -> list[Mention]:
    """Mentions of firms by their leading words written alone (a capitalized run that no other
    capitalized word nor a group noun follows, not after a preposition of place) where no
    candidate stands."""
    out: list[Mention] = []
    if not forms.ids:
        return out
    n, longest = len(toks), forms.longest
    busy = {k for i, j in covered for k in range(i, j)}
    i = 0
    while i < n:
        if i in busy or not toks[i].text[:1].isupper() or (i > 0 and lows[i - 1] in PLACE_PREPS):
            i += 1
            continue
        hit = _match(toks, lows, i, min(longest, n - i), busy, forms)
        if hit:
            out.append(Mention((hit[1],), i, i + hit[0]))
            i += hit[0]
        else:
            i += 1
    return out


def _match(
    toks: list[Tok], lows: list[str], i: int, longest: int, busy: set[int], forms: ShortForms
) -> tuple[int, str] | None:
    for size in range(longest, 0, -1):
        end = i + size
        if any(k in busy or not toks[k].text[:1].isupper() for k in range(i, end)):
            continue
        if end < len(toks) and (toks[end].text[:1].isupper() or lows[end] in forms.families):
            continue  # part of a longer capitalized run (another name), or a family's name
        rid = forms.ids.get(name_key(" ".join(t.text for t in toks[i:end])))
        if rid is not None:
            return size, rid
    return None
