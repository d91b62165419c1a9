"""Reference resolution: what "he", "the company", "the two" or "the consortium" stands for.

`ReferenceResolver` finds a sentence's unresolved references and resolves each to the
entities it means, from what the sentences before said (their names, the pair one opened with,
the topic, the deals and roles found). `loaders.article.Extraction` builds one per article;
the words and small tests it reads come first. Each sentence's references are resolved with
its `loaders.sentence_state.SentenceState`; descriptions ("the company", "the carmaker") are
ranked by `loaders.description_refs.Descriptions`.

    >>> from loaders.article import extract
    >>> doc = extract("Vantora makes ovens. The company sued Quillex in May.")
    >>> ("vantora", "DISPUTES", "quillex") in doc.relations
    True
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Final

from graph.model import GraphDocument
from loaders import latter
from loaders.acquired_refs import (
    bought_from_founder,
    bought_in_clause,
    bought_owner,
    founded_bought,
)
from loaders.acted_pairs import ACTED_REACH, coordinated_orgs, intruders
from loaders.adviser_its import advised_client
from loaders.amount_words import amount_word, money_receiver
from loaders.apposed_descriptions import closed_apposition, fronted_name, verb_follows
from loaders.cataphora import forward_binder
from loaders.clause_subject import relative_antecedent
from loaders.coref import Record, Registry, Salience, described_adjectives
from loaders.cue_mask import CUE_ADVICE, CUE_GROUP, CUE_MERGER, CUE_QUOTE, CUE_TAKEOVER
from loaders.deal_advisers import advised_clients, advising_subjects
from loaders.description_refs import Descriptions, conflict_verb
from loaders.grammar_words import PARTICIPLE_ENDS, POSSESSIVE_MARKS
from loaders.groups import GroupMemory, pair_at
from loaders.holder_refs import pair_outsider_words
from loaders.intensifier import intensified_head, object_relative_head
from loaders.introduced_its import introduced_firm
from loaders.it_readings import (
    HOLDING_ADVERBS,
    passive_it,
    placed_it,
    predicate_it,
    progressive_it,
)
from loaders.lead_pair import LEAD_SENTENCES, LeadPair
from loaders.learned_nouns import LearnedNouns
from loaders.lexicon import Lexicon, per_lexicon
from loaders.list_items import item_label, listed_item
from loaders.mentions import Analysis
from loaders.non_names import data_words
from loaders.object_binding import rebind
from loaders.oblique_mentions import object_pronoun
from loaders.owned_it import owned_it
from loaders.ownership import Ownership
from loaders.pair_apart import APART_CONF, named_apart
from loaders.pair_reading import read_pair, thing_after
from loaders.person_acts import act_it, persons_act
from loaders.plural_refs import coordinated_pair, opens_clause, own_pair, subject_pair
from loaders.product_pairs import product_pair
from loaders.project_refs import project_it
from loaders.pronoun_binding import (
    appositive_head,
    clause_objects,
    funded_passive,
    own_clause_binder,
    share_of_it,
)
from loaders.pronoun_gender import first_name_gender, name_gender, title_genders
from loaders.purpose_its import purpose_recipient
from loaders.quotes import inside
from loaders.quotes import spans as quote_spans
from loaders.relations import deal_roles
from loaders.relations.context import Deals
from loaders.relations.model import OBJECT_FOLLOWERS, Mention
from loaders.relations.trap_words import trap_words
from loaders.relations.words import (
    AND_OR,
    ARTICLES,
    DEFINITE_DETS,
    INQUIRY_NOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    PROCESS_COMPOUNDS,
    REPORTING,
    WHICH_THAT,
)
from loaders.role_refs import RoleMemory
from loaders.sentence_context import ContextCues
from loaders.sentence_state import Ref, Resolution, SentenceState
from loaders.sentences import Sentence
from loaders.sold_its import sold_thing_it
from loaders.topic import opening_topic
from loaders.unnamed_refs import indefinite_heads, thing_subject
from loaders.voices import ADDRESSEE, SPEAKER, SPEAKER_SELF, Voices
from loaders.with_pair import with_pair

DEAL_PAIR_REACH: Final = 6  # sentences after a takeover that "both firms" may name its sides
# "... over X": a takeover written with "take"
TAKE_WORDS: Final[frozenset[str]] = frozenset({"take", "takes", "took", "taking", "taken"})
DEFINITE: Final[frozenset[str]] = DEFINITE_DETS


PAIRED = frozenset({"pair", "order"})  # references whose word is their last: "rivals", "latter"


# the numbers "its two founders" may give (`_founder_group`, `_resolve_founders`)
FOUNDER_COUNTS: Final = {"two": 2, "three": 3, "four": 4, "pair": 2}
OPENER_WORDS = 3  # words of an adverbial opening a clause before "they" ("Between them")


def _both_of_thing(lex: Lexicon, lows: list[str], j: int) -> bool:
    """ "both of", "both accusations": the "both" at j - 1 quantifies a thing (a claim), no
    reference to the two latest parties ("Okoth-Vall rejects both accusations")."""
    return j < len(lows) and (lows[j] == "of" or lows[j] in lex.claim_nouns)


# appoint area: the head noun after a role noun in an appositive ("A, its parent company,")
APPOSED_ROLE_HEADS: frozenset[str] = frozenset({"company", "firm", "group"})


def _fronted_place(lows: list[str], name: int, comma: int) -> bool:
    """The name at `name` ends a participle phrase opening the sentence at the first comma
    (`comma`), as a preposition's object: "Based in Leeds, the firm ...", "Founded in 1990 and
    based in Derby, the group ...", or a fronted place adjunct: "In the EU, the company ..."."""
    opener = lows[0].endswith(PARTICIPLE_ENDS) and lows[0].isalpha()
    prep = name - 1 - (name >= 2 and lows[name - 1] == "the")
    if not opener and prep == 0 and lows[0] in PREPOSITIONS:
        return "," not in lows[:comma]  # "In Europe, the company ...": the subject
    return opener and name >= 2 and lows[name - 1] in PREPOSITIONS and "," not in lows[:comma]


# words after an object "it" ("accused it of", "sued it in May", "criticised it.")
IT_OBJECT_FOLLOWERS = (OBJECT_FOLLOWERS - {"and", "or"}) | {"of", "over", "after", "at", "with"}
QUOTE_CHARS: Final = frozenset({'"', "“", "”", "«", "»"})
THEY = (
    "They"  # the type of an opening "They": the two organizations the sentence before opened with
)
THEIR = "Their"  # the type of "their" opening an appositive: the clause's subject pair
RIVALRY = frozenset({"COMPETES_WITH"})
GOVERNMENT: Final = "government"  # the kind of public bodies (loaders/data/coref.yaml `kinds`)
GROUP = "Group"  # the type of "the canneries": a remembered group of organizations


def _described_name(lows: list[str], items: list[Mention], i: int) -> set[str]:
    """The name a predicate or an appositive opened by "its" at i describes ("X is its main
    rival", "X, its main rival"): the pronoun is not that name's."""
    if i >= 2 and lows[i - 1] in ("is", "was", "remains", "became", ","):
        named = next((set(m.ids) for m in items if m.j == i - 1), set())
        if named:
            return named
    return _relative_name(lows, items, i)


def _numbered(lows: list[str], p: int) -> bool:
    """A number joined by a hyphen at p ("the 40-year-old bakery") or an amount ("the £70m
    scheme"), inside a description."""
    w = lows[p]
    return (w[:1].isdigit() and p + 1 < len(lows) and lows[p + 1] == "-") or amount_word(lows, p)


def _after_fronted_with(lows: list[str], i: int) -> bool:
    """ "With Brenna Logistics, it is building a depot": "it" at i opens the clause after a
    fronted "with" phrase, whose name it is not."""
    return lows[i] == "it" and i >= 3 and lows[0] == "with" and lows[i - 1] == ","


def _relative_name(lows: list[str], items: list[Mention], i: int) -> set[str]:
    """ "X, which is now its main rival", "X, the French group that is its rival": the name
    a relative clause whose copula (and an adverb) stands before "its" at i describes."""
    c = i - 1 - (lows[i - 1] in HOLDING_ADVERBS)
    if c < 3 or lows[c] not in ("is", "was", "remains", "became", "been", "become"):
        return set()
    r = c - 1
    while r >= 1 and c - r <= 3 and lows[r] in ("has", "have", "had", "long", "always"):
        r -= 1  # "which has long been its rival"
    if lows[r] not in WHICH_THAT:
        return set()
    for m in reversed(items):
        if m.j < r and m.j < len(lows) and lows[m.j] in (",", "is", "was"):
            between = lows[m.j + 1 : r]
            ok = len(between) <= 5 and all(w.replace("-", "").isalpha() for w in between)
            return set(m.ids) if ok else set()
    return set()


ASKED = "Asked"  # "they" opening the answer to a question that named one organization
ANSWERED = "Answered"  # "they" after an answer that is only a name: that organization


@per_lexicon
def plural_orgs(lex: Lexicon) -> frozenset[str]:
    """One-word plural nouns for kinds of organization (`pair_types` in
    loaders/data/lexicon.yaml, but not its `pair_roles`): "companies", "carmakers"."""
    spec = lex.data.get("pair_types") or {}
    roles = {str(w).lower() for w in lex.data.get("pair_roles") or ()}
    return frozenset(
        str(k).lower()
        for k, v in spec.items()
        if v == "Organization" and " " not in str(k) and str(k).lower() not in roles
    )


