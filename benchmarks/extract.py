"""Article extraction speed: articles per second, one process and all cores.

Builds 1,000 varied synthetic news articles (~500 words each) from templates with a fixed seed,
writes them to a temporary directory, and times `loaders.article.extract_file` over them in one
process and in a multiprocessing pool of every core, as `erg load DIR` does: one
`ExtractionConfig` built up front, the collector tuned by `graph.ingest.tune_collector` (workers
started with `graph.ingest.start_worker`, which calls it).

    python benchmarks/extract.py [--articles 1000] [--jobs N] [--big-mb 20]

`--big-mb` also times one generated article of that size (bounded memory, linear time).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.ingest import chunk_size, extract_in_worker, start_worker, tune_collector  # noqa: E402
from loaders.article import clear_caches, extract, extract_file  # noqa: E402
from loaders.config import ExtractionConfig  # noqa: E402

FIRST = [
    "Maya",
    "Daniel",
    "Priya",
    "Lars",
    "Sofia",
    "Tom",
    "Nora",
    "James",
    "Elena",
    "Omar",
    "Grace",
    "Victor",
    "Hannah",
    "Kenji",
    "Laura",
    "Felix",
    "Amara",
    "Rafael",
    "Ingrid",
    "Samuel",
]
LAST = [
    "Chen",
    "Okoro",
    "Raman",
    "Eide",
    "Ortega",
    "Keane",
    "Blaine",
    "Holloway",
    "Vasquez",
    "Haddad",
    "Lindqvist",
    "Moreau",
    "Adeyemi",
    "Tanaka",
    "Fischer",
    "Novak",
    "Brennan",
    "Castillo",
    "Kowalski",
    "Mensah",
]
STEM = [
    "Kestrel",
    "Lumen",
    "Corv",
    "Brightl",
    "Nimb",
    "Tidew",
    "Orb",
    "Zent",
    "Arcl",
    "Veld",
    "Quill",
    "Harb",
    "Pinecr",
    "Stratos",
    "Thornb",
    "Halv",
    "Mirr",
    "Solst",
    "Ferr",
    "Gant",
]
END = ["ane", "ix", "ora", "ex", "ium", "ara", "ent", "ova", "is", "eon"]
SUFFIX = [
    "Analytics",
    "Robotics",
    "Capital",
    "Ventures",
    "Systems",
    "Labs",
    "Energy",
    "Health",
    "Networks",
    "Holdings",
    "",
    "",
    "",
]
PRODUCTS = ["Sightline", "Canvasly", "RxRunner", "Halo", "Slate", "Pulse", "Beacon", "Atlas"]
PLACES = [
    "Denver",
    "Oslo",
    "Austin",
    "Berlin",
    "Seoul",
    "Dublin",
    "Toronto",
    "Paris",
    "Singapore",
    "Nairobi",
    "Chicago",
    "Stockholm",
]
FILLER = [
    "Analysts said the deal reflects a broader push into automation across the sector.",
    "The company did not disclose financial terms, and shares were little changed.",
    "Regulators have tightened rules on data handling over the past two years.",
    "Customers have asked for faster tools and better support, according to the filing.",
    "The market for such software has grown quickly since the pandemic.",
    "Executives said hiring would continue through the end of next year.",
    "The announcement came as rivals cut prices to win large contracts.",
    "Investors have poured money into the segment despite slowing growth elsewhere.",
]
TEMPLATES = [
    "{a} said on {day} it had agreed to acquire {b} for ${n} million in cash.",
    "{pa} {pl}, chief executive of {a}, said the purchase would close in the second quarter.",
    "{b}, which is based in {place}, competes with {c} for most large contracts.",
    "{a} co-founder {pb} {plb} will stay on as an adviser to {b}.",
    "{b} was co-founded in 2019 by {pa} {pl} and {pb} {plb}.",
    "{c} chief executive {pb} {plb} criticized the deal in a letter to shareholders.",
    "The {place}-based company also owns the {prod} platform.",
    "{a} has invested ${n} million in {c}, according to people familiar with the matter.",
    "{c} did not invest in {b}, a spokesperson said.",
    "{a} and {c} announced a partnership to deploy {prod} across Europe.",
    "{pa} {pl}, a former banker who advises {c}, backed the appointment.",
    "{c} may invest in {b} later this year, according to reports that were denied.",
    "Shares of {a} rose 4% after {b} said it would partner with {c} on {prod}.",
    "{a} sued {c} in {place}, accusing it of copying features from {prod}.",
]


def company(rng: random.Random) -> str:
    name = rng.choice(STEM) + rng.choice(END)
    suffix = rng.choice(SUFFIX)
    return f"{name} {suffix}".strip()


def article(rng: random.Random, words: int = 500) -> str:
    a, b, c = company(rng), company(rng), company(rng)
    values = dict(
        a=a,
        b=b,
        c=c,
        pa=rng.choice(FIRST),
        pl=rng.choice(LAST),
        pb=rng.choice(FIRST),
        plb=rng.choice(LAST),
        place=rng.choice(PLACES),
        prod=rng.choice(PRODUCTS),
        day=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday"]),
        n=rng.randint(5, 900),
    )
    lines = [f"{a} to buy {b} in ${values['n']} million deal", ""]
    count = 0
    while count < words:
        para = []
        for _ in range(rng.randint(2, 4)):
            s = rng.choice(TEMPLATES if rng.random() < 0.6 else FILLER).format(**values)
            para.append(s)
            count += len(s.split())
        lines.append(" ".join(para))
    return "\n".join(lines) + "\n"


def run_serial(paths: list[str], config: ExtractionConfig) -> float:
    old = tune_collector()  # as `erg load --jobs 1` does
    try:
        t = time.perf_counter()
        for p in paths:
            extract_file(p, config)
        return time.perf_counter() - t
    finally:
        gc.unfreeze()
        gc.set_threshold(*old)


def run_pool(paths: list[str], jobs: int, config: ExtractionConfig) -> float:
    clear_caches()  # forked workers must not inherit the serial run's sentence analyses
    with Pool(jobs, initializer=start_worker, initargs=(config,)) as pool:
        pool.map(extract_in_worker, paths[:jobs])  # warm the workers
        t = time.perf_counter()
        pool.map(extract_in_worker, paths, chunksize=chunk_size(len(paths), jobs))
        return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--big-mb", type=float, default=0, help="also time one article this big")
    args = ap.parse_args()
    rng = random.Random(42)
    config = ExtractionConfig()  # built once before timing, as `erg load` does
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        total_words = 0
        for i in range(args.articles):
            text = article(rng)
            total_words += len(text.split())
            path = Path(tmp) / f"a{i:04d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        print(f"corpus: {len(paths)} articles, {total_words / len(paths):.0f} words on average")
        serial = run_serial(paths, config)
        print(f"1 process : {len(paths) / serial:7.1f} articles/s ({serial:.2f} s)")
        pooled = run_pool(paths, args.jobs, config)
        print(f"{args.jobs} processes: {len(paths) / pooled:7.1f} articles/s ({pooled:.2f} s)")
    if args.big_mb:
        para = "\n".join(article(random.Random(7)).splitlines()[2:]) + "\n\n"
        text = para * int(args.big_mb * 1_000_000 / len(para) + 1)
        t = time.perf_counter()
        doc = extract(text, config)
        dt = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"big article: {len(text) / 1e6:.1f} MB in {dt:.1f} s "
            f"({len(text) / 1e6 / dt:.2f} MB/s), {len(doc.entities)} entities, "
            f"{len(doc.relations)} relations, peak RSS {peak:.0f} MB"
        )


if __name__ == "__main__":
    main()
