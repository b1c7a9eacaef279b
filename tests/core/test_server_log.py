"""`kume serve`'s log: a logged user error is one line (message and error), other errors keep their traceback,
and KUME_DEBUG=1 keeps every traceback."""
from __future__ import annotations

import io
import logging

import pytest

from core.store_lock import StoreBusy
from ui.cli_common import OneLineUserErrors, user_errors


def logged(error: BaseException, debug: bool) -> str:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(OneLineUserErrors(user_errors(), debug))
    log = logging.getLogger("test.server-log")
    log.addHandler(handler)
    log.propagate = False
    try:
        try:
            raise error
        except BaseException:
            log.exception("building the store failed")
    finally:
        log.removeHandler(handler)
    return out.getvalue()


def test_a_user_error_is_one_line():
    text = logged(StoreBusy("another kume process is writing .store (pid 7): wait for it"), debug=False)
    assert text == "building the store failed: another kume process is writing .store (pid 7): wait for it\n"


@pytest.mark.parametrize("error, debug", [(RuntimeError("a bug"), False), (StoreBusy("busy"), True)])
def test_other_errors_and_debug_keep_the_traceback(error, debug):
    text = logged(error, debug)
    assert text.startswith("building the store failed\nTraceback") and type(error).__name__ in text
