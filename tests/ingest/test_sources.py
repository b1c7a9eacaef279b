"""Corpus loading: the real report text, the fixture PDF, and every kind of bad file."""
from __future__ import annotations

import threading
import unicodedata
import zlib
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfWriter
from pypdf.generic import NameObject, StreamObject

from core.records import Page, SkippedFile
from ingest.sources import CorpusError, CorpusPages, load_corpus, split_text_pages

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
REPORT_NAME = "kumeler-icin-ortak-rekabet-alanlari-stratejisi-raporu.txt"
FIXTURE_PDF = ROOT / "tests" / "data" / "report-sample.pdf"
URGE_SENTENCE = "% 75’i proje bazında 400.000 USD’a"


@pytest.fixture(scope="module")
def real() -> CorpusPages:
    return load_corpus(CORPUS)


# --- the real report text -------------------------------------------------------------


def test_real_report_loads_into_84_pages(real):
    # 83 lines start with one space + a non-space character, so 84 pages, none blank.
    assert real.files == (REPORT_NAME,)
    assert real.skipped == ()  # brop-provinces.tsv is data, ignored silently
    assert [p.number for p in real.pages] == list(range(1, 85))
    assert {p.source for p in real.pages} == {REPORT_NAME}


def test_real_report_pages_are_verbatim(real):
    original = (CORPUS / REPORT_NAME).read_text(encoding="utf-8")
    assert "\n ".join(p.text for p in real.pages) == original


def test_real_report_page_contents(real):
    pages = {p.number: p.text for p in real.pages}
    assert "KOBİ İşbirliği ve Kümelenme Projesi" in pages[1]
    assert "TR 07R2.02-01" in pages[1]
    assert "Önsöz" not in pages[1]
    assert pages[2].startswith("Önsöz")  # the page-start line loses its single space
    assert pages[2].rstrip().endswith("Ekonomi Bakanı")
    assert pages[84].startswith("Hazırlayanlar:")
    assert [n for n, text in pages.items() if "400.000 USD" in text] == [12]
    assert URGE_SENTENCE in pages[12]
    text = "".join(pages.values())
    for letter in "İıŞşĞğÇçÖöÜü":
        assert letter in text


def test_nbsp_and_deeper_indents_do_not_start_pages():
    text = "cover\n \xa0\n  two spaces\n\tTab\n Second page\nbody\n \n Third"
    pages = split_text_pages(text, "r.txt")
    assert [(p.number, p.text) for p in pages] == [
        (1, "cover\n \xa0\n  two spaces\n\tTab"),
        (2, "Second page\nbody\n "),
        (3, "Third"),
    ]


def test_blank_pages_are_dropped_but_numbering_is_physical():
    pages = split_text_pages("\n\n\n First\n \n Second\n   \n Third\n", "r.txt")
    assert [p.number for p in pages] == [2, 3, 4]
    assert pages[0] == Page("r.txt", 2, "First\n ")


def test_form_feeds_split_pages_when_present():
    pages = split_text_pages("one\n Not a break\f\f three", "r.txt")
    assert [(p.number, p.text) for p in pages] == [(1, "one\n Not a break"), (3, " three")]


# --- the fixture PDF --------------------------------------------------------------------


def test_fixture_pdf_pages_and_phrases(tmp_path):
    (tmp_path / "report-sample.pdf").write_bytes(FIXTURE_PDF.read_bytes())
    result = load_corpus(tmp_path)
    assert result.files == ("report-sample.pdf",)
    assert result.skipped == ()
    assert [p.number for p in result.pages] == [1, 2, 3]
    one, two, three = (p.text for p in result.pages)
    assert one.startswith("Önsöz")
    assert "Zafer Çağlayan" in one
    assert URGE_SENTENCE in two
    assert "400.000 USD" not in one + three
    assert three.startswith("Sonuç ve Öneriler")
    assert "BROP bölgesinde yer alan 6 kümenin tamamı başlangıç aşamasındadır." in three
    text = one + two + three
    for letter in ("İ", "ş", "ğ", "ı", "Ş", "ç", "ö", "ü"):
        assert letter in text
    assert text == unicodedata.normalize("NFC", text)
    assert "KOBİ’ler" in two


# --- bad inputs --------------------------------------------------------------------------


def _encrypted_pdf(path: Path) -> None:
    writer = PdfWriter(clone_from=FIXTURE_PDF)
    writer.encrypt("secret")
    writer.write(path)


def _image_only_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    pdf.output(str(path))


def _reasons(result: CorpusPages) -> dict[str, str]:
    return {s.source: s.reason for s in result.skipped}


