"""The chat-model call: LangChain's `ChatOpenAI` under a hard deadline, with a streamed preview.

`LLMClient(config).complete(messages, stream_to)` returns the model's raw
text or raises `LLMFailure` whose `reason` (timeout | http_error |
connection | garbage | unavailable) the answerer turns into a notice. It
knows nothing about passages or citations: checking what the model said is
`assistant.llm.answerer`'s job; this module only gets the text, or says why not.

The chat model is LangChain's `ChatOpenAI` (langchain-openai), imported on
first use, not at import time (it costs about a second). A hard wall-clock
deadline (`timeout_s`, 20 s by default) bounds every call: the request runs in
a worker thread and the caller waits on a queue until the deadline, so
neither a silent server nor one that streams slowly forever can hold it
longer. The worker then stops at its next token, or at the HTTP client's
read timeout (also `timeout_s`) when nothing comes at all.

Streaming: `stream_to` receives the visible text pieces (reasoning blocks
held back) in order, in the caller's thread, as they arrive. They are only
a preview; the answer to show is decided by the answerer afterwards.
"""
from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class LLMConfig:
    """Where the chat model is. `base_url` is the OpenAI-style API root, e.g. http://127.0.0.1:11434/v1."""

    base_url: str
    model: str
    api_key: str = field(default="", repr=False)  # local servers ignore it; never printed
    timeout_s: float = DEFAULT_TIMEOUT_S
    temperature: float | None = 0.0
    max_tokens: int | None = 800

    def __post_init__(self) -> None:
        if not self.base_url or not self.model:
            raise ValueError("LLMConfig needs a base_url and a model")
        if not self.timeout_s > 0:
            raise ValueError(f"LLM timeout must be a positive number of seconds, got {self.timeout_s!r}")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "LLMConfig | None":
        """From KUME_LLM_* through `Settings.from_env`, their one reader and validator (kept for callers
        that have no Settings; the entry points pass Settings to `from_settings`). Raises SettingsError."""
        from core.settings import Settings

        return cls.from_settings(Settings.from_env(env))

    @classmethod
    def from_settings(cls, settings: object) -> "LLMConfig | None":
        """From Settings.llm_base_url / llm_model / llm_api_key / llm_timeout_s; None when not configured."""
        base_url = getattr(settings, "llm_base_url", None)
        model = getattr(settings, "llm_model", None)
        if not base_url or not model:
            return None
        timeout = getattr(settings, "llm_timeout_s", None) or DEFAULT_TIMEOUT_S
        return cls(base_url=base_url, model=model, api_key=getattr(settings, "llm_api_key", None) or "",
                   timeout_s=float(timeout))


