"""The parts of the load test that talk to `kume`: server, API clients, bulk CLI, answer comparison.

Used by `scripts/load_test.py` (the full run and its report) and `tests/integration/test_load.py`.
Every loop is bounded in count and time; only loopback addresses are accepted.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import ipaddress
import json
import os
import queue
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parents[1]
SETS_DIR = REPO / "evals" / "sets"
REPORT = REPO / "docs" / "load-test.md"

# No telemetry from the client or the server: their only peer is 127.0.0.1. (gradio_client turns its
# telemetry off only through this variable; its `analytics_enabled=False` argument alone does not.)
QUIET_ENV = {"GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_DISABLE_TELEMETRY": "1", "HF_HUB_OFFLINE": "1",
             "ANONYMIZED_TELEMETRY": "False"}


def kume_bin() -> str:
    """The `kume` entry point of the running interpreter's environment."""
    candidate = Path(sys.executable).with_name("kume")
    return str(candidate) if candidate.exists() else str(REPO / ".venv" / "bin" / "kume")


# ---------------------------------------------------------------- questions

def load_questions(sets_dir: Path = SETS_DIR) -> list[str]:
    """The `question` of every line of every eval set, in file order (sets sorted by name)."""
    questions: list[str] = []
    for path in sorted(sets_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                question = json.loads(line).get("question")
                if isinstance(question, str) and question.strip():
                    questions.append(question)
    if not questions:
        raise SystemExit(f"no questions in {sets_dir}/*.jsonl")
    return questions


def cycled(questions: list[str], n: int, start: int = 0) -> list[str]:
    return [questions[(start + i) % len(questions)] for i in range(n)]


def signature(answer: dict) -> tuple:
    """What must not depend on load: the answer text and the cited section ids, in order."""
    return answer.get("answer"), tuple(c.get("section_id") for c in answer.get("citations") or ())


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5 - 1e-9)))
    return ordered[rank - 1]


# ---------------------------------------------------------------- the server

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require_loopback(url: str) -> str:
    host = urlparse(url).hostname or ""
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise SystemExit(f"refusing {url}: a load test only targets this machine (127.0.0.0/8, ::1, localhost)")
    return url.rstrip("/") + "/"


