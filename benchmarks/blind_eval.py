"""Blind evaluation: erg's extractor on the blind set, reported as aggregates only.

The blind set (tests/fixtures/blind) is written and annotated by people who write no extraction
rules; whoever writes rules must never read its articles or gold. This script therefore prints
nothing taken from them: no sentence, no name, no per-article line. It prints mean and micro
relation precision/recall/F1, entity F1, scores per relation type and per sector (tech against
everything else), and how often each extraction rule fired and how often it was right.

    python benchmarks/blind_eval.py [--set tests/fixtures/blind] [--score PATH] [--json]
    python benchmarks/blind_eval.py --errors [--only never-described]   # kinds of error, counts
    python benchmarks/blind_eval.py --failures /tmp/blind-failures.txt   # annotators only

Scoring is `shared/eval/score.py` (found in a parent directory of the repository, or `--score`),
imported and called in-process on the `erg extract --format json` shape. `--failures FILE` writes
each article's missed and spurious relations to FILE, which must lie outside the repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from blind_errors import Errors, Names, names_of, print_errors  # noqa: E402

from loaders.article import extract_file, to_contract_json  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "fixtures" / "blind"
TECH = "tech"

Triple = tuple[str, str, str]


@dataclass
class ArticleResult:
    """One article's scores and what fired; kept in memory, never printed as such."""

    name: str
    sector: str
    score: dict[str, Any]
    gold: set[Triple]
    predicted: list[tuple[Triple, str, str]]  # (resolved triple, rule, evidence sentence)
    missed: list[Triple] = field(default_factory=list)
    described: bool = False  # its failures were described to rule writers (in paraphrase)
    names: Names | None = None  # gold and predicted entities, for the kinds of error


def find_scorer(start: Path = ROOT) -> Path | None:
    """`shared/eval/score.py` in the nearest parent directory that has one."""
    for parent in [start, *start.parents]:
        candidate = parent / "shared" / "eval" / "score.py"
        if candidate.exists():
            return candidate
    return None


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("blind_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rule_label(rule: str, extractor: str) -> str:
    """`family/rule` when the extractor names a family, else the bare rule (or extractor)."""
    return rule or extractor or "?"


def score_article(path: Path, sector: str, scorer: ModuleType) -> ArticleResult:
    gold = json.loads(path.with_suffix(".gold.json").read_text("utf-8"))
    doc = extract_file(str(path))
    pred = to_contract_json(doc)
    index = scorer.gold_index(gold)
    resolve = scorer.resolver(pred, index)
    gold_triples = scorer.triples(gold["relations"], lambda n: index.get(scorer.norm(n), n))
    predicted = []
    for rel, relation in zip(pred["relations"], doc.relations.values(), strict=True):
        triple = next(iter(scorer.triples([rel], resolve)))
        first = relation.evidence[0] if relation.evidence else None
        rule = rule_label(first.rule, first.extractor) if first else "?"
        predicted.append((triple, rule, rel["evidence"]))
    result = ArticleResult(path.name, sector, scorer.score(pred, gold), gold_triples, predicted)
    result.names = names_of(gold, pred, resolve)
    result.missed = sorted(gold_triples - {t for t, _, _ in predicted})
    return result


def evaluate(set_dir: Path, scorer: ModuleType) -> list[ArticleResult]:
    manifest_path = set_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
    results = []
    for p in sorted(set_dir.glob("*.txt")):
        entry = manifest.get(p.name, {})
        result = score_article(p, entry.get("sector", "unknown"), scorer)
        result.described = bool(entry.get("described"))
        results.append(result)
    return results


def prf(tp: int, predicted: int, gold: int) -> dict[str, float | int]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": predicted,
            "gold": gold}  # fmt: skip


def micro(metrics: list[dict[str, Any]]) -> dict[str, float | int]:
    return prf(*(sum(m[k] for m in metrics) for k in ("tp", "predicted", "gold")))


def mean(metrics: list[dict[str, Any]], key: str) -> float:
    return round(sum(m[key] for m in metrics) / (len(metrics) or 1), 3)


def summary(results: list[ArticleResult]) -> dict[str, Any]:
    """Mean and micro relation scores, entity scores: the headline figures of a group."""
    rel = [r.score["relations"] for r in results]
    ent = [r.score["entities"] for r in results]
    return {
        "articles": len(results),
        "relations_mean": {k: mean(rel, k) for k in ("precision", "recall", "f1")},
        "relations_micro": micro(rel),
        "entities_mean_f1": mean(ent, "f1"),
        "entities_micro": micro(ent),
    }


def by_type(results: list[ArticleResult]) -> dict[str, dict[str, float | int]]:
    tp: Counter[str] = Counter()
    pred: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for r in results:
        unique = {t for t, _, _ in r.predicted}
        for triple in unique:
            pred[triple[1]] += 1
            tp[triple[1]] += triple in r.gold
        for triple in r.gold:
            gold[triple[1]] += 1
    return {k: prf(tp[k], pred[k], gold[k]) for k in sorted(set(pred) | set(gold))}


