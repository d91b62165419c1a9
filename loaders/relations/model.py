"""The typed sentence model every construction rule reads, and the one place relations are
emitted.

A sentence is a sequence of items: words (lower-cased) and mentions (one item per resolved
mention, whatever its length: a name, "he", "the company", "the two"). `Sentence` holds the
items, the entity types of each mention, the cue checks (negation, hedges, denials) and the
relations found so far; navigation over clauses and coordination lives in
`loaders.relations.nav`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from graph.schema import Schema
from loaders.cue_mask import CUE_CONDITION, CUE_DENY, CUE_HEARSAY, cue_table, mask_of
from loaders.lexicon import Lexicon, Trigger
from loaders.relations.claim_sources import attributed_claim
from loaders.relations.context import NO_CONTEXT, SentenceContext
from loaders.relations.denials import denied_act
from loaders.relations.hedge_scope import (
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    appositive_fact,
    conditional,
    hearsay_starts,
    relative_fact,
    scope_start,
    supposed,
    unconfirmed,
)
from loaders.relations.opening_participle import participles, phrase_end
from loaders.relations.words import (
    ARTICLES,
    CLAUSE_STOP,
    DASHES,
    NO_TYPES,
    POSSESSIVES,
    PREPOSED_LEADS,
    PREPOSED_OPENERS,
    PREPOSED_PAIRS,
    PREPOSITIONS,
    PUNCT_STOP,
    M,
)
from loaders.schema_view import SchemaView

# the word of a context mention that stands for a firm named in the sentence, the host of a
# holder's clause ("T is majority-owned by H, which holds 62%"): `Sentence.context_keys`
HOST: Final = "host"


@dataclass(slots=True)
class Mention:
    """A resolved mention: entity ids (two for "the two"), token span, kind, confidence."""

    ids: tuple[str, ...]
    i: int
    j: int
    kind: str = "name"  # name, pronoun, np ("the company"), pair ("the two"), round
    conf: float = 1.0
    # what a reference reads as (`references.reference_mention`): the pronoun itself; the noun
    # of "the two rivals"; a group noun ("joint venture"); a deal role ("the buyer"); a title
    # ("the chief executive"); a site noun ("the factory")
    word: str = ""
    short: bool = False  # written as an abbreviation ("U.S.", "UK")

    # Written out (the dataclass keeps it): a compiled dataclass's generated `__init__` is
    # interpreted, and a mention is made for every name and reference of every sentence.
    def __init__(
        self,
        ids: tuple[str, ...],
        i: int,
        j: int,
        kind: str = "name",
        conf: float = 1.0,
        word: str = "",
        short: bool = False,
    ) -> None:
        self.ids = ids
        self.i = i
        self.j = j
        self.kind = kind
        self.conf = conf
        self.word = word
        self.short = short

    def shares(self, other: Mention) -> bool:
        """Whether the two mentions stand for a common entity ("Kerro" and "the company" it
        resolved to)."""
        return any(e in other.ids for e in self.ids)


@dataclass(slots=True)
class Found:
    """One relation a rule found; `rule` is "family/rule" ("verbal/svo", "stake/percent")."""

    source: str
    type: str
    target: str
    rule: str
    confidence: float

    def __init__(self, source: str, type: str, target: str, rule: str, confidence: float) -> None:
        self.source = source  # (written out, as `Mention.__init__`)
        self.type = type
        self.target = target
        self.rule = rule
        self.confidence = confidence


# words after "her" that make it an object, not a determiner
NOT_NOUNS = PREPOSITIONS | ARTICLES | frozenset({"and", "or", "but", "that", "as", "to"})
# ties33: manner adverbs after an object "her" ("counselled her privately for years"), unless a
# participle or adjective and its noun follow ("her closely held company")
MANNER_ADVERBS: Final[frozenset[str]] = frozenset(
    {"informally", "privately", "closely", "regularly", "quietly", "personally", "directly"}
)
# participles without "-ed" that a manner adverb may open ("her closely held company")
SHORT_PARTICIPLES: Final[frozenset[str]] = frozenset({"held", "run", "built", "grown", "known"})
# words after "her" that make it an object pronoun ("counselled her for years")
OBJECT_FOLLOWERS = frozenset(
    {",", ".", ";", ":", "and", "or", "for", "to", "as", "on", "in"}
    | {"since", "until", "through", "during", "after", "before"}  # "has advised her since 2018"
    | MANNER_ADVERBS
)


def her_object(nxt: str, after: str = ".") -> bool:
    """ "her" before `nxt` ("." at the end) and `after` is the object pronoun ("accused her of",
    "sued her in May", "counselled her for years", "told her the deal", "counselled her privately
    for years"), not a determiner ("her company", "her closely held company")."""
    if nxt in MANNER_ADVERBS:  # "her closely held company", "her privately run firm"
        return not (after.isalpha() and (after.endswith("ed") or after in SHORT_PARTICIPLES))
    return not nxt.isalpha() or nxt in NOT_NOUNS or nxt in OBJECT_FOLLOWERS


MONTH_LEADS = frozenset("in since by until of last early late mid next this from to".split())


def month_may(lows: list[str], k: int) -> bool:
    """ "in May", "May 3": the month, not the modal (words are lower-cased)."""
    if lows[k] != "may":
        return False
    after = lows[k + 1] if k + 1 < len(lows) else ""
    return (k > 0 and lows[k - 1] in MONTH_LEADS) or after[:1].isdigit()


def compatible(types: Iterable[str]) -> set[str]:
    """Types that can be listed together: companies, their products and projects."""
    types = set(types)
    things = {"Organization", "Product", "Project"}
    return types | things if types & things else types


# -- the preposed clause (`loaders.relations.preposed` reads it; `Sentence.blocked` too) --

OPENERS, LEADS = PREPOSED_OPENERS, PREPOSED_LEADS
# words that end the search for an aside's closing comma: its own clause ends there
ASIDE_ENDS: Final[frozenset[str]] = frozenset({".", ";", ":", "but", "and", '"', "“", "”"})


# "Reports that X had invested in Y were denied": a report's noun before "that", and the
# verbs that deny it after the reported clause
REPORT_NOUNS: Final[frozenset[str]] = frozenset(
    {"report", "reports", "claims", "claim", "suggestions", "rumours", "rumors", "speculation"}
    | {"allegations"}
)
SPECULATION: frozenset[str] = frozenset({"speculation", "rumours", "rumors", "suggestions"})
LATER_DENIALS: frozenset[str] = frozenset(
    {"denied", "dismissed", "rejected", "refuted", "disputed", "untrue", "false", "unfounded"}
)


def _report_denied(lows: list[str], lo: int, hi: int) -> bool:
    """The act between lo and hi is the content of a report that the sentence goes on to deny:
    "Reports that Kell had invested in Orra were denied by both companies"."""
    at = [
        k
        for k in range(max(0, lo - 6), lo - 1)
        if lows[k] in REPORT_NOUNS and lows[k + 1] == "that"
    ]
    nouns = [lows[k] for k in at]
    if any(w in SPECULATION for w in nouns):
        return True  # "Speculation that Kell will buy Orra grew": a rumour, no act
    if any(unconfirmed(lows, k) for k in at):
        return True  # "would not comment on claims that Kell had bought Orra"
    return bool(nouns) and any(w in LATER_DENIALS for w in lows[hi:])


def _past_aside(lows: list[str], lo: int, hi: int) -> int:
    """Where a subject's verb phrase starts past an aside set off by commas between the
    subject (ending before lo) and the verb at hi: "Ana Ruiz, once tipped to run X, joined Y"
    (the aside's hedge is its own). The aside must close before the verb, else lo."""
    if lo >= hi or lows[lo] != ",":
        return lo
    for q in range(lo + 1, hi):
        if lows[q] == ",":
            return q + 1
        if lows[q] in ASIDE_ENDS:
            break
    return lo


# words before a subject that deny its verb for every member ("Neither A nor B owns C")
NEGATED_LIST: Final[frozenset[str]] = frozenset({"neither", "nor"})
NOR_AUX: frozenset[str] = frozenset({"did", "does", "do", "has", "have", "had", "will", "would"})
MAX_LEAD: Final = 3  # "Just two weeks after"
MAX_CLAUSE = 30  # words from the opener to its closing comma
DATELINE_REACH: Final = 14  # words from a dateline's place to its dash


def sentence_start(s: Sentence) -> int:
    """Where the sentence proper starts: after a dateline ("OSLO, April 2 - ")."""
    lows = s.lows
    return dateline_end(lows) if lows and lows[0] == M and "Location" in s.etypes(0) else 0


def dateline_end(lows: list[str]) -> int:
    """After the dateline a place at lows[0] opens ("OSLO, April 2 - "), else 0."""
    for d in range(1, min(len(lows), DATELINE_REACH)):
        if lows[d] in DASHES:
            return d + 1
        if lows[d] in PUNCT_STOP:
            break
    return 0


def preposed_end(s: Sentence) -> int:
    """The comma closing a sentence-initial adverbial clause or phrase, else -1."""
    lows = s.lows
    n = len(lows)
    p = sentence_start(s)
    end = phrase_end(lows, p, participles(s.lex))  # "Backed by A, Tessmoor bought Y"
    if end >= 0:
        return end
    lead = 0
    while p < n and lead < MAX_LEAD and lows[p] not in OPENERS:
        if not (lows[p] in LEADS or lows[p].isdigit()):
            return -1
        p += 1
        lead += 1
    if p >= n or lows[p] not in OPENERS:
        return -1
    pair = PREPOSED_PAIRS.get(lows[p])
    if pair is not None and (p + 1 >= n or lows[p + 1] != pair):
        return -1  # "Rather, the company said": an adverb, not "Rather than"
    for q in range(p + 2, min(n, p + MAX_CLAUSE)):
        if lows[q] == ",":
            return _past_examples(lows, q)
        if lows[q] in PUNCT_STOP or lows[q] in DASHES:
            return -1
    return -1


# words that open examples of the noun before them ("many grocers, including X,")
EXAMPLE_OPENERS: frozenset[str] = frozenset({"including", "notably", "especially", "such"})


def _past_examples(lows: list[str], q: int) -> int:
    """The comma at q, or the one closing examples that follow it: "Like many grocers,
    including Orra Mills, Kell sued Pell" (Orra belongs to the preposed phrase)."""
    if q + 1 >= len(lows) or lows[q + 1] not in EXAMPLE_OPENERS:
        return q
    for r in range(q + 2, min(len(lows), q + 12)):
        if lows[r] == ",":
            return r
        if lows[r] in PUNCT_STOP:
            break
    return q


def relation_key(schema: SchemaView, source: str, rel: str, target: str) -> tuple[str, str, str]:
    """The identity of a relation within an article: a symmetric type's two ends in one order,
    so that "A partners with B" and "B partners with A" are one relation."""
    if schema.is_symmetric(rel):
        return (min(source, target), rel, max(source, target))
    return (source, rel, target)


class Sentence:
    """Items of one sentence (`lows`, `ments`), their types, and the relations found in it."""

    def __init__(
        self,
        lows: list[str],
        ments: list[Mention | None],
        type_of: Callable[[str], str],
        lex: Lexicon,
        schema: SchemaView | Schema,
        headline: bool = False,
        titled: set[int] | None = None,
        context: SentenceContext = NO_CONTEXT,
    ):
        self.lex = lex
        # what earlier sentences tell this one: a bare role's organization, the round's
        # company, disputes, the last sale or stake, ...
        self.context = context
        # items inside a multi-word title ("Vice President"): no role or trigger there
        self.titled = [k in titled for k in range(len(lows))] if titled else None
        # a bare schema (a caller outside the article pass) gets its own view
        self.schema = schema if isinstance(schema, SchemaView) else SchemaView(schema)
        self.type_of = type_of
        self.headline = headline
        self.found: list[Found] = []
        self.seen: set[tuple[str, str, str]] = set()
        # relations found with a clause's host as a context mention (`stake_host.hosted_owned`):
        # a named reading of the same pair may replace them
        self.context_keys: set[tuple[str, str, str]] = set()
        self.lows, self.ments = lows, ments
        self.starts: set[int] = set()  # positions of trigger words (verbs and nouns)
        self.claimed: set[int] = set()  # trigger words an earlier construction has read
        self.folds: list[tuple[int, int, int]] = []  # "Tesla CEO Elon Musk": (first, last, holder)
        self._types: dict[tuple[str, ...], frozenset[str]] = {}
        # `etypes` by position of `_types_of` (`ments`, until a rule drops words: `role.py`): a
        # list read, where `_types` hashes the ids' tuple at each call
        self._types_of: list[Mention | None] = ments
        self._types_at: list[frozenset[str] | None] = [None] * len(ments)
        # positions of words that may start a negation or hedge, and the words they are in
        # and where a hearsay phrase puts what follows out of fact (`hearsay_starts`)
        self._blocking: tuple[list[str] | None, list[int], frozenset[int]] = (None, [], frozenset())
        self._preposed: tuple[list[str] | None, int] = (None, -1)  # the preposed clause's comma
        # the cue mask of `lows` (`loaders.cue_mask`), and the word list it was made of
        self._cues: tuple[list[str] | None, int] = (None, 0)
        self.round_owner: str | None = None  # a company this sentence says raised a round
        # sales of a share this sentence states, (seller ids, sold ids): "Helm sold 70% of
        # Cardeo." (the next sentence reads the last one: "It will keep the other 30%.")
        self.sales: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        # the ids it names by name, noted before "Tesla CEO Elon Musk" folds the company away
        self.named: frozenset[str] = frozenset()
        # the ids of the names a role's fold dropped ("Marvane's biggest shareholder, Esna
        # Mutual" keeps Esna Mutual's mention only: Marvane), by `role.collapse_roles`
        self.folded_names: frozenset[str] = frozenset()

    def ment(self, k: int) -> Mention:
        """The mention item at k (callers have checked `lows[k] == M`)."""
        m = self.ments[k]
        assert m is not None
        return m

    # -- output ---------------------------------------------------------------------------------
    def emit(
        self,
        src: Mention,
        types: tuple[str, ...],
        tgt: Mention,
        rule: str,
        conf: float,
        trig: Trigger | None = None,
        every: bool = False,
    ) -> bool:
        """Add the first allowed type (or every allowed type) for each source/target pair."""
        made = False
        for s in src.ids:
            for t in tgt.ids:
                if s == t:
                    continue
                st, tt = self.type_of(s), self.type_of(t)
                if trig is not None:
                    if trig.source is not None and st not in trig.source:
                        continue
                    if trig.target is not None and tt not in trig.target:
                        continue
                for rel in types:
                    if not self.schema.allows(rel, st, tt):
                        continue
                    key = self.key(s, rel, t)
                    c = conf * src.conf * tgt.conf * (0.9 if self.headline else 1.0)
                    if key not in self.seen:
                        self.seen.add(key)
                        self.found.append(Found(s, rel, t, rule, round(c, 3)))
                        if HOST in (src.word, tgt.word) and "context" in (src.kind, tgt.kind):
                            self.context_keys.add(key)
                    elif key in self.context_keys and src.kind == tgt.kind == "name":
                        self._surer(key, round(c, 3))
                    made = True
                    if not every:
                        break
        return made

    def _surer(self, key: tuple[str, str, str], conf: float) -> None:
        """A reading of two named mentions lends its sureness to a less sure one of the same
        relation that a clause host gave as a context mention ("T is majority-owned by H, which
        holds 62%": as sure as the passive); the first reading's rule stays (what later rules
        read of it, a share's purchase or a deal's buyer, is unchanged)."""
        for n, f in enumerate(self.found):
            if self.key(f.source, f.type, f.target) == key and f.confidence < conf:
                self.found[n] = Found(f.source, f.type, f.target, f.rule, conf)
                self.context_keys.discard(key)
                return

    def key(self, source: str, rel: str, target: str) -> tuple[str, str, str]:
        """The seen-set key of a relation (`relation_key`)."""
        return relation_key(self.schema, source, rel, target)

    def withdraw(self, gone: list[Found]) -> None:
        """Take back relations found so far in this sentence (another reading wins), with their
        seen-set keys, so that a later rule may find them again."""
        self.found[:] = [f for f in self.found if f not in gone]
        self.seen.difference_update(self.key(f.source, f.type, f.target) for f in gone)

    def drop(self, src: Mention | None, rel: str, tgt: Mention | None) -> None:
        """Take back the relations of type `rel` found so far from src to tgt (None: any)."""
        self.withdraw(
            [
                f
                for f in self.found
                if f.type == rel
                and (src is None or f.source in src.ids)
                and (tgt is None or f.target in tgt.ids)
            ]
        )

    def allowed(
        self, src: Mention, types: Iterable[str], tgt: Mention, trig: Trigger | None = None
    ) -> bool:
        """Would `emit` add anything for these two mentions?"""
        allows = self.schema.allows
        for s in src.ids:
            for t in tgt.ids:
                st, tt = self.type_of(s), self.type_of(t)
                if s == t or (trig and trig.source is not None and st not in trig.source):
                    continue
                if trig and trig.target is not None and tt not in trig.target:
                    continue
                for rel in types:
                    if allows(rel, st, tt):
                        return True
        return False

    # -- cues -----------------------------------------------------------------------------------
    def blocked(self, lo: int, hi: int) -> bool:
        """A negation or hedge between lo and hi, or a denial before lo in the same clause."""
        lex = self.lex
        lows = self.lows
        if self._blocking[0] is not lows:  # where a negation or hedge may start, found once
            firsts = lex.blocking_firsts  # (again after `collapse_roles` replaced the words)
            starts = [k for k, w in enumerate(lows) if w in firsts]
            # (no hearsay phrase's first word in most sentences: `hearsay_index`)
            rumours = hearsay_starts(lex, lows) if self.cues() & CUE_HEARSAY else frozenset()
            self._blocking = (lows, starts, rumours)
        start = _past_aside(lows, lo, hi)
        if self.cues() & CUE_DENY and denied_act(lows, start, hi):  # (`DENY_FORMS`)
            return True  # "Ostrel denied buying Dunmere": the act is denied
        if self._hypothetical(lo, hi, start):
            return True
        # "considered buying A but bought B instead"; "and backed it" goes on with the report
        scope = scope_start(lows, start, hi, self._pronoun)
        for k in self._blocking[1]:
            if k < scope:
                continue
            if k >= hi:
                break
            w = lows[k]
            if w in lex.negation_exceptions and lex.negation_exceptions.match(lows, k):
                continue
            if w == "may" and month_may(lows, k):
                continue
            if (w in lex.negation and lex.negation.match(lows, k)) or (
                w in lex.hedges and lex.hedges.match(lows, k)
            ):
                return True
        if 2 <= lo <= len(lows) and (
            lows[lo - 2] in NEGATED_LIST
            or (lo >= 3 and lows[lo - 3] == "nor" and lows[lo - 2] in NOR_AUX)
        ):
            return True  # "Neither A nor B owns C", "nor did B invest in C"
        if relative_fact(lows, lo, hi, 0):
            # "would not say whether it backs Omar Quist, who has chaired Halden Bank since
            # 2015": a non-restrictive relative clause states a fact the hedge does not reach
            # (not when the relation runs past the clause: "denied that Kelso, which owns 9% of
            # it, had sued X")
            return False
        if appositive_fact(lows, lo, hi):
            return _report_denied(lows, lo, hi)  # "whether Kelso Bank, its lender, would sue X"
        closed = self._preposed_end()
        rumours = self._blocking[2]
        for k in range(min(lo, len(lows)) - 1, -1, -1):
            w = lows[k]
            if w in ("but", ";", "and", "while", "although") or k == closed:
                break  # "After X rejected the offer, Y bought Z": the denial is X's clause's
            if k >= 1 and w in RELATIVE_PRONOUNS and lows[k - 1] == ",":
                break  # "whether it would sue Kelso, which owns 9% of it": the clause's own
            if w in SUBORDINATORS:
                rumours = frozenset()  # "Talk of a bid faded after A bought B": A's act is fact
            if k in rumours:
                return True  # "talk that A would buy B": the report is no one's fact
            if w in lex.denials and lex.denials.match(lows, k):
                if k >= 1 and lows[k - 1] in lex.negation_exceptions:
                    if lex.negation_exceptions.match(lows, k - 1):
                        continue  # "sued to block A's purchase of B": an attempt, B is bought
                return True
        return _report_denied(lows, lo, hi)

    def cues(self) -> int:
        """The cue mask of `lows` (`loaders.cue_mask`: `s.cues() & CUE_X`), made once per word
        list (again after `collapse_roles` replaced the words)."""
        lows = self.lows
        if self._cues[0] is not lows:
            self._cues = (lows, mask_of(cue_table(self.lex), lows))
        return self._cues[1]

    def _pronoun(self, k: int) -> bool:
        """A pronoun's mention at k ("backed it")."""
        m = self.ments[k]
        return m is not None and m.kind == "pronoun" and m.word in ("it", "them")

    def _hypothetical(self, lo: int, hi: int, start: int) -> bool:
        """The act from lo (its clause from `start`) to hi is only supposed or claimed: "If
        regulators approve, Tarn would buy Kelda", "If Otto Wynn had started Harlow Foods, it
        would be bigger", "According to a lawsuit, Kelvin owns Brisk" (the claimant's claim)."""
        lows, lex = self.lows, self.lex
        if self.cues() & CUE_CONDITION:  # an "if" or "unless" (`CONDITIONS`): few sentences
            if conditional(lows, lex, start, hi, self._preposed_end()) or supposed(
                lows, lex, lo, hi
            ):
                return True
        return attributed_claim(lows, lex, lo, hi)

    def negated(self, lo: int, hi: int) -> bool:
        """A negation between lo and hi ("will not build", "B, never its rival"); hedges
        ("plans to") do not count."""
        lows, neg = self.lows, self.lex.negation
        return any(lows[x] in neg and neg.match(lows, x) for x in range(lo, hi))

    def _preposed_end(self) -> int:
        """`preposed_end` of this sentence, once per word list."""
        if self._preposed[0] is not self.lows:
            self._preposed = (self.lows, preposed_end(self))
        return self._preposed[1]

    def hedged_after(self, p: int) -> bool:
        """ "A partnership between A and B is in the works": a hedge after the group, in
        the same clause."""
        lows, lex = self.lows, self.lex
        for k in range(p, min(len(lows), p + 7)):
            w = lows[k]
            if w in CLAUSE_STOP or w == "," or w == M:
                return False
            if w == "may" and month_may(lows, k):
                continue
            if (w in lex.hedges and lex.hedges.match(lows, k)) or (
                w in lex.negation and lex.negation.match(lows, k)
            ):
                return True
        return False

    # -- items ----------------------------------------------------------------------------------
    def is_det(self, k: int) -> bool:
        """A possessive pronoun in determiner position ("his own venture")."""
        m = self.ments[k]
        if m is None or m.kind != "pronoun" or m.word not in POSSESSIVES:
            return False
        if m.word != "her":
            return True
        lows = self.lows
        return not her_object(*(lows[k + 1 : k + 3] + [".", "."])[:2])

    def etypes(self, k: int) -> frozenset[str]:
        """The entity types of the mention at k (empty for a word)."""
        if self._types_of is not self.ments:
            self._types_of, self._types_at = self.ments, [None] * len(self.ments)
        got = self._types_at[k]
        if got is not None:
            return got
        m = self.ments[k]
        if m is None:
            return NO_TYPES
        got = self._types.get(m.ids)
        if got is None:
            got = self._types[m.ids] = frozenset(self.type_of(i) for i in m.ids)
        self._types_at[k] = got
        return got

    def merged(self, idx: list[int]) -> Mention:
        """One mention standing for the coordinated mentions at `idx` ("A, B and C")."""
        ids: list[str] = []
        conf = 1.0
        for k in idx:
            mm = self.ment(k)
            for i in mm.ids:
                if i not in ids:
                    ids.append(i)
            conf = min(conf, mm.conf)
        first = self.ment(idx[0])
        return Mention(tuple(ids), first.i, first.j, first.kind, conf)

    def person_head(self, w: str) -> bool:
        """A noun that describes a person: "engineer", "investor", "chief executive"."""
        lex = self.lex
        if w in lex.titles:
            return True
        if w in lex.heads and lex.heads.lookup((w,)) == "Person":
            return True
        role = lex.roles.lookup((w,))
        return role is not None and role.person_holder
