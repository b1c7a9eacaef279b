"""What every `kume` command shares: the settings built once from flags and env, and which errors are the user's.

A module of its own so `ui.cli` and `ui.eval_cli` both import it and not each other.
"""
from __future__ import annotations

import click


def user_errors() -> tuple[type[Exception], ...]:
    from assistant.service import QuestionError
    from core.embedders import EmbedderError
    from ingest.sources import CorpusError
    from core.store import StoreError

    return (CorpusError, StoreError, EmbedderError, QuestionError)


def settings_from(ctx: click.Context, **overrides):
    from core.settings import Settings

    base = ctx.obj or {}
    return Settings.from_env(**{**base, **{k: v for k, v in overrides.items() if v is not None}})
