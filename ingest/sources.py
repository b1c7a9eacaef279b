"""Corpus folder → pages: the only stage that touches raw files.

Every later stage works on `Page` values, so everything that can go wrong with
a file (wrong encoding, encrypted or hostile PDF, unsupported format) is
settled here: a bad file becomes a `SkippedFile` with a one-line reason the
user can act on, and the rest of the corpus still loads. Only a corpus that
cannot be used at all raises `CorpusError`.

PDFs are parsed in a child process (`python -m ingest.sources FILE`) with a
wall-clock timeout and an address-space cap: pypdf has had infinite loops and
memory blow-ups on malformed files, and neither can be interrupted in-process.
A plain subprocess (not fork) is used so loading is safe from any thread.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.records import Page, SkippedFile

TEXT_SUFFIXES = frozenset({".txt", ".md"})
PDF_SUFFIX = ".pdf"
# Data files that live next to the report (e.g. brop-provinces.tsv): not documents.
DATA_SUFFIXES = frozenset({".tsv", ".yaml", ".yml", ".json", ".jsonl", ".csv"})  # product data (corpus/en renderings), not documents

DEFAULT_MAX_TEXT_BYTES = 50 * 1024 * 1024
DEFAULT_PDF_TIMEOUT = 60.0
DEFAULT_PDF_MEMORY_BYTES = 2 * 1024 * 1024 * 1024

# pdftotext-like text: a page starts at a line of exactly one space followed by
# a non-space character (Unicode-aware: " \xa0" is an image placeholder line,
# not a page start). A form feed, pdftotext's own separator, wins if present.
_PAGE_START = re.compile(r" \S")
_ROOT = Path(__file__).resolve().parent.parent


class CorpusError(Exception):
    """The corpus cannot be used at all; the message says what to do."""


@dataclass(frozen=True)
class CorpusPages:
    """Pages of every readable file, the files read, and the files skipped."""

    pages: tuple[Page, ...]
    files: tuple[str, ...]
    skipped: tuple[SkippedFile, ...]


class _Skip(Exception):
    """A file-level problem; its message becomes SkippedFile.reason."""


def load_corpus(
    corpus_dir: Path,
    on_file: Callable[[str], None] | None = None,
    *,
    max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES,
    pdf_timeout: float = DEFAULT_PDF_TIMEOUT,
    pdf_memory_bytes: int = DEFAULT_PDF_MEMORY_BYTES,
) -> CorpusPages:
    """Read every document in `corpus_dir` (recursively, sorted) into pages.

    `on_file(name)` is called before each document file is read (progress).
    Raises CorpusError if the folder is missing or yields no readable file.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.exists():
        raise CorpusError(
            f"corpus folder '{corpus_dir}' does not exist: pass --corpus PATH or copy the report into corpus/"
        )
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus path '{corpus_dir}' is not a folder: pass --corpus PATH pointing to a folder")

    pages: list[Page] = []
    files: list[str] = []
    skipped: list[SkippedFile] = []
    for name in _document_names(corpus_dir):
        if on_file is not None:
            on_file(name)
        path = corpus_dir / name
        try:
            suffix = path.suffix.lower()
            if suffix in TEXT_SUFFIXES:
                file_pages = _read_text(path, name, max_text_bytes)
            elif suffix == PDF_SUFFIX:
                file_pages = _read_pdf(path, name, timeout=pdf_timeout, memory_bytes=pdf_memory_bytes)
            else:
                raise _Skip(f"unsupported file type '{suffix or path.name}'; convert it to PDF or UTF-8 text")
        except _Skip as skip:
            skipped.append(SkippedFile(name, str(skip)))
            continue
        except OSError as exc:  # unreadable file, broken symlink
            reason = f"cannot read the file ({exc.strerror or type(exc).__name__}); check its permissions"
            skipped.append(SkippedFile(name, reason))
            continue
        pages.extend(file_pages)
        files.append(name)

    if not files:
        detail = f"; skipped {skipped[0].source}: {skipped[0].reason}" if skipped else ""
        more = f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""
        raise CorpusError(
            f"corpus folder '{corpus_dir}' has no readable .txt, .md or .pdf file: "
            f"copy the report into it or pass --corpus PATH{detail}{more}"
        )
    return CorpusPages(tuple(pages), tuple(files), tuple(skipped))