def test_bad_files_are_skipped_and_the_rest_loads(tmp_path):
    fixture = FIXTURE_PDF.read_bytes()
    (tmp_path / "good.txt").write_text("Kapak\n İkinci sayfa: küme ğ ş ı\n", encoding="utf-8")
    (tmp_path / "bom.md").write_bytes("\ufeffBaşlık\n".encode())
    (tmp_path / "report-sample.pdf").write_bytes(fixture)
    (tmp_path / "cp1254.txt").write_bytes("Küme Işığı ğüşiöç".encode("cp1254"))
    (tmp_path / "empty.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (tmp_path / "garbage.pdf").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "truncated.pdf").write_bytes(fixture[: len(fixture) // 2])
    _encrypted_pdf(tmp_path / "encrypted.pdf")
    _image_only_pdf(tmp_path / "scanned.pdf")
    # Not documents: ignored without a SkippedFile.
    (tmp_path / "brop-provinces.tsv").write_text("il\tbrop\n", encoding="utf-8")
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "x.YAML").write_text("a: 1", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")

    seen: list[str] = []
    result = load_corpus(tmp_path, on_file=seen.append)

    assert result.files == ("bom.md", "good.txt", "report-sample.pdf")
    assert seen == sorted(seen) and len(seen) == 10 and ".hidden.txt" not in seen
    assert Page("bom.md", 1, "Başlık\n") in result.pages
    assert Page("good.txt", 2, "İkinci sayfa: küme ğ ş ı\n") in result.pages
    assert [p.number for p in result.pages if p.source == "report-sample.pdf"] == [1, 2, 3]

    reasons = _reasons(result)
    assert reasons == {
        "cp1254.txt": "not UTF-8 text; re-save it as UTF-8",
        "empty.txt": "empty file",
        "encrypted.pdf": "encrypted PDF; decrypt it (e.g. qpdf --decrypt) and re-run",
        "garbage.pdf": reasons["garbage.pdf"],
        "notes.docx": "unsupported file type '.docx'; convert it to PDF or UTF-8 text",
        "scanned.pdf": "no extractable text (scanned images?); run OCR and add the text version",
        "truncated.pdf": reasons["truncated.pdf"],
    }
    assert reasons["garbage.pdf"].startswith("not a readable PDF: ")
    assert reasons["truncated.pdf"].startswith("not a readable PDF: ")
    for reason in reasons.values():
        assert "\n" not in reason and "Traceback" not in reason and 'File "' not in reason
        assert len(reason) < 200


def test_owner_password_only_pdf_is_read(tmp_path):
    writer = PdfWriter(clone_from=FIXTURE_PDF)
    writer.encrypt("", owner_password="owner")
    writer.write(tmp_path / "restricted.pdf")
    result = load_corpus(tmp_path)
    assert result.skipped == ()
    assert URGE_SENTENCE in result.pages[1].text


def test_oversized_text_file_is_skipped(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 2_000_000, encoding="utf-8")
    (tmp_path / "small.txt").write_text("küçük", encoding="utf-8")
    result = load_corpus(tmp_path, max_text_bytes=1024 * 1024)
    assert result.files == ("small.txt",)
    assert result.skipped == (SkippedFile("big.txt", "file is larger than 1 MB; split it or raise the size limit"),)


def test_pdf_timeout_is_a_skip_not_a_hang(tmp_path):
    (tmp_path / "report-sample.pdf").write_bytes(FIXTURE_PDF.read_bytes())
    (tmp_path / "ok.txt").write_text("metin", encoding="utf-8")
    result = load_corpus(tmp_path, pdf_timeout=0.001)
    assert result.files == ("ok.txt",)
    (skip,) = result.skipped
    assert skip.source == "report-sample.pdf"
    assert skip.reason.startswith("PDF parsing took longer than 0.001 s; ")


def test_pdf_memory_blowup_is_a_skip(tmp_path):
    # A 74 MB content stream compressed to ~75 KB: decompressing it breaks a 100 MB cap.
    writer = PdfWriter(clone_from=FIXTURE_PDF)
    stream = StreamObject()
    stream._data = zlib.compress(b"BT /F1 8 Tf 10 10 Td (a) Tj ET\n" + b" " * 74_000_000, 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    writer.write(tmp_path / "bomb.pdf")
    (tmp_path / "ok.txt").write_text("metin", encoding="utf-8")
    result = load_corpus(tmp_path, pdf_memory_bytes=100 * 1024 * 1024)
    assert result.files == ("ok.txt",)
    assert result.skipped[0].source == "bomb.pdf"
    assert result.skipped[0].reason.startswith("PDF parsing exceeded the memory limit (100 MB); ")


def test_loading_from_a_thread(tmp_path):
    (tmp_path / "report-sample.pdf").write_bytes(FIXTURE_PDF.read_bytes())
    out: list[CorpusPages] = []
    worker = threading.Thread(target=lambda: out.append(load_corpus(tmp_path)))
    worker.start()
    worker.join(30)
    assert out and len(out[0].pages) == 3


# --- fatal problems -----------------------------------------------------------------------


def test_missing_corpus_folder(tmp_path):
    with pytest.raises(CorpusError, match=r"does not exist: pass --corpus PATH or copy the report into corpus/"):
        load_corpus(tmp_path / "nope")


def test_corpus_path_is_a_file(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match="is not a folder"):
        load_corpus(tmp_path / "a.txt")


@pytest.mark.parametrize("files", [{}, {"data.tsv": b"a\tb\n"}, {"a.docx": b"PK", "b.txt": b"\xff\xfe\x00"}])
def test_no_usable_file_is_fatal(tmp_path, files):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with pytest.raises(CorpusError) as info:
        load_corpus(tmp_path)
    message = str(info.value)
    assert "\n" not in message
    assert "has no readable .txt, .md or .pdf file: copy the report into it or pass --corpus PATH" in message
    if "a.docx" in files:
        assert "skipped a.docx: unsupported file type '.docx'" in message and "(and 1 more)" in message


def test_product_data_beside_the_documents_is_not_read_as_a_document(tmp_path):
    """corpus/en/*.jsonl holds the English rendering: reading it as text would index the report twice."""
    (tmp_path / "rapor.txt").write_text("Küme raporu metni.\n", encoding="utf-8")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "01-front.jsonl").write_text('{"key": "x", "tr": "a", "en": "b"}\n', encoding="utf-8")
    loaded = load_corpus(tmp_path)
    assert loaded.files == ("rapor.txt",)
