"""Soak benchmark on loopback: `kume serve` answering 4 clients while `kume ingest` re-runs on a changed corpus.

    .venv/bin/python scripts/soak.py                 # 10 minutes; writes the "Soak" section of docs/load-test.md
    .venv/bin/python scripts/soak.py --minutes 4 --no-report

Why: the unit and integration tests show one switch at a time; a server that runs for hours meets many,
under load. This runs the real thing, bounded in time and only on 127.0.0.1:

1. A copy of `corpus/` in a temporary folder and a store built from it by `kume ingest`.
2. `kume serve` on 127.0.0.1 on a free port; every distinct eval question is asked once (the baseline, and
   the warm-up), then 4 clients (each its own gradio_client) ask them, cycled, through `/ask` until the time
   is up.
3. At half an interval, then every `--interval` seconds (120), a harmless paragraph is appended to a file of
   the corpus copy and `kume ingest` runs in another process. A probe then asks about that paragraph until
   an answer cites it: how long the running server took to answer from the new index.
4. Counted: questions answered, errors, answers that look half-built (citing nothing, or refused, where the
   baseline answer cited or answered), other answers unlike the baseline, answers noting a stale index,
   tracebacks in the server log, and the server's RSS (after the baseline, then every 30 s, at the end).

Exit code 0 when there were no errors, no half-built answers and every ingest was picked up.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # load_clients and load_test sit beside this script

from load_clients import (  # noqa: E402
    REPO, REPORT, Server, _submit, ask_sequential, child_env, kume_bin, load_questions, make_client, signature,
)

NOTES = "soak-notlari.txt"
START, END = "<!-- soak:start -->", "<!-- soak:end -->"
PARAGRAPH = ("Yük testi notu {n}: bu paragraf yalnızca sürekli çalışma testinde eklenmiştir ve raporun "
             "içeriğini değiştirmez. Deneme kelimesi soaknotu{n}.")


def rss_mib(pid: int) -> float:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def sample_rss(pid: int, out: list, began: float, deadline: float, every_s: float = 30) -> None:
    """The server's RSS every `every_s` seconds until the deadline (out[0] is the warm-up sample, at 0 s)."""
    while (due := began + every_s * len(out)) < deadline:
        time.sleep(max(0.0, due - time.monotonic()))
        out.append((time.monotonic() - began, rss_mib(pid)))


class Tally:
    """What the clients saw, against what each question got before any re-ingest (lists: atomic appends)."""

    def __init__(self, before: dict[str, dict]) -> None:
        self.before = before  # question -> its answer from the baseline pass
        self.answered: list[float] = []
        self.errors: list[str] = []
        self.suspect: list[str] = []
        self.changed: list[str] = []
        self.stale: list[str] = []

    def record(self, question: str, answer: dict, seconds: float) -> None:
        first = self.before.get(question)
        refused, cited = bool(answer.get("refused")), bool(answer.get("citations"))
        if first is not None and bool(first.get("citations")) and not cited:
            self.suspect.append(f"cites nothing, cited before the re-ingests: {question[:70]!r}")
        elif first is not None and not first.get("refused") and refused:
            self.suspect.append(f"refused, answered before the re-ingests: {question[:70]!r}")
        elif first is not None and signature(first) != signature(answer):
            self.changed.append(question)
        if any(word in (answer.get("notice") or "") for word in ("previous index", "önceki dizin")):
            self.stale.append(answer["notice"][:160])
        self.answered.append(seconds)


def client_loop(url: str, questions: list[str], tally: Tally, deadline: float) -> None:
    client = make_client(url)
    try:
        for question in questions:
            if time.monotonic() >= deadline:
                return
            began = time.perf_counter()
            try:
                answer = _submit(client, question, 60)
                if not isinstance(answer, dict) or not isinstance(answer.get("answer"), str):
                    raise TypeError(f"not an answer: {str(answer)[:120]}")
                tally.record(question, answer, time.perf_counter() - began)
            except Exception as exc:  # noqa: BLE001 - counted; the run goes on
                tally.errors.append(f"{type(exc).__name__}: {exc}"[:200])
    finally:
        client.close()


