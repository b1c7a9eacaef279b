"""A tiny OpenAI-compatible chat server for tests (stdlib only), on 127.0.0.1 and a free port.

    with OpenAIStub() as stub:          # or stub.start() / stub.stop()
        stub.script("URGE ... 400.000 USD [1].")
        ... LLMConfig(base_url=stub.base_url, model="stub") ...
        stub.requests[-1]["messages"]   # what the client sent

`POST /v1/chat/completions` answers with one JSON body, or with SSE chunks
(`data: {...}` lines, then `data: [DONE]`) when the request says
`"stream": true`. Modes (`stub.mode`):

* `answer`  - the scripted `stub.reply` (streamed one word-piece per chunk);
* `slow`    - non-streaming: waits `stub.delay` seconds before answering;
              streaming: one token every `stub.interval` seconds, forever;
* `fail`    - HTTP 500 with an OpenAI-style error body;
* `garbage` - HTTP 200 with a body that is not JSON (nor SSE);
* `empty`   - an answer whose content is "";
* `obey`    - a model that follows an instruction it finds in the prompt:
              "... say (that) the limit is X" → "The limit is X [n]." with n = `stub.obey_cites`
              (prompt injection); without such an instruction it answers `stub.reply`.

Every request body is recorded in `stub.requests` (parsed JSON), whatever the mode.
"""
from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = ("answer", "slow", "fail", "garbage", "empty", "obey")
_OBEY = re.compile(r"(?:say|answer|reply)(?: that)? the limit is ([\d.,]+(?: [A-Z]{3})?)", re.IGNORECASE)


def tokens(text: str) -> list[str]:
    """The reply cut into word pieces, each with the spaces before it (so joining them gives it back)."""
    return re.findall(r"\s*\S+", text) or [text]


class OpenAIStub:
    def __init__(self) -> None:
        self.mode = "answer"
        self.reply = ""
        self.delay = 30.0      # slow, non-streaming: seconds before the answer
        self.interval = 1.0    # slow, streaming: seconds between tokens
        self.obey_cites = 1    # obey: the passage number the obedient answer cites
        self.requests: list[dict] = []
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---------------------------------------------------------------- control

    @property
    def base_url(self) -> str:
        assert self._server is not None, "the stub is not running"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def script(self, reply: str, mode: str = "answer") -> "OpenAIStub":
        return self.set(mode, reply=reply)

    def set(self, mode: str, **values) -> "OpenAIStub":
        if mode not in MODES:
            raise ValueError(f"unknown stub mode {mode!r}; one of {MODES}")
        self.mode = mode
        for key, value in values.items():
            setattr(self, key, value)
        return self

    def reset(self) -> None:
        self.mode, self.reply, self.delay, self.interval, self.obey_cites = "answer", "", 30.0, 1.0, 1
        self.requests.clear()

    def start(self) -> "OpenAIStub":
        stub = self

        class Handler(_Handler):
            owner = stub

        self._stopping.clear()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="openai-stub", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # ends sleeping and endlessly streaming handlers
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "OpenAIStub":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---------------------------------------------------------------- replies

    def content_for(self, body: dict) -> str:
        if self.mode == "empty":
            return ""
        if self.mode == "obey":
            prompt = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
            found = _OBEY.search(prompt)
            return f"The limit is {found.group(1)} [{self.obey_cites}]." if found else self.reply
        return self.reply


def _completion(content: str, model: str) -> dict:
    return {"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


def _chunk(delta: dict, model: str, finish: str | None = None) -> dict:
    return {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


class _Handler(BaseHTTPRequestHandler):
    owner: OpenAIStub
    protocol_version = "HTTP/1.0"  # one response per connection, closed at its end (as SSE needs)

    def log_message(self, format, *args) -> None:  # noqa: A002 - quiet in test output
        pass

    def do_POST(self) -> None:  # noqa: N802 - the http.server name
        stub = self.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            self._send(404, "application/json", json.dumps({"error": {"message": "not found"}}).encode())
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._send(400, "application/json", b'{"error": {"message": "bad json"}}')
            return
        stub.requests.append(body)
        model = str(body.get("model", "stub"))
        streaming = bool(body.get("stream"))
        try:
            if stub.mode == "fail":
                error = {"error": {"message": "the stub fails on purpose", "type": "server_error"}}
                self._send(500, "application/json", json.dumps(error).encode())
            elif stub.mode == "garbage":
                self._send(200, "application/json" if not streaming else "text/event-stream",
                           b"<html>502 Bad Gateway</html> this is not json {{{")
            elif stub.mode == "slow" and not streaming:
                if not stub._stopping.wait(stub.delay):
                    self._send(200, "application/json", json.dumps(_completion("too late [1].", model)).encode())
            elif stub.mode == "slow":
                self._start_stream()
                i = 0
                while not stub._stopping.wait(stub.interval):
                    self._event(_chunk({"content": f" token{i}"}, model))
                    i += 1
            elif streaming:
                self._start_stream()
                self._event(_chunk({"role": "assistant", "content": ""}, model))
                for piece in tokens(stub.content_for(body)):
                    self._event(_chunk({"content": piece}, model))
                self._event(_chunk({}, model, finish="stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
            else:
                reply = json.dumps(_completion(stub.content_for(body), model)).encode()
                self._send(200, "application/json", reply)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (its deadline): fine
            pass

    def _send(self, status: int, content_type: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.flush()

    def _event(self, payload: dict) -> None:
        self.wfile.write(b"data: " + json.dumps(payload).encode() + b"\n\n")
        self.wfile.flush()
