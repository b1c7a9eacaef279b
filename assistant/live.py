"""An assistant for long-running processes (`kume serve`, `kume chat`, `kume ask --jsonl`) that follows re-ingests.

Why: an `Assistant` is opened on one collection. A `kume ingest` in another process switches the
store's pointer (`kume-active`) to a new collection, keeps the previous one and drops the one before
it, so an assistant opened once would answer stale content after one re-ingest and fail after two.

`LiveAssistant` has the same `ask` as `Assistant`. Before each question it reads the pointer (one
small metadata read) and, when the pointer names another collection, opens an `Assistant` on it and
answers from that one. Questions already being answered keep the assistant they started with: their
collection is the previous one, which the store keeps until the next build. Only one thread re-opens
at a time; questions arriving meanwhile are answered from the current assistant.

If the new collection cannot be opened (built with another embedder, the server went away), it keeps
answering from the one it has, says so in each answer's `notice`, logs one line (the traceback only
with KUME_DEBUG=1) and tries again when the pointer moves, or after RETRY_S.

Memory: an embedded store's Chroma system caches every HNSW index it has loaded, and nothing tells it
that another process deleted a collection, so a server that re-opened on the same system would grow
by one index per re-ingest. Each re-open therefore starts a system of its own: the old one is only
detached from chromadb's per-folder cache, never stopped (questions under way, or anything else in
the process, may still read through it), and is freed with the last object that uses it. A fresh
system is also what a store deleted and built again by another process needs: the old one would keep
reading the deleted files. After a re-open the freed heap is handed back to the OS (glibc's
malloc_trim: otherwise RSS grows by about 10 MB per re-open that it would only reuse later); with
both, RSS levels off after a few re-ingests instead of growing with each (scripts/soak.py measures it).
"""
from __future__ import annotations

import ctypes
import dataclasses
import gc
import logging
import threading
import time
from typing import Callable, Sequence

from core.answers import Answer, Filters
from core.embedders import Embedder
from core.messages import say
from core.settings import Settings
from core.store import ChromaStore, StoreError

log = logging.getLogger(__name__)
RETRY_S = 30.0  # a collection that failed to open is tried again after this long (or when the pointer moves)


def _trim_heap() -> None:
    """Collect the previous assistant's cycles (Chroma's system is one) and return freed heap to the OS."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def _open_default(settings: Settings, embedder: Embedder):
    from assistant.service import Assistant

    return Assistant.open(settings, embedder)


class LiveAssistant:
    """`ask` like `Assistant.ask`, always from the store's active collection (or the previous one, saying so)."""

    def __init__(self, settings: Settings, embedder: Embedder, *,
                 opener: Callable[[Settings, Embedder], object] = _open_default):
        self.settings, self.embedder, self._opener = settings, embedder, opener
        self._store = ChromaStore(settings.store_dir, settings.chroma_url)
        self._reopening = threading.Lock()  # one thread opens at a time
        self._token = self._read_token()  # read before opening: a switch in between is caught next time
        self._current = opener(settings, embedder)
        self._problem = ""  # why the active collection is not the one answering ("" when it is)
        self._failed: tuple[object, float] | None = None  # (token that failed to open, when)
        self.reopened = 0

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder) -> "LiveAssistant":
        """Open on the active collection; raises the same StoreErrors as `Assistant.open`."""
        return cls(settings, embedder)

    @property
    def assistant(self):
        """The `Assistant` answering now."""
        return self._current

    @property
    def collection(self) -> str:
        return self._token[0] if self._token else ""

    def _read_token(self) -> tuple[str, object] | None:
        active = self._store.active()
        return (active.name, self._store.generation()) if active else None

    def refresh(self, wait: bool = False) -> None:
        """Follow the pointer if it moved; never raises (a failure is kept in the notice and logged once).
        `wait`: if another thread is re-opening, wait for it instead of answering from the current one."""
        try:
            token = self._read_token()
        except StoreError as exc:
            self._fail(str(exc))
            return
        if token is None or token == self._token:
            self._problem = ""  # answering from the active collection (a read failure before has passed)
            return
        if self._failed and self._failed[0] == token and time.monotonic() - self._failed[1] < RETRY_S:
            return
        if not self._reopening.acquire(blocking=wait):
            return  # another question is opening it; this one is answered from the current assistant
        try:
            if token != self._token:
                self._reopen(token)
        finally:
            self._reopening.release()

    def _reopen(self, token) -> None:
        if not self.settings.chroma_url:
            from core.chroma_connection import detach_cached_client

            detach_cached_client(self.settings.store_dir / "chroma")  # see "Memory" above
            self._store = ChromaStore(self.settings.store_dir)
        try:
            fresh = self._opener(self.settings, self.embedder)
        except StoreError as exc:
            self._failed = (token, time.monotonic())
            self._fail(f"{exc} (still answering from {self.collection})")
            return
        self._current, self._token, self._problem, self._failed = fresh, token, "", None
        self.reopened += 1
        log.info("the store switched to %s; answering from it now", token[0])
        _trim_heap()

    def _fail(self, reason: str) -> None:
        if reason != self._problem:  # one line per new problem, not one per question
            log.warning("%s", reason, exc_info=self.settings.debug)
        self._problem = reason

    def ask(self, question: str, k: int | None = None, *, history: Sequence[str] = (),
            filters: Filters | None = None, stream_to: Callable[[str], None] | None = None,
            lang_hint: str | None = None) -> Answer:
        self.refresh()
        kwargs = {"history": history, "filters": filters, "lang_hint": lang_hint}
        if stream_to is not None:
            kwargs["stream_to"] = stream_to
        used = self._current
        try:
            answer = used.ask(question, k, **kwargs)
        except StoreError:
            # Its collection was dropped: two builds finished while this question started on the older one
            # (or while another thread was still opening the newer). Once more on the active collection.
            self.refresh(wait=True)
            if self._current is used:
                raise
            answer = self._current.ask(question, k, **kwargs)
        if not self._problem:
            return answer
        stale = say("stale_index", answer.lang if answer.lang in ("tr", "en") else "en", reason=self._problem)
        return dataclasses.replace(answer, notice=f"{answer.notice} · {stale}" if answer.notice else stale)

    def __getattr__(self, name: str):
        """Everything else (`check`, `knowledge`, `max_question_chars`, …) from the assistant answering now."""
        if name.startswith("__") or name == "_current":
            raise AttributeError(name)
        return getattr(self._current, name)
