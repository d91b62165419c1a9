"""What a description refers to: "the company", "the carmaker", "the Basel-based drugmaker".

`Descriptions` ranks the candidate antecedents of a definite description for
`loaders.references.ReferenceResolver`, which builds one for each question it asks (two kinds):

- `resolve(ref, s)`: the entity a description (i, j, "np", type) of sentence `s` stands for, and
  the confidence; else None. It first asks its own sentence (an appositive name, a claim's
  author, a speaker's firm), then the roles the text gave ("the supplier"), then ranks the
  topical candidates of the type (`Salience.topical`) by where the description stands: a
  fronted clause, the article's topic, a paragraph's firm, a place ("the Basel-based"), a
  nationality, a deal or dispute verb, what the text called each, the subject chain.
- `far_topic(s, i, j)`: the article's topic for a description (or an opening "Its") no
  organization in reach fits.

It reads the resolver's memory of the sentences before (`refs`: the topic, the pair a sentence
opened with, quotations, first mentions, advisers, the organizations introduced without a name)
and records back two things: the sentence that names a company a deal will create
(`new_entity_at`) and the lone sentence openers the text referred to (`referred`). The resolver
keeps no `Descriptions`: one held for the article would tie the two in a reference cycle that
leaves each article's objects to the garbage collector (measured: 1.2% more instructions).

    >>> from loaders.article import extract
    >>> doc = extract("Halden Bio is based in Basel. The Basel-based firm sued Quillex.")
    >>> ("halden-bio", "DISPUTES", "quillex") in doc.relations
    True
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, final

from loaders.acquired_refs import bought_owner, founded_bought
from loaders.adviser_refs import advisers_last
from loaders.based_descriptions import (
    based_places,
    bid_subject,
    no_public_body,
    parent_named,
    placed_elsewhere,
    reporting_subject,
)
from loaders.bought_mill import bought_far
from loaders.bought_units import bought_unit
from loaders.cataphora import appositive_name
from loaders.claimant import claimant
from loaders.clause_subject import clause_subjects, object_reference
from loaders.coref import Salience, capital_adjectives
from loaders.definite_guards import fronted_out, merger_built, no_place_names
from loaders.holder_refs import (
    bought_facility,
    investors_last,
    main_held_first,
    units_owned_first,
)
from loaders.host_clause import host_subject
from loaders.lexicon import Lexicon, per_lexicon
from loaders.non_names import data_words
from loaders.oblique_mentions import oblique
from loaders.opposed_refs import opposed_description
from loaders.paragraph_firm import paragraph_firm, paragraph_topic
from loaders.pronoun_binding import own_clause_object, own_clause_subject
from loaders.relations.deal_roles import ROLE_NOUNS as BUYER_ROLES
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, dateline_end
from loaders.relations.opening_participle import phrase_names
from loaders.relations.rival_words import rival_words
from loaders.relations.second_roles import PERFECT_LEAD_FORMS
from loaders.relations.unnamed_roles import LEAD_VERBS
from loaders.relations.words import (
    ACQUIRED_HEADS,
    CONFLICT_TYPES,
    DEAL_TYPES,
    DEFINITE_DETS,
    DISPUTES_ONLY,
    PREPOSITIONS,
    REPORTING,
    SELF_HEADS,
    SKIP_DETS,
)
from loaders.rival_refs import main_over_rival, rivals_after_topic
from loaders.role_refs import ROLE_WINDOW, holds_by_name, new_party, role_fits
from loaders.sentence_context import INVESTOR_KIND
from loaders.sentence_state import Ref, Resolution, SentenceState
from loaders.speaker_firm import speaker_firm
from loaders.staying_firm import staying_firm
from loaders.subject_chain import acting_subject, bought_by_chain
from loaders.tied_firm import agent_firm, started_by_firm, started_by_pronoun, tied_firm
from loaders.title_firm import title_firm
from loaders.topic import first_person_clause, opens_paragraph, paragraph_start, topic_fits
from loaders.venture_refs import named_venture
from loaders.voiced_groups import people_possessor, voiced_by
from loaders.where_seat import where_seat

if TYPE_CHECKING:
    from loaders.references import ReferenceResolver

# the heads of a bought company no firm calls itself by ("the subsidiary", not "the business"):
# all a titled person's relative clause reads as the bought one (`bought_unit`)
PART_HEADS = ACQUIRED_HEADS - SELF_HEADS


def _demonym_of(adjective: str, place: str) -> bool:
    """The adjective is made from the place's name (its last word): "Belgian" Belgium,
    "Korean" South Korea."""
    place = place.rsplit(" ", 1)[-1]
    common = len(os.path.commonprefix([adjective, place]))
    return common >= max(4, len(place) - 2)


def _in_relative(lows: list[str], items: list[Mention], rid: str) -> bool:
    """rid's first mention in the sentence (lows, items) sits inside a "who" clause ("P, who
    joined from rival A in 2020, said"), with no descriptor of its own (not "A, a dyer")."""
    m = next((m for m in items if m.ids[0] == rid), None)
    if m is None:
        return False
    if lows[m.j : m.j + 1] == [","] and m.j + 1 < len(lows) and lows[m.j + 1] in SKIP_DETS:
        return False  # "A, a Bradford dyer": described, not named in passing
    who = [w for w in range(m.i) if lows[w] == "who"]
    return bool(who) and "," not in lows[who[-1] : m.i]


def _kind_rival(salience: Salience, firm: str, head: str) -> bool:
    """Another organization of the article may be "the mill" too: the text called it so, or
    its name or descriptors name the noun's kind ("Brava Paper" for "the mill")."""
    kinds = salience.kinds_of((head,))
    ents = salience.registry.entities
    return any(
        r != firm
        and ents[r].type == "Organization"
        and (salience.called(r, head) or (bool(kinds) and salience.kind_named(r, kinds)))
        for r in salience.last
    )


