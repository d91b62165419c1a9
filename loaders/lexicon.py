"""The article loader's linguistic knowledge, loaded from YAML data files.

The defaults live in `loaders/data/*.yaml`; an analyst's extra file (`erg ... --lexicon FILE`)
has the same keys and is merged in: lists are extended, mappings are merged key by key.
See `loaders/data/README.md` for the format.

>>> lex = Lexicon.load()
>>> lex.known_type("Texas"), lex.roles.get(("chief", "executive")).types
('Location', ('LEADS',))
>>> sorted(f for f, _ in inflect("invest"))
['invest', 'invested', 'investing', 'invests']
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ErgError
from graph.model import name_key
from loaders.tokens import words

DATA_FILES = ("lexicon.yaml", "triggers.yaml", "known.yaml", "names.yaml", "coref.yaml")
GAP = "..."
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
AMBIGUOUS = "?"  # the type of a descriptor noun listed under several types
DEMONYM_ENDINGS = ("an", "ean", "ian", "ese", "ish", "i", "ic", "er")


# -- small value types ---------------------------------------------------------------------
@dataclass(frozen=True)
class Role:
    """A role noun such as "CEO" or "subsidiary" and the relation types it implies."""

    types: tuple[str, ...]
    inverse: bool = False
    person_holder: bool = False
    all: bool = False  # every type applies ("founder and CEO"); else the first allowed one


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


@dataclass(frozen=True)
class Nominal:
    """A noun read with its agent after "by" ("the takeover of X by Y")."""

    types: tuple[str, ...]
    preps: frozenset[str]  # prepositions introducing the object; none: premodified only


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


@dataclass(frozen=True)
class PlaceCues:
    """Words of the constructions that show a name is a place (`loaders.place_cues`)."""

    near: PhraseIndex  # "near X", "north of X"
    place_nouns: frozenset[str]  # "the port of X"
    in_objects: frozenset[str]  # words before "in" that take an organization: "a stake in X"
    suffixes: tuple[str, ...] = ()  # endings of one-word place names: "the Lowlands"
    hyphen_particles: frozenset[str] = frozenset()  # "Stoke-on-Trent", "Aix-en-Provence"
    sites: frozenset[str] = frozenset()  # "at its Limoges works": a site its owner has there


@dataclass(frozen=True)
class Hyphen:
    types: tuple[str, ...]
    target_first: bool = False


class PhraseIndex(dict):
    """Phrases (token tuples) indexed by first token; `match` finds the longest at a position.

    It is a dict from first token to phrases, so `word in index` is a plain dict lookup.
    """

    def __init__(self) -> None:
        super().__init__()
        self._one: dict[str, Any] = {}  # one-word phrases
        self._two: dict[tuple[str, ...], list[tuple[tuple[str, ...], Any]]] = {}  # by 2 words
        self._longer: set[str] = set()  # first words of phrases of two words or more

    def add(self, phrase: tuple[str, ...], value: Any) -> None:
        if not phrase:
            return
        bucket = self.setdefault(phrase[0], [])
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
        return dict.get(self, first, [])

    def get(self, phrase: tuple[str, ...]) -> Any:  # type: ignore[override]
        if len(phrase) == 1:
            return self._one.get(phrase[0])  # the bucket's one-word phrase, without a scan
        for p, v in dict.get(self, phrase[0], ()) if phrase else ():
            if p == phrase:
                return v
        return None

    def match(self, lows: list[str], i: int) -> tuple[int, Any] | None:
        """Longest phrase starting at token i: (length, value) or None."""
        w = lows[i]
        n = len(lows)
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

    def hits(self, lows: list[str], start: int, stop: int) -> Iterator[tuple[int, int, Any]]:
        """(i, length, value) of the longest phrase starting at each token i in [start, stop)
        that starts one.

        >>> index = PhraseIndex()
        >>> index.add(("lost",), "a"); index.add(("lost", "out", "to"), "b")
        >>> list(index.hits("she lost out to them and lost".split(), 0, 6))
        [(1, 3, 'b')]
        """
        for i in range(start, stop):
            if lows[i] in self:
                hit = self.match(lows, i)
                if hit is not None:
                    yield i, hit[0], hit[1]

    def phrases(self) -> list[tuple[str, ...]]:
        return [p for bucket in self.values() for p, _ in bucket]


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
        participle = forms[1] if len(forms) > 1 else forms[0]
        if len(forms) > 2:
            ing = forms[2]
    out = {w: False, third: False, past: False, ing: False}
    out[participle] = True
    return list(out.items())


# -- loading ---------------------------------------------------------------------------------
def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        old = base.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            base[key] = _merge(dict(old), value)
        elif isinstance(old, list) and isinstance(value, list):
            base[key] = old + value
        else:
            base[key] = value
    return base


def irregular_forms(data: dict[str, Any]) -> dict[str, list[str]]:
    """The `irregular_verbs` of lexicon data, lower-cased: lemma -> forms."""
    return {
        str(k).lower(): [str(f).lower() for f in v]
        for k, v in (data.get("irregular_verbs") or {}).items()
    }


def read_data(name: str) -> dict[str, Any]:
    """One of erg's own data files, `loaders/data/NAME` (a YAML mapping; {} when empty)."""
    text = resources.files("loaders").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_LOADER) or {}


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


