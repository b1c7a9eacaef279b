"""What the page runs on, without Gradio: the assistant or the store build that will produce it,
question sets for the evaluation tab, answers as a stream of text pieces, section texts for the sources
panel, the feedback file, and the temporary files (removed when the server stops).
"""

import atexit
import inspect
import logging
import os
import queue
import shutil
import tempfile
import threading
import uuid
from pathlib import Path

from core.answers import Filters
from assistant.service import Assistant
from assistant.live import LiveAssistant  # follows re-ingests by other processes

from ui import feedback, render
from core.messages import say

log = logging.getLogger(__name__)
MAX_SET_BYTES = 2 * 1024 * 1024
MAX_EVAL_QUESTIONS = 250
SETS_DIR = Path(__file__).resolve().parents[1] / "evals" / "sets"


class Runtime:
    """The assistant behind the page, or the store build that will produce it."""

    def __init__(self, assistant: Assistant | None, settings=None, embedder=None):
        if assistant is None and (settings is None or embedder is None):
            raise ValueError("launch() needs an assistant, or settings and embedder to build the store")
        self.assistant, self.settings, self.embedder = assistant, settings, embedder
        self.error, self.progress, self.building, self.provinces = "", ("", 0, 0), False, []
        self.max_chars = int(getattr(assistant or settings, "max_question_chars", 2000))
        self.tmp = Path(tempfile.mkdtemp(prefix="kume-ui-"))
        self.cached: list[set] = []  # Gradio's copies of our files (Blocks.temp_file_sets), removed at exit
        atexit.register(self.cleanup)
        self.feedback_path = Path(settings.store_dir) / feedback.FILE_NAME if settings is not None else None
        if assistant is not None:
            self._load_provinces()

    def start_build(self) -> None:
        self.building = True
        threading.Thread(target=self._build, name="kume-store-build", daemon=True).start()

    def _build(self) -> None:
        from ingest.pipeline import run_ingest

        try:
            run_ingest(self.settings, self.embedder, progress=lambda s, d, n: setattr(self, "progress", (s, d, n)))
            self.assistant = LiveAssistant.open(self.settings, self.embedder)
            self._load_provinces()
        except Exception as exc:  # noqa: BLE001 - shown in the page; the server keeps running
            log.exception("building the store failed")
            self.error = str(exc) or type(exc).__name__
        finally:
            self.building = False

    def _load_provinces(self) -> None:
        if self.settings is None:
            return
        try:
            from core.normalize import fold_ascii
            from core.store import ChromaStore

            store = ChromaStore(self.settings.store_dir, self.settings.chroma_url)
            found = {str(c.metadata["province"]) for c in store.all_chunks(store.active().name)
                     if c.metadata.get("province")}
            self.provinces = sorted(found - {"TR"}, key=fold_ascii) + ["TR"] * ("TR" in found)
        except Exception:  # noqa: BLE001 - the filter then takes a typed province
            log.warning("could not list provinces from the store", exc_info=True)

    # -- what the panels read ------------------------------------------------------------------------------
    @property
    def rows(self) -> tuple:
        knowledge = getattr(self.assistant, "knowledge", None)
        return tuple(getattr(knowledge, "rows", ()) or ())

    def section_text(self, section_id: str) -> str:
        index = getattr(getattr(self.assistant, "knowledge", None), "index", None)
        try:
            return index.section_text(section_id) if index is not None else ""
        except Exception:  # noqa: BLE001 - the panel then shows the quote alone and says why
            log.warning("no section text for %s", section_id, exc_info=True)
            return ""

    def neighbours(self, citation) -> list[tuple[str, str]]:
        """An inventory row's neighbouring rows (greyed context in the panel), none for other passages."""
        if citation.kind != "inventory" or not citation.section_id.startswith("EK2."):
            return []
        number = citation.section_id[4:]
        if not number.isdigit():
            return []
        out = []
        for other in (int(number) - 1, int(number) + 1):
            text = self.section_text(f"EK2.{other}")
            if text:
                out.append((f"EK2.{other}", " ".join(text.split())))
        return out

    def feedback(self, **vote) -> None:
        if self.feedback_path is not None:
            feedback.record(self.feedback_path, **vote)

    @staticmethod
    def user_error(message: str) -> None:
        """A user's mistake: one line in the server log (the traceback too with KUME_DEBUG=1)."""
        if os.environ.get("KUME_DEBUG") == "1":
            log.warning("user error: %s", message, stack_info=True)
        else:
            log.warning("user error: %s", message)

    def cleanup(self) -> None:
        """Remove the page's temporary files and Gradio's cached copies of them."""
        shutil.rmtree(self.tmp, ignore_errors=True)
        for paths in self.cached:
            for path in list(paths):
                try:
                    if str(path).startswith(tempfile.gettempdir()):
                        Path(path).unlink(missing_ok=True)
                except OSError:
                    pass

    def status(self, lang: str) -> str:
        if self.error:
            return render.error_markdown(say("build_failed", lang, error=self.error))
        if self.building:  # the progress bar beside it shows the stage and count as they move
            return render.md_text(f"{say('building', lang)}…")
        return render.md_text(say("ready_short", lang))

    def temp_file(self, stem: str, suffix: str, text: str) -> str:
        path = self.tmp / f"{stem}-{uuid.uuid4().hex[:8]}{suffix}"
        self.tmp.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8-sig" if suffix == ".csv" else "utf-8")
        return str(path)


