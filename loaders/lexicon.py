"""The article loader's linguistic knowledge, loaded from YAML data files.

The defaults live in `loaders/data/*.yaml`; an analyst's extra file (`erg ... --lexicon FILE`)
has the same keys and is merged in: lists are extended, mappings are merged key by key.
See `loaders/data/README.md` for the format.

>>> lex = Lexicon.load()
>>> lex.known_type("Texas"), lex.roles.lookup(("chief", "executive")).types
('Location', ('LEADS',))
>>> sorted(f for f, _ in inflect("invest"))
['invest', 'invested', 'investing', 'invests']
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, ItemsView, Iterable, Iterator, KeysView, ValuesView
from dataclasses import dataclass, fields
from functools import cache, lru_cache, wraps
from importlib import resources
from pathlib import Path
from typing import Any, Final, TypeVar

import yaml

from graph.errors import ErgError
from graph.model import name_key
from loaders.tokens import words

DATA_FILES = ("lexicon.yaml", "triggers.yaml", "known.yaml", "names.yaml", "coref.yaml")
# one construction family's words per file, read as the lexicon entry named here (a --lexicon
# file extends them under that name: `holdings: {back_verbs: [champion]}`)
FAMILY_FILES = {
    "holdings.yaml": "holdings",
    "deals.yaml": "deals",
    "rivalry.yaml": "rivalry",
    "traps.yaml": "traps",
}
GAP: Final = "..."
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
AMBIGUOUS: Final = "?"  # the type of a descriptor noun listed under several types
# A demonym's endings ("Norwegian", "Korean", "Mexican", "Japanese", "Danish", "Arabic",
# "Israeli", "Texan", "Londoner"), each with whether the ending alone makes a word one
# (`nationality`): "-an" and "-er" also end places and surnames ("Japan", "Fisher"), so they make
# a demonym only on the stem of a known place (`Lexicon.demonym`).
DEMONYM_ENDINGS: dict[str, bool] = {
    **dict.fromkeys(("ian", "ean", "can", "ese", "ish", "ic", "i"), True),
    **dict.fromkeys(("an", "er"), False),
}
# the ending of a region's adjective the demonym endings leave out ("Florentine", "Alpine")
PLACE_ADJECTIVE_ENDS: Final = ("ine",)
_DEMONYM: Final = tuple(DEMONYM_ENDINGS)
_NATIONALITY: Final = tuple(end for end, alone in DEMONYM_ENDINGS.items() if alone)


def _alone_ending(word: str) -> bool:
    """The word ends in a demonym ending that makes a nationality alone ("-ian", "-ese")."""
    return word.endswith(_NATIONALITY)


def by_fields(obj: Any) -> tuple[type, tuple[Any, ...]]:
    """A frozen dataclass pickled as its class and field values (its `__reduce__`): rebuilt
    by calling the class, as a mypyc-compiled class needs (a frozen native class refuses the
    attribute-by-attribute unpickling of a plain one)."""
    return type(obj), tuple(getattr(obj, f.name) for f in fields(obj))


# -- small value types ---------------------------------------------------------------------
@dataclass(frozen=True)
class Role:
    """A role noun such as "CEO" or "subsidiary" and the relation types it implies."""

    types: tuple[str, ...]
    inverse: bool = False
    person_holder: bool = False
    all: bool = False  # every type applies ("founder and CEO"); else the first allowed one

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_fields(self)


@dataclass(frozen=True)
class Trigger:
    """One inflected trigger phrase for a relation type."""

    words: tuple[str, ...]
    types: tuple[str, ...]
    family: str  # "verb" or "noun"
    participle: bool = False
    reverse: bool = False
    source: frozenset[str] | None = None
    target: frozenset[str] | None = None
    confidence: float = 0.75
    object_gap: int | None = None  # at most this many words before the object
    money: bool = False  # needs an amount or money word in the phrase ("pledged $5bn to")

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_fields(self)


@dataclass(frozen=True)
class Nominal:
    """A noun read with its agent after "by" ("the takeover of X by Y")."""

    types: tuple[str, ...]
    preps: frozenset[str]  # prepositions introducing the object; none: premodified only

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_fields(self)


@dataclass(frozen=True)
class PersonCues:
    """Words of the constructions that show a name is a person's (`loaders.person_cues`)."""

    speech: frozenset[str]  # '"...," said X'
    verbs: PhraseIndex  # "X resigned", "X told analysts"
    kin: frozenset[str]  # "X's wife"
    credits: PhraseIndex  # "Reporting by X"
    shared_roles: frozenset[str]  # roles organizations hold too: "X, the market leader"
    outlets: frozenset[str]  # last words of a credited desk, not a person: "Harbour Desk"
    founding: frozenset[str] = frozenset()  # "founded in 2016 by X and Y": people found
    clause_verbs: frozenset[str] = frozenset()  # "..., said X would": X is no speaker

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_fields(self)


@dataclass(frozen=True)
class PlaceCues:
    """Words of the constructions that show a name is a place (`loaders.place_cues`)."""

    near: PhraseIndex  # "near X", "north of X"
    place_nouns: frozenset[str]  # "the port of X"
    in_objects: frozenset[str]  # words before "in" that take an organization: "a stake in X"
    suffixes: tuple[str, ...] = ()  # endings of one-word place names: "the Lowlands"
    hyphen_particles: frozenset[str] = frozenset()  # "Stoke-on-Trent", "Aix-en-Provence"
    sites: frozenset[str] = frozenset()  # "at its Limoges works": a site its owner has there

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_fields(self)


@dataclass(frozen=True)
class Hyphen:
    types: tuple[str, ...]
    target_first: bool = False

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_fields(self)


