from pathlib import Path

import pytest

from assistant.retrieval.dense import hit_from
from assistant.question.glossary import DEFAULT_PATH, Glossary, expand_query, singular
from assistant.retrieval.hybrid import HybridRetriever, document_text, matches
from core.normalize import tokenize_tr
from core.store import StoredChunk

ROOT = Path(__file__).resolve().parents[3]

CHUNKS = [
    StoredChunk("c-urge",
                "URGE › Eğitim\nEğitim ve danışmanlık giderlerinin %75'i 400.000 USD'ye kadar karşılanır.",
                {"section_id": "2.egitim-danismanlik", "kind": "urge", "page": 12}, 0.0),
    StoredChunk("c-alim", "URGE › Alım Heyeti\nYurt dışı pazarlama ve alım heyeti programları desteklenir.",
                {"section_id": "2.yurtdisi-pazarlama", "kind": "urge", "page": 12}, 0.0),
    StoredChunk("c-e6", "ORA4 › AA2 › T1 › E6 Kümelerin web sitesi ve tanıtım araçlarını kullanması",
                {"section_id": "ORA4.AA2.T1.E6", "kind": "action_plan", "code": "ORA4.AA2.T1.E6",
                 "aliases": "ORA4.AA2.T1-E6"}, 0.0),
    StoredChunk("c-konya", "EK 2 No 272: Konya Otomotiv Kümesi — İl: Konya; Aşama: Başlangıç",
                {"section_id": "EK2.272", "kind": "inventory", "province": "Konya", "stage": "baslangic", "no": 272},
                0.0),
    StoredChunk("c-tekstil", "EK 2 No 203: İstanbul Tekstil Kümesi — İl: İstanbul; Aşama: Fikir",
                {"section_id": "EK2.203", "kind": "inventory", "province": "İstanbul", "stage": "fikir", "no": 203},
                0.0),
]
BY_ID = {c.chunk_id: c for c in CHUNKS}


class FakeDense:
    """Returns a fixed ranking (cosine-like scores), honouring `where` like Chroma would."""

    def __init__(self, order):
        self.order = order
        self.calls = []

    def retrieve(self, question, k, where=None):
        self.calls.append((question, k, where))
        chunks = [BY_ID[i] for i in self.order if matches(BY_ID[i].metadata, where)]
        return [hit_from(c.chunk_id, c.text, c.metadata, 0.9 - 0.1 * n) for n, c in enumerate(chunks[:k])]


GLOSSARY = Glossary.from_pairs([("buying mission", "alım heyeti"), ("mission", "misyon"),
                                ("development agency", "kalkınma ajansı"), ("agency", "ajans"),
                                ("training", "eğitim"), ("cluster", "küme")])


# -- glossary ---------------------------------------------------------------------------
def test_multiword_phrases_win_over_their_parts():
    got = GLOSSARY.expand("Which development agencies support buying missions?")
    assert got.matched == ("development agency", "buying mission")
    assert got.terms == ("kalkınma ajansı", "alım heyeti")
    assert got.text == "Which development agencies support buying missions? kalkınma ajansı alım heyeti"


def test_shorter_entries_still_match_alone_and_terms_are_not_repeated():
    got = GLOSSARY.expand("An agency mission for a cluster, and another cluster")
    assert got.terms == ("ajans", "misyon", "küme")


def test_nothing_to_expand_leaves_the_question_as_is():
    assert GLOSSARY.expand("Konya'daki kümeler").text == "Konya'daki kümeler"
    assert GLOSSARY.expand("Konya'daki kümeler").terms == ()


def test_singular_rule():
    assert [singular(w) for w in ("agencies", "clusters", "class", "bus", "analysis", "fair")] == \
        ["agency", "cluster", "class", "bus", "analysis", "fair"]


def test_shipped_glossary_loads_and_its_turkish_terms_occur_in_the_report():
    glossary = Glossary.load(DEFAULT_PATH)
    assert len(glossary) >= 100
    assert "alım heyeti" in expand_query("What are purchasing delegations?")
    report = next((ROOT / "corpus").glob("*.txt")).read_text(encoding="utf-8")
    words = set(tokenize_tr(report))
    missing = {t for terms in [*glossary.entries.values(), *glossary.bridges.values()] for term in terms
               for t in tokenize_tr(term)
               if not any(w.startswith(t[:5]) for w in words)}
    assert not missing, f"glossary terms not in the report: {sorted(missing)}"


