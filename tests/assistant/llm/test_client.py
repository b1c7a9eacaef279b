"""The chat-model client's configuration: from the environment and from Settings, never printing the key."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.llm.client import LLMConfig


def test_config_from_env():
    assert LLMConfig.from_env({}) is None
    assert LLMConfig.from_env({"KUME_LLM_BASE_URL": "http://127.0.0.1:8080/v1"}) is None  # no model
    config = LLMConfig.from_env({"KUME_LLM_BASE_URL": "http://127.0.0.1:8080/v1", "KUME_LLM_MODEL": "qwen",
                                 "KUME_LLM_API_KEY": "sk-123", "KUME_LLM_TIMEOUT": "7.5"})
    assert (config.base_url, config.model, config.api_key, config.timeout_s) == (
        "http://127.0.0.1:8080/v1", "qwen", "sk-123", 7.5)
    assert "sk-123" not in repr(config)
    assert LLMConfig.from_env({"KUME_LLM_BASE_URL": "http://127.0.0.1:8080/v1", "KUME_LLM_MODEL": "m"}).timeout_s == 20.0
    with pytest.raises(ValueError, match="KUME_LLM_TIMEOUT"):
        LLMConfig.from_env({"KUME_LLM_BASE_URL": "http://127.0.0.1:8080/v1", "KUME_LLM_MODEL": "m", "KUME_LLM_TIMEOUT": "soon"})
    with pytest.raises(ValueError, match="positive"):
        LLMConfig("u", "m", timeout_s=0)


def test_config_from_settings():
    assert LLMConfig.from_settings(SimpleNamespace()) is None
    settings = SimpleNamespace(llm_base_url="http://127.0.0.1:1/v1", llm_model="m", llm_api_key=None,
                               llm_timeout_s=3)
    assert LLMConfig.from_settings(settings) == LLMConfig("http://127.0.0.1:1/v1", "m", "", 3.0)
