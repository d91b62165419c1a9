"""Score the model-backed extractor on the development and blind sets, aggregates only.

For an analyst who has a model: run it against any OpenAI-compatible server, e.g. Ollama

    ollama serve & ollama pull qwen2.5:7b-instruct
    python benchmarks/llm_eval.py --llm-url http://localhost:11434/v1 \
        --llm-model qwen2.5:7b-instruct

It prints, per set, mean and
micro relation precision/recall/F1, entity F1, grounded and ungrounded (dropped) relation counts,
tokens and seconds per article. Scoring is `shared/eval/score.py` (found in a parent directory of
the repository, or --score). Nothing of the blind set's texts or gold is printed, so rule writers
may run it. Answers are cached (ERG_LLM_CACHE, default ~/.cache/erg/llm): a second run is free.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from loaders.article import read_article, to_contract_json  # noqa: E402
from loaders.llm import ChatClient, LLMConfig  # noqa: E402
from loaders.llm.extract import extract_with_llm  # noqa: E402

SETS = {"development": ROOT / "tests/fixtures/articles", "blind": ROOT / "tests/fixtures/blind"}


def load_scorer(explicit: str | None) -> ModuleType:
    candidates = [Path(explicit)] if explicit else []
    candidates += [p / "shared/eval/score.py" for p in [ROOT, *ROOT.parents]]
    path = next((c for c in candidates if c.is_file()), None)
    if path is None:
        raise SystemExit("error: shared/eval/score.py not found (pass --score PATH)")
    spec = importlib.util.spec_from_file_location("erg_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(folder: Path, client: ChatClient, scorer: ModuleType) -> dict[str, Any]:
    """Aggregate scores of the llm extractor over the articles of `folder` that have gold."""
    import json

    rows = []
    tp = pred = gold = 0
    started = time.perf_counter()
    tokens_before = client.stats.prompt_tokens + client.stats.completion_tokens
    for path in sorted(folder.glob("*.txt")):
        gold_path = path.with_suffix(".gold.json")
        if not gold_path.exists():
            continue
        text, title = read_article(path)
        doc = extract_with_llm(text, config=client.config, title=title, client=client)
        result = scorer.score(to_contract_json(doc), json.loads(gold_path.read_text("utf-8")))
        rows.append(result)
        rel = result["relations"]
        tp, pred, gold = tp + rel["tp"], pred + rel["predicted"], gold + rel["gold"]
    n = max(1, len(rows))
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {
        "articles": len(rows),
        "mean relation P": sum(x["relations"]["precision"] for x in rows) / n,
        "mean relation R": sum(x["relations"]["recall"] for x in rows) / n,
        "mean relation F1": sum(x["relations"]["f1"] for x in rows) / n,
        "micro relation F1": 2 * p * r / (p + r) if p + r else 0.0,
        "mean entity F1": sum(x["entities"]["f1"] for x in rows) / n,
        "seconds per article": (time.perf_counter() - started) / n,
        "tokens per article": (
            client.stats.prompt_tokens + client.stats.completion_tokens - tokens_before
        )
        / n,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--llm-url", default=None, help="OpenAI-compatible base URL")
    parser.add_argument("--llm-model", default=None, help="model name")
    parser.add_argument("--llm-max-requests", type=int, default=None)
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: both")
    parser.add_argument("--score", default=None, help="path of shared/eval/score.py")
    args = parser.parse_args(argv)
    config = LLMConfig.from_options(args.llm_url, args.llm_model, args.llm_max_requests)
    scorer = load_scorer(args.score)
    client = ChatClient(config)
    try:
        for name in args.set or sorted(SETS):
            figures = evaluate(SETS[name], client, scorer)
            print(f"== {name} ({figures.pop('articles')} articles, model {config.model})")
            for key, value in figures.items():
                print(f"  {key:22} {value:.3f}")
        print(client.stats.summary())
    finally:
        client.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