# precroles22: generic body nouns that an inquiry noun before them makes a panel ("the review
# group", "the inquiry team"): no reference to a firm (`Article._definite`)
PANEL_HEADS: Final[frozenset[str]] = frozenset({"group", "team", "unit", "body"})


def reference_mention(
    lows: list[str],
    ref: tuple[int, int, str, str],
    ids: tuple[str, ...],
    conf: float,
    sites: frozenset[str],
) -> Mention:
    """The mention of a resolved reference, with the word the rules read: the pronoun itself;
    for "the two rivals", its noun; a group's noun ("joint venture"); a deal role ("The buyer,
    Y, ..."); a site noun (`sites`: "the factory"). "the latter" reads as a description."""
    i, j, kind, etype = ref
    word = lows[i] if kind == "pronoun" else lows[j - 1] if kind in PAIRED else ""
    if kind == "group":
        word = etype
    elif kind == "np" and lows[j - 1] in deal_roles.ROLE_NOUNS:
        word = lows[j - 1]
    elif kind == "np" and etype == "Person" and lows[i] == "the":
        word = " ".join(lows[i + 1 : j])  # "the chief executive, Ann Lee": its title
    elif kind == "np" and lows[j - 1] in sites:
        word = lows[j - 1]  # "runs the factory": a site of the firm (`verbal._runs_a_site`)
    return Mention(ids, i, j, "np" if kind == "order" else kind, conf, word)


