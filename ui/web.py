"""The Gradio page: chat with clickable citations and a sources panel, the cluster map, TR/EN labels, an
evaluation tab, and the `/ask` API.

All text from the corpus and users reaches the page escaped (`ui.citations`, `ui.render`, `ui.map`).
`launch(None, settings=..., embedder=...)` serves at once and builds a missing or stale store in the
background (`ui.runtime`), its progress shown in the page. The page's own script and styles
(`ui/static/`) are inlined into the page: no file route is added.
"""

import logging
import signal
import threading
import time
from pathlib import Path

from assistant.service import Assistant, QuestionError

from ui import chat_tab, eval_tab, map_tab
from ui.api import api_answer
from core.messages import say
from ui.i18n import LANG_CHOICES, norm_lang, province_choices
from ui.runtime import Runtime

log = logging.getLogger(__name__)
CONCURRENCY = 2  # answers are CPU-bound (query embedding) on a 2-core machine
STATIC = Path(__file__).resolve().parent / "static"
CSS = (STATIC / "page.css").read_text(encoding="utf-8")
HEAD = f"<script>{(STATIC / 'page.js').read_text(encoding='utf-8')}</script>"


def theme():
    import gradio as gr

    # One font, in two complete faces (400, 700); semibold (600) text takes the 700 face.
    # Gradio 6.31's SourceSansPro-SemiBold.woff2 holds only "A" and "B": with the default (400, 600) faces
    # every bold heading showed those two letters in Source Sans and the rest in a fallback font.
    font = gr.themes.LocalFont("Source Sans Pro", weights=(400, 700))
    return gr.themes.Default(font=[font, "DejaVu Sans", "sans-serif"])


def build_app(runtime: Runtime):
    import gradio as gr

    labels: list[tuple] = []  # (component, {prop: i18n key or callable(lang)}) for the language toggle

    def L(component, **props):
        labels.append((component, props))
        return component

    with gr.Blocks(title="Küme Asistanı", analytics_enabled=False, delete_cache=(3600, 3600)) as app:
        with gr.Row(equal_height=True, elem_id="header"):
            L(gr.Markdown(say("title", "tr"), elem_id="title"), value="title")
            lang = L(gr.Radio(LANG_CHOICES, value="tr", label=say("ui_lang", "tr"), scale=0, min_width=0,
                              elem_id="ui-lang", container=False), label="ui_lang")
        status = gr.Markdown(runtime.status("tr"), elem_id="status", min_height=40, sanitize_html=True)
        with gr.Tabs():
            chat = chat_tab.build(gr, runtime, L, lang, CONCURRENCY)
            map_refresh, map_inputs, map_outputs = map_tab.build(gr, runtime, L, lang)
            eval_tab.build(gr, runtime, L, lang)
        private = {"api_visibility": "private"}

        def relabel(lg):
            lg = norm_lang(lg)
            return [gr.update(**{prop: key(lg) if callable(key) else say(key, lg) for prop, key in props.items()})
                    for _, props in labels] + [runtime.status(lg)]

        lang.change(relabel, lang, [c for c, _ in labels] + [status], queue=False, **private)

        def watch(lg, progress=gr.Progress()):
            while runtime.building:
                stage_name, done, total = runtime.progress
                progress((done, total) if total else None, desc=f"{say('building', lg)}: {stage_name}")
                time.sleep(0.4)
            return runtime.status(lg), gr.update(choices=province_choices(runtime.provinces, lg))

        restore, restore_in, restore_out = chat["restore"]
        app.load(restore, restore_in, restore_out, queue=False, **private)
        app.load(watch, lang, [status, chat["province"]], concurrency_limit=None, show_progress_on=status,
                 **private).then(map_refresh, map_inputs, map_outputs, queue=False, **private)

        def api_ask(question: str) -> dict:
            """Ask the report a question (Turkish or English); returns the JSON of `kume ask --json`."""
            if runtime.assistant is None:
                runtime.user_error("API question while the store is not ready")
                raise gr.Error(runtime.error or say("building_wait", "en"), print_exception=False)
            try:
                return api_answer(runtime.assistant.ask(question))
            except QuestionError as exc:
                runtime.user_error(f"API question refused: {exc}")
                raise gr.Error(str(exc), print_exception=False) from None

        gr.api(api_ask, api_name="ask", concurrency_id="ask", concurrency_limit=CONCURRENCY)
    return app


def _stop_on_sigterm(app, runtime: Runtime) -> None:
    """SIGTERM (a service manager, `kill`) closes the server like Ctrl-C, so the temporary files go too."""
    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum, frame):  # noqa: ARG001
        runtime.cleanup()
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def launch(assistant: Assistant | None, *, host: str, port: int, auth: tuple[str, str] | None = None,
           settings=None, embedder=None, block: bool = True):
    """Serve the page. With `assistant=None` (and settings, embedder) the store is built in the background."""
    runtime = Runtime(assistant, settings, embedder)
    if assistant is None:
        runtime.start_build()
    app = build_app(runtime)
    runtime.cached = app.temp_file_sets
    app.queue(default_concurrency_limit=CONCURRENCY, max_size=64)
    _stop_on_sigterm(app, runtime)
    # quiet: Gradio's own banner would suggest share=True, which this app never uses
    app.launch(css=CSS, head=HEAD, theme=theme(), server_name=host, server_port=port, auth=auth,
               max_file_size="2mb", allowed_paths=[], show_error=False, ssr_mode=False, mcp_server=False,
               prevent_thread_lock=True, footer_links=["api"], quiet=True)
    print(f"Küme Asistanı: serving on {app.local_url or f'http://{host}:{port}/'}", flush=True)
    if block:
        try:
            app.block_thread()
        finally:
            runtime.cleanup()
    return app

