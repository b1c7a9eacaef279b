"""`run_ingest` and the English views: embedded into the collection's English companion, reused when unchanged.

The fixture is tests/data/ui-corpus: a cut of the report (its sentences have renderings in corpus/en) plus a
user-added note (guvenlik-notu.txt, no rendering) and EK 2 rows (only their heading is rendered). The fake
hashing embedder keeps every ingest well under a second.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.store import ChromaStore, english_name
from ingest.english_view import english_views
from ingest.pipeline import run_ingest
from core.rendering import Rendering
from tests.conftest import CountingEmbedder

ROOT = Path(__file__).resolve().parents[2]
UI_CORPUS = ROOT / "tests" / "data" / "ui-corpus"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(UI_CORPUS, folder)
    return folder


def english_rows(settings) -> dict:
    """chunk id -> (English text, vector, metadata) of the active collection's English companion."""
    store = ChromaStore(settings.store_dir)
    got = store.collection(english_name(store.active().name)).get(include=["documents", "embeddings", "metadatas"])
    return {cid: (doc, [float(x) for x in vec], meta)
            for cid, doc, vec, meta in zip(got["ids"], got["documents"], got["embeddings"], got["metadatas"])}


def chunks_of(settings) -> dict:
    store = ChromaStore(settings.store_dir)
    return {c.chunk_id: c for c in store.all_chunks(store.active().name)}


def test_rendered_chunks_get_an_english_vector_and_unrendered_ones_none(corpus, tmp_path, settings_for):
    settings = settings_for(corpus, tmp_path / "store")
    embedder = CountingEmbedder()
    summary = run_ingest(settings, embedder)
    rows, chunks = english_rows(settings), chunks_of(settings)
    expected = english_views(chunks.values(), Rendering.load(ROOT / "corpus" / "en"))
    assert summary.english_embedded == len(rows) == len(expected) > 10 and summary.english_reused == 0
    assert {cid: doc for cid, (doc, _, _) in rows.items()} == dict(expected)
    for cid, (doc, vector, meta) in rows.items():  # an e5 passage of the English text, the chunk's metadata
        assert vector == pytest.approx(embedder.embed_documents([doc])[0])
        assert meta == chunks[cid].metadata
    sources = {chunks[cid].metadata["source"] for cid in rows}
    assert sources == {"mini-rapor.txt"}  # the user-added note has no rendering, so no English vector
    rows_of_ek2 = {cid for cid, c in chunks.items() if c.metadata["section_id"].startswith("EK2.")}
    assert rows_of_ek2 and not rows_of_ek2 & set(rows)  # an EK 2 row has only its heading rendered
    assert any(c.metadata["source"] == "guvenlik-notu.txt" for c in chunks.values())
    assert ChromaStore(settings.store_dir).english_collection(summary.collection) == english_name(summary.collection)


def test_a_changed_user_document_re_embeds_no_english_view(corpus, tmp_path, settings_for, new_process):
    settings = settings_for(corpus, tmp_path / "store")
    first = run_ingest(settings, CountingEmbedder())
    before = english_rows(settings)
    note = corpus / "guvenlik-notu.txt"
    note.write_text(note.read_text(encoding="utf-8") + "\n\nYeni bir paragraf eklendi.\n", encoding="utf-8")
    new_process(settings)
    embedder = CountingEmbedder()
    second = run_ingest(settings, embedder)
    assert second.collection != first.collection and second.up_to_date is False
    assert second.english_embedded == 0 and second.english_reused == len(before)
    assert not set(embedder.texts) & {doc for doc, _, _ in before.values()}  # no English text went to the model
    after = english_rows(settings)
    assert {cid: doc for cid, (doc, _, _) in after.items()} == {cid: doc for cid, (doc, _, _) in before.items()}
    for cid, (_, vector, _) in after.items():  # the same vector (Chroma re-normalises it: float32 noise)
        assert vector == pytest.approx(before[cid][1], abs=1e-6)
    # the previous generation and its English companion are both kept for readers that have not switched
    names = {c if isinstance(c, str) else c.name for c in ChromaStore(settings.store_dir).client().list_collections()}
    assert {first.collection, english_name(first.collection), second.collection,
            english_name(second.collection)} <= names
    third = run_ingest(settings, CountingEmbedder())  # up to date: nothing embedded at all
    assert third.up_to_date and third.english_embedded == 0


def test_a_changed_rendering_re_ingests_and_re_embeds_only_the_views_it_changed(corpus, tmp_path, settings_for):
    shutil.copytree(ROOT / "corpus" / "en", corpus / "en")
    settings = settings_for(corpus, tmp_path / "store")
    run_ingest(settings, CountingEmbedder())
    before = english_rows(settings)
    # re-word the English of one sentence that a stored view uses
    docs = [doc for doc, _, _ in before.values()]
    for path in sorted((corpus / "en").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        hit = next((i for i, line in enumerate(lines) if line.strip() and len(json.loads(line)["en"]) > 30
                    and any(json.loads(line)["en"] in doc for doc in docs)), None)
        if hit is not None:
            row = json.loads(lines[hit])
            row["en"] += " (reworded)"
            lines[hit] = json.dumps(row, ensure_ascii=False)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            break
    else:
        pytest.fail("no rendered sentence of the fixture found in corpus/en")
    embedder = CountingEmbedder()
    summary = run_ingest(settings, embedder)
    after = english_rows(settings)
    changed = {cid for cid in after if after[cid][0] != before[cid][0]}
    assert summary.up_to_date is False and summary.embedded == 0  # no Turkish chunk changed
    assert changed and summary.english_embedded == len(changed) and summary.english_reused == len(after) - len(changed)
    assert all("(reworded)" in after[cid][0] for cid in changed)
    assert sorted(embedder.texts) == sorted(after[cid][0] for cid in changed)
