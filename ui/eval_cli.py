"""`kume eval SET.jsonl`: score the assistant (and optionally the plain-RAG baseline) on a question set.

Same conventions as `ui/cli.py`: Settings built once from the group's options
and the environment, heavy imports inside the command, user errors as
one-line ClickExceptions. The assistant and the baseline are opened through
two module functions so tests can swap in fakes without a model or a store.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click


def open_assistant(settings):
    """(assistant, embedder) for this run; raises the library's user errors."""
    from assistant.service import Assistant
    from core.embedders import make_embedder

    embedder = make_embedder(settings.embedder)
    return Assistant.open(settings, embedder), embedder


def build_baseline(settings, embedder, on_progress=None):
    from evals.baseline import Baseline

    return Baseline.build(settings.corpus_dir, embedder, on_progress=on_progress)


def _bar(desc: str, total: int, unit: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True)


def _build_index(settings, embedder):
    with _bar("baseline index", 0, "chunk") as bar:
        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        return build_baseline(settings, embedder, progress)


def _run(ask, questions, k: int, desc: str):
    """One untimed warm-up question first: loading the model and the index is not answer latency."""
    from evals.runner import run_eval

    try:
        ask(questions[0])
    except Exception:  # noqa: BLE001 - the timed run reports it
        pass

    with _bar(desc, len(questions), "q") as bar:
        return run_eval(ask, questions, k=k, on_progress=lambda done, total, result: bar.update(1))


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror or exc}") from None


@click.command("eval")
@click.argument("question_set", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--k", "k", type=click.IntRange(1, 50), default=5, show_default=True, help="Passages per answer.")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the Markdown report here.")
@click.option("--json", "json_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the full results as JSON here.")
@click.option("--baseline", is_flag=True, help="Also run the plain-RAG baseline and compare.")
@click.option("--limit", type=click.IntRange(1), help="Only N questions, spread over categories and languages.")
@click.option("--split", "split", metavar="NAME", help="Only the questions of this split (a set's `split` field).")
@click.option("--check", is_flag=True,
              help="Compare with this set's limits in evals/thresholds.yaml; exit 1 outside them.")
@click.pass_context
def eval_command(ctx: click.Context, question_set: Path, k: int, report_path: Path | None, json_path: Path | None,
                 baseline: bool, limit: int | None, check: bool, split: str | None = None) -> None:
    """Score the assistant on a question set (JSONL): retrieval, citations, facts, refusals, latency."""
    from evals.questions import QuestionSetError, load_question_set, stratified_subset
    from evals.report import make_meta, overall_table, render_json, render_markdown
    from evals.report_refusals import summary_text
    from evals.runner import assistant_ask
    from ui.cli_common import settings_from as _settings, user_errors as _user_errors

    try:
        questions, errors = load_question_set(question_set)
    except QuestionSetError as exc:
        raise click.ClickException(str(exc)) from None
    for error in errors:
        click.echo(f"Warning: {question_set}:{error.line}: {error.message}; line skipped", err=True)
    if not questions:
        raise click.ClickException(f"question set '{question_set}' has no valid question")
    if split:
        names = sorted({q.split for q in questions if q.split})
        questions = tuple(q for q in questions if q.split == split)
        if not questions:
            raise click.ClickException(f"no question of '{question_set}' has split {split!r}; its splits: "
                                       f"{', '.join(names) or 'none (the set has no split field)'}")
    if limit:
        questions = stratified_subset(questions, limit)
    limits = _limits_for(question_set) if check else None

    settings = _settings(ctx)
    try:
        assistant, embedder = open_assistant(settings)
        meta = make_meta(str(question_set), embedder.model_id)  # now: it records the load at start
        index = _build_index(settings, embedder) if baseline else None
        try:  # both runs back to back, so machine load hits them alike
            result = _run(assistant_ask(assistant, k), questions, k, "assistant")
            base = _run(index.as_ask(k), questions, k, "baseline") if index else None
        finally:
            if index:
                index.close()
    except _user_errors() as exc:
        raise click.ClickException(str(exc)) from None
    if result.overall.errors == len(questions):
        first = next(r.error for r in result.results if r.error)
        raise click.ClickException(f"every question failed; the first: {first}")

    click.echo(f"{meta.set_name}: {len(questions)} questions, {result.overall.failed} failed, "
               f"{result.seconds:.1f} s" + (f" (baseline {base.seconds:.1f} s)" if base else ""))
    click.echo(overall_table(result, base))
    click.echo(summary_text(result))
    if report_path:
        _write(report_path, render_markdown(result, meta, base))
        click.echo(f"Report: {report_path}")
    if json_path:
        _write(json_path, json.dumps(render_json(result, meta, base), ensure_ascii=False, indent=2) + "\n")
        click.echo(f"JSON: {json_path}")
    if limits is not None:
        _check(result, limits)


def _limits_for(question_set: Path):
    """This set's entry in evals/thresholds.yaml, read before the run so a bad file costs no evaluation."""
    from evals.thresholds import FILE, limits_for, load_thresholds

    try:
        _, sets = load_thresholds()
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot use {FILE}: {exc}") from None
    limits = limits_for(question_set, sets)
    if limits is None:
        raise click.ClickException(f"{FILE} has no limits for {question_set}; sets with limits: "
                                   + ", ".join(s.set for s in sets))
    return limits


def _check(result, limits) -> None:
    from evals.thresholds import check_set

    breaches = check_set(result, limits)
    enforced = sum(len(m) for m in limits.enforced().values())
    if breaches:
        raise click.ClickException(f"outside evals/thresholds.yaml ({limits.set}): "
                                   + "; ".join(map(str, breaches)))
    click.echo(f"Thresholds: {enforced} limit(s) of {limits.set} met")
