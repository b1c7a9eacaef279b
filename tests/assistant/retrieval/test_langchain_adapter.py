"""LangChain applications get the hybrid ranking as Documents and whole cited answers from a Runnable."""
from assistant.retrieval.langchain_adapter import KumeRetriever, assistant_runnable
from assistant.service import Assistant
from core.answers import Hit


class FakeRetriever:
    def retrieve(self, question, k, where=None):
        hits = [Hit("c1", "2.egitim-danismanlik", "Eğitim", "urge", "Yol\nGiderlerin % 75'i karşılanır.", 0.9,
                    "r.txt", 12, "2 › Eğitim"),
                Hit("c2", "2.istihdam", "İstihdam", "urge", "Yol\nİki uzman personel.", 0.85, "r.txt", 13)]
        return hits[:k]


def test_retriever_returns_documents_with_the_section_metadata():
    docs = KumeRetriever(retriever=FakeRetriever(), k=1).invoke("URGE eğitim desteği")
    assert len(docs) == 1 and "% 75" in docs[0].page_content
    assert docs[0].metadata["section_id"] == "2.egitim-danismanlik" and docs[0].metadata["page"] == 12


def test_runnable_answers_with_the_json_shape():
    out = assistant_runnable(Assistant(FakeRetriever())).invoke({"question": "URGE eğitim desteği nedir?"})
    assert out["citations"][0]["section_id"] == "2.egitim-danismanlik" and out["refused"] is False
