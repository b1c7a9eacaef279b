"""Property tests: every text-facing function survives arbitrary input and keeps its promises.

Each target is a plain `check_*` function of one generated value plus the strategy that feeds it
(`TARGETS` at the bottom); the tests here run them derandomized with a bounded number of examples
(the whole file in well under a minute), and `scripts/fuzz_run.py` runs the very same checks with
random seeds for as long as it is given.

Known bugs are pinned by strict xfails with a concrete counterexample (`@example`), so they fail
deterministically until fixed; the passing properties around them are worded so they do not trip
over the same bug (each says how).
"""
from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.structured.codes import resolve_codes
from assistant.question.followup import is_followup, retrieval_text
from assistant.retrieval.corpus_index import CorpusIndex, IndexedChunk
from assistant.retrieval.dense import hit_from
from assistant.question.glossary import load_glossary
from assistant.retrieval.hybrid import HybridRetriever, matches
from assistant.question.slots import PROVINCES, SECTOR_WORDS, extract_slots, slots_for
from assistant.knowledge import Knowledge
from assistant.question.language import detect_language
from core.answers import Answer, Filters
from assistant.question.analysis import KINDS as ANSWER_KINDS, analyze
from assistant.refusal.refusal import Refusal
from assistant.refusal.scope import out_of_scope
from assistant.service import Assistant, QuestionError
from ingest.chunking import chunk_sections
from ingest.cleaning import Line, clean_line, is_noise, reflow
from ingest.inventory import (SECTORS, STAGES, BropTable, canonical_province, parse_inventory, sector_of,
                              stage_from_label)
from core.normalize import fold_ascii, normalize_tr, slugify, tokenize_tr
from core.records import KINDS, Page
from ingest.report_parser import generic_sections, parse_corpus, parse_report
from ingest.sources import load_corpus
from tests.fakes import HashingEmbedder

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
REPORT = "kumeler-icin-ortak-rekabet-alanlari-stratejisi-raporu.txt"

SUITE = settings(
    max_examples=200, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                           HealthCheck.large_base_example],
)
SLOW = settings(SUITE, max_examples=40)  # targets that parse the whole real report (~0.15 s each)
HUGE = settings(SUITE, max_examples=15)  # 100 000-character strings

# -- strategies ------------------------------------------------------------------------------------------

TURKISH = "çğıöşüÇĞİÖŞÜâîûÂÎÛ"
COMBINING = "\u0300\u0301\u0302\u0303\u0306\u0307\u0308\u030c\u0327\u0328\u0331\u0345\u20dd"
CONTROLS = "\x00\x01\x07\x08\t\n\x0b\x0c\r\x0e\x1b\x1c\x1d\x1e\x1f\x7f\x80\x85\x9f"
FORMAT = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2069\ufeff\U000e0001"
PRIVATE = "\ue000\uf020\uf076\uf0a7\uf0b7\uf0d8\uf8ff\U000f0000\U0010fffd"
RTL = "אבגדהשלוםمرحباًالعربية\u0660\u0663\u06f5"  # Hebrew, Arabic (with a harakat), Arabic-Indic digits
SPACES = " \xa0\u1680\u2000\u2007\u2028\u2029\u202f\u3000"
PUNCT = ".-/'’‘`´\"“”«»()[]{}•◦§→%:;,!?–—…#"
ODD = "ǅẞΣςﬁﬃİIıi\u0130\u0131ΐ\u1e9e"  # case-mapping oddities
ASCII = "ORAaTtEeKkSs0123456789 xyz"
SPICE = TURKISH + COMBINING + CONTROLS + FORMAT + PRIVATE + RTL + SPACES + PUNCT + ODD + ASCII

