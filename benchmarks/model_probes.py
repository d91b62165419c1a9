"""Probes: do statistical models trained on the annotated sets add to the rules on unseen text?

Measurements, not part of erg. Each model is trained on the development sets and the blind
articles marked `"described": true` in their manifests, and tested on the never-described blind
articles and on any `--test` folder (a set kept outside the repository). Nothing taken from an
article is printed, only aggregates.

    pip install -e '.[probe]'   # scikit-learn, the probes' only extra need
    python benchmarks/model_probes.py pairs [--test /path/to/set] [--score PATH]
    python benchmarks/model_probes.py types [--test /path/to/set] [--score PATH]

`pairs`: for every two entities erg found named in one sentence, a logistic regression over the
words between and around them (names replaced by their entity type, numbers by NUM) predicts a
relation type and direction, or none; a relation is added only for a pair the rules left
unlinked. Printed per threshold: mean relation P/R/F1 with the additions, how many were added
and how many right, in 5-fold cross-validation over the training articles and on the tests.
Measured 2026-12-03 (erg bacaee0; 158 training articles, 4,681 pairs; balanced classes): at
threshold 0.7, mean relation F1 (precision) cross-validation +0.002 (-0.005), blind6 with
blind3 11-20 +0.005 (-0.012), blind7 +0.007 (-0.017); 11 to 13 relations per 20 articles, about
half right. Not adopted: the pairs the rules miss need a reading of reference and clause
structure, not of the words between two names.

`types`: for the entities erg types by default (no cue votes), a logistic regression over the
name's words and the words around its mentions predicts the entity type; printed per threshold:
how many types it would change, fix and break. Measured the same day: erg types 12% of
matched entities by default, and of those in never-described articles 32 of 113 are wrong
(mostly products and projects given Organization). At threshold 0.7 the model changed 11 in
cross-validation (5 fixed, 5 broken); at 0.5 it changed 6 on the tests (5 fixed). Not adopted:
too few fixes for a model in the typing path.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from blind_eval import find_scorer, load_scorer  # noqa: E402

from loaders.article import read_article, to_contract_json  # noqa: E402
from loaders.config import ExtractionConfig  # noqa: E402
from loaders.explain import explain  # noqa: E402
from loaders.sentences import split_sentences  # noqa: E402

SETS = (
    "articles", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"
)  # fmt: skip
WORD = re.compile(r"\$|€|£|%|[A-Za-z][\w'’&.-]*\w|[A-Za-z]|\d[\d.,]*|[^\w\s]")
REACH = 5  # pairs at most this many mentions apart
THRESHOLDS = (0.3, 0.5, 0.7, 0.85)


def articles(folder: Path, config: ExtractionConfig) -> list[dict[str, Any]]:
    """Each article of a folder with erg's output, its sentences and gold, and whether its
    failures were ever described to rule writers (development sets count as described)."""
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    blind = folder.name.startswith("blind")
    rows = []
    for txt in sorted(folder.glob("*.txt")):
        gold = txt.with_suffix(".gold.json")
        if not gold.exists():
            continue
        text, title = read_article(txt)
        trace = explain(text, config, title=title)
        meta = manifest.get(txt.name, {})
        rows.append(
            {
                "text": text,
                "sents": [
                    (s.start, s.end)
                    for s in split_sentences(text, config.lexicon)
                    if not s.headline
                ],
                "out": to_contract_json(trace.doc),
                "by_default": {
                    e.name for e in trace.entities.values() if e.typed_by.startswith("no cue")
                },
                "gold": json.loads(gold.read_text()),
                "described": meta.get("described") is True if blind else True,
            }
        )
    return rows


def mentions(sentence: str, entities: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """(start, end, entity index) of every name or alias in the sentence, longest first, no
    overlaps, in text order."""
    forms = sorted(
        ((n, i) for i, e in enumerate(entities) for n in {e["name"], *e["aliases"]} if len(n) > 1),
        key=lambda f: -len(f[0]),
    )
    found: list[tuple[int, int, int]] = []
    for name, i in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence):
            if not any(m.start() < b and a < m.end() for a, b, _ in found):
                found.append((m.start(), m.end(), i))
    return sorted(found)


def shape(word: str) -> str:
    if word[0].isdigit():
        return "NUM"
    return "CAP" if word[0].isupper() and len(word) > 1 and not word.isupper() else word.lower()


def features(s: str, ms: list, x: int, y: int, ents: list, linked: str | None) -> dict[str, int]:
    """Words between and around mentions x and y (other mentions as their type)."""
    (a0, a1, ia), (b0, b1, ib) = ms[x], ms[y]
    pair = ents[ia]["type"][:3] + ">" + ents[ib]["type"][:3]
    between: list[str] = []
    pos = a1
    for c0, c1, ic in ms[x + 1 : y]:
        between += [shape(w) for w in WORD.findall(s[pos:c0])] + ["E" + ents[ic]["type"][:3]]
        pos = c1
    between += [shape(w) for w in WORD.findall(s[pos:b0])]
    f = {"pair=" + pair: 1, "bias": 1, "linked=" + (linked or "no"): 1}
    f[pair + "|len=" + ("s" if len(between) <= 3 else "m" if len(between) <= 8 else "l")] = 1
    for w in set(between):
        f["b:" + w] = f[pair + "|b:" + w] = 1
    for u, v in zip(between, between[1:], strict=False):
        f["bb:" + u + "_" + v] = 1
    if between:
        f["first:" + between[0]] = f["last:" + between[-1]] = 1
    for k, w in enumerate([shape(w) for w in WORD.findall(s[:a0])][-3:][::-1]):
        f[f"l{k}:" + w] = 1
    for k, w in enumerate([shape(w) for w in WORD.findall(s[b1:])][:3]):
        f[f"r{k}:" + w] = 1
    return f


def examples(row: dict[str, Any], score: Any) -> list[dict[str, Any]]:
    """Every pair of mentions in a sentence, labelled TYPE> / TYPE< / TYPE= from the gold
    relation whose evidence is that sentence, NONE, or SKIP (related elsewhere)."""
    text, out, gold = row["text"], row["out"], row["gold"]
    ents = out["entities"]
    index = score.gold_index(gold)
    resolve = score.resolver(out, index)
    canon = lambda n: index.get(score.norm(n), "?")  # noqa: E731
    gold_pairs: dict[frozenset, list] = defaultdict(list)
    for r in gold["relations"]:
        gold_pairs[frozenset((canon(r["source"]), canon(r["target"])))].append(r)
    links = {frozenset((r["source"], r["target"])): r["type"] for r in out["relations"]}
    rows = []
    for start, end in row["sents"]:
        s = text[start:end]
        flat = " ".join(s.split())
        ms = mentions(s, ents)
        for x in range(len(ms)):
            for y in range(x + 1, min(len(ms), x + REACH + 1)):
                a, b = ents[ms[x][2]]["name"], ents[ms[y][2]]["name"]
                if a == b:
                    continue
                linked = links.get(frozenset((a, b)))
                ca, cb = resolve(a), resolve(b)
                rels = gold_pairs.get(frozenset((ca, cb)), [])
                here = [r for r in rels if " ".join(r.get("evidence", "").split()) == flat]
                label = "SKIP" if rels else "NONE"
                if here:
                    kind = here[0]["type"]
                    way = ">" if canon(here[0]["source"]) == ca else "<"
                    label = kind + ("=" if kind in score.SYMMETRIC else way)
                feats = features(s, ms, x, y, ents, linked)
                rows.append({"f": feats, "y": label, "a": a, "b": b, "linked": linked})
    return rows


def fit(feats: list[dict[str, int]], labels: list[str], balanced: bool) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer()
    weights = "balanced" if balanced else None
    model = LogisticRegression(C=0.5, max_iter=3000, class_weight=weights)
    model.fit(vectors.fit_transform(feats), labels)
    return vectors, model


def fit_pairs(train: list[dict[str, Any]]) -> tuple[Any, Any]:
    pairs = [e for r in train for e in r["ex"] if e["y"] != "SKIP"]
    return fit([e["f"] for e in pairs], [e["y"] for e in pairs], True)


def with_additions(row: dict[str, Any], vectors: Any, model: Any, threshold: float) -> dict:
    """erg's output plus the model's relations for pairs the rules left unlinked."""
    pairs = [e for e in row["ex"] if not e["linked"]]
    added: set[tuple[str, str, str]] = set()
    if pairs:
        probabilities = model.predict_proba(vectors.transform([e["f"] for e in pairs]))
        for e, p in zip(pairs, probabilities, strict=True):
            k = int(p.argmax())
            label = str(model.classes_[k])
            if label != "NONE" and p[k] >= threshold:
                s, t = (e["b"], e["a"]) if label[-1] == "<" else (e["a"], e["b"])
                added.add((s, label[:-1], t))
    extra = [{"source": s, "type": k, "target": t} for s, k, t in sorted(added)]
    return {"entities": row["out"]["entities"], "relations": row["out"]["relations"] + extra}


def report(name: str, rows: list, preds: list, score: Any) -> str:
    mean = [0.0, 0.0, 0.0]
    right = added = 0
    for row, pred in zip(rows, preds, strict=True):
        new, old = score.score(pred, row["gold"])["relations"], score.score(row["out"], row["gold"])
        for i, key in enumerate(("precision", "recall", "f1")):
            mean[i] += new[key] / len(rows)
        right += new["tp"] - old["relations"]["tp"]
        added += new["predicted"] - old["relations"]["predicted"]
    p, r, f = mean
    return f"{name:<24} rel mean P={p:.3f} R={r:.3f} F1={f:.3f} | added {added}, right {right}"


def folds(n: int, k: int = 5) -> list[set[int]]:
    order = list(range(n))
    random.Random(0).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def probe_pairs(train: list[dict], tests: dict[str, list[dict]], score: Any) -> None:
    for r in train + [r for t in tests.values() for r in t]:
        r["ex"] = examples(r, score)
    print(f"training: {len(train)} articles, {sum(len(r['ex']) for r in train)} pairs")
    for threshold in THRESHOLDS:
        preds, seen = [], []
        for fold in folds(len(train)):
            vectors, model = fit_pairs([r for i, r in enumerate(train) if i not in fold])
            part = [r for i, r in enumerate(train) if i in fold]
            preds += [with_additions(r, vectors, model, threshold) for r in part]
            seen += part
        print(report(f"cv, threshold {threshold}", seen, preds, score))
    vectors, model = fit_pairs(train)
    for name, rows_of in tests.items():
        print(report(f"{name}, rules", rows_of, [r["out"] for r in rows_of], score))
        for threshold in THRESHOLDS:
            preds = [with_additions(r, vectors, model, threshold) for r in rows_of]
            print(report(f"{name}, {threshold}", rows_of, preds, score))


def typed(row: dict[str, Any], score: Any) -> list[dict[str, Any]]:
    """Each entity erg found that the gold holds: its features, gold type, erg's type, and
    whether erg typed it by default."""
    index = score.gold_index(row["gold"])
    gold_type = {e["name"]: e["type"] for e in row["gold"]["entities"]}
    out = []
    for e in row["out"]["entities"]:
        names = [e["name"], *e["aliases"]]
        hit = next((index[score.norm(n)] for n in names if score.norm(n) in index), None)
        if hit is not None:
            f = name_features(row["text"], names)
            default = e["name"] in row["by_default"]
            out.append({"f": f, "y": gold_type[hit], "erg": e["type"], "default": default})
    return out


def name_features(text: str, names: list[str]) -> dict[str, int]:
    """The name's first and last words and the two words before and after each mention."""
    words = names[0].split()
    f = {"last:" + words[-1].lower(): 1, "first:" + words[0].lower(): 1}
    f[f"words={min(len(words), 4)}"] = 1
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            before = [shape(w) for w in WORD.findall(text[max(0, m.start() - 60) : m.start()])]
            after = [shape(w) for w in WORD.findall(text[m.end() : m.end() + 60])]
            for key in ("b1:" + "_".join(before[-1:]), "b2:" + "_".join(before[-2:])):
                f[key] = min(f.get(key, 0) + 1, 3)
            for key in ("a1:" + "_".join(after[:1]), "a2:" + "_".join(after[:2])):
                f[key] = min(f.get(key, 0) + 1, 3)
    return f


