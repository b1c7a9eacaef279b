"""Time from pressing "Sor" to the full offline answer in the browser, next to the /ask API time.

    .venv/bin/python scripts/bench_ui.py [--store .store] [--n 20]

Starts `kume serve`'s page on a free port over an existing store (build one with `kume ingest`), asks
the same questions through headless Chromium (click on "Sor" until the finished answer is in the chat)
and through gradio_client's `/ask`, and prints p50/p95 of both. A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
QUESTIONS = [
    "URGE kapsamında eğitim ve danışmanlık desteğinin oranı ve üst sınırı nedir?",
    "Bireysel danışmanlık desteğinin yıllık üst sınırı nedir?",
    "URGE istihdam programı nedir?",
    "Gaziantep'teki kümeler hangileri?",
    "Which clusters are in Ankara?",
    "What did the SPRINT cluster do?",
    "NanoBioNet kümesi ne yaptı?",
    "ORA1.AA1.T1.E6 nedir?",
    "Başlangıç aşamasındaki kümeler kaç tane?",
    "What actions apply to a start-stage textile cluster?",
    "Yurt dışı pazarlama faaliyetlerinde destek oranı nedir?",
    "Olgun aşamadaki kümeler hangileri?",
    "How many clusters are in the inventory?",
    "Kümelenme stratejisinin amacı nedir?",
    "What is the URGE employment programme?",
    "Ankara'daki yazılım kümesi hangisi?",
    "BROP illerinde kaç küme var?",
    "İzmir'deki kümeler hangileri?",
    "What is benchmarking in cluster management?",
    "Toronto gıda ve içecek kümesi ne yaptı?",
]
LAUNCHER = """
import sys
from assistant.service import Assistant
from core.embedders import make_embedder
from core.settings import Settings
from ui.web import launch
settings = Settings.from_env()
embedder = make_embedder(settings.embedder)
launch(Assistant.open(settings, embedder), host="127.0.0.1", port=int(sys.argv[1]), settings=settings, embedder=embedder)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=os.environ.get("KUME_STORE", ".store"))
    parser.add_argument("--n", type=int, default=20)
    args = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "KUME_STORE": args.store, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
           "NO_PROXY": "127.0.0.1,localhost"}
    for key in ("KUME_LLM_BASE_URL", "KUME_LLM_MODEL"):  # the offline answerer only
        env.pop(key, None)
    server = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(port)], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(url + "/config", timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    print("the server did not start (is there a store? run `kume ingest`)", file=sys.stderr)
                    return 1
                time.sleep(0.5)
        questions = (QUESTIONS * (args.n // len(QUESTIONS) + 1))[:args.n]
        from gradio_client import Client
        from playwright.sync_api import sync_playwright

        client = Client(url, verbose=False)
        client.predict(questions[0], api_name="/ask")  # warm-up
        api = []
        for q in questions:
            started = time.perf_counter()
            client.predict(q, api_name="/ask")
            api.append((time.perf_counter() - started) * 1000)
        page_ms, shown_ms = [], []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                         args=["--headless", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            page.locator("#status").get_by_text("Hazır.").wait_for(timeout=120_000)
            done = page.locator('#chat [data-testid="bot"] .kume-msg:not(.kume-pending)')
            asked = page.locator('#chat [data-testid="user"]')
            for i, q in enumerate([questions[0]] + questions):  # the first one warms the page up
                before = done.count()
                page.locator("#question textarea").fill(q)
                started = time.perf_counter()
                page.locator("#ask").click()
                asked.nth(before).wait_for(timeout=60_000)  # the question in the chat (with "…" or its answer)
                shown = time.perf_counter()
                done.nth(before).wait_for(timeout=60_000)
                if i:
                    page_ms.append((time.perf_counter() - started) * 1000)
                    shown_ms.append((shown - started) * 1000)
                if done.count() >= 8:
                    page.locator("#clear").click()
                    done.first.wait_for(state="detached")
            browser.close()
        print(f"questions: {len(questions)} (offline answerer), store {args.store}")
        print(f"browser, 'Sor' to full answer: p50 {statistics.median(page_ms):.0f} ms, p95 {pct(page_ms, .95):.0f} ms")
        print(f"browser, 'Sor' to question shown: p50 {statistics.median(shown_ms):.0f} ms, p95 {pct(shown_ms, .95):.0f} ms")
        print(f"/ask API (gradio_client):      p50 {statistics.median(api):.0f} ms, p95 {pct(api, .95):.0f} ms")
        return 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