def child_env(store: Path | None, corpus: Path | None = None) -> dict[str, str]:
    """This environment without KUME_* settings (no language model), the store and corpus given, no telemetry."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUME_")}
    env.update(QUIET_ENV)
    if store is not None:
        env["KUME_STORE"] = str(store)
    if corpus is not None:
        env["KUME_CORPUS"] = str(corpus)
    return env


def make_client(url: str):
    os.environ.update(QUIET_ENV)
    from gradio_client import Client

    # download_files=False: the answer's citations carry a "path" key, which the client would
    # otherwise take for a file to download.
    return Client(url, download_files=False, verbose=False, analytics_enabled=False)


def ingest(store: Path, corpus: Path | None = None, timeout_s: float = 600) -> float:
    started = time.perf_counter()
    subprocess.run([kume_bin(), "ingest"], env=child_env(store, corpus), cwd=REPO, check=True,
                   timeout=timeout_s, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - started


class Server:
    """`kume serve` on 127.0.0.1:<free port> as a child process; ready once `/ask` answers."""

    def __init__(self, store: Path, corpus: Path | None = None, *, ready_timeout_s: float = 300,
                 probe: str = "URGE nedir?"):
        self.store, self.corpus = store, corpus
        self.ready_timeout_s, self.probe = ready_timeout_s, probe
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.proc: subprocess.Popen | None = None
        self.log = tempfile.NamedTemporaryFile("w+b", prefix="kume-serve-", suffix=".log", delete=False)
        self.startup_s = float("nan")

    def __enter__(self) -> "Server":
        started = time.perf_counter()
        self.proc = subprocess.Popen([kume_bin(), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                                     env=child_env(self.store, self.corpus), cwd=REPO, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self._wait_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        self.startup_s = time.perf_counter() - started
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.ready_timeout_s
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kume serve exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                client = make_client(self.url)
                try:
                    client.submit(self.probe, api_name="/ask").result(timeout=60)
                    return
                finally:
                    client.close()
            except Exception as exc:  # noqa: BLE001 - not up yet, or still building the store
                last = exc
            time.sleep(1.0)
        raise TimeoutError(f"kume serve not ready after {self.ready_timeout_s:.0f} s ({last!r}):\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        self.log.flush()
        return "\n".join(Path(self.log.name).read_text(errors="replace").splitlines()[-lines:])

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.log.close()
        with contextlib.suppress(OSError):
            os.unlink(self.log.name)


# ---------------------------------------------------------------- asking through the API

@dataclass
class Outcome:
    question: str
    seconds: float
    answer: dict | None = None
    error: str | None = None


@dataclass
class ApiRun:
    clients: int
    outcomes: list[Outcome] = field(default_factory=list)
    wall_s: float = 0.0
    unfinished: int = 0  # not asked before the deadline

    @property
    def answered(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.answer is not None]

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.error is not None]

    @property
    def latencies(self) -> list[float]:
        return [o.seconds for o in self.answered]

    @property
    def throughput(self) -> float:
        return len(self.answered) / self.wall_s if self.wall_s else 0.0


def _submit(client, question: str, timeout: float):
    """One /ask call; a job the *client* cancelled on its own is asked once more.

    gradio_client shares one SSE stream between a client's jobs and, under load, now and then ends a job
    with CancelledError although nobody cancelled it (its stream reader hands the job a None message;
    gradio_client/utils.py stream_sse_v1plus). The server answered or will answer; the browser page
    uses another client. A second CancelledError, or any other error, counts as a failure.
    """
    try:
        return client.submit(question, api_name="/ask").result(timeout=timeout)
    except concurrent.futures.CancelledError:
        return client.submit(question, api_name="/ask").result(timeout=timeout)


def _ask_all(url: str, questions: list[str], out: list[Outcome], deadline: float, request_timeout_s: float,
             start: threading.Event | None = None) -> int:
    """One client asks its questions in order until done or the deadline; returns how many it did not ask."""
    client = make_client(url)
    try:
        if start is not None:
            start.wait()
        for index, question in enumerate(questions):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return len(questions) - index
            began = time.perf_counter()
            try:
                answer = _submit(client, question, min(request_timeout_s, remaining))
                if not isinstance(answer, dict) or not isinstance(answer.get("answer"), str):
                    raise TypeError(f"not an answer: {str(answer)[:200]}")
                out.append(Outcome(question, time.perf_counter() - began, answer=answer))
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
                out.append(Outcome(question, time.perf_counter() - began, error=f"{type(exc).__name__}: {exc}"[:300]))
        return 0
    finally:
        client.close()


def ask_sequential(url: str, questions: list[str], *, time_limit_s: float = 600,
                   request_timeout_s: float = 60) -> ApiRun:
    """One user, one question at a time."""
    run = ApiRun(clients=1)
    started = time.perf_counter()
    run.unfinished = _ask_all(url, questions, run.outcomes, time.monotonic() + time_limit_s, request_timeout_s)
    run.wall_s = time.perf_counter() - started
    return run


def ask_concurrently(url: str, per_client: list[list[str]], *, time_limit_s: float = 900,
                     request_timeout_s: float = 120) -> ApiRun:
    """One thread and one Client per entry of `per_client`, all released at once."""
    run = ApiRun(clients=len(per_client))
    results: list[list[Outcome]] = [[] for _ in per_client]
    missed: "queue.Queue[int]" = queue.Queue()
    start = threading.Event()
    deadline = time.monotonic() + time_limit_s
    ready = threading.Barrier(len(per_client) + 1)

    def worker(i: int) -> None:
        try:
            missed.put(_ask_all(url, per_client[i], results[i], deadline, request_timeout_s, start=_Gate(ready, start)))
        except Exception as exc:  # noqa: BLE001 - a client that could not even connect
            results[i].extend(Outcome(q, 0.0, error=f"client: {type(exc).__name__}: {exc}"[:300]) for q in per_client[i])
            with contextlib.suppress(threading.BrokenBarrierError):
                ready.abort()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True, name=f"load-client-{i}")
               for i in range(len(per_client))]
    for t in threads:
        t.start()
    with contextlib.suppress(threading.BrokenBarrierError):
        ready.wait(timeout=120)  # every client connected
    started = time.perf_counter()
    start.set()
    for t in threads:
        t.join(timeout=max(1.0, deadline - time.monotonic() + request_timeout_s + 30))
    run.wall_s = time.perf_counter() - started
    run.outcomes = [o for r in results for o in r]
    while not missed.empty():
        run.unfinished += missed.get()
    run.unfinished += sum(len(q) - len(r) for q, r, t in zip(per_client, results, threads) if t.is_alive())
    return run


class _Gate:
    """What a client waits on before its first question: all clients connected, then the start signal."""

    def __init__(self, barrier: threading.Barrier, start: threading.Event):
        self.barrier, self.start = barrier, start

    def wait(self) -> None:
        with contextlib.suppress(threading.BrokenBarrierError):
            self.barrier.wait(timeout=120)
        self.start.wait(timeout=120)


def compare(outcomes: list[Outcome], baseline: dict[str, tuple]) -> tuple[int, list[str]]:
    """(identical count, the questions whose answer differs from the single-user one)."""
    same, differ = 0, []
    for o in outcomes:
        if o.answer is None:
            continue
        if baseline.get(o.question) == signature(o.answer):
            same += 1
        else:
            differ.append(o.question)
    return same, differ


# ---------------------------------------------------------------- kume ask --jsonl

@dataclass
class JsonlRun:
    asked: int
    lines: list[dict] = field(default_factory=list)
    wall_s: float = 0.0
    first_line_s: float = float("nan")  # process start, store opening and the first answer
    last_line_s: float = float("nan")
    returncode: int | None = None
    timed_out: bool = False
    stderr_tail: str = ""

    @property
    def errors(self) -> list[dict]:
        return [line for line in self.lines if "error" in line]

    @property
    def answered(self) -> list[dict]:
        return [line for line in self.lines if "error" not in line and isinstance(line.get("answer"), str)]

    @property
    def throughput(self) -> float:
        return len(self.answered) / self.wall_s if self.wall_s else 0.0

    @property
    def steady_throughput(self) -> float:
        span = self.last_line_s - self.first_line_s
        return (len(self.lines) - 1) / span if len(self.lines) > 1 and span > 0 else float("nan")


def ask_jsonl(store: Path, questions: list[str], *, corpus: Path | None = None, time_limit_s: float = 900) -> JsonlRun:
    """`kume ask --jsonl` over the questions (as JSON objects), reading its answers as they come."""
    run = JsonlRun(asked=len(questions))
    payload = "".join(json.dumps({"question": q}, ensure_ascii=False) + "\n" for q in questions).encode()
    started = time.perf_counter()
    proc = subprocess.Popen([kume_bin(), "ask", "--jsonl"], env=child_env(store, corpus), cwd=REPO,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stderr_chunks: list[bytes] = []

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError, ValueError):
            proc.stdin.write(payload)
            proc.stdin.close()

    def read() -> None:
        for raw in proc.stdout:
            now = time.perf_counter() - started
            if not run.lines:
                run.first_line_s = now
            run.last_line_s = now
            try:
                run.lines.append(json.loads(raw))
            except ValueError:
                run.lines.append({"error": f"not JSON: {raw[:200]!r}"})

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=read, daemon=True),
               threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read()), daemon=True)]
    for t in threads:
        t.start()
    try:
        run.returncode = proc.wait(timeout=time_limit_s)
    except subprocess.TimeoutExpired:
        run.timed_out = True
        proc.kill()
        run.returncode = proc.wait(timeout=30)
    for t in threads:
        t.join(timeout=30)
    run.wall_s = time.perf_counter() - started
    run.stderr_tail = b"".join(stderr_chunks).decode(errors="replace")[-2000:]
    return run