def _titled_relative(lows: list[str], items: list[Mention], i: int) -> bool:
    """The description at i sits in a "who" clause about the person the sentence's opening
    modifier titles ("Ivel co-founder Ida Marsh, who runs the business"), not about another
    person ("Ivel chief Ida Marsh said Tom Ede, who runs the business, ...")."""
    who = next((k for k in range(i - 1, 0, -1) if lows[k] == "who"), -1)
    if who < 0 or len(items) < 2:
        return False
    end = who - 1 if lows[who - 1] == "," else who
    before = [m for m in items if m.j == end]
    return bool(before) and before[0] is items[1]


def _rival_thing(lex: Lexicon, words: tuple[str, ...]) -> bool:
    """ "the main competing service", "the rival app": a thing offered by a rival (a rival
    modifier before one of `rival_things`), never the firm or product in view."""
    rw = rival_words(lex)
    return (
        len(words) >= 2
        and words[-1] in rw.rival_things
        and not rw.rival_mods.isdisjoint(words[:-1])
    )


def after_participle(lows: list[str], i: int) -> bool:
    """The description at i follows a trailing participle ("..., accusing the Cyprus company
    of"): measured, hiding the place of any other unresolved description cost blind13 0.003
    mean P."""
    return i >= 2 and lows[i - 2] == "," and lows[i - 1].endswith("ing")


def conflict_verb(lex: Lexicon, w: str, types: frozenset[str] = frozenset()) -> bool:
    """A word that starts a DISPUTES or COMPETES_WITH trigger ("criticised", "sued"), or
    one of `types`."""
    if w not in lex.triggers or w in REPORTING:
        return False
    return any(
        t.family == "verb" and (types or CONFLICT_TYPES).intersection(t.types)
        for _, trigs in lex.triggers.bucket(w)
        for t in trigs
    )


@per_lexicon
def _started_verbs(lex: Lexicon) -> frozenset[str]:
    """The verbs of "P, who started / has run the firm" (`event_founding_verbs`, the perfect
    leading forms)."""
    return data_words(lex, "event_founding_verbs") | PERFECT_LEAD_FORMS


@per_lexicon
def _own_passives(lex: Lexicon) -> frozenset[str]:
    """The passives of a subject's own acts (`firm_object_verbs`, `firm_context_passive`)."""
    return data_words(lex, "firm_object_verbs") | data_words(lex, "firm_context_passive")