def retypes(train: list[dict], test: list[dict], threshold: float) -> tuple[int, int, int]:
    """(changed, fixed, broken) among the test's default-typed entities."""
    vectors, model = fit([d["f"] for d in train], [d["y"] for d in train], False)
    test = [d for d in test if d["default"]]
    if not test:
        return 0, 0, 0
    changed = fixed = broken = 0
    for d, p in zip(
        test, model.predict_proba(vectors.transform([d["f"] for d in test])), strict=True
    ):
        k = int(p.argmax())
        label = str(model.classes_[k])
        if label != d["erg"] and p[k] >= threshold:
            changed += 1
            fixed += label == d["y"]
            broken += d["erg"] == d["y"]
    return changed, fixed, broken


def probe_types(train: list[dict], tests: dict[str, list[dict]], score: Any) -> None:
    per_article = [typed(r, score) for r in train]
    n = sum(len(t) for t in per_article)
    by_default = sum(d["default"] for t in per_article for d in t)
    print(f"training: {len(train)} articles, {n} entities, {by_default} typed by default")
    for threshold in THRESHOLDS:
        total = [0, 0, 0]
        for fold in folds(len(train)):
            fit_on = [d for i, t in enumerate(per_article) if i not in fold for d in t]
            held = [d for i, t in enumerate(per_article) if i in fold for d in t]
            total = [a + b for a, b in zip(total, retypes(fit_on, held, threshold), strict=True)]
        print(f"cv, threshold {threshold}: changed {total[0]}, fixed {total[1]}, broken {total[2]}")
    everything = [d for t in per_article for d in t]
    for name, rows_of in tests.items():
        test = [d for r in rows_of for d in typed(r, score)]
        wrong = sum(d["default"] and d["erg"] != d["y"] for d in test)
        print(f"{name}: {sum(d['default'] for d in test)} typed by default, {wrong} wrong")
        for threshold in THRESHOLDS:
            changed, fixed, broken = retypes(everything, test, threshold)
            print(f"{name}, {threshold}: changed {changed}, fixed {fixed}, broken {broken}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=("pairs", "types"))
    parser.add_argument("--test", action="append", default=[], help="a held-out set folder")
    parser.add_argument("--score", default=None, help="path of shared/eval/score.py")
    args = parser.parse_args(argv)
    scorer = Path(args.score) if args.score else find_scorer()
    if scorer is None:
        raise SystemExit("error: no shared/eval/score.py found; pass --score PATH")
    score = load_scorer(scorer)
    config = ExtractionConfig()
    rows = [r for s in SETS for r in articles(ROOT / "tests" / "fixtures" / s, config)]
    tests = {"never described": [r for r in rows if not r["described"]]}
    for folder in args.test:
        tests[Path(folder).name] = articles(Path(folder), config)
    train = [r for r in rows if r["described"]]
    (probe_pairs if args.probe == "pairs" else probe_types)(train, tests, score)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
