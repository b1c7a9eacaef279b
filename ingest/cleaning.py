"""Removing extraction artefacts and reflowing hard-wrapped lines into paragraphs.

The report reached us through a PDF-to-text extraction: bullets became
private-use glyphs or stray letters ("v ", "§ "), figures left captions and
loose labels behind, page numbers float between paragraphs, and every line is
hard-wrapped (sometimes with a blank line in the middle of a sentence). The
parser works on `Line`s that went through `clean_line`, and `reflow` turns a
run of them into `Paragraph`s that keep the page they start on.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from core.records import Paragraph

BULLET = "• "
SUB_BULLET = "  ◦ "


class Line(NamedTuple):
    page: int
    text: str


_BULLET_PREFIX = re.compile(r"^(?:v|§|�)\s+(?=\S)")
_SUB_BULLET_PREFIX = re.compile(r"^o\s+(?=[A-ZÇĞİÖŞÜ])")
_ARROW_PREFIX = re.compile(r"^→\s*")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_CAPTION = re.compile(r"^\s*(?:Şekil|Grafik)\s+\d+\s*\.")
_SPACES = re.compile(r"[ \t]+")


def _strip_private_use(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Co", "Cc") or ch == "\t")


def clean_line(text: str) -> str:
    """One line without glyph junk; bullets become "• ", sub-bullets "  ◦ "."""
    text = unicodedata.normalize("NFC", text)
    starts_with_glyph = bool(re.match(r"^\s*[\uf000-\uf8ff]", text))
    text = _SPACES.sub(" ", _strip_private_use(text)).strip()
    text = text.replace(" § ", " • ")  # a table cell's bullet in mid-line
    if _SUB_BULLET_PREFIX.match(text):
        return SUB_BULLET + text[2:].strip()
    match = _BULLET_PREFIX.match(text) or _ARROW_PREFIX.match(text)
    if match:
        rest = text[match.end():]
        return BULLET + rest if rest else ""
    if starts_with_glyph and text:
        return BULLET + text
    return text


def is_noise(text: str) -> bool:
    """Lines that carry nothing: stray page numbers and captions of figures that are not there."""
    return bool(_PAGE_NUMBER.match(text) or _CAPTION.match(text))


def _is_bullet(text: str) -> bool:
    return text.startswith(("•", "  ◦", "◦")) or bool(re.match(r"^\d{1,2}\.\s+\S", text))


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if not line.text.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        if _is_bullet(line.text) and current:
            blocks.append(current)
            current = []
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _join(texts: list[str]) -> str:
    out = ""
    for t in texts:
        t = t.strip()
        if not out:
            out = t
        elif re.search(r"\w-$", out) and t[:1].isalpha():
            out += t  # "ar-" + "ge" → "ar-ge"; "deri-" + "ayakkabı"
        else:
            out += " " + t
    return out


def _is_debris(block: list[Line]) -> bool:
    """A figure's loose label: a few short lines with no sentence in them."""
    if len(block) > 3 or _is_bullet(block[0].text):
        return False
    return all(len(line.text) < 40 for line in block) and not re.search(r"[.:;,]\s*$", block[-1].text)


def reflow(lines: list[Line], *, drop_debris: bool = True) -> tuple[Paragraph, ...]:
    """Lines → paragraphs: wrapped lines joined, bullets kept one per paragraph.

    A block that starts in lower case continues the previous paragraph (a
    sentence cut by a page break or a stray blank line). Runs of four or more
    debris blocks (the text left over from a figure) are dropped.
    """
    # Forms and tables keep their bare numbers ("250" employees); prose drops stray page numbers.
    noise = is_noise if drop_debris else (lambda text: bool(_CAPTION.match(text)))
    kept = [line for line in lines if not noise(line.text)]
    blocks = _blocks(kept)
    if drop_debris:
        flags = [_is_debris(b) for b in blocks]
        keep = [True] * len(blocks)
        i = 0
        while i < len(blocks):
            j = i
            while j < len(blocks) and flags[j]:
                j += 1
            if j - i >= 4:
                for k in range(i, j):
                    keep[k] = False
            i = max(j, i + 1)
        blocks = [b for b, k in zip(blocks, keep) if k]
    paragraphs: list[Paragraph] = []
    for block in blocks:
        text = _join([line.text for line in block])
        starts_lower = text[:1].islower()
        if paragraphs and starts_lower:
            prev = paragraphs[-1]
            paragraphs[-1] = Paragraph(prev.page, _join([prev.text, text]))
        else:
            paragraphs.append(Paragraph(block[0].page, text))
    return tuple(p for p in paragraphs if p.text)
