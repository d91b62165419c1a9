"""News articles to entities and typed relations, fully offline, with the sentence as evidence.

    >>> doc = extract("Tesla CEO Elon Musk sued OpenAI. Musk founded xAI in 2023.")
    >>> sorted(doc.relations)                                      # doctest: +NORMALIZE_WHITESPACE
    [('elon-musk', 'DISPUTES', 'openai'), ('elon-musk', 'FOUNDED', 'xai'),
     ('elon-musk', 'LEADS', 'tesla')]
    >>> to_contract_json(doc)["relations"][0]["evidence"]
    'Tesla CEO Elon Musk sued OpenAI.'

The pipeline, one small module per step:
`loaders.sentences` splits the text (with offsets), `loaders.mentions` finds and types name
candidates, `loaders.coref` groups them into entities and resolves "he", "the company" or
"the two", and `loaders.relations` applies the rules. The words behind every step live in
`loaders/data/*.yaml` (see `loaders.lexicon`).

Two passes keep memory bounded on very large inputs: the first only gathers names (and, for
ordinary articles, keeps each sentence's analysis), the second resolves and extracts sentence
by sentence. Relations keep at most `MAX_EVIDENCE` sentences each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any, Final

from graph.errors import ErgError
from graph.model import Document, Entity, Evidence, GraphDocument, Relation, merge_aliases, name_key
from loaders import latter
from loaders.acquired_refs import (
    bought_from_founder,
    bought_in_clause,
    bought_owner,
    founded_bought,
)
from loaders.acted_pairs import ACTED_REACH, coordinated_orgs, intruders
from loaders.adviser_its import advised_client
from loaders.adviser_refs import advisers_last
from loaders.amount_words import amount_word, money_receiver
from loaders.analysis_memo import analyses
from loaders.analysis_memo import clear_caches as clear_caches
from loaders.based_descriptions import (
    based_places,
    bid_subject,
    no_public_body,
    parent_named,
    placed_elsewhere,
    reporting_subject,
)
from loaders.cataphora import appositive_name, forward_binder
from loaders.claimant import claimant
from loaders.clause_subject import clause_subjects, object_reference, relative_antecedent
from loaders.co_builders import co_built
from loaders.config import ExtractionConfig
from loaders.coref import (
    Record,
    Registry,
    Salience,
    _key,
    _slug,
    capital_adjectives,
    described_adjectives,
    strip_legal,
)
from loaders.deal_advisers import advised_clients, advising_subjects
from loaders.defined_names import defined_short, defining_asides, listing_exchange
from loaders.definite_guards import fronted_out, merger_built, no_place_names
from loaders.family_names import family_led, family_only
from loaders.formats import MARKDOWN_SUFFIXES
from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.groups import GroupMemory, pair_at
from loaders.holder_refs import (
    bought_facility,
    investors_last,
    pair_outsider_words,
    units_owned_first,
)
from loaders.host_clause import host_subject
from loaders.intensifier import intensified_head, object_relative_head
from loaders.introduced_its import introduced_firm
from loaders.it_readings import (
    passive_it,
    placed_it,
    predicate_it,
    progressive_it,
)
from loaders.lexicon import Lexicon
from loaders.list_layouts import ListHead, Lists, marked
from loaders.mentions import Analysis, Candidate, analyze
from loaders.non_names import data_words
from loaders.oblique_mentions import (
    fronted,
    object_pronoun,
    oblique,
)
from loaders.ownership import Ownership
from loaders.pair_apart import APART_CONF, named_apart
from loaders.paragraph_firm import paragraph_firm, paragraph_topic
from loaders.passing_places import passing_place
from loaders.person_cues import pronoun_subject
from loaders.plural_refs import coordinated_pair, opens_clause, own_pair, subject_pair
from loaders.product_pairs import product_pair
from loaders.project_cues import headed_aliases
from loaders.pronoun_binding import (
    appositive_head,
    clause_objects,
    funded_passive,
    own_clause_binder,
    own_clause_object,
    own_clause_subject,
    share_of_it,
)
from loaders.pronoun_gender import first_name_gender, name_gender, title_genders
from loaders.purpose_its import purpose_recipient
from loaders.quotes import inside
from loaders.quotes import spans as quote_spans
from loaders.references import (
    ADDRESSEE,
    AFFILIATING,
    ANSWERED,
    APPOSED_ROLE_HEADS,
    ASKED,
    DEAL_PAIR_REACH,
    DEFINITE,
    FOUNDER_COUNTS,
    GOVERNMENT,
    GROUP,
    IT_OBJECT_FOLLOWERS,
    OPENER_WORDS,
    PANEL_HEADS,
    QUOTE_CHARS,
    RIVALRY,
    SPEAKER,
    SPEAKER_SELF,
    TAKE_WORDS,
    THEIR,
    THEY,
    Ref,
    Resolution,
    _after_fronted_with,
    _after_participle,
    _both_of_thing,
    _demonym_of,
    _described_name,
    _fronted_place,
    _in_relative,
    _reference_mention,
    _rival_thing,
    plural_orgs,
)
from loaders.relations import deal_members, deal_roles, funding, list_items
from loaders.relations.appositive import state_only
from loaders.relations.constructions import SentenceRules
from loaders.relations.context import Deals, Sale, SentenceContext
from loaders.relations.deal_guards import calls_off_sentence, walked_away_at
from loaders.relations.deal_roles import ROLE_NOUNS as BUYER_ROLES
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Found, Mention, dateline_end
from loaders.relations.model import Sentence as ModelSentence
from loaders.relations.opening_participle import phrase_names
from loaders.relations.role import government_bodies
from loaders.relations.trap_words import trap_words
from loaders.relations.unnamed_roles import LEAD_VERBS, clear_topic
from loaders.relations.words import (
    ACQUIRED_HEADS,
    AND_OR,
    ARTICLES,
    CONFLICT_TYPES,
    DEAL_TYPES,
    INQUIRY_NOUNS,
    POSSESSIVES,
    PREPOSED_OPENERS,
    PREPOSITIONS,
    REPORTING,
    M,
)
from loaders.retractions import retracts
from loaders.rival_refs import rivals_after_topic
from loaders.role_refs import ROLE_WINDOW, RoleMemory, holds_by_name, new_party, role_fits
from loaders.schema_view import SchemaView
from loaders.sentence_context import (
    INVESTOR_KIND,
    context_cues,
    names_other_org,
    sentence_context,
)
from loaders.sentences import Sentence, split_sentences
from loaders.speaker_firm import speaker_firm
from loaders.speaker_turns import (
    ATTRIBUTING_WORDS,
    NO_TURN,
    Talk,
    Turn,
    plan,
    pronoun_speaker,
    speaker_person,
)
from loaders.subject_chain import acting_subject, bought_by_chain
from loaders.textfile import read_text
from loaders.tied_firm import tied_firm
from loaders.title_firm import title_firm
from loaders.title_line import title_line_end
from loaders.titled_voice import person_on_firm
from loaders.topic import (
    first_person_clause,
    interviewee_offset,
    opening_topic,
    opens_paragraph,
    paragraph_start,
    topic_fits,
)
from loaders.unnamed_refs import indefinite_heads, thing_subject
from loaders.verb_led import verb_led_openers
from loaders.voiced_groups import people_possessor, voiced_by
from loaders.wide_places import drop_wide_places
from loaders.with_pair import with_pair

MAX_EVIDENCE: Final = 10
# Keep per-sentence analyses between the passes only for inputs up to this many characters.
CACHE_LIMIT = 2_000_000
MEMO_SIZE: Final = 4096
# how often an article names its clear topic before a bare title keeps it past other firms
# named in the title's sentence (`_clear_main`)
TOPIC_NAMINGS: Final = 3
TITLE_END_RE = re.compile(r"[.,;:]$")
# relations a headline alone does not give: its place words modify, its lists are teasers
HEADLINE_DOUBTS: Final[frozenset[str]] = frozenset({"LOCATED_IN"})


# -- reading files ---------------------------------------------------------------------------------
def read_article(path: str | Path) -> tuple[str, str]:
    """Text and title of an article file; a one-line ErgError when it cannot be used.

    The title is the first line when it looks like a headline (short, no final period, more
    text after it). In Markdown files (`loaders.formats.MARKDOWN_SUFFIXES`) the markup
    (headings, emphasis, links, list bullets) is stripped; HTML tags are kept as plain text.
    """
    path = Path(path)
    text = read_text(path)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        text = strip_markdown(text)
        if not text.strip():
            raise ErgError(f"{path}: no text once the Markdown markup is removed")
    return text, guess_title(text)


def guess_title(text: str) -> str:
    """The first non-empty line when it reads like a headline, else ""."""
    lines = iter(text.splitlines())
    first = next((line.strip() for line in lines if line.strip()), "")
    rest = any(line.strip() for line in lines)
    if not first or not rest or len(first) > 200:
        return ""
    if TITLE_END_RE.search(first) and not first.endswith("..."):
        return ""
    return first


MD_RULES = [
    (re.compile(r"^```.*$", re.M), ""),  # code fences (their content stays, as text)
    (re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M), r"\1"),  # headings
    (re.compile(r"^ {0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),  # list bullets
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.M), ""),  # rules
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
]


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown article (markup removed, words and HTML tags kept)."""
    for pattern, repl in MD_RULES:
        text = pattern.sub(repl, text)
    return text


# -- extraction ------------------------------------------------------------------------------------
def extract(
    text: str,
    config: ExtractionConfig | None = None,
    *,
    title: str | None = None,
    source: str = "",
    date: str = "",
) -> GraphDocument:
    """Entities, relations (with evidence) and the document of one article's text.

    `config` gives the schema and lexicon (`ExtractionConfig()`, the defaults, when omitted).
    """
    config = config or ExtractionConfig()
    doc = GraphDocument()
    document = doc.add_document(
        Document.from_text(text, title=title or "", source=source, date=date)
    )
    where = source or "article"
    if not text.strip():
        doc.warnings.append(f"{where}: empty article")
        return doc
    Extraction(text, document.id, config, doc).run()
    if not doc.entities:
        doc.warnings.append(f"{where}: no entities found")
    return doc


