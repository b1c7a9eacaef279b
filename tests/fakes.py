"""Test doubles shared across the suite.

`HashingEmbedder` lets store/retrieval tests run in milliseconds with no model:
texts sharing (normalised, ASCII-folded) words get similar vectors, which is
enough for ranking assertions that do not depend on semantics.
"""
from __future__ import annotations

import hashlib
import math

from core.normalize import tokenize_tr


class HashingEmbedder:
    """Bag of words hashed into a fixed number of buckets, L2-normalised."""

    def __init__(self, dim: int = 64) -> None:
        self._dim = dim
        self.model_id = f"fake:hashing-{dim}"
        self.calls = 0  # lets tests check how often the "model" was hit

    @property
    def dim(self) -> int:
        return self._dim

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self._dim
        for token in tokenize_tr(text):
            digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
            h = int.from_bytes(digest, "big")
            # A sign bit halves collisions' damage (feature hashing).
            vec[h % self._dim] += 1.0 if (h >> 63) & 1 else -1.0
        norm = math.sqrt(sum(v * v for v in vec))
        if norm == 0.0:  # empty/punctuation-only text: a fixed unit vector, never NaN
            vec[0] = 1.0
            return vec
        return [v / norm for v in vec]

    def embed_documents(self, texts: list[str], *, on_batch=None) -> list[list[float]]:
        self.calls += 1
        out = [self._vector(t) for t in texts]
        if on_batch is not None and texts:
            on_batch(len(out), len(out))
        return out

    def embed_query(self, text: str) -> list[float]:
        self.calls += 1
        return self._vector(text)
