"""`LiveAssistant`: a running UI answers from a re-ingested store on the next question, never losing its collection.

In-process re-ingests stand for `kume ingest` in another terminal (the cross-process case, with the real
embedder and a subprocess, is tests/integration/test_live_reingest.py). The contrast case shows the bug
it fixes: an `Assistant` opened once fails after two re-ingests.
"""
from __future__ import annotations

import inspect
import logging
import threading

import pytest

from assistant.live import LiveAssistant
from assistant.service import Assistant
from core.store import ChromaStore, StoreError
from ingest.pipeline import run_ingest
from tests.conftest import write_document

from .stores import QUESTION
from .test_store import OtherEmbedder

NEW_PAGE = "Lojistik kümeleri depolama ve taşıma hizmetlerini ortak bir merkezde birleştirir."
NEW_QUESTION = "Lojistik kümeleri depolama ve taşıma hizmetlerini nerede birleştirir?"


def sources(answer) -> set[str]:
    return {c.source for c in answer.citations}


def reingest(settings, embedder, name: str, text: str):
    write_document(settings.corpus_dir / name, [text])
    return run_ingest(settings, embedder)


def test_a_re_ingest_is_answered_from_on_the_next_question(built, fake_embedder):
    settings, first = built
    live = LiveAssistant.open(settings, fake_embedder)
    plain = Assistant.open(settings, fake_embedder)  # what `kume serve` held before
    assert live.collection == first.collection and live.ask(QUESTION).citations

    from chromadb.api.shared_system_client import SharedSystemClient

    key = str(settings.store_dir / "chroma")
    system = SharedSystemClient._identifier_to_system[key]
    second = reingest(settings, fake_embedder, "belge-c.txt", NEW_PAGE)
    answer = live.ask(NEW_QUESTION)
    assert live.collection == second.collection and live.reopened == 1
    # read through a fresh Chroma system (the old one caches the indexes of deleted collections); the old
    # one is not stopped, the plain assistant below still reads through it
    assert SharedSystemClient._identifier_to_system[key] is not system
    assert "belge-c.txt" in sources(answer) and not answer.notice
    assert "belge-c.txt" not in sources(plain.ask(NEW_QUESTION))  # the plain one answers stale content ...

    third = reingest(settings, fake_embedder, "belge-d.txt", "Gıda kümeleri soğuk zincir yatırımlarını paylaşır.")
    with pytest.raises(StoreError):
        plain.ask(QUESTION)  # ... and loses its collection after two re-ingests
    assert live.ask(QUESTION).citations and live.collection == third.collection and live.reopened == 2
    live.ask(QUESTION)
    assert live.reopened == 2  # an unchanged pointer opens nothing


def test_a_collection_that_cannot_be_opened_keeps_the_previous_one_answering_and_says_so(
        built, fake_embedder, caplog):
    settings, first = built
    live = LiveAssistant.open(settings, fake_embedder)
    other = OtherEmbedder()
    write_document(settings.corpus_dir / "belge-c.txt", [NEW_PAGE])
    run_ingest(settings, other)  # someone re-ingested with another --embedder
    with caplog.at_level(logging.WARNING, logger="assistant.live"):
        answers = [live.ask(QUESTION), live.ask("What do clusters share?")]
    assert all(a.citations for a in answers) and live.collection == first.collection
    assert answers[0].notice.startswith("önceki dizinden yanıtlandı; yeni dizin açılamadı:")
    assert answers[1].notice.startswith("answered from the previous index; the new one could not be opened:")
    assert "fake:other-model-64" in answers[1].notice and first.collection in answers[1].notice
    warnings = [r for r in caplog.records if r.name == "assistant.live"]
    assert len(warnings) == 1 and not warnings[0].exc_info  # one line, once, no traceback

    good = run_ingest(settings, fake_embedder)  # fixed: the pointer names a usable collection again
    answer = live.ask(NEW_QUESTION)
    assert live.collection == good.collection and not answer.notice and "belge-c.txt" in sources(answer)


def test_concurrent_questions_during_re_ingests_never_fail(built, fake_embedder):
    settings, _ = built
    live = LiveAssistant.open(settings, fake_embedder)
    errors: list[BaseException] = []
    answered = [0]
    stop = threading.Event()

    def client() -> None:
        while not stop.is_set():
            try:
                answer = live.ask(QUESTION)
                assert answer.citations and not answer.refused
                answered[0] += 1
            except BaseException as exc:  # noqa: BLE001 - recorded, the test fails on it
                errors.append(exc)
                return

    threads = [threading.Thread(target=client, daemon=True) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        for n in range(3):
            reingest(settings, fake_embedder, f"ek-{n}.txt", f"Ek belge {n}: kümeler ortak eğitim düzenler.")
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
    assert not errors, repr(errors[0])
    assert answered[0] > 0 and live.ask(QUESTION).citations
    assert live.collection == ChromaStore(settings.store_dir).active().name


def test_same_interface_as_assistant(built, fake_embedder):
    settings, _ = built
    live = LiveAssistant.open(settings, fake_embedder)
    assert "stream_to" in inspect.signature(live.ask).parameters  # ui.runtime streams through it
    assert live.max_question_chars == settings.max_question_chars and live.knowledge is live.assistant.knowledge
    assert live.check("  URGE   nedir? ") == "URGE nedir?"
    with pytest.raises(AttributeError):
        live.no_such_attribute


def test_opening_without_a_store_is_the_same_error_as_assistant(small_corpus, tmp_path, settings_for, fake_embedder):
    settings = settings_for(small_corpus, tmp_path / "never-built")
    with pytest.raises(StoreError, match="kume ingest"):
        LiveAssistant.open(settings, fake_embedder)