class Extraction:
    """One article's two passes: gather names, then resolve and apply the rules."""

    def __init__(
        self, text: str, doc_id: str, config: ExtractionConfig, doc: GraphDocument
    ) -> None:
        self.text = text
        self.doc_id = doc_id
        self.lex = lex = config.lexicon
        self.schema = SchemaView(config.schema)  # its answers kept for the article
        self.doc = doc
        self.registry = Registry(lex)
        self.cues = context_cues(lex)  # the words `sentence_context` reads
        self.cache: list[tuple[Sentence, Analysis]] | None = (
            [] if len(text) <= CACHE_LIMIT else None
        )
        self.mentioned: dict[str, int] = {}
        self.memo = analyses(lex)
        self.rule_memo: dict = {}  # (analysis, resolved mentions) -> relations found
        self.headlines: set[int] = set()  # starts of headline sentences
        self._init_deal_memory()
        self._init_sentence_state()

    def _init_deal_memory(self) -> None:
        """What earlier sentences said: rounds, sales, deals, disputes, groups, owners."""
        self.round_owner: str | None = None  # the company last said to raise a round
        self.last_sale: Sale | None = None  # the last sale of a share or of a whole company
        self.last_held: tuple[int, tuple[str, ...]] | None = None  # (sentence no, held ids)
        self.deals = Deals()  # the last purchase, company bought or funded, and takeover
        # (sentence, company) a buying word of the sentence says was bought ("is buying B")
        self.purchased: tuple[int, str] | None = None
        self.company_deal: tuple[int, str, str] | None = None  # a takeover of two companies
        self.acted: tuple[int, str, str] | None = None  # two companies acting together
        self.disputes: list[tuple[str, str]] = []  # DISPUTES found so far, oldest first
        self.disputed_at = -9  # the latest sentence that found a DISPUTES
        self.dispute_snos: list[int] = []  # the sentence of each of `disputes`
        self.funded: tuple[str, int] | None = None  # the latest FUNDS target, its sentence
        self.main_org: str | None = None
        # groups an earlier sentence listed the members of ("a consortium of A and B" ... "the
        # consortium", "the canneries A and B" ... "the canneries")
        self.groups = GroupMemory(self.lex, self.registry.type_of)
        self.new_entity_at = -1  # the sentence that named "the combined company"
        # lone sentence openers the text went on to call "the company" or "the two firms":
        # kept when related at all (other weak entities need a confident relation)
        self.referred: set[str] = set()
        self.advisers: set[str] = set()  # the subjects of a verb of advice (`deal_advisers`)
        self.clients: set[str] = set()  # the names such a verb advised ("advised Pemby Foods")
        self.merger_at = -9  # the latest sentence that named a merger ("agreed to merge")
        self.bodies: dict[str, str] = {}  # "transport" -> the Department for Transport
        self.ownership = Ownership()  # the OWNS relations so far, by owner and by owned
        self.roles = RoleMemory(
            self.lex, self.registry.type_of
        )  # "bought from X": the supplier (`loaders.role_refs`)
        # (sentence, analysis, resolved mentions) of every sentence, for `loaders.explain`
        self.trace: list[tuple[Sentence, Analysis, list[Mention]]] | None = None

    def _init_sentence_state(self) -> None:
        """The sentence read and the one before, the speakers, the topic, first mentions."""
        self._group_ids: dict[tuple[int, int], tuple[str, ...]] = {}  # this sentence's groups
        # this sentence's names and quotations, for "we" in a quote and pronouns outside one
        self.here: list[Mention] = []
        self.texts: list[str] = []  # this sentence's words as written
        self.covered: set[int] = set()  # the positions its names cover
        self.quoted: list[tuple[int, int]] = []
        self.quoted_before: set[str] = set()
        # the article's sentences, and its speakers' turns (`loaders.speaker_turns`)
        self.pairs: list[tuple[Sentence, Analysis]] = []
        self.talk = Talk()
        self.opening_pair: tuple[str, ...] = ()
        self.next_pair: tuple[str, ...] = ()
        self.key_firsts: frozenset[str] | None = None  # see `_key_firsts`
        # the sentence before's words and mentions, for its last "A and B" of names
        self.items_before: tuple[list[str], list[Mention]] = ([], [])
        self.thing_before = False  # the sentence before opened with a thing ("The deal was")
        self.lists = Lists(self.text)  # the last list head, for the item lines under it
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

    def sentences(self) -> Iterator[tuple[Sentence, Analysis]]:
        if self.cache is not None and self.cache:
            yield from self.cache
            return
        memo = self.memo
        for s in split_sentences(self.text, self.lex):
            # Analyses are position-free (offsets relative to the sentence), so a sentence
            # that recurs (boilerplate, repeated paragraphs, agency credits, in this article
            # or an earlier one of the same process) is analysed once.
            key = (self.text[s.start : s.end], s.headline)
            a = memo.get(key)
            if a is None:
                if len(memo) >= MEMO_SIZE:
                    memo.popitem(last=False)  # oldest first
                a = memo[key] = analyze(key[0], 0, self.lex, s.headline)
            yield s, a

    def run(self) -> None:
        reg = self.registry
        lower = reg.lower_words = set()
        prev: Analysis | None = None
        cache = self.cache
        for s, a in self.sentences():
            if cache is not None:
                cache.append((s, a))
            else:
                lower |= a.lower
            label = self._column_label(s, a)
            lows = a.lows
            for c in a.cands:
                if c is not label:
                    the_led = c.i > 0 and lows[c.i - 1] == "the"
                    family = family_led(c.i, c.j, lows, self.lex.group_nouns)
                    reg.observe(c, s.start, the_led, family)
            reg.name_genders.read(a, reg.key_of)
            if a.headline and s.start == self.first_start():
                self._observe_interviewee(s)  # "Q&A: Hana Ostrova"
            self._acronyms(a)
            if prev is not None:
                pronoun_subject(prev, a, reg, self.lex)
            prev = a
        if cache:
            lower.update(*[a.lower for _, a in cache])  # (read by `build` only) in one call
        reg.build()
        self.bodies = government_bodies(
            [(rid, e.name) for rid, e in reg.entities.items() if e.type == "Organization"]
        )
        salience = Salience(reg)
        before = -1  # where the sentence before starts
        self.pairs = list(self.sentences())
        self.talk.turns = self._plan_turns()
        for number, (s, a) in enumerate(self.pairs):
            if before >= 0 and retracts(a.lows, self.lex):
                self.withdraw(before)  # "We said A owns B. It does not."
            elif before >= 0 and calls_off_sentence(a.lows, self.lex):
                self.withdraw(before, DEAL_TYPES)  # "A agreed to buy B. The deal collapsed."
            deal = self.deals.takeover
            self._sentence(number, s, a, salience)
            self._walked_away(number, a, deal)  # "... and A walked away": no OWNS
            before = s.start
        for start in self.headlines | self._title_starts():  # a headline's place or quarrel
            self.withdraw(start, HEADLINE_DOUBTS)  # with a place is no evidence ("Ostrund Snack
            # Maker Vantora"), in a sentence-case title too ("Ostrund-area snack maker Vantora")
        ents = self.registry.entities  # "a plant in Southeast Asia": no firm's place
        drop_wide_places(self.doc.relations, lambda x: ents[x].name if x in ents else x)
        self._entities()

    def _title_starts(self) -> set[int]:
        """The starts of the sentences of a sentence-case title line (`title_line_end`)."""
        end = title_line_end(self.text)
        return {s.start for s, _ in self.pairs if s.end <= end}

    def first_start(self) -> int:
        """Where the article's first line starts."""
        return len(self.text) - len(self.text.lstrip())

    def _column_label(self, s: Sentence, a: Analysis) -> Candidate | None:
        """The first line's opening name right before a colon, bar or dash ("The Pantry Post:
        Corlane buys a baker", "Q&A: ...") that the body never names: a column's or newsletter's
        title, no entity."""
        if s.start != self.first_start() or not a.cands:
            return None
        c = a.cands[0]
        if c.known or c.j + 1 >= len(a.lows) or a.lows[c.j] not in (":", "|", "\u2013", "\u2014"):
            return None
        if not all(t.text[:1].isupper() for t in a.toks[: c.i]):
            return None  # "Deal Desk Daily:" (a first word the chunker left out)
        body = self.text.find("\n", s.start)
        if body < 0 or body < s.start + c.end:
            return None  # one line: no title
        return None if c.text.removeprefix("The ") in self.text[body:] else c

    def _observe_interviewee(self, s: Sentence) -> None:
        """The name right after an interview headline's label ("Q&A: Hana Ostrova, the
        founder of Velden"), the one headline name the registry learns from the headline
        (`loaders.topic`)."""
        line = self.text[s.start : s.end]
        at = interviewee_offset(line)
        if at < 0:
            return
        a = analyze(line[at:], 0, self.lex, False)
        first = next((c for c in a.cands if c.i == 0), None)
        if first is not None:
            self.registry.observe(first, s.start + at)
            self.talk.headline = True

    def _walked_away(self, sno: int, a: Analysis, deal: tuple[int, str, str] | None) -> None:
        """The buyer of a takeover stated in the two sentences before walks away from it here
        ("A agreed to buy B. ... A declined to raise its price and walked away"): its
        OWNS of B from that sentence is taken back. The buyer is the walking verb's subject: the
        last organization named before the phrase, with no clause opener between them ("A
        raised its offer after a rival bidder walked away" keeps A's OWNS)."""
        if deal is None or not 0 < sno - deal[0] <= 2:
            return
        at = walked_away_at(a.lows, self.lex)
        if at < 0:
            return
        type_of = self.registry.type_of
        named = [m for m in self.here if m.i < at and type_of(m.ids[0]) == "Organization"]
        if not named or deal[1] not in named[-1].ids:
            return
        if not PREPOSED_OPENERS.isdisjoint(a.lows[named[-1].j : at]):
            return
        self.withdraw(self.pairs[deal[0]][0].start, frozenset({"OWNS"}), (deal[1], deal[2]))

    def withdraw(
        self, start: int, types: frozenset[str] = frozenset(), pair: tuple[str, str] | None = None
    ) -> None:
        """Take back what the sentence at `start` said (only relations of `types`, and only
        between `pair`, when given): its evidence, and the relations that had no other."""
        rels = self.doc.relations
        for key, rel in list(rels.items()):
            if types and key[1] not in types:
                continue
            if pair is not None and (key[0], key[2]) != pair:
                continue
            kept = [e for e in rel.evidence if e.start != start]
            if not kept:
                del rels[key]
            elif len(kept) < len(rel.evidence):
                rel.evidence = kept

    def _acronyms(self, a: Analysis) -> None:
        """ "Securities and Exchange Commission (SEC)": the acronym names the same entity; so
        does a press release's defined short name, "Corvan Holdings Ltd (“Corvan” or “the
        Company”)", "Kessel Mutual Insurance Society ("KMIS")"."""
        if len(a.cands) < 2 or "(" not in a.words:  # (the word set: no scan of the words)
            return
        by_start = {c.i: c for c in a.cands}
        for c in a.cands:
            short = defined_short(c, a, by_start)
            if short is not None:
                self.registry.acronyms.append(
                    (self.registry.key_of(c), self.registry.key_of(short))
                )

    # -- second pass -------------------------------------------------------------------------------
    def _names(self, a: Analysis, salience: Salience) -> list[Mention]:
        reg = self.registry
        out = []
        if a.headline:
            toks = a.toks
            n = len(toks)
            firsts = self._key_firsts()
            i = 0
            while i < n:
                if not toks[i].text[:1].isupper():
                    i += 1  # a name starts with a capital
                    continue
                # every name key starting here starts with this word's key (unless a leading
                # "the" is dropped): no look-ups of the longer surfaces when no key does
                first = name_key(toks[i].text).split(" ", 1)[0]
                if first and first != "the" and first not in firsts:
                    i += 1
                    continue
                hit = None
                for length in range(min(reg.max_tokens, n - i), 0, -1):
                    if not toks[i + length - 1].text[:1].isalnum():
                        continue
                    surface = " ".join(t.text for t in toks[i : i + length])
                    key = name_key(strip_legal(surface, self.lex))
                    if key and key in reg.index and toks[i].text[:1].isupper():
                        hit = (length, reg.index[key])
                        break
                if hit:
                    out.append(Mention((salience.choose(hit[1]),), i, i + hit[0]))
                    i += hit[0]
                else:
                    i += 1
            return out
        for c in a.cands:
            key = reg.key_of(c)
            side = reg.surname_side(key, c, a.lows) if reg.surname_sides else None
            if side is None and reg.name_genders.sides:
                side = reg.name_genders.side(key, a.lows, c.i)  # "Ms Mott" of two Motts
            ids = [side] if side else reg.lookup_key(key)
            # "two former Bainbridge auditors": an entity, no endpoint; "the Haugvoll family":
            # a family is no one member of it, nor a firm named by the surname alone
            if c.descriptor_only or self._family_member(c, a.lows, ids):
                for rid in ids[:1]:
                    self.mentioned[rid] = self.mentioned.get(rid, 0) + 1
                continue
            if ids:
                short = c.text.isupper() or "." in c.text  # "U.S.", "UK"
                out.append(Mention((salience.choose(ids),), c.i, c.j, short=short))
        return out

    def _family_member(self, c: Candidate, lows: list[str], ids: list[str]) -> bool:
        """ "the Haugvoll family" (`family_led`) resolved to a person ("Maritta Haugvoll") or
        to a person's surname alone that no cue makes a firm: no endpoint."""
        if not ids or not family_led(c.i, c.j, lows, self.lex.group_nouns):
            return False
        reg = self.registry
        if reg.type_of(ids[0]) == "Person":
            return True
        name = reg.entities[ids[0]].name
        return reg.uncued(ids[0]) and any(
            e.type == "Person" and e.name.endswith(" " + name) for e in reg.entities.values()
        )

    def _key_firsts(self) -> frozenset[str]:
        """The first words of the registry's name keys (fixed once the first pass is done)."""
        if self.key_firsts is None:
            self.key_firsts = frozenset(k.split(" ", 1)[0] for k in self.registry.index)
        return self.key_firsts

    def _anaphora(
        self, a: Analysis, names: list[Mention], sno: int = 0
    ) -> list[tuple[int, int, str, str]]:
        """Unresolved references as (i, j, kind, type): pronouns, "the company", "the two",
        "the consortium" (a group whose members an earlier sentence named)."""
        covered: set[int] = set()
        starts = {m.i for m in names}
        for m in names:
            covered.update(range(m.i, m.j))
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
        founders = self._founder_group(lows, i, covered)
        if founders:
            return (i, founders, "founders", "Person")
        return None

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
            if self._after_name_answer(sno):
                return (i, i + 1, "pronoun", ANSWERED)  # "A: Norlund Capital. They hold ..."
            if self._after_question_about(sno):
                return (i, i + 1, "pronoun", ASKED)  # "Q: And Varga? A: They fight us ..."
            return None
        if w in lex.voice_pronouns:
            return self._voice_at(a, i, w)  # "We compete with X," said ...; "A: I founded X"
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
            if (kind != "Person" or found[3] == "Person") and not owner:
                # (an opening name is no participle: "Grainfield Group rejected a bid from
                # Tagus Foods, the Lisbon food group")
                opening_name = any(m.i == 0 for m in names)
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
                    return (i, e, "np", hit[1])
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
            # "the nurses' union": a plural possessive inside the description; "the
            # 40-year-old bakery": a number joined by a hyphen
            numbered = lows[p][:1].isdigit() and p + 1 < n and lows[p + 1] == "-"
            numbered = numbered or amount_word(lows, p)  # "the £70m scheme"
            if lows[p] in ("-", "'") or lows[p].isalpha() or "-" in lows[p] or numbered:
                if lows[p] not in ("-", "'"):
                    units += 1
                p += 1
                continue
            return None
        return None

    def _resolve(
        self, ref: Ref, items: list[Mention], lows: list[str], sno: int, salience: Salience
    ) -> Resolution | None:
        """The entities a reference (i, j, kind, type) stands for, and the confidence; else
        None."""
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
            return self._resolve_pair(ref, items, lows, sno, salience)
        if kind == "founders":
            return self._resolve_founders(lows, i, j, salience)
        if kind == "count":
            return self._resolve_count(ref, items, lows, sno, salience)
        if kind == "kin":
            person = self.roles.kin_person(lows, items, i, sno)
            return ((person,), 0.8) if person else None
        if kind == "order":  # "the latter", "the former"
            return self._resolve_order(items, lows, i, etype, sno, salience)
        if kind == "pronoun" and etype == ANSWERED and self.talk.name_answer:
            return (self.talk.name_answer[1],), 0.7
        if kind == "pronoun" and etype == ASKED and self.talk.asked:
            return (self.talk.asked[1],), 0.7
        if kind == "pronoun" and etype == SPEAKER:
            return self._speaker(lows, sno, salience)
        if kind == "pronoun" and etype in (SPEAKER_SELF, ADDRESSEE):
            return self._voice_person(lows, etype)
        if kind == "pronoun":
            return self._resolve_pronoun(ref, items, lows, sno, salience)
        return self._resolve_np(ref, items, lows, sno, salience)

    def _resolve_order(
        self, items: list[Mention], lows: list[str], i: int, word: str, sno: int, salience: Salience
    ) -> Resolution | None:
        """ "the latter", "the former": of the pair just coordinated (`loaders.latter`)."""
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
        k = i + 1 + (lows[i + 1] in FOUNDER_COUNTS if i + 1 < len(lows) else 0)
        if lows[k - 1 : k + 1] == ["pair", "of"]:
            k += 1  # "its pair of founders"
        if not (lows[k : k + 1] and lows[k] in data_words(self.lex, "founder_groups")):
            return 0
        if k + 1 in covered or lows[k + 1 : k + 2] == [","]:
            return 0  # "its founders, Ann Oake and Bill Rusk": the names follow
        rels = self.doc.relations
        type_of = self.registry.type_of
        known = [d for s, r, d in rels if r == "FOUNDED" and type_of(s) == "Person"]
        return k + 1 if len(known) > len(set(known)) else 0

    def _resolve_founders(
        self, lows: list[str], i: int, j: int, salience: Salience
    ) -> Resolution | None:
        """ "financed by its two founders": the people found to have founded the company
        mentioned last (as many as the number says)."""
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

    def _resolve_count(
        self, ref: Ref, items: list[Mention], lows: list[str], sno: int, salience: Salience
    ) -> Resolution | None:
        """ "A competes with B and C, and all three launched Z": the last three entities of
        the type named in this sentence before it, then in the one before; None unless there
        are that many."""
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

    def _resolve_pair(
        self, ref: Ref, items: list[Mention], lows: list[str], sno: int, salience: Salience
    ) -> Resolution | None:
        """ "the two", "both companies": the two latest entities of the type in view."""
        i, j, _, etype = ref
        # "The venture, called X, is owned by the two companies": not X itself
        here = {rid for m in items for rid in m.ids}
        # one word, a phrase ending in "both"/"two" ("the two") or "them" ("each of them"),
        # or "the pair"
        bare = j - i == 1 or lows[j - 1] in ("both", "two", "them") or lows[i:j] == ["the", "pair"]
        institution = lows[j - 1] in data_words(self.lex, "institution_plurals")
        if (not bare and etype == "Organization" and not institution) or self._competes_after(
            lows, j
        ):
            # "both firms", "the two compete with": no ministry
            here |= self.public_bodies(salience, lows[j - 1])
        # "A began using B's robots, and the two firms ...": A and B (a noun, not a bare "both")
        bodies = self.public_bodies(salience, lows[j - 1]) if etype == "Organization" else set()
        own = [] if bare else self._own_pair(items, lows, i, etype, bodies)
        if bare and etype == "Person":
            # "A partnered with B, and the two set up C": the two firms just named together,
            # not two people named further back
            own = self._bare_org_pair(items, lows, i, sno, bodies, salience)
        if not own and self._three_listed(etype):
            return None  # "A, B and C cut prices. The two firms ...": which two is a guess
        ids = own or self._pair_not_unit(etype, sno, here, lows[j - 1], salience)
        if not own and not bare and self._clause_outsider(items, lows, i, etype, ids):
            return None  # "A, which X, hired B; both firms ...": not two named further back
        if len(ids) < 2 and bare and etype == "Person":
            # a bare "Both compete with ...", "The two later extended their alliance": two
            # companies when no two people are in view ("A works with B, and the pair co-own
            # C": the two this sentence coordinated)
            own = self._own_pair(items, lows, i, "Organization", bodies)
            ids = own or salience.latest("Organization", sno, window=2, exclude=here)
        company = lows[j - 1] in self._company_plurals() and not institution
        if not own and (bare or company):
            ids = self._fitting_pair(ids, sno, here, company)
        if not own and (etype == "Organization" or bare):
            ids = self._acted_first(ids, sno, here, salience)
        if len(ids) < 2:
            return None
        # "Quillex makes ovens. Vantora sells ovens. The two firms ...", "The two are rivals":
        # two lone sentence openers referred to together are entities, not capitalized words
        self.referred.update(ids[:2])
        if not own and named_apart(ids, sno, salience.order, here):
            return tuple(ids[:2]), APART_CONF  # a pair named apart: a guess (`loaders.pair_apart`)
        return tuple(ids[:2]), 0.8

    def _clause_outsider(
        self, items: list[Mention], lows: list[str], i: int, etype: str, pair: list[str]
    ) -> bool:
        """ "both firms" at i opens a clause after one of its sentence that names an entity of
        `etype` outside the `pair` found further back (its own pair was not read): the pair
        is that clause's, unclear, not an earlier sentence's ("Halden and Norsk merged. Halden
        grew, and both firms ..." keeps Halden and Norsk)."""
        if etype != "Organization" or not opens_clause(lows, i):
            return False
        type_of = self.registry.type_of
        named = {r for m in items if m.j <= i for r in m.ids if type_of(r) == etype}
        return not named <= set(pair[:2])

    def _acted_first(
        self, ids: list[str], sno: int, here: set[str], salience: Salience
    ) -> list[str]:
        """The pair a sentence of the last few made act together (`loaders.acted_pairs`)
        when the latest two named are no pair or tie an owner, lender or adviser to one of it."""
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

    def _own_pair(
        self, items: list[Mention], lows: list[str], i: int, etype: str, skip: set[str]
    ) -> list[str]:
        """The pair "the two firms" at i names inside its own sentence (`own_pair`,
        `coordinated_pair`), else []."""
        type_of = self.registry.type_of
        return own_pair(items, lows, i, type_of, etype, skip) or coordinated_pair(
            items, lows, i, type_of, etype, skip
        )

    def _bare_org_pair(
        self,
        items: list[Mention],
        lows: list[str],
        i: int,
        sno: int,
        bodies: set[str],
        salience: Salience,
    ) -> list[str]:
        """The two organizations a bare "the two" or "the pair" at i names when they are the
        nearest pair: coordinated in its own sentence before a new clause ("A partnered with
        B, and the two ..."), else the only two entities of the sentence before, no person
        among them ("A teamed up with B in 2018. The two later set up C"); else []."""
        type_of = self.registry.type_of
        here = [r for m in items if m.j <= i for r in m.ids]
        if any(type_of(r) == "Person" for r in here):
            return []  # "Ann Lusk left A for B, and the two ...": which two is unclear
        own = self._own_pair(items, lows, i, "Organization", bodies)
        if own or here:
            return own
        prev = list(dict.fromkeys(salience.order.get(sno - 1, ())))
        if len(prev) != 2 or any(type_of(r) != "Organization" for r in prev):
            return []
        if self._they_of_people(sno, salience):
            return []  # "A and B met at school. Later they joined C and D. The two ...": A and B
        owners = self.ownership.update(self.doc.relations).owners
        held = prev[0] in owners.get(prev[1], ()) or prev[1] in owners.get(prev[0], ())
        if held or not bodies.isdisjoint(prev):
            return []  # "B is controlled by C, a buyout fund. The pair ...": no such pair
        return prev

    def _they_of_people(self, sno: int, salience: Salience) -> bool:
        """The sentence before has a "they" before its first name, and the one before that
        named two people: that "they" is the two people ("Ann Lee and Tom Vell met in Leeds.
        After university they joined A and B."), the nearer pair for a later "the two"."""
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

    def _pair_not_unit(
        self, etype: str, sno: int, here: set[str], noun: str, salience: Salience
    ) -> list[str]:
        """The salient pair, but not an owner and its unit when a third party is in view ("A and
        its unit B reached a deal with C. The two companies ...": A and C)."""
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

    def _resolve_pronoun(
        self, ref: Ref, items: list[Mention], lows: list[str], sno: int, salience: Salience
    ) -> Resolution | None:
        """ "he", "she", "it", "its": the name right before it, a speaker, else the subject
        in view (not the clause's own subject for an object pronoun)."""
        i, _, _, etype = ref
        if etype != "Person" and self.new_entity_at == sno and lows[i] in ("it", "its"):
            return None  # "... will run the merged firm, while Kaye will chair it"
        types = ("Person",) if etype == "Person" else ("Organization", "Project", "Product")
        if lows[i] == "it" and self._unnamed_project_before(lows, i):
            return None  # "A operates the Kell copper mine. B took a stake in it": the mine
        clause = self._clause_owner(items, lows, i, sno)
        if clause is not None:
            return clause
        before = not _after_fronted_with(lows, i) and self._name_before(
            ref, items, lows, sno, salience, types
        )
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
        found = (
            before
            or self._clause_binding(items, lows, i, sno, salience, types)
            or self._pronoun_subject(items, lows, i, sno, salience, types)
        )
        if found and self._other_gender(lows[i]).intersection(found[0]):
            return None  # "Ms Ostrova ... He accused X": not her
        if found and etype == "Person" and self._lone_person(found[0], salience):
            self._pair_gender(lows[i], found[0])  # "Ida Ronne ... She ...": the only one named
        if found and self._body_deal(lows, i, salience).intersection(found[0]):
            # "The watchdog said its purchase of X ...": the firm it dealt with, not the body
            return self._pronoun_subject(items, lows, i, sno, salience, types)
        if found is None and i == 0 and etype != "Person" and not self.thing_before:
            far = self._far_topic(lows, i, i + 1, salience)  # "Its chairman", long after
            return ((far[0],), 0.6) if far else None
        if found and i == 0 and lows[i] == "its":
            # "Harlan Bank is advising Kest. Its largest investor ...": Kest, not the adviser
            client = advised_client(found[0], self.items_before, self.registry.type_of, lows)
            if client is not None:
                return ((client,), found[1]) if client else None
        return found

    def _clause_owner(
        self, items: list[Mention], lows: list[str], i: int, sno: int
    ) -> tuple[tuple[str], float] | None:
        """The firm a pronoun at i stands for by its own clause: the company bought ("A bought
        B. Its founder, X, ...": B), the intensified head ("A is owned by B, which is itself
        owned by C": B) or a purpose clause's recipient ("Saxen lent Kest Foods $20m to expand
        its plant": Kest); else None."""
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
        if head is not None:
            return (head,), 0.8
        got = purpose_recipient(self.lex, lows, items, i, type_of)
        return ((got,), 0.75) if got is not None else None

    def _body_deal(self, lows: list[str], i: int, salience: Salience) -> set[str]:
        """The public bodies in view when "its" opens a deal ("its purchase of X"): a
        regulator or ministry buys nothing."""
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

    def _name_before(
        self,
        ref: Ref,
        items: list[Mention],
        lows: list[str],
        sno: int,
        salience: Salience,
        types: tuple[str, ...],
    ) -> Resolution | None:
        """A pronoun bound by the name just before it: an appositive's owner, "OpenAI and
        its partner", "Brisa said it would"."""
        reg = self.registry
        i = ref[0]
        if i >= 2 and lows[i - 1] == "," and items and items[-1].j == i - 1:
            other = self._appositive_owner(ref, items, lows, sno, salience, types)
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
        self,
        items: list[Mention],
        lows: list[str],
        i: int,
        sno: int,
        salience: Salience,
        types: tuple[str, ...],
    ) -> Resolution | None:
        """A pronoun bound inside its own clause: the object of "sold it", a name the clause
        goes on to give, the owner of a possessive in its own clause."""
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
        self,
        items: list[Mention],
        lows: list[str],
        i: int,
        sno: int,
        salience: Salience,
        types: tuple[str, ...],
    ) -> Resolution | None:
        """The subject in view that a pronoun stands for, of the first type if any: not its
        own clause's subject for an object pronoun, nor a quoted name."""
        # "James Ward, her mentor, has counselled her": an object pronoun is not its own
        # clause's subject
        bound = ""
        # "Balder has put £4m into it": the money's receiver, when a name gives it (not "The
        # state bank has put €2m toward it", whose giver is no entity)
        receiver = money_receiver(lows, i) and any(m.j <= i and m.kind == "name" for m in items)
        if object_pronoun(lows, i):
            bound = self._binder(items, sno, salience)
        elif self._verb_object(lows, i) or receiver:
            # "accused it of": not the accuser; "X, who bought it": not X
            rel = relative_antecedent(lows, items, i)
            bound = rel.ids[0] if rel else salience.clause_subject(sno)
        # ' "We beat Trackly," said Ann Lee, its chief executive': not a quoted name
        skip = self._quoted_ids() if self.quoted and not inside(self.quoted, i) else set()
        skip = skip | self.quoted_before | clause_objects(lows, self.here, i)
        skip = skip | appositive_head(lows, items, i) | self._other_gender(lows[i])
        skip = skip | object_relative_head(lows, items, i)  # "X, which it bought": not X
        skip = skip | self._body_deal(lows, i, salience)
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

    def _resolve_np(
        self, ref: Ref, items: list[Mention], lows: list[str], sno: int, salience: Salience
    ) -> Resolution | None:
        """ "the company", "the Texas project": the topical entity of the type and head."""
        i, j, _, etype = ref
        words = tuple(lows[i + 1 : j])
        if self._names_new_entity(words, sno):
            self.new_entity_at = sno
            return None  # "the combined company": the organization a deal will create
        if _rival_thing(self.lex, words):
            return None  # "undercuts the main competing service, Velta": another's, not X
        people = people_possessor(words, self.lex)  # "the residents' group": only a name
        voiced = self._voiced(people)  # that carries the residents
        bound = self._np_in_sentence(ref, items, lows, sno, salience)
        if bound is not None:
            return bound if all(voiced(r) for r in bound[0]) else None
        role = self._role_bound(ref, items, lows, sno, salience)
        if role is not None:  # "the supplier": the one firm in view given the role
            return ((role[0],), 0.8) if len(role) == 1 else None
        if etype == "Organization" and j == i + 2:  # "A bought B. P, who founded the company"
            firm = self._firm_of_clause(items, lows, i, sno)
            if firm is not None:
                return (firm,), 0.75
        ids = salience.topical(
            etype,
            sno,
            head=lows[j - 1],
            words=words,
            object_ref=object_reference(lows, i, j) and self._conflict_verb(lows[i - 1]),
            quoted=self.quoted_before,
        )
        ids = [r for r in ids if voiced(r)]
        if people and not ids:
            return None  # no fallback to the firm in view either
        ranked = self._drop_fronted(ids, ref, items, lows, sno, salience)
        if ranked is None:
            return None
        ids = self._topic_first(ranked, i, j, sno, lows, salience)
        if etype == "Organization" and ids and ids[0] == self.topic:
            ids = self._paragraph_owned(ids, sno, words, lows[j - 1], salience)
            if not ids:
                return None  # "Harwick bought Dalby. P, who founded the chain": neither is one
        if self._unnamed_meant(ids, i, lows[j - 1], salience):
            return None  # "... and to a regional airline. The airline is based in Leeds"
        ids = self._placed_first(ids, i, j)
        based = self._based_ranked(ids, ref, items, lows)
        if based is not None and not based:
            return None  # "Quillex is based in Harnby. ... The Fenby-based group": not Quillex
        return self._np_ranked(based or ids, ref, words, lows, sno, salience)

    def _role_bound(
        self, ref: Ref, items: list[Mention], lows: list[str], sno: int, salience: Salience
    ) -> list[str] | None:
        """ "the supplier", "the regulator": the organizations in view the text gave the role
        (`loaders.role_refs`); none for a party it did not name ("the regulator in Spain");
        None when the noun is no role or no organization in view was given it."""
        i, j, _, etype = ref
        noun = lows[j - 1]
        role = self.roles.table.get(noun)
        if role is None or etype != "Organization" or lows[i] not in DEFINITE:
            return None
        if new_party(lows, j, self.covered):
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
        self,
        ids: list[str],
        ref: Ref,
        words: tuple[str, ...],
        lows: list[str],
        sno: int,
        salience: Salience,
    ) -> Resolution | None:
        """The last rankings of a descriptive reference's candidates (the organisation's
        holdings, nationals, what the text called it, the subject chain) and its binding."""
        _, j, _, etype = ref
        if etype == "Organization":  # "Keswin Capital holds 6% of T. The group ...": T
            ids = self._org_ranked(ids, lows, j, salience)
        kinds = salience.kinds_of(words)
        ids = self._nationals_first(ids, ref, kinds, sno, salience)
        if ids and kinds:
            salience.described(ids[0], lows[j - 1])
        called = self._one_called(ids, lows[j - 1], salience)
        if called is None:
            return None
        ids = self._np_fallback(called, ref, lows, salience)
        if not ids:
            return None
        if etype == "Organization":
            ids = self._chained(ids, sno, lows[j - 1], salience)
        if len(ids) == 1 or ids[0] in salience.verb_led:
            # "Quillex makes ovens. The company competes with ...": a lone sentence opener
            # the text then calls "the company" is an entity, not a capitalized word
            self.referred.add(ids[0])
        return ((ids[0],), 0.8 if len(ids) == 1 else 0.6)

    def _chained(self, ids: list[str], sno: int, head: str, salience: Salience) -> list[str]:
        """The candidates with the acting subject of the sentence before first
        (`loaders.subject_chain`), when it is one of them and the paragraph goes on (no new
        one opens); the first candidate stays when this or the sentence before names it, when
        the chained firm bought it and the noun names a bought firm ("the business"), when
        the noun fits it and not the chained firm ("the lender"), or when it is the
        paragraph's topic."""
        lows, before = self.items_before
        chain = acting_subject(self.lex, lows, before, self.registry.type_of)
        if not chain or chain == ids[0] or chain not in ids or opens_paragraph(self.pairs, sno):
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
        if ids[0] == paragraph_topic(self.pairs, sno, salience, self.topic or "", type_of):
            return ids
        return [chain] + [x for x in ids if x != chain]

    def _voiced(self, people: str) -> Callable[[str], bool]:
        """Whether an entity may be a group described by the `people` it speaks for."""
        if not people:
            return lambda rid: True
        entities = self.registry.entities
        return lambda rid: rid in entities and voiced_by(people, entities[rid].name)

    def _firm_of_clause(
        self, items: list[Mention], lows: list[str], i: int, sno: int
    ) -> str | None:
        """The firm a bare "the company" at i means from the clause around it: the one bought
        ("A bought B. The company's founder, X, ...": B), or the one the person of "P, who
        heads the company" is tied to ("Roduit, who still heads the company": her firm)."""
        type_of = self.registry.type_of
        taken = founded_bought(
            self.lex, lows, items, i, self.deals.taken, sno, type_of
        ) or bought_owner(self.lex, lows, items, i, self.deals.taken, sno)
        if taken is not None:
            return taken
        return tied_firm(lows, items, i, self.doc.relations, type_of, self._leading_verb)

    def _org_ranked(self, ids: list[str], lows: list[str], j: int, salience: Salience) -> list[str]:
        """An organization noun phrase's candidates with investors, advisers and the topic's
        rivals put last and a facility bought first ("A bought B. The dairy": B)."""
        rels, head = self.doc.relations, lows[j - 1]
        ids = investors_last(ids, head, lows, j, salience, rels)
        ids = bought_facility(ids, head, salience, rels)
        ids = units_owned_first(ids, head, salience, rels)
        ids = advisers_last(ids, head, salience, self.advisers, rels, self.clients)
        return rivals_after_topic(ids, head, self.topic, salience)  # not its rival

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

    def _drop_fronted(
        self,
        ids: list[str],
        ref: Ref,
        items: list[Mention],
        lows: list[str],
        sno: int,
        salience: Salience,
    ) -> list[str] | None:
        """The candidates of a noun phrase (those quoted before last) ranked
        (`_rank_described`), less the names of a
        fronted clause or phrase before it ("After buying A, the group": not A; "Backed by X,
        the company bought Y": not X); None when only those were at hand."""
        i = ref[0]
        ids = [x for x in ids if x not in self.quoted_before] or ids
        kept = fronted_out(ids, items, lows, i, self.lex)
        if ids and not kept:
            return None
        ids = self._rank_described(kept, ref, items, lows, sno, salience)
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
        self, ids: list[str], sno: int, words: tuple[str, ...], head: str, salience: Salience
    ) -> list[str]:
        """The candidates of a description whose first is the topic, in a paragraph about
        another firm (`loaders.paragraph_firm`): that firm first when the description fits it;
        none when it fits neither that firm nor the topic ("the chain" after "Harwick Foods
        agreed to buy Dalby Mills", in an article about a brewer)."""
        own = paragraph_firm(self.pairs, sno, salience, ids[0], self.registry.type_of)
        if not own:
            return ids
        if own in ids and topic_fits(salience, own, words, head):
            return [own] + [x for x in ids if x != own]
        return ids if topic_fits(salience, ids[0], words, head) else []

    def _nationals_first(
        self, ids: list[str], ref: Ref, kinds: frozenset[str], sno: int, salience: Salience
    ) -> list[str]:
        """ "the Belgian contractor": the one described as Belgian first (`kinds`: those the
        description's words name)."""
        i, j, _, etype = ref
        adjectives = capital_adjectives(self.texts, i, j, self.covered)
        if kinds and kinds <= self.lex.strict_kinds:
            adjectives = set()  # "the Swiss health ministry" is no Swiss company
        if adjectives:  # "the Belgian contractor": the one described as Belgian
            self._placed_nationals(adjectives, salience)
            ids = salience.national_first(ids, adjectives, etype, sno)
        return ids

    def _np_fallback(
        self, ids: list[str], ref: Ref, lows: list[str], salience: Salience
    ) -> list[str]:
        """With no topical candidate, the topic long before or the one project or product
        mentioned; for an organization, never a place's name."""
        reg = self.registry
        i, j, _, etype = ref
        if not ids and etype == "Organization":
            ids = self._far_topic(lows, i, j, salience)  # "the company", long after its name
        if not ids and etype in ("Project", "Product"):
            same = [r for r, e in reg.entities.items() if e.type == etype and r in self.mentioned]
            ids = same if len(same) == 1 else []
        if etype == "Organization":  # "the Tarrow River" typed a firm is no "the company"
            ids = no_place_names(ids, reg, self.lex)
        return ids

    def _np_in_sentence(
        self, ref: Ref, items: list[Mention], lows: list[str], sno: int, salience: Salience
    ) -> Resolution | None:
        """ "the company" that its own sentence names: an appositive name, the claim's author,
        the firm of a modifier's person, a host clause's subject, a quoted speaker's firm; else
        None (the topical entity is asked)."""
        reg = self.registry
        i, j, _, etype = ref
        words = tuple(lows[i + 1 : j])
        named = appositive_name(lows, self.here, j, reg.type_of, etype)
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
            return (titled,), 0.75  # "said Ana Roe, CEO of M, a co-founder of the firm": M
        spoken = speaker_firm(lows, items, i, self.lex, reg.type_of)
        if spoken and etype == "Organization" and topic_fits(salience, spoken, words, lows[j - 1]):
            return (spoken,), 0.75  # "P, Crumbworth's chief executive, said the firm ...": C
        owner = self._modifier_owner(items, lows, words, etype, salience)
        if owner:
            return (owner,), 0.75  # "Norvale co-founder Lars Eide, who runs the company"
        host = host_subject(lows, items, i, j, reg.type_of)
        if host and topic_fits(salience, host, words, lows[j - 1]):
            return (host,), 0.75  # "Halvec jumped after Orvel bought 8% of the company"
        if etype == "Organization" and first_person_clause(lows, i, self.quoted):
            return self._speaker(lows, sno, salience)  # '"I founded the company," said X of Y'
        return None

    def _topic_first(
        self, ids: list[str], i: int, j: int, sno: int, lows: list[str], salience: Salience
    ) -> list[str]:
        """A description opening a sentence means the article's topic (`loaders.topic`)
        rather than a company named in passing: at a new paragraph, one the paragraph before
        named aside; mid-paragraph, one only the relative clause of the person-led sentence
        just before named ("P, who joined from rival A, said ... The company's works")."""
        topic = self.topic
        if topic is None or i > 0 or not ids or ids[0] == topic:
            return ids
        if ids[0] in self.first_line or topic in salience.order.get(sno, ()):
            return ids
        if topic not in salience.last or not self._named_less(ids[0], topic, salience):
            return ids
        first, oblique = self.first_named.get(ids[0], (-1, False))
        passing = oblique or self._named_aside(ids[0], first, topic, salience)
        if opens_paragraph(self.pairs, sno):
            if not passing or first < paragraph_start(self.pairs, sno - 1):
                # a company the article spoke of before the paragraph just ended, or one it
                # introduced as a subject
                return ids
        elif not (
            oblique
            and first == sno - 1
            and self._person_led(sno - 1, salience)
            and _in_relative(*self.items_before, ids[0])
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
        named, top = self.named(rid), self.named(topic)
        return named < top or (named == top and salience.count[rid] < salience.count[topic])

    def _person_led(self, sno: int, salience: Salience) -> bool:
        """The sentence's clause subject is a person ("Chief executive P, who joined ...")."""
        core = salience.core.get(sno, [])
        return bool(core) and self.registry.type_of(core[0]) == "Person"

    def _far_topic(self, lows: list[str], i: int, j: int, salience: Salience) -> list[str]:
        """The article's topic for a description no organization in reach fits, when the topic
        is the article's most named organization and the description fits it."""
        topic = self.topic
        if topic is None or topic != salience.main.get("Organization"):
            return []
        if topic not in salience.last:
            return []
        return [topic] if topic_fits(salience, topic, tuple(lows[i + 1 : j]), lows[j - 1]) else []

    def _merging_pair(self, ids: list[str]) -> bool:
        """The two candidates ahead are the two organizations of a first line, the article
        speaks of a merger, and the text names both as often: a merger of equals, whose "the
        company" is either."""
        pair = self.first_line
        if len(ids) < 2 or len(pair) != 2 or set(ids[:2]) != pair or self.merger_at < 0:
            return False
        return self.named(ids[0]) == self.named(ids[1])

    def _pair_both_called(self, ids: list[str], head: str, salience: Salience) -> bool:
        """The two candidates ahead are the pair the sentence before opened with, and the
        text called both by the description's noun: nothing tells them apart."""
        pair = set(self.opening_pair)
        if len(ids) < 2 or len(pair) != 2 or set(ids[:2]) != pair:
            return False
        return all(salience.called(x, head) for x in pair)

    def _unnamed_meant(self, ids: list[str], i: int, head: str, salience: Salience) -> bool:
        """An organization introduced without a name just before ("a regional airline") is
        what the description at i means, when the text called no candidate by its noun."""
        at = self.unnamed.get(head, len(self.texts))
        if head not in self.unnamed_before and at >= i:
            return False
        return not any(salience.called(x, head) for x in ids)

    def _placed_first(self, ids: list[str], i: int, j: int) -> list[str]:
        """ "Halden Bio is based in Basel. ... the Basel-based drugmaker": the candidate the
        text placed where the description's place names, first."""
        type_of = self.registry.type_of
        places = {m.ids[0] for m in self.here if i < m.i and m.j <= j}
        places = {p for p in places if type_of(p) == "Location"}
        if not places or len(ids) < 2:
            return ids
        rels = self.doc.relations
        there = [x for x in ids if any((x, "LOCATED_IN", p) in rels for p in places)]
        return there + [x for x in ids if x not in there]

    def _based_ranked(
        self, ids: list[str], ref: Ref, items: list[Mention], lows: list[str]
    ) -> list[str] | None:
        """The candidates for "the P-based N" (`loaders.based_descriptions`), best first; an
        empty list when the text placed each in another town; None for other descriptions."""
        i, j, _, _ = ref
        reg = self.registry
        places = based_places(lows, self.here, i, j, reg.type_of)
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
        before_lows, before = self.items_before
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
        merged = sno - self.merger_at <= 2 and not lex.new_after_merger.isdisjoint(words)
        new_part = "new" in words and words[-1] in lex.new_part_heads  # "the new unit"
        part = len(words) >= 2 and words[-1] in lex.modified_part_heads  # "the cancer unit"
        return merged or new_part or part or not lex.new_entity_words.isdisjoint(words)

    def _modifier_owner(
        self,
        items: list[Mention],
        lows: list[str],
        words: tuple[str, ...],
        etype: str,
        salience: Salience,
    ) -> str:
        """ "Norvale co-founder Lars Eide, who runs the company": the name opening the
        sentence as a modifier of a role (or with "'s") is what the description means."""
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

    def _rank_described(
        self,
        ids: list[str],
        ref: Ref,
        items: list[Mention],
        lows: list[str],
        sno: int,
        salience: Salience,
    ) -> list[str]:
        """The candidates for a description, best first, by where it stands: not its own
        clause's subject, a dispute or deal verb's object, the company a person subject leads,
        the company bought, the main company of a statement of where it sits."""
        i, j, _, etype = ref
        own = own_clause_subject(lows, items, i, j)
        if own:  # "Gannet will purchase 15% of the wind-farm company": not Gannet itself
            ids = [x for x in ids if x != own]
        obj = own_clause_object(lows, self.here, i, j)
        if obj:  # "The miner sued Brisco": not Brisco itself
            ids = [x for x in ids if x != obj]
        # "A borrowed heavily, and B later sued the lender": not B, the subject of the
        # description's own clause, though A opened the sentence
        subjects = clause_subjects(lows, items, i, j)
        if (
            _after_participle(lows, i)
            and self._conflict_verb(lows[i - 1])
            and not self._deal_verb(lows[i - 1])
        ):
            # "A sued B, accusing the Cyprus company of ...": the participle's subject is A's
            ids = self._participle_object(ids, items, lows, i, sno, salience)
        elif len(ids) > 1 and i >= 1 and self._conflict_verb(lows[i - 1]):
            # "X cut jobs. Pell has criticised the company's strategy": a dispute verb's object
            # is not the clause's own subject
            subjects = subjects or {salience.clause_subject(sno)}
            ids = [x for x in ids if x not in subjects] or ids
            # "Holt, who runs Pollard Finance, accused the lender": nor the company its person
            # subject leads
            rels = self.doc.relations
            ids = [x for x in ids if not any((s, "LEADS", x) in rels for s in subjects)] or ids
        elif len(ids) > 1 and i >= 1 and self._deal_verb(lows[i - 1]):
            ids = self._deal_object(ids, sno, salience, subjects, tuple(lows[i + 1 : j]))
        if len(ids) > 1:
            ids = self._led_first(ids, lows, i, sno, salience)
        if len(ids) > 1 and lows[j - 1] in ACQUIRED_HEADS:
            ids = self._bought_first(ids)
        if len(ids) > 1 and lows[j - 1] in BUYER_ROLES:
            ids = self._buyer_first(ids, items, lows, i)
        if len(ids) > 1 and lows[j - 1] in data_words(self.lex, "funded_heads"):
            ids = self._funded_first(ids, salience)
        if (
            len(ids) > 1
            and self._place_statement(lows, j)
            and not self._carried(ids, i, sno, salience)
        ):
            ids = self._main_first(ids, etype, salience, tuple(lows[i + 1 : j]))
        return ids

    def _participle_object(
        self,
        ids: list[str],
        items: list[Mention],
        lows: list[str],
        i: int,
        sno: int,
        salience: Salience,
    ) -> list[str]:
        """The candidates for the object of a trailing conflict participle ("A sued B,
        accusing the company of ..."), less the sentence's subject, whose act it is (none
        left when the subject was the only one). A firm named in the sentence counts as that
        subject only when it ends before the first conflict verb ("Ann Lee sued B, accusing
        the company": B is the verb's object, and stays)."""
        type_of = self.registry.type_of
        verb = next((k for k in range(i - 1) if self._conflict_verb(lows[k])), i - 1)
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

    def _led_first(
        self, ids: list[str], lows: list[str], i: int, sno: int, salience: Salience
    ) -> list[str]:
        """ "Kim, who runs the Raleigh-based company": the company its person subject leads
        first."""
        reg = self.registry
        lead = salience.clause_subject(sno)
        who = any(
            m.ids[0] == lead and lows[m.j : m.j + 2] == [",", "who"] and m.j < i for m in self.here
        )
        if who and reg.entities[lead].type == "Person":
            return sorted(ids, key=lambda x: (lead, "LEADS", x) not in self.doc.relations)
        return ids

    def _conflict_verb(self, w: str, types: frozenset[str] = frozenset()) -> bool:
        """A word that starts a DISPUTES or COMPETES_WITH trigger ("criticised", "sued"), or
        one of `types`."""
        if w not in self.lex.triggers or w in REPORTING:
            return False
        return any(
            t.family == "verb" and (types or CONFLICT_TYPES).intersection(t.types)
            for _, trigs in self.lex.triggers.bucket(w)
            for t in trigs
        )

    def _deal_verb(self, w: str) -> bool:
        """A word that starts an OWNS or FUNDS verb ("bought"), or a sale's ("sold the unit to
        Y": the unit is not the seller)."""
        return self._conflict_verb(w, DEAL_TYPES) or w in self.lex.transfers

    def _competes_after(self, lows: list[str], j: int) -> bool:
        """A verb of competing right after j ("the two compete", "both also vie")."""
        for w in lows[j : j + 2]:
            if self._conflict_verb(w, RIVALRY):
                return True
            if w not in ("also", "now", "still", "already", "both", "directly"):
                return False
        return False

    def _bought_first(self, ids: list[str]) -> list[str]:
        """ "Pratt agreed to buy Dunholm. ... the CEO of the business": of a buyer and the
        company it bought, both candidates, "the business" is the one bought."""
        rels = self.doc.relations
        bought = [x for x in ids[1:] if (ids[0], "OWNS", x) in rels]
        return bought[:1] + [x for x in ids if x not in bought[:1]]

    def _buyer_first(
        self, ids: list[str], items: list[Mention], lows: list[str], i: int
    ) -> list[str]:
        """ "Tsubo agreed to buy Harnby, and the Osaka-based buyer ...": of a buyer and the
        company it buys (the object of a deal verb before the description, or one a candidate
        owns), "the buyer" is not the one bought."""
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
        self,
        ids: list[str],
        sno: int,
        salience: Salience,
        subjects: set[str],
        words: tuple[str, ...],
    ) -> list[str]:
        """ "T has a new owner. Ridge bought the business": the object of a deal verb is not
        its own clause's subject (Ridge), and leans to the previous sentence's subject (T)
        over a company named more often further back."""
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

    def _carried(self, ids: list[str], i: int, sno: int, salience: Salience) -> bool:
        """ "X was bought by Y. The firm is based in C": a description opening its sentence
        that carries on the previous sentence's subject (X) stays with it when that sentence
        named Y too, however often the article names Y (a sentence about Y alone leaves "the
        firm" to the article's company)."""
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
        if self.named(main) <= self.named(ids[0]):
            return ids
        return [main] + [i for i in ids if i != main]

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
        verb = i > 0 and (self._conflict_verb(lows[i - 1]) or lows[i - 1] == "against")
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

    def _quoted_ids(self) -> set[str]:
        return {m.ids[0] for m in self.here if inside(self.quoted, m.i)}

    def _speaker(self, lows: list[str], sno: int, salience: Salience) -> Resolution | None:
        """ "We" in a quotation or an answer: the organization of the speaker (`self.talk.voice`),
        else of the person quoted in this sentence (`_speaker_org`)."""
        if self.talk.voice is not None:
            return ((self.talk.voice[1],), 0.7) if self.talk.voice[1] else None
        found = self._speaker_org(lows, self.quoted, self.here, sno, salience)
        if found is None:  # '"We ...," she said', 'said Ann Lee', who leads an organization
            org = self._led_by(self._said_by(lows, self.quoted, self.here, sno, salience))
            found = ((org,), 0.7) if org else None
        return found

    def _said_by(
        self,
        lows: list[str],
        quoted: list[tuple[int, int]],
        here: list[Mention],
        sno: int,
        salience: Salience,
    ) -> str | None:
        """The person a sentence's quotation is attributed to: named ('"...," said Ann Lee'),
        else "he" or "she" ('"...," she said': the person the text is about; only for the
        organization: a quoted "I" so resolved cost blind precision)."""
        person = speaker_person(lows, quoted, here, self.registry.type_of)
        if person is None and pronoun_speaker(lows, quoted) >= 0:
            skip = {m.ids[0] for m in here if inside(quoted, m.i)}
            person = salience.subject(("Person",), sno, skip=skip)
        return person

    def _speaker_org(
        self,
        lows: list[str],
        quoted: list[tuple[int, int]],
        here: list[Mention],
        sno: int,
        salience: Salience,
    ) -> Resolution | None:
        """The organization of the person quoted, named outside the quotes next to a role
        ("said Ann Lee, chief executive of Cobalt Route", "Cobalt Route's Ann Lee said", "said
        Ann Lee, its chief executive"); else None."""
        out = [x for x in range(len(lows)) if not inside(quoted, x)]
        if not any(lows[x] in REPORTING or lows[x] in ATTRIBUTING_WORDS for x in out):
            return None  # no "said", "according to" ("told": of a person, `_said_by`)
        spokespeople = self.lex.spokespeople  # "a spokesman for X", "an X spokeswoman"
        person_ends = {m.j for m in here if self.registry.type_of(m.ids[0]) == "Person"}
        roles = [
            x
            for x in out
            if lows[x] in self.lex.roles
            or lows[x] in spokespeople
            or (x >= 1 and lows[x - 1] == "who" and self._leading_verb(lows[x]))
            or (lows[x] in ("of", "at") and x in person_ends)  # "said Ann Lee of X"
        ]
        reg = self.registry
        if not roles:
            # '"Our scanner is ready," Ocura said', 'Ocura said: "Our scanner ..."': an
            # organization that is itself the subject of the reporting verb
            for m in here:
                if inside(quoted, m.i) or reg.type_of(m.ids[0]) != "Organization":
                    continue
                if (m.j < len(lows) and lows[m.j] in REPORTING) or (
                    m.i >= 1 and lows[m.i - 1] in REPORTING and not inside(quoted, m.i - 1)
                ):
                    return (m.ids[0],), 0.7
            return None
        orgs = [
            m for m in here if not inside(quoted, m.i) and reg.type_of(m.ids[0]) == "Organization"
        ]
        after = [m for m in orgs if m.i > (quoted[-1][1] if quoted else -1)]
        if orgs:
            return ((after or orgs)[0].ids[0],), 0.75
        if any(x >= 1 and lows[x - 1] == "its" for x in roles):
            skip = {m.ids[0] for m in here if inside(quoted, m.i)}
            rid = salience.subject(("Organization",), sno, skip=skip)
            return ((rid,), 0.7) if rid else None
        return None

    def _leading_verb(self, w: str) -> bool:
        """ "runs", "founded": after "who", the speaker's organization follows."""
        return w in LEAD_VERBS or w in self.lex.speaker_founding_verbs

    def _plan_turns(self) -> list[Turn]:
        """Each sentence's speaker turn (`loaders.speaker_turns.plan`)."""
        firsts: list[str] = []
        last = -1
        for s, _ in self.pairs:
            firsts.append(s.text_of(self.text) if s.paragraph != last else "")
            last = s.paragraph
        return plan([a.lows for _, a in self.pairs], [s for s, _ in self.pairs], firsts)

    def _enter_turn(self, sno: int, a: Analysis, names: list[Mention], salience: Salience) -> None:
        """This sentence's turn and its speaker: an interview answer's (the label's person,
        else the interviewee), a quotation's run over sentences (named in its `source`)."""
        turn = self.talk.turns[sno] if sno < len(self.talk.turns) else NO_TURN
        self.talk.turn, self.talk.voice = turn, None
        type_of = self.registry.type_of
        if sno == 0:  # "Mara Voss on Quillex's next decade": her "we" is Quillex
            self.talk.titled = person_on_firm(a.lows, names, type_of)
        if not turn.spans and not turn.turn:
            if self.talk.interviewee is None and (not a.headline or self.talk.headline):
                self._meet_interviewee(a, names)
            return
        if turn.turn:
            person = self._label_person(turn.label) if turn.label else self.talk.interviewee
            org = self._led_by(person)
            if org is None and person == self.talk.interviewee:
                org = self.talk.interviewee_org  # "Hana Ostrova of Brightmoor Freight"
            self.talk.voice = (person, org) if person else None
            named = self._name_answer(a, names) if turn.turn == "answer" else None
            self.talk.name_answer = (sno, named) if named else self.talk.name_answer
            if turn.turn == "question":
                asked = self._asked_org(names, org)
                self.talk.asked = (sno, asked) if asked else None
            return
        self.quoted = list(turn.spans)
        if turn.source < 0:
            return
        source = self.pairs[turn.source][1]
        quoted = list(self.talk.turns[turn.source].spans) or quote_spans(source.lows)
        here = names if turn.source == sno else self._plain_names(source)
        person = speaker_person(source.lows, quoted, here, type_of)
        found = self._speaker_org(source.lows, quoted, here, sno, salience)
        if found is None:
            org = self._led_by(self._said_by(source.lows, quoted, here, sno, salience))
        else:
            org = found[0][0]
        if person or org:
            self.talk.voice = (person, org)

    def _meet_interviewee(self, a: Analysis, names: list[Mention]) -> None:
        """The first person the body names (an interview's subject) and the organization named
        beside them (`_affiliation`)."""
        people = [m for m in names if self.registry.type_of(m.ids[0]) == "Person"]
        if people:
            self.talk.interviewee = people[0].ids[0]
            self.talk.interviewee_org = self._affiliation(a.lows, people[0], names)

    def _affiliation(self, lows: list[str], person: Mention, names: list[Mention]) -> str | None:
        """The organization named next to a person with no role: "Hana Ostrova of (at, from)
        Brightmoor Freight", "Hana Ostrova (Brightmoor Freight)", "Brightmoor Freight's Hana
        Ostrova"; else None."""
        for m in names:
            if self.registry.type_of(m.ids[0]) != "Organization":
                continue
            after = m.i == person.j + 1 and lows[person.j] in AFFILIATING
            if after or (m.j + 1 == person.i and lows[m.j] in POSSESSIVE_MARKS):
                return m.ids[0]
        return None

    def _name_answer(self, a: Analysis, names: list[Mention]) -> str | None:
        """The organization an answer is nothing but ("A: Norlund Capital."), else None."""
        lows = a.lows
        k = lows.index(":") + 1 if ":" in lows[:4] else 0
        orgs = [m for m in names if self.registry.type_of(m.ids[0]) == "Organization"]
        if len(orgs) == 1 and orgs[0].i == k and lows[orgs[0].j :] in (["."], []):
            return orgs[0].ids[0]
        return None

    def _asked_org(self, names: list[Mention], own: str | None) -> str | None:
        """The one organization a question names, not the interviewee's own ("Q: What about
        Varga Motors?"), else None."""
        type_of = self.registry.type_of
        orgs = {m.ids[0] for m in names if len(m.ids) == 1 and type_of(m.ids[0]) == "Organization"}
        orgs.discard(own or "")
        return orgs.pop() if len(orgs) == 1 else None

    def _after_question_about(self, sno: int) -> bool:
        """This sentence opens the answer to a question that named one organization: its "they"
        is that organization ("Q: What about Varga Motors? A: They fight us for every tender")."""
        talk = self.talk
        return talk.asked is not None and talk.asked[0] == sno - 1 and talk.turn.turn == "answer"

    def _after_name_answer(self, sno: int) -> bool:
        """This sentence follows, in the same answer, one that is only a name ("A: Norlund
        Capital. They hold 30% of us.")."""
        talk = self.talk
        if talk.name_answer is None or talk.name_answer[0] != sno - 1 or talk.turn.turn != "answer":
            return False
        return not opens_paragraph(self.pairs, sno)

    def _plain_names(self, a: Analysis) -> list[Mention]:
        """Another sentence's names, looked up with no count kept."""
        reg = self.registry
        out = []
        for c in a.cands:
            ids = [] if c.descriptor_only else reg.lookup_key(reg.key_of(c))
            if ids:
                out.append(Mention((ids[0],), c.i, c.j))
        return out

    def _label_person(self, label: tuple[str, ...]) -> str | None:
        """The person an interview turn's label names ("Ostrova", "Hana Ostrova") or gives the
        initials of ("HO", "H.O.")."""
        bare = label[0].replace(".", "")
        initials = bare if len(label) == 1 and len(bare) >= 2 else None
        for rid, e in self.registry.entities.items():
            if e.type != "Person":
                continue
            words = tuple(e.name.lower().split())
            if words[-len(label) :] == label or initials == "".join(w[0] for w in words):
                return rid
        return None

    def _led_by(self, person: str | None) -> str | None:
        """The organization a person leads or founded, by the relations found so far, else the
        one the opening line ties them to ("Mara Voss on Quillex's next decade")."""
        type_of = self.registry.type_of
        for src, rel, dst in self.doc.relations:
            if src == person and rel in ("LEADS", "FOUNDED") and type_of(dst) == "Organization":
                return dst
        titled = self.talk.titled  # the firm the title ties the person to (`titled_voice`)
        return titled[1] if titled is not None and person == titled[0] else None

    def _voice_at(self, a: Analysis, i: int, w: str) -> tuple[int, int, str, str] | None:
        """ "we", "I", "you" at i: a speaker's (in a quotation or an answer), an interview
        question's addressee; else None."""
        lex, turn = self.lex, self.talk.turn
        in_turn = bool(turn.turn) and inside(list(turn.spans), i)
        if w in lex.addressee_pronouns:
            return (i, i + 1, "pronoun", ADDRESSEE) if in_turn and turn.turn == "question" else None
        if turn.turn == "question" or not (in_turn or inside(self.quoted, i)):
            return None  # the interviewer's "we", a narrator's
        if turn.turn and not in_turn:
            return None  # a voice quoted in an answer ('The board told us: "We ..."')
        if w in lex.speaker_pronouns:
            return (i, i + 1, "pronoun", SPEAKER)
        if w == "i" and a.toks[i].text != "I":
            return None
        return (i, i + 1, "pronoun", SPEAKER_SELF)

    def _voice_person(self, lows: list[str], etype: str) -> Resolution | None:
        """ "I" in a quotation or an answer: the speaker; "you" in a question: the
        interviewee's organization, else the interviewee."""
        if self.talk.voice is not None:
            person, org = self.talk.voice
            rid = (org or person) if etype == ADDRESSEE else person
        elif etype == SPEAKER_SELF:
            rid = speaker_person(lows, self.quoted, self.here, self.registry.type_of)
        else:
            rid = None
        return ((rid,), 0.7) if rid else None

    def _binder(self, items: list[Mention], sno: int, salience: Salience) -> str:
        """The person an object pronoun cannot be: the nearest person named before it in the
        sentence ("Her mentor is Ken Aro, who has advised her": not Aro), else the clause
        subject."""
        for m in reversed(items):
            if m.kind == "pronoun" and m.word in POSSESSIVES:
                continue
            if self.registry.entities[m.ids[0]].type == "Person":
                return m.ids[0]
        return salience.clause_subject(sno)

    def _appositive_owner(
        self,
        ref: Ref,
        items: list[Mention],
        lows: list[str],
        sno: int,
        salience: Salience,
        types: tuple[str, ...],
    ) -> str | None:
        """ "after Skerra Air, its main rival": "its" is not the name the appositive describes
        but the sentence's other entity (a role noun closes the appositive)."""
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

    def _sentence(self, sno: int, s: Sentence, a: Analysis, salience: Salience) -> None:
        names = self._names(a, salience)
        if sno == 0:
            self.topic, self.first_line = opening_topic(
                [m.ids[0] for m in names], self.registry.type_of
            )
        self._enter(sno, a, names)
        self._enter_turn(sno, a, names, salience)
        self._describe(a, names, salience)
        self.unnamed_before = self.unnamed
        self.unnamed = {} if a.headline else self._indefinites(a, names, salience)
        text = self.text[s.start : s.end]
        ctx = sentence_context(self, sno, text, a, salience)  # before this sentence's names
        topic = self._line_topic(sno, s, salience)  # before this sentence's names count
        items, located = self._mentions(sno, a, names, salience)
        core = salience.core.get(sno, ())
        for m in names:
            self.first_named.setdefault(m.ids[0], (sno, m.ids[0] not in core))
        self.thing_before = not a.headline and thing_subject(a.lows, {m.i for m in items})
        self.items_before = (a.lows, items)
        self.roles.note(a.lows, items, sno)
        self.advisers |= advising_subjects(a.lows, items, a.words)
        self.clients |= advised_clients(a.lows, items, a.words)
        if self.trace is not None:
            self.trace.append((s, a, sorted(items, key=lambda m: m.i)))
        if len(names) >= 2 and not a.headline:
            self.groups.read_plurals(a.lows, names)  # "the canneries A and B"
        type_of = self.registry.type_of
        main = salience.main.get("Organization")
        if ctx.org is not None and names_other_org(
            items, ctx.org, main, type_of, a.lows, self.lex, self._clear_main(ctx.org, main)
        ):
            ctx = ctx.without_org()  # the sentence names its own organizations
        if not a.headline and not self.cues.sold.isdisjoint(a.words):
            self._note_unnamed_sale(sno, a, items)  # "X was sold" (one name: no rules run)
        head = None if a.question else self._list_item(s, a, items, topic)
        if head is not None and head.kind == "links":
            return  # "Related:" then "- Orla Capital buys Brenner Snacks": another story's
        if head is not None:
            self._list_rules(sno, s, text, a, items, ctx, head)
        subject = list_items.elided_subject(head)
        if a.question or not (
            subject or ctx.calls_for_rules(items, bool(located), a.words, self.lex, type_of)
        ):
            return
        if any(items[k].i < items[k - 1].i for k in range(1, len(items))):
            items.sort(key=lambda m: m.i)  # (in order already, as most are: no key calls)
        item = head is not None or marked(text)
        found, raised, sales = self._rules(text, a, items, located, ctx, item, subject)
        self._remember_found(sno, s, text, found, raised, sales)
        self._note_takeover(sno, a, found, items)
        self._note_company_deal(sno, a)

    def _clear_main(self, org: str, main: str | None) -> bool:
        """A bare role's organization is the article's most named one, named three times at
        least, and its clear topic."""
        return org == main and self.named(org) >= TOPIC_NAMINGS and clear_topic(self, org)

    def _list_item(
        self, s: Sentence, a: Analysis, items: list[Mention], topic: str | None
    ) -> ListHead | None:
        """The head of the list this sentence is an item of ("Shareholders:" above "Halden
        Capital 42%"), else None; a head line is remembered for the items after it."""
        if topic is None:
            return None  # the sentence does not end its line
        type_of = self.registry.type_of
        # a label's first word is capitalized by the layout ("Major shareholders:"), unless it
        # is a possessor ("Velmar Bank's shareholders:") or a longer name ("Corvan Shipping")
        lows = a.lows
        named = [m for m in items if m.i or m.j > 1 or (m.j < len(lows) and lows[m.j] == "'s")]
        orgs = [r for m in named for r in m.ids if type_of(r) in ("Organization", "Project")]
        return self.lists.item_head(s.start, s.end, orgs, topic or None)

    def _line_topic(self, sno: int, s: Sentence, salience: Salience) -> str | None:
        """The company the article is about ("" for none), for a sentence that ends its line
        in a text of several lines (a list's head or item, a fact box's field); else None."""
        text = self.text
        if text[s.end : s.end + 1] not in ("\n", "") or "\n" not in text:
            return None
        return salience.topic(sno) or ""

    def _list_rules(
        self,
        sno: int,
        s: Sentence,
        text: str,
        a: Analysis,
        items: list[Mention],
        ctx: SentenceContext,
        head: ListHead,
    ) -> None:
        """The relations a list item states under its head (`relations.list_items`)."""
        lows, ments, titled = _rule_items(a, sorted(items, key=lambda m: m.i))
        rules = ModelSentence(
            lows, ments, self.registry.type_of, self.lex, self.schema, False, titled, ctx
        )
        list_items.apply(rules, head)
        if rules.found:
            self._remember_found(sno, s, text, rules.found, None, ())

    def _note_company_deal(self, sno: int, a: Analysis) -> None:
        """Remember a takeover this sentence states between two companies with a word of
        buying ("agreed to buy", "will take over"; not "A owns B", nor "B is controlled by K,
        a fund"): the pair a later "both firms" may name (`_fitting_pair`)."""
        deal = self.deals.takeover
        if deal is None or deal[0] != sno or any(self._pair_outsider(x) for x in deal[1:]):
            return
        taking = "over" in a.words and not TAKE_WORDS.isdisjoint(a.words)
        if taking or not holding_words(self.lex).takeover_words.isdisjoint(a.words):
            self.company_deal = deal

    def _note_takeover(
        self, sno: int, a: Analysis, found: list[Found], items: list[Mention]
    ) -> None:
        """Remember a company this sentence says is being bought (or bid for), and its buyer:
        a share a later sentence names with no company is of it (`SentenceContext.stake_topic`)."""
        bought = [
            f
            for f in found
            if f.type == "OWNS"
            and (f.rule.startswith(BUYING_RULES) or _share_bought(a, items, f, self.lex))
            and self.registry.type_of(f.target) == "Organization"
        ]
        self._note_share_taken(sno, found, bought)
        if bought:
            f = next((f for f in bought if _bought_between(a, items, f, self.lex)), bought[0])
            self.deals.takeover = (sno, f.source, f.target)
            if not holding_words(self.lex).takeover_words.isdisjoint(a.words):
                self.purchased = (sno, f.target)  # not "A owns B"
            return
        if holding_words(self.lex).takeover_words.isdisjoint(a.words):
            # "offered $9 a share for T", "is trying to take over T"
            if deal_roles.BID_VERBS.isdisjoint(a.words) and "over" not in a.words:
                return
        lows, ments, _ = _rule_items(a, items)
        bid = deal_roles.bid_for(lows, ments, self.registry.type_of)
        if bid is not None:
            self.deals.takeover = (sno, *bid)

    def _note_share_taken(self, sno: int, found: list[Found], bought: list[Found]) -> None:
        """A sentence that found no company bought or funded but one majority share bought
        ("Lanric bought 63% of Tamsk Bakeries"): that company is the one taken, which a next
        sentence's "Its founder, X," stands for (`acquired_refs.bought_owner`)."""
        if self.deals.taken is not None and self.deals.taken[0] == sno:
            return
        if any(_buying(f) or f.type == "FUNDS" for f in found):
            return  # two companies bought or funded: `_remember_found` chose none
        shares = {f.target for f in bought if f.rule == SHARE_RULE}
        if len(shares) == 1:
            self.deals.taken = (sno, next(iter(shares)))

    def _note_unnamed_sale(self, sno: int, a: Analysis, items: list[Mention]) -> None:
        """Remember a thing this sentence says was sold with no buyer named, for a later "The
        buyer, Y," (`SentenceContext.sold`): the article's last sale."""
        lows, ments, _ = _rule_items(a, sorted(items, key=lambda m: m.i))
        sold = deal_roles.sold_unnamed(lows, ments) or deal_members.group_bought(
            lows, ments, self.lex
        )
        if sold and all(self.registry.type_of(r) == "Organization" for r in sold):
            self.last_sale = Sale(sno, (), sold, False)

    def _enter(self, sno: int, a: Analysis, names: list[Mention]) -> None:
        """This sentence's names, quotations and opening pair; the thing it says is costed."""
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
        # "A and B ..." of the sentence before, for an opening "They"
        self.opening_pair, self.next_pair = self.next_pair, self._opening_pair(a, names)
        self.quoted = quote_spans(a.lows) if not QUOTE_CHARS.isdisjoint(a.words) else []
        if not a.headline and not self.lex.merger_words.isdisjoint(a.words):
            self.merger_at = sno
        self._group_ids.clear()
        if not a.headline and names and not self.cues.cost_verbs.isdisjoint(a.words):
            thing = funding.costed(self.lex, a.lows, names)
            if thing and self.registry.type_of(thing) in ("Project", "Organization"):
                self.funded = (thing, sno)  # "X will cost £90m. The remainder ..."
        if not a.headline and len(names) >= 3:
            built = co_built(self.lex, a.lows, names, self.registry.type_of)
            if built is not None:  # "A and B will build X. Each side will provide $30m"
                self.funded = (built.thing, sno)
                self.groups.holders(built.members, sno)

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

    def _mentions(
        self, sno: int, a: Analysis, names: list[Mention], salience: Salience
    ) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
        """The sentence's mentions in order, names and resolved references ("he", "the
        company", "the consortium"), each counted in `salience`; and the places that locate a
        referent ("the Nashville start-up")."""
        if not a.headline:  # "Tovenmark agreed to ...": a weak opener a description may mean
            salience.verb_led |= verb_led_openers(a.lows, names, self.registry.entities, self.lex)
        refs = self._anaphora(a, names, sno) if not a.headline and a.refpos else []
        if not a.headline and len(names) > 1:
            refs = self._group_phrases(a, names, sno, refs)
        if not refs:  # names only: each counted, in order
            lows, lex, mentioned, mention = a.lows, self.lex, self.mentioned, salience.mention
            for m in names:
                rid = m.ids[0]
                side = oblique(lows, m.i, lex, m.j) or self._apposed_possessor(lows, m, names)
                mention(rid, sno, side, fronted(lows, m.i))
                mentioned[rid] = mentioned.get(rid, 0) + 1
            return list(names), []
        items: list[Mention] = []
        located: list[tuple[Mention, Mention]] = []
        events = sorted(
            [(m.i, 0, m) for m in names] + [(r[0], 1, r) for r in refs], key=lambda x: x[:2]
        )
        spans = [(r[0], r[1]) for r in refs]
        inner = [m for m in names if any(i <= m.i and m.j <= j for i, j in spans)]
        for _, _, obj in events:
            if isinstance(obj, Mention):
                if inner and obj in inner:
                    continue  # resolved with the phrase around it
                items.append(obj)
                if listing_exchange(a.lows, obj.i, obj.j):
                    self.mentioned[obj.ids[0]] = self.mentioned.get(obj.ids[0], 0) + 1
                    continue  # "(NYSE: CRV)": no subject a later "it" leans to
                side = oblique(a.lows, obj.i, self.lex, obj.j)
                side = side or self._apposed_possessor(a.lows, obj, names)
                self._count(obj.ids[0], sno, salience, side, fronted(a.lows, obj.i))
                continue
            i, j, kind, etype = obj
            inside = [x for x in inner if x.i >= i and x.j <= j]
            # "the ChartPilot documentation assistant" names ChartPilot, the Product itself
            named = any(self.registry.type_of(x.ids[0]) == etype for x in inside)
            got = None if named else self._resolve(obj, items, a.lows, sno, salience)
            if not got:
                hide = etype == "Organization" and _after_participle(a.lows, i)
                for x in inside:
                    if not hide or self.registry.type_of(x.ids[0]) != "Location":
                        items.append(x)  # "accusing the Cyprus company of": no party Cyprus
                    self._count(x.ids[0], sno, salience)
                continue
            ids, conf = got
            m = _reference_mention(a.lows, obj, ids, conf)
            if m.word in ("his", "her"):
                m = self._person_company(a.lows, m, salience) or m  # "he sold his company"
            self._locate(a.lows, m, inside, located)
            items.append(m)
            for rid in ids:
                salience.mention(rid, sno, oblique(a.lows, i, self.lex), fronted(a.lows, i))
        return items, located

    def _apposed_possessor(self, lows: list[str], m: Mention, names: list[Mention]) -> bool:
        """The name at m owns a noun that an organization's name then restates: "Halvern's
        listed rival, Orsay Credit, also gained" (Orsay is the subject a later "Its" leans to,
        not Halvern; "Halvern's chief, Ann Lee, said" keeps Halvern)."""
        k = m.j + 1
        if lows[m.j : k] != ["'s"]:
            return False
        while k < len(lows) and k - m.j <= 4 and lows[k].isalpha():
            k += 1
        if lows[k : k + 1] != [","] or lows[k - 1] not in self.cues.rivals:
            return False  # "Vantora's parent, Quillex, bought it": Vantora stays in view
        after = next((x for x in names if x.i == k + 1), None)
        type_of = self.registry.type_of
        return after is not None and type_of(after.ids[0]) == type_of(m.ids[0]) == "Organization"

    def _person_company(self, lows: list[str], m: Mention, salience: Salience) -> Mention | None:
        """ "In 2019 he sold his company to Brenner": "his company" (or "her firm", "his
        startup") is the company the person founded, leads or owns, the latest named; not
        when a name follows ("her company, Harlan Labs")."""
        k = m.j + (m.j < len(lows) and lows[m.j] == "own")
        hit = self.lex.anaphora.match(lows, k) if k < len(lows) else None
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

    def _count(
        self, rid: str, sno: int, salience: Salience, oblique: bool = False, front: bool = False
    ) -> None:
        salience.mention(rid, sno, oblique, front)
        self.mentioned[rid] = self.mentioned.get(rid, 0) + 1

    def _locate(
        self,
        lows: list[str],
        m: Mention,
        inside: list[Mention],
        located: list[tuple[Mention, Mention]],
    ) -> None:
        """Count the names inside a resolved reference; those that are places modifying it
        ("the Texas project", "the Boulder, Colorado-based company") locate its referent."""
        j, kind = m.j, m.kind
        type_of = self.registry.type_of
        # names inside "the Texas project" are modifiers: the place locates the referent
        project = any(type_of(r) == "Project" for r in m.ids)
        for n_x, x in enumerate(inside):
            self.mentioned[x.ids[0]] = self.mentioned.get(x.ids[0], 0) + 1
            if type_of(x.ids[0]) != "Location" or x.short or kind == "group":
                continue  # "the U.S. project": a nationality, not a site
            # "the Berghavn-based owner", not "the Berghavn-listed owner" (a listing is no seat)
            hyphen = self.lex.hyphen.get(lows[x.j + 1]) if x.j + 1 < j else None
            based = lows[x.j] == "-" and hyphen is not None and hyphen.target_first
            # "the Boulder, Colorado-based company": the town, not its state
            nxt = inside[n_x + 1] if n_x + 1 < len(inside) else None
            town = (
                nxt is not None
                and lows[x.j] == ","
                and nxt.i == x.j + 1
                and type_of(nxt.ids[0]) == "Location"
                and nxt.j + 1 < j
                and lows[nxt.j] == "-"
            )
            state = n_x > 0 and located and located[-1][1] is inside[n_x - 1]
            # "the Nashville start-up", "the Hamburg shipowner", "the Lyon seed company"
            modifier = x.j < j and (
                lows[x.j] in self.lex.place_heads
                or (j - x.j <= 2 and lows[j - 1] in self.lex.located_heads)
            )
            # "the Texas company": a state or a country names no seat (as `place_heads`)
            modifier = modifier and not state_only(self.registry.entities[x.ids[0]].name)
            if (based or town or project or modifier) and not state:
                located.append((m, x))

    def _rules(
        self,
        text: str,
        a: Analysis,
        items: list[Mention],
        located: list[tuple[Mention, Mention]],
        ctx: SentenceContext,
        item: bool = False,
        subject: str | None = None,
    ) -> tuple[list, str | None, tuple]:
        """The relations the rules find in the sentence (remembered by everything they read),
        the company it says raised a round, and the sales of a share it states. A list `item`
        ("Quillex - bought Vantora") is read as a clause, with the `subject` its head names
        when it has none (`list_items.predicate_item`)."""
        key = (
            text,
            a.headline,
            tuple((m.i, m.j, m.ids, m.kind, m.conf, m.word, m.short) for m in items),
            tuple((r.ids, p.ids) for r, p in located),
            ctx,
            item,
            subject,
        )
        hit = self.rule_memo.get(key)
        if hit is None:
            lows, ments, titled = _rule_items(a, items)
            if item:
                lows, ments, titled = _item_clause(lows, ments, titled, self.lex, subject)
            rules = SentenceRules(
                lows, ments, self.registry.type_of, self.lex, self.schema, a.headline, titled, ctx
            )
            for ref, place in located:
                rules.emit(ref, ("LOCATED_IN",), place, "appositive/np-place", 0.7)
            hit = (rules.run(), rules.round_owner, tuple(rules.sales))
            if len(self.rule_memo) >= MEMO_SIZE:
                self.rule_memo.clear()
            self.rule_memo[key] = hit
        return hit

    def _remember_found(
        self, sno: int, s: Sentence, text: str, found: list[Found], raised: str | None, sales: tuple
    ) -> None:
        """Add the relations found, and remember what later sentences read of them: the round's
        company, the last sale and stake, disputes, the thing funded, the holders."""
        if raised:
            self.round_owner = raised
        held: dict[str, list[str]] = {}
        if sales:
            sellers, sold = sales[-1]
            self.last_sale = Sale(sno, sellers, sold, True)
        stakes = tuple(
            dict.fromkeys(f.target for f in found if f.rule.startswith(("stake/", "holdings/")))
        )
        if stakes:
            self.last_held = (sno, stakes)
        taken = {f.target for f in found if _buying(f) or f.type == "FUNDS"}
        if len(taken) == 1:
            self.deals.taken = (sno, next(iter(taken)))
        for f in found:
            if f.type == "DISPUTES" and (self._forum(f.source) or self._forum(f.target)):
                continue  # "Marlow rejected X's argument" after "Judge Ann Marlow": a ruling
            self._add(f, s, text)
            if f.type in ("OWNS", "FUNDS") and not f.rule.startswith("rounds/"):
                held.setdefault(f.target, []).append(f.source)
            if f.type in ("FOUNDED", "FUNDS") and f.target in self.registry.entities:
                # "X left Holt to found Clearpath. The startup ...", "A and B invested in C.
                # The startup ...": a company founded or backed with money is one
                self.registry.entities[f.target].descr.add("startup")
            if f.type == "DISPUTES":
                self.disputes.append((f.source, f.target))
                self.dispute_snos.append(sno)
                self.disputed_at = sno
            elif f.type == "FUNDS":
                self.funded = (f.target, sno)
            if _buying(f):
                self.deals.buyer = (sno, f.source)  # "The purchase ... paid"
        for holders in held.values():
            self.groups.holders(holders, sno)  # "the two partners" in a later sentence

    def _forum(self, rid: str) -> bool:
        """A court or judge that rules on a case, never a party to it: a name whose head is a
        forum's word ("the Court of Appeal", "Harlow Commercial Court") or a person described
        as an adjudicator anywhere in the article ("Ann Marlow, the presiding judge")."""
        rec = self.registry.entities.get(rid)
        if rec is None:
            return False
        if rec.type == "Person":
            return not rec.descr.isdisjoint(self.lex.adjudicators)
        words = rec.name.lower().split()
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        return head in self.lex.forum_heads

    def _group_phrases(self, a: Analysis, names: list[Mention], sno: int, refs: list) -> list:
        """References plus this sentence's group-defining phrases ("a consortium headed by A
        that also includes B and C"), each one item standing for its members; a reference
        inside such a phrase gives way to it."""
        phrases = self.groups.read(a.lows, names, sno)
        if not phrases:
            return refs
        for g in phrases:
            self._group_ids[(g.i, g.j)] = g.members
        kept = [r for r in refs if not any(g.i < r[1] and r[0] < g.j for g in phrases)]
        kept.extend((g.i, g.j, "group", g.noun) for g in phrases)
        return sorted(kept)

    def _add(self, f: Found, s: Sentence, text: str) -> None:
        if s.headline:
            self.headlines.add(s.start)
        kept = self._kept(f)
        if kept is not None:
            evs = kept.evidence
            # one evidence item per sentence (the same key merge_evidence uses, in one document)
            if len(evs) >= MAX_EVIDENCE or any(e.start == s.start for e in evs):
                return
        ev = Evidence(
            text=text,
            document=self.doc_id,
            start=s.start,
            end=s.end,
            extractor="rules",
            confidence=f.confidence,
            rule=f.rule,
        )
        if kept is None:
            self.doc.add_relation(Relation(f.source, f.type, f.target, evidence=[ev]))
        elif not s.headline and evs[0].start in self.headlines:
            evs.insert(0, ev)  # a sentence from the body is better evidence than the headline
        else:
            evs.append(ev)

    def _kept(self, f: Found) -> Relation | None:
        """The relation of the document with f's type and ends, a symmetric type's in either
        order (the identity `Sentence.key` uses: `relation_key`), else None."""
        relations = self.doc.relations
        kept = relations.get((f.source, f.type, f.target))
        if kept is not None or not self.schema.is_symmetric(f.type):
            return kept
        return relations.get((f.target, f.type, f.source))

    def _passing_word(self, rid: str, name: str) -> bool:
        """One word in no relation that names a family ("the Veskari family": `family_only`)
        or, an organization only by default, a place in passing (`passing_place`)."""
        registry = self.registry
        if " " in name:
            return False
        if family_only(self.text, name, self.lex.group_nouns):
            return True
        if registry.type_of(rid) != "Organization" or not registry.uncued(rid):
            return False
        groups = [registry.groups[k] for k in registry.entities[rid].keys if k in registry.groups]
        firm_verb = any(g.firm_contexts for g in groups)  # "Ostrava sells", "Ostrava's unit"
        return passing_place(self.text, name, firm_verb, self.lex.person_cues.speech)

    def _entities(self) -> None:
        linked = set()
        for r in self.doc.relations.values():
            ends = (r.source, r.target)
            weak = any(self.registry.entities[x].weak and x not in self.referred for x in ends)
            if not weak or max(e.confidence for e in r.evidence) >= 0.7:
                linked |= {r.source, r.target}
        for rid, rec in self.registry.entities.items():
            if rid not in self.mentioned:
                continue
            if rid not in linked and (rec.type == "Location" or rec.weak):
                continue  # places in passing ("in America"), lone capitalized openers
            if rid not in linked and self._passing_word(rid, rec.name):
                continue  # "shipped from Ostrava", "owned by the Veskari family": no firm
            aliases = rec.aliases
            if rec.type == "Project":  # "the Kittery Bank wind farm": its name with the noun
                aliases = aliases + headed_aliases(self.text, [rec.name, *aliases], self.lex)
            # `Entity.named`, with the id from the registry's cached slugs (`Entity.named`
            # slugifies every kept name again, in interpreted code)
            name = " ".join(rec.name.split())
            merged = merge_aliases(aliases, name=name)
            entity = self.doc.add_entity(
                Entity(_slug(name), name, rec.type, merged, {}, [self.doc_id])
            )
            if rid not in linked and self.registry.uncued(rid):
                self.doc.uncued.add(entity.id)
        # a relation may only point at kept entities, with the types the schema allows for
        # them as finally resolved ("Ambrel Labs LEADS Sentrova" can never be emitted)
        ents = self.doc.entities
        for key in list(self.doc.relations):
            src, tgt = ents.get(key[0]), ents.get(key[2])
            if src is None or tgt is None or not self.schema.allows(key[1], src.type, tgt.type):
                del self.doc.relations[key]
        # an alias names one entity only: the one it is the name of, else the first
        owner: dict[str, str] = {_key(e.name): e.id for e in ents.values()}
        for e in ents.values():
            kept = []
            for alias in e.aliases:
                k = _key(alias)
                if owner.setdefault(k, e.id) == e.id:
                    kept.append(alias)
            e.aliases = kept


