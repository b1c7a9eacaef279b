"""Turkish-aware text normalisation shared by indexing and querying.

One function serves both sides so a document and a question about it always
meet in the same form. Python's own `str.lower()` is wrong for Turkish
("İ".lower() is "i̇", two code points; "I".lower() is "i", not "ı"), so the
dotted/dotless pairs are mapped before lowercasing.
"""
from __future__ import annotations

import re
import unicodedata

_TR_UPPER_TO_LOWER = str.maketrans({"İ": "i", "I": "ı"})
_ASCII_FOLD = str.maketrans(
    {"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u"}
)
# A word broken at a line end ("ar-\nge", "Telekomünikas\nyon" is not detectable).
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_APOSTROPHES = re.compile(r"[’‘`´]")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[0-9a-zçğıöşüâîû]+(?:[.\-/][0-9a-zçğıöşüâîû]+)*")


def lower_tr(text: str) -> str:
    """Lowercase with Turkish rules (İ→i, I→ı), in NFC."""
    return unicodedata.normalize("NFC", text).translate(_TR_UPPER_TO_LOWER).lower()


def normalize_tr(text: str) -> str:
    """Canonical form for matching: NFC, Turkish lowercase, words re-joined, one space.

    Apostrophes become plain ASCII ones so "Türkiye’nin" and "Türkiye'nin" match.
    """
    text = unicodedata.normalize("NFC", text)
    text = _HYPHEN_BREAK.sub(r"\1-\2", text)
    text = _APOSTROPHES.sub("'", text)
    text = lower_tr(text)
    # Drop control and private-use characters (extraction artefacts).
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Co", "Cf") or ch in "\n\t")
    # Removing a joiner can bring a letter and its combining mark together: compose again.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold_ascii(text: str) -> str:
    """normalize_tr, then Turkish letters folded to ASCII ("küme desteği" → "kume destegi")."""
    folded = normalize_tr(text).translate(_ASCII_FOLD)
    # "ü" + a stray combining diaeresis folds to "u" + mark, which composes to "ü" again: repeat.
    while True:
        again = unicodedata.normalize("NFC", folded).translate(_ASCII_FOLD)
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
