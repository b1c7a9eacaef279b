"""English -> Turkish query expansion from corpus/glossary.tsv, for the LEXICAL side only.

The report is Turkish; half of the questions are English. The dense model is
multilingual and bridges the languages itself, but BM25 cannot match
"buying mission" to "alım heyeti". Appending the report's Turkish terms for
the English words and phrases found in the question gives BM25 something to
match. The dense side keeps the question as typed: e5 embeds it best.

Matching is on folded tokens (core.normalize.tokenize_tr), leftmost-longest
first, so "development agency" wins over "agency" and a word is used by one
entry only. English plurals are reduced by a tiny rule (agencies -> agency,
clusters -> cluster) on both sides, so the TSV needs only one form.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, NamedTuple

from core.normalize import normalize_tr, tokenize_tr

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "corpus" / "glossary.tsv"


class Expansion(NamedTuple):
    text: str               # the question with the Turkish terms appended
    terms: tuple[str, ...]  # the Turkish terms added (empty: nothing matched)
    matched: tuple[str, ...]  # the English keys that matched, in question order


def singular(token: str) -> str:
    """Crude English singular, enough for glossary keys: agencies->agency, clusters->cluster, classes->class."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def key_tokens(text: str) -> tuple[str, ...]:
    return tuple(singular(t) for t in tokenize_tr(text.replace("-", " ")))


@dataclass(frozen=True)
class Glossary:
    """English key (singular folded tokens) -> Turkish terms."""

    entries: Mapping[tuple[str, ...], tuple[str, ...]]

    @classmethod
    def from_pairs(cls, pairs) -> "Glossary":
        entries: dict[tuple[str, ...], list[str]] = {}
        for en, tr in pairs:
            key = key_tokens(en)
            tr = normalize_tr(tr)
            if key and tr and tr not in entries.setdefault(key, []):
                entries[key].append(tr)
        return cls({k: tuple(v) for k, v in entries.items()})

    @classmethod
    def load(cls, path: Path | str = DEFAULT_PATH) -> "Glossary":
        """Read the TSV (header `en<TAB>tr`, `#` comments). A missing file is an error the message explains."""
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise FileNotFoundError(f"glossary {path} cannot be read ({exc}); restore corpus/glossary.tsv") from exc
        rows = csv.DictReader((line for line in lines if line.strip() and not line.startswith("#")),
                              delimiter="\t")
        if rows.fieldnames is None or not {"en", "tr"} <= set(rows.fieldnames):
            raise ValueError(f"glossary {path}: the header must be 'en<TAB>tr'")
        return cls.from_pairs((row["en"] or "", row["tr"] or "") for row in rows)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def words(self) -> frozenset[str]:
        """Every English word of the glossary's keys (singular, folded)."""
        return frozenset(word for key in self.entries for word in key)

    @property
    def longest(self) -> int:
        return max((len(k) for k in self.entries), default=0)

    def expand(self, question: str) -> Expansion:
        tokens = key_tokens(question)
        terms: list[str] = []
        matched: list[str] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                key = tokens[i:i + n]
                if key in self.entries:
                    matched.append(" ".join(key))
                    terms.extend(t for t in self.entries[key] if t not in terms)
                    i += n
                    break
            else:
                i += 1
        text = question if not terms else f"{question} {' '.join(terms)}"
        return Expansion(text, tuple(terms), tuple(matched))


def load_glossary(corpus_dir: Path | str | None = None) -> Glossary | None:
    """`<corpus_dir>/glossary.tsv` if there is one, else the shipped corpus/glossary.tsv, else None.

    None means no expansion; the fusion guard then gives unexpanded English
    questions plain (not double) lexical weight, so retrieval still works.
    """
    for path in ([Path(corpus_dir) / "glossary.tsv"] if corpus_dir else []) + [DEFAULT_PATH]:
        if path.is_file():
            return Glossary.load(path)
    return None


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return Glossary.load(DEFAULT_PATH)


def expand_query(question: str, glossary: Glossary | None = None) -> str:
    """The question plus the Turkish terms of the English words/phrases in it (lexical side only)."""
    return (glossary or default_glossary()).expand(question).text
