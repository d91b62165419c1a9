"""A corpus load at scale: the 18 development articles plus generated variants, loaded with
`python -m graph load DIR --store TMP --report R.json` as an analyst would.

Each variant is one development article with its actors' names swapped consistently: every
person gets a new first and last name (so "Maya Chen", "Chen" and "Maya" all change together),
every organization, product or project a new distinctive word ("Kestrel Analytics" and
"Kestrel" become "Tarsel Analytics" and "Tarsel"). Replacement names come from small shared
pools, so actors recur across variants and one brand word names an organization in one article
and a product in another: the typing conflicts that used to abort a corpus load.

Reports: whether the load completes, articles/s, relations dropped by reconciliation, merges,
entities typed by rule, lone words left out, and the duplicates left (entity names whose
rapidfuzz similarity is at least --min-score). Then, before/after, the number of entities the
six articles of tests/fixtures/shared_actors give against their 13 real actors (before: the
code at --before, e.g. /work/main, one load per file when the whole load aborts).

    python benchmarks/corpus_load.py [--variants 1000] [--seed 7] [--before /work/main]

Nothing generated is kept unless --keep DIR is given.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from graph.namekeys import near_duplicates  # noqa: E402
from graph.store import open_store  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
SHARED = ROOT / "tests" / "fixtures" / "shared_actors"
FIRST = (
    "Maya Daniel Priya Lars Sofia Tom Nora James Elena Omar Grace Victor Hannah Kenji Laura "
    "Felix Amara Rafael Ingrid Samuel Petra Idris Marta Colm Yusuf Greta Anton Leila Oren Tilde"
).split()
LAST = (
    "Okafor Lindqvist Marchetti Haddad Brannigan Sorensen Vasquez Whitlow Kaur Delacroix Novak "
    "Ferreira Aldous Mbeki Castellane Rourke Takeda Halloran Quist Ostrova Pemberton Iyer Falk "
    "Drummond Esposito Varga Lachance Nyberg Oduya Strand"
).split()
SYLLABLES = (
    "tar sel vo ren quil mar dex ora lun bri kas tho vel nim cor pax zen hal ost fen gri ulm "
    "yor bax wen dru sko ita mep rav"
)


def brand_words(rng: random.Random, n: int) -> list[str]:
    """Invented brand words, no two alike (rapidfuzz ratio under 70), so that similar names
    in the loaded graph are duplicates erg left, not two brands the generator made alike."""
    parts = SYLLABLES.split()
    words: list[str] = []
    while len(words) < n:
        word = "".join(rng.choice(parts) for _ in range(rng.choice((2, 3)))).capitalize()
        if not words or process.extractOne(word, words, scorer=fuzz.ratio)[1] < 70:
            words.append(word)
    return sorted(words)


def swappable(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Gold entities to rename: people, and organizations/products/projects whose first word
    is a name (not "Port of Rotterdam Authority", "St. Luke's", "U.S. Department ...")."""
    out = []
    places = {w for e in gold["entities"] if e["type"] == "Location" for w in e["name"].split()}
    for e in gold["entities"]:
        first = e["name"].split()[0]
        if first in places:
            continue  # "Lagos Seed Fund": renaming Lagos would rename the city too
        if e["type"] == "Person" and len(e["name"].split()) == 2:
            out.append(e)
        elif e["type"] in ("Organization", "Product", "Project") and first.isalpha():
            if first not in ("Port", "Project", "Georgia", "Tennessee", "European", "The"):
                out.append(e)
    return out


def variant(text: str, gold: dict[str, Any], rng: random.Random, brands: list[str]) -> str:
    """The article with its actors renamed, every form of a name the same way."""
    tokens: dict[str, str] = {}
    for e in swappable(gold):
        words = e["name"].split()
        if e["type"] == "Person":
            tokens.setdefault(words[0], rng.choice(FIRST))
            tokens.setdefault(words[1], rng.choice(LAST))
        else:
            tokens.setdefault(words[0], rng.choice(brands))
    for old in sorted(tokens, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(old)}\b", tokens[old], text)
    return text


