"""An `EvalResult` as Markdown for people and JSON for tools, plus the threshold gate.

A score means little without what produced it, so every report carries the
date, the machine, the embedder and the question set. When a baseline run
is given, the two are shown side by side with the assistant/baseline ratio
of the main metrics: the ratio is the claim ("structure-aware retrieval
finds the gold section 1.4× as often"), the absolute numbers its context.
"""
from __future__ import annotations

import dataclasses
import os
import platform
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from evals.report_refusals import markdown_section
from evals.runner import EvalResult, Group, QuestionResult
from evals.thresholds import METRIC_NAMES, Breach, check_thresholds  # noqa: F401 - their old home

__all__ = ["COLUMNS", "MAIN", "METRIC_NAMES", "Breach", "ReportMeta", "check_thresholds", "fmt", "group_table",
           "make_meta", "overall_table", "render_json", "render_markdown"]

# (label, Scores field, format) in table order.
COLUMNS = (("n", "n", "int"), ("hit@1", "hit1", "rate"), ("hit@5", "hit5", "rate"), ("MRR@10", "mrr10", "rate"),
           ("cite P", "citation_precision", "rate"), ("cite R", "citation_recall", "rate"),
           ("facts", "fact_accuracy", "rate"), ("refusal P", "refusal_precision", "rate"),
           ("refusal R", "refusal_recall", "rate"), ("false refusals", "false_refusals", "int"),
           ("lang share", "language_share", "rate"), ("p50 ms", "p50_ms", "ms"), ("p95 ms", "p95_ms", "ms"))
MAIN = ("hit5", "mrr10", "fact_accuracy")
EXCERPT_CHARS = 300


@dataclasses.dataclass(frozen=True)
class ReportMeta:
    set_name: str
    embedder_id: str
    date: str
    machine: str
    revision: str = ""  # git commit of the code measured, "+dirty" with uncommitted changes


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = f", load average {os.getloadavg()[0]:.1f} at start" if hasattr(os, "getloadavg") else ""
    return (f"{platform.system()} {platform.release()} {platform.machine()}, {cpu}, {os.cpu_count()} CPU(s), "
            f"Python {platform.python_version()}{load}")


def git_revision(root: Path = Path(__file__).resolve().parent.parent) -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                              timeout=5, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, timeout=5, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return head + ("+dirty" if dirty else "")


def make_meta(set_name: str, embedder_id: str, now: datetime | None = None) -> ReportMeta:
    now = now or datetime.now(timezone.utc)
    return ReportMeta(set_name, embedder_id, now.strftime("%Y-%m-%d %H:%M UTC"), machine_description(),
                      git_revision())


def fmt(value, kind: str = "rate") -> str:
    if value is None:
        return "–"
    if kind == "int":
        return str(value)
    if kind in ("ms", "whole"):
        return f"{value:.0f}"
    return f"{value:.2f}"


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "–"
    return f"{a / b:.2f}×"


def overall_table(result: EvalResult, baseline: EvalResult | None = None) -> str:
    """Metrics as rows; assistant, baseline and ratio as columns."""
    a, b = result.overall, baseline.overall if baseline else None
    head = "| metric | assistant |" + (" baseline | assistant / baseline |" if b else "")
    rows = [head, "|---|---:|" + ("---:|---:|" if b else "")]
    for label, field, kind in COLUMNS:
        va = getattr(a, field)
        row = f"| {label} | {fmt(va, kind)} |"
        if b:
            vb = getattr(b, field)
            row += f" {fmt(vb, kind)} | {ratio(va, vb) if field in MAIN else ''} |"
        rows.append(row)
    return "\n".join(rows)


def group_table(groups: tuple[Group, ...], baseline: tuple[Group, ...] | None = None) -> str:
    """Groups as rows, metrics as columns; with a baseline each cell reads "assistant (baseline)"."""
    other = {g.key: g.scores for g in baseline or ()}
    labels = [label for label, _, _ in COLUMNS]
    ratios = [f"{label} ×" for label, field, _ in COLUMNS if field in MAIN] if baseline else []
    rows = ["| group | " + " | ".join(labels + ratios) + " |", "|---|" + "---:|" * (len(labels) + len(ratios))]
    for key, scores in groups:
        b = other.get(key)
        cells = []
        for _, field, kind in COLUMNS:
            cell = fmt(getattr(scores, field), kind)
            if b is not None and field != "n":
                cell += f" ({fmt(getattr(b, field), kind)})"
            cells.append(cell)
        if baseline:
            cells += [ratio(getattr(scores, f), getattr(b, f) if b else None) for f in MAIN]
        rows.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[:EXCERPT_CHARS - 1] + "…"


