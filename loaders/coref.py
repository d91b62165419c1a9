"""Who is who in an article: group name mentions into entities, and resolve references.

`Registry` collects every name candidate of an article (first pass), then decides which are
entities, merges the forms of one entity ("Elon Musk" and "Musk"; "Nvidia Corp." and "Nvidia";
"Alibaba Group" and "Alibaba"), types each entity from the summed votes of all its mentions,
and picks a canonical name. The entity id is `slugify(canonical name)`, so the same entity in
two articles gets the same id.

`Salience` tracks the entities mentioned most recently, so that "he", "its", "the company",
"the project" or "the two" can be resolved to them when that is unambiguous.

>>> from loaders.lexicon import Lexicon, nationality
>>> from loaders.mentions import Candidate
>>> reg = Registry(Lexicon.load())
>>> reg.observe(Candidate(0, 2, "Elon Musk", 0, 9, votes={"Person": 5.0}))
>>> reg.observe(Candidate(0, 1, "Musk", 0, 4, initial=True), base=40)  # the next sentence
>>> reg.build()
>>> [(e.name, e.type, e.aliases) for e in reg.entities.values()]
[('Elon Musk', 'Person', ['Musk'])]
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Final

from graph.model import name_key, slugify
from loaders.described_places import place_described
from loaders.firm_contexts import person_context
from loaders.foreign_heads import family_names, foreign_word
from loaders.grammar_words import SKIP_DETS
from loaders.kin_surnames import kin_surname_votes
from loaders.lexicon import Lexicon, nationality, per_lexicon
from loaders.mentions import Candidate
from loaders.named_products import described_extensions
from loaders.non_names import data_words
from loaders.offshoots import late_offshoot
from loaders.place_words import VENUE_HEADS
from loaders.site_towns import site_noun
from loaders.surname_gender import NameGenders
from loaders.type_cues import ALLCAPS_RE, CAMEL_RE, W_KNOWN, W_NAME_HEAD, W_SHAPE
from loaders.uncued_towns import default_place_votes

STRONG_VOTE = 2.0
W_COUNCIL_PLACE = 4.0  # "Kelmoor" beside "Kelmoor Borough Council": more than a site's cue
# A surname folds into a full name unless it has this much evidence of another type.
OTHER_TYPE_VETO = 4.0


@dataclass
class Group:
    """All candidates sharing one name key."""

    key: str
    surfaces: dict[str, int] = field(default_factory=dict)  # written form -> mentions
    votes: dict[str, float] = field(default_factory=dict)
    count: int = 0
    noninitial: int = 0
    first: int = -1
    known: tuple[str, str] | None = None
    merged_into: str | None = None
    descr: set[str] = field(default_factory=set)
    cues: int = 0  # candidates typed by more than the shape of the word
    sentences: set[int] = field(default_factory=set)  # offsets of the sentences naming it
    clause_opens: int = 0  # mentions opening a clause after ", and" (`Candidate.clause_open`)
    firm_contexts: int = 0  # mentions doing a company's things (`Candidate.firm_context`)
    place_slots: int = 0  # mentions after a locative preposition (`Candidate.place_slot`)
    person_cued: int = 0  # mentions their own sentence votes a person's more than a firm's
    firm_only: int = 0  # mentions only a company's verb or passive follows (`Candidate.firm_only`)
    premodifiers: int = 0  # mentions before a company noun (`Candidate.premodifier`)
    fragments: int = 0  # mentions that are a fragment, no party (`Candidate.fragment`)
    held: dict[str, float] = field(default_factory=dict)  # their nouns' votes (`Candidate.held`)
    site_town: float = 0.0  # Location votes of a town before a site noun (`Candidate.site_town`)
    site_town_led: float = 0.0  # ... of a weak site, "the" X plant (`Candidate.site_town_led`)
    the_led: int = 0  # mentions right after "the" ("the Lenzes")
    family: int = 0  # mentions naming a family ("the Vrellick family": `family_led`)
    # the key's words, split once: the registry's folds read them for every group again and
    # again (a property splitting the key cost about 0.15 M instructions an article)
    tokens: list[str] = field(init=False, repr=False, compare=False)

    # Written out (the dataclass keeps it): a compiled dataclass's generated `__init__` is
    # interpreted. Only the fields `Registry.observe` gives.
    def __init__(self, key: str, first: int = -1) -> None:
        self.key = key
        self.tokens = key.split()
        self.surfaces = {}
        self.votes = {}
        self.count = 0
        self.noninitial = 0
        self.first = first
        self.known = None
        self.merged_into = None
        self.descr = set()
        self.cues = 0
        self.sentences = set()
        self.clause_opens = 0
        self.firm_contexts = 0
        self.place_slots = 0
        self.person_cued = 0
        self.firm_only = 0
        self.premodifiers = 0
        self.fragments = 0
        self.held = {}
        self.site_town = 0.0
        self.site_town_led = 0.0
        self.the_led = 0
        self.family = 0

    @property
    def surface(self) -> str:
        """The most frequent way the name is written, the first seen of equals (what a Counter's
        `most_common(1)` would give, without its interpreted heap: it runs for every name)."""
        best, most = "", 0
        for text, n in self.surfaces.items():
            if n > most:
                best, most = text, n
        return best


@dataclass
class Record:
    """A resolved entity of this article."""

    id: str
    name: str
    type: str
    aliases: list[str]
    first: int
    keys: list[str]
    descr: set[str] = field(default_factory=set)  # descriptor nouns and name words
    weak: bool = False  # one uncued mention at a sentence start: kept only if related


def _restore_held(
    groups: Iterable[Group], tokens_in_longer: set[str], party_words: set[str]
) -> None:
    """A name also named otherwise than before a company noun ("Kelso said ... the Kelso
    group") gets back the votes of those nouns (`loaders.premodifier`); a town before a site
    noun ("its Tallow Creek mine") gets its Location votes unless it is a word of a firm's or a
    person's longer name, those after "the" only if an owner's, a place slot or a place cue
    places it elsewhere too (`party_words`: "the Kestle plant" of Kestle Seating, the firm's own
    works; `loaders.site_towns`)."""
    for g in groups:
        if g.held and (g.premodifiers < g.count or g.key in tokens_in_longer):
            for t, w in g.held.items():
                g.votes[t] = g.votes.get(t, 0.0) + w
        if (g.site_town or g.site_town_led) and g.key not in party_words:
            placed = g.site_town or g.place_slots or g.votes.get("Location")
            town = g.site_town + (g.site_town_led if placed else 0.0)
            if town:
                g.votes["Location"] = g.votes.get("Location", 0.0) + town


def _party_words(multi: list[Group], lex: Lexicon) -> set[str]:
    """The words of the longer names whose votes make them a firm or a person; not of a site's
    name ("the Speke Fill-Finish Centre": Speke is still the town)."""
    out: set[str] = set()
    for g in multi:
        if site_noun(g.tokens[-1], lex):
            continue
        top = max(g.votes, key=g.votes.__getitem__, default="")
        if top in ("Organization", "Person") or (g.known and g.known[1] != "Location"):
            out.update(g.tokens)
    return out


def _hyphen_pairs(kept: dict[str, Group]) -> list[str]:
    """Keys of one-word names made of two names joined by a hyphen ("Voltaris-Hanbit") whose
    halves both open other names of the article: a pair of parties, no entity of its own."""
    firsts = {g.tokens[0] for g in kept.values()}
    out = []
    for k, g in kept.items():
        surface = g.surface
        if g.known or len(g.tokens) != 2 or surface.count("-") != 1 or " " in surface:
            continue
        head, tail = surface.split("-")
        if head[:1].isupper() and tail[:1].isupper() and all(t in firsts for t in g.tokens):
            out.append(k)
    return out


@lru_cache(maxsize=65536)
def _key(surface: str) -> str:
    return name_key(surface)


@lru_cache(maxsize=65536)
def _slug(name: str) -> str:
    return slugify(name)


def strip_legal(surface: str, lex: Lexicon) -> str:
    """ "Nvidia Corp." -> "Nvidia"; "OpenAI, Inc." -> "OpenAI" (only when a name remains)."""
    parts = surface.split()
    if len(parts) < 2:
        return surface
    while len(parts) > 1 and _legal_word(parts[-1], lex):
        if parts[-2] == "&":
            if len(parts) > 3 and _legal_word(parts[-3], lex):
                del parts[-2:]  # "Ostrel AG & Co. KG": a firm's legal form, then its partner's
                continue
            break  # "Harbury & Co." is the whole name
        parts.pop()
    return " ".join(parts).rstrip(",")


# two-letter legal suffixes written in mixed case too ("Harbury & Co.", "Nordlax Oy")
MIXED_CASE_SUFFIXES: frozenset[str] = frozenset({"co", "oy"})


def _legal_word(word: str, lex: Lexicon) -> bool:
    """A legal suffix to drop; not a two-letter one written as a word ("Hollin Ag": an
    agriculture firm, where "Hollin AG" is a company form)."""
    bare = word.rstrip(".,")
    low = bare.lower()
    if low not in lex.legal_suffixes:
        return False
    return len(low) != 2 or low in MIXED_CASE_SUFFIXES or bare.isupper()


class Registry:
    """Name candidates of one article, grouped and resolved into entities."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.groups: dict[str, Group] = {}
        self.lower_words: set[str] = set()
        self.acronyms: list[tuple[str, str]] = []
        self.entities: dict[str, Record] = {}
        self.index: dict[str, list[str]] = {}
        self.max_tokens = 1
        # a founder's surname that also names the founder's firm: its key -> (the person's id,
        # the firm's id); each mention goes by its own cue (`surname_side`)
        self.surname_sides: dict[str, tuple[str, str]] = {}
        self._keys: dict[str, str] = lex.key_cache  # shared by the articles of a process
        self.name_genders = NameGenders(lex)  # what titles and he/she say ("Ms Tovrin")

    # -- first pass --------------------------------------------------------------------------------
    def key_of(self, cand: Candidate) -> str:
        if cand.known:
            return _key(cand.known[0])
        return self._stripped_key(cand.text)

    def _stripped_key(self, text: str) -> str:
        key = self._keys.get(text)
        if key is None:
            if len(self._keys) > 50_000:
                self._keys.clear()
            key = self._keys[text] = _key(strip_legal(text, self.lex))
        return key

    def hint(self, cand: Candidate, etype: str, weight: float) -> None:
        """A type vote from outside the candidate's sentence ("He" opening the next one)."""
        g = self.groups.get(self.key_of(cand))
        if g is not None:
            g.votes[etype] = g.votes.get(etype, 0.0) + weight

    def observe(
        self, cand: Candidate, base: int = 0, the_led: bool = False, family: bool = False
    ) -> None:
        """Count one candidate; `base` is its sentence's offset (analyses are position-free);
        `the_led`: it follows "the"; `family`: it names a family ("the Vrellick family")."""
        key = self.key_of(cand)
        if not key:
            return
        g = self.groups.get(key)
        if g is None:
            g = self.groups[key] = Group(key, first=base + cand.start)
        surfaces = g.surfaces
        surfaces[cand.text] = surfaces.get(cand.text, 0) + 1
        g.count += 1
        g.sentences.add(base)
        if not cand.initial:
            g.noninitial += 1
        if cand.clause_open:
            g.clause_opens += 1
        if cand.firm_context:
            g.firm_contexts += 1
        g.place_slots += cand.place_slot
        if cand.votes.get("Person", 0.0) > cand.votes.get("Organization", 0.0):
            g.person_cued += 1
        if cand.firm_only:
            g.firm_only += 1
        if cand.premodifier:
            g.premodifiers += 1
        if cand.fragment:
            g.fragments += 1
        if the_led:
            g.the_led += 1
        if family:
            g.family += 1
        if cand.held:
            g.held[cand.held] = g.held.get(cand.held, 0.0) + W_NAME_HEAD
        if cand.site_town_led:
            g.site_town_led += cand.site_town
        else:
            g.site_town += cand.site_town
        if cand.known:
            g.known = cand.known
        if cand.votes:
            votes = g.votes
            for t, w in cand.votes.items():
                votes[t] = votes.get(t, 0.0) + w
            if sum(cand.votes.values()) > W_SHAPE and not cand.fragment:
                g.cues += 1
        if cand.descr:
            g.descr |= cand.descr

    # -- building ----------------------------------------------------------------------------------
    def _keep(self, g: Group, tokens_in_longer: set[str]) -> bool:
        if g.known:
            return True
        strong = sum(g.votes.values())
        toks = g.tokens
        surface = g.surface
        if g.premodifiers == g.count and g.key not in tokens_in_longer:
            return bool(g.votes)  # "the Harnby unit" only, no cue of any type: no entity
        if g.fragments == g.count and g.key not in tokens_in_longer:
            return False  # "NZ$3", "maker of PVC windows" only: no party
        if len(toks) == 1:
            if len(surface) == 1 or surface.isdigit():
                return strong >= 3.0
            shaped = bool(CAMEL_RE.match(surface) or ALLCAPS_RE.match(surface))
            if g.noninitial == 0 and not shaped:
                if g.key in tokens_in_longer or strong >= 3.0:
                    return g.key not in self.lower_words
                return not self._common(g.key)
            if g.key in self.lower_words and strong < STRONG_VOTE and not shaped:
                return False
        return True

    def _common(self, word: str) -> bool:
        """A capitalized sentence opener that is probably an ordinary word ("Unveiled")."""
        lex = self.lex
        if word in self.lower_words or word in lex.stopwords or word in lex.sentence_starters:
            return True
        if word in lex.trigger_words or word in lex.heads or word in lex.roles:
            return True
        if word.endswith(("ly", "ed", "ing")) and len(word) > 4:
            return True
        if word + "s" in self.lower_words or word + "es" in self.lower_words:
            return True  # "Snack maker X" and "packaged snacks"
        return word.endswith("s") and word[:-1] in self.lower_words

    def build(self) -> None:
        """Decide the article's entities from the observed groups: keep the likely names, fold
        the forms of one name together, type each cluster of forms, join short forms to the
        full names they stand for, then record and index the entities."""
        multi = [g for g in self.groups.values() if len(g.tokens) > 1]
        in_longer = {t for g in multi for t in g.tokens}
        _restore_held(self.groups.values(), in_longer, _party_words(multi, self.lex))
        kept = self._kept(in_longer)
        described_extensions(kept, self.lex)  # "Ondray ... Ondray Health, a repair service"
        self._fold_org_tails(kept, {g.tokens[-1] for g in multi})
        _fold_initials_and_acronyms(kept, self.acronyms)
        cl = _Clusters(kept, _gather(kept))
        cl.types = self._cluster_types(cl)
        self._join_short_forms(cl)
        self._record(cl)
        self._index_records()
        self._side_ids()
        if self.name_genders.sides:
            self.name_genders.side_ids(self.index)

    def _kept(self, tokens_in_longer: set[str]) -> dict[str, Group]:
        """The groups that name entities (see `_keep`), by key; a possessive shop's bare form
        ("Sainsbury") merges into the form with "'s"."""
        kept = {k: g for k, g in self.groups.items() if self._keep(g, tokens_in_longer)}
        for k in _hyphen_pairs(kept):  # "the Voltaris-Hanbit plant": Voltaris and Hanbit
            del kept[k]
        # "Sainsbury's said" and "Sainsbury's chief" (a possessive): one shop, named with "'s"
        persons = {o.tokens[-1] for o in kept.values() if len(o.tokens) > 1 and _person_led(o)}
        firsts = self.lex.first_names
        persons |= {
            o.tokens[-1] for o in kept.values() if len(o.tokens) > 1 and o.tokens[0] in firsts
        }
        for k in [k for k, g in kept.items() if _family_plural(g, persons)]:
            del kept[k]  # "Dana Lenz ... the Lenzes": her family, no entity of its own
        for k in [k for k, g in kept.items() if g.family == g.count and k in persons]:
            del kept[k]  # "Ivo Vrellick ... the Vrellick family owns 57%": not one person
        for k, g in kept.items():
            bare = kept.get(k[:-2]) if k.endswith(" s") and not g.known else None
            if bare is not None and not bare.known and len(bare.tokens) == 1:
                if bare.key not in persons:  # "Hale's ... Nora Hale ... Hale invested": hers
                    bare.merged_into = k
        return kept

    def _fold_org_tails(self, kept: dict[str, Group], surnames: set[str]) -> None:
        """ "Alibaba Group" / "Stargate AI" fold into "Alibaba" / "Stargate" when both occur
        (`surnames`: the last words of the names of several words)."""
        lex = self.lex
        folds: dict[str, list[Group]] = {}
        for g in sorted(kept.values(), key=lambda g: -len(g.tokens)):
            toks = g.tokens
            if g.known or len(toks) < 2:
                continue
            if max(g.votes, key=lambda t: g.votes[t], default="") in ("Product", "Project"):
                continue  # "Orbix Cloud" the product is not Orbix the company
            for cut in range(len(toks) - 1, 0, -1):
                tail = toks[cut:]
                if not all(t in lex.org_words or t in lex.legal_suffixes for t in tail):
                    break  # "Mizuno Next" is not Mizuno
                base = kept.get(" ".join(toks[:cut]))
                if base is not None and _a_place(base, base.votes) and _named_for_town(toks, lex):
                    break  # "Marlow Wanderers ... land in Marlow": the town is no short form
                if toks[-1] == "council" and cut == 1:
                    break  # "Kelmoor Council ... the Kelmoor depot": the town is no short form
                if base is not None and base.key in surnames and cut == 1:
                    break  # "Brennan Air" is not "Brennan" when a Declan Brennan is about
                if base is not None and base is not g and not base.known:
                    if g.sentences & base.sentences:
                        break  # "Tovar Air, a unit of Tovar": named side by side, two entities
                    if toks[-1] in lex.holder_words and self._shared(kept, toks[:cut], g):
                        break  # "Brann Foundation" and "Brann Kemi": "Brann" is not the holder
                    if cut == 1 and (self._parent_of(base) or self._part_named_after(base, g)):
                        break  # "Quillex Energy ... Quillex, its parent": two entities
                    if cut == 1 and late_offshoot(base, g, lex):
                        break  # "Brambleton ... (3 times) ... Brambleton Seeds": its offshoot
                    if cut == 1 and self._arm_of_parent(kept, g, base):
                        break  # "Quillex Inc. ... its arm, Quillex Ventures": two entities
                    if cut == 1 and _brand_and_firm(base, g):
                        break  # "sells vaccines under its Halden label ... Halden Pharma": two
                    if cut == 1 and self._sibling_firm(kept, g):
                        del kept[base.key]  # "Orla Bank and Orla Foods": "Orla" is either
                        break
                    folds.setdefault(base.key, []).append(g)
                    break
        for key, longer in folds.items():
            for g in self._one_fold(longer):
                g.merged_into = key

    @staticmethod
    def _one_fold(longer: list[Group]) -> list[Group]:
        """Of several longer names that would fold into one bare name ("Stratel Cloud, a
        Stratel Holdings subsidiary ... Stratel said"), the one named first, which the bare
        name stands for (the article's subject: a trial giving it to the parent, "Stratel
        Holdings", cost precision on two blind sets); the others are names of their own."""
        return [min(longer, key=lambda g: g.first)] if len(longer) > 1 else longer

    def _cluster_types(self, cl: _Clusters) -> dict[str, str]:
        """The type of each cluster from the summed votes of its forms (and of its surname
        alone: "Mr. Wielgosz said" types "Tomasz Wielgosz")."""
        kept = cl.kept
        singles = {k for k in cl.members if len(kept[k].tokens) == 1 or _one_word(kept[k])}
        singles |= family_names((kept[k].tokens for k in cl.members), self.lex)
        summed = {k: _votes_of(ms) for k, ms in cl.members.items()}
        self._council_places(kept, summed)
        singles -= {k for k in singles if k in summed and _a_place(kept[k], summed[k])}
        _surname_votes(kept, summed, self.lex)
        # "the Roos sisters ... Mira Roos": an uncued given name and surname is hers (kin38)
        family = [g.key for g in self.groups.values() if g.family and len(g.tokens) == 1]
        kin_surname_votes(summed, family, self.lex, self.lower_words)
        default_place_votes(kept, cl.members, summed, self.lex)  # uncued gazetteer towns
        for k, ms in cl.members.items():
            if self._firm_long_form(kept[k], ms):
                summed[k].pop("Person", None)
        return {k: self._type(kept[k], summed[k], singles) for k in cl.members}

    def _firm_long_form(self, g: Group, members: list[Group]) -> bool:
        """ "Photographer Brenvale slides ... Brenvale Studios, which ...": a bare word folded
        with the firm name it opens ("X" + organization words) whose own votes lead with
        Organization is that firm; an occupation before the bare word is no person (a form of
        address, "Mr Brenvale", still is)."""
        lex = self.lex
        if g.known or len(g.tokens) != 1 or "honorific" in g.descr:
            return False
        for m in members:
            toks, votes = m.tokens, m.votes
            if len(toks) < 2 or toks[0] != g.key or m.known or not votes:
                continue
            if not all(t in lex.org_words or t in lex.legal_suffixes for t in toks[1:]):
                continue
            if max(sorted(votes), key=lambda t: votes[t]) == "Organization":
                return True
        return False

    def _council_places(self, kept: dict[str, Group], summed: dict[str, dict[str, float]]) -> None:
        """ "Kelmoor Borough Council ... the Kelmoor depot": the word a local council is named
        by, alone, is the place (a Location vote outweighing a site's Project cue)."""
        areas = data_words(self.lex, "council_areas")
        for g in kept.values():
            toks = g.tokens
            if g.known or toks[-1] != "council" or not 2 <= len(toks) <= 3:
                continue
            if len(toks) == 3 and toks[1] not in areas:
                continue
            votes = summed.get(toks[0])
            if votes is not None and not kept[toks[0]].known:
                votes["Location"] = votes.get("Location", 0.0) + W_COUNCIL_PLACE

    def _join_short_forms(self, cl: _Clusters) -> None:
        """Join a name of one or two words to the one longer name it stands for, pass by pass:
        a company's first word ("Zentro" is Zentro Home), an organization word ("Rovers"), a
        given name ("Sofia"), a surname of two words ("Van Dyke"), a thing's head ("the
        Hauler"), a surname ("Musk")."""
        by_last = cl.by_word(PERSON, itemgetter(-1))
        by_first = cl.by_word(PERSON, itemgetter(0))
        # "SoftBank's Vision Fund" is not SoftBank
        org_first = cl.by_word(ORGANIZATION, _first_unless_possessor, known=False)
        # "Jorge Solmar ... Empresas Solmar ... Solmar sells": the founder's firm by its name
        named_by = {**cl.by_word(ORGANIZATION, self._foreign_second, known=False), **org_first}
        named_by = {
            k: _main_company(cl.kept, self._one_company(cl.kept, o)) for k, o in named_by.items()
        }
        self.surname_sides = _join_founder_firms(cl, named_by, by_last)
        self._join_first_words(cl, org_first, by_last)
        _join_org_words(cl, by_last, self.lex)
        self._join_second_words(cl, org_first, by_last)
        _join_given_names(cl, by_first, org_first, by_last)
        _join_name_tails(cl)
        _join_thing_heads(cl, org_first, by_last)
        if self.name_genders.titled:
            members = {k: [m.key for m in ms] for k, ms in cl.members.items()}
            self.name_genders.cluster_genders(members, cl.types)
        _join_surnames(cl, by_last, self.name_genders)

    def _join_first_words(
        self, cl: _Clusters, org_first: dict[str, list[str]], by_last: dict[str, list[str]]
    ) -> None:
        """ "Zentro" is Zentro Home: a word alone is the one company whose name it opens."""
        kept, lex = cl.kept, self.lex
        for k in list(cl.members):
            g = kept[k]
            # "Brambleton ... (3 times) ... launched as Brambleton Events": not its short form
            opened = [o for o in org_first.get(k, []) if not late_offshoot(g, kept[o], lex)]
            owners = self._one_company(kept, opened)
            if len(g.tokens) == 1 and not g.known and len(owners) == 1 and k not in by_last:
                # "Mizuno Next, the venture arm of Mizuno": named side by side, two entities;
                # but "an investor in Corriden Partners, has accused Corriden" is one firm
                if g.sentences & kept[owners[0]].sentences and not self._firm_then_short(
                    g, kept[owners[0]]
                ):
                    continue
                if kept[owners[0]].tokens[-1] in lex.arm_words:
                    continue  # "Velora Next" is Velora's venture arm, not Velora
                if self._parent_of(g) or self._parent_form(g):
                    continue  # "Quillex Energy ... Quillex, its parent": two entities
                if self._part_named_after(g, kept[owners[0]]):
                    continue  # "Tovrin owns mills. Its subsidiary Tovrin Nordica ...": two
                if len(cl.members[k]) > 1:
                    continue  # "Kestrel" is already Kestrel Bank, not the merged "Kestrel Tessa"
                if cl.types[k] == "Organization" or not g.votes:
                    cl.join(k, owners[0])

    def _part_named_after(self, g: Group, owner: Group) -> bool:
        """The bare name is used before the longer name it opens first appears, and the longer
        one is described as a part of a company ("Tovrin owns mills. Its subsidiary Tovrin
        Nordica runs two plants"): the bare name is the parent, named first on its own."""
        return g.first < owner.first and bool(owner.descr & self.lex.new_part_heads)

    def _one_company(self, kept: dict[str, Group], owners: list[str]) -> list[str]:
        """Of several names a word opens, the company the word alone stands for when one is."""
        if len(owners) > 1:  # "Brann's management": the company, not the Brann Foundation
            owners = self._family_company(kept, owners)
        if len(owners) > 1:  # "Norvane Energy, a unit of Norvane Holdings ... Norvane"
            owners = self._parent_among(kept, owners)
        return owners

    def _parent_of(self, g: Group) -> bool:
        """The bare word is described as a parent ("Quillex, its parent", "parent Quillex"):
        it names the parent, not the short form of the longer name it opens. (A longer name
        described as a unit, "Orvell Mobile, a unit of ...", is no such cue: its short form is
        as often the unit itself; a trial cost precision on two blind sets.)"""
        return bool(g.descr & data_words(self.lex, "parent_heads"))

    def _parent_form(self, g: Group) -> bool:
        """The bare name is also written with a legal suffix ("Quillex Inc.", "Dravik AG"):
        the company itself, not a short form of a longer name it opens."""
        if g.descr & data_words(self.lex, "lower_legal_forms"):
            return True  # "Halvern plc"
        return any(s != strip_legal(s, self.lex) for s in g.surfaces)

    def _arm_of_parent(self, kept: dict[str, Group], g: Group, base: Group) -> bool:
        """ "Quillex Ventures" does not fold into the bare "Quillex" when the article writes
        the bare form with a legal suffix ("Quillex Inc."), or names an arm ("Ventures",
        "Foundation", "Bank") beside a parent ("Quillex Group"): the bare form is the parent.
        (With no parent form, "Pemberly Ventures ... Pemberly" stays one company; a sector
        word beside a group, "Orvell Mobile" and "Orvell Group", keeps its short form, which
        is as often the unit: a trial cost precision on two blind sets.)"""
        if self._parent_form(base):
            return True
        tails = data_words(self.lex, "parent_tails")
        if g.tokens[-1] not in data_words(self.lex, "arm_tails"):
            return False
        word = base.tokens[0]
        return any(
            len(o.tokens) == 2 and o.tokens[0] == word and o.tokens[1] in tails
            for o in kept.values()
        )

    def _parent_among(self, kept: dict[str, Group], owners: list[str]) -> list[str]:
        """Of several names a bare word opens, the one parent ("Norvane Holdings") when all
        the others end in an arm's word ("Norvane Energy", "Norvane Capital")."""
        lex = self.lex
        parents = [o for o in owners if kept[o].tokens[-1] in data_words(lex, "parent_tails")]
        arms = data_words(lex, "arm_tails")
        others = [o for o in owners if o not in parents]
        if len(parents) == 1 and all(kept[o].tokens[-1] in arms for o in others):
            return parents
        return owners

    def _firm_then_short(self, g: Group, owner: Group) -> bool:
        """A company named in full with a bare legal or firm word ("Corriden Partners",
        "Brell Group", "Ostara plc"), then by its first word later in the same sentence: one
        company. (A brand or arm word, "Mizuno Next", "Kessel Capital", keeps two.)"""
        tail = owner.tokens[-1].rstrip(".")
        if g.first > owner.first and g.clause_opens == g.count:
            return True  # "X sued Brantor Haulage, and Brantor has countersued": one company
        return g.first > owner.first and (
            tail in self.lex.legal_suffixes or tail in SAME_FIRM_TAILS
        )

    def _join_second_words(
        self, cl: _Clusters, org_first: dict[str, list[str]], by_last: dict[str, list[str]]
    ) -> None:
        """ "the Echo" is the Northern Echo, "Loom" is Western Loom: a word alone is the one
        organization of two words it ends, when the first is a direction or an ordinary word
        ("Evening", "Golden"); not a word that opens another name or is named beside it."""
        kept = cl.kept
        owners_of = cl.by_word(ORGANIZATION, self._described_second, known=False)
        for k in list(cl.members):
            g = kept[k]
            owners = owners_of.get(k, [])
            if len(g.tokens) != 1 or g.known or len(owners) != 1 or k in org_first:
                continue
            if k in by_last or len(cl.members[k]) > 1 or g.sentences & kept[owners[0]].sentences:
                continue  # "Loom, a rival of Western Loom": named side by side, two entities
            votes = _votes_of(cl.members[k])
            strongest = max(votes, key=lambda t: votes[t], default="Organization")
            if strongest == "Organization" or votes[strongest] < OTHER_TYPE_VETO:
                cl.join(k, owners[0])  # "The Echo lost readers": a weak Product cue too

    def _foreign_second(self, toks: list[str]) -> str | None:
        """The family name of a name of two a foreign firm word opens ("Empresas Solmar")."""
        return toks[1] if len(toks) == 2 and foreign_word(toks[0], self.lex) else None

    def _described_second(self, toks: list[str]) -> str | None:
        """The second word of a name of two opening with a direction or an ordinary word, or
        ending in a newspaper's masthead noun ("the Courier": the Kelso Courier), or opening
        with a foreign firm word ("Solmar": Empresas Solmar)."""
        if len(toks) != 2:
            return None
        first, lex = toks[0], self.lex
        headed = toks[1] in data_words(lex, "masthead_nouns") or foreign_word(first, lex)
        return toks[1] if first in lex.name_adjectives or self._common(first) or headed else None

    def _record(self, cl: _Clusters) -> None:
        """One `Record` per cluster, named by `_canonical` (clusters with one name merge)."""
        for k, members in cl.members.items():
            rep = cl.kept[k]
            etype = cl.types[k]
            name = self._canonical(rep, members, etype)
            aliases = _aliases(name, members, self.lex)
            rid = _slug(name)
            first = min(m.first for m in members)
            keys = [m.key for m in members]
            old = self.entities.get(rid)
            if old:
                old.aliases.extend(a for a in aliases if a not in old.aliases)
                old.keys.extend(keys)
                continue
            descr = {d for m in members for d in m.descr}
            descr |= {w.lower() for w in name.split()}
            weak = _weak(rep, members)
            self.entities[rid] = Record(rid, name, etype, aliases, first, keys, descr, weak)

    def _index_records(self) -> None:
        """Index the entities by the keys of their names and aliases."""
        for rid, rec in self.entities.items():
            for key in {*rec.keys, _key(rec.name), *map(_key, rec.aliases)}:
                self.index.setdefault(key, [])
                if rid not in self.index[key]:
                    self.index[key].append(rid)
        self.max_tokens = max((len(k.split()) for k in self.index), default=1)

    def _side_ids(self) -> None:
        """The ids of the person and the firm each shared surname may name (keys before)."""
        sides = {}
        for k, (person, firm) in self.surname_sides.items():
            p, f = self.index.get(person, []), self.index.get(firm, [])
            if p and f and p[0] != f[0]:
                sides[k] = (p[0], f[0])
        self.surname_sides = sides

    def surname_side(self, key: str, c: Candidate, lows: list[str]) -> str | None:
        """ "Josef Quillex founded Quillex Rugs ... Quillex bought X ... Mr Quillex retired":
        the firm for a mention of the shared surname doing a company's things, the person
        for one a person's cue marks, else None (the surname's resolution stands)."""
        sides = self.surname_sides.get(key)
        if sides is None:
            return None
        if person_context(c, lows):
            return self.name_genders.side(key, lows, c.i) or sides[0]  # "Ms Quillex" of two
        if c.firm_context or not COMPANY_PLURALS.isdisjoint(lows):
            return sides[1]  # "The two companies will set up X, owned 60% by Tessvik and ..."
        return None

    def _family_company(self, kept: dict[str, Group], owners: list[str]) -> list[str]:
        """Of several names opening with a family's name, one of which is its holder ("the
        Brann Foundation"), the operating company most named ("Brann Kemi")."""
        holders = self.lex.holder_words
        firms = [o for o in owners if kept[o].tokens[-1] not in holders]
        if len(firms) == len(owners) or len(firms) < 2:
            return firms if len(firms) < len(owners) else owners
        ranked = sorted(firms, key=lambda o: -kept[o].count)
        return ranked[:1] if kept[ranked[0]].count > kept[ranked[1]].count else firms

    def _sibling_firm(self, kept: dict[str, Group], g: Group) -> bool:
        """Another company of two words opening with the first word of `g` is named in the same
        sentence and neither ends in a parent's word ("Orla Bank and Orla Foods", not "Orla
        Group and Orla Foods"): the first word alone names neither."""

        def firm_tail(o: Group) -> bool:
            tail = o.tokens[-1].rstrip(".")
            return tail in self.lex.legal_suffixes or tail in SAME_FIRM_TAILS

        def sibling(o: Group) -> bool:
            firm = o.votes.get("Organization", 0.0)
            person = o.votes.get("Person", 0.0) > firm  # nor a site: "Halvik Two" (entity17)
            thing = max(o.votes.get("Project", 0.0), o.votes.get("Product", 0.0)) > firm
            return len(o.tokens) == 2 and not o.known and not firm_tail(o) and not (person or thing)

        first = g.tokens[0]
        return (
            sibling(g)
            and g.tokens[-1] in self.lex.org_words
            and any(
                o is not g and o.tokens[0] == first and o.sentences & g.sentences and sibling(o)
                for o in kept.values()
            )
        )

    @staticmethod
    def _shared(kept: dict[str, Group], head: list[str], g: Group) -> bool:
        """Another kept name of several words opens with the words `head` ("Brann Kemi"
        beside "Brann Foundation")."""
        n = len(head)
        return any(o is not g and len(o.tokens) > n and o.tokens[:n] == head for o in kept.values())

    def _type(
        self, rep: Group, votes: dict[str, float], singles: AbstractSet[str] = frozenset()
    ) -> str:
        if rep.known:
            return rep.known[1]
        if votes:
            return max(sorted(votes), key=lambda t: votes[t])
        toks = rep.tokens
        surface = rep.surface
        # People are referred to by surname ("Reid"), companies by their first word.
        last = " ".join(toks[-2:]) if " ".join(toks[-2:]) in singles else toks[-1]
        # a hyphenated pair alone ("Quillex-Strand") is no surname of itself
        if (
            2 <= len(toks) <= 3
            and last in singles
            and last != rep.key
            and last not in self.lex.org_words
        ):
            # a hyphenated surname too ("Pita Sharples-Moana ... Sharples-Moana said")
            if all(w[:1].isupper() and w.replace("-", "").isalpha() for w in surface.split()):
                return "Person"
        return "Organization"

    def _canonical(self, rep: Group, members: list[Group], etype: str) -> str:
        if rep.known:
            return rep.known[0]
        if etype == "Person":
            forms = [(len(s.split()), c, s) for m in members for s, c in m.surfaces.items()]
            forms = [f for f in forms if "'" not in f[2]]
            if forms:
                return max(forms)[2]
        # "Sentrova Health, Inc." and "Sentrova": the fuller form names the company
        longer = [
            m
            for m in members
            if m is not rep
            and m.merged_into == rep.key
            and m.tokens[: len(rep.tokens)] == rep.tokens
        ]
        if longer and etype == "Organization":
            rep = max(longer, key=lambda m: (m.count, -m.first))
        surface = rep.surface
        return strip_legal(surface, self.lex)

    # -- second pass -------------------------------------------------------------------------------
    def lookup(self, surface: str) -> list[str]:
        # the key of `_stripped_key`: read once per surface (a name is looked up again and
        # again, each time split and joined by `strip_legal`)
        return self.index.get(self._stripped_key(surface), [])

    def lookup_key(self, key: str) -> list[str]:
        return self.index.get(key, [])

    def type_of(self, rid: str) -> str:
        return self.entities[rid].type

    def uncued(self, rid: str) -> bool:
        """One capitalized word that no mention gave a cue for (title, suffix, role,
        descriptor, known name): "Az", "Macs", a lone "Dario"."""
        rec = self.entities[rid]
        if len(rec.name.split()) != 1:
            return False
        groups = [self.groups[k] for k in rec.keys if k in self.groups]
        return not any(g.known or g.cues for g in groups)


# plural company nouns that make a shared surname in the sentence the firm's: "The two
# companies will set up a venture, owned 60% by Tessvik and 40% by Vardholm Kraft"
COMPANY_PLURALS: Final[frozenset[str]] = frozenset({"companies", "firms"})


# -- building steps ----------------------------------------------------------------------------
PERSON = ("Person",)
# last words of a company's name that its first word alone stands for even in the same
# sentence ("Corriden Partners ... Corriden"), besides the legal suffixes
SAME_FIRM_TAILS = frozenset({"group", "holdings", "holding", "partners", "company"})
ORGANIZATION = ("Organization",)


@dataclass
class _Clusters:
    """The kept groups of one build gathered into clusters (one per entity, by the key of the
    group the others merged into), with each cluster's type."""

    kept: dict[str, Group]
    members: dict[str, list[Group]]
    types: dict[str, str] = field(default_factory=dict)

    def join(self, k: str, into: str) -> None:
        """Cluster k is a short form of cluster `into`."""
        self.members[into].extend(self.members.pop(k))
        self.types.pop(k)

    def by_word(
        self,
        types: tuple[str, ...],
        word: Callable[[list[str]], str | None],
        known: bool = True,
    ) -> dict[str, list[str]]:
        """The clusters of several words of these types by one word of their name (`word` of
        its tokens; None leaves the cluster out); `known=False` leaves out known names."""
        out: dict[str, list[str]] = {}
        for k in self.members:
            g = self.kept[k]
            toks = g.tokens
            if len(toks) > 1 and self.types[k] in types and (known or not g.known):
                w = word(toks)
                if w is not None:
                    out.setdefault(w, []).append(k)
        return out


def _first_unless_possessor(toks: list[str]) -> str | None:
    return toks[0] if toks[1] != "s" else None


def _last_two(toks: list[str]) -> str | None:
    return " ".join(toks[-2:]) if len(toks) > 2 else None


def _fold_initials_and_acronyms(kept: dict[str, Group], acronyms: list[tuple[str, str]]) -> None:
    """ "Donald J. Trump" folds into "Donald Trump"; "International Business Machines (IBM)"
    makes IBM an alias."""
    for g in kept.values():
        toks = g.tokens
        if len(toks) > 2 and not g.merged_into:
            short = " ".join(t for t in toks if len(t) > 1)
            if short != g.key and short in kept:
                g.merged_into = short
    for long_key, acr_key in acronyms:
        if long_key in kept and acr_key in kept and not kept[acr_key].known:
            kept[acr_key].merged_into = long_key


def _root(g: Group, kept: dict[str, Group]) -> Group:
    """The group a chain of merges ends at (at most 10 steps)."""
    seen = 0
    while g.merged_into and g.merged_into in kept and seen < 10:
        g = kept[g.merged_into]
        seen += 1
    return g


def _gather(kept: dict[str, Group]) -> dict[str, list[Group]]:
    """The kept groups by the key of their root group."""
    clusters: dict[str, list[Group]] = {}
    for g in kept.values():
        clusters.setdefault(_root(g, kept).key, []).append(g)
    return clusters


def _brand_and_firm(base: Group, g: Group) -> bool:
    """The bare name, named before the longer one, has only Product votes (a brand: "under its
    Halden label"), and the longer name's lead with Organization ("Halden Pharma, a separate
    company"): a firm sharing the brand's word, not its short form, which would follow the
    full name (review31)."""
    firm = max(sorted(g.votes), key=lambda t: g.votes[t], default="")
    only_product = bool(base.votes) and set(base.votes) == {"Product"}
    return only_product and base.first < g.first and firm == "Organization"


def _votes_of(members: list[Group]) -> dict[str, float]:
    total: dict[str, float] = {}
    for m in members:
        for t, w in m.votes.items():
            total[t] = total.get(t, 0.0) + w
    return total


def _others(votes: dict[str, float]) -> float:
    """The strongest vote for a type other than Person."""
    return max((w for t, w in votes.items() if t != "Person"), default=0.0)


def _club(toks: list[str], lex: Lexicon) -> bool:
    """A sports club named town + club word ("Marlow Wanderers", "Kelby Rovers")."""
    return "football" in lex.kinds.get(toks[-1], frozenset())


def _named_for_town(toks: list[str], lex: Lexicon) -> bool:
    """A club or an institution named town + its word ("Marlow Wanderers", "the Dunmore
    Institute", "Tolsby Academy"): the town alone, placed by a cue, is no short form of it."""
    return _club(toks, lex) or toks[-1] in VENUE_HEADS


def _family_plural(g: Group, surnames: set[str]) -> bool:
    """A one-word plural of a person's surname the article names ("the Lenzes", "the Marrs"):
    named with "the" and no Organization vote, so a shop named for its founder ("Morrisons has
    bought X. Ken Morrison ...") stays."""
    if g.known or len(g.tokens) != 1 or not g.key.endswith("s"):
        return False
    if not g.the_led or g.votes.get("Organization", 0.0) > 0:
        return False
    key = g.key
    return key[:-1] in surnames or (key.endswith("es") and key[:-2] in surnames)


def _person_led(g: Group) -> bool:
    """A name whose own votes are led by Person ("Nora Hale")."""
    votes = g.votes
    return bool(votes) and max(sorted(votes), key=lambda t: votes[t]) == "Person"


def _a_place(g: Group, votes: dict[str, float]) -> bool:
    """A one-word name that is a known or cued place ("Sales in Austria fell"): no surname, so
    "Riders Union Austria" is not a person named after it."""
    if g.known:
        return g.known[1] == "Location"
    return bool(votes) and max(sorted(votes), key=lambda t: votes[t]) == "Location"


def _one_word(g: Group) -> bool:
    """A name written as one hyphenated word ("Sharples-Moana"), a surname's shape."""
    surface = g.surface
    return " " not in surface and "-" in surface


def _surname_votes(
    kept: dict[str, Group], summed: dict[str, dict[str, float]], lex: Lexicon
) -> None:
    """ "Mr. Wielgosz said", "Wielgosz resigned": what a surname alone says types the full name
    ("Tomasz Wielgosz") it ends; never a name a foreign firm word opens ("Herrería Ibarra ...
    Mr Ibarra said": the family's firm, even with a weak person's cue of its own)."""
    for k, total in summed.items():
        toks = kept[k].tokens
        last = " ".join(toks[-2:]) if len(toks) > 2 and " ".join(toks[-2:]) in summed else toks[-1]
        if len(toks) > 1 and last != k and last in summed and not kept[last].known:
            if total.get("Organization", 0.0) > 0 and not total.get("Person"):
                continue  # "Weberei Oberlin employs 240 ... Mrs Oberlin said": a family firm
            if foreign_word(toks[0], lex):
                continue
            alone = summed[last]
            person = alone.get("Person", 0.0)
            if person > _others(alone):
                total["Person"] = total.get("Person", 0.0) + person


def _main_company(kept: dict[str, Group], owners: list[str]) -> list[str]:
    """Of several companies a founder's surname opens ("Osk Weaving", "Osk Dyes"), the one
    named most, else first: the firm the article is about, which the bare surname names."""
    if len(owners) < 2:
        return owners
    return [min(owners, key=lambda o: (-kept[o].count, kept[o].first))]


def _join_founder_firms(
    cl: _Clusters, owners_of: dict[str, list[str]], by_last: dict[str, list[str]]
) -> dict[str, tuple[str, str]]:
    """ "Lidia Tovalli founded Tovalli Pneus ... Tovalli sells tyres": a surname that names the
    one company (`owners_of`: the companies by the word that names them) and does a company's
    things in as many of its mentions as a person's cue ("said", "Mr", "she") marks, is the
    company; each mention still goes by its own cue (`Registry.surname_side`). Returns each
    such surname's person (the first named) and company, by key."""
    sides = {}
    for k in list(cl.members):
        g = cl.kept[k]
        owners = owners_of.get(k, [])
        if len(g.tokens) != 1 or g.known or k not in by_last or len(owners) != 1:
            continue
        sides[k] = (min(by_last[k], key=lambda o: cl.kept[o].first), owners[0])
        if g.firm_contexts and g.firm_contexts >= sum(m.person_cued for m in cl.members[k]):
            cl.join(k, owners[0])
    return sides


def _join_org_words(cl: _Clusters, by_last: dict[str, list[str]], lex: Lexicon) -> None:
    """ "Rovers, who play at ...": an organization word alone is the one organization it ends."""
    org_last = cl.by_word(ORGANIZATION, itemgetter(-1))
    for k in list(cl.members):
        g = cl.kept[k]
        if len(g.tokens) == 1 and not g.known and k in lex.org_words and k not in by_last:
            if len(org_last.get(k, [])) == 1:
                cl.join(k, org_last[k][0])


def _join_given_names(
    cl: _Clusters,
    by_first: dict[str, list[str]],
    org_first: dict[str, list[str]],
    by_last: dict[str, list[str]],
) -> None:
    """ "Sofia is ready": a given name alone is the one person whose name it opens."""
    for k in list(cl.members):
        g = cl.kept[k]
        if len(g.tokens) != 1 or g.known or k in by_last or len(by_first.get(k, [])) != 1:
            continue
        if k in org_first:
            continue  # "Drayton" is Drayton Motors, not a person named Drayton Hauler
        # "Kim & Partners ... Dr Kim": a cluster holding a longer name is that name (a firm's
        # alias), never the family-first person's title form
        single = all(len(m.tokens) == 1 for m in cl.members[k])
        titled = single and _family_first(cl.kept[by_first[k][0]]) and "honorific" in g.descr
        if not titled and max(_votes_of(cl.members[k]).values(), default=0.0) >= OTHER_TYPE_VETO:
            continue
        cl.join(k, by_first[k][0])


# a given name of two syllables joined by a hyphen, the second lower-case ("Da-eun", "Xiao-mei")
FAMILY_FIRST_GIVEN: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _family_first(person: Group) -> bool:
    """A person's name of two words written family name first ("Jang Da-eun"): a titled first
    word alone ("Dr Jang") is that person."""
    return any(
        FAMILY_FIRST_GIVEN.fullmatch(s.split()[-1]) for s in person.surfaces if len(s.split()) == 2
    )


def _join_name_tails(cl: _Clusters) -> None:
    """ "Ni Bhriain" is Siobhan Ni Bhriain, "Van Dyke" is Clara Van Dyke."""
    tails = cl.by_word(PERSON, _last_two)
    for k in list(cl.members):
        g = cl.kept[k]
        if len(g.tokens) != 2 or g.known or len(tails.get(k, [])) != 1:
            continue
        if _others(_votes_of(cl.members[k])) < OTHER_TYPE_VETO:
            cl.join(k, tails[k][0])


def _join_thing_heads(
    cl: _Clusters, org_first: dict[str, list[str]], by_last: dict[str, list[str]]
) -> None:
    """ "the Hauler" is the Drayton Hauler, "the Gigafactory" the Grünheide Gigafactory."""
    things = cl.by_word(("Product", "Project"), itemgetter(-1))
    for k in list(cl.members):
        g = cl.kept[k]
        if len(g.tokens) != 1 or g.known or len(things.get(k, [])) != 1 or k in by_last:
            continue
        if cl.types[k] in ("Organization", "Product", "Project") and k not in org_first:
            cl.join(k, things[k][0])


def _join_surnames(cl: _Clusters, by_last: dict[str, list[str]], genders: NameGenders) -> None:
    """ "Musk" joins the full-name Person ending in "Musk"; when two people share the surname
    ("Ibrahim Sadiq" and his sister "Amina Sadiq"), news style keeps the bare surname for the
    one introduced first; a titled surname ("Ms Sadiq") only one its title's gender allows."""
    kept = cl.kept
    for k in list(cl.members):
        g = kept[k]
        if len(g.tokens) != 1 or k not in by_last or not _surname_of_place(g, cl.members[k]):
            continue
        votes = _votes_of(cl.members[k])
        if not g.known and _others(votes) >= OTHER_TYPE_VETO:
            continue
        if not g.known and g.firm_only and not votes.get("Person"):
            continue  # "Castelli was founded in 1921 ... Marco Castelli": the firm, his name
        owners = sorted(by_last[k], key=lambda o: kept[o].first)
        owners = genders.surname_owners([m.key for m in cl.members[k]], owners)
        if not owners:
            continue  # "Ivo Tovrin ... he ... Ms Tovrin": another person
        if g.sentences & kept[owners[0]].sentences:
            continue  # "Oyelaran Adebisi founded Adebisi": a name and its surname, two entities
        cl.join(k, owners[0])


def _surname_of_place(g: Group, members: list[Group]) -> bool:
    """Whether a one-word name may join a person as a surname: one no list knows, or a known
    place that speaks and is never placed ("Anna Houston ... Houston said": not the city)."""
    if not g.known:
        return True
    votes = _votes_of(members)
    known_only = W_KNOWN * sum(m.count for m in members)  # no mention was placed by a cue
    placed = votes.get("Location", 0.0) > known_only
    return g.known[1] == "Location" and votes.get("Person", 0.0) > 0 and not placed


def _aliases(name: str, members: list[Group], lex: Lexicon) -> list[str]:
    """The surface forms of a cluster (most frequent first, then without legal forms) other
    than its name, one per name key."""
    surfaces = [
        s for m in members for s, _ in sorted(m.surfaces.items(), key=itemgetter(1), reverse=True)
    ]
    stripped = [strip_legal(s, lex) for s in surfaces]
    aliases = []
    seen = {_key(name)}
    for s in [*surfaces, *stripped]:
        if _key(s) not in seen:
            seen.add(_key(s))
            aliases.append(s)
    return aliases


@per_lexicon
def role_nouns(lex: Lexicon) -> frozenset[str]:
    """Nouns that name a firm by its part in a tie or deal ("the buyer", "the target", "the
    parent", "the owner"): another party than the subject before, as often as not. One word
    each, as they are tested against one token ("holding company" is left out)."""
    nouns = data_words(lex, "relational_descriptions") | data_words(lex, "parent_heads")
    return frozenset(w for w in nouns if " " not in w)


def _weak(rep: Group, members: list[Group]) -> bool:
    """One uncued mention at a sentence's start: an entity kept only if related."""
    return (
        len(rep.tokens) == 1
        and sum(m.count for m in members) == 1
        and rep.noninitial == 0
        and not rep.known
        and sum(rep.votes.values()) < STRONG_VOTE
    )


class Salience:
    """The entities mentioned so far: most recent first, how often, and each sentence's order."""

    def __init__(self, registry: Registry, size: int = 32):
        self.registry = registry
        self.recent: deque[tuple[str, int]] = deque(maxlen=size)  # (entity id, sentence no)
        # entity id -> its mentions: a plain dict, not a Counter (whose missing keys go through
        # an interpreted `__missing__`)
        self.count: dict[str, int] = {}
        self.order: dict[int, list[str]] = {}  # sentence no -> entity ids in order
        # sentence no -> ids mentioned outside a prepositional phrase ("Aldren" in "Under a
        # deal with Velis, Aldren will..."): the clause subjects a reference leans to
        self.core: dict[int, list[str]] = {}
        self.fronted: dict[int, int] = {}  # sentence no -> how many of its core were fronted
        # sentence no -> ids named as possessors ("Tarlo's range"), for a place description
        self.possessors: dict[int, set[str]] = {}
        self.last: dict[str, int] = {}  # entity id -> latest sentence it was mentioned in
        # sentences that named a firm only by a role noun ("The deal values the target at ..."):
        # no sentence that named nothing (`_previous_subject`)
        self.role_said: set[int] = set()
        # sentences that spoke of a venture they did not name ("her next venture"): no earlier
        # named venture is "the venture" after them (loaders.venture_refs)
        self.loose_ventures: set[int] = set()
        # weak openers followed by a verb ("Tovenmark agreed ..."): candidates all the same
        self.verb_led: set[str] = set()
        # entity id -> the capitalized adjectives its descriptions used ("a Belgian builder")
        self.nationals: dict[str, set[str]] = {}
        # the most mentioned entity of each type in the whole article
        self.main: dict[str, str] = {}
        best: dict[str, int] = {}
        for rid, rec in registry.entities.items():
            count = sum(registry.groups[k].count for k in rec.keys if k in registry.groups)
            if count > best.get(rec.type, 0):
                best[rec.type] = count
                self.main[rec.type] = rid

    def mention(
        self, rid: str, sentence: int, oblique: bool = False, fronted: bool = False
    ) -> None:
        """Record a mention; `oblique` when it is the object of a preposition ("with X");
        `fronted` when it stands in a clause before the main one ("After X cut prices, Y
        ..."): a clause subject ranked after the main clause's."""
        self.recent.append((rid, sentence))
        self.last[rid] = sentence
        self.count[rid] = self.count.get(rid, 0) + 1
        here = self.order.get(sentence)
        if here is None:
            here = self.order[sentence] = []
            self.core[sentence] = []
            self.fronted[sentence] = 0
            for old in [k for k in self.order if k < sentence - 6]:
                del self.order[old]
                self.core.pop(old, None)
                self.possessors.pop(old, None)
                self.fronted.pop(old, None)
        here.append(rid)
        if oblique:
            return
        core = self.core[sentence]
        if fronted:
            core.append(rid)
            self.fronted[sentence] += 1
        else:
            core.insert(len(core) - self.fronted[sentence], rid)

    def _previous_subject(
        self, etype: str, sentence: int, quoted: AbstractSet[str]
    ) -> tuple[str | None, bool]:
        """The first entity of the type in the sentence before; past one that named it only
        inside a quotation ('"Brill is our main rival," a manager said.') or named nothing
        ("Marlo sold a hotel to Stay Iberia. That disposal cuts debt. The group also said
        ...": Marlo), the one before; and whether it was reached past a sentence that named
        nothing (not one that named a firm by a role noun: "the target")."""
        skipped = False
        for back in (1, 2):
            ranked = [r for r in self._ranked(sentence - back) if self._type_ok(r, (etype,))]
            if not ranked:
                if (
                    back == 1
                    and sentence - 1 not in self.order
                    and sentence - 1 not in self.role_said
                ):
                    skipped = True
                    continue  # a sentence that named nothing
                return None, False
            said = [r for r in ranked if r not in quoted]
            if said:
                return said[0], skipped
        return None, False

    def note_roles(self, sentence: int, lows: Sequence[str]) -> None:
        """Remember a sentence that says "the buyer", "the target" (`role_nouns`)."""
        roles = role_nouns(self.registry.lex)
        if any(lows[k] == "the" and lows[k + 1] in roles for k in range(len(lows) - 1)):
            self.role_said.add(sentence)

    def _ranked(self, sentence: int) -> list[str]:
        """A sentence's entities, those outside prepositional phrases first."""
        core = self.core.get(sentence, [])
        return core + [r for r in self.order.get(sentence, ()) if r not in core]

    def pair(
        self,
        etype: str,
        sentence: int,
        window: int = 4,
        exclude=(),
        noun: str = "",
        bystanders: AbstractSet[str] = frozenset(),
    ) -> list[str]:
        """The two entities "the two companies" or "both groups" name: the latest entities of
        the type, newest first, clause subjects before prepositional objects ("A and B signed
        a deal with C's backing. The two companies ...": A and B); of the noun's kind when
        two of that kind are in view ("A owes money to B Bank and C Bank. Both lenders ...")."""
        out: list[str] = []
        ranked_by: dict[int, list[str]] = {}
        for sno in range(sentence, sentence - window - 1, -1):
            core = self.core.get(sno, [])
            ranked = core[::-1] + [r for r in self.order.get(sno, ())[::-1] if r not in core]
            ranked_by[sno] = [r for r in ranked if r not in exclude and self._type_ok(r, (etype,))]
        kinds = self.kinds_of((noun,))
        if kinds:
            kind_by = {k: [r for r in v if self.kind_named(r, kinds)] for k, v in ranked_by.items()}
            if len({r for v in kind_by.values() for r in v}) >= 2:
                ranked_by = kind_by
        for sno in sorted(ranked_by, reverse=True):
            # two named in one sentence were acted on together ("A signed a deal with B. The
            # regulator C will review it. Both firms ...": A and B, not C and B)
            if len(dict.fromkeys(ranked_by[sno])) >= 2:
                two = list(dict.fromkeys(ranked_by[sno]))[:2]
                # but "A bought ships from B. C cut fares. The two companies ...": A and B,
                # or A and C? A company made a clause subject since is no bystander
                since = self._subject_since(two, sno, sentence, ranked_by, bystanders)
                return [] if since else two
        for sno in sorted(ranked_by, reverse=True):
            for rid in ranked_by[sno]:
                if rid not in out:
                    out.append(rid)
            if len(out) >= 2:
                break
        return out[:2]

    def _subject_since(
        self,
        two: list[str],
        sno: int,
        sentence: int,
        ranked_by: dict[int, list[str]],
        bystanders: AbstractSet[str],
    ) -> bool:
        """A sentence after `sno` (before `sentence`) made another candidate than `two` its
        clause subject, not a public body (a strict kind) nor a bystander (a fund, a campaign,
        an adviser): which pair is meant is unclear."""
        strict = self.registry.lex.strict_kinds
        ents = self.registry.entities
        for k in range(sno + 1, sentence):
            core = self.core.get(k, [])
            for r in ranked_by.get(k, []):
                if r in two or r in bystanders or r not in core:
                    continue
                if not self.kinds_of(tuple(ents[r].descr)) & strict:
                    return True
        return False

    def _type_ok(self, rid: str, types: tuple[str, ...]) -> bool:
        return self.registry.entities[rid].type in types

    def latest(self, etype: str, sentence: int, window: int = 3, exclude=()) -> list[str]:
        """Distinct entities of a type, newest first, mentioned within `window` sentences."""
        out: list[str] = []
        for rid, sno in reversed(self.recent):
            if sentence - sno > window:
                break
            if rid in exclude or rid in out:
                continue
            if self.registry.entities[rid].type == etype:
                out.append(rid)
        return out

    def subject(
        self,
        types: tuple[str, ...],
        sentence: int,
        window: int = 2,
        exclude: str = "",
        skip: AbstractSet[str] = frozenset(),
    ) -> str | None:
        """The first entity of these types in this sentence, else in the latest sentence
        that has one: pronouns mostly point back at a clause's subject (never `exclude`, nor
        the entities of `skip`: names inside a quotation)."""
        # a clause subject in reach beats an object of a preposition ("The deal was backed
        # by Norsk Bank. Its chief executive ..." after a sentence whose subject was the co-op)
        for pool in (self.core, self.order):
            for sno in range(sentence, sentence - window - 1, -1):
                for rid in pool.get(sno, ()):
                    if rid != exclude and rid not in skip and self._type_ok(rid, types):
                        return rid
        return None

    def topic(self, sentence: int, window: int = 6) -> str | None:
        """The organization the article is about, when named in the last `window` sentences,
        else the latest clause subject: what "a holder of 3%" holds when no company is named."""
        main = self.main.get("Organization")
        if main and sentence - self.last.get(main, -window - 1) <= window:
            return main
        return self.subject(("Organization", "Project"), sentence)

    def clause_subject(self, sentence: int) -> str:
        """The first entity this sentence named outside a prepositional phrase, or ""."""
        return next(iter(self.core.get(sentence, ())), "")

    def topical(
        self,
        etype: str,
        sentence: int,
        window: int = 4,
        head: str = "",
        words: tuple[str, ...] = (),
        object_ref: bool = False,
        quoted: AbstractSet[str] = frozenset(),
    ) -> list[str]:
        """Candidates for "the company": recent entities of a type, those of the kind the
        description's `words` name ("the carrier", "the German drugmaker") first, then (for
        an `object_ref`, a dispute verb's object) those of this sentence, then
        those described by the same noun ("the coalition", "the fund"), then the most
        talked-about.
        This sentence's own subject stays a candidate: "Nimbus is a unit of Tanaka, and the
        company, which is based in Portland, ..." is Nimbus."""
        kinds = self.kinds_of(words or (head,))
        ids = self._topical_candidates(etype, sentence, window, kinds)
        if len(ids) <= 1:
            return list(ids)
        return self._rank_topical(ids, sentence, head, words, kinds, object_ref, quoted, etype)

    def _topical_candidates(
        self, etype: str, sentence: int, window: int, kinds: frozenset[str]
    ) -> list[str]:
        """The recent entities of a type a description may mean, before any ranking."""
        ids = self.latest(etype, sentence, window)
        if kinds and not any(self.of_kind(i, kinds) for i in ids):
            # "the miner", several sentences after the only mining company was last named
            far = [r for r in self.last if self._type_ok(r, (etype,)) and self.of_kind(r, kinds)]
            if len(far) == 1:
                return far
            if kinds <= self.registry.lex.strict_kinds:
                return []  # "the ministry" with no ministry in reach: not the latest company
        # the article's main company stays in reach of "the company" a little longer
        main = self.main.get(etype)
        if (
            main
            and main not in ids
            and main in self.last
            and sentence - self.last[main] <= 3 * window
        ):
            ids.append(main)
        ents = self.registry.entities
        if len(ids) > 1:
            # "Consumer group Fair Drive Trust criticised the carmaker": a weak opening word
            # ("Consumer") is no antecedent
            # ("Tovenmark agreed to ...": a verb-led opener stays, after the strong ones)
            strong = [i for i in ids if not ents[i].weak]
            ids = strong + [i for i in ids if ents[i].weak and i in self.verb_led] or ids
        return ids

    def _rank_topical(
        self,
        ids: list[str],
        sentence: int,
        head: str,
        words: tuple[str, ...],
        kinds: frozenset[str],
        object_ref: bool,
        quoted: AbstractSet[str],
        etype: str,
    ) -> list[str]:
        """`topical`'s candidates, the likeliest first (see its docstring)."""
        ents = self.registry.entities
        # "Quintic Labs was founded by X. The company raised ...": a reference opening its
        # sentence leans to the subject of the sentence before
        prev = None
        # (a place before it is no subject: "Based in Leeds, the firm ...")
        if all(self._type_ok(r, ("Location",)) for r in self.order.get(sentence, ())):
            prev, skipped = self._previous_subject(etype, sentence, quoted)
            if skipped and prev is not None and not self._chain_fits(prev, head, kinds):
                prev = None
        # "The Energy Regulation Board fined Halsey Water. The utility said ...": a public
        # body (a strict kind) is no company a company noun describes
        strict = self.registry.lex.strict_kinds
        other = bool(kinds) and not kinds & strict
        other = other or head in data_words(self.registry.lex, "company_heads")
        # "A lost money, and B acquired the company": this sentence's own clause subjects and
        # objects (not those of its prepositions), the first named first
        here = self.core.get(sentence, []) if object_ref else []
        # "Asante Cocoa, a Ghanaian supplier ... The supplier": a specific noun the text gave
        # an entity beats the previous sentence's subject ("the company" does not)
        specific = head not in data_words(self.registry.lex, "generic_heads")
        modifiers = words[:-1]
        blind = data_words(self.registry.lex, "name_blind_heads")
        placed = self._possessor_place(ids, sentence, modifiers)
        return sorted(
            ids,
            key=lambda i: (
                # "Halvard Group ... Corvex cut prices. The group's chief executive": the
                # description's noun in a name ("the yard": Brava Yards, before a shipowner)
                not (_head_in_name(head, ents[i].name) and head not in blind),
                bool(kinds) and not self.of_kind(i, kinds),
                # "the Dallas company": first a firm this sentence named as a possessor
                # ("Orla sews Tarlo's range for the Dallas company": Tarlo)
                placed and not self._named_possessor(i, sentence),
                other and self.of_kind(i, strict),
                here.index(i) if i in here else len(here),
                specific and head not in ents[i].descr,
                # "the miller" (food, milling): Dessa Mills (both) before Orrin Foods (food)
                -len(self.kinds_of(tuple(ents[i].descr)) & kinds),
                # "Venn is a family-owned business ... the family-owned business"
                -self.fit(i, modifiers),
                i != prev,
                head not in ents[i].descr,
                -self.count.get(i, 0),
            ),
        )

    def _possessor_place(
        self, ids: Sequence[str], sentence: int, modifiers: tuple[str, ...]
    ) -> bool:
        """A description with a place in it ("the Dallas company") in a sentence that named a
        possessor, when no firm in view was itself described by that place (a word of the
        place's, its name's or descriptors', among the firm's): "Sorrel, a Basel company, sells
        Henley's vaccines, and the Basel company ...": Sorrel keeps it."""
        if not self.possessors.get(sentence):
            return False  # (a place among the modifiers matters only then)
        places = place_described(self.registry, modifiers)
        ents = self.registry.entities
        words = {w for p in places for w in ents[p].descr}
        return bool(places) and not any(ents[r].descr & words for r in ids if r not in places)

    def _named_possessor(self, rid: str, sentence: int) -> bool:
        """The entity was named earlier in this sentence as a possessor: "Orla sews Tarlo's
        range for the Dallas company" (Tarlo)."""
        return rid in self.possessors.get(sentence, ())

    def note_possessor(self, rid: str, sentence: int) -> None:
        """Record a name said as a possessor ("Tarlo's range")."""
        self.possessors.setdefault(sentence, set()).add(rid)

    def named_after_possessors(self, rid: str, sentence: int) -> None:
        """A firm named after the sentence's possessors, not as one, is nearer a later place
        description than they are ("Fenner sold Lark's stations to Opal, and the Denver company
        will run them": Opal, by the usual ranking): forget them."""
        if self.registry.type_of(rid) == "Organization":
            self.possessors.pop(sentence, None)

    def _chain_fits(self, prev: str, head: str, kinds: frozenset[str]) -> bool:
        """A subject reached past a sentence that named nothing stays the reading of a
        description only when the noun says nothing against it: no role noun ("Oslo sold Tiva
        to Cora. ... The buyer": Cora's), no kind its name or descriptors miss ("the brewer"),
        no specific noun the text never called it ("the boatbuilder")."""
        lex = self.registry.lex
        if head in role_nouns(lex):
            return False
        if kinds:
            return self.kind_named(prev, kinds)
        # "the boatbuilder", a noun the text gave no one: not past a sentence
        return head in data_words(lex, "generic_heads") or self.called(prev, head)

    def kinds_of(self, words: tuple[str, ...]) -> frozenset[str]:
        """The kinds of organization some words name: "the carrier" -> airline, shipping..."""
        table = self.registry.lex.kinds
        out: frozenset[str] = frozenset()
        for w in words:
            got = table.get(w)
            if got:
                out |= got
        return out

    def fit(self, rid: str, words: tuple[str, ...]) -> int:
        """How many of a description's words ("family-owned business") the text said of
        the entity."""
        return len(set(words) & self.registry.entities[rid].descr)

    def called(self, rid: str, head: str) -> bool:
        """The text called the entity by the description's noun: in its name ("the group",
        Halvard Group) or a description of it ("Asante Cocoa, a Ghanaian supplier")."""
        rec = self.registry.entities[rid]
        return _head_in_name(head, rec.name) or head in rec.descr

    def of_kind(self, rid: str, kinds: frozenset[str]) -> bool:
        """The entity's descriptors name one of these kinds of organization."""
        return bool(self.kinds_of(tuple(self.registry.entities[rid].descr)) & kinds)

    def kind_named(self, rid: str, kinds: frozenset[str]) -> bool:
        """The entity's name words or descriptors name one of these kinds ("Corvin Bank",
        "Quarro, a copper miner")."""
        words = tuple(self.registry.entities[rid].name.lower().split())
        return self.of_kind(rid, kinds) or bool(self.kinds_of(words) & kinds)

    def described(self, rid: str, head: str) -> None:
        """Remember that a description named the entity ("the miner" is Quarro Mining), so a
        later "the miner" finds it too."""
        self.registry.entities[rid].descr.add(head)

    def national(self, rid: str, adjectives: AbstractSet[str]) -> None:
        """Remember the capitalized adjectives that described the entity ("Baltrum, a Belgian
        contractor"), so "the Belgian firm" later prefers it."""
        if adjectives:
            self.nationals.setdefault(rid, set()).update(adjectives)

    def national_first(
        self, ids: list[str], adjectives: AbstractSet[str], etype: str, sentence: int
    ) -> list[str]:
        """Candidates for "the Belgian contractor": entities an earlier description gave the
        same adjective first (even a little out of `ids`' reach), then those with no such
        adjective; none given another one ("a German builder")."""
        nat = self.nationals
        near = [
            r
            for r, sno in self.last.items()
            if sentence - sno <= 12
            and self._type_ok(r, (etype,))
            and not adjectives.isdisjoint(nat.get(r, ()))
        ]
        near.sort(key=lambda r: -self.last[r])
        same = [r for r in ids if r in near] + [r for r in near if r not in ids]
        return same + [r for r in ids if r not in same and not nat.get(r)]

    def choose(self, options: list[str]) -> str:
        """Of several entities sharing a name, the most recently mentioned one."""
        if len(options) == 1:
            return options[0]
        for rid, _ in reversed(self.recent):
            if rid in options:
                return rid
        return options[0]


def capital_adjectives(texts: list[str], i: int, j: int, covered: AbstractSet[int]) -> set[str]:
    """The capitalized words inside a description from i to j that no name covers: the
    nationality of "the Belgian contractor" (lower-cased); not its opening word."""
    return {
        texts[k].lower()
        for k in range(i + 1, j - 1)
        if k not in covered and texts[k].isalpha() and texts[k].istitle()
    }


def described_adjectives(
    texts: list[str], lows: list[str], i: int, j: int, covered: AbstractSet[int], lex: Lexicon
) -> set[str]:
    """The capitalized adjectives of a description of the name from i to j: "Belgian
    contractor Baltrum", "Baltrum Dredging, a Belgian dredging contractor," (lower-cased)."""
    out: set[str] = set()
    k = i - 1
    while k >= 0 and k >= i - 3 and lows[k].isalpha() and texts[k].islower():
        if lows[k] in lex.stopwords:
            break
        k -= 1
    if k < i - 1 and k >= 0 and k not in covered and texts[k].isalpha() and texts[k].istitle():
        if k > 0 or nationality(lows[k]) or lex.demonym(lows[k]):  # not "Harbour authority X"
            out.add(lows[k])  # "Belgian contractor Baltrum"
    if j + 2 < len(lows) and lows[j] == "," and lows[j + 1] in SKIP_DETS:
        k = j + 2
        while k < min(len(lows), j + 6) and k not in covered and texts[k].isalpha():
            if texts[k].istitle():
                out.add(lows[k])  # "Baltrum, a Belgian contractor"
            elif lows[k] in lex.stopwords:
                break
            k += 1
    return out


def _head_in_name(head: str, name: str) -> bool:
    """The description's noun is a word of the name, singular or plural: "the yard" and
    "Brava Yards", "the group" and "Halvard Group", "the dairy" and "Brenmoor Dairies"."""
    words = name.lower().split()
    if head in words or head + "s" in words:
        return True
    return len(head) > 3 and head.endswith("y") and head[:-1] + "ies" in words
