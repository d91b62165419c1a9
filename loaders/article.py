"""News articles to entities and typed relations, fully offline, with the sentence as evidence.

    >>> doc = extract("Tesla CEO Elon Musk sued OpenAI. Musk founded xAI in 2023.")
    >>> sorted(doc.relations)                                      # doctest: +NORMALIZE_WHITESPACE
    [('elon-musk', 'DISPUTES', 'openai'), ('elon-musk', 'FOUNDED', 'xai'),
     ('elon-musk', 'LEADS', 'tesla')]
    >>> to_contract_json(doc)["relations"][0]["evidence"]
    'Tesla CEO Elon Musk sued OpenAI.'

The pipeline, one small module per step:
`loaders.sentences` splits the text (with offsets), `loaders.mentions` finds and types name
candidates, `loaders.coref` groups them into entities, `loaders.references` resolves "he",
"the company" or "the two" (with `loaders.voices` for the speakers of "we" and "I"), and
`loaders.relations` applies the rules. The words behind every step live in
`loaders/data/*.yaml` (see `loaders.lexicon`).

Two passes keep memory bounded on very large inputs: the first only gathers names (and, for
ordinary articles, keeps each sentence's analysis), the second resolves and extracts sentence
by sentence. Relations keep at most `MAX_EVIDENCE` sentences each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

from graph.errors import ErgError
from graph.model import Document, Entity, Evidence, GraphDocument, Relation, merge_aliases, name_key
from loaders.active_holders import active_holders
from loaders.analysis_memo import analyses
from loaders.analysis_memo import clear_caches as clear_caches
from loaders.co_builders import co_built
from loaders.config import ExtractionConfig
from loaders.coref import (
    Registry,
    Salience,
    _key,
    _slug,
    strip_legal,
)
from loaders.cue_mask import (
    CUE_BID,
    CUE_BOUGHT,
    CUE_CALLED_OFF,
    CUE_COST,
    CUE_DEAL_NOUN,
    CUE_HOLDING,
    CUE_SAYING,
    CUE_SOLD,
    CUE_TAKEOVER,
    CUE_VENTURE,
)
from loaders.defined_names import defined_short, defining_asides, listing_exchange
from loaders.degree_asides import degree_asides
from loaders.description_refs import after_participle
from loaders.dropped_short_forms import ShortForms, article_short_forms, dropped_mentions
from loaders.family_names import family_led, family_only
from loaders.formats import MARKDOWN_SUFFIXES
from loaders.groups import GroupMemory
from loaders.leader_record import EvidenceReads, LeaderTies
from loaders.lexicon import Lexicon, read_data, word_set
from loaders.list_layouts import ListHead, Lists, marked
from loaders.mentions import Analysis, Candidate, analyze
from loaders.non_names import data_words
from loaders.oblique_mentions import (
    fronted,
    oblique,
    sidelined,
)
from loaders.ownership import Ownership
from loaders.passing_places import passing_place
from loaders.person_cues import pronoun_subject
from loaders.project_cues import headed_aliases
from loaders.references import ReferenceResolver, reference_mention
from loaders.relations import deal_members, deal_roles, funding, list_items
from loaders.relations.appositive import state_only
from loaders.relations.constructions import SentenceRules
from loaders.relations.context import Deals, Sale, SentenceContext, calls_for_rules, without_org
from loaders.relations.deal_guards import calls_off_sentence, walked_away_at
from loaders.relations.deal_loans import DEAL_NOUNS
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Found, Mention
from loaders.relations.model import Sentence as ModelSentence
from loaders.relations.owner_heads import org_heads
from loaders.relations.rest_holders import stated_stakes
from loaders.relations.role import government_bodies
from loaders.relations.unnamed_roles import clear_topic
from loaders.relations.words import (
    DEAL_TYPES,
    PREPOSED_OPENERS,
    SKIP_DETS,
    M,
    control_participle,
)
from loaders.retractions import retracts
from loaders.role_refs import RoleMemory
from loaders.schema_view import SchemaView
from loaders.sentence_context import (
    context_cues,
    names_other_org,
    sentence_context,
)
from loaders.sentence_state import SentenceState
from loaders.sentences import Sentence, split_sentences
from loaders.speaker_turns import Talk
from loaders.statement_speakers import statement_speaker
from loaders.textfile import read_text
from loaders.title_line import title_line_end
from loaders.topic import (
    interviewee_offset,
)
from loaders.venture_refs import loose_venture
from loaders.verb_led import verb_led_openers
from loaders.voices import Voices
from loaders.wide_places import drop_wide_places

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
    """One article's two passes: gather names, then resolve and apply the rules.

    The second pass reads each sentence's names, hands its references to a
    `ReferenceResolver` (`refs`: `enter`, `find`, `resolve`, `leave`), applies the rules to the
    mentions and remembers what they found (deals, sales, disputes, owners) for the sentences
    after; `voices` follows the speakers."""

    def __init__(
        self, text: str, doc_id: str, config: ExtractionConfig, doc: GraphDocument
    ) -> None:
        self.text = text
        # where the first line starts, asked for every sentence (stripping the text each time
        # would copy it once per sentence)
        self._first_start = len(text) - len(text.lstrip())
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
        self.voices = Voices(text, lex, self.registry, doc)  # who speaks (`loaders.voices`)
        # "he", "the company", "the two": what they stand for (`loaders.references`)
        self.refs = ReferenceResolver(
            text,
            lex,
            self.registry,
            doc,
            self.cues,
            deals=self.deals,
            ownership=self.ownership,
            roles=self.roles,
            groups=self.groups,
            mentioned=self.mentioned,
            voices=self.voices,
        )

    def _init_deal_memory(self) -> None:
        """What earlier sentences said: rounds, sales, deals, disputes, groups, owners."""
        self.round_owner: str | None = None  # the company last said to raise a round
        self.last_sale: Sale | None = None  # the last sale of a share or of a whole company
        self.last_held: tuple[int, tuple[str, ...]] | None = None  # (sentence no, held ids)
        self.last_holders: frozenset[str] = frozenset()  # the holders of those stakes
        # (sentence no, firm, founders): the one firm the latest sentence of FOUNDED set up
        self.last_founded: tuple[int, str, frozenset[str]] | None = None
        self.headline_ids: set[str] = set()  # the entities a headline names
        self.deals = Deals()  # the last purchase, company bought or funded, and takeover
        self.disputes: list[tuple[str, str]] = []  # DISPUTES found so far, oldest first
        # (sentence no, speaker ids) of the latest sentence that quotes or reports someone
        self.said: tuple[int, tuple[str, ...]] = (-9, ())
        self.disputed_at = -9  # the latest sentence that found a DISPUTES
        self.dispute_snos: list[int] = []  # the sentence of each of `disputes`
        self.funded: tuple[str, int] | None = None  # the latest FUNDS target, its sentence
        self.main_org: str | None = None
        # groups an earlier sentence listed the members of ("a consortium of A and B" ... "the
        # consortium", "the canneries A and B" ... "the canneries")
        self.groups = GroupMemory(self.lex, self.registry.type_of)
        self.bodies: dict[str, str] = {}  # "transport" -> the Department for Transport
        self.ownership = Ownership()  # the OWNS relations so far, by owner and by owned
        self.roles = RoleMemory(
            self.lex, self.registry.type_of
        )  # "bought from X": the supplier (`loaders.role_refs`)
        # (sentence, analysis, resolved mentions) of every sentence, for `loaders.explain`
        self.trace: list[tuple[Sentence, Analysis, list[Mention]]] | None = None

    def _init_sentence_state(self) -> None:
        """The article's sentences, the first words of its names, the last list head."""
        self.pairs: list[tuple[Sentence, Analysis]] = []
        self.key_firsts: frozenset[str] | None = None  # see `_key_firsts`
        self.short_forms = ShortForms({})  # the firms' short forms (`_names`), once built
        self.org_heads: dict[str, int] = {}  # organizations per last word of a name, once built
        # `leader_record.article_leaders`' last reading and the tie relations it read
        self.leaders_memo: tuple[LeaderTies, tuple[tuple[str, str], ...]] | None = None
        self.leader_reads: EvidenceReads = {}  # each tie evidence's reading (`leader_record`)
        # `pairs` and each sentence's start -> its index in it (`leader_record.pair_index`)
        self.pair_starts: tuple[list[tuple[Sentence, Analysis]], dict[int, int]] | None = None
        self.lists = Lists(self.text)  # the last list head, for the item lines under it

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
            reg.name_genders.read(a, reg)
            if a.headline and s.start == self.first_start():
                self._observe_interviewee(s)  # "Q&A: Hana Ostrova"
            self._acronyms(a)
            if prev is not None:
                pronoun_subject(prev, a, reg, self.lex)
            prev = a
        if cache:
            lower.update(*[a.lower for _, a in cache])  # (read by `build` only) in one call
        reg.build()
        self.short_forms = article_short_forms(reg, self.lex)  # "Larkmoor Road's founders"
        self.org_heads = org_heads(reg.entities)  # "who chairs the trust" (`owners_by_head`)
        self.bodies = government_bodies(
            [(rid, e.name) for rid, e in reg.entities.items() if e.type == "Organization"]
        )
        salience = Salience(reg)
        before = -1  # where the sentence before starts
        self.pairs = list(self.sentences())
        self.voices.begin(self.pairs)
        self.refs.begin(self.pairs)
        for number, (s, a) in enumerate(self.pairs):
            if before >= 0 and retracts(a.lows, self.lex):
                self.withdraw(before)  # "We said A owns B. It does not."
            elif (
                before >= 0
                and a.cues & CUE_CALLED_OFF
                and calls_off_sentence(a.lows, self.lex, a.words)
            ):
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
        return self._first_start

    # -- what the resolver knows, for `loaders.sentence_context` and `relations.unnamed_roles` --
    @property
    def talk(self) -> Talk:
        """The speakers' turns and the voice of the sentence read (`Voices.talk`)."""
        return self.voices.talk

    @property
    def topic(self) -> str | None:
        """The article's topic company (`loaders.topic`), once the first sentence is read."""
        return self.refs.topic

    @property
    def first_line(self) -> set[str]:
        """The organizations the article's first line names."""
        return self.refs.first_line

    def named(self, rid: str) -> int:
        """How often the article names an entity (its names and aliases, not references)."""
        return self.refs.named(rid)

    def public_bodies(self, salience: Salience, noun: str) -> set[str]:
        """The public bodies mentioned so far (`ReferenceResolver.public_bodies`)."""
        return self.refs.public_bodies(salience, noun)

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
            self.voices.talk.headline = True

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
        named = [m for m in self.refs.here if m.i < at and type_of(m.ids[0]) == "Organization"]
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
                self.ownership.forget()  # (its index holds the relations so far)
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
        spans = [(c.i, c.j) for c in a.cands]
        dropped = dropped_mentions(a.toks, a.lows, spans, self.short_forms)
        return sorted(out + dropped, key=lambda m: m.i) if dropped else out

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

    def _sentence(self, sno: int, s: Sentence, a: Analysis, salience: Salience) -> None:
        names = self._names(a, salience)
        if a.headline or (sno == 0 and s.end <= title_line_end(self.text)):
            self.headline_ids.update(i for m in names for i in m.ids)  # the title's
        self.refs.enter(sno, a, names, salience)  # its topic, quotes, speaker, descriptions
        self._note_costed(sno, a, names)
        text = self.text[s.start : s.end]
        ctx = sentence_context(self, sno, text, a, salience, names)  # before its names count
        lead = self.deals.lead
        if lead and sno > LEAD_SENTENCES and _other_deal(self.lex, a):
            self.deals.lead, self.deals.dropped = None, (sno, lead)  # "It bought a rival"
        topic = self._line_topic(sno, s, salience)  # before this sentence's names count
        items, located = self._mentions(sno, a, names, salience)
        self.refs.leave(sno, a, names, items, salience)  # what the next sentence reads of it
        self._note_speaker(sno, a, items)
        self.roles.note(a.lows, items, sno, a.words, a.cues)
        if not a.headline:
            self.groups.kin.read(a.lows, items, sno, a.cues)  # "his sons, A and B"
        if self.trace is not None:
            self.trace.append((s, a, sorted(items, key=lambda m: m.i)))
        if len(names) >= 2 and not a.headline:
            self.groups.read_plurals(a.lows, names)  # "the canneries A and B"
        type_of = self.registry.type_of
        main = salience.main.get("Organization")
        if ctx.org is not None and names_other_org(
            items, ctx.org, main, type_of, a.lows, self.lex, self._clear_main(ctx.org, main)
        ):
            ctx = without_org(ctx)  # the sentence names its own organizations
        if not a.headline and a.cues & CUE_SOLD:  # (`ContextCues.sold`)
            self._note_unnamed_sale(sno, a, items)  # "X was sold" (one name: no rules run)
        head = None if a.question else self._list_item(s, a, items, topic)
        if head is not None and head.kind == "links":
            return  # "Related:" then "- Orla Capital buys Brenner Snacks": another story's
        if head is not None:
            self._list_rules(sno, s, text, a, items, ctx, head)
        subject = list_items.elided_subject(head)
        if a.question or not (
            subject or calls_for_rules(ctx, items, bool(located), a.words, self.lex, type_of)
        ):
            return
        if any(items[k].i < items[k - 1].i for k in range(1, len(items))):
            items.sort(key=lambda m: m.i)  # (in order already, as most are: no key calls)
        item = head is not None or marked(text)
        found, raised, sales = self._rules(text, a, items, located, ctx, item, subject)
        # holders named by a passive or an active verb of holding, no buyer
        held_by = _held_by(a, items)
        if a.cues & CUE_HOLDING:  # (`active_holders.HOLDING_VERBS`: most sentences have none)
            held_by |= active_holders(self.lex, a.lows, items, a.words)
        self._remember_found(sno, s, text, a, found, raised, sales, held_by)
        self._note_takeover(sno, a, found, items)
        self.refs.note_company_deal(sno, a)

    def _note_speaker(self, sno: int, a: Analysis, items: list[Mention]) -> None:
        """Remember who the sentence quotes or reports (`loaders.statement_speakers`), for a
        bare denial in the next one ("Tarvel rejects that.")."""
        if a.headline or not (a.cues & CUE_SAYING):  # (`SAYING`)
            return
        ordered = items  # (in order already, as most are: no sorted copy, no key calls)
        if any(items[k].i < items[k - 1].i for k in range(1, len(items))):
            ordered = sorted(items, key=lambda m: m.i)
        mastheads = data_words(self.lex, "masthead_nouns")  # "the Kelso Courier said"
        said = statement_speaker(a.lows, ordered, self.registry.type_of, mastheads)
        if said:
            self.said = (sno, said)

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
        lows, ments, titled = _rule_items(a, sorted(items, key=lambda m: m.i), self.lex)
        rules = ModelSentence(
            lows, ments, self.registry.type_of, self.lex, self.schema, False, titled, ctx
        )
        list_items.apply(rules, head)
        if rules.found:
            self._remember_found(sno, s, text, a, rules.found, None, ())

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
            if a.cues & CUE_TAKEOVER:  # (`HoldingWords.takeover_words`)
                self.refs.purchased = (sno, f.target)  # not "A owns B"
            return
        if not (a.cues & CUE_TAKEOVER):
            # "offered $9 a share for T", "is trying to take over T"
            if not (a.cues & CUE_BID) and "over" not in a.words:  # (`deal_roles.BID_VERBS`)
                return
        lows, ments, _ = _rule_items(a, items, self.lex)
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
        lows, ments, _ = _rule_items(a, sorted(items, key=lambda m: m.i), self.lex)
        sold = deal_roles.sold_unnamed(lows, ments) or deal_members.group_bought(
            lows, ments, self.lex
        )
        if sold and all(self.registry.type_of(r) == "Organization" for r in sold):
            self.last_sale = Sale(sno, (), sold, False)

    def _note_costed(self, sno: int, a: Analysis, names: list[Mention]) -> None:
        """The thing this sentence says is costed ("X will cost £90m") or several build
        together ("A and B will build X"): what a later "The remainder ..." funds."""
        if not a.headline and names and a.cues & CUE_COST:  # (`ContextCues.cost_verbs`)
            thing = funding.costed(self.lex, a.lows, names)
            if thing and self.registry.type_of(thing) in ("Project", "Organization"):
                self.funded = (thing, sno)  # "X will cost £90m. The remainder ..."
        if not a.headline and len(names) >= 3:
            built = co_built(self.lex, a.lows, names, self.registry.type_of)
            if built is not None:  # "A and B will build X. Each side will provide $30m"
                self.funded = (built.thing, sno)
                self.groups.holders(built.members, sno)

    def _mentions(
        self, sno: int, a: Analysis, names: list[Mention], salience: Salience
    ) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
        """The sentence's mentions in order, names and resolved references ("he", "the
        company", "the consortium"), each counted in `salience`; and the places that locate a
        referent ("the Nashville start-up")."""
        if not a.headline:  # "Tovenmark agreed to ...": a weak opener a description may mean
            salience.verb_led |= verb_led_openers(a.lows, names, self.registry.entities, self.lex)
        if a.cues & CUE_VENTURE and loose_venture(a.lows, a.words):  # "her next venture": no
            # named one is "the venture"
            salience.loose_ventures.add(sno)
        refs = self.refs.find(a, names, sno)
        if not names and not refs:
            salience.note_roles(sno, a.lows)  # "The deal values the target at ..."
        if not refs:  # names only: each counted, in order
            lows, lex, mentioned = a.lows, self.lex, self.mentioned
            for m in names:
                rid = m.ids[0]
                side = sidelined(lows, m.i, lex, m.j) or self._apposed_possessor(lows, m, names)
                salience.mention(rid, sno, side, fronted(lows, m.i))  # (native: not bound)
                mentioned[rid] = mentioned.get(rid, 0) + 1
            return list(names), []
        items: list[Mention] = []
        state = SentenceState(sno, a.lows, items, salience, names)  # `items` grows as refs resolve
        located: list[tuple[Mention, Mention]] = []
        events = sorted(
            [(m.i, 0, m) for m in names] + [(r[0], 1, r) for r in refs], key=lambda x: x[:2]
        )
        spans = [(r[0], r[1]) for r in refs]
        inner = [m for m in names if any(i <= m.i and m.j <= j for i, j in spans)]
        for _, _, obj in events:
            if isinstance(obj, Mention):
                if not (inner and obj in inner):  # (an inner one: resolved with its phrase)
                    items.append(obj)
                    self._count_name(obj, sno, a.lows, names, salience)
                continue
            i, j, kind, etype = obj
            inside = [x for x in inner if x.i >= i and x.j <= j]
            # "the ChartPilot documentation assistant" names ChartPilot, the Product itself
            named = any(self.registry.type_of(x.ids[0]) == etype for x in inside)
            got = None if named else self.refs.resolve(obj, state)
            if not got:
                hide = etype == "Organization" and after_participle(a.lows, i)
                for x in inside:
                    if not hide or self.registry.type_of(x.ids[0]) != "Location":
                        items.append(x)  # "accusing the Cyprus company of": no party Cyprus
                    self._count(x.ids[0], sno, salience)
                continue
            ids, conf = got
            m = reference_mention(a.lows, obj, ids, conf, self.lex.place_cues.sites)
            if m.word in ("his", "her"):
                m = self.refs.person_company(m, state) or m  # "he sold his company"
            self._locate(a.lows, m, inside, located)
            items.append(m)
            for rid in ids:
                salience.mention(rid, sno, oblique(a.lows, i, self.lex), fronted(a.lows, i))
        return items, located

    def _count_name(
        self, m: Mention, sno: int, lows: list[str], names: list[Mention], salience: Salience
    ) -> None:
        """Count a name of a sentence with references in `salience`, as a side mention or not,
        and note whether it was said as a possessor (`Salience.note_possessor`)."""
        rid = m.ids[0]
        if listing_exchange(lows, m.i, m.j):
            self.mentioned[rid] = self.mentioned.get(rid, 0) + 1
            return  # "(NYSE: CRV)": no subject a later "it" leans to
        side = sidelined(lows, m.i, self.lex, m.j) or self._apposed_possessor(lows, m, names)
        self._count(rid, sno, salience, side, fronted(lows, m.i))
        if lows[m.j : m.j + 1] == ["'s"]:
            salience.note_possessor(rid, sno)  # "Tarlo's range ... the Dallas company"
        else:  # "sold Lark's stations to Opal, and the Denver company": no possessor's
            salience.named_after_possessors(rid, sno)

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
            lows, ments, titled = _rule_items(a, items, self.lex)
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
        self,
        sno: int,
        s: Sentence,
        text: str,
        a: Analysis,
        found: list[Found],
        raised: str | None,
        sales: tuple,
        held_by: frozenset[str] = frozenset(),
    ) -> None:
        """Add the relations found, and remember what later sentences read of them: the round's
        company, the last sale and stake, disputes, the thing funded, the holders."""
        if raised:
            self.round_owner = raised
        held: dict[str, list[str]] = {}
        if sales:
            sellers, sold = sales[-1]
            self.last_sale = Sale(sno, sellers, sold, True)
        # (`text` is the sentence's own text: its words are the analysis's, `a.lows`)
        stakes = stated_stakes(found, a.lows)
        if stakes:
            self.last_held = (sno, stakes)
            self.last_holders = frozenset(
                f.source for f in found if f.target in stakes and f.type in ("OWNS", "FUNDS")
            )
        # a passive of holding names a holder, no buyer, even beside a takeover word ("is owned
        # by K, which acquired it in 2016"); "taken over by", "absorbed by" name a buyer; so
        # does an active holding with no buying verb ("K has owned B since 2017": `active_holders`)
        passive_held = bool(held_by)
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
            elif f.type == "FUNDS" or f.rule == "backing/support-not-money":
                self.funded = (f.target, sno)  # backed without money: still the thing in view
            if _buying(f) and not (passive_held and f.rule in HELD_RULES and f.source in held_by):
                self._note_buyer(sno, f.source)  # "The purchase ... paid"
        for holders in held.values():
            self.groups.holders(holders, sno)  # "the two partners" in a later sentence
        self._note_founded(found, sno)
        dropped = self.deals.dropped
        if dropped is not None and dropped[0] == sno:
            if any(f.type in ("OWNS", "FUNDS") and f.source == dropped[1] for f in found):
                self.deals.lead = dropped[1]  # the opening buyer's own purchase again

    def _note_buyer(self, sno: int, buyer: str) -> None:
        """Keep the last purchase's buyer, and the buyer of the article's opening purchase while
        every purchase stated since is by the same buyer (`Deals.lead`; a sentence stating
        another deal drops it unless it names that buyer's purchase: `Deals.dropped`)."""
        last = self.deals.buyer
        if last is None and sno <= LEAD_SENTENCES:
            self.deals.lead = buyer
        elif self.deals.lead != buyer:
            self.deals.lead = None  # a second buyer: "the purchase" is no longer the lead's
        self.deals.buyer = (sno, buyer)

    def _note_founded(self, found: list[Found], sno: int) -> None:
        """Keep the one firm the sentence says was set up, with its founders, for a bare share
        in the next ("A set up V. A holds 51%": `sentence_context._founded_by`)."""
        founding = [f for f in found if f.type == "FOUNDED"]
        firms = {f.target for f in founding}
        if len(firms) == 1:
            self.last_founded = (sno, firms.pop(), frozenset(f.source for f in founding))

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
        referred = self.refs.referred
        for r in self.doc.relations.values():
            ends = (r.source, r.target)
            weak = any(self.registry.entities[x].weak and x not in referred for x in ends)
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