def by_rule(results: list[ArticleResult]) -> dict[str, dict[str, int]]:
    """How often each rule fired (first evidence of a relation) and how often it was right."""
    fired: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        for triple, rule, _ in r.predicted:
            fired[rule]["fired"] += 1
            fired[rule]["correct"] += triple in r.gold
    return {k: dict(v) for k, v in sorted(fired.items(), key=lambda kv: -kv[1]["fired"])}


def report(results: list[ArticleResult]) -> dict[str, Any]:
    sectors: dict[str, list[ArticleResult]] = defaultdict(list)
    for r in results:
        sectors[r.sector].append(r)
    return {
        "all": summary(results),
        "tech": summary([r for r in results if r.sector == TECH]),
        "non_tech": summary([r for r in results if r.sector != TECH]),
        # articles whose failures reached rule writers as paraphrases measure less blindly
        "never_described": summary([r for r in results if not r.described]),
        "described": summary([r for r in results if r.described]),
        "sectors": {s: summary(rs) for s, rs in sorted(sectors.items())},
        "relation_types": by_type(results),
        "rules": by_rule(results),
    }


def print_report(rep: dict[str, Any]) -> None:
    def line(label: str, s: dict[str, Any]) -> str:
        mean, micro = s["relations_mean"], s["relations_micro"]
        return (
            f"{label:18} n={s['articles']:<3} rel mean P={mean['precision']:.3f} "
            f"R={mean['recall']:.3f} F1={mean['f1']:.3f} | micro P={micro['p']:.3f} "
            f"R={micro['r']:.3f} F1={micro['f1']:.3f} | entity F1 mean={s['entities_mean_f1']:.3f}"
            f" micro={s['entities_micro']['f1']:.3f}"
        )

    print(line("all", rep["all"]))
    print(line("tech", rep["tech"]))
    print(line("non-tech", rep["non_tech"]))
    if rep["described"]["articles"] and rep["never_described"]["articles"]:
        print(line("never described", rep["never_described"]))
        print(line("described", rep["described"]))
    print("\nby sector")
    for name, s in rep["sectors"].items():
        print("  " + line(name, s))
    print("\nby relation type (micro)")
    for kind, m in rep["relation_types"].items():
        print(f"  {kind:14} P={m['p']:.3f} R={m['r']:.3f} F1={m['f1']:.3f} "
              f"({m['tp']} right of {m['pred']} found, {m['gold']} gold)")  # fmt: skip
    print("\nrules that fired (first evidence of each relation)")
    for rule, c in rep["rules"].items():
        print(f"  {rule:32} fired {c['fired']:4}  right {c.get('correct', 0):4}")


def errors_of(results: list[ArticleResult]) -> Errors:
    """The kinds of error over `results` (counts only; see blind_errors)."""
    errors = Errors()
    for r in results:
        if r.names is not None:
            errors.add(r.names, r.gold, [(t, rule) for t, rule, _ in r.predicted])
    return errors


def write_failures(results: list[ArticleResult], out: Path) -> None:
    """Per-article misses and spurious relations, for annotators only (outside the repository)."""
    lines = []
    for r in results:
        lines.append(f"== {r.name} [{r.sector}] relation F1 {r.score['relations']['f1']}")
        lines += [f"  missed:   {' | '.join(t)}" for t in r.missed]
        for triple, rule, evidence in r.predicted:
            if triple not in r.gold:
                lines.append(f"  spurious: {' | '.join(triple)}  [{rule}]  {evidence}")
    out.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="directory of articles")
    parser.add_argument("--score", type=Path, default=None, help="path of shared/eval/score.py")
    parser.add_argument("--json", action="store_true", help="print the aggregates as JSON")
    parser.add_argument("--failures", type=Path, help="write per-article misses (outside the repo)")
    parser.add_argument("--errors", action="store_true", help="also count the kinds of error")
    parser.add_argument(
        "--only", choices=["all", "never-described", "described"], default="all",
        help="which articles the kinds of error are counted over",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.failures and args.failures.resolve().is_relative_to(ROOT):
        # checked first: no run, with or without a scorer, writes blind failures here
        print("error: --failures must be written outside the repository", file=sys.stderr)
        return 2
    score_path = args.score or find_scorer()
    if score_path is None or not score_path.exists():
        print("error: shared/eval/score.py not found; pass --score PATH", file=sys.stderr)
        return 2
    if not args.set.is_dir() or not any(args.set.glob("*.txt")):
        print(f"error: {args.set} holds no articles", file=sys.stderr)
        return 2
    results = evaluate(args.set, load_scorer(score_path))
    rep = report(results)
    if args.errors:
        wanted = {"all": None, "never-described": False, "described": True}[args.only]
        chosen = [r for r in results if wanted is None or r.described == wanted]
        rep["errors"] = errors_of(chosen).as_dict()
    if args.json:
        print(json.dumps(rep, indent=1))
    else:
        print_report(rep)
        if args.errors:
            print(f"\nkinds of error over {args.only} articles")
            print_errors(errors_of(chosen))
    if args.failures:
        write_failures(results, args.failures)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into `head`: the reader has what it wanted
        sys.exit(0)