# the rules whose OWNS is a purchase, its buyer the one a later "The deal was financed by L"
# means: "X bought Y", "the takeover of Y by X", "The sale of Y to X closed"
BUYING_RULES: Final[tuple[str, ...]] = (
    "verbal/",
    "nominal/",
    "stake/sale-of",
    "stake/sold-to",
    "deal-roles/",
)


SHARE_RULE: Final[str] = "stake/percent"  # "A bought 63% of B": OWNS from a share of B


def _share_bought(a: Analysis, items: list[Mention], f: Found, lex: Lexicon) -> bool:
    """The found OWNS is a share bought: "Lanric will buy 70% of Tamsk Bakeries" (a word of
    buying between the buyer and the company; not "A owns 70% of B")."""
    return f.rule == SHARE_RULE and _bought_between(a, items, f, lex)


def _bought_between(a: Analysis, items: list[Mention], f: Found, lex: Lexicon) -> bool:
    """A word of buying stands between the holding's two mentions: "A agreed to buy B", not
    "A, owned by K, agreed to buy B" (K OWNS A is no takeover)."""
    src = [m for m in items if f.source in m.ids]
    tgt = [m for m in items if f.target in m.ids]
    if not src or not tgt:
        return False
    lo, hi = sorted((src[0].j, tgt[0].i))
    return not holding_words(lex).takeover_words.isdisjoint(a.lows[lo:hi])


