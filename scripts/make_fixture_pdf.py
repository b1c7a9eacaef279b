"""Generate tests/data/report-sample.pdf: three real report pages as a small text PDF.

The tests need a PDF with Turkish letters in an embedded Unicode font to prove
extraction keeps "İ ş ğ ı" intact; the real report is only available as text
here, so a few of its pages are typeset one report page per PDF page. The
output is committed, so CI needs neither this script nor the font.

Usage: python scripts/make_fixture_pdf.py [--font PATH.ttf] [--out PATH]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.sources import split_text_pages  # noqa: E402

REPORT = ROOT / "corpus" / "kumeler-icin-ortak-rekabet-alanlari-stratejisi-raporu.txt"
OUT = ROOT / "tests" / "data" / "report-sample.pdf"
# Report pages (physical index in the text) → PDF pages 1, 2, 3:
# Önsöz, the UR-GE support page ("% 75’i proje bazında 400.000 USD’a"), Sonuç ve Öneriler.
REPORT_PAGES = (2, 12, 56)
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)


def find_font() -> Path:
    """A TTF that has Turkish letters: DejaVu Sans if present, else ask fontconfig."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    try:
        out = subprocess.run(
            ["fc-list", ":lang=tr:fontformat=TrueType", "file"], capture_output=True, text=True, check=False
        ).stdout
    except FileNotFoundError:
        out = ""
    for line in sorted(out.splitlines()):
        path = line.split(":")[0].strip()
        if path.lower().endswith(".ttf"):
            return Path(path)
    sys.exit("no Unicode TTF font found: apt-get install -y fonts-dejavu-core, or pass --font PATH.ttf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    from fpdf import FPDF

    font = args.font or find_font()
    pages = {p.number: p for p in split_text_pages(REPORT.read_text(encoding="utf-8"), REPORT.name)}

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))  # reproducible bytes
    pdf.set_auto_page_break(False)
    pdf.add_font("report", fname=str(font))
    pdf.set_font("report", size=8)
    for number in REPORT_PAGES:
        pdf.add_page()
        for line in pages[number].text.splitlines():
            line = line.replace("\uf076", "").strip()  # private-use bullet glyph: not in the font
            if line:
                pdf.multi_cell(w=0, h=4.2, text=line, new_x="LMARGIN", new_y="NEXT")
        if pdf.get_y() > pdf.h - pdf.b_margin:
            sys.exit(f"report page {number} does not fit on one PDF page; use a smaller font size")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(args.out))
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({len(REPORT_PAGES)} pages = report pages {REPORT_PAGES}, {size // 1024} KB, font {font})")


if __name__ == "__main__":
    main()