# the last sentence (counted from 0) whose purchase is the article's own (`Deals.lead`)
LEAD_SENTENCES: Final = 2
# judging phrases whose "a ... deal" states no new deal ("a good deal", "a great deal of work")
DEAL_JUDGEMENTS: Final = word_set(read_data("grammar.yaml")["deal_judgements"])
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
    a: Analysis, items: list[Mention], lex: Lexicon
) -> tuple[list[str], list[Mention | None], set[int] | None]:
    """The rules' view of a sentence: its words with each mention (sorted by position) as one
    item `M`, the mention of each item, and the items inside a longer title ("Vice
    President", "General Counsel": words there trigger nothing). Brackets that only define or
    list the name before them ("(“Corvan”)", "(NYSE: CRV)") and a degree set off after a name
    (", Ph.D.,") are left out."""
    lows: list[str] = []
    ments: list[Mention | None] = []
    # token -> item, needed only for the words inside a longer title (most sentences have none)
    long_titles = [(i, j) for i, j in a.titles if j - i > 1]
    pos: dict[int, int] | None = {} if long_titles else None
    drop = defining_asides(a, items) | degree_asides(a, items, lex)
    by_start: dict[int, Mention] = {}
    for item in items:
        by_start.setdefault(item.i, item)
    toks = a.lows
    if pos is None and not drop:
        lows, ments = _plain_items(toks, by_start)  # (most sentences)
        return lows, ments, None
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