def make_corpus(folder: Path, variants: int, seed: int) -> int:
    rng = random.Random(seed)
    brands = brand_words(rng, 150)
    bases = sorted(ARTICLES.glob("*.txt"))
    golds = {p: json.loads(p.with_suffix("").with_suffix(".gold.json").read_text()) for p in bases}
    for p in bases:
        shutil.copy(p, folder / p.name)
    for i in range(variants):
        base = bases[i % len(bases)]
        text = variant(base.read_text(encoding="utf-8"), golds[base], rng, brands)
        (folder / f"v{i:04d}_{base.name}").write_text(text, encoding="utf-8")
    return len(bases) + variants


def erg_load(
    code: Path, paths: list[Path], store: Path, report: Path | None
) -> tuple[int, float, str]:
    """Run `python -m graph load` with the code at `code`; (exit code, seconds, stderr)."""
    args = [sys.executable, "-m", "graph", "load", *map(str, paths), "--store", str(store), "-q"]
    if report is not None:
        args += ["--report", str(report)]
    start = time.perf_counter()
    ran = subprocess.run(args, cwd=code, capture_output=True, text=True)
    return ran.returncode, time.perf_counter() - start, ran.stderr.strip()


def entity_names(store_path: Path) -> list[tuple[str, str]]:
    store = open_store(str(store_path), read_only=True)
    try:
        return sorted((e.name, e.type) for e in store.entities())
    finally:
        store.close()


def big_corpus(args: argparse.Namespace, tmp: Path) -> None:
    corpus = tmp / "corpus"
    corpus.mkdir()
    n = make_corpus(corpus, args.variants, args.seed)
    code, seconds, err = erg_load(ROOT, [corpus], tmp / "store", tmp / "report.json")
    print(f"corpus: {n} articles ({args.variants} variants); load exit {code} in {seconds:.1f} s")
    if code:
        print(f"  {err}")
        return
    report = json.loads((tmp / "report.json").read_text())
    print(f"  {n / seconds:.1f} articles/s (extraction on all cores, reconciliation, one write)")
    print(f"  relations dropped by reconciliation: {len(report['dropped_relations'])}")
    print(
        f"  entities typed by rule: {len(report['retyped'])}; lone words left out: "
        f"{len(report['noise'])}; names merged: {sum(len(m['names']) for m in report['merges'])}"
    )
    for d in report["dropped_relations"][: args.show]:
        print(
            f"    dropped {d['source']} ({d['source_type']}) -[{d['type']}]-> {d['target']} "
            f"({d['target_type']})"
        )
    names = entity_names(tmp / "store")
    types = dict(names)
    pairs = near_duplicates([n for n, _ in names], args.min_score)
    print(
        f"  entities: {len(names)}; near-duplicate pairs (rapidfuzz >= {args.min_score}): "
        f"{len(pairs)}"
    )
    for score, a, b in pairs[: args.show]:
        print(f"    {score:5.1f}  {a} ({types[a]})  ~  {b} ({types[b]})")
    if args.before:
        code, seconds, err = erg_load(Path(args.before), [corpus], tmp / "before", None)
        print(f"  before ({args.before}): exit {code} in {seconds:.1f} s {err[:160]}")


def shared_actors(args: argparse.Namespace, tmp: Path) -> None:
    actors = json.loads((SHARED / "actors.json").read_text(encoding="utf-8"))
    files = sorted(SHARED.glob("*.txt"))
    code, _, err = erg_load(ROOT, files, tmp / "after", None)
    after = entity_names(tmp / "after") if code == 0 else []
    print(f"shared actors: {len(files)} articles, {len(actors)} real actors")
    print(f"  after: {len(after)} entities (exit {code})")
    if not args.before:
        return
    code, _, err = erg_load(Path(args.before), files, tmp / "before-all", None)
    print(f"  before, one load: exit {code} {err[:160]}")
    refused = 0
    for f in files:  # what an analyst could still do: one load per file
        code, _, _ = erg_load(Path(args.before), [f], tmp / "before", None)
        refused += bool(code)
    before = entity_names(tmp / "before")
    print(f"  before, one load per file: {len(before)} entities, {refused} files refused")
    print(f"    {', '.join(n for n, _ in before)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-score", type=float, default=90.0)
    parser.add_argument("--show", type=int, default=25, help="List at most this many of each.")
    parser.add_argument("--before", help="A checkout of erg to compare with (e.g. /work/main).")
    parser.add_argument("--keep", help="Keep the generated corpus and stores in this folder.")
    args = parser.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="erg-corpus-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        shared_actors(args, tmp)
        big_corpus(args, tmp)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
