"""Short forms of a firm's name that the sentence reading dropped, found again once the article's
entities are known.

A sentence is read alone, so a firm's leading words written alone can look like something else
there: "Larkmoor Road's founders" like a street, "Northlander said" like a people's name. When the
same words open a company's full name elsewhere in the article ("Larkmoor Road Bakeries"), they
are that company's short form. `ShortForms` collects, after the registry is built, the leading
words of each organization's name of several words (guards: words that open two firms' names,
a person's name or surname, a name or alias of an entity of the article, its places too; one
word that is a known place of the gazetteer ("Kent farmers"), has a nationality's ending, or
is a word the article writes in lower case); `dropped_mentions` finds them in a sentence where
no candidate covers them. A found run is no mention where it is a modifier, directly before a
lower-case word that is no verb ("Orchard growers sued X", "Larkmoor Road residents", "Diamond
dealer Rui Sa"; a plural before a verb, "Northwester gales forced", or one of
`short_form_modified`); a demonym of a known place ("Texan", "Londoner") is an adjective
before any lower-case word but a verb. (One word that is no name alone, "Sterling fell", is
still found again before its verb: a guard on such words opening a sentence lost a right
relation on real articles.)

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
from loaders.gazetteer import one_word_places
from loaders.lexicon import Lexicon, nationality, per_lexicon, word_set
from loaders.list_layouts import item_verbs
from loaders.mentions import ENDING_PREPS
from loaders.relations.model import Mention
from loaders.tokens import Tok, capitalized

# prepositions after which a firm's leading words written alone are a place or a street
# ("a depot on Larkmoor Road"), not the firm: those before a street's name
# (`mentions.ENDING_PREPS`) and more of place. Unlike a place's slot
# (`uncued_towns.PLACE_SLOT_WORDS`) it holds "of", "to" and "from", which take firms as
# often: here a preposition only keeps words the sentence reading dropped from being found
# again ("north of Larkmoor Road"), it types no name as a place.
PLACE_PREPS: Final[frozenset[str]] = ENDING_PREPS | frozenset(
    {"into", "across", "outside", "of", "to"}
)


@dataclass(frozen=True)
class ShortForms:
    """The keys of firms' leading words that stand for one firm, and its entity id; `longest`:
    the most words of a key (read for every sentence, so counted once)."""

    ids: dict[str, str]
    longest: int = 0
    families: AbstractSet[str] = frozenset()  # group nouns: "the Larkmoor family" is no firm
    words: Words | None = None  # the lexicon's words that tell a modifier from a subject


@dataclass(frozen=True)
class Words:
    """`clause`: lower-case words a subject may stand before (`verbs`: verbs, auxiliaries,
    verbs of saying; and function words); `modified`: nouns a place's or trade's word modifies
    (`short_form_modified`, `sector_members`, `people_in`, group nouns); `demonyms`: the one-word
    short forms with a demonym's form."""

    clause: AbstractSet[str]
    verbs: AbstractSet[str]
    modified: AbstractSet[str]
    demonyms: AbstractSet[str] = frozenset()


# grammar.yaml lists of verbs and auxiliaries that may follow a subject
CLAUSE_LISTS: Final = (
    "auxiliaries", "modals", "be_forms", "copulas", "reporting", "telling",
    "question_auxiliaries", "passive_aux", "intent_verbs", "subject_control", "staying_links",
    "becoming_links", "back_particle_verbs", "relative_pasts", "offering_verbs", "selling_verbs",
)  # fmt: skip


@per_lexicon
def _verb_words(lex: Lexicon) -> frozenset[str]:
    forms = set(item_verbs(lex)) | lex.person_cues.speech
    for base, inflected in lex.irregular.items():
        forms.add(base)
        forms.update(inflected)
    for key in CLAUSE_LISTS:
        forms |= word_set(lex.data.get(key))
    return frozenset(forms)


@per_lexicon
def _modified_words(lex: Lexicon) -> frozenset[str]:
    data = lex.data
    lists = ("short_form_modified", "sector_members")
    return (
        frozenset().union(*(word_set(data.get(k)) for k in lists))
        | lex.people_in
        | (lex.group_nouns)
    )


@per_lexicon
def _common_words(lex: Lexicon) -> frozenset[str]:
    """One-word keys that are no short form: stop-words, name adjectives, firm words."""
    return lex.stopwords | lex.name_adjectives | lex.org_words


