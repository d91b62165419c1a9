"""One hash of the extractor's output over the fixture articles and generated ones.

    python benchmarks/output_hash.py [--generated 200]

Prints `<articles> <sha256>`. Two builds of the extractor (pure Python and mypyc-compiled, see
setup.py), or a refactor before and after, agree exactly when their hashes agree. Nothing from
an article is printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extract as bench  # noqa: E402

from loaders.article import extract, extract_file, to_contract_json  # noqa: E402

SETS = ("articles", "heldout", "blind", "blind2")


def output_hash(generated: int) -> tuple[int, str]:
    digest, count = hashlib.sha256(), 0
    for name in SETS:
        for path in sorted((ROOT / "tests" / "fixtures" / name).glob("*.txt")):
            doc = to_contract_json(extract_file(path))
            digest.update(path.name.encode())
            digest.update(json.dumps(doc, sort_keys=True).encode())
            count += 1
    rng = random.Random(11)
    for _ in range(generated):
        doc = to_contract_json(extract(bench.article(rng)))
        digest.update(json.dumps(doc, sort_keys=True).encode())
        count += 1
    return count, digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=200)
    count, digest = output_hash(parser.parse_args().generated)
    print(count, digest)


if __name__ == "__main__":
    main()