class ReferenceResolver:
    """What one article's references stand for, sentence by sentence (its second pass).

    `loaders.article.Extraction` builds one per article, sharing the registry, the document
    found so far and the memories its rules fill (deals, owners, roles, groups), and calls, for
    each sentence: `enter` (its names, quotes, speaker, descriptions), `find` (its unresolved
    references), `resolve` for each, then `leave` (what the next sentence reads of it). The
    resolver owns what references read of the sentences before: the pair a sentence opened
    with, the speakers, the topic, genders, the organizations named without a name.
    """

    def __init__(
        self,
        text: str,
        lex: Lexicon,
        registry: Registry,
        doc: GraphDocument,
        cues: ContextCues,
        *,
        deals: Deals,
        ownership: Ownership,
        roles: RoleMemory,
        groups: GroupMemory,
        mentioned: dict[str, int],
        voices: Voices,
    ) -> None:
        self.text = text
        self.lex = lex
        self.registry = registry
        self.doc = doc  # the relations found so far
        self.cues = cues
        self.deals = deals  # the last purchase, company bought or funded, and takeover
        self.ownership = ownership  # the OWNS relations so far, by owner and by owned
        self.roles = roles  # "bought from X": the supplier (`loaders.role_refs`)
        # groups an earlier sentence listed the members of ("a consortium of A and B" ... "the
        # consortium", "the canneries A and B" ... "the canneries")
        self.groups = groups
        self.mentioned = mentioned  # entity id -> how often the article names it so far
        self.voices = voices  # the speakers, for "we", "I", "you" (`loaders.voices`)
        self.pairs: list[tuple[Sentence, Analysis]] = []  # the article's sentences (`begin`)
        self.learned = LearnedNouns(lex)  # the nouns the article gives its firms
        self._init_deal_memory()
        self._init_sentence_state()

    def _init_deal_memory(self) -> None:
        """The deals, mergers and advisers of the sentences before, as references read them."""
        # (sentence, company) a buying word of the sentence says was bought ("is buying B")
        self.purchased: tuple[int, str] | None = None
        self.company_deal: tuple[int, str, str] | None = None  # a takeover of two companies
        self.lead = LeadPair()  # the two companies the article opens on (`loaders.lead_pair`)
        self.acted: tuple[int, str, str] | None = None  # two companies acting together
        self.new_entity_at = -1  # the sentence that named "the combined company"
        # lone sentence openers the text went on to call "the company" or "the two firms":
        # kept when related at all (other weak entities need a confident relation)
        self.referred: set[str] = set()
        self.advisers: set[str] = set()  # the subjects of a verb of advice (`deal_advisers`)
        self.clients: set[str] = set()  # the names such a verb advised ("advised Pemby Foods")
        self.merger_at = -9  # the latest sentence that named a merger ("agreed to merge")

    def _init_sentence_state(self) -> None:
        """The sentence read and the one before, the speakers, the topic, first mentions."""
        self._group_ids: dict[tuple[int, int], tuple[str, ...]] = {}  # this sentence's groups
        # this sentence's names and quotations, for "we" in a quote and pronouns outside one
        self.here: list[Mention] = []
        self.texts: list[str] = []  # this sentence's words as written
        self.covered: set[int] = set()  # the positions its names cover
        self.quoted: list[tuple[int, int]] = []
        self.quoted_before: set[str] = set()
        self.opening_pair: tuple[str, ...] = ()
        self.next_pair: tuple[str, ...] = ()
        # the sentence before's words and mentions, for its last "A and B" of names
        self.items_before: tuple[list[str], list[Mention]] = ([], [])
        self.thing_before = False  # the sentence before opened with a thing ("The deal was")
        self.act_before = ""  # the person's act it opened with ("His pledge was"): `persons_act`
        # name words a gendered title gave a gender ("Ms Ostrova"), for "he"/"she": read from
        # the text at the first gendered pronoun (`_title_genders`), None before
        self.genders: dict[str, str] | None = None
        self.paired: dict[str, str] = {}  # person id -> gender of a "he"/"she" bound to it
        # organizations introduced without a name ("a regional airline"), by head noun and
        # position: this sentence's and the sentence before's (`loaders.unnamed_refs`)
        self.unnamed: dict[str, int] = {}
        self.unnamed_before: dict[str, int] = {}
        # the article's topic company and the organizations its first line names
        # (`loaders.topic`)
        self.topic: str | None = None
        self.first_line: set[str] = set()
        # entity id -> the sentence that first named it, and whether only in a prepositional
        # phrase there ("Analysts at Brellis said ...")
        self.first_named: dict[str, tuple[int, bool]] = {}

    # -- the interface -----------------------------------------------------------------------------
    def begin(self, pairs: list[tuple[Sentence, Analysis]]) -> None:
        """Start the second pass over the article's sentences."""
        self.pairs = pairs

    def enter(self, sno: int, a: Analysis, names: list[Mention], salience: Salience) -> None:
        """Read sentence `sno`'s names (the article's topic from the first), quotations and
        opening pair, its speaker, the adjectives describing its names and the organizations it
        introduces without a name; before its references are found."""
        if sno == 0:
            self.topic, self.first_line = opening_topic(
                [m.ids[0] for m in names], self.registry.type_of
            )
        self._enter(sno, a, names)
        spans = self.voices.enter_turn(sno, a, names, salience)
        if spans is not None:
            self.quoted = spans  # a quotation running over sentences
        self._describe(a, names, salience)
        if not a.headline:
            self.learned.learn(a.lows, names, self.covered, self.registry.type_of)
        self.unnamed_before = self.unnamed
        self.unnamed = {} if a.headline else self._indefinites(a, names, salience)

    def find(self, a: Analysis, names: list[Mention], sno: int) -> list:
        """The sentence's unresolved references as (i, j, kind, type), in order: pronouns, "the
        company", "the two", a remembered group ("the consortium"), and the phrases that define
        a group ("a consortium of A and B"); none in a headline."""
        refs = self._anaphora(a, names, sno) if not a.headline and a.refpos else []
        if not a.headline and len(names) > 1:
            refs = self._group_phrases(a, names, sno, refs)
        return refs

    def leave(
        self, sno: int, a: Analysis, names: list[Mention], items: list[Mention], salience: Salience
    ) -> None:
        """Remember what the next sentence's references read of this one, once its mentions
        (`items`, names and resolved references) are known: where each entity was first named,
        whether it opened with a thing, its words and mentions, the advisers it names and
        their clients."""
        core = salience.core.get(sno, ())
        for m in names:
            self.first_named.setdefault(m.ids[0], (sno, m.ids[0] not in core))
        starts = {m.i for m in items}
        self.thing_before = not a.headline and thing_subject(a.lows, starts)
        self.act_before = "" if a.headline else persons_act(a.lows, starts)
        self.items_before = (a.lows, items)
        if a.cues & CUE_ADVICE:  # (`ADVICE_CUES`; most sentences: one test for both)
            self.advisers |= advising_subjects(a.lows, items, a.words)
            self.clients |= advised_clients(a.lows, items, a.words)

    # -- finding and resolving references ----------------------------------------------------------
    def _anaphora(
        self, a: Analysis, names: list[Mention], sno: int = 0
    ) -> list[tuple[int, int, str, str]]:
        """Unresolved references as (i, j, kind, type): pronouns, "the company", "the two",
        "the consortium" (a group whose members an earlier sentence named)."""
        covered = self.covered  # the positions `names` cover, gathered by `enter` (`_describe`)
        starts = {m.i for m in names}
        out = []
        nxt = 0  # positions before this are inside an earlier reference
        for i in a.refpos:
            if i < nxt or i in covered:
                continue
            ref = self._reference_at(a, i, names, starts, covered, sno)
            if ref is not None:
                out.append(ref)
                nxt = ref[1]
        return out

    def _reference_at(
        self,
        a: Analysis,
        i: int,
        names: list[Mention],
        starts: set[int],
        covered: set[int],
        sno: int,
    ) -> tuple[int, int, str, str] | None:
        """The reference starting at the reference word at i (see `_anaphora`), else None."""
        lex = self.lex
        lows, toks = a.lows, a.toks
        n = len(lows)
        w = lows[i]
        grouped = self._group_at(lows, i, names, starts, covered, sno)
        if grouped is not None:
            return grouped
        if w in ("all", "the") and i + 1 < n and lows[i + 1] in lex.counted:
            noun = lows[i + 2] if i + 2 < n else ""
            if noun in lex.pair_types:  # "the four banks", "all three companies"
                return (i, i + 3, "count", lex.pair_types[noun])
            if w == "all":  # "all three jointly launched"
                return (i, i + 2, "count", "Organization")
        if w in ("the", "both") and product_pair(lows, i, lex):
            return (i, i + 3 - (w == "both"), "pair", "Product")  # "the two kettles"
        if w in lex.pair_words:
            hit = pair_at(lex.pair_words, lows, i, starts)
            if hit:
                if w != "both" or hit[0] > 1 or not _both_of_thing(lex, lows, i + 1):
                    if not thing_after(lex, lows, i, hit[0]):  # "both markets" (pair_reading)
                        return (i, i + hit[0], "pair", hit[1])
        if self.roles.kin_reference(lows, i, covered):
            return (i, i + 2, "kin", "Person")  # "his niece" after "his niece, NAME"
        if w == "their" or w in lex.plural_pronouns or w in lex.voice_pronouns:
            return self._pronoun_at(a, i, names, sno)
        if w in lex.pronouns and (toks[i].text.islower() or toks[i].text.istitle()):
            return self._pronoun_at(a, i, names, sno)
        if w == "the" and lows[i + 1 : i + 2] in (["latter"], ["former"]):
            return latter.reference_at(lows, i)  # "A and B ... The latter"
        if w == "the" and self.opening_pair and self._plural_pair(lows, i, starts):
            return (i, i + 2, "pair", THEY)  # "A and B cut prices. X blamed the firms"
        # "found that the unit ...": "that" opens the clause of *find*, no description (the
        # verb *found* would read the description as the founded company)
        complementizer = (
            w == "that" and lows[i - 1 : i] == ["found"] and lows[i + 1 : i + 2] != []
        ) and lows[i + 1] in DEFINITE | ARTICLES
        if w in DEFINITE and not complementizer:
            found = self._definite_ref(a, i, covered, starts, names)
            if found:
                return found
        if w in lex.anaphora and i + 1 < n and lows[i + 1] == "'s" and i > 0:
            prev = lows[i - 1]
            if prev.isalpha() and prev not in DEFINITE and (i - 1) not in covered:
                hit = lex.anaphora.match(lows, i)
                if hit and hit[0] == 1:
                    return (i, i + 1, "np", hit[1])
        return None

    def _group_at(
        self,
        lows: list[str],
        i: int,
        names: list[Mention],
        starts: set[int],
        covered: set[int],
        sno: int,
    ) -> tuple[int, int, str, str] | None:
        """A reference at i to a group of entities: "the pair" of a "with" partner, a
        remembered group ("the consortium"), the founders; else None."""
        paired = with_pair(lows, names, i, self.registry.type_of)
        if paired is not None:  # "A teamed with B on C, a scheme the pair set up"
            self._group_ids[(i, paired[0])] = paired[1]
            return (i, paired[0], "pair", GROUP)
        if self.groups:
            group = self.groups.refer(lows, i, starts, sno, covered)
            if group is not None:
                # "the consortium", "the canneries": a remembered group
                self._group_ids[(i, group.j)] = group.members
                kind, etype = ("pair", GROUP) if group.plural else ("group", group.noun)
                return (i, group.j, kind, etype)
        kin = self.groups.kin.refer(lows, i, covered, sno)
        if kin is None and i + 1 < len(lows) and lows[i + 1] == "family":
            # ("the family, including ...": only then the kin resolver, a closure, is made)
            kin = self.groups.kin.included(lows, i, names, self._kin_of(lows, names, sno))
        if kin is not None:  # "the siblings", "the Roos sisters" (`loaders.kin_groups`)
            self._group_ids[(i, kin[0])] = kin[1]
            return (i, kin[0], "pair", GROUP)
        founders = self._founder_group(lows, i, covered)
        if founders:
            return (i, founders, "founders", "Person")
        return None

    def _kin_of(self, lows: list[str], names: list[Mention], sno: int) -> Callable[[int, str], str]:
        """The person "his mother" at k names: introduced so ("his mother, NAME"), else the
        parent the person before it was introduced as the child of ("her son, B")."""

        def person(k: int, before: str) -> str:
            kin = self.roles.kin_person(lows, names, k, sno)
            return kin or (self.roles.parent_of(before, lows[k + 1]) if before else "")

        return person

    def _pronoun_at(
        self, a: Analysis, i: int, names: list[Mention], sno: int
    ) -> tuple[int, int, str, str] | None:
        """The reference of the pronoun at i ("their", "they", "we", "it"), else None."""
        lex, lows = self.lex, a.lows
        n = len(lows)
        w = lows[i]
        if w == "their":
            # "Both chains face Varnock, their main rival": the pair the clause opened with
            anchor = i >= 2 and lows[i - 1] == "," and any(m.j == i - 1 for m in names)
            return (i, i + 1, "pronoun", THEIR) if anchor else None
        if w in lex.plural_pronouns:
            if self.opening_pair and self._pair_pronoun(lows, i, names):
                return (i, i + 1, "pair", THEY)  # "A and B sell X. They compete"
            if self.voices.after_name_answer(sno):
                return (i, i + 1, "pronoun", ANSWERED)  # "A: Norlund Capital. They hold ..."
            if self.voices.after_question_about(sno):
                return (i, i + 1, "pronoun", ASKED)  # "Q: And Varga? A: They fight us ..."
            return None
        if w in lex.voice_pronouns:
            return self.voices.voice_at(
                a, i, w, self.quoted
            )  # "We compete with X," said ...; "A: I founded X"
        if w in lex.pronouns:  # written in lower case or as a title (see `_reference_at`)
            if w == "it" and i + 1 < n and lows[i + 1] in ("is", "was", "'s", "seems"):
                if not (
                    passive_it(lows, i)
                    or progressive_it(lows, i)
                    or predicate_it(lex, lows, i)
                    or placed_it(lows, i)
                ):
                    return None  # "it was reported that": no reference
            if w == "it" and i == 0 and self.thing_before:
                return None  # "The deal was signed in March. It was financed by ...": the deal
            if w == "it" and i == 0 and self.act_before and act_it(lows, i, self.act_before):
                return None  # "His pledge was welcomed. It was backed by ...": the pledge
            return (i, i + 1, "pronoun", lex.pronouns[w])
        return None

    def _definite_ref(
        self, a: Analysis, i: int, covered: set[int], starts: set[int], names: list[Mention]
    ) -> Ref | None:
        """ "the company" at i as a reference (`_definite`), unless it is a role ("the maker of
        Sightline") or an appositive to the name before it ("Kestrel, the U.S. maker")."""
        lex = self.lex
        lows = a.lows
        n = len(lows)
        found = self._definite(a, i, covered, starts)
        if found and found[1] < n and lows[found[1]] == "of":
            # "the maker of Sightline": a role, read by the rules; "accused the agency
            # of bias" still names the agency
            if lows[found[1] - 1] in lex.roles or found[1] + 1 in starts:
                found = None
        if found and found[1] + 1 < n and lows[found[1]] == "and":
            if lows[found[1] + 1] in lex.roles and lows[found[1] - 1] in lex.roles:
                found = None  # "the founder and chief executive of Tamsin": a role
        if found and i >= 2 and lows[i - 1] == "," and (i - 2) in covered:
            # "Kestrel, the U.S. maker ...": an appositive; not after a person's name
            # ("Founded by Dr. Inka Tarr, the lab sells kits")
            before = next((m for m in names if m.i <= i - 2 < m.j), None)
            kind = self.registry.type_of(before.ids[0]) if before else ""
            owner = found[1] < n and lows[found[1]] == "'s"  # "X, the company's drug"
            # (an opening name is no participle: "Grainfield Group rejected a bid from
            # Tagus Foods, the Lisbon food group")
            opening_name = any(m.i == 0 for m in names)
            fronted = (
                not opening_name
                and fronted_name(lows, i - 1)
                and verb_follows(lows, found[1], starts)
            )
            closed = closed_apposition(lows, found[1]) and not fronted
            if kind == "Person" and found[3] != "Person" and closed:
                return None  # "Orrin Vale, the Tarvo-based group, which": its appositive
            if (kind != "Person" or found[3] == "Person") and not owner:
                if not (before and not opening_name and _fronted_place(lows, before.i, i - 1)):
                    found = None  # but "Based in Leeds, the firm ...": the subject
        return found

    def _definite(self, a: Analysis, i: int, covered: set[int], starts: set[int]) -> Ref | None:
        """ "the company", "the Texas project", "the Dublin-based airline": (i, j, "np", type)."""
        lex = self.lex
        lows = a.lows
        n = len(lows)
        p = i + 1
        units = 0
        while p < n and units <= 3:
            if lows[p] in lex.anaphora and p not in covered:
                hit = lex.anaphora.match(lows, p)
                if hit:
                    e = p + hit[0]
                    if e < n and lows[e] in lex.anaphora and e not in starts and units < 3:
                        p, units = e, units + 1  # "the dairy cooperative": the last noun heads
                        continue
                    if e < n and (e in starts or lows[e] in lex.anaphora or lows[e] in lex.heads):
                        return None
                    if e + 1 in starts and lows[e] in lex.located_heads:
                        return None  # "the Danish dairy co-operative Marsk": a name's descriptor
                    if lows[p - 1] in INQUIRY_NOUNS and lows[p] in PANEL_HEADS:
                        return None  # "the review group", "the inquiry team": a panel, no firm
                    if f"{lows[e - 2]} {lows[e - 1]}" in PROCESS_COMPOUNDS:
                        return None  # "the supply chain": a process, no firm
                    return (i, e, "np", hit[1])
            if p not in covered and self.learned.noun_at(lows[p]):
                e = p + 1  # "the tanner": a noun the article gave a firm (`learned_nouns`)
                if e < n and (e in starts or lows[e] in lex.anaphora or lows[e] in lex.heads):
                    return None
                if e < n and self.learned.noun_at(lows[e]):
                    p, units = e, units + 1  # "the leather tanner": the last noun heads
                    continue
                return (i, e, "np", "Organization")
            if p in covered:
                # a place modifier is fine ("the Texas project"); another name is not
                while p + 1 < n and p + 1 in covered and p + 1 not in starts:
                    p += 1
                p += 1
                units += 1
                continue
            if lows[p] == "," and p + 1 in covered and p - 1 in covered:
                p += 1
                continue
            if lows[p] in PREPOSITIONS or lows[p] in POSSESSIVES or lows[p] in AND_OR:
                return None  # "the refinery with its partner": not one description
            # "the nurses' union": a plural possessive inside the description (the word tests
            # first: the number tests only for the few words they leave)
            w = lows[p]
            if w in ("-", "'") or w.isalpha() or "-" in w or _numbered(lows, p):
                if w not in ("-", "'"):
                    units += 1
                p += 1
                continue
            return None
        return None

    def resolve(self, ref: Ref, s: SentenceState) -> Resolution | None:
        """The entities a reference (i, j, kind, type) stands for, and the confidence; else
        None. Never its own clause's subject for a verb's object (`loaders.object_binding`)."""
        got = self._resolve(ref, s)

        def again(its: list[Mention]) -> Resolution | None:
            return self._resolve(ref, SentenceState(s.sno, s.lows, its, s.salience, s.names))

        got = rebind(self.lex, got, ref, s.items, s.lows, s.salience, again, self.registry.type_of)
        type_of = self.registry.type_of
        label = item_label(self.pairs, s.sno, s.salience, type_of) if ref[0] == 0 else ""
        return listed_item(got, ref, s.lows, label, s.salience)  # a list item's firm

    def _resolve(self, ref: Ref, s: SentenceState) -> Resolution | None:
        items, lows, sno = s.items, s.lows, s.sno
        i, j, kind, etype = ref
        if kind == "group" or (kind == "pair" and etype == GROUP):
            members = self._group_ids.get((i, j))
            if members and kind == "pair":
                self.referred.update(
                    members
                )  # "Orvella teamed up with B, and the two ...": an entity
            return (members, 0.8 if kind == "group" else 0.75) if members else None
        if kind == "pair" and etype == THEY:
            return self.opening_pair, 0.75
        if kind == "pronoun" and etype == THEIR:
            ids = subject_pair(items, lows, i)
            return (ids, 0.75) if ids else None
        if kind == "pair":
            return self._resolve_pair(ref, s)
        if kind == "founders":
            return self._resolve_founders(s, i)
        if kind == "count":
            return self._resolve_count(ref, s)
        if kind == "kin":
            person = self.roles.kin_person(lows, items, i, sno)
            return ((person,), 0.8) if person else None
        if kind == "order":  # "the latter", "the former"
            return self._resolve_order(s, i, etype)
        if kind == "pronoun" and etype == ANSWERED and self.voices.talk.name_answer:
            return (self.voices.talk.name_answer[1],), 0.7
        if kind == "pronoun" and etype == ASKED and self.voices.talk.asked:
            return (self.voices.talk.asked[1],), 0.7
        if kind == "pronoun" and etype == SPEAKER:
            return self.voices.speaker(s, self.quoted, self.here)
        if kind == "pronoun" and etype in (SPEAKER_SELF, ADDRESSEE):
            return self.voices.voice_person(lows, etype, self.quoted, self.here)
        if kind == "pronoun":
            return self._resolve_pronoun(ref, s)
        if sold_thing_it(lows, items, i):
            return None  # "sold its seed unit to H, which will invest $5m in the plant": the unit
        return Descriptions(self).resolve(ref, s)  # "the company" (`loaders.description_refs`)

    def _resolve_order(self, s: SentenceState, i: int, word: str) -> Resolution | None:
        """ "the latter", "the former": of the pair just coordinated (`loaders.latter`)."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        type_of = self.registry.type_of
        before_lows, before = self.items_before
        pair = latter.coordinated_pair(lows, items, type_of, i) or latter.coordinated_pair(
            before_lows, before, type_of, len(before_lows)
        )
        last = next(
            (m.ids[0] for m in reversed(items) if m.j <= i and type_of(m.ids[0]) in latter.KINDS),
            None,
        )
        if last is None:
            prev = salience.order.get(sno - 1, [])
            last = next((r for r in reversed(prev) if type_of(r) in latter.KINDS), None)
        ids = latter.resolve(word, pair, last)
        return (ids, 0.75) if ids else None

    def _founder_group(self, lows: list[str], i: int, covered: set[int]) -> int:
        """The end of "its founders", "the two co-founders" starting at i, else 0."""
        if lows[i] not in data_words(self.lex, "founder_group_dets"):
            return 0
        if i > 0 and lows[i - 1] == "of":
            return 0  # "one of its founders"
        n = len(lows)  # (index tests, not slices: no list built per reference word)
        k = i + 1 + (lows[i + 1] in FOUNDER_COUNTS if i + 1 < n else 0)
        if k < n and lows[k - 1] == "pair" and lows[k] == "of":
            k += 1  # "its pair of founders"
        if not (k < n and lows[k] in data_words(self.lex, "founder_groups")):
            return 0
        if k + 1 in covered or (k + 1 < n and lows[k + 1] == ","):
            return 0  # "its founders, Ann Oake and Bill Rusk": the names follow
        rels = self.doc.relations
        type_of = self.registry.type_of
        known = [d for s, r, d in rels if r == "FOUNDED" and type_of(s) == "Person"]
        return k + 1 if len(known) > len(set(known)) else 0

    def _resolve_founders(self, s: SentenceState, i: int) -> Resolution | None:
        """ "financed by its two founders": the people found to have founded the company
        mentioned last (as many as the number says)."""
        lows, salience = s.lows, s.salience
        by_org: dict[str, list[str]] = {}
        type_of = self.registry.type_of
        for src, rel, dst in self.doc.relations:
            if rel == "FOUNDED" and type_of(src) == "Person" and src not in by_org.get(dst, []):
                by_org.setdefault(dst, []).append(src)
        if not by_org:
            return None
        org = max(by_org, key=lambda o: salience.last.get(o, -1))
        people = by_org[org]
        counted = FOUNDER_COUNTS.get(lows[i + 1], len(people))
        if len(people) < 2 or counted != len(people):
            return None
        return tuple(people), 0.7

    def _resolve_count(self, ref: Ref, s: SentenceState) -> Resolution | None:
        """ "A competes with B and C, and all three launched Z": the last three entities of
        the type named in this sentence before it, then in the one before; None unless there
        are that many."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        i, _, _, etype = ref
        want = self.lex.counted[lows[i + 1]]
        type_of = self.registry.type_of
        here = [rid for m in items if m.j <= i for rid in m.ids]
        before = salience.order.get(sno - 1, [])
        out: list[str] = []
        for rid in reversed(before + here):
            if type_of(rid) == etype and rid not in out:
                out.append(rid)
            if len(out) == want:
                return tuple(reversed(out)), 0.7
        return None

    def _resolve_pair(self, ref: Ref, s: SentenceState) -> Resolution | None:
        """ "the two", "both companies": the two latest entities of the type in view."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        i, j, _, etype = ref
        # "The venture, called X, is owned by the two companies": not X itself
        here = {rid for m in items for rid in m.ids}
        # one word, a phrase ending in "both"/"two" ("the two") or "them" ("each of them"),
        # or "the pair"
        bare = j - i == 1 or lows[j - 1] in ("both", "two", "them") or lows[i:j] == ["the", "pair"]
        read = read_pair(
            (lows, items, i, etype, bare), self.items_before, self.registry.type_of, self._aside
        )
        if read is not None:  # the pair its construction names, or none (`loaders.pair_reading`)
            self.referred.update(read)
            return (read, 0.8) if read else None
        institution = lows[j - 1] in data_words(self.lex, "institution_plurals")
        if (not bare and etype == "Organization" and not institution) or self._competes_after(
            lows, j
        ):
            # "both firms", "the two compete with": no ministry
            here |= self.public_bodies(salience, lows[j - 1])
        # "A began using B's robots, and the two firms ...": A and B (a noun, not a bare "both")
        bodies = self.public_bodies(salience, lows[j - 1]) if etype == "Organization" else set()
        own = [] if bare else self._own_pair(s, i, etype, bodies)
        if bare and etype == "Person":
            # "A partnered with B, and the two set up C": the two firms just named together,
            # not two people named further back
            own = self._bare_org_pair(s, i, bodies)
        if not own and self._three_listed(etype):
            return None  # "A, B and C cut prices. The two firms ...": which two is a guess
        ids = own or self._pair_not_unit(s, etype, here, lows[j - 1])
        if not own and not bare and self._clause_outsider(s, i, etype, ids):
            return None  # "A, which X, hired B; both firms ...": not two named further back
        if len(ids) < 2 and bare and etype == "Person":
            # a bare "Both compete with ...", "The two later extended their alliance": two
            # companies when no two people are in view ("A works with B, and the pair co-own
            # C": the two this sentence coordinated)
            own = self._own_pair(s, i, "Organization", bodies)
            ids = own or salience.latest("Organization", sno, window=2, exclude=here)
        company = lows[j - 1] in self._company_plurals() and not institution
        if not own and (bare or company):
            ids = self._fitting_pair(ids, sno, here, company)
        if not own and (etype == "Organization" or bare):
            ids = self._acted_first(s, ids, here)
        is_company = company and etype == "Organization"  # "both companies", "the two firms"
        if len(ids) < 2:
            return self.lead.named(here, is_company, lows[j : j + 2])
        # "Quillex makes ovens. Vantora sells ovens. The two firms ...", "The two are rivals":
        # two lone sentence openers referred to together are entities, not capitalized words
        self.referred.update(ids[:2])
        if not own and named_apart(ids, sno, salience.order, here):
            # (prec37) "Both companies compete with K", the salient pair named apart: the pair
            # the article opened on, when there is one (`LeadPair`) and the sentence names
            # neither of it, in the phrase's clause past it too ("Both companies compete with
            # Cobalt": not Cobalt and the firm it bought), before the guess
            lead = self.lead.named(here | _clause_names(s, j), is_company, lows[j : j + 2])
            # a pair named apart: a guess (`loaders.pair_apart`)
            return lead or (tuple(ids[:2]), APART_CONF)
        return tuple(ids[:2]), 0.8

    def _clause_outsider(self, s: SentenceState, i: int, etype: str, pair: list[str]) -> bool:
        """ "both firms" at i opens a clause after one of its sentence that names an entity of
        `etype` outside the `pair` found further back (its own pair was not read): the pair
        is that clause's, unclear, not an earlier sentence's ("Halden and Norsk merged. Halden
        grew, and both firms ..." keeps Halden and Norsk)."""
        items, lows = s.items, s.lows
        if etype != "Organization" or not opens_clause(lows, i):
            return False
        type_of = self.registry.type_of
        named = {r for m in items if m.j <= i for r in m.ids if type_of(r) == etype}
        return not named <= set(pair[:2])

    def _acted_first(self, s: SentenceState, ids: list[str], here: set[str]) -> list[str]:
        """The pair a sentence of the last few made act together (`loaders.acted_pairs`)
        when the latest two named are no pair or tie an owner, lender or adviser to one of it."""
        sno = s.sno
        acted = self.acted
        if acted is None or not 0 < sno - acted[0] <= ACTED_REACH:
            return ids
        pair = (acted[1], acted[2])
        if not here.isdisjoint(pair) or set(ids[:2]) == set(pair):
            return ids
        # a fund, an adviser, or one this sentence names ("both firms put €4m into X": not X)
        named = here | {r for m in self.here for r in m.ids}
        outsider = self._pair_outsider
        advisers = self.advisers

        def aside(x: str) -> bool:
            return outsider(x) or x in advisers or x in named

        if intruders(ids, pair, self.doc.relations, aside) or self._aside_partner(ids, pair):
            return list(pair)
        return ids

    def _aside_partner(self, ids: list[str], pair: tuple[str, str]) -> bool:
        """The latest two are one of the pair that acted together and a company the text only
        ever named after a preposition ("A and B agreed to combine. The group would be chaired
        by P, with financing from L. Both firms compete with C": A and B, not L)."""
        latest = ids[:2]
        others = [x for x in latest if x not in pair]
        if len(latest) < 2 or len(others) != 1:
            return False
        return self.first_named.get(others[0], (-1, False))[1]

    def _own_pair(self, s: SentenceState, i: int, etype: str, skip: set[str]) -> list[str]:
        """The pair "the two firms" at i names inside its own sentence (`own_pair`,
        `coordinated_pair`), else []."""
        items, lows = s.items, s.lows
        type_of = self.registry.type_of
        return own_pair(items, lows, i, type_of, etype, skip) or coordinated_pair(
            items, lows, i, type_of, etype, skip
        )

    def _bare_org_pair(self, s: SentenceState, i: int, bodies: set[str]) -> list[str]:
        """The two organizations a bare "the two" or "the pair" at i names when they are the
        nearest pair: coordinated in its own sentence before a new clause ("A partnered with
        B, and the two ..."), else the only two entities of the sentence before, no person
        among them ("A teamed up with B in 2018. The two later set up C"); else []."""
        items, sno, salience = s.items, s.sno, s.salience
        type_of = self.registry.type_of
        here = [r for m in items if m.j <= i for r in m.ids]
        if any(type_of(r) == "Person" for r in here):
            return []  # "Ann Lusk left A for B, and the two ...": which two is unclear
        own = self._own_pair(s, i, "Organization", bodies)
        if own or here:
            return own
        prev = list(dict.fromkeys(salience.order.get(sno - 1, ())))
        if len(prev) != 2 or any(type_of(r) != "Organization" for r in prev):
            return []
        if self._they_of_people(s):
            return []  # "A and B met at school. Later they joined C and D. The two ...": A and B
        owners = self.ownership.update(self.doc.relations).owners
        held = prev[0] in owners.get(prev[1], ()) or prev[1] in owners.get(prev[0], ())
        if held or not bodies.isdisjoint(prev):
            return []  # "B is controlled by C, a buyout fund. The pair ...": no such pair
        return prev

    def _they_of_people(self, s: SentenceState) -> bool:
        """The sentence before has a "they" before its first name, and the one before that
        named two people: that "they" is the two people ("Ann Lee and Tom Vell met in Leeds.
        After university they joined A and B."), the nearer pair for a later "the two"."""
        sno, salience = s.sno, s.salience
        lows, items = self.items_before
        first = min((m.i for m in items), default=len(lows))
        if "they" not in lows[:first]:
            return False
        type_of = self.registry.type_of
        people = {r for r in salience.order.get(sno - 2, ()) if type_of(r) == "Person"}
        return len(people) >= 2

    def _company_plurals(self) -> frozenset[str]:
        """The plural heads of "both companies", "the two chains": kinds of organization, and
        "partners" (`plural_orgs`)."""
        return plural_orgs(self.lex) | {"partners"}

    def _fitting_pair(self, ids: list[str], sno: int, here: set[str], company: bool) -> list[str]:
        """Two companies "the two firms" or a bare "both" names beyond its own sentence: the
        two the sentence before opened with; else the buyer and the target of the takeover
        of the last sentences when the salient pair holds one of them and another party, or
        a holder ("A agreed to buy B. C, B's owner, backed it. D, which vies with both ...": A
        and B); never a fund, trust or campaign (`_pair_outsider`), which leaves nothing, but
        a bare "both" may name two funds ("raised €5m from A Capital and B Ventures. Both
        ...")."""
        type_of = self.registry.type_of
        if ids and type_of(ids[0]) != "Organization":
            return ids  # "the two" of two people
        prev = list(self.opening_pair)
        if len(prev) == 2 and here.isdisjoint(prev) and type_of(prev[0]) == "Organization":
            if self.advisers.isdisjoint(prev):
                return prev  # not "Renfrew Bank and Ostler Partners advised on it. Both ..."
            ids = prev
        flags = [self._pair_outsider(x) or x in self.advisers for x in ids[:2]]
        outsider = any(flags) and (company or not all(flags))
        deal = self.company_deal
        if deal is not None and sno - deal[0] <= DEAL_PAIR_REACH:
            pair = list(deal[1:])
            fits = here.isdisjoint(pair) and all(type_of(x) == "Organization" for x in pair)
            if fits and (outsider or len(set(ids[:2]) & set(pair)) == 1):
                return pair
        return [] if outsider else ids

    def _aside(self, rid: str) -> bool:
        """An adviser, fund, trust or campaign: never one of "the two companies"."""
        return rid in self.advisers or self._pair_outsider(rid)

    def _pair_outsider(self, rid: str) -> bool:
        """A fund, trust, pension plan, campaign or coalition: a holder or a voice in a deal,
        never one of "the two companies" (`pair_outsider_kinds`, `pair_outsider_words` and
        `investor_tails` in loaders/data/coref.yaml)."""
        kinds = data_words(self.lex, "pair_outsider_kinds")
        words = pair_outsider_words(self.lex)  # also "X, a lobby group"
        table = self.lex.kinds
        rec = self.registry.entities[rid]
        first = rec.name.lower().split()
        if len(first) > 1 and first[0] in self.lex.campaign_verbs:
            return True  # "Save Our Farms", "Stop the Kell Quarry": a campaign
        return any(w in words or table.get(w, frozenset()) & kinds for w in rec.descr)

    def _three_listed(self, etype: str) -> bool:
        """The sentence before listed three or more entities of the type as one coordination
        ("A, B and C all cut prices")."""
        lows, items = self.items_before
        type_of = self.registry.type_of
        run = 1
        for a, b in pairwise(items):
            joined = lows[a.j : b.i] in ([","], ["and"], [",", "and"])
            same = type_of(a.ids[0]) == etype == type_of(b.ids[0])
            run = run + 1 if joined and same else 1
            if run >= 3:
                return True
        return False

    def _pair_not_unit(self, s: SentenceState, etype: str, here: set[str], noun: str) -> list[str]:
        """The salient pair, but not an owner and its unit when a third party is in view ("A and
        its unit B reached a deal with C. The two companies ...": A and C)."""
        sno, salience = s.sno, s.salience
        aside = {r for r in salience.last if self._pair_outsider(r) or r in self.advisers}
        ids = salience.pair(etype, sno, window=4, exclude=here, noun=noun, bystanders=aside)
        if len(ids) < 2:
            return ids
        owners = self.ownership.update(self.doc.relations).owners
        unit = next((x for x, y in (ids, ids[::-1]) if y in owners.get(x, ())), None)
        if unit is None or self._just_bought(unit, sno):
            return ids  # "A is buying B from C. The two firms ...": the buyer and the target
        other = salience.pair(etype, sno, window=4, exclude=here | {unit}, noun=noun)
        return other if len(other) == 2 else ids

    def _just_bought(self, rid: str, sno: int) -> bool:
        """rid is the company a purchase of the last few sentences bought ("A is buying B")."""
        taken = self.purchased
        return taken is not None and taken[1] == rid and sno - taken[0] <= 3

    def public_bodies(self, salience: Salience, noun: str) -> set[str]:
        """The public bodies mentioned so far ("the Agriculture Ministry"), which "both firms"
        or "the two companies" never name; none when the noun names bodies itself."""
        if GOVERNMENT in salience.kinds_of((noun,)):
            return set()
        ents = self.registry.entities
        return {
            rid for rid in salience.last if GOVERNMENT in salience.kinds_of(tuple(ents[rid].descr))
        }

    def _resolve_pronoun(self, ref: Ref, s: SentenceState) -> Resolution | None:
        """ "he", "she", "it", "its": the name right before it, a speaker, else the subject
        in view (not the clause's own subject for an object pronoun)."""
        lows, sno, salience = s.lows, s.sno, s.salience
        i, _, _, etype = ref
        if etype != "Person" and self.new_entity_at == sno and lows[i] in ("it", "its"):
            return None  # "... will run the merged firm, while Kaye will chair it"
        types = ("Person",) if etype == "Person" else ("Organization", "Project", "Product")
        if lows[i] == "it" and self._unnamed_project_before(lows, i):
            return None  # "A operates the Kell copper mine. B took a stake in it": the mine
        if project_it(lows, s.items, i, s.sno, s.salience, self.registry.type_of) == "":
            return None  # "needs a new ship, and F will put £3m towards it": no entity
        if sold_thing_it(lows, s.items, i):
            return None  # "sold a ship to H, which paid $5m for it": the ship
        clause = self._clause_owner(s, i)
        if clause is not None:
            return clause
        before = not _after_fronted_with(lows, i) and self._name_before(ref, s, types)
        if before and etype == "Person":
            self._pair_gender(lows[i], before[0])  # "Nadia Rusk said she ...": a woman
        if i == 0 and etype != "Person" and not before:
            intro = introduced_firm(
                lows,
                self.items_before,
                salience.core.get(sno - 1, ()),
                self.first_named,
                sno,
                self.registry.type_of,
                self.lex,
            )
            if intro:
                return (intro,), 0.75  # "... from Norvik Capital, an activist fund. Its founder"
        found = before or self._clause_binding(s, i, types) or self._pronoun_subject(s, i, types)
        if found and self._other_gender(lows[i]).intersection(found[0]):
            return None  # "Ms Ostrova ... He accused X": not her
        if found and etype == "Person" and self._lone_person(found[0], salience):
            self._pair_gender(lows[i], found[0])  # "Ida Ronne ... She ...": the only one named
        if found and self._body_deal(s, i).intersection(found[0]):
            # "The watchdog said its purchase of X ...": the firm it dealt with, not the body
            return self._pronoun_subject(s, i, types)
        if found is None and i == 0 and etype != "Person" and not self.thing_before:
            far = Descriptions(self).far_topic(s, i, i + 1)  # "Its chairman", long after
            return ((far[0],), 0.6) if far else None
        if found and i == 0 and lows[i] == "its":
            # "Harlan Bank is advising Kest. Its largest investor ...": Kest, not the adviser
            client = advised_client(found[0], self.items_before, self.registry.type_of, lows)
            if client is not None:
                return ((client,), found[1]) if client else None
        return found

    def _clause_owner(self, s: SentenceState, i: int) -> tuple[tuple[str], float] | None:
        """The firm a pronoun at i stands for by its own clause: the company bought ("A bought
        B. Its founder, X, ...": B), the intensified head ("A is owned by B, which is itself
        owned by C": B) or a purpose clause's recipient ("Saxen lent Kest Foods $20m to expand
        its plant": Kest); else None."""
        items, lows, sno = s.items, s.lows, s.sno
        type_of = self.registry.type_of
        taken = (
            bought_owner(self.lex, lows, items, i, self.deals.taken, sno)
            or bought_in_clause(self.lex, lows, items, i)
            or bought_from_founder(self.lex, lows, items, i)
            # "A bought B. P, who founded it in 1990, ...": B
            or founded_bought(self.lex, lows, items, i, self.deals.taken, sno, type_of)
        )
        if taken is not None:
            return (taken,), 0.75
        head = intensified_head(lows, items, i, type_of)
        if head is None:  # "X is owned by B, a fund that bought it": X
            head = owned_it(self.lex, lows, items, i, type_of)
        if head is not None:
            return (head,), 0.8
        got = purpose_recipient(self.lex, lows, items, i, type_of)
        got = got or project_it(lows, items, i, sno, s.salience, type_of)  # "towards it"
        return ((got,), 0.75) if got else None

    def _body_deal(self, s: SentenceState, i: int) -> set[str]:
        """The public bodies in view when "its" opens a deal ("its purchase of X"): a
        regulator or ministry buys nothing."""
        lows, salience = s.lows, s.salience
        stages = trap_words(self.lex).deal_stages
        k = i + 2 if lows[i + 1 : i + 2] and lows[i + 1] in stages else i + 1
        if lows[i] != "its" or self.lex.deal_nouns.match(lows, k) is None:
            return set()  # "its purchase of X", "its completed acquisition of X"
        return self.public_bodies(salience, "purchase")

    def _gender(self, pronoun: str) -> str:
        """ "f" for "she"/"her", "m" for "he"/"his", else ""."""
        if pronoun in data_words(self.lex, "female_pronouns"):
            return "f"
        return "m" if pronoun in data_words(self.lex, "male_pronouns") else ""

    def _pair_gender(self, pronoun: str, ids: tuple[str, ...]) -> None:
        """Remember the gender of a person a "he"/"she" right after its name stood for."""
        mine = self._gender(pronoun)
        if mine and len(ids) == 1:
            self.paired.setdefault(ids[0], mine)

    def _title_genders(self) -> dict[str, str]:
        """`title_genders` of the text, read once (only an article with "he" or "she" asks)."""
        genders = self.genders
        if genders is None:
            lex = self.lex
            female, male = data_words(lex, "female_titles"), data_words(lex, "male_titles")
            genders = self.genders = title_genders(self.text, female, male)
        return genders

    def _lone_person(self, ids: tuple[str, ...], salience: Salience) -> bool:
        """The one person the article has named so far is what the pronoun stood for: a gender
        a later "he"/"she" can trust."""
        named = [r for r in salience.last if self.registry.type_of(r) == "Person"]
        return len(ids) == 1 and named == list(ids)

    def _other_gender(self, pronoun: str) -> set[str]:
        """The persons a gendered title gave the other gender than "he"/"she" ("Ms Ostrova"
        for "he"): never what the pronoun stands for."""
        # a given name speaks only against a subject "he"/"she" ("Maria Lund ... He now runs
        # X"); an object "him"/"her" keeps to titles and pairings
        first = pronoun in ("he", "she")
        if not first and self.genders is not None and not self.genders and not self.paired:
            return set()
        mine = self._gender(pronoun)
        if not mine:
            return set()
        genders = self._title_genders()
        if not first and not genders and not self.paired:
            return set()
        return {
            rid
            for rid, rec in self.registry.entities.items()
            if rec.type == "Person"
            and self._person_gender(rid, rec, genders, first) not in (None, mine)
        }

    def _person_gender(
        self, rid: str, rec: Record, genders: dict[str, str], first: bool = False
    ) -> str | None:
        """A person's gender: paired with a he/she, from its own names' titles, else from its
        surname's titles (not when a titled surname was kept apart as another person)."""
        paired = self.paired.get(rid)
        if paired:
            return paired
        own = self.registry.name_genders.gender(rec.keys)
        if own is not None:
            return own or None
        titled = name_gender(rec.name, genders)
        if titled is not None or not first:
            return titled
        lex = self.lex  # "Maria Lund ... He now runs X": not her
        female, male = data_words(lex, "female_first_names"), data_words(lex, "male_first_names")
        return first_name_gender(rec.name, female, male)

    def _unnamed_project_before(self, lows: list[str], i: int) -> bool:
        """An object "it" after "in" ("a stake in it") while the sentence before ended on an
        unnamed project ("... operates the Kell copper mine."): the project, no entity."""
        if i == 0 or lows[i - 1] not in ("in", "into") or not self.items_before:
            return False
        prev, items = self.items_before
        end = len(prev) - 1 if prev and prev[-1] == "." else len(prev)
        last = max((m.j for m in items), default=0)
        if end < 2 or last >= end:
            return False
        heads = self.lex.heads
        head = heads.lookup((prev[end - 1],)) or heads.lookup(tuple(prev[end - 2 : end]))
        # "the Kell copper mine": a name may stand inside the phrase
        start = max(0, end - 6)
        return head == "Project" and any(w in ("the", "a", "its") for w in prev[start:end])

    def _name_before(self, ref: Ref, s: SentenceState, types: tuple[str, ...]) -> Resolution | None:
        """A pronoun bound by the name just before it: an appositive's owner, "OpenAI and
        its partner", "Brisa said it would"."""
        items, lows = s.items, s.lows
        reg = self.registry
        i = ref[0]
        if i >= 2 and lows[i - 1] == "," and items and items[-1].j == i - 1:
            other = self._appositive_owner(ref, s, types)
            if other:
                return (other,), 0.8
        # "OpenAI and its partner": the name right before wins
        link = 3 if lows[max(0, i - 3) : i] == ["as", "well", "as"] else 1
        if link == 1 and not (i >= 2 and lows[i - 1] in AND_OR):
            link = 0  # "Veska, its best-selling pump": an appositive's "its" is not its head
        if link and items and items[-1].j == i - link:  # "A as well as its parent"
            near = items[-1].ids[0]
            if reg.entities[near].type in types:
                return (near,), 0.85
        # "... after Brisa said it would buy X": the speaker, not the clause's subject
        said = i - 1 - (i >= 2 and lows[i - 1] == "that")
        # "... Fenmore Airport, which said it would sue": the relative's name is the speaker
        name_end = said - 2 if lows[said - 2 : said] in ([",", "which"], [",", "who"]) else said
        if said >= 1 and lows[said] in REPORTING and items and items[-1].j == name_end:
            near = items[-1].ids[0]
            if reg.entities[near].type in types and lows[i] in ("it", "he", "she"):
                return (near,), 0.85
        return None

    def _clause_binding(
        self, s: SentenceState, i: int, types: tuple[str, ...]
    ) -> Resolution | None:
        """A pronoun bound inside its own clause: the object of "sold it", a name the clause
        goes on to give, the owner of a possessive in its own clause."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        reg = self.registry
        # "A bought B in 2019 and sold it to C": the sentence's other name, not its subject
        # (a verb with its own subject named right before it is left to the rules below)
        seller = bool(items) and items[-1].j == i - 1
        sold_it = i >= 1 and lows[i - 1] in self.lex.transfers
        # "A put 8m into B and owns a quarter of it": the share is of the other name too
        if lows[i] == "it" and (sold_it or share_of_it(lows, i)) and not seller:
            subject = salience.clause_subject(sno)
            sold = [m.ids[0] for m in items if m.kind == "name" and m.ids[0] != subject]
            if sold and reg.entities[sold[-1]].type in types:
                return (sold[-1],), 0.8
        ahead = forward_binder(lows, self.here, i, reg.type_of, types)
        if ahead is not None:
            return (ahead,), 0.8
        # its own clause: "B, which has its base in C", "built by Veldt at its yard", ", and
        # the bigger T started its", "P, who founded L and is its CEO"
        own = own_clause_binder(self.lex, lows, items, i, reg.type_of, types)
        if own is not None and lows[i] in POSSESSIVES:
            return (own,), 0.8
        return None

    def _pronoun_subject(
        self, s: SentenceState, i: int, types: tuple[str, ...]
    ) -> Resolution | None:
        """The subject in view that a pronoun stands for, of the first type if any: not its
        own clause's subject for an object pronoun, nor a quoted name."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        # "James Ward, her mentor, has counselled her": an object pronoun is not its own
        # clause's subject
        bound = ""
        # "Balder has put £4m into it": the money's receiver, when a name gives it (not "The
        # state bank has put €2m toward it", whose giver is no entity)
        receiver = money_receiver(lows, i) and any(m.j <= i and m.kind == "name" for m in items)
        if object_pronoun(lows, i):
            bound = self._binder(s)
        elif self._verb_object(lows, i) or receiver:
            # "accused it of": not the accuser; "X, who bought it": not X
            rel = relative_antecedent(lows, items, i)
            bound = rel.ids[0] if rel else salience.clause_subject(sno)
        # ' "We beat Trackly," said Ann Lee, its chief executive': not a quoted name
        skip = self._quoted_ids() if self.quoted and not inside(self.quoted, i) else set()
        skip = skip | self._still_quoted(items, i) | clause_objects(lows, self.here, i)
        skip = skip | appositive_head(lows, items, i) | self._other_gender(lows[i])
        skip = skip | object_relative_head(lows, items, i)  # "X, which it bought": not X
        skip = skip | self._body_deal(s, i)
        if lows[i] == "its" and not self.cues.rivals.isdisjoint(lows[i + 1 : i + 3]):
            skip = skip | self.public_bodies(salience, "rival")  # "its rival": no ministry
            skip = skip | _described_name(lows, items, i)  # "X is its rival": not X
        if _after_fronted_with(lows, i):
            skip = skip | {x for m in items if m.j < i for x in m.ids}
        if lows[i] in ("it", "its") and self.opening_pair and not items:
            # "A and B are bidding for W. Its largest shareholder ...": a singular pronoun is
            # neither of the two the sentence before opened with
            skip = skip | set(self.opening_pair)
        if (funded_passive(self.lex, lows, i) or receiver) and "Project" in types:
            thing = salience.clause_subject(sno - 1)  # "The X plant will be built. It will be
            if thing and self.registry.type_of(thing) == "Project":  # funded by B"
                return (thing,), 0.8
        rid = salience.subject(types[:1], sno, exclude=bound, skip=skip) or salience.subject(
            types, sno, exclude=bound, skip=skip
        )
        return ((rid,), 0.8) if rid else None

    def _competes_after(self, lows: list[str], j: int) -> bool:
        """A verb of competing right after j ("the two compete", "both also vie")."""
        for w in lows[j : j + 2]:
            if conflict_verb(self.lex, w, RIVALRY):
                return True
            if w not in ("also", "now", "still", "already", "both", "directly"):
                return False
        return False

    def named(self, rid: str) -> int:
        """How often the article names an entity (its names and aliases, not references)."""
        reg = self.registry
        return sum(reg.groups[k].count for k in reg.entities[rid].keys if k in reg.groups)

    def _verb_object(self, lows: list[str], i: int) -> bool:
        """ "it" at i is the object of a trigger verb ("accused it of", "sued it in May",
        "invested in it"):
        never the subject of its own clause. "said it would" is a subject. So is the object
        of "against" or "with" ("filed a lawsuit against it", "competes with it")."""
        if i < 1 or lows[i - 1] in REPORTING:
            return False
        if lows[i] != "it":
            return False
        if i >= 2 and lows[i - 1] in ("in", "into") and lows[i - 2] in self.lex.triggers:
            return True  # "invested in it": a trigger verb's preposition
        if lows[i - 1] not in self.lex.triggers and lows[i - 1] not in ("against", "with"):
            return False
        return i + 1 >= len(lows) or lows[i + 1] in IT_OBJECT_FOLLOWERS

    def _pair_pronoun(self, lows: list[str], i: int, names: list[Mention]) -> bool:
        """ "they" opening a clause with no name before it ("A and B make lathes. In Europe,
        they compete with C"), or "them" as a verb's object ("X criticised them") when neither
        of the pair is named before it: the two organizations the sentence before opened with.
        ("them" after a verb of disputing only: "The army bought them" names their products.)"""
        if lows[i] == "they":
            place = self.registry.type_of
            before = [m for m in names if m.i < i and place(m.ids[0]) != "Location"]
            if not before and 0 < i <= OPENER_WORDS and all(w.isalpha() for w in lows[:i]):
                opener = lows[0] in PREPOSITIONS or lows[0] in ("together", "jointly")
                if opener or lows[0].endswith("ly"):
                    return True  # "Together they ...", "Between them they will hold 55%"
            return i == 0 or (lows[i - 1] == "," and not before)
        pair = set(self.opening_pair)
        # a verb of disputing or competing ("sued them"; not "the army bought them": things)
        verb = i > 0 and (conflict_verb(self.lex, lows[i - 1]) or lows[i - 1] == "against")
        return verb and not any(pair.intersection(m.ids) for m in names if m.i < i)

    def _plural_pair(self, lows: list[str], i: int, starts: set[int]) -> bool:
        """ "the companies", "the carmakers" at i (a plural noun for organizations, not before
        a name or an "of"): the two the sentence before opened with."""
        n = len(lows)
        if i + 1 >= n or i + 2 in starts or lows[i + 1] not in plural_orgs(self.lex):
            return False
        if any(self.registry.type_of(rid) != "Organization" for rid in self.opening_pair):
            return False  # two people opened the sentence before
        kinds = self.lex.kinds.get(lows[i + 1])
        if kinds and not all(self._of_kinds(rid, kinds) for rid in self.opening_pair):
            return False  # "A and B sell vans. Analysts expect the banks to ...": other firms
        if i + 2 < n and lows[i + 2] == "of":
            # "accused the carmakers of hiding defects" (not "the companies of the group")
            gerund = i + 3 < n and lows[i + 3].endswith("ing")
            return gerund or (i > 0 and lows[i - 1].startswith("accus"))
        return i + 2 >= n or lows[i + 2] not in POSSESSIVE_MARKS

    def _of_kinds(self, rid: str, kinds: frozenset[str]) -> bool:
        """The entity's name words or descriptors name one of these kinds of organization."""
        table = self.lex.kinds
        return any(table.get(w, frozenset()) & kinds for w in self.registry.entities[rid].descr)

    def _opening_pair(self, a: Analysis, names: list[Mention]) -> tuple[str, ...]:
        """The two organizations (or two people) a sentence opens with ("Hollin Dairy and Vardy
        Milk ..."), else ()."""
        if a.headline or len(names) < 2 or names[0].i > 1:
            return ()
        first, second = names[0], names[1]
        if a.lows[first.j : second.i] != ["and"]:
            return ()
        if len(names) > 2 and names[2].i == second.j + 1 and a.lows[second.j] == ",":
            return ()  # "A and B, C ..."
        ids = (first.ids[0], second.ids[0])
        # two organizations, or two people ("Ana Ruiz and Tom Voss left X. They founded Y")
        kinds = {self.registry.type_of(x) for x in ids}
        if ids[0] == ids[1] or kinds not in ({"Organization"}, {"Person"}):
            return ()
        return ids

    def _still_quoted(self, items: list[Mention], i: int) -> set[str]:
        """The names the sentence before spoke of only inside a quotation, less those this
        sentence names again outside one before i ('"We want Arlo," he said. Arlo, sold in
        May, keeps its name': Arlo is back in view)."""
        if not self.quoted_before:
            return self.quoted_before
        quoted = self.quoted
        again = {
            m.ids[0] for m in items if m.kind == "name" and m.i < i and not inside(quoted, m.i)
        }
        return self.quoted_before - again

    def _quoted_ids(self) -> set[str]:
        return {m.ids[0] for m in self.here if inside(self.quoted, m.i)}

    def _binder(self, s: SentenceState) -> str:
        """The person an object pronoun cannot be: the nearest person named before it in the
        sentence ("Her mentor is Ken Aro, who has advised her": not Aro), else the clause
        subject."""
        items, sno, salience = s.items, s.sno, s.salience
        for m in reversed(items):
            if m.kind == "pronoun" and m.word in POSSESSIVES:
                continue
            if self.registry.entities[m.ids[0]].type == "Person":
                return m.ids[0]
        return salience.clause_subject(sno)

    def _appositive_owner(self, ref: Ref, s: SentenceState, types: tuple[str, ...]) -> str | None:
        """ "after Skerra Air, its main rival": "its" is not the name the appositive describes
        but the sentence's other entity (a role noun closes the appositive)."""
        items, lows, sno, salience = s.items, s.lows, s.sno, s.salience
        i = ref[0]
        n = len(lows)
        j = i + 1
        while (
            j < n
            and j - i <= 3
            and lows[j] not in self.lex.roles
            and lows[j].replace("-", "").isalpha()
        ):
            j += 1
        hit = self.lex.roles.match(lows, j) if j < n and lows[j] in self.lex.roles else None
        if hit is None:
            return None
        near = items[-1].ids[0]
        ents = self.registry.entities
        e = j + 1
        if ents[near].type in types:  # "A, its majority owner": not A itself (a firm's role)
            e = j + hit[0]  # "its majority owner", "its parent company" (a head noun after it)
            e += e < n and lows[e] in APPOSED_ROLE_HEADS
        after = (",", ".", ";", ")", "in", "on", "for", "across", "since")  # "her mentor since"
        if e < n and lows[e] not in after:
            return None  # "after X, its main rival in Europe"
        # a clause subject before a modifier ("Kessel-owned Corvan hired X, its partner")
        ranked = (*salience.core.get(sno, ()), *salience.order.get(sno, ()))
        here = next((r for r in ranked if r != near and ents[r].type in types), None)
        if here or salience.order.get(sno, [near]) != [near]:
            return here
        # "Calla Foods makes soups. Dorn Group, its biggest competitor, cut prices": the
        # organization of the sentence before
        return salience.subject(types[:1], sno - 1, window=1, exclude=near)

    # -- reading a sentence for later references (`enter`, `find`, and the pipeline's notes) ------
    def _indefinites(self, a: Analysis, names: list[Mention], salience: Salience) -> dict[str, int]:
        """This sentence's organizations introduced without a name ("a regional airline"), by
        noun; the words of those that describe a name are its descriptors ("a startup called
        X", "X is a family-owned business")."""
        if "a" not in a.words and "an" not in a.words:  # (the word set: no scan of the words)
            return {}
        type_of = self.registry.type_of
        places = {k for m in names if type_of(m.ids[0]) == "Location" for k in range(m.i, m.j)}
        unnamed, named = indefinite_heads(a.lows, self.covered, places, self.lex)
        for words, edge, after in named:
            m = next((m for m in names if (m.i if after else m.j) == edge), None)
            if m is not None and type_of(m.ids[0]) == "Organization":
                for w in words:  # "Venn Bakeries is a family-owned business": both words
                    salience.described(m.ids[0], w)
        return unnamed

    def _describe(self, a: Analysis, names: list[Mention], salience: Salience) -> None:
        """The capitalized adjectives describing each name ("a Belgian contractor"), for a
        later "the Belgian firm"; this sentence's words, for its own descriptions."""
        self.texts = [t.text for t in a.toks]
        self.covered = {k for m in names for k in range(m.i, m.j)}
        if a.headline:
            return
        for m in names:
            adjectives = described_adjectives(self.texts, a.lows, m.i, m.j, self.covered, self.lex)
            salience.national(m.ids[0], adjectives)

    def _group_phrases(self, a: Analysis, names: list[Mention], sno: int, refs: list) -> list:
        """References plus this sentence's group-defining phrases ("a consortium headed by A
        that also includes B and C"), each one item standing for its members; a reference
        inside such a phrase gives way to it."""
        # (`GroupMemory.cues`: most sentences have no group word)
        phrases = self.groups.read(a.lows, names, sno, a.words) if a.cues & CUE_GROUP else []
        if not phrases:
            return refs
        for g in phrases:
            self._group_ids[(g.i, g.j)] = g.members
        kept = [r for r in refs if not any(g.i < r[1] and r[0] < g.j for g in phrases)]
        kept.extend((g.i, g.j, "group", g.noun) for g in phrases)
        return sorted(kept)

    def person_company(self, m: Mention, s: SentenceState) -> Mention | None:
        """ "In 2019 he sold his company to Brenner": "his company" (or "her firm", "his
        startup") is the company the person founded, leads or owns, the latest named; not
        when a name follows ("her company, Harlan Labs")."""
        lows, salience = s.lows, s.salience
        k = m.j + (m.j < len(lows) and lows[m.j] == "own")
        hit = self.lex.anaphora.match(lows, k)
        if (
            hit is None
            or hit[1] != "Organization"
            or lows[k + hit[0] - 1] not in data_words(self.lex, "owned_heads")
        ):
            return None
        e = k + hit[0]
        if e < len(lows) and (lows[e] == "," or e in self.covered):
            return None
        person = m.ids[0]
        if self.registry.type_of(person) != "Person":
            return None
        rels = self.doc.relations
        owned = [
            rid
            for rid in self.registry.entities
            if self.registry.type_of(rid) == "Organization"
            and any((person, t, rid) in rels for t in ("FOUNDED", "LEADS", "OWNS"))
        ]
        if not owned:
            return None
        best = max(owned, key=lambda rid: salience.last.get(rid, -1))
        return Mention((best,), m.i, e, "np", 0.75, "")

    def note_company_deal(self, sno: int, a: Analysis) -> None:
        """Remember a takeover this sentence states between two companies with a word of
        buying ("agreed to buy", "will take over"; not "A owns B", nor "B is controlled by K,
        a fund"): the pair a later "both firms" may name (`_fitting_pair`)."""
        deal = self.deals.takeover
        if deal is None or deal[0] != sno or any(self._pair_outsider(x) for x in deal[1:]):
            return
        taking = "over" in a.words and not TAKE_WORDS.isdisjoint(a.words)
        if taking or a.cues & CUE_TAKEOVER:  # (`HoldingWords.takeover_words`)
            self.company_deal = deal
            self.lead.note(sno, (deal[1], deal[2]))

    def _enter(self, sno: int, a: Analysis, names: list[Mention]) -> None:
        """This sentence's names, quotations and opening pair; two companies it makes act
        together, a merger it names."""
        # names the sentence before spoke of only inside a quotation ('"We will beat Harl,"
        # Lee said. Its largest investor ...': not Harl)
        self.quoted_before = set()
        if self.quoted:
            said = {m.ids[0] for m in self.here if not inside(self.quoted, m.i)}
            self.quoted_before = self._quoted_ids() - said
        self.here = names
        coordinated = None if a.headline else coordinated_orgs(a.lows, names, self.registry.type_of)
        if coordinated is not None:  # "A and B agreed terms", "a venture between A and B"
            self.acted = (sno, *coordinated)
        merging = bool(a.cues & CUE_MERGER)  # (`Lexicon.merger_words`; one test, both uses)
        if sno < LEAD_SENTENCES and merging:
            # "A and B to merge" (a headline too)
            pair = coordinated or coordinated_orgs(a.lows, names, self.registry.type_of)
            self.lead.note(sno, pair)
        # "A and B ..." of the sentence before, for an opening "They"
        self.opening_pair, self.next_pair = self.next_pair, self._opening_pair(a, names)
        self.quoted = quote_spans(a.lows) if a.cues & CUE_QUOTE else []  # (`QUOTE_CHARS`)
        if not a.headline and merging:
            self.merger_at = sno
        self._group_ids.clear()


def _clause_names(s: SentenceState, j: int) -> set[str]:
    """The ids named after j up to the end of its clause (the next comma or semicolon):
    "both companies compete with Cobalt" (Cobalt); not "a rival that competes with both
    companies, has sued Cobalt"."""
    lows = s.lows
    end = next((q for q in range(j, len(lows)) if lows[q] in (",", ";")), len(lows))
    return {rid for m in s.names if j <= m.i < end for rid in m.ids}