def _rule_items(
    a: Analysis, items: list[Mention]
) -> tuple[list[str], list[Mention | None], set[int] | None]:
    """The rules' view of a sentence: its words with each mention (sorted by position) as one
    item `M`, the mention of each item, and the items inside a longer title ("Vice
    President", "General Counsel": words there trigger nothing). Brackets that only define or
    list the name before them ("(“Corvan”)", "(NYSE: CRV)") are left out."""
    lows: list[str] = []
    ments: list[Mention | None] = []
    # token -> item, needed only for the words inside a longer title (most sentences have none)
    long_titles = [(i, j) for i, j in a.titles if j - i > 1]
    pos: dict[int, int] | None = {} if long_titles else None
    drop = defining_asides(a, items)
    by_start: dict[int, Mention] = {}
    for item in items:
        by_start.setdefault(item.i, item)
    toks = a.lows
    n = len(toks)
    k = 0
    while k < n:
        hit = by_start.get(k)
        if drop and k in drop:
            k += 1
        elif hit is not None:
            lows.append(M)
            ments.append(hit)
            k = max(hit.j, k + 1)
        else:
            if pos is not None:
                pos[k] = len(lows)
            lows.append(toks[k])
            ments.append(None)
            k += 1
    if pos is None:
        return lows, ments, None
    return lows, ments, {pos[t] for i, j in long_titles for t in range(i + 1, j) if t in pos}