@final
class Descriptions:
    """The description ranking for one question of an article's `ReferenceResolver` (`refs`),
    whose memory of the sentences before it reads; the article's registry, relations and
    memories are bound once, as its own attributes."""

    def __init__(self, refs: ReferenceResolver) -> None:
        self.refs = refs
        self.lex = refs.lex
        self.registry = refs.registry
        self.doc = refs.doc  # the relations found so far
        self.deals = refs.deals
        self.roles = refs.roles
        self.voices = refs.voices
        self.mentioned = refs.mentioned

    def resolve(self, ref: Ref, s: SentenceState) -> Resolution | None:
        """ "the company", "the Texas project": the topical entity of the type and head."""
        lows, sno, salience = s.lows, s.sno, s.salience
        i, j, _, etype = ref
        words = tuple(lows[i + 1 : j])
        if self._names_new_entity(words, sno):
            self.refs.new_entity_at = sno
            return None  # "the combined company": the organization a deal will create
        if _rival_thing(self.lex, words):
            return None  # "undercuts the main competing service, Velta": another's, not X
        people = people_possessor(words, self.lex)  # "the residents' group": only a name
        voiced = self._voiced(people)  # that carries the residents
        # "Its chief, P, denied the guild's claims": once, for both readings below
        against = self._speaking_firm(ref, s, words)
        bound = self._np_in_sentence(ref, s, against)
        if bound is not None:
            return bound if all(voiced(r) for r in bound[0]) else None
        role = self._role_bound(ref, s)
        if role is not None:  # "the supplier": the one firm in view given the role
            return ((role[0],), 0.8) if len(role) == 1 else None
        if etype == "Organization" and j == i + 2:  # "A bought B. P, who founded the company"
            firm = self._firm_of_clause(s, i)
            if firm is not None:
                return (firm,), 0.75
        learned = self._learned(lows[j - 1], etype, salience)
        if learned is not None:
            return ((learned,), 0.75) if learned and voiced(learned) else None
        ids = salience.topical(
            etype,
            sno,
            head=lows[j - 1],
            words=words,
            object_ref=object_reference(lows, i, j) and conflict_verb(self.lex, lows[i - 1]),
            quoted=self.refs.quoted_before,
        )
        ids = [r for r in ids if voiced(r) and r != against]
        if people and not ids:
            return None  # no fallback to the firm in view either
        ranked = self._drop_fronted(ids, ref, s)
        if ranked is None:
            return None
        ids = self._topic_first(ranked, i, j, s)
        if etype == "Organization" and ids and ids[0] == self.refs.topic:
            ids = self._paragraph_owned(ids, s, words, lows[j - 1])
            if not ids:
                return None  # "Harwick bought Dalby. P, who founded the chain": neither is one
        if self._unnamed_meant(ids, i, lows[j - 1], salience):
            return None  # "... and to a regional airline. The airline is based in Leeds"
        ids = self._placed_first(ids, i, j)
        based = self._based_ranked(ids, ref, s)
        if based is not None and not based:
            return None  # "Quillex is based in Harnby. ... The Fenby-based group": not Quillex
        return self._np_ranked(based or ids, ref, words, s)

    def _learned(self, head: str, etype: str, salience: Salience) -> str | None:
        """The firm a noun the article gave one names (`loaders.learned_nouns`): "the tanner"
        after "Halbrook, a tanner" ("" when two share it); "the mill" after "X, a paper mill"
        when no other firm may be a mill. None: no such noun, the usual ranking decides."""
        if etype != "Organization":
            return None
        learned = self.refs.learned
        if learned.noun_at(head):
            firm = learned.bind(head, salience.last) or ""
        else:
            firm = learned.described(head) or ""
            if not firm or _kind_rival(salience, firm, head):
                return None
        if firm:
            salience.described(firm, head)  # a later "the tanner" finds it too
        return firm

    def _role_bound(self, ref: Ref, s: SentenceState) -> list[str] | None:
        """ "the supplier", "the regulator": the organizations in view the text gave the role
        (`loaders.role_refs`); none for a party it did not name ("the regulator in Spain");
        None when the noun is no role or no organization in view was given it."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        i, j, _, etype = ref
        noun = lows[j - 1]
        role = self.roles.table.get(noun)
        if role is None or etype != "Organization" or lows[i] not in DEFINITE_DETS:
            return None
        if new_party(lows, j, self.refs.covered):
            return []
        ents = self.registry.entities
        near = [
            r
            for r, last in salience.last.items()
            if sno - last <= ROLE_WINDOW and ents[r].type == "Organization"
        ]
        given = self.roles.given_here(lows, items, i)
        nationals = salience.nationals

        def said(r: str) -> set[str]:  # the words the text said of r: name, descriptors
            named = set(ents[r].name.lower().split()) | ents[r].descr
            return named | {w.lower() for w in nationals.get(r, ())}

        def named(r: str) -> bool:  # a descriptor, apposition or name that says the role
            return holds_by_name(role, ents[r].name, ents[r].descr)

        return role_fits(role, tuple(lows[i + 1 : j]), near, given, said, named)

    def _np_ranked(
        self, ids: list[str], ref: Ref, words: tuple[str, ...], s: SentenceState
    ) -> Resolution | None:
        """The last rankings of a descriptive reference's candidates (the organisation's
        holdings, nationals, what the text called it, the subject chain) and its binding."""
        lows, salience = s.lows, s.salience
        _, j, _, etype = ref
        if etype == "Organization":  # "Keswin Capital holds 6% of T. The group ...": T
            ids = self._org_ranked(ids, s, j, words)
            ids = main_held_first(ids, words, lows[j:], salience, self.doc.relations)
        kinds = salience.kinds_of(words)
        ids = self._nationals_first(ids, ref, kinds, s)
        if ids and kinds:
            salience.described(ids[0], lows[j - 1])
        called = self._one_called(ids, lows[j - 1], salience)
        if called is None:
            return None
        ids = self._np_fallback(called, ref, s)
        if not ids:
            return None
        if etype == "Organization":
            ids = self._chained(ids, s, lows[j - 1])
        if len(ids) == 1 or ids[0] in salience.verb_led:
            # "Quillex makes ovens. The company competes with ...": a lone sentence opener
            # the text then calls "the company" is an entity, not a capitalized word
            self.refs.referred.add(ids[0])
        return ((ids[0],), 0.8 if len(ids) == 1 else 0.6)

    def _chained(self, ids: list[str], s: SentenceState, head: str) -> list[str]:
        """The candidates with the acting subject of the sentence before first
        (`loaders.subject_chain`), when it is one of them and the paragraph goes on (no new
        one opens); the first candidate stays when this or the sentence before names it, when
        the chained firm bought it and the noun names a bought firm ("the business"), when
        the noun fits it and not the chained firm ("the lender"), or when it is the
        paragraph's topic."""
        sno, salience = s.sno, s.salience
        lows, before = self.refs.items_before
        chain = acting_subject(self.lex, lows, before, self.registry.type_of)
        if (
            not chain
            or chain == ids[0]
            or chain not in ids
            or opens_paragraph(self.refs.pairs, sno)
        ):
            return ids
        if any(ids[0] in salience.order.get(k, ()) for k in (sno - 1, sno)):
            return ids  # "A bought B. The company ...": a choice among the acts' own parties
        if head in ACQUIRED_HEADS and bought_by_chain(chain, ids[0], self.doc.relations):
            return ids  # "A bought B. A wants growth. The business ...": A's purchase, B
        kinds = salience.kinds_of((head,))
        fits = [salience.called(r, head) or salience.of_kind(r, kinds) for r in (ids[0], chain)]
        if fits[0] and not fits[1]:
            return ids  # "the lender": not a chained firm no text called a lender
        type_of = self.registry.type_of
        if ids[0] == paragraph_topic(
            self.refs.pairs, sno, salience, self.refs.topic or "", type_of
        ):
            return ids
        return [chain] + [x for x in ids if x != chain]

    def _voiced(self, people: str) -> Callable[[str], bool]:
        """Whether an entity may be a group described by the `people` it speaks for."""
        if not people:
            return lambda rid: True
        entities = self.registry.entities
        return lambda rid: rid in entities and voiced_by(people, entities[rid].name)

    def _firm_of_clause(self, s: SentenceState, i: int) -> str | None:
        """The firm a bare "the company" at i means from the clause around it: the one bought
        ("A bought B. The company's founder, X, ...": B), the one the holder of a staying
        clause is tied to ("P will stay on to run the company": `staying_firm`), or the one
        the person of "P, who heads the company" is tied to ("Roduit, who still heads the
        company": her firm), or the subject of the passive P is the agent of (`agent_firm`)."""
        items, lows, sno = s.items, s.lows, s.sno
        type_of = self.registry.type_of
        taken = founded_bought(
            self.lex, lows, items, i, self.deals.taken, sno, type_of
        ) or bought_owner(self.lex, lows, items, i, self.deals.taken, sno)
        if taken is not None:
            return taken
        # "Hollins would continue to run the business": the firm the holder is tied to
        stays = staying_firm(self.lex, lows, items, i, self.doc.relations, type_of)
        if stays is not None:
            return stays
        # "P, who started the firm", "P, who has run the firm"; "X was set up by P, who
        # heads the firm to this day": the passive's subject
        verb = self._leading_or_started
        tied = tied_firm(lows, items, i, self.doc.relations, type_of, verb)
        if tied is not None:
            return tied
        if started_by_pronoun(lows, i):  # the cheap test before the salience look-up
            people = s.salience.latest("Person", sno, 2)
            person = people[0] if len(people) == 1 else None
            tied = started_by_firm(lows, i, person, self.doc.relations, type_of, verb)
            if tied is not None:  # "The company she started": her firm
                return tied
        return agent_firm(lows, items, i, type_of, verb, self._own_passive)

    def _own_passive(self, words: Sequence[str]) -> bool:
        """Words opening with a passive of founding, owning, dealing or leading ("founded",
        "set up", "bought", "chaired"): the subject's own acts, not "sued" or "hired"."""
        own = _own_passives(self.lex)
        return words[0] in own or words[0] in LEAD_VERBS or " ".join(words[:2]) in own

    def _leading_or_started(self, w: str) -> bool:
        """A verb of leading or founding after "who" ("runs", "started", "has run")."""
        return self.voices.leading_verb(w) or w in _started_verbs(self.lex)

    def _org_ranked(
        self, ids: list[str], s: SentenceState, j: int, words: tuple[str, ...]
    ) -> list[str]:
        """An organization noun phrase's candidates with investors, advisers and the topic's
        rivals put last and a facility bought first ("A bought B. The dairy": B)."""
        lows, salience = s.lows, s.salience
        rels, head = self.doc.relations, lows[j - 1]
        ids = investors_last(ids, head, lows, j, salience, rels)
        ids = bought_facility(ids, head, salience, rels)
        ids = bought_far(ids, head, salience, rels)  # the mill bought sentences before
        ids = units_owned_first(ids, head, salience, rels)
        ids = advisers_last(ids, head, salience, self.refs.advisers, rels, self.refs.clients)
        ids = rivals_after_topic(ids, head, self.refs.topic, salience)  # not its rival
        # "the company's rivals K and P ... The company": the main firm
        return main_over_rival(ids, words, salience, s.sno, self.refs.topic)

    def _one_called(self, ids: list[str], head: str, salience: Salience) -> list[str] | None:
        """The candidates left when the head names one of them, or None when it could be either
        of two: "the bottler" is the one firm called so; "Corbel Bank and Harrow Bank fell. The
        bank ...", "A and B to merge ... The company": either of them."""
        if head in self.lex.trade_heads:
            ids = [x for x in ids if salience.called(x, head)]
            if len(ids) != 1:
                return None
        if self._pair_both_called(ids, head, salience) or self._merging_pair(ids):
            return None
        return ids

    def _drop_fronted(self, ids: list[str], ref: Ref, s: SentenceState) -> list[str] | None:
        """The candidates of a noun phrase (those quoted before last) ranked
        (`_rank_described`), less the names of a
        fronted clause or phrase before it ("After buying A, the group": not A; "Backed by X,
        the company bought Y": not X); None when only those were at hand."""
        items, lows = s.items, s.lows
        i = ref[0]
        ids = [x for x in ids if x not in self.refs.quoted_before] or ids
        kept = fronted_out(ids, items, lows, i, self.lex)
        if ids and not kept:
            return None
        ids = self._rank_described(kept, ref, s)
        if kept and not ids:
            return None  # "A sued B, accusing the company of ...": only A was at hand
        reg = self.registry
        dated = items and items[0].i == 0 and reg.type_of(items[0].ids[0]) == "Location"
        start = dateline_end(lows) if dated else 0  # "OSLO, April 2 - Backed by X, ..."
        opening = phrase_names(lows, items, i, self.lex, start)  # "Backed by X, the company"
        if ids and opening and set(ids) <= opening:
            return None  # X alone was at hand
        return [x for x in ids if x not in opening]

    def _paragraph_owned(
        self, ids: list[str], s: SentenceState, words: tuple[str, ...], head: str
    ) -> list[str]:
        """The candidates of a description whose first is the topic, in a paragraph about
        another firm (`loaders.paragraph_firm`): that firm first when the description fits it;
        none when it fits neither that firm nor the topic ("the chain" after "Harwick Foods
        agreed to buy Dalby Mills", in an article about a brewer)."""
        sno, salience = s.sno, s.salience
        own = paragraph_firm(self.refs.pairs, sno, salience, ids[0], self.registry.type_of)
        if not own:
            return ids
        if own in ids and topic_fits(salience, own, words, head):
            return [own] + [x for x in ids if x != own]
        return ids if topic_fits(salience, ids[0], words, head) else []

    def _nationals_first(
        self, ids: list[str], ref: Ref, kinds: frozenset[str], s: SentenceState
    ) -> list[str]:
        """ "the Belgian contractor": the one described as Belgian first (`kinds`: those the
        description's words name)."""
        sno, salience = s.sno, s.salience
        i, j, _, etype = ref
        adjectives = capital_adjectives(self.refs.texts, i, j, self.refs.covered)
        if kinds and kinds <= self.lex.strict_kinds:
            adjectives = set()  # "the Swiss health ministry" is no Swiss company
        if adjectives:  # "the Belgian contractor": the one described as Belgian
            self._placed_nationals(adjectives, salience)
            ids = salience.national_first(ids, adjectives, etype, sno)
        return ids

    def _np_fallback(self, ids: list[str], ref: Ref, s: SentenceState) -> list[str]:
        """With no topical candidate, the topic long before or the one project or product
        mentioned; for an organization, never a place's name."""
        reg = self.registry
        i, j, _, etype = ref
        if not ids and etype == "Organization":
            ids = self.far_topic(s, i, j)  # "the company", long after its name
        if not ids and etype in ("Project", "Product"):
            same = [r for r, e in reg.entities.items() if e.type == etype and r in self.mentioned]
            ids = same if len(same) == 1 else []
        if not ids and etype == "Project":  # "the venture": one the text named a firm
            ids = named_venture(s.lows[j - 1], s.sno, s.salience)
        if etype == "Organization":  # "the Tarrow River" typed a firm is no "the company"
            ids = no_place_names(ids, reg, self.lex)
        return ids

    def _np_in_sentence(self, ref: Ref, s: SentenceState, against: str) -> Resolution | None:
        """ "the company" that its own sentence names: an appositive name, the claim's author,
        the firm of a modifier's person (unless the description is the other side of that
        firm's speaker, `against`: `_speaking_firm`), a host clause's subject, a quoted
        speaker's firm; else None (the topical entity is asked)."""
        items, lows, salience = s.items, s.lows, s.salience
        reg = self.registry
        i, j, _, etype = ref
        words = tuple(lows[i + 1 : j])
        named = appositive_name(lows, self.refs.here, j, reg.type_of, etype)
        if named:
            return (named,), 0.8  # "The Ravelle-based firm, Kestrel Aero, hired staff"
        built = merger_built(lows, items, i, reg.type_of) if etype == "Organization" else ""
        if built:
            return (built,), 0.75  # "built C by merging A and B, and the group later ..."
        author = claimant(lows, items, i, j, self.lex, reg.type_of)
        if author and etype == "Organization":
            return (author,), 0.75  # "a suit by A against B ... the company's claims": A
        titled = title_firm(lows, items, i, self.lex, reg.type_of) if len(words) == 1 else ""
        if titled and etype == "Organization":
            titled = self._bought_unit(titled, lows[j - 1], s)
            return (titled,), 0.75  # "said Ana Roe, CEO of M, a co-founder of the firm": M
        spoken = speaker_firm(lows, items, i, self.lex, reg.type_of)
        if spoken and etype == "Organization" and topic_fits(salience, spoken, words, lows[j - 1]):
            spoken = self._bought_unit(spoken, lows[j - 1], s)
            return (spoken,), 0.75  # "P, Crumbworth's chief executive, said the firm ...": C
        owner = "" if against else self._modifier_owner(s, words, etype)
        if owner:  # "Tarnwell co-founder Ivo Bell, who runs the company": in the titled
            # person's own relative only a noun of no firm's self ("the subsidiary", not "the
            # business") means a company it bought; "said Tom Ede, who runs the business" may
            heads = PART_HEADS if _titled_relative(lows, s.items, i) else ACQUIRED_HEADS
            return (self._bought_unit(owner, lows[j - 1], s, heads),), 0.75
        if etype == "Organization":
            seat = where_seat(
                lows,
                items,
                i,
                j,
                reg.type_of,
                lambda x: reg.entities[x].name,
                lambda x: topic_fits(salience, x, words, lows[j - 1]),
                PART_HEADS,
            )
            if seat:  # "set it up in C, where the chain is based": it; a lone opener the
                self.refs.referred.add(seat)  # clause calls "the operator" is an entity
                return (seat,), 0.75
        host = host_subject(lows, items, i, j, reg.type_of)
        if host and topic_fits(salience, host, words, lows[j - 1]):
            return (host,), 0.75  # "Halvec jumped after Orvel bought 8% of the company"
        if etype == "Organization" and first_person_clause(lows, i, self.refs.quoted):
            # '"I founded the company," said X of Y'
            return self.voices.speaker(s, self.refs.quoted, self.refs.here)
        return None

    def _bought_unit(
        self, firm: str, head: str, s: SentenceState, heads: frozenset[str] = ACQUIRED_HEADS
    ) -> str:
        """`bought_units.bought_unit` over the article's OWNS index (`Ownership`)."""
        relations = self.doc.relations
        owned = self.refs.ownership.update(relations).owned.get(firm, ())
        return bought_unit(firm, head, owned, relations, s.salience, s.sno, heads)

    def _topic_first(self, ids: list[str], i: int, j: int, s: SentenceState) -> list[str]:
        """A description opening a sentence means the article's topic (`loaders.topic`)
        rather than a company named in passing: at a new paragraph, one the paragraph before
        named aside; mid-paragraph, one only the relative clause of the person-led sentence
        just before named ("P, who joined from rival A, said ... The company's works")."""
        lows, sno, salience = s.lows, s.sno, s.salience
        topic = self.refs.topic
        if topic is None or i > 0 or not ids or ids[0] == topic:
            return ids
        if ids[0] in self.refs.first_line or topic in salience.order.get(sno, ()):
            return ids
        if topic not in salience.last or not self._named_less(ids[0], topic, salience):
            return ids
        first, oblique = self.refs.first_named.get(ids[0], (-1, False))
        passing = oblique or self._named_aside(ids[0], first, topic, salience)
        if opens_paragraph(self.refs.pairs, sno):
            if not passing or first < paragraph_start(self.refs.pairs, sno - 1):
                # a company the article spoke of before the paragraph just ended, or one it
                # introduced as a subject
                return ids
        elif not (
            oblique
            and first == sno - 1
            and self._person_led(sno - 1, salience)
            and _in_relative(*self.refs.items_before, ids[0])
        ):
            # "Chief executive P, who joined from rival A, said ... The company's works":
            # a company only a person's relative clause just before named in passing (not
            # "P spent a decade at A, a Bradford dyer. The firm ...": A)
            return ids
        if not topic_fits(salience, topic, tuple(lows[i + 1 : j]), lows[j - 1]):
            return ids
        return [topic] + [x for x in ids if x != topic]

    def _named_aside(self, rid: str, first: int, topic: str, salience: Salience) -> bool:
        """The sentence that first named rid had the topic or a person as its clause subject
        ("In 2020 it raised £12m, and later the group V took 20%"; "P, who heads the V traders
        lobby, called it ..."): rid came up aside."""
        core = salience.core.get(first, [])
        if not core or core[0] == rid:
            return False
        return core[0] == topic or self.registry.type_of(core[0]) == "Person"

    def _named_less(self, rid: str, topic: str, salience: Salience) -> bool:
        """The article names rid less often than the topic; as often, but referred to less
        ("it", "the company")."""
        named, top = self.refs.named(rid), self.refs.named(topic)
        return named < top or (named == top and salience.count[rid] < salience.count[topic])

    def _person_led(self, sno: int, salience: Salience) -> bool:
        """The sentence's clause subject is a person ("Chief executive P, who joined ...")."""
        core = salience.core.get(sno, [])
        return bool(core) and self.registry.type_of(core[0]) == "Person"

    def far_topic(self, s: SentenceState, i: int, j: int) -> list[str]:
        """The article's topic for a description no organization in reach fits, when the topic
        is the article's most named organization and the description fits it."""
        lows, salience = s.lows, s.salience
        topic = self.refs.topic
        if topic is None or topic != salience.main.get("Organization"):
            return []
        if topic not in salience.last:
            return []
        return [topic] if topic_fits(salience, topic, tuple(lows[i + 1 : j]), lows[j - 1]) else []

    def _merging_pair(self, ids: list[str]) -> bool:
        """The two candidates ahead are the two organizations of a first line, the article
        speaks of a merger, and the text names both as often: a merger of equals, whose "the
        company" is either."""
        pair = self.refs.first_line
        if len(ids) < 2 or len(pair) != 2 or set(ids[:2]) != pair or self.refs.merger_at < 0:
            return False
        return self.refs.named(ids[0]) == self.refs.named(ids[1])

    def _pair_both_called(self, ids: list[str], head: str, salience: Salience) -> bool:
        """The two candidates ahead are the pair the sentence before opened with, and the
        text called both by the description's noun: nothing tells them apart."""
        pair = set(self.refs.opening_pair)
        if len(ids) < 2 or len(pair) != 2 or set(ids[:2]) != pair:
            return False
        return all(salience.called(x, head) for x in pair)

    def _unnamed_meant(self, ids: list[str], i: int, head: str, salience: Salience) -> bool:
        """An organization introduced without a name just before ("a regional airline") is
        what the description at i means, when the text called no candidate by its noun."""
        at = self.refs.unnamed.get(head, len(self.refs.texts))
        if head not in self.refs.unnamed_before and at >= i:
            return False
        return not any(salience.called(x, head) for x in ids)

    def _placed_first(self, ids: list[str], i: int, j: int) -> list[str]:
        """ "Halden Bio is based in Basel. ... the Basel-based drugmaker": the candidate the
        text placed where the description's place names, first."""
        type_of = self.registry.type_of
        places = {m.ids[0] for m in self.refs.here if i < m.i and m.j <= j}
        places = {p for p in places if type_of(p) == "Location"}
        if not places or len(ids) < 2:
            return ids
        rels = self.doc.relations
        there = [x for x in ids if any((x, "LOCATED_IN", p) in rels for p in places)]
        return there + [x for x in ids if x not in there]

    def _based_ranked(self, ids: list[str], ref: Ref, s: SentenceState) -> list[str] | None:
        """The candidates for "the P-based N" (`loaders.based_descriptions`), best first; an
        empty list when the text placed each in another town; None for other descriptions."""
        items, lows = s.items, s.lows
        i, j, _, _ = ref
        reg = self.registry
        places = based_places(lows, self.refs.here, i, j, reg.type_of)
        if not places:
            return None
        speaker = reporting_subject(lows, items, i, j, reg.type_of)
        if speaker:
            return [speaker] + [x for x in ids if x != speaker]
        hw = holding_words(self.lex)
        bidder = bid_subject(lows, items, i, hw.bid_nouns, hw.bidder_verbs)
        ids = [x for x in ids if x != bidder]
        ids = placed_elsewhere(ids, places, self.doc.relations, lambda x: reg.entities[x].name)
        if not self.lex.kinds.get(lows[j - 1]):  # "the P-based company", not "... agency"
            ids = no_public_body(ids, lows[j - 1], lambda x: reg.entities[x].name)
        before_lows, before = self.refs.items_before
        parent = parent_named(before_lows, before, lows[j - 1], ids)
        return [parent] + [x for x in ids if x != parent] if parent else ids

    def _placed_nationals(self, adjectives: set[str], salience: Salience) -> None:
        """Entities found in a country whose name an adjective stems from ("X is based in
        Belgium": "the Belgian firm") take the adjective, as a description would give it."""
        ents = self.registry.entities
        for src, rel, dst in self.doc.relations:
            if rel == "LOCATED_IN" and dst in ents:
                place = ents[dst].name.lower()
                salience.national(src, {a for a in adjectives if _demonym_of(a, place)})

    def _names_new_entity(self, words: tuple[str, ...], sno: int) -> bool:
        """ "the combined company", "the new unit", "the merged group" soon after a merger: a
        description of the organization a deal will create; "the cancer unit": a part of one."""
        lex = self.lex
        merged = sno - self.refs.merger_at <= 2 and not lex.new_after_merger.isdisjoint(words)
        new_part = "new" in words and words[-1] in lex.new_part_heads  # "the new unit"
        part = len(words) >= 2 and words[-1] in lex.modified_part_heads  # "the cancer unit"
        return merged or new_part or part or not lex.new_entity_words.isdisjoint(words)

    def _speaking_firm(self, ref: Ref, s: SentenceState, words: tuple[str, ...]) -> str:
        """The firm of the sentence's opening modifier when the description is the other side
        of its dispute verb and the firm's name does not say the head (`loaders.opposed_refs`)."""
        lex, lows = self.lex, s.lows
        i, j, _, etype = ref
        if not opposed_description(lex, lows, i, j, lambda w: conflict_verb(lex, w, DISPUTES_ONLY)):
            return ""
        own = self._modifier_owner(s, words, etype)
        named = bool(own) and lows[j - 1] in self.registry.entities[own].name.lower().split()
        return "" if named else own

    def _modifier_owner(self, s: SentenceState, words: tuple[str, ...], etype: str) -> str:
        """ "Tarnwell co-founder Ivo Bell, who runs the company": the name opening the
        sentence as a modifier of a role (or with "'s") is what the description means."""
        items, lows, salience = s.items, s.lows, s.salience
        if not items:
            return ""
        reg = self.registry
        first = items[0]
        modifier = (
            first.j < len(lows)
            and (lows[first.j] in self.lex.roles or lows[first.j] == "'s")
            and not reg.entities[first.ids[0]].weak  # "Fishermen's group X"
        )
        # "The Shoppers' League director, X, accused the retailer": not of the kind named
        # (a company of no known kind may still be "the startup": "Parcel Pay's chief ...")
        kinds = salience.kinds_of(words)
        known = salience.kinds_of(tuple(reg.entities[first.ids[0]].descr))
        if kinds and known and not kinds & known:
            modifier = False
        if modifier and reg.entities[first.ids[0]].type == etype:
            return first.ids[0]
        return ""

    def _rank_described(self, ids: list[str], ref: Ref, s: SentenceState) -> list[str]:
        """The candidates for a description, best first, by where it stands: not its own
        clause's subject, a dispute or deal verb's object, the company a person subject leads,
        the company bought, the main company of a statement of where it sits."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        i, j, _, etype = ref
        own = own_clause_subject(lows, items, i, j)
        if own:  # "Gannet will purchase 15% of the wind-farm company": not Gannet itself
            ids = [x for x in ids if x != own]
        obj = own_clause_object(lows, self.refs.here, i, j)
        if obj:  # "The miner sued Brisco": not Brisco itself
            ids = [x for x in ids if x != obj]
        # "A borrowed heavily, and B later sued the lender": not B, the subject of the
        # description's own clause, though A opened the sentence
        subjects = clause_subjects(lows, items, i, j)
        if (
            after_participle(lows, i)
            and conflict_verb(self.lex, lows[i - 1])
            and not self._deal_verb(lows[i - 1])
        ):
            # "A sued B, accusing the Cyprus company of ...": the participle's subject is A's
            ids = self._participle_object(ids, s, i)
        elif len(ids) > 1 and i >= 1 and conflict_verb(self.lex, lows[i - 1]):
            # "X cut jobs. Pell has criticised the company's strategy": a dispute verb's object
            # is not the clause's own subject
            subjects = clause_subjects(lows, items, i, j, possessors=False) or {
                salience.clause_subject(sno)
            }
            ids = [x for x in ids if x not in subjects] or ids
            # "Brenner cut jobs. Pell, Varda's lender, criticised the company": a possessor
            # first named in this sentence does not win over a firm named before it
            seen = {x for n in range(sno) for x in salience.order.get(n, ())}
            fresh = clause_subjects(lows, items, i, j) - seen
            if any(x in seen for x in ids):
                ids = [x for x in ids if x not in fresh] or ids
            # "Holt, who runs Pollard Finance, accused the lender": nor the company its person
            # subject leads
            rels = self.doc.relations
            ids = [x for x in ids if not any((who, "LEADS", x) in rels for who in subjects)] or ids
        elif len(ids) > 1 and i >= 1 and self._deal_verb(lows[i - 1]):
            ids = self._deal_object(ids, s, subjects, tuple(lows[i + 1 : j]))
        if len(ids) > 1:
            ids = self._led_first(ids, s, i)
        if len(ids) > 1 and lows[j - 1] in ACQUIRED_HEADS:
            ids = self._bought_first(ids)
        if len(ids) > 1 and lows[j - 1] in BUYER_ROLES:
            ids = self._buyer_first(ids, s, i)
        if len(ids) > 1 and lows[j - 1] in data_words(self.lex, "funded_heads"):
            ids = self._funded_first(ids, salience)
        if len(ids) > 1 and self._place_statement(lows, j) and not self._carried(ids, i, s):
            ids = self._main_first(ids, etype, salience, tuple(lows[i + 1 : j]))
        return ids

    def _participle_object(self, ids: list[str], s: SentenceState, i: int) -> list[str]:
        """The candidates for the object of a trailing conflict participle ("A sued B,
        accusing the company of ..."), less the sentence's subject, whose act it is (none
        left when the subject was the only one). A firm named in the sentence counts as that
        subject only when it ends before the first conflict verb ("Ann Lee sued B, accusing
        the company": B is the verb's object, and stays)."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        type_of = self.registry.type_of
        verb = next((k for k in range(i - 1) if conflict_verb(self.lex, lows[k])), i - 1)
        firms = [
            m.ids[0]
            for m in items
            if m.j <= verb
            and type_of(m.ids[0]) == "Organization"
            and not oblique(lows, m.i, self.lex, m.j)
        ]
        # the clause subject when a firm: "It sued B" (named before), or named before the verb
        lead = salience.clause_subject(sno)
        named = lead in {m.ids[0] for m in items if m.j < i}
        if not lead or type_of(lead) != "Organization" or (named and lead not in firms):
            lead = firms[0] if firms else ""
        return [x for x in ids if x != lead]

    def _led_first(self, ids: list[str], s: SentenceState, i: int) -> list[str]:
        """ "Kim, who runs the Raleigh-based company": the company its person subject leads
        first."""
        lows, sno, salience = s.lows, s.sno, s.salience
        reg = self.registry
        lead = salience.clause_subject(sno)
        who = any(
            m.ids[0] == lead and lows[m.j : m.j + 2] == [",", "who"] and m.j < i
            for m in self.refs.here
        )
        if who and reg.entities[lead].type == "Person":
            return sorted(ids, key=lambda x: (lead, "LEADS", x) not in self.doc.relations)
        return ids

    def _deal_verb(self, w: str) -> bool:
        """A word that starts an OWNS or FUNDS verb ("bought"), or a sale's ("sold the unit to
        Y": the unit is not the seller)."""
        return conflict_verb(self.lex, w, DEAL_TYPES) or w in self.lex.transfers

    def _bought_first(self, ids: list[str]) -> list[str]:
        """ "Pratt agreed to buy Dunholm. ... the CEO of the business": of a buyer and the
        company it bought, both candidates, "the business" is the one bought."""
        rels = self.doc.relations
        bought = [x for x in ids[1:] if (ids[0], "OWNS", x) in rels]
        return bought[:1] + [x for x in ids if x not in bought[:1]]

    def _buyer_first(self, ids: list[str], s: SentenceState, i: int) -> list[str]:
        """ "Tsubo agreed to buy Harnby, and the Osaka-based buyer ...": of a buyer and the
        company it buys (the object of a deal verb before the description, or one a candidate
        owns), "the buyer" is not the one bought."""
        items, lows = s.items, s.lows
        rels = self.doc.relations
        bought = {x for x in ids if any((y, "OWNS", x) in rels for y in ids)}
        for m in items:
            if m.j <= i and m.i >= 1 and self._deal_verb(lows[m.i - 1]):
                bought.add(m.ids[0])  # "agreed to buy Harnby": Harnby is bought
        return [x for x in ids if x not in bought] + [x for x in ids if x in bought]

    def _funded_first(self, ids: list[str], salience: Salience) -> list[str]:
        """ "Vell Capital led a round in Tarn. The company ...": of an investor (by name,
        description or the round it led) and the company it funded, both candidates, "the
        company" is the one funded; a carmaker that bought a stake may still be "the company"."""
        rels = self.doc.relations
        funded = [x for x in ids[1:] if (ids[0], "FUNDS", x) in rels]
        if funded and not salience.kind_named(ids[0], INVESTOR_KIND):
            # "Hestia Growth led a raise for Quillon": an investor by the round it led
            issues = holding_words(self.lex).funded_issues
            said = rels[(ids[0], "FUNDS", funded[0])].evidence[0].text.lower().split()
            funded = funded if not issues.isdisjoint(said) else []
        return funded[:1] + [x for x in ids if x not in funded[:1]]

    def _deal_object(
        self, ids: list[str], s: SentenceState, subjects: set[str], words: tuple[str, ...]
    ) -> list[str]:
        """ "T has a new owner. Ridge bought the business": the object of a deal verb is not
        its own clause's subject (Ridge), and leans to the previous sentence's subject (T)
        over a company named more often further back."""
        sno, salience = s.sno, s.salience
        subjects = subjects or {salience.clause_subject(sno)}
        ids = [x for x in ids if x not in subjects] or ids
        prev = salience.clause_subject(sno - 1)
        # "A lost money, and B acquired the company": a company this sentence named first
        here = salience.core.get(sno, ())
        # ... nor one the description fits worse ("buy the family-owned business")
        if (
            prev in ids[1:]
            and ids[0] not in here
            and salience.fit(prev, words) >= salience.fit(ids[0], words)
        ):
            ids = [prev] + [x for x in ids if x != prev]
        # "Corvid will buy Saltmarsh. ... Penhale acquired the Plymouth-based operator in
        # 2014": the company traded, not its buyer nor a co-investor named after it
        rels = self.doc.relations
        traded = [x for x in ids if any((y, "OWNS", x) in rels for y in ids if y != x)]
        party = any((prev, t, x) in rels for x in traded for t in ("OWNS", "FUNDS"))
        if not traded or (ids[0] == prev and not party):
            return ids
        return traded[:1] + [x for x in ids if x not in traded[:1]]

    def _place_statement(self, lows: list[str], j: int) -> bool:
        """ "The firm is based in C", "the company has its head office in C": the
        description is the subject of a statement of where it sits."""
        clauses = self.lex.place_clauses
        for k in range(j, min(len(lows), j + 5)):
            if lows[k] in clauses and clauses.match(lows, k):
                return lows[k + 1 : k + 2] == ["in"] or lows[k] == "headquartered"
            if lows[k] in PREPOSITIONS or lows[k] in (",", ";", "."):
                return False
        return False

    def _carried(self, ids: list[str], i: int, s: SentenceState) -> bool:
        """ "X was bought by Y. The firm is based in C": a description opening its sentence
        that carries on the previous sentence's subject (X) stays with it when that sentence
        named Y too, however often the article names Y (a sentence about Y alone leaves "the
        firm" to the article's company)."""
        sno, salience = s.sno, s.salience
        if i > 0 or sno < 1 or not ids or ids[0] != salience.clause_subject(sno - 1):
            return False
        main = salience.main.get(self.registry.type_of(ids[0]))
        return main in salience.order.get(sno - 1, ())

    def _main_first(
        self, ids: list[str], etype: str, salience: Salience, words: tuple[str, ...] = ()
    ) -> list[str]:
        """Where a company sits is said of the article's company ("Penwright ... It hired
        Corvex ... The firm is based in Larnwick"): it goes first when it is a candidate and
        named more often in the whole text than the first one, and of the description's kind
        ("The league is based in Manchester" is not said of a broadcaster)."""
        main = salience.main.get(etype)
        if main is None or main == ids[0] or main not in ids:
            return ids
        kinds = salience.kinds_of(words)
        ent = self.registry.entities[main]
        descr = tuple(ent.descr) + tuple(ent.name.lower().split())  # "Velmar Bank": a bank
        if kinds and not kinds & salience.kinds_of(descr):
            return ids
        if self.refs.named(main) <= self.refs.named(ids[0]):
            return ids
        return [main] + [i for i in ids if i != main]
