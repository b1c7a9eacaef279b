"""The chat tab: conversation (kept in the browser), clickable citations, sources panel, filters as chips,
a table with CSV and a small map beside an inventory answer, 👍/👎 feedback."""

import logging

from core.answers import Filters
from assistant.service import QuestionError

from ui import citations, map as kmap, render, session
from core.messages import say
from ui.i18n import EXAMPLES, KINDS, STAGES, choices, province_choices
from ui.runtime import answer_stream

log = logging.getLogger(__name__)
FILTER_TABLES = {"kind": KINDS, "stage": STAGES}


def filter_label(key: str, value: str, lang: str) -> str:
    name = say({"kind": "f_kind", "stage": "f_stage", "province": "f_province"}[key], lang)
    table = dict(FILTER_TABLES.get(key, ()))
    shown = say(table[value], lang) if value in table else value
    return f"{name}: {shown}"


def filters_note(filters: dict, lang: str) -> str:
    parts = [filter_label(k, v, lang) for k, v in filters.items() if v]
    return say("filtered_by", lang, filters="; ".join(parts)) if parts else ""


def chat_messages(conv: dict, lang: str) -> list[dict]:
    """The chat's messages, rendered from the stored turns (the browser keeps the turns, not their HTML):
    each turn's question, then its answer with linked citations, or the line that said why it failed."""
    out = []
    for item in session.valid(conv)["turns"]:
        if not isinstance(item, dict):
            continue
        answer = session.answer_from_state(item)
        if answer is not None:
            bot = citations.message_html(answer, item.get("id"), lang, filters_note(item.get("filters") or {}, lang))
        else:
            bot = citations.error_html(item.get("error") or say("turn_failed", lang))
        out += [{"role": "user", "content": citations.user_html(str(item.get("question") or ""))},
                {"role": "assistant", "content": bot}]
    return out


