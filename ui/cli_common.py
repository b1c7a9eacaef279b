"""What every `kume` command shares: the settings built once from flags and env, which errors are the user's,
and a server log where a user error is one line.

A module of its own so `ui.cli` and `ui.eval_cli` both import it and not each other.
"""
from __future__ import annotations

import logging

import click


def user_errors() -> tuple[type[Exception], ...]:
    from assistant.service import QuestionError
    from core.embedders import EmbedderError
    from core.settings import SettingsError
    from ingest.sources import CorpusError
    from core.store import StoreError

    return (CorpusError, StoreError, EmbedderError, QuestionError, SettingsError)


def settings_from(ctx: click.Context, **overrides):
    """The run's Settings from defaults, KUME_* and the flags; a bad value is a SettingsError naming it."""
    from core.settings import Settings

    base = ctx.obj or {}
    return Settings.from_env(**{**base, **{k: v for k, v in overrides.items() if v is not None}})


class OneLineUserErrors(logging.Filter):
    """Drops the traceback of a logged user error (a store being written by another process, a missing
    corpus): the message and the error are one line, which is all an operator can act on. Other
    exceptions keep their traceback; with KUME_DEBUG=1 every traceback is kept."""

    def __init__(self, errors: tuple[type[BaseException], ...], debug: bool):
        super().__init__()
        self.errors, self.debug = errors, debug

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if not self.debug and isinstance(error, self.errors):
            record.msg, record.args = f"{record.getMessage()}: {error}", ()
            record.exc_info = record.exc_text = None
        return True


def server_log(debug: bool) -> None:
    """`kume serve`'s log: warnings and up on stderr with a time stamp, user errors on one line."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    handler.addFilter(OneLineUserErrors(user_errors(), debug))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("assistant.live").setLevel(logging.INFO)  # "the store switched to …": one line per ingest
