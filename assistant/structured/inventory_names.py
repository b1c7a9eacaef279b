"""Clusters asked for by a word of their name: Turkish stems with suffixes, English through the glosses.

"Fındıkla ilgili kümeler", "Seramikçilerin kümesi", "Which clusters make knives?" name no province, stage
or sector: the only filter is a word of the cluster's name, typed with Turkish suffixes or in English.
A question word matches a row when
- Turkish: both it and a word of the row's name are one stem (4+ letters, or a 3-letter row word
  itself, "çay") followed only by suffixes (core.lexicon.suffix_chain): fındık+la ~ fındık,
  kuyumcu+lar+la ~ kuyumcu+luk; a final k/p/t of the row word may soften (fındığı ~ fındık); and a long stem
  of it (inventory_stems.derived_stem, 5+ letters as in inventory._name_hit) is found inside row words, so
  derived and compound name words count: kimya+cı+lar+la → "Kimyasal", "Kimyasalları"; termal → "JeoTermal";
- English: its crude stem (core.normalize.english_stem) is a stem of a word of the row's English gloss
  (corpus/en/inventory.tsv), or its glossary translation matches the Turkish name as above.
When no row holds every name word, the words that are not everyday words decide ("Which clusters grow
peanuts?": peanuts, not grow). Only words no slot explains are tried (assistant.question.analysis.topic_words), plus the product words
of a sector (core.lexicon.SECTOR_PRODUCT_WORDS: "hazelnut" narrows to the rows holding it; "food" still
means the whole sector). Framing words ("Sektörü", "Kümesi") are never tried; a word no row holds is not a
filter at all, so it never turns a question into an inventory question. A word that is also one of the report's
own topics — found in TOPIC_SECTIONS or more sections outside the annexes, as "finance" is (İstanbul Finans
Merkezi is a row, and finance sources are a subject of section 4) — names a cluster only where the question uses
it as a name: before a cluster word ("finans kümesi", "Finans Merkezi Kümesi") or beside a rarer word of the
same row's name.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

from core.lexicon import FRAME_STEMS, SECTOR_PRODUCT_WORDS, SECTOR_WORDS, suffix_chain
from core.normalize import english_stem, fold_ascii, tokenize_tr
from core.records import ClusterRecord
from core.wordlists import frequent_words

from assistant.question.analysis import topic_words
from assistant.question.slots import keyword_at
from assistant.structured.inventory_stems import derived_stem, inside, turkish_match

__all__ = ["NameIndex", "NameLookup", "english_glosses", "label_sectors", "lookup_names", "name_index",
           "narrative_index", "product_words", "turkish_match"]

EN_DIR = Path(__file__).resolve().parents[2] / "corpus" / "en"
EVERYDAY = 3000  # a word among the most frequent of its language is weaker evidence than a rare one
TOPIC_SECTIONS = 3  # a word in this many of the report's sections (annexes aside) is a topic, not only a name


@lru_cache(maxsize=4)
def english_glosses(path: Path = EN_DIR / "inventory.tsv") -> Mapping[int, str]:
    """Inventory number → unofficial English gloss of the name; {} when the file is missing."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    rows = csv.DictReader((ln for ln in lines if ln.strip() and not ln.startswith("#")), delimiter="\t")
    return {int(r["number"]): r["english"] for r in rows if (r.get("number") or "").isdigit()}


def _en_stems(word: str) -> set[str]:
    """"knives" and "knife" meet: english_stem, and a final v read as f."""
    stem = english_stem(word)
    return {stem, stem[:-1] + "f"} if stem.endswith("v") else {stem}