def _phrases(items: Any) -> PhraseIndex:
    index = PhraseIndex()
    for phrase in _lows(items):
        index.add(words(phrase), True)
    return index


def _kinds(spec: dict[str, Any]) -> dict[str, frozenset[str]]:
    """`{kind: [words]}` as word -> the kinds it belongs to ("carrier": airline, shipping)."""
    out: dict[str, set[str]] = {}
    for kind, items in spec.items():
        for phrase in _lows(items):
            out.setdefault(phrase, set()).add(str(kind))
    return {w: frozenset(k) for w, k in out.items()}


def _types(value: Any, origin: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ErgError(f"{origin}: expected a relation type or a list of them")
    return tuple(str(v).strip().upper() for v in value)


class Lexicon:
    """Compiled lexicon: sets and phrase indexes the extractor looks words up in."""

    def __init__(self, data: dict[str, Any], origin: str = "lexicon"):
        self.data = data
        self.origin = origin
        d = data
        self.stopwords = frozenset(_lows(d.get("stopwords")))
        self.first_names = frozenset(_lows(d.get("first_names")))
        self.of_heads = frozenset(_lows(d.get("of_heads")))
        self.public_bodies = frozenset(_lows(d.get("public_bodies")))
        self.campaign_verbs = frozenset(_lows(d.get("campaign_verbs")))
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
        self.not_entity_last = _phrases(not_entities.get("last"))
        self.not_entity_first = frozenset(_lows(not_entities.get("first")))
        self.not_entity_body_tails = frozenset(_lows(not_entities.get("body_tails")))
        suffixes = d.get("org_suffixes") or {}
        self.legal_suffixes = frozenset(s.rstrip(".") for s in _lows(suffixes.get("legal")))
        self.org_words = frozenset(_lows(suffixes.get("words")))
        self.abbreviations = frozenset(_lows(d.get("abbreviations")))
        self.never_final = frozenset(_lows(d.get("abbreviations_never_final")))
        self.sentence_starters = frozenset(_lows(d.get("sentence_starters")))
        self.role_modifiers = frozenset(_lows(d.get("role_modifiers")))
        self.boilerplate = tuple(_lows(d.get("boilerplate")))
        self.key_cache: dict[str, str] = {}  # surface -> name key without legal suffix
        self.place_heads = frozenset(_lows(d.get("place_heads")))
        self.located_heads = self.place_heads | frozenset(_lows(d.get("located_heads")))
        self.group_nouns = frozenset(_lows(d.get("group_nouns")))
        self.forming_verbs = _phrases(d.get("forming_verbs"))
        self.number_names = frozenset(_lows(d.get("number_names")))
        self.membership_heads = frozenset(_lows(d.get("membership_heads")))
        self.pair_heads = frozenset(_lows(d.get("pair_heads")))
        self.shop_nouns = frozenset(_lows(d.get("shop_nouns")))
        self.market_nouns = frozenset(_lows(d.get("market_nouns")))
        self.topic_heads = frozenset(_lows(d.get("topic_heads")))
        self.portfolio_titles = frozenset(_lows(d.get("portfolio_titles")))
        self.rule_nouns = frozenset(_lows(d.get("rule_nouns")))
        self.arm_words = frozenset(_lows(d.get("arm_words")))
        self.holder_words = frozenset(_lows(d.get("holder_words")))
        self.government_words = frozenset(_lows(d.get("government_words")))
        self.name_adjectives = frozenset(_lows(d.get("name_adjectives")))
        self.name_openers = frozenset(_lows(d.get("name_openers")))
        self.firm_openers = frozenset(_lows(d.get("firm_openers")))
        self.event_venues = frozenset(_lows(d.get("event_venues")))
        self.people_in = frozenset(_lows(d.get("people_in")))
        self.network_nouns = frozenset(_lows(d.get("network_nouns")))
        self.possessive_followers = frozenset(_lows(d.get("possessive_name_followers")))
        numbered = d.get("numbered_names") or {}
        self.numbered_products = frozenset(_lows(numbered.get("product")))
        self.numbered_none = frozenset(_lows(numbered.get("none")))
        self.numbered_projects = frozenset(_lows(numbered.get("project_after")))
        former = d.get("former_employer") or {}
        self.former_before = frozenset(_lows(former.get("before")))
        self.former_staff = frozenset(_lows(former.get("staff")))
        self.appointment_verbs = frozenset(_lows(d.get("appointment_verbs")))
        places = d.get("place_cues") or {}
        self.place_cues = PlaceCues(
            _phrases(places.get("near")),
            frozenset(_lows(places.get("place_nouns"))),
            frozenset(_lows(places.get("in_objects"))),
            tuple(_lows(places.get("suffixes"))),
            frozenset(_lows(places.get("hyphen_particles"))),
            frozenset(_lows(places.get("sites"))),
        )
        cues = d.get("person_cues") or {}
        self.person_cues = PersonCues(
            frozenset(_lows(cues.get("speech"))),
            _phrases(cues.get("verbs")),
            frozenset(_lows(cues.get("kin"))),
            _phrases(cues.get("credits")),
            frozenset(_lows(cues.get("shared_roles"))),
            frozenset(_lows(cues.get("outlets"))),
            frozenset(_lows(cues.get("founding"))),
            frozenset(_lows(cues.get("clause_verbs"))),
        )
        self.money_words = frozenset(_lows(d.get("money_words")))
        self.kinds = _kinds(d.get("kinds") or {})  # word -> kinds of organization it names
        self.trigger_guards: dict[str, frozenset[str]] = {  # "a supply contract with X"
            str(t).upper(): frozenset(_lows(ws))
            for t, ws in (d.get("trigger_guards") or {}).items()
        }
        self.trigger_guards_after: dict[str, frozenset[str]] = {  # "charged X with running"
            str(t).upper(): frozenset(_lows(ws))
            for t, ws in (d.get("trigger_guards_after") or {}).items()
        }
        self.new_entity_words = frozenset(_lows(d.get("new_entity_words")))  # "the merged group"
        self.new_after_merger = frozenset(_lows(d.get("new_after_merger")))  # "the new company"
        self.merger_words = frozenset(_lows(d.get("merger_words")))
        self.strict_kinds = frozenset(_lows(d.get("strict_kinds")))  # "the ministry": no fallback
        self.venue_words = frozenset(_lows(d.get("venue_words")))  # courts: no LOCATED_IN
        self.place_clauses = PhraseIndex()  # "Glasgow, where X is based"
        for phrase in _lows(d.get("place_clauses")):
            self.place_clauses.add(words(phrase), True)

        self.roles = PhraseIndex()
        for phrase, spec in (d.get("roles") or {}).items():
            self.roles.add(words(str(phrase)), self._role(str(phrase), spec))
        self.titles = PhraseIndex()  # person titles with no relation
        for phrase in _lows(d.get("person_titles")):
            for form in (phrase, phrase + "s") if not phrase.endswith((".", "s")) else (phrase,):
                key = words(form)
                if self.roles.get(key) is None:
                    self.titles.add(key, True)

        self.heads = PhraseIndex()
        for etype, items in (d.get("heads") or {}).items():
            for phrase in _lows(items):
                for form in (phrase, phrase + "s") if not phrase.endswith("s") else (phrase,):
                    key = words(form)
                    old = self.heads.get(key)
                    # a noun listed under two types ("investor") types nothing
                    self.heads.add(key, str(etype) if old in (None, str(etype)) else AMBIGUOUS)
        self.anaphora = PhraseIndex()
        for etype, items in (d.get("anaphora") or {}).items():
            for phrase in _lows(items):
                self.anaphora.add(words(phrase), str(etype))
        self.pair_words = PhraseIndex()
        for phrase in _lows(d.get("pair_words")):
            self.pair_words.add(words(phrase), "Person")
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

        self.hyphen: dict[str, Hyphen] = {}
        for word, spec in (d.get("hyphen") or {}).items():
            spec = spec if isinstance(spec, dict) else {"types": spec}
            self.hyphen[str(word).lower()] = Hyphen(
                _types(spec.get("types"), f"{origin}: hyphen {word}"),
                bool(spec.get("target_first", False)),
            )

        self.negation = PhraseIndex()
        for p in _lows(d.get("negation")):
            self.negation.add(words(p), True)
        self.negation_exceptions = PhraseIndex()
        for p in _lows(d.get("negation_exceptions")):
            self.negation_exceptions.add(words(p), True)
        self.hedges = PhraseIndex()
        for p in _lows(d.get("hedges")):
            self.hedges.add(words(p), True)
        self.denials = PhraseIndex()
        for p in _lows(d.get("denials")):
            self.denials.add(words(p), True)
        # first words of a negation or hedge: a sentence without any has nothing to block
        self.blocking_firsts = frozenset(self.negation) | frozenset(self.hedges)

        rounds = d.get("funding_rounds") or {}
        self.round_nouns = frozenset(_lows(rounds.get("nouns")))
        # lemma -> its irregular forms ("buy": bought), for every family that inflects verbs
        irregular = self.irregular = irregular_forms(d)
        self.round_raise = PhraseIndex()
        for phrase in _lows(rounds.get("raise_verbs")):
            for inflected, _ in self._forms(phrase, "verb", irregular):
                self.round_raise.add(inflected, True)
        self.round_after = PhraseIndex()
        for phrase in _lows(rounds.get("after")):
            self.round_after.add(words(phrase), True)
        self.round_joined = PhraseIndex()  # "A and B took part as well" (a named round)
        for phrase in _lows(rounds.get("joined")):
            for inflected, _ in self._forms(phrase, "verb", irregular):
                self.round_joined.add(inflected, True)
        # "Existing investors include A and B": a list of the round last named
        self.round_listed = frozenset(_lows(rounds.get("listed")))
        self.round_before = PhraseIndex()
        for phrase in _lows(rounds.get("before")):
            for inflected, _ in self._forms(phrase, "verb", irregular):
                self.round_before.add(inflected, True)

        # "we", "our" in a quotation: the organization of the person quoted
        self.speaker_pronouns = frozenset(_lows(d.get("speaker_pronouns")))
        # "They" opening a sentence after "A and B ...": those two organizations
        self.plural_pronouns = frozenset(_lows(d.get("plural_pronouns")))
        # first words of references the article loader resolves ("he", "the", "both")
        self.reference_words = frozenset(
            {*self.pair_words, *self.pronouns, *self.anaphora, *self.speaker_pronouns}
            | self.plural_pronouns
            | {"the", "this", "that"}
        )

        self.transfers = PhraseIndex()  # "A sold B to C": C OWNS B
        for phrase, rtype in (d.get("transfers") or {}).items():
            for inflected, _ in self._forms(str(phrase), "verb", irregular):
                self.transfers.add(inflected, _types(rtype, f"{origin}: transfers {phrase}"))
        self._load_nominal(d.get("nominal") or {})
        self._load_stakes(d.get("stakes") or {}, irregular)
        self._load_litigation(d.get("litigation") or {}, irregular)
        self._load_known(d.get("known") or {})
        self._load_triggers(d.get("relations") or {}, d.get("irregular_verbs") or {})

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

    def _load_stakes(self, spec: dict[str, Any], irregular: dict[str, list[str]]) -> None:
        self.stake_hold = PhraseIndex()
        self.stake_buy = PhraseIndex()
        self.stake_sell = PhraseIndex()
        stake_verbs = (
            ("hold_verbs", self.stake_hold),
            ("buy_verbs", self.stake_buy),
            ("sell_verbs", self.stake_sell),
        )
        for key, index in stake_verbs:
            for phrase in _lows(spec.get(key)):
                for form, _ in self._forms(phrase, "verb", irregular):
                    index.add(form, True)
        self.stake_nouns = frozenset(_lows(spec.get("nouns")))
        self.stake_majority = frozenset(_lows(spec.get("majority")))
        self.stake_fillers = frozenset(_lows(spec.get("fillers")))
        self.stake_held = frozenset(_lows(spec.get("held_nouns")))
        self.stake_parted = frozenset(_lows(spec.get("parted_nouns")))
        self.stake_rest = frozenset(_lows(spec.get("rest")))
        self.stake_left_over = frozenset(_lows(spec.get("left_over")))
        self.invest_verbs = PhraseIndex()  # "X, in which Y invested"
        for phrase in _lows(spec.get("invest_verbs")):
            for form, _ in self._forms(phrase, "verb", irregular):
                self.invest_verbs.add(form, True)
        self.stake_vehicles = frozenset(_lows(spec.get("vehicles")))
        self.list_heads = PhraseIndex()
        for phrase in _lows(spec.get("list_heads")):
            self.list_heads.add(words(phrase), True)
        self.holder_nouns = frozenset(_lows(spec.get("holder_nouns")))
        self.holder_ranks = frozenset(_lows(spec.get("ranks")))
        self.held_adverbs = frozenset(_lows(spec.get("held_adverbs")))
        self.market_nouns = frozenset(_lows(spec.get("market_nouns")))
        self.making_words = frozenset(_lows(spec.get("making_words")))
        self.product_nouns = frozenset(_lows(spec.get("products")))  # "its new pickup, the X"
        self.product_links = PhraseIndex()  # "a machine called X"
        for phrase in _lows(spec.get("product_links")):
            self.product_links.add(words(phrase), True)

    def _load_litigation(self, spec: dict[str, Any], irregular: dict[str, list[str]]) -> None:
        """Claims and their answers: "denied X's claims", "the suit, filed by X, accuses Y"."""
        self.claim_nouns = frozenset(_lows(spec.get("claims")))
        self.rebut_verbs = PhraseIndex()
        self.charge_verbs = PhraseIndex()
        for key, index in (("rebut_verbs", self.rebut_verbs), ("charge_verbs", self.charge_verbs)):
            for phrase in _lows(spec.get(key)):
                for form, _ in self._forms(phrase, "verb", irregular):
                    index.add(form, True)
        self.dismissive = PhraseIndex()
        for phrase in _lows(spec.get("dismissive")):
            self.dismissive.add(words(phrase), True)
        self.claim_agents = frozenset(_lows(spec.get("agents")))
        self.spokespeople = frozenset(_lows(spec.get("spokespeople")))
        self.acting_for = self.spokespeople | frozenset(_lows(spec.get("acting_for")))
        self.adjudicators = frozenset(_lows(spec.get("adjudicators")))
        self.forum_heads = frozenset(_lows(spec.get("forum_heads")))
        self.answer_verbs = PhraseIndex()  # "has countersued", "said it would appeal"
        for phrase in _lows(spec.get("answer_verbs")):
            for form, _ in self._forms(phrase, "verb", irregular):
                self.answer_verbs.add(form, True)
        self.urge_verbs = PhraseIndex()  # "urged the regulator to block it": not done
        for phrase in _lows(spec.get("urge_verbs")):
            for form, _ in self._forms(phrase, "verb", irregular):
                self.urge_verbs.add(form, True)
        self.deal_nouns = PhraseIndex()
        for phrase in _lows(spec.get("deal_nouns")):
            self.deal_nouns.add(words(phrase), True)
        self.block_verbs = PhraseIndex()
        for phrase in _lows(spec.get("block_verbs")):
            for form, _ in self._forms(phrase, "verb", irregular):
                self.block_verbs.add(form, True)
        # words that make a sentence worth reading against the article's earlier disputes
        self.answer_words = (
            self.claim_nouns | frozenset(self.answer_verbs) | frozenset(self.deal_nouns)
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

    def _load_triggers(self, relations: dict[str, Any], irregular: dict[str, Any]) -> None:
        irregular = {str(k).lower(): [str(f).lower() for f in v] for k, v in irregular.items()}
        self.irregular = irregular
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
                    old = self.mutual.get(form[0]) or ()
                    self.mutual.add(form[0], (*old, rel))
                old = self.mutual.get(words(phrase)) or ()
                self.mutual.add(words(phrase), tuple(dict.fromkeys((*old, rel))))
            for entry in spec.get("between") or []:
                key = words(str(entry))
                old = self.between.get(key) or ()
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
        if not w.endswith(DEMONYM_ENDINGS) or w in self.known or not w.isalpha():
            return False
        for place in self.place_stems.get(w[:4], ()):
            common = len(os.path.commonprefix([w, place]))
            if len(w) > len(place) - 1 and common >= max(4, len(place) - 2) and common < len(w):
                return True
        return False

    # -- construction ------------------------------------------------------------------------
    @staticmethod
    def default_data() -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in DATA_FILES:
            _merge(data, read_data(name))
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
