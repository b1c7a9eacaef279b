"""Everything the assistant knows besides the vectors, loaded once when it opens.

The structured parts (inventory rows, URGE lines, action applicability) are
rebuilt from the store's own chunks, so the answers and the citations can
never come from two different versions of the corpus; only the hand-correctable
applicability table and the BROP table are read from the corpus folder.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from pathlib import Path

from ingest.applicability import Applicability, read_tsv
from ingest.inventory import BropTable
from core.normalize import tokenize_tr
from core.records import ClusterRecord
from core.normalize import english_stem, fold_ascii
from core.inventory_text import row_renderings
from core.rendering import Rendering
from core.wordlists import english_names, english_words
from ingest.urge_lines import UrgeFacts

from assistant.refusal.answerability import Answerability
from assistant.retrieval.corpus_index import CorpusIndex
from assistant.question.glossary import Glossary, load_glossary
from assistant.structured.agencies import AgencyTable
from assistant.structured.inventory import rows_from_chunks
from assistant.structured.inventory_aggregate import english_labels
from assistant.structured.inventory_names import english_glosses
from assistant.refusal.scope import ScopeVocabulary
from assistant.structured.records import tables_from_chunks
from assistant.structured.urge import facts_from_chunks
from ingest.tables import ReportTables

REPO_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@dataclass(frozen=True)
class Knowledge:
    index: CorpusIndex
    rows: tuple[ClusterRecord, ...]
    urge: UrgeFacts | None
    applicability: tuple[Applicability, ...]
    brop: BropTable
    scope: ScopeVocabulary
    aliases: dict[str, str]
    answerability: Answerability
    glossary: Glossary | None = None                  # also the retriever's: read once
    inventory_words: frozenset[str] = frozenset()     # folded words of the rows as printed, and their sectors
    inventory_prefixes: frozenset[str] = frozenset()  # their first five letters
    rendering: Rendering = field(default_factory=lambda: Rendering({}))  # the unofficial English rendering
    # what English answers quote: the rendering plus the inventory rows' English generated from their records
    # (core.inventory_text). Kept apart from `rendering`, which retrieval's English view and the vocabularies
    # read: English views of 356 table rows outranked prose in English retrieval on the tuning sets.
    quotes: Rendering = field(default_factory=lambda: Rendering({}))
    agencies: AgencyTable = field(default_factory=lambda: AgencyTable(()))  # who serves which province (outside)
    english_vocabulary: frozenset[str] = frozenset()  # stems of the words of that rendering (english_stem)
    tables: ReportTables | None = None  # Tablo 1, Tablo 2, URGE support lines (calculator), rebuilt from the chunks

    @classmethod
    def build(cls, index: CorpusIndex, corpus_dir: Path | None = None) -> "Knowledge":
        corpus_dir = Path(corpus_dir) if corpus_dir else REPO_CORPUS
        table_path = _first_existing("action-applicability.tsv", corpus_dir)
        glossary = load_glossary(corpus_dir)
        brop_dir = corpus_dir if (corpus_dir / "brop-provinces.tsv").exists() else REPO_CORPUS
        rows = rows_from_chunks(index.chunks)
        inventory_words = frozenset(w for r in rows for w in tokenize_tr(f"{r.printed} {r.province} {r.sector}"))
        en_dir = corpus_dir / "en" if (corpus_dir / "en").is_dir() else REPO_CORPUS / "en"
        rendering = Rendering.load(en_dir)
        words_en = _rendering_words(rendering)  # each line folded once, each distinct word stemmed once
        english_vocabulary = frozenset(english_stem(w) for w in words_en)
        return cls(
            index=index,
            rows=rows,
            urge=facts_from_chunks(index.chunks),
            applicability=tuple(read_tsv(table_path)) if table_path else (),
            brop=BropTable.from_corpus(brop_dir),
            scope=ScopeVocabulary.from_texts(c.text for c in index.chunks),
            aliases={alias: sid for sid, info in index.sections.items() for alias in info.aliases},
            answerability=Answerability.build(
                ((sid, f"{info.path}\n{info.title}\n{index.section_text(sid)}") for sid, info in index.sections.items()),
                # the English rendering's own terms are the report's too ("co-opetition"); its everyday words
                # are not evidence that a name phrase is the report's ("Basque Country", "Supercluster Initiative")
                known_words=[*(glossary.words if glossary else ()), *_rendering_terms(rendering, words_en)],
                english_text="\n".join(r.en for r in rendering.by_key.values())),
            glossary=glossary,
            inventory_words=inventory_words,
            inventory_prefixes=frozenset(w[:5] for w in inventory_words),
            rendering=rendering,
            agencies=AgencyTable.from_corpus(corpus_dir),
            quotes=rendering.with_texts(row_renderings(rows, english_labels(en_dir / "sectors.tsv"),
                                                       english_glosses(en_dir / "inventory.tsv"))),
            english_vocabulary=english_vocabulary,
            tables=tables_from_chunks(index.chunks),
        )


def _rendering_words(rendering: Rendering) -> frozenset[str]:
    """The words of the rendering longer than two letters, folded."""
    return frozenset(w for r in rendering.by_key.values() for w in re.findall(r"[a-z]+", fold_ascii(r.en))
                     if len(w) > 2)


def _rendering_terms(rendering: Rendering, words: frozenset[str] | None = None) -> frozenset[str]:
    """The rendering's words that are not everyday English; `words`: its `_rendering_words`, if known."""
    everyday = english_words() - english_names()  # "Asia" and "European" are frequent, yet names the report uses
    return frozenset(w for w in (_rendering_words(rendering) if words is None else words) if w not in everyday)


def _first_existing(name: str, corpus_dir: Path) -> Path | None:
    for path in (corpus_dir / name, REPO_CORPUS / name):
        if path.is_file():
            return path
    return None
