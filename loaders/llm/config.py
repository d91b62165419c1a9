"""Where the model is and how much of it a load may use: flags first, then the environment.

Follows the OpenAI client's conventions: `OPENAI_BASE_URL` (or `--llm-url`), `OPENAI_API_KEY`
(optional for local servers), and the model name (`--llm-model`, else `ERG_LLM_MODEL`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from graph.errors import ErgError

DEFAULT_CACHE = Path.home() / ".cache" / "erg" / "llm"


@dataclass(frozen=True)
class LLMConfig:
    """Settings of the model-backed extractor (immutable: it travels to worker threads)."""

    base_url: str
    model: str
    api_key: str = ""
    max_requests: int | None = None  # a budget of requests sent (cache hits are free)
    concurrency: int = 4
    timeout: float = 120.0
    retries: int = 4
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    cache_dir: Path | None = DEFAULT_CACHE
    chunk_chars: int = 6000
    overlap_sentences: int = 1

    @staticmethod
    def from_options(
        url: str | None = None,
        model: str | None = None,
        max_requests: int | None = None,
        env: dict[str, str] | None = None,
    ) -> LLMConfig:
        """The configuration from flags, else the environment; a clear error when incomplete."""
        env = dict(os.environ if env is None else env)
        base_url = (url or env.get("OPENAI_BASE_URL") or "").strip()
        if not base_url:
            raise ErgError(
                "--extractor llm needs a model server: set OPENAI_BASE_URL "
                "(e.g. http://localhost:11434/v1 for Ollama) or pass --llm-url"
            )
        if not base_url.startswith(("http://", "https://")):
            raise ErgError(f"--llm-url must be an http:// or https:// URL, got {base_url!r}")
        name = (model or env.get("ERG_LLM_MODEL") or "").strip()
        if not name:
            raise ErgError(
                "--extractor llm needs a model name: pass --llm-model (or set ERG_LLM_MODEL)"
            )
        cache = env.get("ERG_LLM_CACHE")
        return LLMConfig(
            base_url=base_url.rstrip("/"),
            model=name,
            api_key=env.get("OPENAI_API_KEY", ""),
            max_requests=max_requests,
            cache_dir=(None if cache == "off" else Path(cache)) if cache else DEFAULT_CACHE,
        )

    def with_(self, **changes: object) -> LLMConfig:
        return replace(self, **changes)  # type: ignore[arg-type]