class PhraseIndex:
    """Phrases (token tuples) indexed by first token; `match` finds the longest at a position.

    It reads like a dict from first token to phrases (`word in index`, `items()`), but is a plain
    class, so the compiled extractor calls its methods natively and reads its fields as struct
    fields (a dict subclass's methods are called through Python).
    """

    def __init__(self) -> None:
        self._buckets: dict[str, list[tuple[tuple[str, ...], Any]]] = {}  # by first word
        self._one: dict[str, Any] = {}  # one-word phrases
        self._two: dict[tuple[str, ...], list[tuple[tuple[str, ...], Any]]] = {}  # by 2 words
        self._longer: set[str] = set()  # first words of phrases of two words or more

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # pickled as its phrases, rebuilt by adding them again in bucket order
        return _rebuilt_index, ([pv for bucket in self._buckets.values() for pv in bucket],)

    def __contains__(self, first: object) -> bool:
        return first in self._buckets

    def __len__(self) -> int:
        return len(self._buckets)

    def __iter__(self) -> Iterator[str]:
        return iter(self._buckets)

    def __getitem__(self, first: str) -> list[tuple[tuple[str, ...], Any]]:
        return self._buckets[first]

    def get(
        self, first: str, default: list[tuple[tuple[str, ...], Any]] | None = None
    ) -> list[tuple[tuple[str, ...], Any]] | None:
        return self._buckets.get(first, default)

    def keys(self) -> KeysView[str]:
        return self._buckets.keys()

    def values(self) -> ValuesView[list[tuple[tuple[str, ...], Any]]]:
        return self._buckets.values()

    def items(self) -> ItemsView[str, list[tuple[tuple[str, ...], Any]]]:
        return self._buckets.items()

    def add(self, phrase: tuple[str, ...], value: Any) -> None:
        if not phrase:
            return
        bucket = self._buckets.setdefault(phrase[0], [])
        bucket[:] = [(p, v) for p, v in bucket if p != phrase]
        bucket.append((phrase, value))
        bucket.sort(key=lambda pv: -len(pv[0]))
        if len(phrase) == 1:
            self._one[phrase[0]] = value
        else:
            self._longer.add(phrase[0])
            longer = self._two.setdefault((phrase[0], phrase[1]), [])
            longer[:] = [(p, v) for p, v in longer if p != phrase]
            longer.append((phrase, value))
            longer.sort(key=lambda pv: -len(pv[0]))

    def bucket(self, first: str) -> list[tuple[tuple[str, ...], Any]]:
        return self._buckets.get(first, [])

    def absent_from(self, words: Iterable[str]) -> bool:
        """No phrase starts at any of these words: one C-level set test that lets most
        sentences skip a scan of their words."""
        return self._buckets.keys().isdisjoint(words)

    def lookup(self, phrase: tuple[str, ...]) -> Any:
        """The value of one phrase, else None."""
        if len(phrase) == 1:
            return self._one.get(phrase[0])  # the bucket's one-word phrase, without a scan
        for p, v in self._buckets.get(phrase[0], ()) if phrase else ():
            if p == phrase:
                return v
        return None

    def match(self, lows: list[str], i: int) -> tuple[int, Any] | None:
        """Longest phrase starting at token i: (length, value) or None (also past the end)."""
        n = len(lows)
        if i >= n:
            return None
        w = lows[i]
        if i + 1 < n and w in self._longer:
            longer = self._two.get((w, lows[i + 1]))
            if longer:
                for phrase, value in longer:
                    k = len(phrase)
                    if k == 2 or (i + k <= n and tuple(lows[i : i + k]) == phrase):
                        return k, value
        if w in self._one:
            return 1, self._one[w]
        return None

    def hits(self, lows: list[str], start: int, stop: int) -> list[tuple[int, int, Any]]:
        """(i, length, value) of the longest phrase starting at each token i in [start, stop)
        that starts one (a list, not a generator: compiled, a generator costs an object and a
        call per item).

        >>> index = PhraseIndex()
        >>> index.add(("lost",), "a"); index.add(("lost", "out", "to"), "b")
        >>> list(index.hits("she lost out to them and lost".split(), 0, 6))
        [(1, 3, 'b')]
        """
        out: list[tuple[int, int, Any]] = []
        if self._buckets.keys().isdisjoint(lows):
            return out  # no phrase starts at any of the sentence's words (most sentences)
        for i in range(start, stop):
            if lows[i] in self._buckets:
                hit = self.match(lows, i)
                if hit is not None:
                    out.append((i, hit[0], hit[1]))
        return out

    def phrases(self) -> list[tuple[str, ...]]:
        return [p for bucket in self._buckets.values() for p, _ in bucket]


def _rebuilt_index(pairs: list[tuple[tuple[str, ...], Any]]) -> PhraseIndex:
    index = PhraseIndex()
    for phrase, value in pairs:
        index.add(phrase, value)
    return index


def firsts(*indexes: PhraseIndex) -> frozenset[str]:
    """The first words of the phrases of these indexes (a construction's cue words)."""
    return frozenset(w for index in indexes for w in index)


# -- verb inflection -------------------------------------------------------------------------
_DOUBLE = re.compile(r"(?:^|[^aeiou])[aeiou][bdgmnprt]$")