@per_lexicon
def _clause_words(lex: Lexicon) -> frozenset[str]:
    """Lower-case words a subject may stand before: verbs and function words."""
    return _verb_words(lex) | lex.stopwords


def article_short_forms(reg: Registry, lex: Lexicon) -> ShortForms:
    """The short forms of the organizations of a built registry (see `short_forms`); the
    lexicon's word sets are built once per lexicon, not per article."""
    ents = reg.entities.values()
    orgs = [(e.id, e.name) for e in ents if e.type == "Organization" and not e.weak]
    persons = [e.name for e in ents if e.type == "Person"]
    taken = reg.index.keys()
    common = _common_words(lex)
    forms = short_forms(orgs, taken, persons, common, one_word_places(), reg.lower_words)
    one = {k for k in forms.ids if " " not in k}
    words = Words(
        _clause_words(lex),
        _verb_words(lex),
        _modified_words(lex),
        frozenset(k for k in one if lex.demonym(k)),
    )
    return ShortForms(forms.ids, forms.longest, lex.group_nouns, words)


def short_forms(
    orgs: Iterable[tuple[str, str]],
    taken: AbstractSet[str],
    persons: Iterable[str],
    common: AbstractSet[str],
    places: AbstractSet[str] = frozenset(),
    lower: AbstractSet[str] = frozenset(),
) -> ShortForms:
    """`orgs`: (entity id, name) of the organizations; `taken`: the registry's keys (a name or
    alias already of an entity, a place of the article too); `persons`: the person names. A
    leading run of words opening two firms' names, a word of a person's name, or one common word
    (`common`: stop-words, adjectives; `lower`: a word the article writes in lower case) is left
    out, and so is one word with a nationality's ending ("the Tarvonian lakes": an adjective, not
    "Tarvonian Mills") and one word that is a known place (`places`: "Kent farmers").

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
        if len(words) == 1 and (key in common or key in lower or len(key) < 3):
            continue
        if len(words) == 1 and nationality(key):
            continue
        if len(words) == 1 and key in places:
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
        if not capitalized(toks[i].text) or i in busy or (i > 0 and lows[i - 1] in PLACE_PREPS):
            i += 1
            continue
        hit = _match(toks, lows, i, min(longest, n - i), busy, forms)
        if hit and forms.words is not None and _no_subject(toks, lows, i, i + hit[0], forms.words):
            i += hit[0]
        elif hit:
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
        if any(k in busy or not capitalized(toks[k].text) for k in range(i, end)):
            continue
        if end < len(toks) and (capitalized(toks[end].text) or lows[end] in forms.families):
            continue  # part of a longer capitalized run (another name), or a family's name
        rid = forms.ids.get(name_key(" ".join(t.text for t in toks[i:end])))
        if rid is not None:
            return size, rid
    return None


def _no_subject(toks: list[Tok], lows: list[str], i: int, j: int, words: Words) -> bool:
    """The found run i..j is no mention of the firm: a modifier before a lower-case noun
    ("Orchard growers sued X", "Texan ranchers", "Diamond dealer Rui Sa")."""
    return _modifier(toks, lows, j, words, strict=" ".join(lows[i:j]) in words.demonyms)


def _modifier(toks: list[Tok], lows: list[str], k: int, words: Words, strict: bool) -> bool:
    """The lower-case word at k is a noun the run before it modifies, no verb of the run: one
    of `modified`; a singular word that is no verb ("General manager", "Diamond dealer"); a
    plural right before a verb ("Northwester gales forced"); after a demonym (`strict`) any
    word that is no verb."""
    if k >= len(toks) or not toks[k].text.isalpha() or not toks[k].text.islower():
        return False  # punctuation, a possessive ("Larkmoor Road's"), the sentence's end
    w = lows[k]
    if w in words.modified:
        return True
    if w in words.clause or (len(w) > 3 and w.endswith(("ed", "ly"))):
        return False  # "Sterling owns", "Berliner has owned", "Northwester said"
    if strict or not w.endswith("s"):
        return True
    return _verb_at(toks, lows, k + 1, words)  # "Northwester gales forced X": a noun


def _verb_at(toks: list[Tok], lows: list[str], k: int, words: Words) -> bool:
    """A verb or auxiliary at k, the clause's own after a plural noun ("gales forced")."""
    if k >= len(toks) or not toks[k].text.islower():
        return False
    w = lows[k]
    return w not in words.modified and (w in words.verbs or (len(w) > 3 and w.endswith("ed")))