def reingest(corpus: Path, store: Path, n: int) -> tuple[float, str]:
    with open(corpus / NOTES, "a", encoding="utf-8") as notes:
        notes.write(PARAGRAPH.format(n=n) + "\n\n")
    started = time.perf_counter()
    out = subprocess.run([kume_bin(), "ingest"], env=child_env(store, corpus), cwd=REPO, capture_output=True,
                         text=True, timeout=600)
    seconds = time.perf_counter() - started
    if out.returncode:
        raise RuntimeError(f"kume ingest failed: {out.stderr.strip()[-300:]}")
    return seconds, " ".join(out.stdout.split())[-120:]


def picked_up(url: str, n: int, limit_s: float = 60) -> float:
    """Seconds until the server answers from the index that holds paragraph n (NaN if not within the limit)."""
    client = make_client(url)
    started = time.perf_counter()
    try:
        while time.perf_counter() - started < limit_s:
            answer = _submit(client, f"Yük testi notu {n} soaknotu{n} ne diyor?", 60)
            passages = list(answer.get("citations") or ()) + list(answer.get("retrieved") or ())
            if any(f"soaknotu{n}" in (p.get("text") or "") for p in passages):
                return time.perf_counter() - started
            time.sleep(0.5)
    finally:
        client.close()
    return float("nan")


