"""One chat-completions request at a time, as the OpenAI API defines it, made robust and cheap.

- answers are cached on disk by (model, prompt version, messages), so a reload costs nothing;
- 429, 5xx and time-outs are retried with exponential back-off (`Retry-After` is honoured);
- `max_requests` is a budget of requests sent; going over it is an error, not a silent cut;
- `response_format` (JSON Schema) is asked for, and dropped for good if the server refuses it;
- every other failure is an `LLMError` with one line that says what was expected.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from graph.errors import ErgError
from loaders.llm.config import LLMConfig
from loaders.llm.prompt import PROMPT_VERSION

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 30.0


class LLMError(ErgError):
    """The model server failed or is not an OpenAI-compatible API (one line, exit 2)."""


class LLMBudgetError(LLMError):
    """`--llm-max-requests` is spent: the load stops, whatever `--skip-bad` says."""

    fatal = True


@dataclass
class Answer:
    content: str
    finish_reason: str = "stop"
    cached: bool = False


@dataclass
class LLMStats:
    """What a load cost: requests sent and answered from the cache, tokens, what was dropped."""

    requests: int = 0
    cached: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    chunks: int = 0
    relations_kept: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)

    def drop(self, why: str, n: int = 1) -> None:
        with self._lock:
            self.dropped[why] = self.dropped.get(why, 0) + n

    def summary(self) -> str:
        dropped = ", ".join(f"{n} {why}" for why, n in sorted(self.dropped.items())) or "none"
        return (
            f"llm: {self.requests} requests ({self.cached} answered from the cache, "
            f"{self.retries} retries), {self.prompt_tokens} prompt + {self.completion_tokens} "
            f"completion tokens; {self.relations_kept} relations kept; dropped: {dropped}"
        )


class ChatClient:
    """POST {base_url}/chat/completions, with cache, retries and a request budget."""

    def __init__(self, config: LLMConfig, stats: LLMStats | None = None):
        self.config = config
        self.stats = stats or LLMStats()
        self.structured = True  # ask for response_format until the server says no
        self._budget = threading.Lock()
        headers = {"Content-Type": "application/json"}
        if config.api_key:
            headers["Authorization"] = f"Bearer {config.api_key}"
        self._http = httpx.Client(timeout=config.timeout, headers=headers)
        self.url = f"{config.base_url}/chat/completions"

    def close(self) -> None:
        self._http.close()

    # -- the public call ---------------------------------------------------------------------
    def complete(self, messages: list[dict[str, str]], response_format: dict[str, Any]) -> Answer:
        """The model's answer to `messages` (from the cache when it was asked before)."""
        key = self._key(messages, response_format)
        hit = self._cache_get(key)
        if hit is not None:
            self.stats.add(cached=1)
            return hit
        body: dict[str, Any] = {"model": self.config.model, "messages": messages}
        body["temperature"] = 0
        if self.structured:
            body["response_format"] = response_format
        data = self._post(body)
        answer = self._answer(data)
        if answer.finish_reason != "length" and _parses(answer.content):
            self._cache_put(key, answer)
        return answer

    # -- HTTP ----------------------------------------------------------------------------------
    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        delay = self.config.backoff
        for attempt in range(self.config.retries + 1):
            self._spend()
            try:
                response = self._http.post(self.url, json=body)
            except httpx.TimeoutException:
                if attempt == self.config.retries:
                    raise LLMError(
                        f"the model server at {self.config.base_url} did not answer within "
                        f"{self.config.timeout:.0f} s ({attempt + 1} tries)"
                    ) from None
                self._wait(delay)
                delay *= 2
                continue
            except httpx.HTTPError as exc:
                raise LLMError(
                    f"cannot reach the model server at {self.config.base_url}: {_first_line(exc)}"
                ) from None
            if response.status_code in RETRY_STATUS and attempt < self.config.retries:
                self._wait(_retry_after(response) or delay)
                delay *= 2
                continue
            if response.status_code == 400 and "response_format" in body:
                # servers without structured output: ask again without it, from now on
                self.structured = False
                body = {k: v for k, v in body.items() if k != "response_format"}
                continue
            return self._json(response)
        raise LLMError(f"the model server at {self.config.base_url} kept failing (HTTP 429/5xx)")

    def _spend(self) -> None:
        with self._budget:
            limit = self.config.max_requests
            if limit is not None and self.stats.requests >= limit:
                raise LLMBudgetError(
                    f"the budget of --llm-max-requests {limit} is spent; nothing was stored "
                    "(answers so far are cached: run again with a larger budget)"
                )
            self.stats.requests += 1

    def _wait(self, seconds: float) -> None:
        self.stats.add(retries=1)
        time.sleep(min(seconds, MAX_RETRY_AFTER))

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        where = f"POST {self.url}"
        if response.status_code in (401, 403):
            raise LLMError(
                f"the model server refused the request (HTTP {response.status_code}): "
                "check OPENAI_API_KEY"
            )
        if response.status_code >= 400:
            raise LLMError(
                f"{where} returned HTTP {response.status_code}: expected an OpenAI-compatible "
                f"chat-completions API ({_first_line(response.text)[:120]})"
            )
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
            raise LLMError(
                f"{where} did not answer as an OpenAI-compatible chat-completions API "
                "(expected a JSON object with 'choices')"
            )
        return data

    def _answer(self, data: dict[str, Any]) -> Answer:
        usage = data.get("usage") or {}
        self.stats.add(
            prompt_tokens=_int(usage.get("prompt_tokens")),
            completion_tokens=_int(usage.get("completion_tokens")),
        )
        try:
            choice = data["choices"][0]
            content = choice["message"]["content"] or ""
        except (IndexError, KeyError, TypeError):
            raise LLMError(
                f"POST {self.url} answered without choices[0].message.content "
                "(expected an OpenAI-compatible chat-completions answer)"
            ) from None
        return Answer(str(content), str(choice.get("finish_reason") or "stop"))

    # -- cache ---------------------------------------------------------------------------------
    def _key(self, messages: list[dict[str, str]], response_format: dict[str, Any]) -> str:
        blob = json.dumps([self.config.model, PROMPT_VERSION, messages, response_format])
        return hashlib.sha256(blob.encode()).hexdigest()

    def _cache_path(self, key: str) -> Path | None:
        root = self.config.cache_dir
        return None if root is None else root / key[:2] / f"{key}.json"

    def _cache_get(self, key: str) -> Answer | None:
        path = self._cache_path(key)
        if path is None or not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Answer(str(data["content"]), str(data["finish_reason"]), cached=True)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged entry is asked again

    def _cache_put(self, key: str, answer: Answer) -> None:
        path = self._cache_path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"content": answer.content, "finish_reason": answer.finish_reason}, f)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs money, never the load


def _parses(content: str) -> bool:
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return float(response.headers.get("retry-after", ""))
    except ValueError:
        return None


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _first_line(value: object) -> str:
    text = str(value).strip()
    return text.splitlines()[0] if text else type(value).__name__
