"""Relation rules over one sentence whose entity mentions are already resolved.

The sentence is a sequence of items: words (lower-cased) and mentions (one item per mention,
whatever its length). Rules, each named in the evidence they produce:

- `role`: role nouns next to names: "Tesla CEO Elon Musk", "Sam Altman, chief executive of
  OpenAI", "Satya Nadella, Microsoft's CEO", "Microsoft, one of OpenAI's partners", "advisor to
  Trump, Elon Musk". A premodifying role ("Tesla CEO Elon Musk") is then folded into the name,
  so later rules see one mention.
- `hyphen`: "Trump-backed Stargate", "Texas-based Tesla".
- `svo`: a trigger verb or noun between a subject and an object ("Microsoft invested in
  Stargate", "Musk's lawsuit against OpenAI"), with coordination on both sides.
- `passive`: "Stargate, an initiative supported by Donald Trump".
- `relative`: the object before the subject: "X, the platform he owns".
- `mutual`: "Musk and Altman clashed".
- `between`: "a feud between Musk and Altman", "a partnership between A and B".
- `group`: "Stargate is a joint venture between OpenAI, Oracle and SoftBank".

Every candidate is checked against the schema (endpoint types) and dropped when a negation,
hedge or denial cue stands between its entities ("never owned", "may invest", "denied it had
invested").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from graph.schema import Schema
from loaders.lexicon import GAP, Lexicon, Role, Trigger

M = "\x00"  # the lows[] entry of a mention item
PUNCT_STOP = frozenset({".", ";", ":", "?", "!"})
CLAUSE_STOP = frozenset({".", ";", ":", "?", "!", "but", "while", "whereas", "although"})
OBJ_STOP = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "that",
        "which",
        "who",
        "whom",
        "but",
        "while",
        "and",
        "or",
        "(",
        ")",
        '"',
        "“",
        "”",
        "?",
        "!",
        "when",
        "where",
        "because",
    }
)
DETS = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "his",
        "her",
        "their",
        "another",
        "also",
        "now",
        "then",
        "former",
        "longtime",
        "long-time",
        "current",
        "new",
        "newly",
        "named",
        "appointed",
        "interim",
        "acting",
        "top",
        "as",
        "next",
        "incoming",
        "permanent",
        "sole",
    }
)
ROLE_LINKS = (
    (",",),
    ("is",),
    ("was",),
    ("as",),
    ("became",),
    ("becomes",),
    ("remains",),
    ("has", "been"),
    ("had", "been"),
    ("serves", "as"),
    ("served", "as"),
    (",", "who", "is"),
    (",", "who", "was"),
    (",", "who", "became"),
    (",", "who", "also"),
    (",", "who", "remains"),
    (",", "who", "remained"),
    (",", "who", "has", "been"),
    (",", "who", "had", "been"),
    (",", "who", "is", "now"),
    (",", "who", "will", "remain"),
    (",", "who", "will", "become"),
    (",", "who", "would", "become"),
    (",", "now"),
    (",", "also"),
    ("will", "become"),
    ("would", "become"),
    ("to", "become"),
    ("will", "remain"),
    ("will", "serve", "as"),
    ("would", "serve", "as"),
    ("was", "named"),
    ("is", "named"),
    ("has", "been", "named"),
    ("was", "appointed"),
    ("has", "been", "appointed"),
    ("was", "named", "as"),
    ("was", "appointed", "as"),
)
ROLE_PREPS = frozenset({"of", "at", "for", "to", "in", "with"})
COORD = frozenset({",", "and", "&"})
GROUP_LINKS = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "a",
        "an",
        "the",
        ",",
        "new",
        "planned",
        "proposed",
        "also",
        "becomes",
        "became",
        "been",
        "has",
        "as",
    }
)
GROUP_PREPS = frozenset(
    {"between", "of", "by", "from", "among", "involving", "formed", "including", "with"}
)
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})

PREPOSITIONS = frozenset(
    {
        "of",
        "by",
        "in",
        "at",
        "from",
        "with",
        "for",
        "to",
        "on",
        "into",
        "against",
        "about",
        "over",
        "under",
        "than",
        "via",
        "between",
        "among",
        "including",
        "like",
        "toward",
        "towards",
        "across",
        "behind",
    }
)
SKIP_DETS = frozenset({"the", "a", "an"})
APPOSITIVE_DETS = frozenset({"a", "an", "the", "its", "his", "her", "their", "one", "another"})

AGENTS = frozenset({"Person", "Organization"})
# words after which a noun-like trigger ("fund", "rival") is still a verb
VERB_LEADS = frozenset(
    "to will would could can may might should must shall also now still not n't never and or "
    "but who which that soon already yet then it they he she we i".split()
)
DATE_WORDS = frozenset(
    "in on at during last this early late january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "year month week quarter spring summer autumn fall winter".split()
)
OWNED_THINGS = frozenset({"LEADS", "OWNS", "FOUNDED", "LOCATED_IN"})
NO_TYPES: frozenset[str] = frozenset()
DASHES = frozenset({"-", "--", "—", "–"})
REPORTING = frozenset({"said", "says", "announced", "announces", "confirmed", "added"})
AMOUNT = frozenset("$£€0123456789")
ROUND_DETS = frozenset({"the", "this", "that", "a", "an", "its", "their", "his", "her"})
ROUND_MODS = ROUND_DETS | frozenset(
    {
        "series",
        "million",
        "billion",
        "new",
        "latest",
        "recent",
        "previous",
        "last",
        "first",
        "second",
        "early",
        "late-stage",
        "early-stage",
        "growth",
        "funding",
        "financing",
        "investment",
        "venture",
        "seed",
        "pre-seed",
        "equity",
        "oversubscribed",
        "-",
        "of",
    }
)
ROUND_FILLER = frozenset(
    {
        "was",
        "were",
        "is",
        "are",
        "has",
        "had",
        "have",
        "been",
        "being",
        "will",
        "be",
        "also",
        "jointly",
        ",",
        "which",
        "that",
        "and",
        "of",
        "million",
        "billion",
    }
)

GAP_WORDS = 5
SUBJ_GAP = 8
SUBJ_GAP_FAR = 16
SUBJ_REACH = 30
OBJ_GAP = 4
PASSIVE_GAP = 12


@dataclass
class Mention:
    """A resolved mention: entity ids (two for "the two"), token span, kind, confidence."""

    ids: tuple[str, ...]
    i: int
    j: int
    kind: str = "name"
    conf: float = 1.0
    word: str = ""  # the pronoun itself, for pronoun mentions
    short: bool = False  # written as an abbreviation ("U.S.", "UK")


@dataclass
class Found:
    source: str
    type: str
    target: str
    rule: str
    confidence: float


def compatible(types: set[str]) -> set[str]:
    """Types that can be listed together: companies, their products and projects."""
    things = {"Organization", "Product", "Project"}
    return types | things if types & things else types


class SentenceRules:
    """Apply every rule to one sentence; `run` returns the relations found."""

    def __init__(
        self,
        lows: list[str],
        ments: list[Mention | None],
        type_of: Callable[[str], str],
        lex: Lexicon,
        schema: Schema,
        headline: bool = False,
        titled: set[int] | None = None,
        round_owner: str | None = None,
    ):
        self.lex = lex
        # items inside a multi-word title ("Vice President"): no role or trigger there
        self.titled = [k in titled for k in range(len(lows))] if titled else None
        self.schema = schema
        self.type_of = type_of
        self.headline = headline
        self.found: list[Found] = []
        self.seen: set[tuple[str, str, str]] = set()
        self.lows, self.ments = lows, ments
        self.starts: set[int] = set()
        self._types: dict[tuple[str, ...], frozenset[str]] = {}
        # the company whose funding round "the round" is, from earlier sentences
        self.context_round = round_owner
        self.round_owner: str | None = None  # a company this sentence says raised a round

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
                    key = (s, rel, t)
                    if self.schema.is_symmetric(rel):
                        key = (min(s, t), rel, max(s, t))
                    c = conf * src.conf * tgt.conf * (0.9 if self.headline else 1.0)
                    if key not in self.seen:
                        self.seen.add(key)
                        self.found.append(Found(s, rel, t, rule, round(c, 3)))
                    made = True
                    if not every:
                        break
        return made

    def allowed(self, src: Mention, types, tgt: Mention, trig: Trigger | None = None) -> bool:
        """Would `emit` add anything for these two mentions?"""
        for s in src.ids:
            for t in tgt.ids:
                st, tt = self.type_of(s), self.type_of(t)
                if s == t or (trig and trig.source is not None and st not in trig.source):
                    continue
                if trig and trig.target is not None and tt not in trig.target:
                    continue
                if any(self.schema.allows(rel, st, tt) for rel in types):
                    return True
        return False

    # -- cues -----------------------------------------------------------------------------------
    def blocked(self, lo: int, hi: int) -> bool:
        """A negation or hedge between lo and hi, or a denial before lo in the same clause."""
        lex = self.lex
        lows = self.lows
        for k in range(max(0, lo), min(hi, len(lows))):
            w = lows[k]
            if w in lex.negation_exceptions and lex.negation_exceptions.match(lows, k):
                continue
            if (w in lex.negation and lex.negation.match(lows, k)) or (
                w in lex.hedges and lex.hedges.match(lows, k)
            ):
                return True
        for k in range(min(lo, len(lows)) - 1, -1, -1):
            w = lows[k]
            if w in ("but", ";", "and", "while", "although"):
                break
            if w in lex.denials and lex.denials.match(lows, k):
                return True
        return False

    # -- navigation -----------------------------------------------------------------------------
    def is_det(self, k: int) -> bool:
        """A possessive pronoun in determiner position ("his own venture")."""
        m = self.ments[k]
        return m is not None and m.kind == "pronoun" and m.word in POSSESSIVES

    def etypes(self, k: int) -> frozenset[str]:
        m = self.ments[k]
        if m is None:
            return NO_TYPES
        got = self._types.get(m.ids)
        if got is None:
            got = self._types[m.ids] = frozenset(self.type_of(i) for i in m.ids)
        return got

    def left(self, k: int, gap: int, stops=PUNCT_STOP) -> int:
        """Index of the nearest mention before k within `gap` words, else -1."""
        lows = self.lows
        for m in range(k - 1, max(-1, k - gap - 2), -1):
            if lows[m] == M and not self.is_det(m):
                return m
            if lows[m] in stops:
                return -1
        return -1

    def right(self, k: int, gap: int, stops=OBJ_STOP) -> int:
        lows = self.lows
        n = len(lows)
        for m in range(k, min(n, k + gap + 1)):
            if lows[m] == M and not self.is_det(m):
                if m + 3 < n and lows[m + 1] == "-" and lows[m + 3] == M:
                    if lows[m + 2] in self.lex.hyphen:
                        return m + 3  # "Frankfurt-based Veridian Risk"
                if m + 2 < n and lows[m + 1] != M and lows[m + 1].isalpha():
                    # "former Convoy executive Tom Harlan": the person, not the employer
                    h = m + 2 if lows[m + 2] == M else m + 3
                    # only descriptors between: "Corvex and executive Tom Harlan" is a list
                    if h < n and lows[h] == M and self._person_head(lows[h - 1]):
                        if lows[m + 1] not in COORD and lows[h - 2] not in COORD:
                            return h
                return m
            if lows[m] in stops:
                return -1
        return -1

    def _prep_before(self, k: int) -> bool:
        """A preposition governs the mention at k: "at the bank", "at rival Nordwing"."""
        lows, lex = self.lows, self.lex
        m = k - 1
        words = 0
        while m >= 0 and (
            lows[m] in SKIP_DETS
            or (words < 2 and (lows[m] in lex.heads or lows[m] in lex.roles) and lows[m].isalpha())
        ):
            words += lows[m] not in SKIP_DETS
            m -= 1
        return m >= 0 and (lows[m] in PREPOSITIONS or lows[m] == "(")

    def subjects(self, k: int, verb: bool, near: int = SUBJ_GAP):
        """Subject candidates left of k, best first: the nearest mention that can be a
        subject (not after a preposition, not a possessor of a verb's subject, not a place),
        then further ones, and finally the sentence's opening name."""
        lows = self.lows
        words = 0
        m = k - 1
        out = []
        relative = False
        while m >= 0 and k - m <= SUBJ_REACH and len(out) < 3:
            w = lows[m]
            if relative and w != M and w != ",":
                break  # past "X, which ...": X was the only subject on offer
            if w == M:
                # "its investors", "its existing investors"
                det_ok = not self.is_det(m) or (
                    not verb
                    and (m == k - 1 or (k - m <= 3 and all(x.isalpha() for x in lows[m + 1 : k])))
                )
                if det_ok and "Location" not in self.etypes(m):
                    possessor = verb and m + 1 < len(lows) and lows[m + 1] == "'s"
                    if not possessor and (relative or not verb or not self._prep_before(m)):
                        limit = near if not out else SUBJ_GAP_FAR
                        if words <= limit:
                            out.append(m)
                if relative:
                    break
            elif w in CLAUSE_STOP:
                break
            elif w in ("which", "who") and m >= 1 and lows[m - 1] == ",":
                relative = True
                words += 1
            else:
                words += 1
            m -= 1
        # "Anthropic, founded by former OpenAI employees ..., is based in": the name before an
        # appositive or participial clause is the subject
        a = k - 1
        while a >= 0 and lows[a] in (
            "is",
            "was",
            "are",
            "were",
            "has",
            "have",
            "had",
            "will",
            "would",
            "also",
            "now",
            "still",
            "then",
            "later",
        ):
            a -= 1
        if a >= 1 and lows[a] == ",":
            start = -1
            for m in range(a - 1, max(-1, a - 18), -1):
                if lows[m] in PUNCT_STOP:
                    break
                if lows[m] == "," and m >= 1 and lows[m - 1] == M:
                    start = m - 1
                    break
            if start >= 0 and "Location" not in self.etypes(start) and not self.is_det(start):
                if start in out:
                    out.remove(start)
                out.insert(0, start)
        opening = self._opening()
        if opening >= 0 and opening < k and opening not in out and verb:
            if not any(lows[x] in CLAUSE_STOP for x in range(opening, k)):
                out.append(opening)
        return out

    def _opening(self) -> int:
        """The mention a sentence starts with ("Norvale, which ..., competes with ..."), after
        a dateline ("OSLO, April 2 - Halvorsen Air named ...")."""
        lows = self.lows
        n = len(lows)
        start = 0
        if n and lows[0] == M and "Location" in self.etypes(0):
            for d in range(1, min(n, 14)):
                if lows[d] in DASHES:
                    start = d + 1
                    break
                if lows[d] in PUNCT_STOP:
                    break
        for m in range(start, min(start + 3, n)):
            if lows[m] == M:
                return m if "Location" not in self.etypes(m) else -1
        return -1

    def coord(self, k: int, step: int) -> list[int]:
        """Mentions coordinated with the one at k ("A, B and C"), in the direction of `step`.

        Descriptors ("and internet broadcaster Kiosk Radio"), a repeated preposition ("and
        with Tessel") and, leftwards, an appositive ("A, a Pittsburgh-based developer, and B")
        are skipped. "Nashville, Tennessee" is one place, not two.
        """
        lows, lex = self.lows, self.lex
        n = len(lows)
        types = self.etypes(k)
        out = [k]
        m = k + step
        while 0 <= m < n:
            described = False
            if step > 0 and lows[m] in lex.heads and m + 1 < n and lows[m + 1] in COORD:
                m += 1  # "Boardroom app and ..."
            if step < 0 and m >= 1 and lows[m] == "'s" and lows[m - 1] == M:
                m -= 2  # "Zentro's Sensa": the possessor is a determiner here
            if step < 0 and m >= 2 and lows[m] in lex.hyphen and lows[m - 1] == "-":
                m -= 3  # "Andes Copper and Tokyo-based Kuroshio Metals"
            if step < 0:
                # "Tunewave and internet broadcaster Kiosk Radio": descriptors before the name
                d = m
                while d >= 0 and m - d < 3 and lows[d].isalpha() and lows[d] not in COORD:
                    d -= 1
                if d < m and lows[d + 1 : m + 1][-1] in lex.heads and d >= 0 and lows[d] in COORD:
                    m = d
                    described = True
            seps = []
            while 0 <= m < n and lows[m] in COORD and len(seps) < 2:
                seps.append(lows[m])
                m += step
            if not seps:
                break
            if step > 0 and seps == [","] and m < n and lows[m] in APPOSITIVE_DETS:
                # "Dr. Naomi Achebe, a practicing internist, and software engineer Luis Ferraro"
                e = self._appositive_end(m)
                if e < 0:
                    break
                m = e
                continue
            if step > 0 and "and" in seps and m < n and lows[m] in PREPOSITIONS:
                m += 1  # "and with Tessel"
            skipped = 0
            articles = True
            while (
                0 <= m < n
                and skipped < 3
                and ((lows[m] != M and lows[m].isalpha()) or (step > 0 and self.is_det(m)))
            ):
                if lows[m] in COORD or lows[m] in PREPOSITIONS:
                    break
                articles = articles and lows[m] in SKIP_DETS
                m += step  # descriptors: "and software engineer X", "and her brother X"
                skipped += 1
            if step > 0 and 0 <= m < n and lows[m] == M:
                # "and former Uber engineer Jonah Whitfield": a name inside the descriptor
                h = m + 1
                while h < n and h - m <= 2 and lows[h] != M and lows[h].isalpha():
                    h += 1
                if h < n and h > m + 1 and lows[h] == M and self._person_head(lows[h - 1]):
                    m = h
                    skipped += 1
                    articles = False
            if skipped and step > 0 and not articles:
                if not (0 <= m < n and lows[m - 1] in lex.heads):
                    break
            described = described or (skipped > 0 and step > 0 and not articles)
            if step < 0 and skipped:
                # leftwards: "A, a Pittsburgh-based developer of ..., and B"
                m = self._appositive_start(m, k)
                if m < 0:
                    break
            if not (0 <= m < n) or lows[m] != M:
                break
            other_types = self.etypes(m)
            if not (compatible(other_types) & compatible(types)):
                # "Brightline Capital and angel investor Tomoko Hayashi": a described list
                if not (described and (types | other_types) <= AGENTS):
                    break
            if seps == [","] and "Location" in types:
                break  # "Nashville, Tennessee"
            out.append(m)
            m += step
        return sorted(out)

    def _hedged_after(self, p: int) -> bool:
        """ "A partnership between A and B is in the works": a hedge after the group, in
        the same clause."""
        lows, lex = self.lows, self.lex
        for k in range(p, min(len(lows), p + 7)):
            w = lows[k]
            if w in CLAUSE_STOP or w == "," or w == M:
                return False
            if (w in lex.hedges and lex.hedges.match(lows, k)) or (
                w in lex.negation and lex.negation.match(lows, k)
            ):
                return True
        return False

    def _relative_subject(self, k: int) -> int:
        """ "Stonebridge, which is owned by X, is led by Y": before "is led", the name that
        opens the relative clause, else -1."""
        lows = self.lows
        a = k - 1
        while a >= 0 and lows[a] in ("is", "was", "are", "were", "has", "have", "had", "been"):
            a -= 1
        if a == k - 1 or a < 1 or lows[a] != ",":
            return -1
        for m in range(a - 1, max(0, a - 16), -1):
            if lows[m] in PUNCT_STOP:
                return -1
            if lows[m] in ("which", "who") and lows[m - 1] == "," and m >= 2 and lows[m - 2] == M:
                return m - 2 if not self.is_det(m - 2) else -1
        return -1

    def _person_head(self, w: str) -> bool:
        """A noun that describes a person: "engineer", "investor", "chief executive"."""
        lex = self.lex
        if w in lex.titles:
            return True
        if w in lex.heads and lex.heads.get((w,)) == "Person":
            return True
        role = lex.roles.get((w,))
        return role is not None and role.person_holder

    def _appositive_end(self, m: int) -> int:
        """From an appositive's determiner, the comma that closes it, else -1."""
        lows = self.lows
        n = len(lows)
        for p in range(m + 1, min(n, m + 12)):
            w = lows[p]
            if w == ",":
                return p
            if w == M and not (self.is_det(p) or self._prep_before(p)):
                return -1
            if w in PUNCT_STOP or w in ("and", "or", "who", "which", "that"):
                return -1
        return -1

    def _appositive_start(self, m: int, anchor: int) -> int:
        """From inside an appositive, the mention before its opening comma, else -1."""
        lows = self.lows
        limit = max(-1, m - 14)
        while m > limit:
            if lows[m] == ",":
                nxt = lows[m + 1] if m + 1 < len(lows) else ""
                opener = nxt in APPOSITIVE_DETS or nxt in self.lex.roles or nxt in self.lex.titles
                if opener and lows[m - 1] == M:
                    return m - 1  # ", a consultant," / ", head of its cargo unit,"
                return -1
            if lows[m] == M and (self.is_det(m) or self._prep_before(m)):
                pass  # "head of its cargo unit", "a professor at the University"
            elif lows[m] == M or lows[m] in PUNCT_STOP:
                return -1
            m -= 1
        return -1

    def merged(self, idx: list[int]) -> Mention:
        ids: list[str] = []
        conf = 1.0
        for k in idx:
            mm = self.ments[k]
            ids.extend(i for i in mm.ids if i not in ids)
            conf = min(conf, mm.conf)
        first = self.ments[idx[0]]
        return Mention(tuple(ids), first.i, first.j, first.kind, conf)

    # -- rules ----------------------------------------------------------------------------------
    def run(self) -> list[Found]:
        lex = self.lex
        # rules whose cue words are absent are skipped (most sentences have few cues)
        present = set(self.lows)
        if not present.isdisjoint(lex.roles):
            self.roles()
            self.collapse_roles()
        self.possessives()
        if "-" in present:
            self.hyphens()
        hits = self.trigger_hits()
        self.starts = {k for k, _, _ in hits}
        self.svo(hits)
        if not present.isdisjoint(lex.mutual):
            self.mutual()
        if not present.isdisjoint(lex.between):
            self.between()
        if not present.isdisjoint(lex.group):
            self.group()
        if "of" in present or "in" in present:
            self.places()
        if not present.isdisjoint(lex.place_heads):
            self.place_heads()
        if not present.isdisjoint(lex.round_nouns):
            self.rounds()
        return self.found

    # role nouns
    def roles(self) -> None:
        lows, lex = self.lows, self.lex
        self.folds: list[tuple[int, int, int]] = []  # (first, last, holder index)
        n = len(lows)
        k = 0
        while k < n:
            if lows[k] == M or lows[k] not in lex.roles or (self.titled and self.titled[k]):
                k += 1
                continue
            hit = lex.roles.match(lows, k)
            if hit and lows[k] in lex.titles:
                longer = lex.titles.match(lows, k)
                if longer and longer[0] > hit[0]:
                    hit = None  # "chief of staff": a title, not the head
            if not hit:
                k += 1
                continue
            length, role = hit
            e = k + length
            # "president and CEO of", "co-founder and chief executive officer of"
            while e + 1 < n and lows[e] == "and" and lows[e + 1] in lex.roles:
                more = lex.roles.match(lows, e + 1)
                if not more:
                    break
                role = Role(
                    tuple(dict.fromkeys(role.types + more[1].types)),
                    False,
                    role.person_holder or more[1].person_holder,
                    True,
                )
                e = e + 1 + more[0]
            if e < n and lows[e] == "officer":
                e += 1  # "chief executive officer"
            if e < n and (
                lows[e] in lex.role_modifiers or (e + 1 < n and lows[e + 1] == "officer")
            ):
                k = e  # "chief pharmacy officer": a function, not the head
                continue
            self._role_at(k, e, role)
            k = e

    def _role_emit(self, holder: int, other: int, role, lo: int, hi: int) -> None:
        if self.blocked(lo, hi):
            return
        h, o = self.ments[holder], self.ments[other]
        src, tgt = (o, h) if role.inverse else (h, o)
        self.emit(src, role.types, tgt, "role", 0.9, every=role.all)

    def _appointed(self, k: int, e: int, role) -> bool:
        """ "retained Nora Blaine, a consultant, as an adviser"; "take over as CEO of X"."""
        lows = self.lows
        n = len(lows)
        a = k - 1
        while a >= 0 and k - a <= 3 and lows[a] != "as" and (lows[a] in DETS or self.is_det(a)):
            a -= 1
        if a < 0 or lows[a] != "as":
            return False
        x = self._before_appositive(a)
        if x < 0:
            return False
        other = -1
        if e < n and lows[e] in ROLE_PREPS:
            other = self.right(e + 1, 1)
        if other >= 0:
            self._role_emit(x, other, role, x + 1, other)
            return True
        subj = self.subjects(x, True, near=4)
        if subj and subj[0] < x:
            self._role_emit(x, subj[0], role, subj[0] + 1, k)
        return True

    def _reporting_org(self, k: int, verb: bool = True) -> int:
        """The organization a sentence opens with when it reports ("Orrin said ...") and no
        other organization stands before k: the implicit party of a bare role."""
        lows = self.lows
        opening = self._opening()
        if opening < 0 or opening >= k or self.etypes(opening) != {"Organization"}:
            return -1
        if verb and not any(lows[m] in REPORTING for m in range(opening + 1, k)):
            return -1
        for m in range(opening + 1, k):
            if lows[m] == M and self.ments[m].kind != "pronoun" and "Person" not in self.etypes(m):
                return -1
        return opening

    def _before_appositive(self, a: int) -> int:
        """The mention just before position a, skipping auxiliaries ("would take over"), an
        appositive (", a consultant,") and names inside it ("a professor at the University
        of Minnesota who has worked as")."""
        lows = self.lows
        m = a - 1
        aux = 0
        while m >= 0 and lows[m] != M and lows[m] != "," and aux < 5 and lows[m].isalpha():
            m -= 1
            aux += 1
        if m >= 0 and lows[m] == M and not self.is_det(m) and not self._prep_before(m):
            return m
        if m >= 0 and lows[m] == M:
            m = self._appositive_start(m - 1, a)
            return m
        if m >= 0 and lows[m] == ",":
            start = self._appositive_start(m - 1, a)
            if start >= 0:
                return start
            if m >= 1 and lows[m - 1] == M:
                return m - 1
        return -1

    def _role_at(self, k: int, e: int, role) -> None:
        lows = self.lows
        n = len(lows)
        if self._appointed(k, e, role):
            return
        # "Altamira, whose president is Claire Dubois"
        if k >= 3 and lows[k - 1] == "whose" and lows[k - 2] == "," and lows[k - 3] == M:
            if e + 1 < n and lows[e] in ("is", "was") and lows[e + 1] == M:
                self._role_emit(e + 1, k - 3, role, k - 3, e + 1)
                return
        # Left side: O ['s] [mods<=2] ROLE
        o = -1
        m = k - 1
        mods = 0
        while (
            m >= 0
            and lows[m] != M
            and mods < 3
            and lows[m].isalpha()
            and lows[m] not in ("and", "of", "by", "for", "is", "was", "as", "a", "an", "the")
        ):
            m -= 1
            mods += 1
        possessive = m >= 0 and lows[m] == "'s"
        if possessive:
            m -= 1
        if m >= 0 and lows[m] == M and (possessive or mods == 0 or self.is_det(m)):
            o = m
        # inverse roles after a name: "its Brennan Cargo unit", "Meta's Instagram unit"
        if role.inverse and k >= 2 and lows[k - 1] == M and o == k - 1:
            x = k - 1
            owner = -1
            if self.is_det(x - 1):
                owner = x - 1
            elif x >= 2 and lows[x - 1] == "'s" and lows[x - 2] == M:
                owner = x - 2
            if owner >= 0:
                self._role_emit(x, owner, role, owner, k)
                return
        # Right side: ROLE [,] H; "Its chief executive is Yasmin Farouk"; "Delphine's
        # largest shareholder, the investment firm Harrowgate Partners"
        h = -1
        r = e
        if r < n and lows[r] == ",":
            r += 1
            if o >= 0 and r < n and lows[r] in ("the", "a", "an"):
                q = r + 1
                while q < n and q - r <= 3 and lows[q] != M and lows[q].isalpha():
                    q += 1
                if q < n and lows[q] == M and lows[q - 1] in self.lex.heads:
                    r = q
        elif o >= 0 and r + 1 < n and lows[r] in ("is", "was") and lows[r + 1] == M:
            r += 1
        if r < n and lows[r] == M:
            h = r
        if o >= 0 and h >= 0:
            if r > e and lows[e - 1].endswith("s") and lows[e - 1] != "'s":
                # "Its founders, Devon Price and Alicia Moreno": every holder
                for x in self.coord(h, +1):
                    self._role_emit(x, o, role, o, x)
                return
            self._role_emit(h, o, role, o, h)
            if r == e or possessive:  # "Tesla CEO Elon Musk": fold into the holder
                self.folds.append((o, h, h))
            return
        if o < 0 and h >= 0:
            # "CEO Sam Altman of OpenAI"
            if h + 2 < n and lows[h + 1] in ("of", "at") and lows[h + 2] == M:
                self._role_emit(h, h + 2, role, h, h + 2)
                return
            # "Nuvola said on Tuesday that co-founder Elena Marchetti would step down",
            # "Halvorsen named X, a former executive at rival Nordwing, as ..."
            rival = "COMPETES_WITH" in role.types
            if r == e and (role.person_holder or rival) and (e >= n or lows[e] not in ROLE_PREPS):
                org = self._reporting_org(k, verb=not rival)
                if org >= 0:
                    self._role_emit(h, org, role, org + 1, k)
                return
        if o < 0 and h < 0 and role.person_holder and (e >= n or lows[e] in PUNCT_STOP | {","}):
            # "Orrin said ... Daniel Avery, who will remain chairman."
            for link in ROLE_LINKS:
                s = k - len(link)
                if s >= 1 and tuple(lows[s:k]) == link and lows[s - 1] == M:
                    org = self._reporting_org(s - 1)
                    if org >= 0 and "Person" in self.etypes(s - 1):
                        self._role_emit(s - 1, org, role, org + 1, s - 1)
                    return
        if o >= 0 and h < 0:
            # "H, one of O's most important partners" / "Nadella, Microsoft's CEO"
            m = o - 1
            while m >= 0 and (lows[m] in DETS or lows[m] in ("one", "of")) and o - m <= 4:
                m -= 1
            if m >= 1 and lows[m] == "," and lows[m - 1] == M:
                self._role_emit(m - 1, o, role, m - 1, k)
                return
            for link in ROLE_LINKS:
                s = m - len(link) + 1
                if s >= 1 and tuple(lows[s : m + 1]) == link and lows[s - 1] == M:
                    self._role_emit(s - 1, o, role, s - 1, k)
                    return
        # Role followed by a preposition and the other party: "chief executive of OpenAI"
        if e < n and lows[e] in ROLE_PREPS:
            p = e + 1
            if p < n and lows[p] == "the":
                p += 1
            if p < n and self.is_det(p):
                p += 1
            # "a unit of German conglomerate Rheinholt"
            q = p
            while q < n and q - p < 3 and lows[q] != M and lows[q].isalpha():
                q += 1
            if q > p and q < n and lows[q] == M and lows[q - 1] in self.lex.heads:
                p = q
            if not (p < n and lows[p] == M):
                return
            other = p
            # H before: "H, [det] [mods] ROLE of O" / "H is the ROLE of O"
            m = k - 1
            while (
                m >= 0
                and lows[m] != M
                and lows[m] != ","
                and k - m <= 4
                and (lows[m] in DETS or lows[m].isalpha() or "Location" in self.etypes(m))
                and lows[m]
                not in (
                    "is",
                    "was",
                    "as",
                    "became",
                    "becomes",
                    "remains",
                    "who",
                    "been",
                    "now",
                    "also",
                )
            ):
                m -= 1
            if m >= 0 and lows[m] == M and "Location" in self.etypes(m) and m > 0:
                m -= 1  # "Kestrel, the U.S. maker of Sightline"
                while m >= 0 and lows[m] in DETS:
                    m -= 1
            for link in ROLE_LINKS:
                s = m - len(link) + 1
                if s >= 1 and tuple(lows[s : m + 1]) == link and lows[s - 1] == M:
                    self._role_emit(s - 1, other, role, s - 1, other)
                    return
            # H after: "the chief executive of OpenAI, Sam Altman" / "advisor for Trump, that
            # is, billionaire entrepreneur Elon Musk"
            q = other + 1
            if q < n and lows[q] == ",":
                hh = self.right(q + 1, 6, stops=PUNCT_STOP | {"and", "but"})
                if hh >= 0:
                    self._role_emit(hh, other, role, k, other)

    def collapse_roles(self) -> None:
        """Fold "Tesla CEO Elon Musk" into one mention item for the later rules."""
        if not self.folds:
            return
        drop: set[int] = set()
        for first, last, holder in self.folds:
            drop.update(k for k in range(first, last + 1) if k != holder)
        self.lows = [w for k, w in enumerate(self.lows) if k not in drop]
        self.ments = [x for k, x in enumerate(self.ments) if k not in drop]
        if self.titled:
            self.titled = [x for k, x in enumerate(self.titled) if k not in drop]

    # "Arclight's Halo", "its RxRunner robots": the owner of a product
    def possessives(self) -> None:
        lows = self.lows
        for k, mm in enumerate(self.ments):
            if mm is None or "Product" not in self.etypes(k):
                continue
            owner = -1
            if k >= 2 and lows[k - 1] == "'s" and lows[k - 2] == M:
                owner = k - 2
            elif k >= 1 and self.is_det(k - 1) and self.ments[k - 1].word != "his":
                owner = k - 1
            elif k >= 3 and lows[k - 1] == "," and lows[k - 2] in self.lex.heads:
                # "its triage app, CareLane", "Zentro's flagship thermostat, Sensa"
                d = k - 2
                while d >= 0 and k - d <= 5 and lows[d] != M and lows[d].isalpha():
                    d -= 1
                if d >= 0 and self.lex.heads.get((lows[k - 2],)) == "Product":
                    if self.is_det(d) and self.ments[d].word != "his":
                        owner = d
                    elif d >= 1 and lows[d] == "'s" and lows[d - 1] == M:
                        owner = d - 1
            if owner >= 0:
                self.emit(self.ments[owner], ("OWNS",), self.ments[k], "possessive", 0.7)

    # "Trump-backed Stargate", "X, a Pittsburgh-based developer"
    def hyphens(self) -> None:
        lows, lex = self.lows, self.lex
        n = len(lows)
        for k in range(n - 2):
            if lows[k] != M or lows[k + 1] != "-" or lows[k + 2] not in lex.hyphen:
                continue
            spec = lex.hyphen[lows[k + 2]]
            a = self.ments[k]
            start = k
            if spec.target_first and k >= 2 and lows[k - 1] == "," and lows[k - 2] == M:
                if "Location" in self.etypes(k) and "Location" in self.etypes(k - 2):
                    start = k - 2  # "the Madison, Wisconsin-based maker": the town
                    a = self.ments[k - 2]
            b = self.right(k + 3, 3)
            if b >= 0 and (b > k + 3 and self._prep_before(b) or self._described(k + 3, b)):
                b = -1  # "Bergen-based maker of the Glider-7": the maker is described
            if b < 0:
                b = self._described_left(start)
            if b < 0:
                continue
            t = self.ments[b]
            if spec.target_first:
                self.emit(t, spec.types, a, "hyphen", 0.8)
                continue
            for rel in spec.types:
                # "-backed" by a person is an endorsement, by an organization money.
                if rel == "FUNDS" and any(self.type_of(i) == "Person" for i in a.ids):
                    continue
                if self.emit(a, (rel,), t, "hyphen", 0.8):
                    break

    def _described(self, lo: int, hi: int) -> bool:
        """A head noun with its own complement between lo and hi ("maker of", "company
        that"): the name after it is not what the modifier describes."""
        lows, lex = self.lows, self.lex
        for m in range(lo, hi):
            if (lows[m] in lex.heads or lows[m] in lex.roles) and m + 1 < hi:
                if lows[m + 1] in PREPOSITIONS or lows[m + 1] in ("that", "which", "whose"):
                    return True
        return False

    def _described_left(self, start: int) -> int:
        """The name a modifier phrase describes, to its left: "Ambrel Labs, the
        Madison-based maker", "Velmora is a Denver-based company", "St. Luke's Medical
        Center in Knoxville, a Meridian-owned hospital"."""
        lows = self.lows
        q = start - 1
        while q > 0 and start - q <= 3 and lows[q] not in ("a", "an", "the") and "-" in lows[q]:
            q -= 1  # "a two-year-old Chicago startup"
        if q < 0 or lows[q] not in ("a", "an", "the"):
            return -1
        q -= 1
        if q >= 1 and lows[q] == "," and lows[q - 1] == M:
            b = q - 1
            if b >= 2 and "Location" in self.etypes(b) and lows[b - 1] in ("in", "at"):
                b = b - 2 if lows[b - 2] == M else -1
            return b
        if q >= 1 and lows[q] in ("is", "was", "remains", "becomes", "became") and lows[q - 1] == M:
            return q - 1
        return -1

    # trigger words
    def _match(self, k: int, phrase: tuple[str, ...]) -> int:
        lows = self.lows
        n = len(lows)
        p = k
        gap = False
        for w in phrase:
            if w == GAP:
                gap = True
                continue
            if gap:
                limit = min(n, p + GAP_WORDS + 1)
                inner = 0
                while p < limit and lows[p] != w:
                    if self.is_det(p):
                        pass  # "thrown his weight behind"
                    elif lows[p] == M and w in PREPOSITIONS and not inner:
                        inner = 1  # "complaint with the European Commission against"
                    elif lows[p] == M or lows[p] in PUNCT_STOP or lows[p] == ",":
                        return -1
                    p += 1
                if p >= limit:
                    return -1
                gap = False
            elif p >= n or lows[p] != w:
                return -1
            p += 1
        return p

    def trigger_hits(self) -> list[tuple[int, int, tuple[Trigger, ...]]]:
        lows, lex = self.lows, self.lex
        triggers = lex.triggers
        hits: list[tuple[int, int, tuple[Trigger, ...]]] = []
        n = len(lows)
        nxt = 0  # positions before this are inside the previous hit
        for k in [k for k, w in enumerate(lows) if w in triggers]:
            if k < nxt or (self.titled and self.titled[k]):
                continue
            best = None
            for phrase, trigs in dict.__getitem__(triggers, lows[k]):
                e = self._match(k, phrase)
                if e > k and (best is None or e > best[0]):
                    best = (e, trigs)
            if best is None:
                continue
            prev = lows[k - 1] if k > 0 else ""
            if prev == "-":
                continue  # "Trump-backed": the hyphen rule reads it
            if all(t.family == "verb" for t in best[1]) and (
                prev in ARTICLES
                or prev == "'s"
                or (prev in PREPOSITIONS and prev != "to" and not lows[k].endswith("ing"))
                or (hits and hits[-1][1] == k and any(t.family == "verb" for t in hits[-1][2]))
                or (lows[k] == "back" and (prev.endswith("ed") or prev in ("hit", "fought")))
                or (k > 0 and self.is_det(k - 1))
                or (k > 1 and lows[k - 2] == "-" and prev in lex.hyphen)  # "a Lima-based rival"
                or (k + 1 < n and lows[k].endswith("ing") and lows[k + 1] in lex.round_nouns)
                or self._noun_phrase_head(k)
            ):
                continue  # "his own venture", "the launch": a noun or adjective, not the verb
            hits.append((k, best[0], best[1]))
            nxt = best[0]
        return hits

    def _including(self, e: int) -> int:
        """ "invested in more than 40 companies, including the software maker Quayside": the
        first named example of a plural object, else -1."""
        lows = self.lows
        n = len(lows)
        for m in range(e, min(n, e + 10)):
            w = lows[m]
            if w == M or w in PUNCT_STOP:
                return -1
            if w in ("including", "among") or (w == "such" and m + 1 < n and lows[m + 1] == "as"):
                return self.right(m + 1 + (w == "such"), 4)
        return -1

    def _noun_phrase_head(self, k: int) -> bool:
        """ "the pension fund Westgate": a descriptor noun before a name, not a verb."""
        lows = self.lows
        if lows[k] not in self.lex.heads or k + 1 >= len(lows) or lows[k + 1] != M:
            return False
        prev = lows[k - 1] if k else ""
        if prev.isalpha() and prev not in VERB_LEADS and not prev.endswith("ly"):
            return True  # "buy smaller rival Delphine", "the pension fund Westgate"
        for m in range(k - 1, max(-1, k - 4), -1):
            if lows[m] in ARTICLES:
                return True
            if not lows[m].isalpha() or lows[m] in PREPOSITIONS:
                return False
        return False

    def _passive(self, k: int, e: int, trigs) -> bool:
        """ "Lumenfold was co-founded in 2023 by Maya Chen and Daniel Okoro"."""
        lows, ments = self.lows, self.ments
        n = len(lows)
        by = -1
        for m in range(e, min(n, e + 7)):
            if lows[m] == "by":
                by = m
                break
            if lows[m] == M or not (lows[m].isalpha() or lows[m][:1].isdigit()):
                break
        if by < 0:
            return False
        agent = self._agent(by + 1)
        if agent < 0:
            return True
        agents = self.merged(self.coord(agent, +1))
        patient = self._relative_subject(k)
        m = k - 1 if patient < 0 else -1
        words = 0
        while m >= 0 and words <= PASSIVE_GAP:
            if lows[m] == M and not self.is_det(m):
                agent_of_other = m > 0 and lows[m - 1] == "by"
                modifier = m + 1 < n and lows[m + 1] in ("'s", "-")  # "a Denver-based company"
                place = "Location" in self.etypes(m)  # "Quarrin, a Cambridge, Mass.-based ..."
                if not agent_of_other and not modifier and not place:
                    patient = m
                    break
            elif m in self.starts and "and" in lows[m + 1 : k] and lows[k - 1] in ("is", "was"):
                # "Orrin makes robots and is backed by X": the first verb's subject
                subj = self.subjects(m, True)
                patient = subj[0] if subj else -1
                break
            elif lows[m] in PUNCT_STOP or m in self.starts:
                break
            else:
                words += 1
            m -= 1
        if patient < 0 or self.blocked(patient + 1, k + 1):
            return True
        for t in trigs:
            if not t.participle:
                continue
            src, tgt = agents, ments[patient]
            if t.reverse:
                src, tgt = tgt, src
            self.emit(src, t.types, tgt, "passive", t.confidence, t)
        return True

    def svo(self, hits) -> None:
        lows, ments = self.lows, self.ments
        n = len(lows)
        starts = self.starts
        object_of: dict[int, list[int]] = {}
        first_subject: tuple[int, list[int]] | None = None
        for k, e, trigs in hits:
            verbish = any(t.family == "verb" for t in trigs)
            if any(t.participle for t in trigs) and self._passive(k, e, trigs):
                continue
            cands = self.subjects(k, verbish)
            if not cands:
                continue
            subj = cands[0]
            gap_words = list(lows[subj + 1 : k])
            if verbish and first_subject and k >= 2 and lows[k - 1] == "and" and lows[k - 2] == ",":
                # "X owns Y, a maker it bought in 2021, and competes with Z": X competes
                cands = [first_subject[0]]
                subj_lists = [first_subject[1]]
            elif (
                subj in object_of
                and gap_words
                and all(w in ("and", ",", "then", "also", "later") for w in gap_words)
            ):
                cands = [subj]
                subj_lists = [object_of[subj]]  # "Musk sued OpenAI and criticized Altman"
            else:
                subj_lists = [self.coord(c, -1) for c in cands]
            if verbish and first_subject is None:
                first_subject = (cands[0], subj_lists[0])
            gap = min((t.object_gap for t in trigs if t.object_gap is not None), default=OBJ_GAP)
            obj = self.right(e, gap)
            if obj < 0:
                obj = self._appositive_object(e)
            if obj < 0:
                # "bankrolled Quillora via": the object sits inside the trigger's gap
                obj = next((m for m in range(k + 1, e) if lows[m] == M), -1)
            if obj < 0:
                obj = self._including(e)
            if obj >= 0 and any(e < s < obj for s in starts):
                obj = -1
            src = obj - 1 - (lows[obj - 1] in SKIP_DETS) if obj > 0 else -1
            if src >= e and lows[src] == "from":
                obj = -1  # "agreed to buy four aircraft from Skyline": a seller, not the object
            if obj >= 0:
                obj_idx = self.coord(obj, +1)
                objects = [obj_idx]
                last = obj_idx[-1]
                # "invested in Musk's xAI": the possessed entity is the object
                if last + 1 < n and lows[last + 1] == "'s":
                    alt = self.right(last + 2, 2)
                    if alt >= 0 and not any(last < s < alt for s in starts):
                        objects.insert(0, self.coord(alt, +1))
                    elif all(set(t.types) <= OWNED_THINGS for t in trigs):
                        # "ran the bank's real estate desk", "bought Google's mapping unit":
                        # a part of the possessor, not the possessor itself
                        continue
                for c, subj_idx in zip(cands, subj_lists, strict=False):
                    if self.blocked(c + 1, e):
                        break
                    if self._emit_svo(subj_idx, objects, trigs, c == cands[0]):
                        object_of[obj_idx[-1]] = subj_idx
                        if any("FOUNDED" in t.types for t in trigs if t.family == "verb"):
                            self._cofounder(obj_idx, e)
                        break
                continue
            # no object: "X, the social media platform he owns"
            if verbish and k - subj - 1 <= 2:
                b = self.left(subj, 6)
                if b >= 0:
                    between = lows[b + 1 : subj]
                    ok = ments[b].kind == "np" and not between
                    ok = ok or (
                        bool(between)
                        and (between[0] == "," or "that" in between or "which" in between)
                        and "and" not in between
                        and "or" not in between
                    )
                    if ok and not self.blocked(b + 1, e):
                        for t in trigs:
                            if t.family != "verb":
                                continue
                            src, tgt = self.merged(subj_lists[0]), ments[b]
                            if t.reverse:
                                src, tgt = tgt, src
                            self.emit(src, t.types, tgt, "relative", 0.6, t)

    def _cofounder(self, obj_idx: list[int], e: int) -> None:
        """ "X started Nuvola in 2015 with her husband, chef Arturo Marchetti": the partner
        after "with" founded it too."""
        lows = self.lows
        n = len(lows)
        w = obj_idx[-1] + 1
        while w < n and w - obj_idx[-1] <= 4 and lows[w] != "with":
            if lows[w] == M or lows[w] in PUNCT_STOP or lows[w] == ",":
                return
            w += 1
        if w >= n or lows[w] != "with":
            return
        m = w + 1
        while m < n and m - w <= 6 and (lows[m] != M or self.is_det(m)):
            if lows[m] in PUNCT_STOP or not (lows[m] == "," or lows[m] == M or lows[m].isalpha()):
                return
            m += 1
        if m < n and lows[m] == M and "Person" in self.etypes(m) and not self.blocked(w, m):
            self.emit(
                self.merged(self.coord(m, +1)), ("FOUNDED",), self.merged(obj_idx), "svo", 0.7
            )

    def _emit_svo(self, subj_idx, objects, trigs, nearest: bool) -> bool:
        subject = self.merged(subj_idx)
        made = False
        for t in trigs:
            for cand in objects:
                tgt = self.merged(cand)
                a, b = (tgt, subject) if t.reverse else (subject, tgt)
                if not self.allowed(a, t.types, b, t):
                    continue
                rule = "svo" if t.family == "verb" else "noun"
                conf = t.confidence if nearest else t.confidence * 0.8
                made = self.emit(a, t.types, b, rule, conf, t) or made
                break
        return made

    def _appositive_object(self, e: int) -> int:
        """ "launched his own AI venture, xAI": a descriptor noun, a comma, then the name."""
        lows = self.lows
        n = len(lows)
        for m in range(e, min(n - 1, e + OBJ_GAP + 1)):
            if self.is_det(m):
                continue
            if lows[m] == ",":
                if m > e and lows[m - 1] in self.lex.heads and lows[m + 1] == M:
                    return m + 1
                return -1
            if lows[m] == M or lows[m] in OBJ_STOP:
                return -1
        return -1

    def _agent(self, k: int) -> int:
        """The mention after "by": "by former U.S. President Donald Trump", "by Dr. Ruiz",
        "by a $12 million grant from the Fund"."""
        lows = self.lows
        n = len(lows)
        m = k
        while m < n and m - k <= 7:
            if lows[m] == M and not self.is_det(m):
                if m + 2 < n and lows[m + 1] == "'s" and lows[m + 2] == M:
                    return m + 2  # "by Saudi Arabia's Public Investment Fund"
                if m + 1 < n and lows[m + 1] in self.lex.group_nouns:
                    return -1  # "by the Tessier family": not one named person
                t = m + 1
                while (
                    t < n and t - m <= 5 and lows[t] != M and (lows[t].isalpha() or lows[t] == "'s")
                ):
                    t += 1
                if t < n and t > m + 1 and lows[t] == M:
                    if lows[m + 1] in self.lex.titles or lows[m + 1] in self.lex.roles:
                        return t  # "by Tesla chief Elon Musk"
                    if "'s" in lows[m + 1 : t] and lows[t - 1] in self.lex.heads:
                        return t  # "by the Solheim family's investment firm Fjellstad"
                return m
            w = lows[m]
            if w == "." and m > k and lows[m - 1] in self.lex.abbreviations:
                m += 1  # "by Dr. Carla Ruiz"
                continue
            if w in PUNCT_STOP or w == "," or w in ("and", "but", "that", "which"):
                return -1
            if m - k >= 3 and w not in ("from", "of") and lows[m - 1] not in ("from", "of"):
                if not (lows[k] in ("a", "an") and m - k < 7):
                    # "by Swiss holding company Avelle Group": descriptors before the name
                    q = m
                    while q < n and q - k <= 7 and lows[q] != M and lows[q].isalpha():
                        q += 1
                    if q < n and lows[q] == M and lows[q - 1] in self.lex.heads:
                        return q
                    return -1
            m += 1
        return -1

    # "Musk and Altman clashed", "A and B announced a partnership"
    def mutual(self) -> None:
        lows, lex = self.lows, self.lex
        n = len(lows)
        for k in range(n):
            if lows[k] == M or lows[k] not in lex.mutual:
                continue
            best = None
            for phrase, types in lex.mutual.bucket(lows[k]):
                e = self._match(k, phrase)
                if e > k and (best is None or e > best[0]):
                    best = (e, types)
            if not best:
                continue
            e, types = best
            if e < n and (lows[e] == M or lows[e] in ("with", "against")):
                continue  # has an object: the trigger rules handle it
            subj = self.left(k, 3, CLAUSE_STOP)
            if subj < 0:
                continue
            idx = self.coord(subj, -1)
            group = self.merged(idx)
            if len(group.ids) < 2 or self.blocked(subj + 1, e):
                continue
            self._pairs(group, types, "mutual", 0.7)

    def _pairs(self, group: Mention, types: tuple[str, ...], rule: str, conf: float) -> None:
        ids = group.ids
        for x in range(len(ids)):
            for y in range(len(ids)):
                if x == y:
                    continue
                a = Mention((ids[x],), 0, 0, group.kind, group.conf)
                b = Mention((ids[y],), 0, 0, group.kind, group.conf)
                for rel in types:
                    if rel != "DISPUTES" and x > y:
                        continue
                    if self.emit(a, (rel,), b, rule, conf):
                        break

    # "a feud between Musk and Altman"
    def between(self) -> None:
        lows, lex = self.lows, self.lex
        n = len(lows)
        for k in range(n):
            if lows[k] == M or lows[k] not in lex.between:
                continue
            hit = lex.between.match(lows, k)
            if not hit:
                continue
            e = k + hit[0]
            p = e
            while p < n and p - e <= 4 and lows[p] not in ("between", "among") and lows[p] != M:
                if lows[p] in PUNCT_STOP or lows[p] == ",":
                    break
                p += 1
            if not (p < n and lows[p] in ("between", "among")):
                continue
            first = self.right(p + 1, 3)
            if first < 0:
                continue
            idx = self.coord(first, +1)
            group = self.merged(idx)
            if len(group.ids) < 2 or self.blocked(k, first) or self._hedged_after(idx[-1] + 1):
                continue
            self._pairs(group, hit[1], "between", 0.7)

    # "Stargate is a joint venture between OpenAI, Oracle and SoftBank"
    def group(self) -> None:
        lows, lex, ments = self.lows, self.lex, self.ments
        n = len(lows)
        for k in range(n):
            if lows[k] == M or lows[k] not in lex.group:
                continue
            hit = lex.group.match(lows, k)
            if not hit:
                continue
            e = k + hit[0]
            if not (e < n and lows[e] in GROUP_PREPS):
                continue
            first = self.right(e + 1, 2)
            if first < 0:
                continue
            members = self.merged(self.coord(first, +1))
            # the venture itself: before ("X is a joint venture") or after ("called X")
            x = -1
            m = k - 1
            while m >= 0 and lows[m] != M and (lows[m] in GROUP_LINKS or lows[m].isalpha()):
                if k - m > 5:
                    break
                m -= 1
            if m >= 0 and lows[m] == M and any(w in GROUP_LINKS for w in lows[m + 1 : k]):
                x = m
            if x < 0:
                last = self.coord(first, +1)[-1]
                q = last + 1
                if q < n and lows[q] in ("called", "named", "dubbed", ","):
                    x = self.right(q + 1, 2)
            if x < 0 or self.blocked(x + 1, first):
                continue
            self.emit(members, hit[1], ments[x], "group", 0.8)

    # "Hanbit Cells of Seoul", "at St. Luke's Medical Center in Knoxville"
    def places(self) -> None:
        lows, ments = self.lows, self.ments
        n = len(lows)
        for k in range(n - 2):
            if lows[k] != M or lows[k + 2] != M or "Location" not in self.etypes(k + 2):
                continue
            if lows[k + 1] == "of" or (lows[k + 1] == "in" and k > 0 and lows[k - 1] == "at"):
                if "Location" in self.etypes(k):
                    continue
                self.emit(ments[k], ("LOCATED_IN",), ments[k + 2], "place", 0.6)

    # "Fennick Logistics, a Lisbon start-up", "Brooklyn startup Harbor Lantern"
    def place_heads(self) -> None:
        lows, heads = self.lows, self.lex.place_heads
        n = len(lows)
        for k in range(n - 1):
            if lows[k] != M or "Location" not in self.etypes(k) or self.ments[k].short:
                continue  # "a U.S. maker": a nationality, not where the company sits
            h = k + 1
            while h < n and h - k <= 3 and lows[h] not in heads and lows[h].isalpha():
                h += 1
            if h >= n or lows[h] not in heads:
                continue
            b = self._described_left(k)
            if b < 0 and h + 1 < n and lows[h + 1] == M and not self._prep_before(k):
                b = h + 1
            if b >= 0:
                self.emit(self.ments[b], ("LOCATED_IN",), self.ments[k], "place-head", 0.7)

    # "The round was led by X, with participation from Y", "Y joined the round"
    def rounds(self) -> None:
        lows, lex = self.lows, self.lex
        n = len(lows)
        for r in range(n):
            if lows[r] not in lex.round_nouns:
                continue
            owner, definite, det = self._round_owner(r)
            if owner is None and definite and self.context_round:
                owner = Mention((self.context_round,), -1, -1, "round", 0.8)
            if owner is None:
                continue
            conf = 0.8 if owner.kind == "round" else 0.85
            for agents in self._round_agents_after(r + 1):
                if not self.blocked(r, agents[-1]):
                    self.emit(self.merged(agents), ("FUNDS",), owner, "round", conf)
            verb = self._round_verb_before(det)
            if verb >= 0:
                subj = self.subjects(verb, True)
                if subj and not self.blocked(subj[0] + 1, r):
                    self.emit(
                        self.merged(self.coord(subj[0], -1)), ("FUNDS",), owner, "round", conf
                    )

    def _round_owner(self, r: int) -> tuple[Mention | None, bool, int]:
        """Whose round the noun at r is, whether it is definite ("the round"), and where its
        noun phrase starts: "Ambrel's round", "closed a $12 million round" (the subject)."""
        lows, lex = self.lows, self.lex
        d = r - 1
        while d >= 0 and r - d <= 8 and lows[d] != M:
            w = lows[d]
            if w in ROUND_DETS:
                break
            if w in ROUND_MODS or w[:1] in AMOUNT or len(w) == 1:
                d -= 1
                continue
            if w == "in" and d >= 1 and (lows[d - 1] in ROUND_MODS or lows[d - 1][:1] in AMOUNT):
                d -= 1  # "$4 million in seed funding"
                continue
            break
        if d < 0:
            return None, False, 0
        if lows[d] == "'s" and d >= 1 and lows[d - 1] == M and not self.is_det(d - 1):
            return self.ments[d - 1], True, d - 1
        if self.is_det(d):
            return self.ments[d], True, d  # "its round"
        det = lows[d] in ROUND_DETS
        definite = lows[d] in ("the", "this", "that")
        start = d if det else d + 1
        # "Ambrel said it closed a $12 million round": the subject of a raising verb
        for v in range(start - 1, max(-1, start - 9), -1):
            if lows[v] in CLAUSE_STOP or lows[v] == M and not self.is_det(v):
                break
            if lows[v] in lex.round_raise and lex.round_raise.match(lows, v):
                subj = self.subjects(v, True)
                if subj and not self.blocked(subj[0] + 1, r):
                    owner = self.ments[subj[0]]
                    if "Organization" in self.etypes(subj[0]) and len(owner.ids) == 1:
                        self.round_owner = owner.ids[0]
                        return owner, False, start
                break
        return None, definite, start

    def _round_agents_after(self, p: int):
        """Investor lists after a round noun: "was led by X", ", with participation from Y"."""
        lows, lex = self.lows, self.lex
        n = len(lows)
        while p < n:
            q = p
            while (
                q < n
                and q - p <= 8
                and (
                    lows[q] in ROUND_FILLER
                    or lows[q] in ROUND_MODS
                    or lows[q] in DATE_WORDS
                    or lows[q][:1] in "$£€0123456789"
                    or len(lows[q]) == 1
                )
                and lows[q] not in PUNCT_STOP
            ):
                q += 1
            hit = lex.round_after.match(lows, q) if q < n and lows[q] in lex.round_after else None
            if not hit:
                return
            if hit[0] == 1 and lows[q] == "from" and q - p > 3:
                return
            first = self.right(q + hit[0], 4)  # "from angel investors including X"
            if first < 0:
                return
            idx = self.coord(first, +1)
            yield idx
            p = idx[-1] + 1

    def _round_verb_before(self, d: int) -> int:
        """ "X led the round", "Y participated in the round": the verb's position, else -1."""
        lows, lex = self.lows, self.lex
        for v in range(max(0, d - 4), d):
            if lows[v] in lex.round_before:
                hit = lex.round_before.match(lows, v)
                if hit and v + hit[0] == d:
                    return v
        return -1