class LLMFailure(Exception):
    """The call gave no usable text; `reason` is one of the answerer's fallback reasons."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


_THINK_OPEN, _THINK_CLOSE = "<think>", "</think>"
_THINK_BLOCK = re.compile(r"<think>.*?(?:</think>|\Z)", re.DOTALL)


def visible_text(text: str) -> str:
    """`text` without reasoning blocks (<think>…</think>, also an unclosed one) that some local models emit."""
    return _THINK_BLOCK.sub("", text)


class _Preview:
    """Feeds the visible part of a growing text to a callback, holding back what may start a <think> tag."""

    def __init__(self, callback: Callable[[str], None]):
        self.callback: Callable[[str], None] | None = callback
        self.text = ""
        self.sent = 0

    def add(self, piece: str) -> None:
        self.text += piece
        self._emit(final=False)

    def finish(self) -> None:
        self._emit(final=True)

    def _emit(self, final: bool) -> None:
        if self.callback is None:
            return
        shown = visible_text(self.text)
        hold = 0
        for k in range(0 if final else min(len(_THINK_OPEN) - 1, len(shown)), 0, -1):
            if _THINK_OPEN.startswith(shown[-k:]):
                hold = k
                break
        ready = shown[: len(shown) - hold]
        if len(ready) > self.sent:
            delta, self.sent = ready[self.sent:], len(ready)
            try:
                self.callback(delta)
            except Exception:  # noqa: BLE001 - a broken display must not break the answer
                log.warning("stream callback failed; not streaming the rest of this answer", exc_info=True)
                self.callback = None


def _content(message: object) -> str:
    """The text of a LangChain message or chunk (a string, or a list of content blocks)."""
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) if isinstance(b, dict) else ""
                       for b in content)
    if content is None:
        return ""
    raise LLMFailure("garbage", f"unexpected content {type(content).__name__}")


def _classify(error: BaseException, base_url: str) -> LLMFailure:
    """An exception from the OpenAI client as one of the failure reasons."""
    if isinstance(error, LLMFailure):
        return error
    name = type(error).__name__
    try:
        import openai
    except ImportError:  # pragma: no cover - the client imports it
        openai = None  # type: ignore[assignment]
    if openai is not None:
        if isinstance(error, openai.APITimeoutError):
            return LLMFailure("timeout")
        if isinstance(error, openai.APIStatusError):
            return LLMFailure("http_error", f"HTTP {error.status_code}")
        if isinstance(error, openai.APIConnectionError):
            return LLMFailure("connection", base_url)
    if isinstance(error, (ValueError, TypeError, KeyError, AttributeError, IndexError)):
        return LLMFailure("garbage", name)  # JSONDecodeError, a body without choices, a model that rejects it
    return LLMFailure("unavailable", name)


class LLMClient:
    """One configured chat model, called within `config.timeout_s`; thread-safe."""

    def __init__(self, config: LLMConfig):
        self.config = config
        self._model = None
        self._lock = threading.Lock()

    def chat_model(self):
        """The LangChain chat model, built (and langchain-openai imported) on first use."""
        with self._lock:
            if self._model is None:
                from langchain_openai import ChatOpenAI

                c = self.config
                kwargs = {}
                if c.temperature is not None:
                    kwargs["temperature"] = c.temperature
                if c.max_tokens is not None:
                    kwargs["max_tokens"] = c.max_tokens
                self._model = ChatOpenAI(
                    model=c.model, base_url=c.base_url, api_key=c.api_key or "not-needed",
                    timeout=c.timeout_s, max_retries=0, stream_usage=False, use_responses_api=False, **kwargs)
            return self._model

    def warm(self) -> None:
        """Import and build the client now (about a second), so the first question does not pay for it."""
        self.chat_model()

    def complete(self, messages: list[dict[str, str]], stream_to: Callable[[str], None] | None) -> str:
        """The model's raw text, within the deadline; raises LLMFailure."""
        try:
            model = self.chat_model()
        except ImportError as error:
            raise LLMFailure("unavailable", f"{error.name or 'langchain-openai'} is not installed") from None
        except Exception as error:  # noqa: BLE001 - a bad configuration is one more reason to fall back
            raise LLMFailure("unavailable", f"{type(error).__name__}: {error}") from None
        lc_messages = [(m["role"], m["content"]) for m in messages]
        pieces: queue.Queue = queue.Queue()
        cancelled = threading.Event()

        def work() -> None:
            try:
                if stream_to is None:
                    pieces.put(("text", _content(model.invoke(lc_messages))))
                else:
                    for chunk in model.stream(lc_messages):
                        if cancelled.is_set():
                            return
                        pieces.put(("text", _content(chunk)))
                pieces.put(("done", None))
            except BaseException as error:  # noqa: BLE001 - handed to the waiting caller
                pieces.put(("error", error))

        deadline = time.monotonic() + self.config.timeout_s
        worker = threading.Thread(target=work, name="kume-llm", daemon=True)
        worker.start()
        preview = _Preview(stream_to) if stream_to is not None else None
        text = ""
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise LLMFailure("timeout")
                try:
                    kind, value = pieces.get(timeout=remaining)
                except queue.Empty:
                    raise LLMFailure("timeout") from None
                if kind == "done":
                    if preview is not None:
                        preview.finish()
                    return text
                if kind == "error":
                    raise _classify(value, self.config.base_url)
                text += value
                if preview is not None:
                    preview.add(value)
        finally:
            cancelled.set()
