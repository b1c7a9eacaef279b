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

Rows whose third column is `everyday` are **bridges**: an everyday English word ("wrote", "hire", "draft")
for a term the report prints ("Hazırlayanlar", "istihdam", "taslak"). They expand a question like any row,
but they are no evidence that a question is about the report: `entries` and `words`, which the refusal
stage reads as the report's vocabulary, hold the domain terms only ("Who wrote Hamlet?" stays general
knowledge), and `expand` consults `bridges` after them.

The bridges were chosen from English questions of the tuning sets whose words neither the glossary nor
the English rendering has ("authors", "parliament", "funding sources", "hiring", "draft"). Measured
2026-12-02 on those sets' English questions outside EK 2 (211, retrieval only, section hit@5 / MRR@10):
.900/.762 -> .934/.776; whole answers (`kume eval`): realistic2 dev hit@5 .93 -> .96 and facts .76 -> .78,
probe-refusal .84 -> .87, probe3 dev .87 -> .89, no set lower. As domain rows they cost two probe3
refusals ("Who wrote Hamlet?", "Which accountant should our association hire?"): hence bridges.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Mapping, NamedTuple

from core.normalize import normalize_tr, tokenize_tr

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "corpus" / "glossary.tsv"
EVERYDAY = "everyday"  # the `kind` column of a bridge row


def _mapping(pairs) -> dict[tuple[str, ...], tuple[str, ...]]:
    """English key (singular folded tokens) -> its Turkish terms, first-seen order, no repeats."""
    out: dict[tuple[str, ...], list[str]] = {}
    for en, tr in pairs:
        key = key_tokens(en)
        tr = normalize_tr(tr)
        if key and tr and tr not in out.setdefault(key, []):
            out[key].append(tr)
    return {k: tuple(v) for k, v in out.items() if v}


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
    bridges: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # everyday words: see above

    @classmethod
    def from_pairs(cls, pairs, everyday=()) -> "Glossary":
        """`pairs` are (English, Turkish) domain terms, `everyday` (English, Turkish) bridges."""
        return cls(_mapping(pairs), _mapping(everyday))

    @classmethod
    def load(cls, path: Path | str = DEFAULT_PATH) -> "Glossary":
        """Read the TSV (header `en<TAB>tr<TAB>kind`, kind empty or `everyday`; `#` comments). A missing file is an error the message explains."""
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise FileNotFoundError(f"glossary {path} cannot be read ({exc}); restore corpus/glossary.tsv") from exc
        rows = csv.DictReader((line for line in lines if line.strip() and not line.startswith("#")),
                              delimiter="\t")
        if rows.fieldnames is None or not {"en", "tr"} <= set(rows.fieldnames):
            raise ValueError(f"glossary {path}: the header must be 'en<TAB>tr'")
        terms: list[tuple[str, str]] = []
        everyday: list[tuple[str, str]] = []
        for row in rows:
            bridge = (row.get("kind") or "").strip() == EVERYDAY
            (everyday if bridge else terms).append((row["en"] or "", row["tr"] or ""))
        return cls.from_pairs(terms, everyday)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def words(self) -> frozenset[str]:
        """Every English word of the glossary's keys (singular, folded)."""
        return frozenset(word for key in self.entries for word in key)

    @property
    def longest(self) -> int:
        return max((len(k) for k in (*self.entries, *self.bridges)), default=0)

    def _terms(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        return self.entries.get(key) or self.bridges.get(key)

    @cached_property
    def _keys_of(self) -> dict[str, tuple[str, ...]]:
        """Turkish term -> every English key (domain rows, then bridges) that expands to it."""
        out: dict[str, list[str]] = {}
        for source in (self.entries, self.bridges):
            for key, terms in source.items():
                for term in terms:
                    if " ".join(key) not in out.setdefault(term, []):
                        out[term].append(" ".join(key))
        return {term: tuple(keys) for term, keys in out.items()}

    def synonyms(self, expansion: Expansion) -> tuple[str, ...]:
        """The other English keys of the Turkish terms an expansion added: rows sharing a Turkish side are
        English synonyms ("phone" and "telephone" -> "telefon", "hire" and "employment" -> "istihdam").

        Why: the English view (BM25 over the rendering) matches words, and the rendering uses one of them
        ("Telephone:", "Employment Programme") where a question says another; the Turkish side is the
        glossary's pivot between them."""
        out: list[str] = []
        for term in expansion.terms:
            for key in self._keys_of.get(term, ()):
                if key not in expansion.matched and key not in out:
                    out.append(key)
        return tuple(out)

    def expand(self, question: str) -> Expansion:
        tokens = key_tokens(question)
        terms: list[str] = []
        matched: list[str] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                key = tokens[i:i + n]
                found = self._terms(key)
                if found:
                    matched.append(" ".join(key))
                    terms.extend(t for t in found if t not in terms)
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
