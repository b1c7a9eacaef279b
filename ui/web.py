"""The Gradio page: chat with cited sources, tables, filters, TR/EN labels, and an evaluation tab.

All text from the corpus and users reaches the page through `ui.render`
(escaped Markdown) or as table cells and textbox values (shown as text).
`launch(None, settings=..., embedder=...)` serves at once and builds a
missing or stale store in the background (`ui.runtime`), its progress shown
in the page.
"""

import logging
import time

from core.answers import Filters
from assistant.service import Assistant, QuestionError

from ui import render
from ui.i18n import EXAMPLES, KINDS, LANG_CHOICES, STAGES, choices, norm_lang, province_choices, t
from ui.runtime import MAX_EVAL_QUESTIONS, SETS_DIR, Runtime, SetError, answer_stream, load_set

log = logging.getLogger(__name__)
CONCURRENCY = 2  # answers are CPU-bound (query embedding) on a 2-core machine
CSS = "#citations .wrap {max-height: 420px; overflow-y: auto} #passage mark {padding: 0 2px}"


def build_app(runtime: Runtime):
    import gradio as gr

    labels: list[tuple] = []  # (component, {prop: i18n key or callable(lang)}) for the language toggle

    def L(component, **props):
        labels.append((component, props))
        return component

    with gr.Blocks(title="Küme Asistanı", analytics_enabled=False, delete_cache=(3600, 3600)) as app:
        with gr.Row(equal_height=True):
            L(gr.Markdown(t("tr", "title")), value="title")
            lang = L(gr.Radio(LANG_CHOICES, value="tr", label=t("tr", "ui_lang"), scale=0, min_width=220,
                              elem_id="ui-lang"), label="ui_lang")
        status = gr.Markdown(runtime.status("tr"), elem_id="status", min_height=40, sanitize_html=True)
        with gr.Tabs():
            with L(gr.Tab(t("tr", "tab_chat"), elem_id="tab-chat"), label="tab_chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = L(gr.Chatbot(
                            label=t("tr", "chat"), height=480, elem_id="chat", placeholder=t("tr", "placeholder"),
                            examples=[{"text": q} for q in EXAMPLES], sanitize_html=True, render_markdown=True,
                            allow_tags=False, latex_delimiters=[], line_breaks=True, buttons=[],
                            feedback_options=None), label="chat", placeholder="placeholder")
                        with gr.Row():
                            qbox = L(gr.Textbox(label=t("tr", "question"), placeholder=t("tr", "question_ph"),
                                                max_length=runtime.max_chars, scale=5, elem_id="question"),
                                     label="question", placeholder="question_ph")
                            ask_btn = L(gr.Button(t("tr", "ask"), variant="primary", scale=1, elem_id="ask"),
                                        value="ask")
                        with L(gr.Accordion(t("tr", "filters"), open=False, elem_id="filters"), label="filters"):
                            with gr.Row():
                                kind = L(gr.Dropdown(choices(KINDS, "tr"), value="", label=t("tr", "f_kind"),
                                                     elem_id="f-kind"), label="f_kind",
                                         choices=lambda lg: choices(KINDS, lg))
                                stage = L(gr.Dropdown(choices(STAGES, "tr"), value="", label=t("tr", "f_stage"),
                                                      elem_id="f-stage"), label="f_stage",
                                          choices=lambda lg: choices(STAGES, lg))
                                province = L(gr.Dropdown(
                                    province_choices(runtime.provinces, "tr"), value="", label=t("tr", "f_province"),
                                    allow_custom_value=True, elem_id="f-province"), label="f_province",
                                    choices=lambda lg: province_choices(runtime.provinces, lg))
                        clear_btn = L(gr.Button(t("tr", "clear"), size="sm", elem_id="clear"), value="clear")
                    with gr.Column(scale=2):
                        L(gr.Markdown(f"### {t('tr', 'sources')}"), value=lambda lg: f"### {t(lg, 'sources')}")
                        cite = L(gr.Radio([], label=t("tr", "cite_pick"), elem_id="citations"), label="cite_pick")
                        passage = gr.Markdown(t("tr", "passage_empty"), elem_id="passage", sanitize_html=True,
                                              latex_delimiters=[], line_breaks=True, container=True, padding=True)
                table = gr.Dataframe(visible=False, interactive=False, wrap=True, elem_id="table", max_height=420)
                csv_btn = L(gr.DownloadButton(t("tr", "csv"), visible=False, size="sm", elem_id="csv"), label="csv")
                copy_box = L(gr.Textbox(label=t("tr", "copy"), lines=3, max_lines=12, interactive=False,
                                        buttons=["copy"], elem_id="copy"), label="copy")
            with L(gr.Tab(t("tr", "tab_eval"), elem_id="tab-eval"), label="tab_eval"):
                L(gr.Markdown(t("tr", "eval_intro")), value="eval_intro")
                with gr.Row():
                    upload = L(gr.File(label=t("tr", "eval_file"), file_types=[".jsonl"], type="filepath",
                                       elem_id="eval-file", height=120), label="eval_file")
                    with gr.Column():
                        sets = [("–", "")] + [(p.name, p.name) for p in sorted(SETS_DIR.glob("*.jsonl"))]
                        bundled = L(gr.Dropdown(sets, value="", label=t("tr", "eval_bundled"), elem_id="eval-set"),
                                    label="eval_bundled")
                        with gr.Row():
                            limit = L(gr.Number(0, precision=0, minimum=0, maximum=MAX_EVAL_QUESTIONS,
                                                label=t("tr", "eval_limit"), elem_id="eval-limit"), label="eval_limit")
                            k_box = L(gr.Number(5, precision=0, minimum=1, maximum=20, label=t("tr", "eval_k")),
                                      label="eval_k")
                        run_btn = L(gr.Button(t("tr", "eval_run"), variant="primary", elem_id="eval-run"),
                                    value="eval_run")
                eval_summary = gr.Markdown(elem_id="eval-summary", min_height=30, sanitize_html=True)
                report_btn = L(gr.DownloadButton(t("tr", "eval_report"), visible=False, size="sm",
                                                 elem_id="eval-report"), label="eval_report")
                frames = [L(gr.Dataframe(visible=False, interactive=False, wrap=True, label=t("tr", key),
                                         elem_id=f"eval-{key}"), label=key)
                          for key in ("eval_overall", "eval_by_lang", "eval_by_cat", "eval_failed")]

        asked, turns, current, evaluated = gr.State([]), gr.State([]), gr.State(None), gr.State(None)
        chat_outputs = [qbox, chatbot, asked, turns, current, cite, passage, table, csv_btn, copy_box]

        def table_update(answer, lg):
            headers, rows = render.table_of(answer) if answer else ([], [])
            if not rows:
                return gr.update(visible=False)
            typed, types = render.typed_table(rows)
            return gr.update(value={"headers": headers, "data": typed}, datatype=types, visible=True,
                             label=render.table_label(answer, lg))

        def answer_outputs(answer, lg):
            """Values for [current, cite, passage, table, csv_btn, copy_box] showing one answer (or none)."""
            cites = render.citations_of(answer) if answer else ()
            headers, rows = render.table_of(answer) if answer else ([], [])
            csv = runtime.temp_file("kume-tablo", ".csv", render.rows_to_csv(headers, rows)) if rows else None
            first = str(cites[0].n) if cites else None
            return [answer, gr.update(choices=render.citation_choices(cites, lg), value=first),
                    show_passage(first, answer, lg), table_update(answer, lg),
                    gr.update(value=csv, visible=bool(rows)), render.copy_text(answer, lg) if answer else ""]

        def show_passage(n, answer, lg):
            for c in render.citations_of(answer) if answer else ():
                if str(c.n) == str(n):
                    return render.passage_markdown(c, lg, render.answer_figures(answer))
            return t(lg, "passage_empty")

        def chat_turn(question, chat, asked_list, turn_list, lg, kind_v, stage_v, province_v):
            if not (question or "").strip():
                yield [gr.skip()] * len(chat_outputs)
                return
            chat = list(chat or []) + [{"role": "user", "content": render.md_text(question)},
                                       {"role": "assistant", "content": "…"}]
            skip = [gr.skip()] * 8

            def reply(markdown, answer=None):
                chat[-1] = {"role": "assistant", "content": markdown}
                done = [asked_list + [question] if answer else asked_list, turn_list + [answer]]
                return ["", chat] + done + answer_outputs(answer, lg)

            yield ["", chat] + skip
            if runtime.assistant is None:
                yield reply(render.error_markdown(runtime.error or t(lg, "building_wait")))
                return
            filters = Filters(kind_v or None, stage_v or None, (province_v or "").strip() or None)
            try:
                for step, value in answer_stream(runtime.assistant, question, list(asked_list), filters):
                    if step == "piece":
                        chat[-1] = {"role": "assistant", "content": render.md_text(value)}
                        yield ["", chat] + skip
            except QuestionError as exc:
                yield reply(render.error_markdown(str(exc)))
                return
            except Exception as exc:  # noqa: BLE001 - one line in the chat, the traceback in the log
                log.exception("ask failed")
                yield reply(render.error_markdown(t(lg, "error", error=type(exc).__name__)))
                return
            yield reply(render.answer_markdown(value, lg), value)

        ask_inputs = [qbox, chatbot, asked, turns, lang, kind, stage, province]
        private = {"api_visibility": "private"}
        for trigger in (qbox.submit, ask_btn.click):
            trigger(chat_turn, ask_inputs, chat_outputs, concurrency_id="ask", concurrency_limit=CONCURRENCY, **private)

        def fill(evt: gr.SelectData):
            return evt.value.get("text", "") if isinstance(evt.value, dict) else ""

        chatbot.example_select(fill, None, qbox, queue=False, **private).then(
            chat_turn, ask_inputs, chat_outputs, concurrency_id="ask", **private)

        def pick_turn(turn_list, lg, evt: gr.SelectData):
            index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
            if not isinstance(index, int) or index % 2 == 0 or index // 2 >= len(turn_list):
                return [gr.skip()] * 6
            return answer_outputs(turn_list[index // 2], lg)

        chatbot.select(pick_turn, [turns, lang], chat_outputs[4:], **private)
        for trigger in (clear_btn.click, chatbot.clear):
            trigger(lambda lg: ["", [], [], []] + answer_outputs(None, lg), lang, chat_outputs, queue=False, **private)
        cite.input(show_passage, [cite, current, lang], passage, queue=False, **private)

        def eval_outputs(done, lg):
            """[summary, report button, 4 tables] for a finished run (name, result, skipped, report path)."""
            if done is None:
                return [gr.skip()] * 6
            name, result, skipped, report = done
            tables = [render.eval_overall_rows(result, lg), render.eval_group_rows(result.by_lang, lg),
                      render.eval_group_rows(result.by_category, lg), render.eval_failed_rows(result, lg)]
            return [render.eval_summary_markdown(name, result, skipped, lg), gr.update(value=report, visible=True)] + [
                gr.update(value={"headers": h, "data": rows}, visible=True) for h, rows in tables]

        def relabel(lg, answer, n, done):
            lg = norm_lang(lg)
            updates = [gr.update(**{prop: key(lg) if callable(key) else t(lg, key) for prop, key in props.items()})
                       for _, props in labels]
            cites = render.citations_of(answer) if answer else ()
            return updates + [runtime.status(lg), show_passage(n, answer, lg), table_update(answer, lg),
                              gr.update(choices=render.citation_choices(cites, lg), value=n),
                              render.copy_text(answer, lg) if answer else ""] + eval_outputs(done, lg)

        lang.change(relabel, [lang, current, cite, evaluated],
                    [c for c, _ in labels] + [status, passage, table, cite, copy_box, eval_summary, report_btn]
                    + frames,
                    queue=False, **private)

        def watch(lg, progress=gr.Progress()):
            while runtime.building:
                stage_name, done, total = runtime.progress
                progress((done, total) if total else None, desc=f"{t(lg, 'building')}: {stage_name}")
                time.sleep(0.4)
            return runtime.status(lg), gr.update(choices=province_choices(runtime.provinces, lg))

        app.load(watch, lang, [status, province], concurrency_limit=None, show_progress_on=status, **private)

        def evaluate(file, set_name, limit_v, k_v, lg, progress=gr.Progress()):
            from evals.report import make_meta, render_markdown
            from evals.runner import assistant_ask, run_eval

            if runtime.assistant is None:
                raise gr.Error(t(lg, "building_wait"))
            try:
                questions, skipped, name = load_set(file, set_name, int(limit_v or 0))
            except SetError as exc:
                raise gr.Error(t(lg, exc.key, **exc.values)) from None
            k, desc = max(1, min(20, int(k_v or 5))), t(lg, "eval_progress")
            progress((0, len(questions)), desc=desc)
            result = run_eval(assistant_ask(runtime.assistant, k), questions, k=k,
                              on_progress=lambda done, total, _: progress((done, total), desc=desc))
            report = render_markdown(result, make_meta(name, getattr(runtime.embedder, "model_id", "")))
            done = (name, result, skipped, runtime.temp_file("kume-eval", ".md", report))
            return eval_outputs(done, lg) + [done]

        run_btn.click(evaluate, [upload, bundled, limit, k_box, lang],
                      [eval_summary, report_btn] + frames + [evaluated],
                      concurrency_id="eval", concurrency_limit=1, **private)

        def api_ask(question: str) -> dict:
            """Ask the report a question (Turkish or English); returns the JSON of `kume ask --json`."""
            if runtime.assistant is None:
                raise gr.Error(runtime.error or t("en", "building_wait"))
            try:
                return runtime.assistant.ask(question).to_dict()
            except QuestionError as exc:
                raise gr.Error(str(exc)) from None

        gr.api(api_ask, api_name="ask", concurrency_id="ask", concurrency_limit=CONCURRENCY)
    return app


def launch(assistant: Assistant | None, *, host: str, port: int, auth: tuple[str, str] | None = None,
           settings=None, embedder=None, block: bool = True):
    """Serve the page. With `assistant=None` (and settings, embedder) the store is built in the background."""
    runtime = Runtime(assistant, settings, embedder)
    if assistant is None:
        runtime.start_build()
    app = build_app(runtime)
    app.queue(default_concurrency_limit=CONCURRENCY, max_size=64)
    app.launch(css=CSS, server_name=host, server_port=port, auth=auth, max_file_size="2mb", allowed_paths=[],
               show_error=False, ssr_mode=False, mcp_server=False, prevent_thread_lock=not block,
               footer_links=["api"])
    return app