def run(args) -> dict:
    questions = load_questions()
    deadline_s = args.minutes * 60
    info: dict = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "ingests": [],
                  "rss": [], "minutes": args.minutes, "clients": args.clients, "interval": args.interval}
    with tempfile.TemporaryDirectory(prefix="kume-soak-") as tmp:
        corpus, store = Path(tmp) / "corpus", Path(tmp) / "store"
        shutil.copytree(REPO / "corpus", corpus)
        if args.store:  # a store built from corpus/ is current for the copy too (same names, same bytes)
            shutil.copytree(args.store, store, ignore=shutil.ignore_patterns("write.lock", "write.pid"))
        print("building (or checking) the store from a copy of corpus/ …", flush=True)
        started = time.perf_counter()
        subprocess.run([kume_bin(), "ingest"], env=child_env(store, corpus), cwd=REPO, check=True, timeout=900,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        info["build_s"] = time.perf_counter() - started
        with Server(store, corpus) as server:
            pid = server.proc.pid
            distinct = list(dict.fromkeys(questions))
            print(f"kume serve at {server.url}, pid {pid}; baseline: {len(distinct)} questions, one at a time…",
                  flush=True)
            baseline = ask_sequential(server.url, distinct, time_limit_s=900)  # also the warm-up
            if baseline.errors:
                raise SystemExit(f"baseline pass failed: {baseline.errors[0].error}")
            tally = Tally({o.question: o.answer for o in baseline.answered})
            info["uncited_before"] = sum(1 for o in baseline.answered
                                         if not o.answer.get("citations") and not o.answer.get("refused"))
            info["rss"].append((0.0, rss_mib(pid)))
            print(f"  RSS {info['rss'][0][1]:.0f} MiB after the baseline pass", flush=True)
            began = time.monotonic()
            deadline = began + deadline_s
            threads = [threading.Thread(target=client_loop, daemon=True, name=f"soak-client-{i}",
                                        args=(server.url, questions[i::args.clients] * 100, tally, deadline))
                       for i in range(args.clients)]
            for t in threads:
                t.start()
            sampler = threading.Thread(target=sample_rss, args=(pid, info["rss"], began, deadline), daemon=True)
            sampler.start()
            next_ingest, n = began + args.interval / 2, 0
            while time.monotonic() < deadline:
                now = time.monotonic()
                if now >= next_ingest and deadline - now > args.interval / 2:
                    n += 1
                    seconds, summary = reingest(corpus, store, n)
                    lag = picked_up(server.url, n)
                    info["ingests"].append((round(now - began), seconds, lag, summary))
                    print(f"  ingest {n} at {now - began:.0f} s: {seconds:.1f} s, answered from after {lag:.1f} s "
                          f"({summary}); {len(tally.answered)} answered, {len(tally.errors)} errors", flush=True)
                    next_ingest += args.interval
                time.sleep(1)
            for t in threads + [sampler]:
                t.join(timeout=90)
            info["rss"].append((time.monotonic() - began, rss_mib(pid)))
            log = Path(server.log.name).read_text(errors="replace")
    info.update(tally=tally, tracebacks=log.count("Traceback"),
                switches=log.count("the store switched to"), wall_s=time.monotonic() - began)
    return info


def render(info: dict) -> str:
    tally: Tally = info["tally"]
    lat = sorted(tally.answered)
    p50 = lat[len(lat) // 2] * 1000 if lat else float("nan")
    p95 = lat[min(len(lat) - 1, int(len(lat) * 0.95))] * 1000 if lat else float("nan")
    rss = info["rss"]
    lines = [START, "## Soak: serving while the store is re-ingested", "",
             f"Measured {info['date']} with `scripts/soak.py --minutes {info['minutes']:g}` (`make soak` runs the "
             "10-minute default), loopback only, the offline assistant. The machine is the one above (2 cores).",
             f"`kume serve` answered {info['clients']} concurrent clients (eval questions, cycled, through `/ask`) "
             f"for {info['wall_s'] / 60:.1f} minutes while `kume ingest` re-ran in another process after a paragraph "
             f"was appended to a copy of the corpus (first after {info['interval'] / 2:.0f} s, then every "
             f"{info['interval']:.0f} s, while at least half an interval was left). Building (or checking) the "
             f"store first took {info['build_s']:.0f} s.", "",
             "Every distinct question was first asked once, one at a time (the baseline, and the warm-up); an "
             "answer is counted as half-built when it cites nothing or is refused although its baseline answer "
             f"cited or answered ({info['uncited_before']} baseline answers cite nothing and are not refused: "
             "the assistant's own behaviour for those questions, not counted).", "",
             "| questions answered | errors | half-built answers | other answers not as in the baseline | "
             "stale-index notices | p50 | p95 | re-ingests | switches seen by the server | tracebacks in its log |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| {len(tally.answered)} | {len(tally.errors)} | {len(tally.suspect)} | {len(tally.changed)} | "
             f"{len(tally.stale)} | {p50:.0f} ms | {p95:.0f} ms | {len(info['ingests'])} | {info['switches']} | "
             f"{info['tracebacks']} |", "",
             "| re-ingest | at | took | server answered from the new index after |", "| ---: | ---: | ---: | ---: |"]
    lines += [f"| {i} | {at} s | {took:.1f} s | {lag:.1f} s |" for i, (at, took, lag, _) in enumerate(info["ingests"], 1)]
    lines += ["", f"Server RSS: {rss[0][1]:.0f} MiB after warm-up, {rss[-1][1]:.0f} MiB at the end "
              f"(max {max(r for _, r in rss):.0f} MiB; every 30 s: " + ", ".join(f"{r:.0f}" for _, r in rss) + ").", ""]
    changed = sorted(set(tally.changed))
    for label, items in (("Errors", tally.errors), ("Half-built answers", tally.suspect), ("Stale", tally.stale),
                         ("Questions whose answer differed from the baseline", changed)):
        if items:
            lines += [f"{label} (first 5):", ""] + [f"- {item}" for item in items[:5]] + [""]
    return "\n".join(lines + [END, ""])


def write_section(report: Path, section: str) -> None:
    text = report.read_text(encoding="utf-8") if report.exists() else "# Load test\n"
    if START in text and END in text:
        text = text[:text.index(START)] + section + text[text.index(END) + len(END):].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    report.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--interval", type=float, default=120.0, help="seconds between re-ingests")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--store", type=Path, help="start from a copy of this store (built from corpus/), "
                                                     "not a fresh build; the store itself is not touched")
    parser.add_argument("--report", type=Path, default=REPORT)
    parser.add_argument("--no-report", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not (0.5 <= args.minutes <= 120 and 30 <= args.interval <= 3600 and 1 <= args.clients <= 16):
        parser.error("minutes 0.5..120, interval 30..3600 s, clients 1..16")
    info = run(args)
    section = render(info)
    print("\n" + section)
    if not args.no_report:
        write_section(args.report, section)
        print(f"written to {args.report}")
    tally = info["tally"]
    lags = [lag for _, _, lag, _ in info["ingests"]]
    ok = not tally.errors and not tally.suspect and all(lag == lag for lag in lags)  # NaN: never picked up
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
