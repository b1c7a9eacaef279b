"""Turkish-aware text normalisation shared by indexing and querying.

One function serves both sides so a document and a question about it always
meet in the same form. Python's own `str.lower()` is wrong for Turkish
("İ".lower() is "i̇", two code points; "I".lower() is "i", not "ı"), so the
dotted/dotless pairs are mapped before lowercasing.
"""
from __future__ import annotations

import re
import sys
import unicodedata

_TR_UPPER_TO_LOWER = str.maketrans({"İ": "i", "I": "ı"})
_ASCII_FOLD_PAIRS = (("ç", "c"), ("ğ", "g"), ("ı", "i"), ("ö", "o"), ("ş", "s"), ("ü", "u"), ("â", "a"), ("î", "i"),
                     ("û", "u"))
_ASCII_FOLD = str.maketrans(dict(_ASCII_FOLD_PAIRS))  # the table; `fold_letters` applies it faster
# A word broken at a line end ("ar-\nge", "Telekomünikas\nyon" is not detectable).
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_APOSTROPHES = re.compile(r"[’‘`´]")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[0-9a-zçğıöşüâîû]+(?:[.\-/][0-9a-zçğıöşüâîû]+)*")


def fold_letters(text: str) -> str:
    """`text.translate(_ASCII_FOLD)`, 20x faster on Turkish text: str.translate looks up a dict per character
    once the text is not ASCII, str.replace runs in C; each replacement is ASCII, so the order does not matter."""
    if text.isascii():
        return text
    for letter, ascii_letter in _ASCII_FOLD_PAIRS:
        text = text.replace(letter, ascii_letter)
    return text


def lower_tr(text: str) -> str:
    """Lowercase with Turkish rules (İ→i, I→ı), in NFC."""
    # = .translate(_TR_UPPER_TO_LOWER): "i" is not "I", so the two replacements never meet
    return unicodedata.normalize("NFC", text).replace("İ", "i").replace("I", "ı").lower()


# The characters normalize_tr drops: categories Cc, Co and Cf except "\n" and "\t" (PDF extraction artefacts),
# as (first, last) code points for the Unicode version of the table; another Python's unicodedata gets its
# own table by a scan of every code point (0.1 s, once). tests/core/test_normalize.py checks the table.
_DROPPED_CATEGORIES = ("Cc", "Co", "Cf")
_DROPPED_UNIDATA = "14.0.0"
_DROPPED_RANGES = (
    (0x0, 0x8), (0xB, 0x1F), (0x7F, 0x9F), (0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD),
    (0x70F, 0x70F), (0x890, 0x891), (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xE000, 0xF8FF), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD),
)


def dropped(ch: str) -> bool:
    """The definition: a control, private-use or format character other than a newline or a tab."""
    return unicodedata.category(ch) in _DROPPED_CATEGORIES and ch not in "\n\t"


def dropped_ranges() -> tuple[tuple[int, int], ...]:
    """Every code point `dropped` holds for, as (first, last) runs: the scan `_DROPPED_RANGES` was made by."""
    runs: list[tuple[int, int]] = []
    for cp in range(sys.maxunicode + 1):
        if dropped(chr(cp)):
            if runs and runs[-1][1] == cp - 1:
                runs[-1] = (runs[-1][0], cp)
            else:
                runs.append((cp, cp))
    return tuple(runs)


def _class_of(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]+")


_DROPPED = _class_of(_DROPPED_RANGES if unicodedata.unidata_version == _DROPPED_UNIDATA else dropped_ranges())


def normalize_tr(text: str) -> str:
    """Canonical form for matching: NFC, Turkish lowercase, words re-joined, one space.

    Apostrophes become plain ASCII ones so "Türkiye’nin" and "Türkiye'nin" match.
    """
    text = unicodedata.normalize("NFC", text)
    if "\n" in text:  # the pattern needs one
        text = _HYPHEN_BREAK.sub(r"\1-\2", text)
    text = text.replace("`", "'")  # = _APOSTROPHES.sub("'", text), in C
    if not text.isascii():
        text = text.replace("’", "'").replace("‘", "'").replace("´", "'")
    text = lower_tr(text)
    # Drop control and private-use characters (extraction artefacts): every character `dropped` holds for.
    text = _DROPPED.sub("", text)
    # Removing a joiner can bring a letter and its combining mark together: compose again.
    # = _SPACES.sub(" ", ...).strip(): re's \s, str.split() and str.strip() all take str.isspace's characters
    return " ".join(unicodedata.normalize("NFC", text).split())


def fold_ascii(text: str) -> str:
    """normalize_tr, then Turkish letters folded to ASCII ("küme desteği" → "kume destegi")."""
    folded = fold_letters(normalize_tr(text))
    # "ü" + a stray combining diaeresis folds to "u" + mark, which composes to "ü" again: repeat.
    while True:
        again = fold_letters(unicodedata.normalize("NFC", folded))
        if again == folded:
            return folded
        folded = again


def tokenize_tr(text: str, *, fold: bool = True) -> list[str]:
    """Word tokens of the normalised text; codes like "ora1.aa1.t1" stay whole."""
    norm = fold_ascii(text) if fold else normalize_tr(text)
    return _TOKEN.findall(norm)


def tokenize_folded(folded: str) -> list[str]:
    """tokenize_tr for text that is fold_ascii's output already (folding the whole corpus twice is slow)."""
    return _TOKEN.findall(folded)


def slugify(text: str) -> str:
    """ASCII slug for ids built from titles."""
    return "-".join(tokenize_tr(text.replace(".", " ").replace("/", " ")))


def english_stem(word: str) -> str:
    """A crude English stem for matching words of a question to words of the English rendering.

    Inflection only ("clusters", "exporting", "exported", "agencies" -> "cluster", "export", "export",
    "agenci"); both sides are stemmed the same way, so the stem need not be a word.
    """
    w = word.lower()
    for suffix, keep in (("ies", "i"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + keep
            break
    if w.endswith("y") and len(w) > 3:
        return w[:-1] + "i"
    return w[:-1] if w.endswith("e") and len(w) > 4 else w