def failure_block(r: QuestionResult) -> str:
    q = r.question
    facts = "; ".join(" | ".join(alts) for alts in r.missing_facts) or "–"
    lines = [f"#### {q.id} · {q.category} · {q.lang} — {'; '.join(r.reasons)}", "", f"**Q:** {q.question}", ""]
    if q.history:
        lines += [f"- history: {' / '.join(t.content for t in q.history)}"]
    lines += [
        f"- expected sections: {', '.join(q.sections) or '–'} · must refuse: {'yes' if q.refuse else 'no'}",
        f"- returned top sections: {', '.join(r.ranked[:5]) or '–'} · refused: "
        f"{('yes (' + r.refusal_kind + ')' if r.refusal_kind else 'yes') if r.refused else 'no'}",
        f"- missing facts: {facts}",
        f"- answer: «{_excerpt(r.answer)}»",
        "",
    ]
    return "\n".join(lines)


def render_markdown(result: EvalResult, meta: ReportMeta, baseline: EvalResult | None = None) -> str:
    o = result.overall
    out = [
        f"# Eval report — {meta.set_name}", "",
        f"- date: {meta.date}", f"- machine: {meta.machine}", f"- code: `{meta.revision or 'unknown'}`",
        f"- embedder: `{meta.embedder_id}`",
        f"- question set: `{meta.set_name}`: {o.n} questions ({o.n - o.must_refuse} answerable, "
        f"{o.must_refuse} must be refused; fact accuracy over {o.fact_n}); k = {result.k} passages",
        f"- assistant run: {result.seconds:.1f} s" + (f"; baseline run: {baseline.seconds:.1f} s" if baseline else ""),
        f"- errors: {o.errors}" + (f" (baseline {baseline.overall.errors})" if baseline else ""), "",
    ]
    if baseline:
        out += ["The baseline is plain RAG: 1000-character chunks (200 overlap), the same embedder, top-k, the "
                "passages pasted together as the answer (see `evals/baseline.py` for how its chunks are mapped "
                "to report sections). Its answers are much longer, which favours it on fact accuracy.", ""]
    out += ["## Overall", "", overall_table(result, baseline), "",
            "## Per language", "", group_table(result.by_lang, baseline.by_lang if baseline else None), "",
            "## Per category", "", group_table(result.by_category, baseline.by_category if baseline else None), "",
            *markdown_section(result),
            "## Latency", "",
            f"- assistant: p50 {fmt(o.p50_ms, 'ms')} ms, p95 {fmt(o.p95_ms, 'ms')} ms, "
            f"mean answer {fmt(o.mean_answer_chars, 'whole')} characters"]
    if baseline:
        b = baseline.overall
        out.append(f"- baseline: p50 {fmt(b.p50_ms, 'ms')} ms, p95 {fmt(b.p95_ms, 'ms')} ms, "
                   f"mean answer {fmt(b.mean_answer_chars, 'whole')} characters")
    out += ["", "Latency is wall-clock per question around the whole `ask` call, on the machine above.", "",
            "Notes: hit@k and MRR count distinct sections in retrieval order; MRR@10 only sees the k passages "
            "returned, so a gold section below rank k counts as a miss. Citation precision is 0 for an answer "
            "without citations; must-refuse questions have no gold sections and are scored by refusal P/R only. "
            "Facts are looked for in the answer and its citations' quoted originals (`text`, `text_en`); a "
            "`computed` question's facts in the answer text alone (evals/README.md, \"How facts are matched\").",
            "", f"## Failed questions ({len(result.failures)} of {o.n})", ""]
    if baseline:
        mine = {r.question.id for r in result.failures}
        theirs = {r.question.id for r in baseline.failures}
        out += [f"Baseline failed {len(theirs)}; both failed {len(mine & theirs)}; only the assistant failed: "
                f"{', '.join(sorted(mine - theirs)) or '–'}; only the baseline failed: "
                f"{', '.join(sorted(theirs - mine)) or '–'}.", ""]
    out += [failure_block(r) for r in result.failures]
    return "\n".join(out).rstrip() + "\n"


def render_json(result: EvalResult, meta: ReportMeta, baseline: EvalResult | None = None) -> dict:
    """The final JSON (the only dict this package hands out): meta, assistant, and baseline or null."""
    from evals.report_json import result_json

    return {"meta": dataclasses.asdict(meta), "assistant": result_json(result, EXCERPT_CHARS),
            "baseline": result_json(baseline, EXCERPT_CHARS) if baseline else None}