def test_bad_glossary_files_fail_with_a_message(tmp_path):
    with pytest.raises(FileNotFoundError, match="glossary"):
        Glossary.load(tmp_path / "none.tsv")
    (tmp_path / "bad.tsv").write_text("english\tturkish\nx\ty\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        Glossary.load(tmp_path / "bad.tsv")


# -- the where filter ----------------------------------------------------------------------
def test_matches_follows_chroma_filter_semantics():
    meta = {"kind": "inventory", "province": "Konya", "no": 272}
    assert matches(meta, None) and matches(meta, {})
    assert matches(meta, {"kind": "inventory"}) and not matches(meta, {"kind": "urge"})
    assert matches(meta, {"kind": "inventory", "province": "Konya"})
    assert matches(meta, {"kind": {"$in": ["urge", "inventory"]}}) and not matches(meta, {"kind": {"$ne": "inventory"}})
    assert matches(meta, {"$and": [{"kind": "inventory"}, {"no": {"$gte": 200}}]})
    assert matches(meta, {"$or": [{"kind": "urge"}, {"province": "Konya"}]})
    assert not matches(meta, {"missing": {"$gt": 1}})
    with pytest.raises(ValueError, match="operator"):
        matches(meta, {"kind": {"$like": "inv"}})


def test_where_is_honoured_on_the_lexical_side():
    retriever = HybridRetriever(FakeDense([]), CHUNKS, glossary=GLOSSARY)
    assert [s.doc_id for s in retriever.lexical("URGE programları küme", 10, where={"kind": "urge"})] \
        == ["c-alim", "c-urge"]
    assert [s.doc_id for s in retriever.lexical("kümesi", 10, where={"kind": "inventory"})] == ["c-konya", "c-tekstil"]


def test_where_reaches_both_sides_of_retrieve():
    dense = FakeDense(["c-konya", "c-urge", "c-e6"])
    hits = HybridRetriever(dense, CHUNKS, glossary=GLOSSARY).retrieve("kümeler", 5, where={"kind": "inventory"})
    assert dense.calls[0][2] == {"kind": "inventory"}
    assert {h.kind for h in hits} == {"inventory"}


# -- the hybrid retriever ------------------------------------------------------------------------
def test_document_text_carries_codes_only_the_metadata_has():
    assert document_text("body", {"code": "ORA1.AA4.T1", "aliases": "ORA1. Alt Alan 4.T1"}) == \
        "body\nORA1.AA4.T1\nORA1. Alt Alan 4.T1"
    assert document_text("body", {"kind": "urge"}) == "body"


def test_fused_scores_by_hand_and_lexical_only_chunks_come_back_as_hits():
    # Dense ranks c-urge, c-alim. BM25 for the (Turkish) code finds only c-e6; its weight is 2:
    #   c-e6   = 2/61 = 0.032787;  c-urge = 1/61 = 0.016393;  c-alim = 1/62 = 0.016129
    retriever = HybridRetriever(FakeDense(["c-urge", "c-alim"]), CHUNKS, glossary=GLOSSARY)
    hits = retriever.retrieve("ORA4.AA2.T1-E6 eylemi", 3)
    assert [h.chunk_id for h in hits] == ["c-e6", "c-urge", "c-alim"]
    assert [h.score for h in hits] == pytest.approx([0.032787, 0.016393, 0.016129], abs=1e-6)
    assert hits[0].section_id == "ORA4.AA2.T1.E6" and hits[0].kind == "action_plan"
    assert hits[1].page == 12 and hits[1].text == CHUNKS[0].text
    # each hit says where each fused list ranked it (dense, BM25), None where a list missed it
    assert [h.ranks for h in hits] == [(None, 1), (1, None), (2, None)]


def test_agreeing_lists_add_up():
    # "alım heyeti": dense rank 2, BM25 rank 1 -> 1/62 + 2/61 = 0.048916; c-urge dense rank 1 only -> 1/61
    retriever = HybridRetriever(FakeDense(["c-urge", "c-alim"]), CHUNKS, glossary=GLOSSARY)
    hits = retriever.retrieve("alım heyeti programları", 2)
    assert [h.chunk_id for h in hits] == ["c-alim", "c-urge"]
    assert hits[0].score == pytest.approx(1 / 62 + 2 / 61)


def test_english_questions_are_expanded_for_bm25_only():
    dense = FakeDense(["c-urge"])
    retriever = HybridRetriever(dense, CHUNKS, glossary=GLOSSARY)
    text, weight = retriever.plan("Which programmes support buying missions?")
    assert text.endswith("alım heyeti") and weight == 2.0
    hits = retriever.retrieve("Which programmes support buying missions?", 2)
    assert dense.calls[-1][0] == "Which programmes support buying missions?"  # dense sees the question as typed
    assert hits[0].chunk_id == "c-alim"


def test_guard_unexpanded_english_gets_plain_weight():
    retriever = HybridRetriever(FakeDense([]), CHUNKS, glossary=GLOSSARY)
    assert retriever.plan("What is the website of the Konya entry?")[1] == 1.0
    assert retriever.plan("Konya'daki kümeler hangileri?")[1] == 2.0
    assert HybridRetriever(FakeDense([]), CHUNKS, glossary=None).plan("What about training?")[1] == 1.0


def test_k_and_depth():
    dense = FakeDense(["c-urge", "c-alim", "c-e6", "c-konya", "c-tekstil"])
    retriever = HybridRetriever(dense, CHUNKS, glossary=GLOSSARY, depth=3)
    assert len(retriever.retrieve("küme", 2)) == 2 and dense.calls[-1][1] == 3
    assert len(retriever.retrieve("küme", 5)) == 5 and dense.calls[-1][1] == 5


def test_from_store_builds_over_a_real_chroma_collection(tmp_path, fake_embedder):
    from core.records import Chunk
    from core.store import ChromaStore, StoreStamp
    from tests.conftest import forget_chroma_clients

    store = ChromaStore(tmp_path / "store")
    chunks = [Chunk(c.chunk_id, c.metadata["section_id"], "t", c.metadata["kind"], c.text, "r.txt", 1, 0,
                    {**c.metadata, "section_title": "t"}) for c in CHUNKS]
    try:
        store.build(chunks, StoreStamp(fake_embedder.model_id, "1", "x"), fake_embedder.embed_documents, {})
        retriever = HybridRetriever.from_store(store, store.active().name, fake_embedder, glossary=GLOSSARY)
        assert len(retriever.index) == len(CHUNKS)
        hits = retriever.retrieve("Konya otomotiv", 3, where={"kind": "inventory"})
        assert hits[0].chunk_id == "c-konya" and {h.kind for h in hits} == {"inventory"}
    finally:
        forget_chroma_clients(store.store_dir)


def test_load_glossary_prefers_the_corpus_folder_then_the_shipped_file(tmp_path):
    from assistant.question.glossary import load_glossary

    assert len(load_glossary(tmp_path)) == len(Glossary.load(DEFAULT_PATH))  # none in tmp_path: the shipped one
    (tmp_path / "glossary.tsv").write_text("# mine\nen\ttr\nfair\tfuar\n", encoding="utf-8")
    assert load_glossary(tmp_path).expand("trade fairs").terms == ("fuar",)


def test_everyday_english_words_are_left_out_of_the_bm25_query_but_names_and_terms_stay():
    everyday = frozenset({"which", "programmes", "support", "buying", "missions", "in", "the", "did", "sprint",
                          "cluster", "get"})
    retriever = HybridRetriever(FakeDense([]), CHUNKS, glossary=GLOSSARY, everyday_english=everyday)
    question = "Which programmes support buying missions in the URGE scheme?"
    planned = retriever.plan(question)[0]
    assert retriever.lexical_query(question, planned) == "URGE scheme? alım heyeti"  # the phrase wins over "mission"
    # names stay even when they are everyday words
    sprint = "Which support did the SPRINT cluster get?"
    assert retriever.lexical_query(sprint, retriever.plan(sprint)[0]).startswith("SPRINT")
    # Turkish questions and unexpanded English ones go to BM25 as planned
    assert retriever.lexical_query("URGE alım heyeti nedir?", "URGE alım heyeti nedir?") == "URGE alım heyeti nedir?"
    assert retriever.lexical_query("Which programmes?", "Which programmes?") == "Which programmes?"
    # without a word list nothing is dropped
    plain = HybridRetriever(FakeDense([]), CHUNKS, glossary=GLOSSARY)
    assert plain.lexical_query(question, planned) == planned


def test_english_view_indexes_the_rendered_section_path_and_outweighs_the_glossary_list():
    from assistant.retrieval.hybrid import english_document

    rendered = {"URGE": "URGE", "Alım Heyeti": "Buying missions",
                "Yurt dışı pazarlama ve alım heyeti programları desteklenir.": "Foreign marketing is supported."}
    view = lambda text: rendered.get(text, text)  # noqa: E731
    assert english_document(BY_ID["c-alim"].text, view) == "URGE › Buying missions\nForeign marketing is supported."
    # "buying missions" is only in the rendered heading of c-alim; the dense list prefers c-urge
    retriever = HybridRetriever(FakeDense(["c-urge", "c-alim"]), CHUNKS, glossary=GLOSSARY, english_view=view)
    assert retriever.plan("Which programmes support buying missions?")[1] == 1.0  # glossary list: plain weight
    hits = retriever.retrieve("Which programmes support buying missions?", 2)
    assert hits[0].chunk_id == "c-alim"
    assert hits[0].score == pytest.approx(1 / 62 + 1 / 61 + 2 / 61)


class FakeVectorDense(FakeDense):
    """FakeDense that also searches by a given query vector, as DenseRetriever does; counts embeddings."""

    def __init__(self, order):
        super().__init__(order)
        self.embedded, self.vectors = [], []

    def query_vector(self, question):
        self.embedded.append(question)
        return [float(len(question))]

    def retrieve_vector(self, vector, k, where=None):
        self.vectors.append(vector)
        return self.retrieve("<vector>", k, where)


def test_english_dense_list_reranks_english_questions_with_one_query_embedding():
    question = "How are trade shows paid for?"  # no glossary term, no Turkish word: the lexical list is empty
    dense, english = FakeVectorDense(["c-konya", "c-alim"]), FakeVectorDense(["c-alim"])
    without = HybridRetriever(FakeVectorDense(["c-konya", "c-alim"]), CHUNKS, glossary=GLOSSARY)
    assert [h.chunk_id for h in without.retrieve(question, 2)] == ["c-konya", "c-alim"]
    retriever = HybridRetriever(dense, CHUNKS, glossary=GLOSSARY, english_dense=english)
    hits = retriever.retrieve(question, 2)
    # c-alim: 1/(60+2) from the cross-lingual list + 0.5/(60+1) from the English one beats c-konya's 1/61
    assert [h.chunk_id for h in hits] == ["c-alim", "c-konya"]
    assert hits[0].score == pytest.approx(1 / 62 + 0.5 / 61) and hits[1].score == pytest.approx(1 / 61)
    assert hits[0].ranks == (2, None, 1) and hits[0].text == BY_ID["c-alim"].text  # the Turkish chunk is shown
    assert dense.embedded == [question] and english.vectors == dense.vectors == [[float(len(question))]]


def test_english_dense_list_is_not_consulted_for_turkish_questions_and_honours_where():
    dense, english = FakeVectorDense(["c-konya", "c-alim"]), FakeVectorDense(["c-alim"])
    retriever = HybridRetriever(dense, CHUNKS, glossary=GLOSSARY, english_dense=english)
    turkish = "Konya otomotiv kümesi hangi aşamada?"
    plain = HybridRetriever(FakeDense(["c-konya", "c-alim"]), CHUNKS, glossary=GLOSSARY)
    assert [(h.chunk_id, h.score) for h in retriever.retrieve(turkish, 3)] == \
        [(h.chunk_id, h.score) for h in plain.retrieve(turkish, 3)]
    assert english.calls == [] and dense.embedded == []
    retriever.retrieve("How are trade shows paid for?", 2, where={"kind": "inventory"})
    assert english.calls[-1][2] == {"kind": "inventory"}


def test_english_view_query_adds_the_glossary_s_english_synonyms():
    # the rendering prints "Telephone"; the question says "phone": the glossary's rows phone/telephone -> telefon
    chunks = [StoredChunk("c-tel", "İletişim\nTelefon: 0 312 204 75 00", {"section_id": "iletisim"}, 0.0),
              StoredChunk("c-web", "Web\nKümelerin web sitesi", {"section_id": "ORA4.AA2.T1.E6"}, 0.0)]
    rendered = {"İletişim": "Contact", "Telefon: 0 312 204 75 00": "Telephone: 0 312 204 75 00",
                "Web": "Web", "Kümelerin web sitesi": "The clusters' website"}
    glossary = Glossary.from_pairs([("phone", "telefon"), ("telephone", "telefon")])
    retriever = HybridRetriever(FakeDense([]), chunks, glossary=glossary, english_view=lambda t: rendered.get(t, t))
    assert retriever.english_query("What is the phone number?") == "What is the phone number? telephone"
    assert [s.doc_id for s in retriever.english_index.search(retriever.english_query("phone number?"), 2)] == ["c-tel"]
    assert retriever.english_index.search("phone number?", 2) == []  # without the synonym nothing matches


def test_english_questions_with_the_english_view_are_fused_with_the_english_k(monkeypatch):
    import assistant.retrieval.hybrid as hybrid

    seen = []
    real = hybrid.rrf_rescored
    monkeypatch.setattr(hybrid, "rrf_rescored", lambda r, w, order_k, scale_k: seen.append((order_k, scale_k))
                        or real(r, w, order_k, scale_k))
    view = HybridRetriever(FakeDense(["c-urge", "c-alim"]), CHUNKS, glossary=GLOSSARY, english_view=lambda t: t)
    plain = HybridRetriever(FakeDense(["c-urge", "c-alim"]), CHUNKS, glossary=GLOSSARY)
    view.retrieve("Which programmes support buying missions?", 2)
    view.retrieve("Alım heyeti programları hangileri?", 2)
    plain.retrieve("Which programmes support buying missions?", 2)  # no English view: two lists, k = 60
    assert seen == [(hybrid.ENGLISH_RRF_K, 60), (60, 60), (60, 60)] and hybrid.ENGLISH_RRF_K == 20

