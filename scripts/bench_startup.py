"""Start-up benchmark: what `kume ask` spends before it answers, old and new code in the same run.

    .venv/bin/python scripts/bench_startup.py [--baseline REV] [--runs 5] [--store .store]

1. normalisation: `core.normalize.fold_ascii` over every chunk and every English rendering line, against its
   first definition (kept below; the outputs are checked equal);
2. the BM25 postings build over the store's chunks (Turkish and English view), against the per-term build it
   replaced (kept below; postings and the scores of the dev questions are checked equal, bit for bit);
3. `Assistant.open` step by step and the imports before it, in a fresh process each, for this working tree
   and, with --baseline, for a `git archive` of REV (the same store, the same venv), the two alternating;
4. `kume ask` end to end, process start included: median wall and CPU time of --runs, baseline and working
   tree alternating (CPU time says more than wall time on a busy machine).

Nothing is cached to disk; the store is only read. Numbers depend on the machine's load: `uptime` is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON = REPO / ".venv" / "bin" / "python"
QUESTION = "URGE eğitim ve danışmanlık desteğinin üst sınırı nedir?"

def best_of(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


# -- 1 and 2: in this process, on the working tree's code -------------------------------------------------------
def micro(store_dir: Path) -> None:
    sys.path.insert(0, str(REPO))
    from tests.reference_definitions import old_fold_ascii, old_postings
    import numpy as np

    from assistant.retrieval.analyzer import default_analyzer
    from assistant.retrieval.corpus_index import CorpusIndex
    from assistant.retrieval.english import english_analyzer, english_document, english_text
    from assistant.retrieval.hybrid import document_text
    from assistant.retrieval.lexical import BM25Index
    from core.normalize import fold_ascii
    from core.rendering import Rendering
    from core.store import ChromaStore

    store = ChromaStore(store_dir, None)
    index = CorpusIndex.from_store(store, store.active().name)
    rendering = Rendering.load(REPO / "corpus" / "en")
    texts = [c.text for c in index.chunks] + [r.en for r in rendering.by_key.values()]
    old_s, old_out = best_of(lambda: [old_fold_ascii(t) for t in texts])
    new_s, new_out = best_of(lambda: [fold_ascii(t) for t in texts])
    assert old_out == new_out, "fold_ascii changed an output"
    chars = sum(map(len, texts))
    print(f"1. fold_ascii over {len(texts)} texts ({chars} chars): first definition {old_s * 1000:.0f} ms, "
          f"now {new_s * 1000:.0f} ms ({old_s / new_s:.1f}x), outputs equal")

    questions = [json.loads(line)["question"] for line in (REPO / "evals" / "sets" / "dev.jsonl").open()
                 if line.strip()]
    views = {
        "Turkish": ([document_text(c.text, c.metadata) for c in index.chunks], default_analyzer()),
        "English": ([document_text(english_document(c.text, lambda t: english_text(t, rendering)), c.metadata)
                     for c in index.chunks], english_analyzer()),
    }
    for name, (docs, analyzer) in views.items():
        terms = [analyzer(d) for d in docs]
        cached = dict(zip(docs, terms))

        def build_old():
            counts = [Counter(t) for t in terms]
            return old_postings(counts, np.array([sum(c.values()) for c in counts], dtype=np.float64))

        def build_new():
            return BM25Index([c.chunk_id for c in index.chunks], docs, analyzer=lambda d: cached[d] if d in cached
                             else analyzer(d))

        old_s, old_index = best_of(build_old)
        new_s, new_index = best_of(build_new)
        whole_s, _ = best_of(lambda: BM25Index([c.chunk_id for c in index.chunks], docs, analyzer=analyzer))
        for term, (d, w) in old_index.items():
            got = new_index.postings(term)
            assert np.array_equal(got[0], d) and np.array_equal(got[1], w), term
        assert new_index.vocabulary == len(old_index)
        for q in questions:
            ref = np.zeros(len(docs))
            for term in dict.fromkeys(analyzer(q)):
                if term in old_index:
                    ref[old_index[term][0]] += old_index[term][1]
            assert np.array_equal(new_index.scores(q), ref), q
        print(f"2. BM25 postings, {name} ({len(docs)} chunks, {len(old_index)} terms), analyzer output given: "
              f"per-term build {old_s * 1000:.0f} ms, vectorised {new_s * 1000:.0f} ms; whole constructor now "
              f"{whole_s * 1000:.0f} ms; postings and {len(questions)} dev questions' scores equal")


# -- 3: Assistant.open step by step, in a fresh process of the given tree ---------------------------------------
PARTS = r"""
import json, sys, time
t0 = time.perf_counter()
import chromadb
t1 = time.perf_counter()
import assistant.service as service
t2 = time.perf_counter()
from assistant.knowledge import Knowledge
from assistant.retrieval.corpus_index import CorpusIndex
from assistant.retrieval.dense import DenseRetriever
from assistant.retrieval.english import english_text
from assistant.retrieval.hybrid import HybridRetriever
from core.embedders import make_embedder
from core.settings import Settings
from core.store import ChromaStore
from core.wordlists import frequent_words
from pathlib import Path
settings = Settings.from_env(store_dir=Path(sys.argv[1]))
embedder = make_embedder(settings.embedder)
parts = {"import chromadb": t1 - t0, "import assistant.service": t2 - t1}
def step(name, fn):
    started = time.perf_counter()
    out = fn()
    parts[name] = time.perf_counter() - started
    return out
