"""Sentences of a section, with offsets and a content key.

Sentence level is where evidence lives: an answer quotes the one to three
sentences that hold the asked fact, a citation highlights one sentence in
its section, and the English rendering (corpus/en/) is aligned to the
Turkish text one sentence at a time. All three need the same boundaries,
so they are drawn here, once, by a pure function.

The key is a hash of the sentence's text with white space folded: a
rendering keyed to it goes stale exactly when the Turkish sentence changes.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Iterator

# Abbreviations after which a full stop does not end a sentence (folded to lower case, without the dot).
ABBREVIATIONS = frozenset({
    "vb", "vs", "vd", "bkz", "örn", "ör", "no", "dr", "prof", "doç", "yrd", "sn", "st", "mr", "ms", "inc", "ltd",
    "şti", "a.ş", "tic", "san", "e.g", "i.e", "etc", "ca", "vol", "fig", "s", "sf", "md", "mad", "yy", "bşk", "gn",
    "müd", "ort", "yak", "min", "maks", "tel", "faks",
})
# A full stop, "?" or "!" (optionally closing quotes/brackets), white space, then something that opens a sentence.
_BOUNDARY = re.compile(r"(?<=[.?!…])[\"'’”»)]*\s+(?=[\"'‘“«(]?[A-ZÇĞİÖŞÜ0-9•\-–])")
# Lines that are items of a list stand alone even without a full stop.
_ITEM = re.compile(r"\n(?=\s*(?:[•\-–▪●◦]|\d{1,2}[.)]\s|[a-zçğıöşü][.)]\s))")
_SPACE = re.compile(r"\s+")
_CODE_TAIL = re.compile(r"(?:^|\.)(?:ORA|AA|T|E)\d+$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of one section; `start`/`end` are offsets into the section's text."""

    section_id: str
    index: int  # position in the section, from 0
    text: str
    start: int
    end: int
    page: int | None = None

    @property
    def key(self) -> str:
        return sentence_key(self.text)


def sentence_key(text: str) -> str:
    """Content key of a sentence: 12 hex digits of the SHA-1 of its white-space-folded text."""
    return hashlib.sha1(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()[:12]


def _ends_in_abbreviation(chunk: str) -> bool:
    tail = chunk.rstrip()
    if not tail.endswith("."):
        return False
    word = re.search(r"([\wçğıöşüÇĞİÖŞÜ.]+)\.$", tail)
    if not word:
        return False
    raw = word.group(1)
    token = raw.lower()
    # a single capital letter with a dot ("A. Smith"), a number ("2.") or an action-plan code printed with a
    # dot before its title ("ORA1.AA5.T1.E2. Ortak ...", "Tablo 1 - ORA1.") does not end a sentence either
    return (token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or token.isdigit()
            or bool(_CODE_TAIL.search(raw)))


def spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`: boundaries after . ? ! and before list items."""
    cuts = sorted({m.end() for m in _BOUNDARY.finditer(text)} | {m.end() for m in _ITEM.finditer(text)}
                  | {m.end() for m in re.finditer(r"\n\s*\n", text)})
    start = 0
    for cut in cuts + [len(text)]:
        if cut < len(text) and _ends_in_abbreviation(text[start:cut]) and not text[start:cut].endswith("\n"):
            continue
        piece = text[start:cut]
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        if stripped:
            yield start + lead, start + lead + len(stripped)
        start = cut


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in spans(text)]


def section_sentences(section) -> list[Sentence]:
    """The sentences of a `core.records.Section`, each with the page of the paragraph it starts in."""
    out: list[Sentence] = []
    offset = 0
    for paragraph in section.paragraphs:
        for a, b in spans(paragraph.text):
            out.append(Sentence(section.section_id, len(out), paragraph.text[a:b], offset + a, offset + b,
                                paragraph.page))
        offset += len(paragraph.text) + 2  # Section.text joins paragraphs with a blank line
    return out