def inflect(lemma: str, irregular: dict[str, list[str]] | None = None) -> list[tuple[str, bool]]:
    """Forms of a verb as (form, is_past_participle): base, 3rd person, past, participle, -ing."""
    irregular = irregular or {}
    w = lemma.lower()
    if w.endswith(("s", "x", "z", "ch", "sh")) or w == "go":
        third = w + "es"
    elif re.search(r"[^aeiou]y$", w):
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    double = len(w) <= 4 and bool(_DOUBLE.search(w)) and not w.endswith(("w", "x", "y"))
    if w.endswith("e"):
        past = w + "d"
    elif re.search(r"[^aeiou]y$", w):
        past = w[:-1] + "ied"
    elif double:
        past = w + w[-1] + "ed"
    else:
        past = w + "ed"
    if w.endswith("ie"):
        ing = w[:-2] + "ying"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        ing = w[:-1] + "ing"
    elif double:
        ing = w + w[-1] + "ing"
    else:
        ing = w + "ing"
    participle = past
    if w in irregular:
        forms = irregular[w]
        past = forms[0]
        participle = irregular_participle(forms)
        if len(forms) > 2:
            ing = forms[2]
    out = {w: False, third: False, past: False, ing: False}
    out[participle] = True
    return list(out.items())


def inflected(
    phrase: str, irregular: dict[str, list[str]] | None = None
) -> list[tuple[tuple[str, ...], bool]]:
    """A verb phrase in every form of its first word (words split at spaces, lower-cased),
    each with whether it is the past participle: "pay for" -> ("paid", "for"), True; ...

    >>> [f for f, pp in inflected("Pay for", {"pay": ["paid"]}) if pp]
    [('paid', 'for')]
    """
    head, *rest = phrase.lower().split()
    return [((form, *rest), participle) for form, participle in inflect(head, irregular)]


# -- loading ---------------------------------------------------------------------------------
def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`extra` merged into `base` (returned): lists extended, mappings merged key by key, any
    other value replaced. What it takes from `extra` is copied first, so `base` never shares a
    list or mapping with `extra` (a cached `read_data` parse stays as parsed)."""
    for key, value in extra.items():
        old = base.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            base[key] = _merge(dict(old), value)
        elif isinstance(old, list) and isinstance(value, list):
            base[key] = old + _copy(value)
        else:
            base[key] = _copy(value)
    return base


def _copy(value: Any) -> Any:
    """A copy of parsed YAML: its mappings and lists copied all the way down (a plain walk,
    several times faster than `copy.deepcopy` on such data)."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def irregular_forms(data: dict[str, Any]) -> dict[str, list[str]]:
    """The `irregular_verbs` of lexicon data, lower-cased: lemma -> forms."""
    return {
        str(k).lower(): [str(f).lower() for f in v]
        for k, v in (data.get("irregular_verbs") or {}).items()
    }


def irregular_participle(forms: list[str]) -> str:
    """The past participle of an irregular verb's forms (past, participle, -ing): the second
    form, else the past ("buy": [bought] -> bought; "run": [ran, run] -> run)."""
    return forms[1] if len(forms) > 1 else forms[0]


@cache
def read_data(name: str) -> dict[str, Any]:
    """One of erg's own data files, `loaders/data/NAME` (a YAML mapping; {} when empty),
    parsed once per process: the mapping is shared, so callers only read it (`Lexicon` merges
    copies of it, `_merge`)."""
    text = resources.files("loaders").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_LOADER) or {}


def nationality(word: str) -> bool:
    """A nationality adjective by its ending alone, no known place needed ("norwegian",
    "danish", "japanese", "israeli"; a lower-case word of five letters or more)."""
    return len(word) > 4 and word.isalpha() and word.endswith(_NATIONALITY)


def read_lexicon_file(path: str | Path) -> dict[str, Any]:
    """An analyst's extra lexicon file as a mapping, or a one-line ErgError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ErgError(f"lexicon file not found: {path}") from None
    except UnicodeDecodeError:
        raise ErgError(f"{path}: lexicon file is not UTF-8 text") from None
    except OSError as exc:
        raise ErgError(f"{path}: cannot read lexicon file ({exc.strerror})") from None
    try:
        data = yaml.load(text, Loader=_LOADER) if text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ErgError(f"{path}{where}: malformed lexicon file (YAML or JSON expected)") from None
    if not isinstance(data, dict):
        raise ErgError(f"{path}: a lexicon file is a mapping (see loaders/data/README.md)")
    return data


def _lows(items: Any) -> list[str]:
    if items is None:
        return []
    if isinstance(items, str):
        items = [items]
    # YAML reads a bare no, yes, on or off as a boolean: such a word must be quoted.
    return [str(x).strip().lower() for x in items if not isinstance(x, bool) and str(x).strip()]


def word_set(items: Any) -> frozenset[str]:
    """A lexicon entry's words, lower-cased, as a set (`_lows`: YAML booleans refused)."""
    return frozenset(_lows(items))


def phrase_set(items: Any) -> frozenset[str]:
    """A lexicon entry's phrases, lower-cased, their inner spaces collapsed to one ("put  up"
    is "put up")."""
    return frozenset(" ".join(p.split()) for p in _lows(items))


def phrase_index(items: Any) -> PhraseIndex:
    """A lexicon entry's phrases, lower-cased and tokenized as sentences are, for `match`."""
    index = PhraseIndex()
    for phrase in _lows(items):
        index.add(words(phrase), True)
    return index


def verb_index(
    items: Any,
    irregular: dict[str, list[str]] | None = None,
    value: Any = None,
    index: PhraseIndex | None = None,
) -> PhraseIndex:
    """A lexicon entry's verb phrases in every form of their first word (`inflected`), each
    valued `value`, or, without one, whether the form is the past participle; added to
    `index` when one is given (several entries in one index), else to a new one."""
    if index is None:
        index = PhraseIndex()
    for phrase in _lows(items):
        for form, participle in inflected(phrase, irregular):
            index.add(form, participle if value is None else value)
    return index