@dataclass(frozen=True)
class NameIndex:
    """The words of every row's name (folded Turkish) and of its English gloss (stems)."""

    turkish: Mapping[int, tuple[str, ...]]
    english: Mapping[int, frozenset[str]]
    printed: Mapping[int, tuple[str, ...]] = field(default_factory=dict)      # name words as printed
    gloss_words: Mapping[int, tuple[str, ...]] = field(default_factory=dict)  # gloss words as written
    derived: bool = True  # inventory_stems.derived_stem: a long stem also inside row words ("kimya" in "kimyasal")

    @classmethod
    def build(cls, rows: Iterable[ClusterRecord], glosses: Mapping[int, str], derived: bool = True) -> "NameIndex":
        rows = tuple(rows)
        turkish = {r.number: tuple(tokenize_tr(r.name)) for r in rows}
        english = {r.number: frozenset(s for w in tokenize_tr(glosses.get(r.number, "").replace("-", " "))
                                       for s in _en_stems(w)) for r in rows}
        printed = {r.number: tuple(re.findall(r"\w+", r.name)) for r in rows}
        gloss_words = {r.number: tuple(re.findall(r"[A-Za-z]+", glosses.get(r.number, ""))) for r in rows}
        return cls(turkish, english, printed, gloss_words, derived)

    @cached_property
    def _by_prefix(self) -> Mapping[str, tuple[tuple[int, str], ...]]:
        """(row, word) pairs by the word's first three letters. turkish_match needs a common start of three
        letters (a final soft consonant aside, which only a 3-letter word's third letter can be), so a word
        of another start is never a match: scanning all 356 rows' words per question word cost ~5 ms."""
        index: dict[str, list[tuple[int, str]]] = {}
        for n, ws in self.turkish.items():
            for w in ws:
                index.setdefault(w[:3] if len(w) > 3 else "", []).append((n, w))
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def _words(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for ws in self.turkish.values() for w in ws))

    def _turkish_rows(self, token: str) -> set[int]:
        candidates = self._by_prefix.get(token[:3], ()) + self._by_prefix.get("", ())
        hits = {n for n, w in candidates if turkish_match(token, w)}
        stem = derived_stem(token, self._words) if self.derived else None
        if stem is not None:
            hits |= {n for n, ws in self.turkish.items() if any(inside(stem, w) for w in ws)}
        return hits

    def rows_for(self, token: str, glossary=None) -> frozenset[int]:
        """Numbers of the rows whose name holds the question word (Turkish, English gloss, glossary)."""
        hits = self._turkish_rows(token)
        stems = _en_stems(token)
        hits |= {n for n, ws in self.english.items() if stems & ws}
        if glossary is not None:
            for term in glossary.entries.get((token[:-1] if token.endswith("s") else token,), ()):
                parts = tokenize_tr(term)
                if parts:
                    hits |= set.intersection(*(self._turkish_rows(p) for p in parts))
        return frozenset(hits)


@lru_cache(maxsize=8)
def name_index(rows: tuple[ClusterRecord, ...], gloss_path: Path = EN_DIR / "inventory.tsv") -> NameIndex:
    return NameIndex.build(rows, english_glosses(gloss_path))


@dataclass(frozen=True)
class NameLookup:
    """The name words of a question and the rows that hold them (all of them, else the most)."""

    words: tuple[str, ...]
    numbers: frozenset[int]
    shown: tuple[str, ...] = ()  # the name words as a matched row prints them ("Fındık", "Hazelnut")


def product_words(tokens: Iterable[str]) -> tuple[str, ...]:
    """The sector keywords of the question that name a product, not a sector group ("fındıkla" → findik)."""
    out = []
    for t in tokens:
        for w in SECTOR_PRODUCT_WORDS:
            if keyword_at(t, w):
                out.append(t)
                break
    return tuple(out)


def label_sectors(tokens: Iterable[str]) -> tuple[str, ...]:
    """Sectors the question names by a word other than a product word ("gıda", "textile")."""
    tokens = tuple(tokens)
    return tuple(s for s, kws in SECTOR_WORDS.items()
                 if any(keyword_at(t, kw) for t in tokens for kw in kws if kw not in SECTOR_PRODUCT_WORDS))


def _framed(token: str) -> bool:
    """A framing word with suffixes ("illerinde" = il+ler+in+de) names no cluster, whatever row holds "İlleri"."""
    return any(token.startswith(s) and suffix_chain(token[len(s):]) for s in FRAME_STEMS)


