"""Probe: does a statistical pair classifier add to the rules on unseen articles?

A measurement, not part of erg. For every two entities erg found that are named in one
sentence, a logistic regression over the words between and around them (names replaced by
their entity type, numbers by NUM) predicts a relation type and direction, or none. It is
trained on the development sets and the blind articles marked `"described": true` in their
manifests, and tested on the never-described blind articles and on any `--test` folder (a set
kept outside the repository). A relation it predicts is added only for a pair the rules left
unlinked. Printed: mean relation P/R/F1 of the rules alone and with the additions, and how many
additions were right, per threshold; in 5-fold cross-validation over the training articles
and on the test articles. Nothing taken from an article is printed.

    pip install -e '.[probe]'   # scikit-learn, the probe's only extra need
    python benchmarks/pair_probe.py [--test /path/to/set] [--score PATH]

Measured 2026-12-03 (erg bacaee0; training: 158 articles, 4,681 pairs; balanced classes). At
threshold 0.7 the additions gave, in mean relation F1 (precision): cross-validation +0.002
(-0.005), blind6 with blind3 11-20 +0.005 (-0.012), blind7 +0.007 (-0.017); 11 to 13
relations per 20 articles, about half of them right. Not adopted: the rules already take what
word features can tell, and the pairs they miss need a reading of reference and clause
structure, not of the words between two names.
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

from loaders.article import extract_file, read_article, to_contract_json  # noqa: E402
from loaders.config import ExtractionConfig  # noqa: E402
from loaders.sentences import split_sentences  # noqa: E402

SETS = ("articles", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")
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
        text, _ = read_article(txt)
        meta = manifest.get(txt.name, {})
        rows.append(
            {
                "text": text,
                "sents": [
                    (s.start, s.end)
                    for s in split_sentences(text, config.lexicon)
                    if not s.headline
                ],
                "out": to_contract_json(extract_file(txt, config)),
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


def fit(train: list[dict[str, Any]]) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    pairs = [e for r in train for e in r["ex"] if e["y"] != "SKIP"]
    vectors = DictVectorizer()
    model = LogisticRegression(C=0.5, max_iter=3000, class_weight="balanced")
    model.fit(vectors.fit_transform([e["f"] for e in pairs]), [e["y"] for e in pairs])
    return vectors, model


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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
    for r in rows + [r for t in tests.values() for r in t]:
        r["ex"] = examples(r, score)
    print(f"training: {len(train)} articles, {sum(len(r['ex']) for r in train)} pairs")
    order = list(range(len(train)))
    random.Random(0).shuffle(order)
    folds = [set(order[i::5]) for i in range(5)]
    for threshold in THRESHOLDS:
        preds, seen = [], []
        for fold in folds:
            vectors, model = fit([r for i, r in enumerate(train) if i not in fold])
            part = [r for i, r in enumerate(train) if i in fold]
            preds += [with_additions(r, vectors, model, threshold) for r in part]
            seen += part
        print(report(f"cv, threshold {threshold}", seen, preds, score))
    vectors, model = fit(train)
    for name, rows_of in tests.items():
        print(report(f"{name}, rules", rows_of, [r["out"] for r in rows_of], score))
        for threshold in THRESHOLDS:
            preds = [with_additions(r, vectors, model, threshold) for r in rows_of]
            print(report(f"{name}, {threshold}", rows_of, preds, score))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
