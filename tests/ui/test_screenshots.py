"""`make screenshots`: docs/screenshots/ from the REAL report (a store built from corpus/ by `kume ingest`).

Runs only with KUME_SCREENSHOT_STORE=<store folder> (the Makefile builds one); otherwise skipped."""
import os
from pathlib import Path

import pytest

from tests.ui.conftest import CHROMIUM, SCREENSHOTS, start_server, stop_server
from tests.ui.test_browser import ask, wait_ready

STORE = os.environ.get("KUME_SCREENSHOT_STORE", "")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not STORE or not CHROMIUM.exists(), reason="make screenshots (KUME_SCREENSHOT_STORE=<store>)"),
]


@pytest.fixture(scope="module")
def real_server(tmp_path_factory):
    server = start_server(tmp_path_factory.mktemp("shots"), {"KUME_STORE": STORE})
    yield server
    stop_server(server)


@pytest.fixture
def shot_page(browser, real_server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="tr-TR")
    page = context.new_page()
    page.goto(real_server.url)
    wait_ready(page)
    yield page
    context.close()


def save(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(Path(SCREENSHOTS) / name), full_page=True)


def test_chat_with_a_citation_open(shot_page):
    bot = ask(shot_page, "URGE kapsamında eğitim ve danışmanlık desteğinin oranı ve üst sınırı nedir?")
    bot.locator("a.kume-cite").first.hover()
    bot.locator("a.kume-cite").first.click()
    shot_page.locator("#passage mark.kume-quote, #passage .kume-warn").first.wait_for()
    save(shot_page, "chat-citations.png")


def test_inventory_answer_with_its_table_and_map(shot_page):
    ask(shot_page, "Gaziantep'teki kümeler hangileri?")
    shot_page.locator("#answer-map path").first.wait_for()
    save(shot_page, "inventory-table.png")


def test_cluster_map(shot_page):
    shot_page.get_by_role("tab", name="Küme haritası").click()
    shot_page.locator('#kmap path[data-province="Ankara"]').click()
    shot_page.locator("#map-list table").wait_for()
    save(shot_page, "cluster-map.png")


def test_evaluation_tab(shot_page):
    shot_page.get_by_role("tab", name="Değerlendirme").click()
    shot_page.locator("#eval-set input").click()
    shot_page.locator('#eval-set [data-testid="dropdown-option"]').filter(has_text="dev.jsonl").first.click()
    shot_page.locator("#eval-limit input").fill("12")
    shot_page.locator("#eval-run").click()
    shot_page.locator("#eval-summary").get_by_text("evals/sets/dev.jsonl").wait_for(timeout=120_000)
    save(shot_page, "evaluation.png")