def _item_clause(
    lows: list[str],
    ments: list[Mention | None],
    titled: set[int] | None,
    lex: Lexicon,
    subject: str | None,
) -> tuple[list[str], list[Mention | None], set[int] | None]:
    """A list item read as a clause: "Quillex - bought Vantora" -> "Quillex bought Vantora"
    (titles' positions are dropped when the words move)."""
    new_lows, new_ments = list_items.predicate_item(lows, ments, lex, subject)
    return (new_lows, new_ments, titled) if new_lows is lows else (new_lows, new_ments, None)


def extract_file(path: str | Path, config: ExtractionConfig | None = None) -> GraphDocument:
    """Read and extract one article file."""
    text, title = read_article(path)
    if config is not None and config.extractor != "rules":
        from loaders.llm.run import extract_with_model

        return extract_with_model(text, config, title=title, source=str(path))
    return extract(text, config, title=title, source=str(path))


def to_contract_json(doc: GraphDocument) -> dict[str, Any]:
    """The `erg extract --format json` shape: canonical names, first evidence sentence."""
    names = {e.id: e.name for e in doc.entities.values()}
    return {
        "entities": [
            {"name": e.name, "type": e.type, "aliases": list(e.aliases)}
            for e in doc.entities.values()
        ],
        "relations": [
            {
                "source": names.get(r.source, r.source),
                "type": r.type,
                "target": names.get(r.target, r.target),
                "evidence": r.evidence[0].text if r.evidence else "",
            }
            for r in doc.relations.values()
        ],
    }


def _buying(f: Found) -> bool:
    """The found relation is a purchase: "A bought B", "A's takeover of B", "sold B to A"."""
    return f.type == "OWNS" and f.rule.startswith(BUYING_RULES)