def _kinds(spec: dict[str, Any]) -> dict[str, frozenset[str]]:
    """`{kind: [words]}` as word -> the kinds it belongs to ("carrier": airline, shipping)."""
    out: dict[str, set[str]] = {}
    for kind, items in spec.items():
        for phrase in _lows(items):
            out.setdefault(phrase, set()).add(str(kind))
    return {w: frozenset(k) for w, k in out.items()}


def _hyphen_forms(phrase: str) -> list[str]:
    """A title of two words and its hyphenated spelling, one token: "vice chair" and
    "vice-chair", "deputy director" and "deputy-director"."""
    parts = phrase.lower().split()
    return [phrase.lower(), "-".join(parts)] if len(parts) == 2 else [phrase.lower()]


def _types(value: Any, origin: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ErgError(f"{origin}: expected a relation type or a list of them")
    return tuple(str(v).strip().upper() for v in value)


class Lexicon:
    """Compiled lexicon: sets and phrase indexes the extractor looks words up in.

    Each data family is compiled by one builder (`_load_*`); the attributes are the look-ups.
    """

    derived: dict[object, Any]

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # pickled as its data, rebuilt by calling the class (a worker process builds its own
        # `derived` and caches): compiled, Lexicon is a native class (its attributes are struct
        # fields, not entries of a `__dict__`), and the `__new__` of one runs `__init__`
        return type(self), (self.data, self.origin)

    def __init__(self, data: dict[str, Any], origin: str = "lexicon"):
        self.data = data
        self.origin = origin
        self.key_cache: dict[str, str] = {}  # surface -> name key without legal suffix
        # what modules compile from this lexicon (`per_lexicon`), kept on it: a plain dict look-up
        # (a weak-keyed one runs as interpreted Python even in the compiled extractor, about 5%
        # of its time per article); not pickled, a worker process builds its own
        self.derived = {}
        # `non_names.data_words`' lists by key, read once each: a field, so that its many calls
        # per sentence make one dict look-up (not two through `derived`); not pickled either
        self.word_lists: dict[str, frozenset[str]] = {}
        # lemma -> its irregular forms ("buy": bought), for every family that inflects verbs
        self.irregular = irregular_forms(data)
        self.irregular_participles = frozenset(
            irregular_participle(forms) for forms in self.irregular.values() if forms
        )
        self._load_names(data)
        self._load_name_contexts(data)
        self._load_type_cues(data)
        self._load_relation_guards(data)
        self._load_roles(data)
        self._load_references(data)
        self._load_hyphen(data.get("hyphen") or {})
        self._load_negation(data)
        self._load_rounds(data.get("funding_rounds") or {})
        self.transfers = PhraseIndex()  # "A sold B to C": C OWNS B
        for phrase, rtype in (data.get("transfers") or {}).items():
            for inflected, _ in self._forms(str(phrase), "verb", self.irregular):
                self.transfers.add(inflected, _types(rtype, f"{origin}: transfers {phrase}"))
        self._load_nominal(data.get("nominal") or {})
        self._load_stakes(data.get("stakes") or {})
        self._load_litigation(data.get("litigation") or {})
        self._load_known(data.get("known") or {})
        self._load_triggers(data.get("relations") or {})

    # -- builders, one per data family ---------------------------------------------------------
    def _load_names(self, d: dict[str, Any]) -> None:
        """The words of names: stop-words, given names, of-heads, name ends and starts, words
        that make a capitalized phrase no entity, organization suffixes, abbreviations."""
        self.stopwords = word_set(d.get("stopwords"))
        self.first_names = word_set(d.get("first_names"))
        self.of_heads = word_set(d.get("of_heads"))
        self.public_bodies = word_set(d.get("public_bodies"))
        self.campaign_verbs = word_set(d.get("campaign_verbs"))
        self.name_ends = PhraseIndex()  # last words that type a name
        for etype, items in (d.get("name_ends") or {}).items():
            for phrase in _lows(items):
                self.name_ends.add(tuple(reversed(words(phrase))), str(etype))
        self.name_starts = {
            w: str(etype)
            for etype, items in (d.get("name_starts") or {}).items()
            for w in _lows(items)
        }
        not_entities = d.get("not_entities") or {}
        self.not_entity_last = phrase_index(not_entities.get("last"))
        self.not_entity_first = word_set(not_entities.get("first"))
        self.not_entity_first_placed = word_set(not_entities.get("first_placed"))
        self.street_endings = tuple(sorted(word_set(not_entities.get("street_endings"))))
        self.not_entity_body_tails = word_set(not_entities.get("body_tails"))
        suffixes = d.get("org_suffixes") or {}
        self.legal_suffixes = frozenset(s.rstrip(".") for s in _lows(suffixes.get("legal")))
        self.org_words = word_set(suffixes.get("words"))
        self.venture_ends = word_set(d.get("venture_ends"))
        self.abbreviations = word_set(d.get("abbreviations"))
        self.never_final = word_set(d.get("abbreviations_never_final"))
        self.number_signs = word_set(d.get("number_signs"))
        self.sentence_starters = word_set(d.get("sentence_starters"))
        self.role_modifiers = word_set(d.get("role_modifiers"))
        self.region_adjectives = word_set(d.get("region_adjectives"))
        self.boilerplate = tuple(_lows(d.get("boilerplate")))
        self.name_adjectives = word_set(d.get("name_adjectives"))
        self.name_openers = word_set(d.get("name_openers"))
        self.firm_openers = word_set(d.get("firm_openers"))
        self.government_words = word_set(d.get("government_words"))

    def _load_name_contexts(self, d: dict[str, Any]) -> None:
        """The words around a name that say what it is: place and group nouns, verbs that
        form a company, numbered designations, former employers, shops, networks."""
        self.place_heads = word_set(d.get("place_heads"))
        self.located_heads = self.place_heads | word_set(d.get("located_heads"))
        self.located_pairs = word_set(d.get("located_pairs"))
        self.group_nouns = word_set(d.get("group_nouns"))
        self.forming_verbs = phrase_index(d.get("forming_verbs"))
        self.number_names = word_set(d.get("number_names"))
        self.membership_heads = word_set(d.get("membership_heads"))
        self.team_nouns = word_set(d.get("team_nouns"))  # "a team at X led by Y"
        self.pair_heads = word_set(d.get("pair_heads"))
        self.shop_nouns = word_set(d.get("shop_nouns"))
        self.topic_heads = word_set(d.get("topic_heads"))
        self.portfolio_titles = word_set(d.get("portfolio_titles"))
        self.rule_nouns = word_set(d.get("rule_nouns"))
        self.arm_words = word_set(d.get("arm_words"))
        self.holder_words = word_set(d.get("holder_words"))
        self.event_venues = word_set(d.get("event_venues"))
        self.people_in = word_set(d.get("people_in"))
        self.network_nouns = word_set(d.get("network_nouns"))
        self.possessive_followers = word_set(d.get("possessive_name_followers"))
        numbered = d.get("numbered_names") or {}
        self.numbered_products = word_set(numbered.get("product"))
        self.numbered_none = word_set(numbered.get("none"))
        self.numbered_projects = word_set(numbered.get("project_after"))
        self.numbered_vehicles = word_set(numbered.get("vehicle"))
        self.numbered_counted = word_set(numbered.get("counted"))
        former = d.get("former_employer") or {}
        self.former_before = word_set(former.get("before"))
        self.former_staff = word_set(former.get("staff"))
        self.appointment_verbs = word_set(d.get("appointment_verbs"))
        self.appointing_bodies = word_set(d.get("appointing_bodies"))

    def _load_type_cues(self, d: dict[str, Any]) -> None:
        """The words of the constructions that type a name as a place or a person, and the
        kinds of organization ("the carrier": airline, shipping)."""
        places = d.get("place_cues") or {}
        self.place_cues = PlaceCues(
            phrase_index(places.get("near")),
            word_set(places.get("place_nouns")),
            word_set(places.get("in_objects")),
            tuple(_lows(places.get("suffixes"))),
            word_set(places.get("hyphen_particles")),
            word_set(places.get("sites")),
        )
        cues = d.get("person_cues") or {}
        self.person_cues = PersonCues(
            word_set(cues.get("speech")),
            phrase_index(cues.get("verbs")),
            word_set(cues.get("kin")),
            phrase_index(cues.get("credits")),
            word_set(cues.get("shared_roles")),
            word_set(cues.get("outlets")),
            word_set(cues.get("founding")),
            word_set(cues.get("clause_verbs")),
        )
        self.kinds = _kinds(d.get("kinds") or {})  # word -> kinds of organization it names
        self.strict_kinds = word_set(d.get("strict_kinds"))  # "the ministry": no fallback

    def _load_relation_guards(self, d: dict[str, Any]) -> None:
        """Words that keep a relation from a wrong reading: money words, trigger guards, new
        entities of a merger, courts (no LOCATED_IN), place clauses."""
        self.money_words = word_set(d.get("money_words"))
        self.trigger_guards: dict[str, frozenset[str]] = {  # "a supply contract with X"
            str(t).upper(): word_set(ws) for t, ws in (d.get("trigger_guards") or {}).items()
        }
        self.trigger_guards_after: dict[str, frozenset[str]] = {  # "charged X with running"
            str(t).upper(): word_set(ws) for t, ws in (d.get("trigger_guards_after") or {}).items()
        }
        self.trigger_guards_before: dict[str, frozenset[str]] = {  # "will step back from"
            str(t).upper(): word_set(ws) for t, ws in (d.get("trigger_guards_before") or {}).items()
        }
        self.new_entity_words = word_set(d.get("new_entity_words"))  # "the merged group"
        self.new_after_merger = word_set(d.get("new_after_merger"))  # "the new company"
        self.new_part_heads = word_set(d.get("new_part_heads"))  # "the new unit"
        self.modified_part_heads = word_set(d.get("modified_part_heads"))  # "the cancer unit"
        self.merger_words = word_set(d.get("merger_words"))
        self.venue_words = word_set(d.get("venue_words"))  # courts: no LOCATED_IN
        self.place_clauses = phrase_index(d.get("place_clauses"))  # "Glasgow, where X is based"

    def _load_roles(self, d: dict[str, Any]) -> None:
        """Role nouns ("CEO", "subsidiary"), person titles with no relation, and descriptor
        nouns ("startup", "airline") by the type they give a name."""
        self.roles = PhraseIndex()
        for phrase, spec in (d.get("roles") or {}).items():
            self.roles.add(words(str(phrase)), self._role(str(phrase), spec))
        self.shared_roles = phrase_index(d.get("shared_roles"))  # "a managing director at X"
        # "Its director, Ada Ruhl,": the head, only there (`loaders.relations.role.roles`)
        self.apposed_heads = phrase_index(d.get("apposed_heads"))
        # "The film Northern Tide premiered. Its director, ...": the work's (`sentence_context`)
        self.work_nouns = word_set(d.get("work_nouns"))
        self.determined_work_nouns = word_set(d.get("determined_work_nouns"))
        self.opened_bodies = word_set(d.get("opened_bodies"))
        self.titles = PhraseIndex()  # person titles with no relation
        for phrase in (f for p in _lows(d.get("person_titles")) for f in _hyphen_forms(p)):
            for form in (phrase, phrase + "s") if not phrase.endswith((".", "s")) else (phrase,):
                key = words(form)
                if self.roles.lookup(key) is None:
                    self.titles.add(key, True)
        self.heads = PhraseIndex()
        for etype, items in (d.get("heads") or {}).items():
            for phrase in _lows(items):
                for form in (phrase, phrase + "s") if not phrase.endswith("s") else (phrase,):
                    key = words(form)
                    old = self.heads.lookup(key)
                    # a noun listed under two types ("investor") types nothing
                    self.heads.add(key, str(etype) if old in (None, str(etype)) else AMBIGUOUS)

    def _load_references(self, d: dict[str, Any]) -> None:
        """The words of references the article loader resolves: "the company", "the two",
        "both groups", pronouns, and the first words of all of them (`reference_words`)."""
        self.anaphora = PhraseIndex()
        for etype, items in (d.get("anaphora") or {}).items():
            for phrase in _lows(items):
                self.anaphora.add(words(phrase), str(etype))
        self.trade_heads = word_set(d.get("trade_anaphora"))  # "the bottler": one firm so called
        for word in self.trade_heads:
            self.anaphora.add((word,), "Organization")
        self.pair_words = PhraseIndex()
        for phrase in _lows(d.get("pair_words")):
            self.pair_words.add(words(phrase), "Person")
        # "all three", "the four banks": a counted group (loaders.article)
        self.counted = {str(w).lower(): int(c) for w, c in (d.get("counted_refs") or {}).items()}
        self.pair_types = {str(p).lower(): str(t) for p, t in (d.get("pair_types") or {}).items()}
        for plural, etype in (d.get("pair_types") or {}).items():
            # "would join two direct competitors": a bare "two" only before a described rival
            # noun ("bought two rivals" names no pair)
            rival = " " in plural and plural.endswith(("rivals", "competitors"))
            for det in ("the two", "both", "two") if rival else ("the two", "both"):
                self.pair_words.add(words(f"{det} {plural}"), str(etype))
        for phrase, etype in (d.get("collective_words") or {}).items():
            self.pair_words.add(words(str(phrase).lower()), str(etype))
        self.pronouns: dict[str, str] = {}
        for etype, items in (d.get("pronouns") or {}).items():
            for p in _lows(items):
                self.pronouns[p] = str(etype)
        # "we", "our" in a quotation: the organization of the person quoted
        self.speaker_pronouns = word_set(d.get("speaker_pronouns"))
        # "I", "my" in a quotation or an answer; "you" in an interview's question
        self.speaker_self_pronouns = word_set(d.get("speaker_self_pronouns"))
        self.addressee_pronouns = word_set(d.get("addressee_pronouns"))
        self.speaker_founding_verbs = word_set(d.get("speaker_founding_verbs"))
        self.voice_pronouns = (
            self.speaker_pronouns | self.speaker_self_pronouns | self.addressee_pronouns
        )
        # "They" opening a sentence after "A and B ...": those two organizations
        self.plural_pronouns = word_set(d.get("plural_pronouns"))
        # first words of references the article loader resolves ("he", "the", "both")
        self.reference_words = frozenset(
            {*self.pair_words, *self.pronouns, *self.anaphora, *self.voice_pronouns}
            | self.plural_pronouns
            | {"the", "this", "that", "all"}
        )

    def _load_hyphen(self, spec: dict[str, Any]) -> None:
        """Hyphenated words that relate the name before them: "Bergen-based", "Musk-owned"."""
        self.hyphen: dict[str, Hyphen] = {}
        for word, entry in spec.items():
            entry = entry if isinstance(entry, dict) else {"types": entry}
            self.hyphen[str(word).lower()] = Hyphen(
                _types(entry.get("types"), f"{self.origin}: hyphen {word}"),
                bool(entry.get("target_first", False)),
            )

    def _load_negation(self, d: dict[str, Any]) -> None:
        """Negations (and their exceptions), hedges and denials: what blocks a relation."""
        self.negation = phrase_index(d.get("negation"))
        self.negation_exceptions = phrase_index(d.get("negation_exceptions"))
        self.hedges = phrase_index(d.get("hedges"))
        self.plans = phrase_index(d.get("plans"))  # "plans to start X": no founding yet
        self.denials = phrase_index(d.get("denials"))
        self.retractions = frozenset(tuple(words(x)) for x in _lows(d.get("retractions")))
        # first words of a negation or hedge: a sentence without any has nothing to block
        self.blocking_firsts = frozenset(self.negation) | frozenset(self.hedges)

    def _load_rounds(self, rounds: dict[str, Any]) -> None:
        """Funding rounds: "raised $20m in a Series B", "A and B took part as well"."""
        self.round_nouns = word_set(rounds.get("nouns"))
        self.round_raise = self._verb_phrases(rounds.get("raise_verbs"))
        self.round_after = phrase_index(rounds.get("after"))
        # "A and B took part as well" (a named round)
        self.round_joined = self._verb_phrases(rounds.get("joined"))
        # "Existing investors include A and B": a list of the round last named
        self.round_listed = word_set(rounds.get("listed"))
        self.round_before = self._verb_phrases(rounds.get("before"))

    def _verb_phrases(self, items: Any) -> PhraseIndex:
        """Verb phrases in every inflected form of their first word ("sue" -> sued, suing)."""
        index = PhraseIndex()
        for phrase in _lows(items):
            for form, _ in self._forms(phrase, "verb", self.irregular):
                index.add(form, True)
        return index

    # -- construction helpers ------------------------------------------------------------------
    def _role(self, phrase: str, spec: Any) -> Role:
        if isinstance(spec, dict):
            types = _types(spec.get("types"), f"{self.origin}: role {phrase}")
            inverse = bool(spec.get("inverse", False))
            holder = spec.get("holder")
            every = bool(spec.get("all", False))
        else:
            types, inverse, holder = _types(spec, f"{self.origin}: role {phrase}"), False, None
            every = False
        person = holder == "Person" if holder else set(types) <= {"LEADS", "ADVISES", "FOUNDED"}
        return Role(types, inverse, person and not inverse, every)

    def _load_nominal(self, spec: dict[str, Any]) -> None:
        self.nominal: dict[str, Nominal] = {}
        for noun, entry in (spec.get("nouns") or {}).items():
            entry = entry if isinstance(entry, dict) else {"types": entry}
            origin = f"{self.origin}: nominal {noun}"
            self.nominal[str(noun).lower()] = Nominal(
                _types(entry.get("types"), origin), frozenset(_lows(entry.get("preps")))
            )
        self.agent_links = frozenset(_lows(spec.get("agent_links")))
        self.consent_verbs = frozenset(_lows(spec.get("consent_verbs")))
        self.offer_nouns = frozenset(_lows(spec.get("offer_nouns")))
        self.arranging_verbs = frozenset(_lows(spec.get("arranging_verbs")))

    def _load_stakes(self, spec: dict[str, Any]) -> None:
        """Stakes and holdings: "holds 40% of", "bought a stake in", shareholder lists."""
        self.stake_hold = self._verb_phrases(spec.get("hold_verbs"))
        self.stake_buy = self._verb_phrases(spec.get("buy_verbs"))
        self.stake_sell = self._verb_phrases(spec.get("sell_verbs"))
        self.stake_pay = self._verb_phrases(spec.get("pay_verbs"))
        self.stake_pay_preps = word_set(spec.get("pay_preps"))
        self.stake_nouns = word_set(spec.get("nouns"))
        self.stake_majority = word_set(spec.get("majority"))
        self.stake_fillers = word_set(spec.get("fillers"))
        self.stake_held = word_set(spec.get("held_nouns"))
        self.stake_parted = word_set(spec.get("parted_nouns"))
        self.stake_rest = word_set(spec.get("rest"))
        self.stake_left_over = word_set(spec.get("left_over"))
        self.invest_verbs = self._verb_phrases(spec.get("invest_verbs"))  # "in which Y invested"
        self.stake_vehicles = word_set(spec.get("vehicles"))
        self.list_heads = phrase_index(spec.get("list_heads"))
        self.holder_nouns = word_set(spec.get("holder_nouns"))
        self.holder_ranks = word_set(spec.get("ranks"))
        self.held_adverbs = word_set(spec.get("held_adverbs"))
        self.split_verbs = word_set(spec.get("split_verbs"))  # "a JV split 50/50 between"
        self.split_fillers = word_set(spec.get("split_fillers"))
        # "40% of the Zosta vaccine market", "the Bone Density segment": a line of business
        self.market_nouns = word_set(spec.get("market_nouns"))
        self.making_words = word_set(spec.get("making_words"))
        self.made_acts = word_set(spec.get("made_acts"))  # "the Harlow offer, made by V"
        self.product_nouns = word_set(spec.get("products"))  # "its new pickup, the X"
        self.product_links = phrase_index(spec.get("product_links"))  # "a machine called X"

    def _load_litigation(self, spec: dict[str, Any]) -> None:
        """Claims and their answers: "denied X's claims", "the suit, filed by X, accuses Y"."""
        self.claim_nouns = word_set(spec.get("claims"))
        self.rebut_verbs = self._verb_phrases(spec.get("rebut_verbs"))
        self.charge_verbs = self._verb_phrases(spec.get("charge_verbs"))
        self.dismissive = phrase_index(spec.get("dismissive"))
        self.claim_agents = word_set(spec.get("agents"))
        self.spokespeople = word_set(spec.get("spokespeople"))
        self.acting_for = self.spokespeople | word_set(spec.get("acting_for"))
        self.adjudicators = word_set(spec.get("adjudicators"))
        self.forum_heads = word_set(spec.get("forum_heads"))
        # "has countersued", "said it would appeal"
        self.answer_verbs = self._verb_phrases(spec.get("answer_verbs"))
        # "urged the regulator to block it": not done
        self.urge_verbs = self._verb_phrases(spec.get("urge_verbs"))
        self.deal_nouns = phrase_index(spec.get("deal_nouns"))
        self.block_verbs = self._verb_phrases(spec.get("block_verbs"))
        # "denied owing money", ", which Ostrel denies": an act or a fact denied
        self.denial_verbs = self._verb_phrases(spec.get("denial_verbs"))
        # words that make a sentence worth reading against the article's earlier disputes
        self.answer_words = (
            self.claim_nouns
            | frozenset(self.answer_verbs)
            | frozenset(self.deal_nouns)
            | frozenset(self.denial_verbs)
            | frozenset(self.rebut_verbs)  # "Marlow calls that nonsense"
            | frozenset(self.dismissive)  # "Penrose said Fallow was wrong"
        )

    def _load_known(self, known: dict[str, Any]) -> None:
        self.known: dict[str, tuple[str, str]] = {}  # name key -> (canonical name, type)
        self.known_phrases = PhraseIndex()  # token tuples of every known name and alias
        self.place_stems: dict[str, list[str]] = {}  # first 4 letters -> one-word known places
        for etype, items in known.items():
            for item in items or []:
                if isinstance(item, dict):
                    name = str(item.get("name", "")).strip()
                    aliases = [str(a) for a in item.get("aliases") or []]
                else:
                    name, aliases = str(item).strip(), []
                if not name:
                    continue
                for form in (name, *aliases):
                    self.known[name_key(form)] = (name, str(etype))
                    self.known_phrases.add(words(form), (name, str(etype)))
                    low = form.lower()
                    if etype == "Location" and low.isalpha() and len(low) >= 4:
                        self.place_stems.setdefault(low[:4], []).append(low)

    def _load_triggers(self, relations: dict[str, Any]) -> None:
        """Trigger phrases of each relation type, and its mutual, between and group words."""
        irregular = self.irregular
        self.triggers = PhraseIndex()  # first word -> list of Trigger (several per phrase)
        self.mutual = PhraseIndex()
        self.between = PhraseIndex()
        self.group = PhraseIndex()
        collected: dict[tuple[str, ...], list[Trigger]] = {}
        for rel, spec in relations.items():
            spec = spec or {}
            if "group" in spec:
                for phrase, rtype in (spec.get("group") or {}).items():
                    self.group.add(words(str(phrase)), _types(rtype, f"{self.origin}: group"))
            if str(rel).startswith("_"):
                continue
            rel = str(rel).upper()
            gap = spec.get("object_gap")
            for family in ("verbs", "nouns"):
                for entry in spec.get(family) or []:
                    for trig in self._expand(rel, family[:-1], entry, irregular, gap):
                        collected.setdefault(trig.words, []).append(trig)
            for entry in spec.get("mutual") or []:
                phrase = str(entry)
                for form in self._forms(phrase, "verb", irregular):
                    old = self.mutual.lookup(form[0]) or ()
                    self.mutual.add(form[0], (*old, rel))
                old = self.mutual.lookup(words(phrase)) or ()
                self.mutual.add(words(phrase), tuple(dict.fromkeys((*old, rel))))
            for entry in spec.get("between") or []:
                key = words(str(entry))
                old = self.between.lookup(key) or ()
                self.between.add(key, tuple(dict.fromkeys((*old, rel))))
        for phrase, trigs in collected.items():
            self.triggers.add(phrase, tuple(trigs))
        self.trigger_words = frozenset(w for p in self.triggers.phrases() for w in p if w != GAP)

    def _forms(self, phrase: str, family: str, irregular) -> list[tuple[tuple[str, ...], bool]]:
        toks = words(phrase)
        if family != "verb" or not toks:
            return [(toks, False)]
        return [((form, *toks[1:]), pp) for form, pp in inflect(toks[0], irregular)]

    def _expand(self, rel: str, family: str, entry: Any, irregular, gap=None) -> list[Trigger]:
        if isinstance(entry, dict):
            phrase = str(entry.get("phrase", "")).strip()
            source = entry.get("source")
            target = entry.get("target")
            extra: dict[str, Any] = {
                "reverse": bool(entry.get("reverse", False)),
                "source": frozenset(source) if source else None,
                "target": frozenset(target) if target else None,
                "confidence": float(entry.get("confidence", 0.75)),
                "money": bool(entry.get("money", False)),
            }
            if entry.get("object_gap") is not None:  # "publishes the X", not "a note on X"
                gap = entry["object_gap"]
        else:
            phrase, extra = str(entry).strip(), {}
        if gap is not None and family == "verb":
            extra["object_gap"] = int(gap)
        if not phrase:
            return []
        return [
            Trigger(form, (rel,), family, participle=pp, **extra)
            for form, pp in self._forms(phrase, family, irregular)
        ]

    # -- queries -----------------------------------------------------------------------------
    def known_type(self, name: str) -> str | None:
        hit = self.known.get(name_key(name))
        return hit[1] if hit else None

    def demonym(self, word: str) -> bool:
        """ "Ghanaian", "Norwegian", "Texan": an adjective of a known place (its stem and a
        demonym ending), not a name."""
        w = word.lower()
        if not w.endswith(_DEMONYM) or w in self.known or not w.isalpha():
            return False
        # a bare "-an"/"-er" adds no letter of its own ("Texan", "Osloer"): "Hanover" is no
        # demonym of Hanoi
        short = next((len(e) for e in DEMONYM_ENDINGS if w.endswith(e)), 0)
        for place in self.place_stems.get(w[:4], ()):
            common = len(os.path.commonprefix([w, place]))
            if len(w) > len(place) - 1 and common >= max(4, len(place) - 2) and common < len(w):
                if _alone_ending(w) or len(w) - common <= short:
                    return True
        return False

    # -- construction ------------------------------------------------------------------------
    @staticmethod
    def default_data() -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in DATA_FILES:
            _merge(data, read_data(name))
        for name, key in FAMILY_FILES.items():
            _merge(data, {key: read_data(name)})
        return data

    @classmethod
    def load(cls, extra: str | Path | dict[str, Any] | None = None) -> Lexicon:
        """The default lexicon, extended by an analyst's file (or mapping) when given."""
        if extra is None:
            return _default()
        data = cls.default_data()
        if isinstance(extra, dict):
            return cls(_merge(data, extra), "lexicon")
        return cls(_merge(data, read_lexicon_file(extra)), str(extra))


@lru_cache(maxsize=1)
def _default() -> Lexicon:
    return Lexicon(Lexicon.default_data(), "default lexicon")


T = TypeVar("T")


def per_lexicon(build: Callable[[Lexicon], T]) -> Callable[[Lexicon], T]:
    """`build(lex)` computed once per lexicon and kept while that lexicon lives (in its
    `derived`): for what a module compiles from a lexicon's data, which a `--lexicon` file
    extends.

    >>> calls = []
    >>> @per_lexicon
    ... def stop_count(lex):
    ...     calls.append(lex)
    ...     return len(lex.stopwords)
    >>> stop_count(Lexicon.load()) == stop_count(Lexicon.load()) and len(calls) == 1
    True
    """

    @wraps(build)
    def once(lex: Lexicon) -> T:
        derived = lex.derived
        try:
            return derived[build]
        except KeyError:
            got = derived[build] = build(lex)
            return got

    return once
