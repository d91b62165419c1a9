"""Why the extractor found what it found: the trace behind each relation and entity.

`explain(text)` extracts an article as `loaders.article.extract` does and returns, for every
relation, the rule and construction family that fired, the sentence, and each endpoint's
mention in it (its span, and how it was resolved: a name, "she", "the company", "the two");
for every entity, how it was typed and which name forms were merged into it. `why(text, name)`
says why a name is, or is not, an entity of its type.

    >>> ex = explain("Quillex Capital invested in Vantora Labs. The firm also sued Arden Media.")
    >>> r = ex.relations[1]
    >>> r.rule, r.source, r.target
    ('verbal/svo', 'Quillex Capital', 'Arden Media')
    >>> r.source_mentions[0].text, r.source_mentions[0].how
    ('The firm', '"the firm": the latest Organization mentioned')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.model import Document, GraphDocument, name_key
from loaders.article import Extraction
from loaders.config import ExtractionConfig
from loaders.coref import Group, Record, Registry, strip_legal
from loaders.lexicon import Lexicon
from loaders.mentions import Analysis
from loaders.relations.model import Mention
from loaders.role_refs import role_table
from loaders.sentences import Sentence


@dataclass
class MentionTrace:
    """One mention of a relation's endpoint in its evidence sentence (article offsets)."""

    text: str
    start: int
    end: int
    kind: str  # name, pronoun, np ("the company"), pair ("the two")
    how: str


@dataclass
class RelationTrace:
    """One evidence sentence of a relation and the rule that read it."""

    source: str
    type: str
    target: str
    source_id: str
    target_id: str
    rule: str  # "family/rule"
    family: str
    confidence: float
    sentence: str
    start: int
    end: int
    source_mentions: list[MentionTrace] = field(default_factory=list)
    target_mentions: list[MentionTrace] = field(default_factory=list)


@dataclass
class EntityTrace:
    """How an entity was formed (merged name forms) and typed."""

    id: str
    name: str
    type: str
    kept: bool  # in the output (places in passing and weak lone mentions are not)
    typed_by: str
    forms: list[str]
    merges: list[str]
    mentions: int


@dataclass
class Explanation:
    doc: GraphDocument
    relations: list[RelationTrace]
    entities: dict[str, EntityTrace]
    registry: Registry

    def to_json(self) -> dict[str, Any]:
        return {
            "relations": [_plain(r) for r in self.relations],
            "entities": [_plain(e) for e in self.entities.values()],
        }


def _plain(obj: Any) -> Any:
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if hasattr(obj, "__dataclass_fields__"):
        return {k: _plain(getattr(obj, k)) for k in obj.__dataclass_fields__}
    return obj


def explain(
    text: str, config: ExtractionConfig | None = None, *, title: str | None = None
) -> Explanation:
    """Extract `text` (with `config`'s schema and lexicon) and keep the trace of every
    relation and entity."""
    doc = GraphDocument()
    document = doc.add_document(Document.from_text(text, title=title or ""))
    run = Extraction(text, document.id, config or ExtractionConfig(), doc)
    run.trace = []
    if text.strip():
        run.run()
    reg = run.registry
    by_start = {s.start: (s, a, items) for s, a, items in run.trace}
    names = {rid: rec.name for rid, rec in reg.entities.items()}
    out = []
    for rel in doc.relations.values():
        for ev in rel.evidence:
            s, a, items = by_start[ev.start]
            out.append(
                RelationTrace(
                    names.get(rel.source, rel.source),
                    rel.type,
                    names.get(rel.target, rel.target),
                    rel.source,
                    rel.target,
                    ev.rule,
                    ev.rule.split("/")[0],
                    ev.confidence,
                    ev.text,
                    ev.start,
                    ev.end,
                    _mentions(rel.source, s, a, items, reg),
                    _mentions(rel.target, s, a, items, reg) or _context(ev.rule, names, rel),
                )
            )
    entities = {rid: _entity(rec, reg, rid in doc.entities) for rid, rec in reg.entities.items()}
    return Explanation(doc, out, entities, reg)


def _mentions(
    rid: str, s: Sentence, a: Analysis, items: list[Mention], reg: Registry
) -> list[MentionTrace]:
    out = []
    for m in items:
        if rid not in m.ids or m.i >= len(a.toks):
            continue
        start, end = s.start + a.toks[m.i].start, s.start + a.toks[m.j - 1].end
        surface = " ".join(t.text for t in a.toks[m.i : m.j])
        out.append(MentionTrace(surface, start, end, m.kind, _how(m, surface, rid, reg)))
    return out


def _context(rule: str, names: dict[str, str], rel) -> list[MentionTrace]:
    """The unnamed party of a bare role ("Chief executive X said ..."): the organization the
    article was just about, with no span of its own in the sentence."""
    if rule != "role/context":
        return []
    how = "not named in the sentence: the organization the text was just about"
    return [MentionTrace(names.get(rel.target, rel.target), -1, -1, "context", how)]


# how a first- or second-person pronoun was read (`loaders.speaker_turns`)
_VOICES: dict[str, str] = {
    "we": "the organization of the person speaking in a quotation or an answer",
    "i": "the person speaking in a quotation or an answer",
    "you": "in an interview's question, the interviewee's organization or the interviewee",
}


def _voice(word: str, lex: Lexicon) -> str:
    if word in lex.speaker_pronouns:
        return "we"
    return "i" if word in lex.speaker_self_pronouns else "you"