class SetError(ValueError):
    """A question set the evaluation tab refuses; `key` and `values` make the message in either language."""

    def __init__(self, key: str, **values):
        super().__init__(key)
        self.key, self.values = key, values


def load_set(file: str | None, bundled: str | None, limit: int = 0):
    """(questions, skipped lines, display name) from an upload (.jsonl, ≤ 2 MB) or a bundled set."""
    from evals.questions import QuestionSetError, load_question_set, stratified_subset

    if file:
        path = Path(file)
        if path.suffix.lower() != ".jsonl":
            raise SetError("eval_bad_type")
        if path.stat().st_size > MAX_SET_BYTES:
            raise SetError("eval_too_big", max=MAX_SET_BYTES // 2**20)
        name = path.name
    elif bundled and bundled in {p.name for p in SETS_DIR.glob("*.jsonl")}:
        path, name = SETS_DIR / bundled, f"evals/sets/{bundled}"
    else:
        raise SetError("eval_no_set")
    try:
        questions, skipped = load_question_set(path)
    except QuestionSetError:
        raise SetError("eval_empty") from None
    questions = stratified_subset(questions, limit) if limit > 0 else questions
    if not questions:
        raise SetError("eval_empty")
    if len(questions) > MAX_EVAL_QUESTIONS:
        raise SetError("eval_too_many", n=len(questions), max=MAX_EVAL_QUESTIONS)
    return questions, skipped, name


PATIENCE_S = 0.25  # an answer that takes longer shows "…" under its question until it arrives


def answer_stream(assistant, question: str, history: list[str], filters: Filters, lang_hint: str | None = None,
                  patience: float = PATIENCE_S):
    """("pending", "") if nothing came within `patience` s, ("piece", text so far)…, then ("answer", Answer).

    The question is asked at once, in a thread, when this is called (not when first iterated): the page
    does not wait for a placeholder to be drawn before the answer is computed. An answer that arrives
    whole within `patience` (the offline answerer) is shown at once, with no placeholder drawn first; a
    language model's tokens stream as they come (when `ask` takes `stream_to`). `lang_hint` is the
    interface language: it frames the answer to a question that shows no language of its own (a code, a
    name), when `ask` takes it.
    """
    events: queue.Queue = queue.Queue()
    kwargs = {"history": history, "filters": filters}
    parameters = inspect.signature(assistant.ask).parameters
    if "stream_to" in parameters:
        kwargs["stream_to"] = lambda piece: events.put(("piece", piece))
    if lang_hint and "lang_hint" in parameters:
        kwargs["lang_hint"] = lang_hint

    def work() -> None:
        try:
            events.put(("answer", assistant.ask(question, **kwargs)))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            events.put(("error", exc))

    threading.Thread(target=work, name="kume-ask", daemon=True).start()
    return _events(events, patience)


def _events(events: queue.Queue, patience: float):
    text, waited = "", False
    while True:
        try:
            kind, value = events.get(timeout=None if waited else patience)
        except queue.Empty:
            waited = True
            yield "pending", ""
            continue
        waited = True
        if kind == "error":
            raise value
        if kind == "piece":
            text += value
            yield "piece", text
            continue
        yield "answer", value
        return
