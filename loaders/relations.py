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
from loaders.lexicon import GAP, Lexicon, Trigger

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
    (",", "now"),
    (",", "also"),
)
ROLE_PREPS = frozenset({"of", "at", "for", "to", "in", "with"})
COORD = frozenset({",", "and", "&"})
BY_SKIP = frozenset(
    {
        "former",
        "billionaire",
        "the",
        "then",
        "late",
        "its",
        "his",
        "her",
        "rival",
        "fellow",
        "president",
        "longtime",
        "investor",
        "firm",
        "company",
        "startup",
        "group",
        "fund",
    }
)
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

GAP_WORDS = 4
SUBJ_GAP = 8
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


@dataclass
class Found:
    source: str
    type: str
    target: str
    rule: str
    confidence: float


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
    ):
        self.lex = lex
        self.schema = schema
        self.type_of = type_of
        self.headline = headline
        self.found: list[Found] = []
        self.seen: set[tuple[str, str, str]] = set()
        self.lows, self.ments = lows, ments

    # -- output ------------------------------------------------------------------------------------
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

    # -- cues --------------------------------------------------------------------------------------
    def _has(self, index, lo: int, hi: int) -> bool:
        lows = self.lows
        for k in range(max(0, lo), min(hi, len(lows))):
            if lows[k] in index and index.match(lows, k):
                return True
        return False

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

    # -- navigation --------------------------------------------------------------------------------
    def left(self, k: int, gap: int, stops=PUNCT_STOP) -> int:
        """Index of the nearest mention before k within `gap` words, else -1."""
        lows = self.lows
        for m in range(k - 1, max(-1, k - gap - 2), -1):
            if lows[m] == M:
                return m
            if lows[m] in stops:
                return -1
        return -1

    def is_det(self, k: int) -> bool:
        """A possessive pronoun in determiner position ("his own venture")."""
        m = self.ments[k]
        return m is not None and m.kind == "pronoun" and m.word in POSSESSIVES

    def right(self, k: int, gap: int, stops=OBJ_STOP) -> int:
        lows = self.lows
        for m in range(k, min(len(lows), k + gap + 1)):
            if lows[m] == M and not self.is_det(m):
                return m
            if lows[m] in stops:
                return -1
        return -1

    def coord(self, k: int, step: int) -> list[int]:
        """Mentions coordinated with the one at k ("A, B and C"), in the direction of `step`."""
        lows, ments = self.lows, self.ments
        anchor = ments[k]
        types = {self.type_of(i) for i in anchor.ids} if anchor else set()
        out = [k]
        m = k + step
        while 0 <= m < len(lows):
            seps = 0
            while 0 <= m < len(lows) and lows[m] in COORD and seps < 2:
                m += step
                seps += 1
            if seps == 0 or not (0 <= m < len(lows)) or lows[m] != M:
                break
            other = ments[m]
            if not other or not any(self.type_of(i) in types for i in other.ids):
                break
            out.append(m)
            m += step
        return out

    def merged(self, idx: list[int]) -> Mention:
        ids: list[str] = []
        conf = 1.0
        for k in idx:
            mm = self.ments[k]
            ids.extend(i for i in mm.ids if i not in ids)
            conf = min(conf, mm.conf)
        first = self.ments[idx[0]]
        return Mention(tuple(ids), first.i, first.j, first.kind, conf)

    # -- rules -------------------------------------------------------------------------------------
    def run(self) -> list[Found]:
        self.roles()
        self.collapse_roles()
        self.hyphens()
        hits = self.trigger_hits()
        self.svo(hits)
        self.mutual()
        self.between()
        self.group()
        return self.found

    # role nouns
    def roles(self) -> None:
        lows, lex = self.lows, self.lex
        self.folds: list[tuple[int, int, int]] = []  # (first, last, holder index)
        n = len(lows)
        k = 0
        while k < n:
            if lows[k] == M or lows[k] not in lex.roles:
                k += 1
                continue
            hit = lex.roles.match(lows, k)
            if not hit:
                k += 1
                continue
            length, role = hit
            e = k + length
            self._role_at(k, e, role)
            k = e

    def _role_emit(self, holder: int, other: int, role, lo: int, hi: int) -> None:
        if self.blocked(lo, hi):
            return
        h, o = self.ments[holder], self.ments[other]
        src, tgt = (o, h) if role.inverse else (h, o)
        self.emit(src, role.types, tgt, "role", 0.9, every=role.all)

    def _role_at(self, k: int, e: int, role) -> None:
        lows = self.lows
        n = len(lows)
        # Left side: O ['s] [mods<=2] ROLE
        o = -1
        m = k - 1
        mods = 0
        while (
            m >= 0
            and lows[m] != M
            and mods < 3
            and lows[m].isalpha()
            and lows[m]
            not in (
                "and",
                "of",
                "by",
                "for",
                "is",
                "was",
            )
        ):
            m -= 1
            mods += 1
        possessive = m >= 0 and lows[m] == "'s"
        if possessive:
            m -= 1
        if m >= 0 and lows[m] == M and (possessive or mods == 0):
            o = m
        # Right side: ROLE [,] H
        h = -1
        r = e
        if r < n and lows[r] == ",":
            r += 1
        if r < n and lows[r] == M:
            h = r
        if o >= 0 and h >= 0:
            self._role_emit(h, o, role, o, h)
            if r == e or possessive:  # "Tesla CEO Elon Musk": fold into the holder
                self.folds.append((o, h, h))
            return
        if o < 0 and h >= 0:
            # "CEO Sam Altman of OpenAI"
            if h + 2 < n and lows[h + 1] in ("of", "at") and lows[h + 2] == M:
                self._role_emit(h, h + 2, role, h, h + 2)
            # "the ROLE of O, [filler] H" handled below when H follows later
        if o >= 0 and h < 0:
            # "H, one of O's most important partners" / "Nadella, Microsoft's CEO"
            m = o - 1
            while m >= 0 and lows[m] in DETS | {"one", "of"} and o - m <= 4:
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
            if not (p < n and lows[p] == M):
                return
            other = p
            # H before: "H, [det] [mods] ROLE of O" / "H is the ROLE of O"
            m = k - 1
            while (
                m >= 0
                and lows[m] != M
                and lows[m] not in (",",)
                and k - m <= 4
                and (lows[m] in DETS or lows[m].isalpha())
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

    # "Trump-backed Stargate"
    def hyphens(self) -> None:
        lows, lex = self.lows, self.lex
        n = len(lows)
        for k in range(n - 3):
            if lows[k] != M or lows[k + 1] != "-" or lows[k + 2] not in lex.hyphen:
                continue
            spec = lex.hyphen[lows[k + 2]]
            b = self.right(k + 3, 3)
            if b < 0:
                continue
            a, t = self.ments[k], self.ments[b]
            if spec.target_first:
                self.emit(t, spec.types, a, "hyphen", 0.8)
                continue
            for rel in spec.types:
                # "-backed" by a person is an endorsement, by an organization money.
                if rel == "FUNDS" and any(self.type_of(i) == "Person" for i in a.ids):
                    continue
                if self.emit(a, (rel,), t, "hyphen", 0.8):
                    break

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
                while p < limit and lows[p] != w:
                    if lows[p] == M or lows[p] in PUNCT_STOP or lows[p] == ",":
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
        hits = []
        k = 0
        n = len(lows)
        while k < n:
            bucket = lex.triggers.bucket(lows[k]) if lows[k] != M else None
            best = None
            if bucket:
                for phrase, trigs in bucket:
                    e = self._match(k, phrase)
                    if e > k and (best is None or e - k > best[0] - k):
                        best = (e, trigs)
            if best and k > 0 and (lows[k - 1] in ARTICLES or self.is_det(k - 1)):
                # "his own venture", "the launch": a noun or adjective, not the verb
                verbs_only = all(t.family == "verb" for t in best[1])
                if verbs_only:
                    best = None
            if best:
                hits.append((k, best[0], best[1]))
                k = best[0]
            else:
                k += 1
        return hits

    def svo(self, hits) -> None:
        lows, ments = self.lows, self.ments
        n = len(lows)
        starts = {k for k, _, _ in hits}
        object_of: dict[int, list[int]] = {}
        for k, e, trigs in hits:
            verbish = any(t.family == "verb" for t in trigs)
            participle = any(t.participle for t in trigs)
            # passive: "supported by Donald Trump", "acquired by Google"
            by = e if e < n and lows[e] == "by" else -1
            if by < 0 and e + 1 < n and lows[e + 1] == "by" and lows[e].endswith("ly"):
                by = e + 1
            if participle and by >= 0:
                agent = self._agent(by + 1)
                patient = self.left(k, PASSIVE_GAP)
                if agent >= 0 and patient >= 0 and not self.blocked(patient + 1, k + 1):
                    ptrigs = [t for t in trigs if t.participle]
                    for t in ptrigs:
                        src, tgt = ments[agent], ments[patient]
                        if t.reverse:
                            src, tgt = tgt, src
                        self.emit(src, t.types, tgt, "passive", 0.75 * t.confidence / 0.75, t)
                continue
            subj = self.left(k, SUBJ_GAP, CLAUSE_STOP)
            if subj < 0:
                continue
            gap_words = [w for w in lows[subj + 1 : k]]
            if (
                subj in object_of
                and gap_words
                and all(w in ("and", ",", "then", "also", "later") for w in gap_words)
            ):
                subj_idx = object_of[subj]  # "Musk sued OpenAI and criticized Altman"
            else:
                subj_idx = self.coord(subj, -1)
            if self.blocked(subj + 1, e):
                continue
            obj = self.right(e, OBJ_GAP)
            if obj < 0:
                obj = self._appositive_object(e)
            if obj >= 0 and any(s > e and s < obj for s in starts):
                obj = -1
            if obj >= 0:
                obj_idx = self.coord(obj, +1)
                # "invested in Musk's xAI": the possessed entity is the object
                alt = -1
                last = obj_idx[-1]
                if last + 1 < n and lows[last + 1] == "'s":
                    alt = self.right(last + 2, 2)
                    if alt >= 0 and any(s > last and s < alt for s in starts):
                        alt = -1
                subject = self.merged(subj_idx)
                for t in trigs:
                    src = subject
                    for cand in [obj_idx] + ([[alt]] if alt >= 0 else []):
                        tgt = self.merged(cand)
                        a, b = (tgt, src) if t.reverse else (src, tgt)
                        rule = "svo" if t.family == "verb" else "noun"
                        if self.emit(a, t.types, b, rule, t.confidence, t):
                            break
                object_of[obj_idx[-1]] = subj_idx
                continue
            # no object: "X, the social media platform he owns"
            if verbish and subj >= 0 and k - subj - 1 <= 2:
                b = self.left(subj, 6)
                if b >= 0:
                    between = lows[b + 1 : subj]
                    ok = ments[b].kind == "np" and not between
                    ok = ok or any(
                        w in ("that", "which", ",") or w in self.lex.heads for w in between
                    )
                    if ok and not self.blocked(b + 1, e):
                        for t in trigs:
                            if t.family != "verb":
                                continue
                            src, tgt = self.merged(subj_idx), ments[b]
                            if t.reverse:
                                src, tgt = tgt, src
                            self.emit(src, t.types, tgt, "relative", 0.6, t)

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
        lows = self.lows
        n = len(lows)
        m = k
        while m < n and m - k <= 3:
            if lows[m] == M:
                return m
            if lows[m] not in BY_SKIP and not lows[m].isalpha():
                return -1
            m += 1
        return -1

    # "Musk and Altman clashed"
    def mutual(self) -> None:
        lows, lex = self.lows, self.lex
        n = len(lows)
        for k in range(n):
            if lows[k] == M or lows[k] not in lex.mutual:
                continue
            hit = lex.mutual.match(lows, k)
            if not hit:
                continue
            e = k + hit[0]
            if e < n and (lows[e] == M or lows[e] in ("with", "against")):
                continue  # has an object: the trigger rules handle it
            subj = self.left(k, 3, CLAUSE_STOP)
            if subj < 0:
                continue
            idx = self.coord(subj, -1)
            group = self.merged(idx)
            if len(group.ids) < 2 or self.blocked(subj + 1, e):
                continue
            self._pairs(group, hit[1], "mutual", 0.7)

    def _pairs(self, group: Mention, types: tuple[str, ...], rule: str, conf: float) -> None:
        ids = group.ids
        for x in range(len(ids)):
            for y in range(len(ids)):
                if x == y:
                    continue
                a = Mention((ids[x],), 0, 0, group.kind, group.conf)
                b = Mention((ids[y],), 0, 0, group.kind, group.conf)
                for rel in types:
                    if not self.schema.is_symmetric(rel) and rel != "DISPUTES" and x > y:
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
            if len(group.ids) < 2 or self.blocked(k, first):
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