opened = time.perf_counter()
store = ChromaStore(settings.store_dir, settings.chroma_url)
active = step("store.active", store.active)
index = step("CorpusIndex.from_store", lambda: CorpusIndex.from_store(store, active.name))
dense = step("DenseRetriever", lambda: DenseRetriever(store.client(), active.name, embedder))
knowledge = step("Knowledge.build", lambda: Knowledge.build(index, settings.corpus_dir))
english = store.english_collection(active.name)
rendering = knowledge.rendering
retriever = step("HybridRetriever", lambda: HybridRetriever(
    dense, index.chunks, glossary=knowledge.glossary, everyday_english=frequent_words("en"),
    english_view=(lambda text: english_text(text, rendering)) if rendering.by_key else None,
    english_dense=DenseRetriever(store.client(), english, embedder) if english else None))
step("Assistant(...) (RefusalStage)", lambda: service.Assistant(retriever, knowledge=knowledge))
parts["Assistant.open, these steps"] = time.perf_counter() - opened
started = time.perf_counter()
service.Assistant.open(settings, embedder)
parts["Assistant.open again, warm imports"] = time.perf_counter() - started
print(json.dumps(parts))
"""


def open_parts(trees: dict[str, Path], store_dir: Path, runs: int) -> dict[str, dict[str, float]]:
    """Median of each step over `runs` fresh processes per tree, started in it (its modules come first), the
    trees alternating so that a change of the machine's load falls on both."""
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for _ in range(runs):
        for name, tree in trees.items():
            out = subprocess.run([str(PYTHON), "-c", PARTS, str(store_dir)], cwd=tree, check=True,
                                 capture_output=True, text=True).stdout
            for step, seconds in json.loads(out.strip().splitlines()[-1]).items():
                samples[name].setdefault(step, []).append(seconds)
    return {name: {step: statistics.median(v) for step, v in steps.items()} for name, steps in samples.items()}


# -- 4: kume ask end to end --------------------------------------------------------------------------------------
ASK = "import sys; sys.argv[0] = 'kume'; from ui.cli import main; sys.exit(main())"


def ask_once(tree: Path, store_dir: Path) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the child, its output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run([str(PYTHON), "-c", ASK, "--store", str(store_dir), "ask", QUESTION], cwd=tree,
                         check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), out


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", help="a git revision to compare with (git archive into a temporary folder)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--store", type=Path, default=REPO / ".store")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH",
                        help="another source tree to time alongside (e.g. the baseline with only some files changed)")
    parser.add_argument("--skip-micro", action="store_true")
    args = parser.parse_args()
    store_dir = args.store.resolve()
    print(load())
    if not args.skip_micro:
        micro(store_dir)
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"now": REPO}
        if args.baseline:
            base = Path(tmp) / "baseline"
            base.mkdir()
            archive = subprocess.run(["git", "archive", args.baseline], cwd=REPO, check=True, capture_output=True)
            subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
            trees = {f"baseline {args.baseline}": base, "now": REPO}
        for spec in args.tree:
            name, _, path = spec.partition("=")
            trees[name] = Path(path).resolve()
        parts = open_parts(trees, store_dir, args.runs)
        print(f"3. Assistant.open, median of {args.runs} fresh processes per tree, alternating (s):")
        print(f"   {'step':40}" + "".join(f"{name:>22}" for name in trees))
        for step in parts["now"]:
            print(f"   {step:40}" + "".join(f"{parts[name].get(step, float('nan')):22.3f}" for name in trees))
        times: dict[str, list[float]] = {name: [] for name in trees}
        cpu: dict[str, list[float]] = {name: [] for name in trees}
        answers: dict[str, set[str]] = {name: set() for name in trees}
        for _ in range(args.runs):
            for name, tree in trees.items():
                seconds, cpu_seconds, answer = ask_once(tree, store_dir)
                times[name].append(seconds)
                cpu[name].append(cpu_seconds)
                answers[name].add(answer)
        print(f"4. kume ask end to end, {args.runs} runs alternating (s):")
        for name, t in times.items():
            print(f"   {name:24} wall median {statistics.median(t):.2f} (min {min(t):.2f}, max {max(t):.2f}); "
                  f"CPU median {statistics.median(cpu[name]):.2f}")
        if len(trees) > 1:
            same = len({frozenset(a) for a in answers.values()}) == 1
            print(f"   same answer text in both trees: {same}")
    print(load())


if __name__ == "__main__":
    main()