def build(gr, runtime, L, lang, concurrency: int):
    """Lay out the tab inside the current Blocks and wire its events; returns the components others need."""
    private = {"api_visibility": "private"}
    with L(gr.Tab(say("tab_chat", "tr"), elem_id="tab-chat"), label="tab_chat"):
        # the conversation, kept in the browser's localStorage (survives a reload; "new conversation" empties it)
        conv = gr.BrowserState(session.empty(), storage_key="kume-conversation", secret="kume-asistani-conversation")
        current = gr.State(None)  # id of the turn the sources panel shows
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=300):
                chatbot = L(gr.Chatbot(
                    label=say("chat", "tr"), height=560, elem_id="chat", placeholder=say("placeholder", "tr"),
                    examples=[{"text": q} for q in EXAMPLES], sanitize_html=True, render_markdown=False,
                    allow_tags=False, latex_delimiters=[], autoscroll=False, buttons=[],
                    feedback_options=("Like", "Dislike")), label="chat", placeholder="placeholder")
                with gr.Row(elem_id="chips"):
                    chips = {key: gr.Button("", visible=False, size="sm", elem_id=f"chip-{key}", variant="secondary")
                             for key in ("kind", "stage", "province")}
                with gr.Row():
                    qbox = L(gr.Textbox(label=say("question", "tr"), placeholder=say("question_ph", "tr"),
                                        max_length=runtime.max_chars, scale=5, elem_id="question"),
                             label="question", placeholder="question_ph")
                    ask_btn = L(gr.Button(say("ask", "tr"), variant="primary", scale=1, elem_id="ask", min_width=70),
                                value="ask")
                with L(gr.Accordion(say("filters", "tr"), open=False, elem_id="filters"), label="filters"):
                    with gr.Row():
                        kind = L(gr.Dropdown(choices(KINDS, "tr"), value="", label=say("f_kind", "tr"),
                                             elem_id="f-kind"), label="f_kind", choices=lambda lg: choices(KINDS, lg))
                        stage = L(gr.Dropdown(choices(STAGES, "tr"), value="", label=say("f_stage", "tr"),
                                              elem_id="f-stage"), label="f_stage", choices=lambda lg: choices(STAGES, lg))
                        province = L(gr.Dropdown(
                            province_choices(runtime.provinces, "tr"), value="", label=say("f_province", "tr"),
                            allow_custom_value=True, elem_id="f-province"), label="f_province",
                            choices=lambda lg: province_choices(runtime.provinces, lg))
                with gr.Row(elem_id="chat-actions"):
                    # shown once the conversation has a turn to ask again (an answer or a failed attempt)
                    regen_btn = L(gr.Button(say("regenerate", "tr"), size="sm", elem_id="regen", min_width=0,
                                            visible=False), value="regenerate")
                    clear_btn = L(gr.Button(say("new_chat", "tr"), size="sm", elem_id="clear", min_width=0),
                                  value="new_chat")
            with gr.Column(scale=2, min_width=300, elem_id="sources"):
                L(gr.Markdown(f"### {say('sources', 'tr')}"), value=lambda lg: f"### {say('sources', lg)}")
                cite = L(gr.Radio([], label=say("cite_pick", "tr"), elem_id="citations"), label="cite_pick")
                passage = gr.HTML(citations.empty_panel("tr"), elem_id="passage", padding=True)
                table = gr.Dataframe(visible=False, interactive=False, wrap=True, elem_id="table", max_height=420)
                csv_btn = L(gr.DownloadButton(say("csv", "tr"), visible=False, size="sm", elem_id="csv"), label="csv")
                mini = gr.HTML("", elem_id="answer-map")
        cite_req = gr.Textbox(visible="hidden", elem_id="cite-req")
        cite_go = gr.Button(visible="hidden", elem_id="cite-go")
    dropdowns = {"kind": kind, "stage": stage, "province": province}
    shown = [current, cite, passage, table, csv_btn, mini]

    def panel(conv_v, tid, n, lg):
        answer, _ = session.by_id(conv_v, tid)
        if answer is None:
            return [None, gr.update(choices=[], value=None), citations.empty_panel(lg), gr.update(visible=False),
                    gr.update(value=None, visible=False), ""]
        cites = answer.citations
        pick = next((c for c in cites if str(c.n) == str(n)), cites[0] if cites else None)
        position = next((i for i, x in enumerate(session.valid(conv_v)["turns"]) if x.get("id") == tid), 0)
        html = citations.empty_panel(lg) if pick is None else citations.passage_html(
            pick, answer, position, lg, runtime.section_text(pick.section_id), runtime.neighbours(pick))
        headers, rows = render.table_of(answer)
        csv = runtime.temp_file("kume-tablo", ".csv", render.rows_to_csv(headers, rows)) if rows else None
        if rows:
            typed, types = render.typed_table(rows)
            tbl = gr.update(value={"headers": headers, "data": typed}, datatype=types, visible=True,
                            label=render.table_label(answer, lg))
        else:
            tbl = gr.update(visible=False)
        small = kmap.answer_map(rows, runtime.rows, lg) if answer.direct and answer.direct.kind == "inventory" else ""
        return [tid, gr.update(choices=render.citation_choices(cites, lg), value=str(pick.n) if pick else None),
                html, tbl, gr.update(value=csv, visible=bool(rows)), small]

    def run(question, conv_v, lg, chosen, box):
        """One answered turn appended to `conv_v` under the filters `chosen`; `box` is what the question box
        becomes (emptied after asking, left alone on a regeneration)."""
        tid = session.next_id(conv_v)
        user = {"role": "user", "content": citations.user_html(question)}
        chat = chat_messages(conv_v, lg) + [user, {"role": "assistant", "content": citations.pending_html()}]
        skip = [gr.skip()] * (2 + len(shown))

        def failed(message):
            done = session.add(conv_v, tid, question, None, chosen, error=message)
            chat[-1] = {"role": "assistant", "content": citations.error_html(message)}
            return [box, chat[-2 * len(done["turns"]):], done, gr.update(visible=True)] + [gr.skip()] * len(shown)

        if runtime.assistant is None:
            runtime.user_error("question while the store is not ready")
            yield failed(runtime.error or say("building_wait", lg))
            return
        filters = Filters(chosen["kind"] or None, chosen["stage"] or None, chosen["province"] or None)
        try:  # asked at once; the question and "…" are drawn only if the answer is not there within PATIENCE_S
            for step, value in answer_stream(runtime.assistant, question, list(conv_v["asked"]), filters, lg):
                if step in ("pending", "piece"):
                    chat[-1] = {"role": "assistant", "content": citations.pending_html(value or "…")}
                    yield [box, chat] + skip
        except QuestionError as exc:
            runtime.user_error(f"question refused: {exc}")
            yield failed(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - one line in the chat, the traceback in the log
            log.exception("ask failed")
            yield failed(say("error", lg, error=type(exc).__name__))
            return
        state = session.answer_to_state(value, chosen)
        chat[-1] = {"role": "assistant", "content": citations.message_html(value, tid, lg, filters_note(chosen, lg))}
        done = session.add(conv_v, tid, question, state)
        yield [box, chat[-2 * len(done["turns"]):], done, gr.update(visible=True)] + panel(done, tid, None, lg)

    def chat_turn(question, conv_v, lg, kind_v, stage_v, province_v):
        conv_v = session.valid(conv_v)
        if not (question or "").strip():
            yield [gr.skip()] * (4 + len(shown))
            return
        chosen = {"kind": kind_v or "", "stage": stage_v or "", "province": (province_v or "").strip()}
        yield from run(question, conv_v, lg, chosen, "")

    def regenerate(conv_v, lg):
        """The last question asked again with its own history and filters; its new answer replaces the old."""
        conv_v = session.valid(conv_v)
        last = conv_v["turns"][-1] if conv_v["turns"] else None
        question = last.get("question") if isinstance(last, dict) else None
        if not isinstance(question, str) or not question.strip():
            yield [gr.skip()] * (4 + len(shown))
            return
        chosen = {k: str((last.get("filters") or {}).get(k) or "") for k in ("kind", "stage", "province")}
        yield from run(question, session.without_last(conv_v), lg, chosen, gr.skip())

    ask_inputs = [qbox, conv, lang, kind, stage, province]
    ask_outputs = [qbox, chatbot, conv, regen_btn] + shown
    for trigger in (qbox.submit, ask_btn.click):
        trigger(chat_turn, ask_inputs, ask_outputs, concurrency_id="ask", concurrency_limit=concurrency,
                show_progress="hidden", **private)  # the chat shows "…" itself; overlays on 9 outputs cost a render
    regen_btn.click(regenerate, [conv, lang], ask_outputs, concurrency_id="ask", show_progress="hidden", **private)

    def fill(evt: gr.SelectData):
        return evt.value.get("text", "") if isinstance(evt.value, dict) else ""

    chatbot.example_select(fill, None, qbox, queue=False, **private).then(
        chat_turn, ask_inputs, ask_outputs, concurrency_id="ask", **private)

    def pick_turn(conv_v, lg, evt: gr.SelectData):
        index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        item = session.at(conv_v, index // 2) if isinstance(index, int) and index % 2 == 1 else None
        return panel(conv_v, item["id"], None, lg) if item else [gr.skip()] * len(shown)

    chatbot.select(pick_turn, [conv, lang], shown, **private)

    def open_cite(request, conv_v, lg):
        tid, _, n = str(request or "").partition(":")
        if not (tid.isdigit() and n.isdigit()):
            return [gr.skip()] * len(shown)
        return panel(conv_v, int(tid), n, lg)

    cite_go.click(open_cite, [cite_req, conv, lang], shown, queue=False, **private)
    cite.input(lambda n, conv_v, tid, lg: panel(conv_v, tid, n, lg), [cite, conv, current, lang], shown,
               queue=False, **private)

    def chip_updates(kind_v, stage_v, province_v, lg):
        values = {"kind": kind_v, "stage": stage_v, "province": province_v}
        return [gr.update(value="✕ " + filter_label(k, values[k], lg), visible=bool(values[k])) for k in chips]

    chip_inputs = [kind, stage, province, lang]
    for dropdown in dropdowns.values():
        dropdown.change(chip_updates, chip_inputs, list(chips.values()), queue=False, **private)
    lang.change(chip_updates, chip_inputs, list(chips.values()), queue=False, **private)
    for key, chip in chips.items():
        chip.click(lambda: "", None, dropdowns[key], queue=False, **private)

    def clear(lg):
        return ["", [], session.empty(), "", "", "", gr.update(visible=False)] + panel(session.empty(), None, None, lg)

    clear_outputs = [qbox, chatbot, conv, kind, stage, province, regen_btn] + shown
    for trigger in (clear_btn.click, chatbot.clear):
        trigger(clear, lang, clear_outputs, queue=False, **private)

    def like(conv_v, data: gr.LikeData):
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        item = session.at(conv_v, index // 2) if isinstance(index, int) else None
        answer = session.answer_from_state(item) if item else None
        if answer is None or data.liked is None or runtime.feedback_path is None:
            return
        position = session.valid(conv_v)["turns"].index(item)
        runtime.feedback(question=answer.question, answer=answer.answer, lang=answer.lang, liked=bool(data.liked),
                         sections=[c.section_id for c in answer.citations], refused=answer.refused,
                         history=session.valid(conv_v)["asked"][:position], filters=item.get("filters"))

    chatbot.like(like, conv, None, queue=False, **private)

    def restore(conv_v, lg):
        conv_v = session.valid(conv_v)
        last = next((x for x in reversed(conv_v["turns"]) if x.get("answer")), None)
        return ([chat_messages(conv_v, lg), gr.update(visible=bool(conv_v["turns"]))]
                + panel(conv_v, last["id"] if last else None, None, lg))

    def relabel(conv_v, tid, n, lg):
        return panel(conv_v, tid, n, lg)

    lang.change(relabel, [conv, current, cite, lang], shown, queue=False, **private)
    return {"conv": conv, "chatbot": chatbot, "restore": (restore, [conv, lang], [chatbot, regen_btn] + shown),
            "province": province, "qbox": qbox}
