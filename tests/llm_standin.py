"""A STAND-IN FOR A LANGUAGE MODEL (the model itself cannot run here): a small local HTTP server
that speaks the OpenAI chat-completions API and replays scripted answers.

`ModelStandIn.script` maps a text that the user message contains to the JSON the "model"
answers for it; `faults` is a queue of misbehaviours served first, one per request
(an HTTP status, `"sleep"` past the client's time-out, `"malformed"`, `"truncated"`,
`"html"` for a server that is not an OpenAI API). Every request body is kept in `requests`.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class ModelStandIn:
    def __init__(self) -> None:
        self.script: list[tuple[str, dict[str, Any]]] = []
        self.faults: deque[Any] = deque()
        self.requests: list[dict[str, Any]] = []
        self.sleep = 2.0
        self.refuse_response_format = False
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, needle: str, entities: list[tuple[str, str]], relations: list[tuple]) -> None:
        """When the excerpt contains `needle`, answer these entities and relations
        (relations as (source, type, target, quote))."""
        self.script.append(
            (
                needle,
                {
                    "entities": [{"name": n, "type": t} for n, t in entities],
                    "relations": [
                        {"source": s, "type": r, "target": t, "quote": q}
                        for s, r, t, q in relations
                    ],
                },
            )
        )

    def _reply_for(self, body: dict[str, Any]) -> tuple[int, str, str]:
        """(status, content type, body text) for one request."""
        with self._lock:
            self.requests.append(body)
            fault = self.faults.popleft() if self.faults else None
        user = body["messages"][-1]["content"]
        content = json.dumps(
            next(
                (a for needle, a in self.script if needle in user),
                {"entities": [], "relations": []},
            )
        )
        finish = "stop"
        if isinstance(fault, int):
            return fault, "application/json", json.dumps({"error": {"message": "scripted"}})
        if fault == "sleep":
            time.sleep(self.sleep)
        elif fault == "html":
            return 200, "text/html", "<html><body>It works!</body></html>"
        elif fault == "malformed":
            content = '{"entities": [{"name": "Acme", "type": "Organiz'
        elif fault == "truncated":
            content, finish = content[: len(content) // 2], "length"
        if self.refuse_response_format and "response_format" in body:
            return 400, "application/json", json.dumps({"error": {"message": "response_format"}})
        data = {
            "id": "standin",
            "object": "chat.completion",
            "model": body.get("model"),
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content},
                 "finish_reason": finish}
            ],
            "usage": {"prompt_tokens": len(user) // 4, "completion_tokens": len(content) // 4},
        }  # fmt: skip
        return 200, "application/json", json.dumps(data)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                if self.path != "/v1/chat/completions":
                    self.send_error(404)
                    return
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                status, ctype, text = outer._reply_for(body)
                raw = text.encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a time-out test)

        return Handler
