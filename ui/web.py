"""A minimal Gradio chat page over the assistant (the full UI is a later step).

Answers are shown as text (Markdown rendering with HTML sanitised by Gradio);
nothing from the corpus or the user is inserted as raw HTML.
"""
from __future__ import annotations

from assistant.records import Answer
from assistant.service import Assistant, QuestionError

EXAMPLES = [
    "URGE kapsamında eğitim ve danışmanlık desteğinin oranı ve üst sınırı nedir?",
    "What actions apply to a start-stage textile cluster?",
    "Gaziantep'teki kümeler hangileri?",
    "NanoBioNet kümesi ne yaptı?",
]


def format_answer(answer: Answer) -> str:
    return answer.answer


def build_app(assistant: Assistant):
    import gradio as gr

    def respond(message: str, history: list) -> str:
        try:
            return format_answer(assistant.ask(message))
        except QuestionError as exc:
            return str(exc)

    def ask_api(question: str) -> dict:
        try:
            return assistant.ask(question).to_dict()
        except QuestionError as exc:
            return {"question": question, "error": str(exc)}

    with gr.Blocks(title="Küme Asistanı") as app:
        gr.Markdown("## Küme Asistanı\nKümeler İçin Ortak Rekabet Alanları Stratejisi Raporu üzerine kaynaklı yanıtlar.")
        gr.ChatInterface(respond, examples=EXAMPLES)
        api_in = gr.Textbox(visible=False)
        api_out = gr.JSON(visible=False)
        api_in.submit(ask_api, api_in, api_out, api_name="ask")
    return app


def launch(assistant: Assistant, *, host: str, port: int, auth: tuple[str, str] | None = None) -> None:
    app = build_app(assistant)
    app.queue(default_concurrency_limit=2, max_size=64)
    app.launch(server_name=host, server_port=port, auth=auth, max_file_size="5mb", show_error=False)