class _Section(NamedTuple):
    number: int  # what NameIndex.build reads of a row
    name: str    # the section's text


def narrative_index(sections: Mapping[str, str], english: Mapping[str, str]) -> NameIndex:
    """The words of the report's sections outside the annexes (EK 1, EK 2: the inventory itself), matched the
    way row names are (NameIndex, one "row" per section; `english` is each section's English rendering)."""
    ids = [sid for sid in sections if not sid.startswith("EK")]
    rows = [_Section(n, sections[sid]) for n, sid in enumerate(ids)]
    # a topic is a word the sections use, not one a longer word of theirs happens to contain
    return NameIndex.build(rows, {n: english.get(sid, "") for n, sid in enumerate(ids)}, derived=False)


def _cluster_word(token: str) -> bool:
    return token.startswith(("kume", "cluster")) and not token.startswith("kumelen")  # kümelenme: clustering


def _used_as_name(token: str, tokens: list[str], found: Mapping[str, frozenset[int]], rare: Iterable[str]) -> bool:
    """The question word stands before a cluster word, other words of the name between ("finans merkezi
    kümesi"), or a rarer question word holds a row with it."""
    for i, t in enumerate(tokens):
        if t == token:
            j = i + 1
            while j < len(tokens) and tokens[j] in found:
                j += 1
            if j < len(tokens) and _cluster_word(tokens[j]):
                return True
    return any(found[token] & found[r] for r in rare)


def lookup_names(text: str, index: NameIndex, glossary=None, topics: NameIndex | None = None,
                 within: frozenset[int] = frozenset()) -> NameLookup | None:
    """The rows named by words of `text`, or None when no word of it is a specific word of a name.

    `topics` (narrative_index) holds the report's own words: one of them is a name word only where the
    question uses it as one (_used_as_name), or where it names one of the rows `within` (those a follow-up
    is about: "Which one of those makes paper?" after the rows of Tekirdağ).
    """
    tokens = tokenize_tr(text.replace("-", " "))
    candidates = [t for t in dict.fromkeys(topic_words(tokens) + product_words(tokens)) if not _framed(t)]
    found: dict[str, frozenset[int]] = {}
    for token in candidates:
        hits = index.rows_for(token, glossary)
        if hits:
            found[token] = hits
    if topics is not None and found:
        common = {t for t in found if len(topics.rows_for(t, glossary)) >= TOPIC_SECTIONS}
        rare = [t for t in found if t not in common]
        found = {t: hits for t, hits in found.items()
                 if t not in common or hits & within or _used_as_name(t, tokens, found, rare)}
    if not found:
        return None
    every = frozenset.intersection(*found.values())
    if not every:  # no row holds them all: the rarer words decide ("grow peanuts": peanuts)
        everyday = frequent_words("en", EVERYDAY) | frequent_words("tr", EVERYDAY)
        rare = [hits for token, hits in found.items() if token not in everyday] or list(found.values())
        every = frozenset.intersection(*rare)
        if not every:
            counts: dict[int, int] = {}
            for hits in rare:
                for n in hits:
                    counts[n] = counts.get(n, 0) + 1
            top = max(counts.values())
            every = frozenset(n for n, c in counts.items() if c == top)
    return NameLookup(tuple(found), every, tuple(_shown(t, found[t] & every or found[t], index) for t in found))


def _shown(token: str, numbers: frozenset[int], index: NameIndex) -> str:
    """The word of the first matching row's name (or English gloss) that the question word matched."""
    number = min(numbers)
    stem = derived_stem(token, index.turkish.get(number, ())) if index.derived else None
    for word in index.printed.get(number, ()):
        if turkish_match(token, fold_ascii(word)) or stem is not None and inside(stem, fold_ascii(word)):
            return word
    for word in index.gloss_words.get(number, ()):
        if _en_stems(token) & _en_stems(word.lower()):
            return word
    return token