def _plain_items(
    toks: list[str], by_start: dict[int, Mention]
) -> tuple[list[str], list[Mention | None]]:
    """`_rule_items`' words and mentions with no word left out and no long title: the words
    between the items copied as slices (an item starting inside an earlier one is skipped)."""
    lows: list[str] = []
    ments: list[Mention | None] = []
    k = 0
    for i in sorted(by_start):
        if i < k or i >= len(toks):
            continue
        lows.extend(toks[k:i])
        ments.extend([None] * (i - k))
        hit = by_start[i]
        lows.append(M)
        ments.append(hit)
        k = max(hit.j, i + 1)
    lows.extend(toks[k:])
    ments.extend([None] * (len(toks) - k))
    return lows, ments


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


def _held_by(a: Analysis, items: list[Mention]) -> frozenset[str]:
    """The names a passive of holding gives ("is owned by K", "majority-owned by K"): holders,
    no buyers; "taken over by", "snapped up by" and every other passive buy names one."""
    if "by" not in a.words:  # (the word set: most sentences have no agent)
        return NO_HOLDERS
    lows = a.lows
    return frozenset(
        r
        for m in items
        if (b := _agent_by(lows, m.i)) >= 1 and control_participle(lows[b - 1])
        for r in m.ids
    )


AGENT_REACH: Final = 5  # descriptor words between "by" and its name: "by the Danish fund K"