def _document_names(corpus_dir: Path) -> list[str]:
    """Relative POSIX names of candidate documents, sorted; hidden and data files left out."""
    names = []
    for root, dirs, filenames in os.walk(corpus_dir):  # does not follow directory symlinks
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for filename in filenames:
            if filename.startswith(".") or Path(filename).suffix.lower() in DATA_SUFFIXES:
                continue
            names.append(Path(root, filename).relative_to(corpus_dir).as_posix())
    return sorted(names)


def _read_text(path: Path, source: str, max_bytes: int) -> list[Page]:
    if path.stat().st_size > max_bytes:
        raise _Skip(f"file is larger than {max_bytes / 2**20:g} MB; split it or raise the size limit")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Skip("not UTF-8 text; re-save it as UTF-8") from None
    if not text.strip():
        raise _Skip("empty file")
    return split_text_pages(text, source)


def split_text_pages(text: str, source: str) -> list[Page]:
    """Split pdftotext-like text into pages, text kept verbatim.

    Numbers are physical page indexes (1-based), so a blank page is dropped
    without renumbering the pages after it. The page-start line loses only its
    single leading space.
    """
    if "\f" in text:
        chunks = text.split("\f")
    else:
        chunks, current = [], []
        for line in text.split("\n"):
            if _PAGE_START.match(line):
                chunks.append("\n".join(current))
                current = [line[1:]]
            else:
                current.append(line)
        chunks.append("\n".join(current))
    return [Page(source, number, chunk) for number, chunk in enumerate(chunks, start=1) if chunk.strip()]


def _read_pdf(path: Path, source: str, *, timeout: float, memory_bytes: int) -> list[Page]:
    """Extract the text of each PDF page in a time- and memory-limited child process.

    Raises _Skip with a one-line reason; never returns an empty list.
    """
    command = [sys.executable, "-m", "ingest.sources", str(Path(path).resolve()), str(int(memory_bytes))]
    try:
        # cwd=_ROOT: `-m` then imports this very `ingest`, whatever the caller's cwd is.
        done = subprocess.run(command, capture_output=True, timeout=timeout, cwd=_ROOT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise _Skip(
            f"PDF parsing took longer than {timeout:g} s; the file may be damaged: "
            "repair it (e.g. qpdf) or add a text version"
        ) from None
    try:
        result = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        if b"MemoryError" in done.stderr:
            result = {"error": "memory"}
        else:
            result = {"error": "unreadable", "detail": f"parser exited with code {done.returncode}"}

    error = result.get("error")
    if error == "memory":
        raise _Skip(
            f"PDF parsing exceeded the memory limit ({memory_bytes / 2**20:g} MB); "
            "repair it (e.g. qpdf) or add a text version"
        )
    if error == "encrypted":
        raise _Skip("encrypted PDF; decrypt it (e.g. qpdf --decrypt) and re-run")
    if error:
        raise _Skip(f"not a readable PDF: {result.get('detail', 'unknown error')}")
    pages = [Page(source, n, text) for n, text in enumerate(result["pages"], start=1) if text.strip()]
    if not pages:
        raise _Skip("no extractable text (scanned images?); run OCR and add the text version")
    return pages


def _short_error(exc: BaseException) -> str:
    """`Type: first line of the message`, capped: never a traceback."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}"[:160] if message else type(exc).__name__


def _pdf_worker(path: str, memory_bytes: int) -> dict:
    """Runs in the child: import pypdf, cap the address space, then parse the file.

    The cap is set after the import so it limits parsing only, not start-up.
    """
    import logging

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # warnings about damaged files are noise here
    from pypdf import PdfReader

    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # no RLIMIT_AS here (Windows, some macOS): timeout only
        resource = None
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):  # owner-password-only PDFs open with an empty password
                    return {"error": "encrypted"}
            except Exception:  # noqa: BLE001 - e.g. AES without a crypto library
                return {"error": "encrypted"}
        texts = [unicodedata.normalize("NFC", page.extract_text() or "") for page in reader.pages]
        return {"pages": texts}
    except MemoryError:
        return {"error": "memory"}
    except RecursionError:
        return {"error": "unreadable", "detail": "RecursionError: structure nested too deeply"}
    except Exception as exc:  # noqa: BLE001 - any parser failure means "unreadable"
        return {"error": "unreadable", "detail": _short_error(exc)}
    finally:
        if resource is not None:  # room again to report the result
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


if __name__ == "__main__":
    _out = _pdf_worker(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_PDF_MEMORY_BYTES)
    sys.stdout.buffer.write(json.dumps(_out, ensure_ascii=False).encode("utf-8"))