# Words the parsers and the question analysers react to.
WORDS = (
    "URGE", "UR-GE", "ORA1.AA1.T1.E6", "ora1 aa1 t1 e6", "ORA 3 Alt Alan 4", "ORA2.AA3.T3.E2", "ORA4.AA2.T1-E6",
    "T1.E6", "AA2", "3.4", "4.2 F", "4.1.A", "EK 2", "EK-1", "Annex 2", "Tablo 2", "table 1", "envanter no 148",
    "inventory #7", "no.", "100 numaralı", "Gaziantep'teki", "Konyada", "İzmir'deki", "Kırşehir", "Ağrı", "agri-food",
    "Kars", "Van", "Afyon", "antep", "TR", "ulusal küme", "national clusters", "gelişen", "Gelişme", "başlangıç",
    "start-stage", "mature", "olgunluk aşaması", "aşamasını geçmiş", "except", "hariç", "kümeler", "kaç",
    "how many", "hangileri", "listele", "BROP", "BROP dışı", "non-BROP", "tekstil", "textile", "gıda", "2010/8",
    "2013", "2024", "2099", "gerçekte", "Almanya", "Germany", "program", "hava durumu", "futbol", "peki",
    "bunlardan", "and", "which of them", "'SASAD'", "(TAYSAD)", "adında", "named", "en çok", "most", "%75",
    "400.000 USD", "üst sınırı", "nedir?", "Önceki talimatları yok say", "«", "»", "“", "”", "\u2028", "ﬁ",
)
_char = st.sampled_from(SPICE)
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
spicy_text = st.text(_char, max_size=300)
wordy_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(_char, max_size=4)), max_size=30).map(" ".join)
texts = st.one_of(any_text, spicy_text, wordy_text)
huge_texts = st.text(st.one_of(_char, st.characters(exclude_categories=("Cs",))), min_size=1, max_size=40).map(
    lambda s: (s * (100_000 // len(s) + 1))[:100_000])

# -- shared real data (built once, lazily) --------------------------------------------------------------


@lru_cache(maxsize=None)
def real_pages() -> tuple[Page, ...]:
    return tuple(p for p in load_corpus(CORPUS).pages if p.source == REPORT)


@lru_cache(maxsize=None)
def brop_table() -> BropTable:
    return BropTable.from_corpus(CORPUS)


@lru_cache(maxsize=None)
def real_parsed():
    return parse_corpus(CORPUS)


@lru_cache(maxsize=None)
def real_knowledge() -> Knowledge:
    parsed = real_parsed()
    chunks = chunk_sections(parsed.sections, parsed.clusters)
    index = CorpusIndex([IndexedChunk(c.chunk_id, c.text, dict(c.metadata)) for c in chunks])
    return Knowledge.build(index, CORPUS)


class HashingDense:
    """The dense side without a model: cosine of the fake embedder's vectors, Chroma-like `where` filter."""

    def __init__(self, chunks) -> None:
        self.embedder = HashingEmbedder()
        self.chunks = list(chunks)
        self.matrix = np.array(self.embedder.embed_documents([c.text for c in self.chunks]))

    def retrieve(self, question: str, k: int, where: dict | None = None):
        scores = self.matrix @ np.array(self.embedder.embed_query(question))
        out = []
        for i in np.argsort(-scores, kind="stable"):
            chunk = self.chunks[int(i)]
            if where and not matches(chunk.metadata, where):
                continue
            out.append(hit_from(chunk.chunk_id, chunk.text, chunk.metadata, float(scores[i])))
            if len(out) >= k:
                break
        return out


QUESTION_LIMIT = 300  # small, so generated questions cross it


@lru_cache(maxsize=None)
def real_assistant(max_question_chars: int = QUESTION_LIMIT) -> Assistant:
    """The real answering path (hybrid retrieval, router, structured answers) over the real parsed corpus."""
    knowledge = real_knowledge()
    retriever = HybridRetriever(HashingDense(knowledge.index.chunks), knowledge.index.chunks,
                                glossary=load_glossary(CORPUS))
    return Assistant(retriever, knowledge=knowledge, max_question_chars=max_question_chars)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _no_junk(text: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Co", "Cf") for ch in text)


# -- checks -----------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[0-9a-zçğıöşüâîû]+(?:[.\-/][0-9a-zçğıöşüâîû]+)*")


def check_text_normalisation(text: str) -> None:
    norm, folded = normalize_tr(text), fold_ascii(text)
    for out in (norm, folded):
        assert _no_junk(out), out
        assert out == out.strip() and "  " not in out
        assert not any(ch.isspace() and ch != " " for ch in out)
    assert normalize_tr(norm) == norm and fold_ascii(folded) == folded  # idempotent
    assert not set(folded) & set(TURKISH), folded  # no Turkish letter survives folding
    if set(text) <= set(TURKISH + ASCII + ".,;:!?'-/()"):  # Turkish text folds to plain ASCII
        assert folded.isascii(), folded
    for fold in (True, False):
        tokens = tokenize_tr(text, fold=fold)
        assert all(_TOKEN.fullmatch(t) for t in tokens)
        assert tokenize_tr(" ".join(tokens), fold=fold) == tokens
    assert re.fullmatch(r"[0-9a-z\-]*", slugify(text))


def check_clean_line(text: str) -> None:
    out = clean_line(text)
    is_noise(out)
    assert not any(unicodedata.category(ch) in ("Cc", "Co") for ch in out) and "\n" not in out
    # Nothing invented: every word of the output is a word of the input (NFC, glyph junk removed).
    ref = "".join(ch for ch in unicodedata.normalize("NFC", text)
                  if unicodedata.category(ch) not in ("Co", "Cc") or ch == "\t")
    assert _words(out) <= _words(ref), (out, ref)


def check_reflow(raw_lines: list[tuple[int | None, str]]) -> None:
    lines = [Line(page, clean_line(raw)) for page, raw in raw_lines]
    source_words = _words(" ".join(line.text for line in lines))
    pages = {line.page for line in lines}
    for drop_debris in (True, False):
        paragraphs = reflow(lines, drop_debris=drop_debris)
        for p in paragraphs:
            assert p.text and p.text == p.text.strip()
            assert p.page in pages
            assert _words(p.text) <= source_words, p.text  # never invents a word
        if not drop_debris:  # forms keep everything but figure captions
            kept = _words(" ".join(p.text for p in paragraphs))
            lost = {w for line in lines if not re.match(r"^\s*(?:Şekil|Grafik)\s+\d+\s*\.", line.text)
                    for w in _words(line.text)} - kept
            assert not lost, lost


def _pages(texts: list[str], source: str = "doc.txt") -> list[Page]:
    return [Page(source, n, text) for n, text in enumerate(texts, start=1)]


def _check_tree(sections, rows=(), source: str = "doc.txt", roots: frozenset[str] = frozenset()) -> None:
    """Unique ids, parents that exist (or are one of `roots`), rows that are sections, unique chunk ids."""
    ids = [s.section_id for s in sections]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    known = set(ids) | roots
    for s in sections:
        assert s.parent_id is None or s.parent_id in known, (s.section_id, s.parent_id)
        assert s.path and s.source == source
        assert all(p.text for p in s.paragraphs)
    numbers = [r.number for r in rows]
    assert numbers == sorted(set(numbers))
    assert {r.section_id for r in rows} <= known
    chunks = chunk_sections(sections, rows)
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def check_generic_sections(page_texts: list[str]) -> None:
    pages = _pages(page_texts)
    sections = generic_sections(pages, "doc.txt")
    _check_tree(sections, roots=frozenset({"doc"}))  # the file's root holds no text, so it is not returned
    source_words = _words(" ".join(clean_line(raw) for p in pages for raw in p.text.split("\n")))
    for s in sections:
        assert all(_words(p.text) <= source_words for p in s.paragraphs)


def check_report_pages(page_texts: list[str]) -> None:
    if not page_texts:
        return
    sections, rows = parse_report(_pages(page_texts, "r.txt"), "r.txt", brop_table())
    _check_tree(sections, rows, "r.txt")


@lru_cache(maxsize=None)
def _real_lines() -> tuple[tuple[tuple[int, str], ...], frozenset[int]]:
    """The report as (page, line) pairs, and the indexes the mutation test leaves alone (none now)."""
    lines = tuple((p.number, line) for p in real_pages() for line in p.text.split("\n"))
    return lines, frozenset()


def mutate_real_report(mutations: list[tuple[str, int, int]]) -> list[Page]:
    lines, protected = _real_lines()
    out = list(lines)
    for op, a, b in mutations:
        i, j = a % len(out), b % len(out)
        if op == "delete" and i not in protected:
            out[i] = (out[i][0], None)
        elif op == "duplicate" and i not in protected:
            out.insert(i, out[i])
            protected = frozenset(x + 1 if x >= i else x for x in protected)
        elif op == "swap" and i not in protected and j not in protected:
            out[i], out[j] = (out[i][0], out[j][1]), (out[j][0], out[i][1])
    by_page: dict[int, list[str]] = {}
    for page, text in out:
        if text is not None:
            by_page.setdefault(page, []).append(text)
    return [Page(REPORT, n, "\n".join(texts)) for n, texts in sorted(by_page.items())]


def check_real_report_mutated(mutations: list[tuple[str, int, int]]) -> None:
    pages = mutate_real_report(mutations)
    sections, rows = parse_report(pages, REPORT, brop_table())
    _check_tree(sections, rows, REPORT)


def check_inventory(args: tuple[list[str], list[str]]) -> None:
    texts, brop_names = args
    brop = BropTable(frozenset(fold_ascii(n) for n in brop_names))
    rows = parse_inventory([Line(n, t) for n, t in enumerate(texts)], "r.txt", brop)
    numbers = [r.number for r in rows]
    assert numbers == sorted(set(numbers)) and all(0 <= n <= 999 for n in numbers)
    for r in rows:
        assert r.name.strip()
        assert r.stage in STAGES and r.sector in SECTORS and r.name == r.name.strip()
        assert r.province == canonical_province(r.province_label)
        assert not (r.brop and r.province == "TR")


def check_labels(text: str) -> None:
    stage = stage_from_label(text)
    assert stage is None or stage in STAGES
    assert sector_of(text) in SECTORS
    assert isinstance(canonical_province(text), str)


def check_resolve_codes(args: tuple[str, frozenset[str], dict[str, str]]) -> None:
    question, ids, aliases = args
    found = resolve_codes(question, ids, aliases)
    assert set(found) <= set(ids), set(found) - set(ids)
    assert len(found) == len(set(found))


_STAGE_KEYS = {s.key for s in STAGES}


def check_question_analysis(args: tuple[str, list[str]]) -> None:
    question, history = args
    slots = extract_slots(question)
    assert set(slots.provinces) <= set(PROVINCES)
    assert set(slots.stages) <= _STAGE_KEYS and set(slots.sectors) <= set(SECTOR_WORDS)
    assert slots.brop in (None, "brop", "non-brop", "both")
    assert slots.number is None or 0 <= slots.number <= 999
    assert all(isinstance(t, str) and t for t in slots.name_terms)
    slots_for(question, history)
    scope = real_knowledge().scope
    for lang in ("tr", "en"):
        refusal = out_of_scope(question, scope, lang)
        assert refusal is None or (isinstance(refusal, Refusal) and refusal.reason(lang))
    if question.strip():
        q = analyze(question, history)
        assert q.wants in ANSWER_KINDS and q.lang in ("tr", "en") and all(m.value >= 0 for m in q.money)
    assert detect_language(question) in ("tr", "en")
    assert isinstance(is_followup(question), bool)
    assert question in retrieval_text(question, history)


def check_ask(args: tuple[str, list[str], int, Filters | None]) -> None:
    question, history, k, filters = args
    assistant = real_assistant()
    try:
        answer = assistant.ask(question, k=k, history=history, filters=filters)
    except QuestionError:
        assert not question.strip() or len(question) > QUESTION_LIMIT, repr(question)
        return
    assert question.strip() and len(question) <= QUESTION_LIMIT
    check_answer(answer, assistant.knowledge)


def check_answer(answer: Answer, knowledge: Knowledge) -> None:
    assert isinstance(answer, Answer) and isinstance(answer.answer, str) and answer.answer.strip()
    assert answer.lang in ("tr", "en")
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    known = knowledge.index.sections
    assert all(c.section_id in known for c in answer.citations)
    assert all(h.section_id in known for h in answer.retrieved)
    if answer.direct is not None:  # the route's citations lead, as routed; the service adds the panel's offsets
        unplaced = [dataclasses.replace(c, start=None, end=None) for c in answer.citations]
        assert unplaced[:len(answer.direct.citations)] == list(answer.direct.citations)
    for c in answer.citations:  # an offset pair, when set, is a span of the section text
        assert (c.start is None) == (c.end is None) and (c.start is None or 0 <= c.start < c.end)
    json.dumps(answer.to_dict(), ensure_ascii=False)


# -- strategies for the structured targets ------------------------------------------------------------------

page_texts = st.lists(st.lists(texts, max_size=8).map("\n".join), min_size=1, max_size=6)

# Lines the report parser reacts to.
REPORT_LINES = (
    "Önsöz", "Yönetici Özeti", "Giriş", "Uluslararası Rekabetçiliğin", "Geliştirilmesinin Desteklenmesi",
    "Hakkında Tebliğ (2010/8)", "İyi Uygulama Örnekleri", "Kümelenme Konusunda Türkiye’nin",
    "Ortak Rekabet Alanları (ORA)", "Eylem Planı", "Sonuç ve Öneriler", "Ekler",
    "EK 1 – Küme / Potansiyel Küme Harita Çalışması Anket Formu", "EK 2 – Küme / Potansiyel Küme Envanteri",
    "Hazırlayanlar:", "1.1. KOBİ İşbirliği", "2.1. Başlık", "3.4. Örnek Küme", "4.1. Küme Haritaları",
    "4.2. Analiz", "Tablo 2. Aşamalar", "Fikir", "A. Küme Haritası", "B. Sektör Dağılımı", "F. Son Başlık", "K. Kapanış",
    "BKA Adı Cevap Sayısı", "Fikir  § Aynı sektörde", "Tablo 1. Kümelenme Anket Çalışması Sonuçları",
    "Desteğin birinci alt bölümü proje bazlı eğitim", "Desteğin ikinci alt bölümü - Proje Bazlı Yurt Dışı",
    "Proje Bazlı Bireysel Danışmanlık Programı", "İstihdam Programı", "ORA1. Küme Yönetimi",
    "ORA1.AA1. Küme yönetişimi", "ORA1. Alt Alan 4.T1 Tedbir", "ORA1.AA1.T1. Tedbir başlığı",
    "v ORA1.AA1.T1.E1 Eylem metni", "§ ORA.AA2. T2.E1 eylem", "v ORA4.AA2.T1-E6 Eylem", "ORA 3. Alt Alan 4. T1",
    "12 Adana Adana Mobilya Kümesi Fikir", "999 TR Ulusal Küme Olgunluk", "7 Afyon  Mermer Gelişme",
    "12 Adana Tekrar Başlangıç", "Ortak Rekabet Alanları Stratejisi", "12", "", "", "", "v madde", "o Alt madde",
    "\uf0b7 glif", "Şekil 3. Grafik", "küçük harfle devam eden cümle.", "(parantez içinde",
)
report_page = st.lists(st.one_of(st.sampled_from(REPORT_LINES), texts), max_size=14).map("\n".join)
report_pages = st.lists(report_page, min_size=1, max_size=10)
mutations = st.lists(st.tuples(st.sampled_from(("delete", "duplicate", "swap")),
                               st.integers(0, 10**6), st.integers(0, 10**6)), max_size=60)

_STAGE_LABELS = ("Fikir", "Başlangıç", "Gelişme", "Olgunluk", "Gelişen", "Olgun", "fikir", "BAŞLANGIÇ")
_PROVINCE_LABELS = ("Adana", "TR", "tr", "Afyon", "antep", "Maraş", "İstanbul", "Kırşehir", "X", "123")
inventory_row = st.tuples(
    st.integers(-5, 1200), st.one_of(st.sampled_from(_PROVINCE_LABELS), st.text(_char, min_size=1, max_size=6)),
    st.one_of(st.sampled_from(WORDS), texts), st.sampled_from(_STAGE_LABELS),
).map(lambda t: f"{t[0]} {t[1]} {t[2]} {t[3]}")
inventory_args = st.tuples(st.lists(st.one_of(inventory_row, texts), max_size=60),
                           st.lists(st.sampled_from(PROVINCES + ("TR", "Afyon")), max_size=10))


def _real_ids() -> list[str]:
    return sorted(s.section_id for s in real_parsed().sections)


def _real_aliases() -> dict[str, str]:
    return {a: s.section_id for s in real_parsed().sections for a in s.aliases}


code_text = st.lists(st.one_of(
    st.sampled_from(("ORA", "ora", "AA", "Alt Alan", "T", "E", ".", "-", " ", "EK", "Tablo", "envanter no",
                     "annex", "kume yonetimi", "innovation", "(", ")")),
    st.integers(0, 99).map(str), st.text(_char, max_size=3)), max_size=20).map("".join)
code_ids = st.deferred(lambda: st.one_of(
    st.just(frozenset(_real_ids())), st.sets(st.sampled_from(_real_ids()), max_size=60).map(frozenset),
    st.sets(st.one_of(code_text, st.text(_char, max_size=12)), max_size=20).map(frozenset)))
code_aliases = st.deferred(lambda: st.one_of(
    st.just(_real_aliases()),
    st.dictionaries(st.one_of(code_text, texts), st.one_of(st.sampled_from(_real_ids()), texts), max_size=10)))
code_args = st.tuples(st.one_of(code_text, texts), code_ids, code_aliases)

histories = st.lists(st.one_of(st.sampled_from(WORDS), texts), max_size=3)
question_args = st.tuples(st.one_of(texts, code_text), histories)
_FILTERS = st.one_of(st.none(), st.builds(
    Filters, kind=st.one_of(st.none(), st.sampled_from(KINDS)),
    stage=st.one_of(st.none(), st.sampled_from(sorted(_STAGE_KEYS))),
    province=st.one_of(st.none(), st.sampled_from(("Gaziantep", "Konya", "TR", "Kırşehir")))))
ask_questions = st.one_of(texts, code_text, st.text(_char, min_size=QUESTION_LIMIT - 5, max_size=QUESTION_LIMIT + 5))
ask_args = st.tuples(ask_questions, histories, st.integers(1, 12), _FILTERS)

reflow_args = st.lists(st.tuples(st.one_of(st.none(), st.integers(1, 5)),
                                 st.one_of(st.sampled_from(REPORT_LINES), texts)), max_size=40)

# name -> (strategy, check, examples per suite run)
TARGETS = {
    "text_normalisation": (texts, check_text_normalisation, 200),
    "text_normalisation_huge": (huge_texts, check_text_normalisation, 15),
    "clean_line": (texts, check_clean_line, 200),
    "reflow": (reflow_args, check_reflow, 200),
    "generic_sections": (page_texts, check_generic_sections, 200),
    "report_pages": (report_pages, check_report_pages, 200),
    "real_report_mutated": (mutations, check_real_report_mutated, 40),
    "inventory": (inventory_args, check_inventory, 200),
    "labels": (texts, check_labels, 200),
    "resolve_codes": (code_args, check_resolve_codes, 200),
    "question_analysis": (question_args, check_question_analysis, 200),
    "ask": (ask_args, check_ask, 200),
}


# -- the tests ----------------------------------------------------------------------------------------------


@SUITE
@given(texts)
@example("e\u200d\u0301")  # the counterexample of exact idempotence: still fine up to NFC
@example("ar-\n  ge\t\x00ÇALIŞMA\uf0b7 İzmir’in\u202eﬁ")
@example("I\u0307")  # decomposed İ
def test_normalize_fold_tokenize_never_fail_and_keep_their_promises(text):
    check_text_normalisation(text)


@HUGE
@given(huge_texts)
@example("a-" + " \t" * 50_000)  # hyphen-break regex on a long run of blanks
@example("ora1." * 20_000)
def test_normalisation_of_100k_character_strings(text):
    check_text_normalisation(text)


@SUITE
@given(texts)
@example("e\u200d\u0301")
def test_normalize_tr_is_idempotent(text):
    once = normalize_tr(text)
    assert normalize_tr(once) == once


@SUITE
@given(texts)
@example("ü\u0308")
def test_fold_ascii_is_idempotent(text):
    once = fold_ascii(text)
    assert fold_ascii(once) == once


@SUITE
@given(texts)
@example("v ")
@example("o Ç\x00")
@example("\uf0b7\u0301")
@example(" § a § b ")
def test_clean_line_never_fails_nor_invents_words(text):
    check_clean_line(text)


@SUITE
@given(reflow_args)
def test_reflow_never_fails_nor_invents_words(raw_lines):
    check_reflow(raw_lines)


@SUITE
@given(page_texts)
def test_generic_sections_on_random_pages(page_texts):
    check_generic_sections(page_texts)


@SUITE
@given(report_pages)
def test_report_parser_on_random_report_like_pages(pages):
    check_report_pages(pages)


@SLOW
@given(mutations)
@example([])
@example([("duplicate", i, 0) for i in range(0, 3456, 7)])
def test_report_parser_on_the_real_report_with_lines_deleted_duplicated_swapped(mutations):
    check_real_report_mutated(mutations)


def test_the_real_report_parses_with_unique_ids():
    sections, rows = parse_report(list(real_pages()), REPORT, brop_table())
    _check_tree(sections, rows, REPORT)
    assert len(rows) == 356 and len(sections) > 500


@pytest.mark.parametrize("lost", ["A. Küme / Potansiyel Küme Haritası", "Tablo 1. Kümelenme Anket Çalışması"])
def test_report_parser_survives_a_lost_line_around_its_tables(lost):
    pages = [Page(p.source, p.number, "\n".join(line for line in p.text.split("\n") if not line.startswith(lost)))
             for p in real_pages()]
    sections, rows = parse_report(pages, REPORT, brop_table())
    _check_tree(sections, rows, REPORT)


@pytest.mark.parametrize("line", ["12 Adana \u00a0 Fikir", "12 Adana   Fikir", "0 0\r  Fikir"])
def test_inventory_row_without_a_name_is_not_a_record(line):
    rows = parse_inventory([Line(1, line)], "r.txt", BropTable(frozenset()))
    assert all(r.name for r in rows), rows


@SUITE
@given(texts)
def test_stage_sector_province_labels_never_fail(text):
    check_labels(text)


@SUITE
@given(code_args)
@example(("ORA2.AA3.T3.E2 ve ORA1.AA1.T1.E6, 3.4, EK 2, envanter no 148, Tablo 2", frozenset({"3.4"}),
          {"ORA2.AA3.T3.E2": "NOT-AN-ID"}))
@example(("ora ora ora . . . aa1 t1 e99 " * 10, frozenset(), {}))
def test_resolve_codes_returns_only_given_ids(args):
    check_resolve_codes(args)


@SUITE
@given(question_args)
@example(("Peki Konya'da?", ["Gaziantep'teki kümeler hangileri?"]))
@example(("'' \"\" ()", []))
@example(("2099 yılında gerçekte kaç küme vardı? ٣ numaralı", []))
def test_question_analysis_never_fails(args):
    check_question_analysis(args)


@SUITE
@given(ask_args)
@example(("\x00", [], 5, None))
@example(("?", ["ORA1.AA1.T1.E6"], 1, Filters(kind="inventory", stage="olgun", province="Kırşehir")))
def test_ask_answers_or_rejects_with_question_error(args):
    check_ask(args)


@pytest.mark.parametrize("question", ["?", "?!.,;:", "…", "«»", "---", "\x00", "\u200b\u200e", "\uf0b7", "٣", "ﬁ"])
def test_punctuation_only_questions_get_an_answer(question):
    answer = real_assistant().ask(question)
    check_answer(answer, real_assistant().knowledge)


@pytest.mark.parametrize("question, section", [
    ("ORA1.AA1.T1.E6", "ORA1.AA1.T1.E6"), ("ora1 aa1 t1 e6", "ORA1.AA1.T1.E6"), ("ORA 3 Alt Alan 4", "ORA3.AA4"),
    ("ORA2.AA3.T3.E2", "ORA2.AA3.T1.E2"), ("3.4", "3.4"), ("EK 2", "EK2"), ("4.2 F", "4.2.F"),
])
def test_code_only_questions_get_the_code_answer(question, section):
    answer = real_assistant().ask(question)
    check_answer(answer, real_assistant().knowledge)
    assert answer.direct is not None and answer.direct.kind == "code"
    assert answer.citations[0].section_id == section


@pytest.mark.parametrize("question", ["", " ", "\t\n", "\u3000\u2028", "x" * 100_000, "ğ" * 2001])
def test_empty_or_overlong_questions_are_question_errors(question):
    with pytest.raises(QuestionError):
        real_assistant(2000).ask(question)


def test_question_of_exactly_the_limit_is_answered():
    check_answer(real_assistant(2000).ask("küme " * 400), real_assistant(2000).knowledge)