def _agent_by(lows: list[str], i: int) -> int:
    """The "by" before the name at i, right before it or before a descriptor opened by an
    article ("controlled by the pension fund K"); else -1."""
    if i >= 1 and lows[i - 1] == "by":
        return i - 1
    k = i - 1
    while k > 0 and i - k <= AGENT_REACH and lows[k].isalpha() and lows[k] != "by":
        k -= 1
    if k < 1 or lows[k] != "by" or lows[k + 1] not in SKIP_DETS:
        return -1
    return k


NO_HOLDERS: Final[frozenset[str]] = frozenset()
# the rules whose OWNS a holding verb states: "is owned by K", "K has owned B since 2017"
HELD_RULES: Final = ("verbal/passive", "verbal/svo")


def _other_deal(lex: Lexicon, a: Analysis) -> bool:
    """Whether a sentence states a purchase with no named thing bought or a passive buyer ("it
    bought a rival", "was bought by its managers") or a deal by an indefinite noun ("signed a
    supply deal"), which a later "the purchase" may mean instead of the article's opening one
    (`Deals.lead`); not "buys its steel from", "bought into the firm"."""
    if not (a.cues & (CUE_BOUGHT | CUE_DEAL_NOUN)):
        return False  # most sentences: neither a past buying verb nor a deal noun
    bought = holding_words(lex).bought_participles
    lows = a.lows
    return any(
        (w in bought and lows[k + 1 : k + 2] in (["a"], ["an"], ["by"]))
        or (w in ("a", "an") and _other_deal_noun(lows[k + 1 : k + 4]))
        for k, w in enumerate(lows)
    )


def _other_deal_noun(after: Sequence[str]) -> bool:
    """A deal noun in the words after "a" ("a supply deal"), not judged ("a good deal", "a
    great deal of work": `grammar.deal_judgements`)."""
    return not DEAL_NOUNS.isdisjoint(after) and DEAL_JUDGEMENTS.isdisjoint(after[:1])


def _buying(f: Found) -> bool:
    """The found relation is a purchase: "A bought B", "A's takeover of B", "sold B to A"."""
    return f.type == "OWNS" and f.rule.startswith(BUYING_RULES)
