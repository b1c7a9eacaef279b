"""The first definitions of code that was later made faster, kept as references.

Why: a speed-up must not change a result. tests/core/test_normalize.py compares the fast `normalize_tr`/
`fold_ascii` with these on varied and random text, and scripts/bench_startup.py times them side by side
and checks the outputs equal. One copy, so the test and the bench compare against the same definition.
"""
from __future__ import annotations

import math
import re
import unicodedata

OLD_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
OLD_APOSTROPHES = re.compile(r"[’‘`´]")
OLD_SPACES = re.compile(r"\s+")
OLD_TR_LOWER = str.maketrans({"İ": "i", "I": "ı"})
OLD_FOLD = str.maketrans({"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u"})


def old_normalize_tr(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = OLD_HYPHEN_BREAK.sub(r"\1-\2", text)
    text = OLD_APOSTROPHES.sub("'", text)
    text = unicodedata.normalize("NFC", text).translate(OLD_TR_LOWER).lower()
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Co", "Cf") or ch in "\n\t")
    return OLD_SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def old_fold_ascii(text: str) -> str:
    folded = old_normalize_tr(text).translate(OLD_FOLD)
    while True:
        again = unicodedata.normalize("NFC", folded).translate(OLD_FOLD)
        if again == folded:
            return folded
        folded = again


def old_postings(counts, lengths, k1: float = 1.2, b: float = 0.75):
    """BM25Index.__init__'s per-term build (after the analyzer), as it was."""
    import numpy as np

    avgdl = float(lengths.mean()) if len(lengths) and lengths.mean() > 0 else 1.0
    norm = k1 * (1.0 - b + b * lengths / avgdl)
    by_term: dict[str, tuple[list[int], list[int]]] = {}
    for i, counter in enumerate(counts):
        for term, tf in counter.items():
            docs, tfs = by_term.setdefault(term, ([], []))
            docs.append(i)
            tfs.append(tf)
    n = len(counts)
    out = {}
    for term, (docs, tfs) in by_term.items():
        d = np.asarray(docs, dtype=np.int32)
        tf = np.asarray(tfs, dtype=np.float64)
        w = math.log(1.0 + (n - len(docs) + 0.5) / (len(docs) + 0.5)) * tf * (k1 + 1.0) / (tf + norm[d])
        out[term] = (d, w)
    return out
