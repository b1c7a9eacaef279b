"""The evaluation tab: upload or pick a question set, run it with a progress bar, read every metric with a
one-line explanation, the failed questions one by one, all skipped lines, and download the report."""
from __future__ import annotations

import logging
from typing import Sequence

from ui import render
from ui.citations import esc
from core.messages import say
from ui.runtime import MAX_EVAL_QUESTIONS, SETS_DIR, SetError, load_set

log = logging.getLogger(__name__)
MAX_SKIPPED_SHOWN = 20

METRICS = (  # label in evals.report.COLUMNS -> the catalogue key of its one-line explanation
    ("n", "metric_n"),
    ("hit@1", "metric_hit1"),
    ("hit@5", "metric_hit5"),
    ("MRR@10", "metric_mrr10"),
    ("cite P", "metric_cite_p"),
    ("cite R", "metric_cite_r"),
    ("facts", "metric_facts"),
    ("refusal P", "metric_refusal_p"),
    ("refusal R", "metric_refusal_r"),
    ("p50 ms", "metric_p50_ms"),
    ("p95 ms", "metric_p95_ms"),
)


def metrics_html(lang: str) -> str:
    items = "".join(f"<dt>{esc(label)}</dt><dd>{esc(say(key, lang))}</dd>" for label, key in METRICS)
    return f'<details class="kume-metrics"><summary>{esc(say("eval_metrics", lang))}</summary><dl>{items}</dl></details>'


def failed_html(result, lang: str) -> str:
    """Each failed question as a collapsible entry: why, what was expected and returned, the answer."""
    if not result.failures:
        return f"<p>{esc(say('eval_none_failed', lang))}</p>"
    headers, rows = render.eval_failed_rows(result, lang, excerpt=600)
    entries = []
    for row in rows:
        qid, category, qlang, question, reasons = row[:5]
        detail = "".join(f"<dt>{esc(h)}</dt><dd>{esc(v)}</dd>" for h, v in zip(headers[5:], row[5:]))
        entries.append(f"<details><summary><b>{esc(qid)}</b> · {esc(category)} · {esc(qlang)} — {esc(question)}"
                       f" <em>({esc(reasons)})</em></summary><dl>{detail}</dl></details>")
    return (f'<div class="kume-failed"><h4>{esc(say("eval_failed", lang))} ({len(rows)})</h4>'
            + "".join(entries) + "</div>")


def skipped_html(skipped: Sequence, lang: str) -> str:
    if not skipped:
        return ""
    shown = "".join(f"<li>{esc(str(s))}</li>" for s in skipped[:MAX_SKIPPED_SHOWN])
    more = (f"<li>{esc(say('eval_skipped_more', lang, n=len(skipped) - MAX_SKIPPED_SHOWN))}</li>"
            if len(skipped) > MAX_SKIPPED_SHOWN else "")
    return f'<div class="kume-skipped"><p>{esc(say("eval_skipped_all", lang, n=len(skipped)))}</p><ul>{shown}{more}</ul></div>'


def build(gr, runtime, L, lang):
    private = {"api_visibility": "private"}
    with L(gr.Tab(say("tab_eval", "tr"), elem_id="tab-eval"), label="tab_eval"):
        L(gr.Markdown(say("eval_intro", "tr")), value="eval_intro")
        metrics = gr.HTML(metrics_html("tr"), elem_id="eval-metrics")
        with gr.Row():
            upload = L(gr.File(label=say("eval_file", "tr"), file_types=[".jsonl"], type="filepath",
                               elem_id="eval-file", height=120), label="eval_file")
            with gr.Column():
                sets = [("–", "")] + [(p.name, p.name) for p in sorted(SETS_DIR.glob("*.jsonl"))]
                bundled = L(gr.Dropdown(sets, value="", label=say("eval_bundled", "tr"), elem_id="eval-set"),
                            label="eval_bundled")
                with gr.Row():
                    limit = L(gr.Number(0, precision=0, minimum=0, maximum=MAX_EVAL_QUESTIONS,
                                        label=say("eval_limit", "tr"), elem_id="eval-limit"), label="eval_limit")
                    k_box = L(gr.Number(5, precision=0, minimum=1, maximum=20, label=say("eval_k", "tr")),
                              label="eval_k")
                run_btn = L(gr.Button(say("eval_run", "tr"), variant="primary", elem_id="eval-run"), value="eval_run")
        summary = gr.Markdown(elem_id="eval-summary", min_height=30, sanitize_html=True)
        skipped_box = gr.HTML("", elem_id="eval-skipped")
        report_btn = L(gr.DownloadButton(say("eval_report", "tr"), visible=False, size="sm", elem_id="eval-report"),
                       label="eval_report")
        frames = [L(gr.Dataframe(visible=False, interactive=False, wrap=True, label=say(key, "tr"),
                                 elem_id=f"eval-{key}"), label=key)
                  for key in ("eval_overall", "eval_by_lang", "eval_by_cat")]
        failed = gr.HTML("", elem_id="eval-eval_failed")
        evaluated = gr.State(None)
    outputs = [summary, skipped_box, report_btn] + frames + [failed]

    def shown(done, lg):
        if done is None:
            return [gr.skip()] * len(outputs)
        name, result, skipped, report = done
        tables = [render.eval_overall_rows(result, lg), render.eval_group_rows(result.by_lang, lg),
                  render.eval_group_rows(result.by_category, lg)]
        return ([render.eval_summary_markdown(name, result, skipped, lg), skipped_html(skipped, lg),
                 gr.update(value=report, visible=True)]
                + [gr.update(value={"headers": h, "data": rows}, visible=True) for h, rows in tables]
                + [failed_html(result, lg)])

    def evaluate(file, set_name, limit_v, k_v, lg, progress=gr.Progress()):
        from evals.report import make_meta, render_markdown
        from evals.runner import assistant_ask, run_eval

        if runtime.assistant is None:
            runtime.user_error("evaluation while the store is not ready")
            raise gr.Error(say("building_wait", lg), print_exception=False)
        try:
            questions, skipped, name = load_set(file, set_name, int(limit_v or 0))
        except SetError as exc:
            runtime.user_error(f"evaluation refused: {exc.key}")
            raise gr.Error(say(exc.key, lg, **exc.values), print_exception=False) from None
        k, desc = max(1, min(20, int(k_v or 5))), say("eval_progress", lg)
        progress((0, len(questions)), desc=desc)
        result = run_eval(assistant_ask(runtime.assistant, k), questions, k=k,
                          on_progress=lambda done, total, _: progress((done, total), desc=desc))
        report = render_markdown(result, make_meta(name, getattr(runtime.embedder, "model_id", "")))
        done = (name, result, skipped, runtime.temp_file("kume-eval", ".md", report))
        return shown(done, lg) + [done]

    run_btn.click(evaluate, [upload, bundled, limit, k_box, lang], outputs + [evaluated],
                  concurrency_id="eval", concurrency_limit=1, **private)
    lang.change(lambda done, lg: shown(done, lg) + [metrics_html(lg)], [evaluated, lang], outputs + [metrics],
                queue=False, **private)