def _how(m: Mention, surface: str, rid: str, reg: Registry) -> str:
    rec = reg.entities[rid]
    if m.kind == "pronoun" and m.word in reg.lex.voice_pronouns:
        return f'pronoun "{surface}": {_VOICES[_voice(m.word, reg.lex)]}'
    if m.kind == "pronoun":
        return f'pronoun "{surface}": the most salient {rec.type} at this point'
    if m.kind == "kin":
        return f'kin noun "{surface.lower()}": the person the text introduced so, same owner'
    if m.kind == "np" and surface.lower().split()[-1] in role_table(reg.lex):
        return (
            f'role description "{surface.lower()}": the one {rec.type} in view whose '
            "descriptor or name says the role, else the one a verb of the role gave it"
        )
    if m.kind == "np":
        return f'"{surface.lower()}": the latest {rec.type} mentioned'
    if m.kind == "pair":
        return f'"{surface.lower()}": the two latest entities of this type'
    if m.kind == "group":
        return f'"{surface.lower()}": a group whose members the article names'
    if name_key(strip_legal(surface, reg.lex)) == name_key(rec.name):
        return "name"
    return f'name form "{surface}" of {rec.name}'


def _entity(rec: Record, reg: Registry, kept: bool) -> EntityTrace:
    groups = [reg.groups[k] for k in rec.keys if k in reg.groups]
    forms = sorted({f for g in groups for f in g.surfaces})
    merges = [f'"{g.key}" joined "{_root_key(rec, groups)}"' for g in groups if g.merged_into]
    rep = next((g for g in groups if not g.merged_into), None)
    if len(groups) > 1 and not merges:
        # surnames and first words fold into the full name ("Musk" into "Elon Musk")
        merges = [f'"{g.key}" joined "{name_key(rec.name)}"' for g in groups if g is not rep]
    return EntityTrace(
        rec.id,
        rec.name,
        rec.type,
        kept,
        _typed_by(rec, groups),
        forms,
        merges,
        sum(g.count for g in groups),
    )


def _root_key(rec: Record, groups: list[Group]) -> str:
    roots = [g.key for g in groups if not g.merged_into]
    return roots[0] if roots else name_key(rec.name)


def _typed_by(rec: Record, groups: list[Group]) -> str:
    known = next((g.known for g in groups if g.known), None)
    if known:
        return f"listed as a known {known[1]} (loaders/data/known.yaml)"
    votes: dict[str, float] = {}
    for g in groups:
        for t, w in g.votes.items():
            votes[t] = votes.get(t, 0.0) + w
    descr = sorted({d for g in groups for d in g.descr})
    if votes:
        shown = ", ".join(f"{t} {w:g}" for t, w in sorted(votes.items(), key=lambda x: -x[1]))
        words = f"; descriptors: {', '.join(descr)}" if descr else ""
        return f"cue votes ({shown}){words}"
    return f"no cue: {rec.type} by default for a name of this shape"


def why(explanation: Explanation, name: str) -> list[str]:
    """Lines saying why `name` is, or is not, an entity (and of which type)."""
    reg = explanation.registry
    key = name_key(strip_legal(name, reg.lex))
    ids = reg.index.get(key, [])
    if ids:
        lines = []
        for rid in ids:
            e = explanation.entities[rid]
            state = "an entity" if e.kept else "found but not kept"
            lines.append(f"{name}: {state}, {e.type} {e.name!r} (id {e.id})")
            lines.append(f"  typed by: {e.typed_by}")
            lines.append(f"  name forms: {', '.join(e.forms)} ({e.mentions} mentions)")
            lines.extend(f"  merged: {m}" for m in e.merges)
            if not e.kept:
                lines.append(
                    "  not kept: a place mentioned in passing, or one uncued mention at a "
                    "sentence start, with no relation"
                )
            count = sum(1 for r in explanation.relations if rid in (r.source_id, r.target_id))
            lines.append(f"  relations: {count} evidence sentence(s)")
        return lines
    group = reg.groups.get(key)
    if group is not None:
        return [
            f"{name}: seen as a name candidate ({group.count} mention(s)) but dropped: a "
            "capitalized sentence opener that reads as an ordinary word, or too little evidence "
            "for a one-word name"
        ]
    return [
        f"{name}: never a name candidate (not capitalized, a stopword, a title, or part of a "
        "longer name)"
    ]


def render(explanation: Explanation, relations: bool = True, names: tuple[str, ...] = ()) -> str:
    """The explanation as text: each relation's evidence with its rule and mentions, then the
    entities (or only the answers for `names`)."""
    lines: list[str] = []
    if relations:
        for r in explanation.relations:
            lines.append(f"{r.source} -{r.type}-> {r.target}   [{r.rule}, {r.confidence:g}]")
            lines.append(f"  sentence {r.start}-{r.end}: {r.sentence}")
            for side, ms in (("source", r.source_mentions), ("target", r.target_mentions)):
                for m in ms:
                    span = f" {m.start}-{m.end}" if m.start >= 0 else ""
                    lines.append(f'  {side}: "{m.text}"{span} ({m.how})')
                if not ms:
                    # "Y denied the allegations": the accuser comes from an earlier sentence
                    lines.append(
                        f"  {side}: not named in this sentence (from the article's context)"
                    )
        lines.append("")
        lines.append("entities:")
        for e in explanation.entities.values():
            state = "" if e.kept else " (not kept)"
            lines.append(f"  {e.name} [{e.type}]{state}: {e.typed_by}")
            if len(e.forms) > 1 or e.merges:
                lines.append(f"    forms: {', '.join(e.forms)}")
            lines.extend(f"    merged: {m}" for m in e.merges)
    for name in names:
        if lines:
            lines.append("")
        lines.extend(why(explanation, name))
    return "\n".join(lines)
