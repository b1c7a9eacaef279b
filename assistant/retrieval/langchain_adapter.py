"""Küme Asistanı for LangChain applications: the hybrid retriever as a `BaseRetriever`, the assistant as a Runnable.

Inside the product no LangChain object crosses a stage (frozen values do); this adapter is the one place
where LangChain's conventions are met, so a LangChain chain can use the report's hybrid retrieval or whole
cited answers. Documents carry the chunk text as `page_content` and the section id, title, kind, page,
path and fused score as metadata.
"""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda
from pydantic import ConfigDict


class KumeRetriever(BaseRetriever):
    """`retriever.invoke("URGE eğitim desteği")` → the top `k` chunks of the hybrid ranking as Documents."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    retriever: Any  # anything with retrieve(question, k, where=None) -> list[core.answers.Hit]
    k: int = 5
    where: dict | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [Document(page_content=hit.text, metadata={
                    "section_id": hit.section_id, "section_title": hit.section_title, "kind": hit.kind,
                    "page": hit.page, "path": hit.path, "source": hit.source, "score": hit.score})
                for hit in self.retriever.retrieve(query, self.k, where=self.where)]


def assistant_runnable(assistant, k: int = 5) -> RunnableLambda:
    """A Runnable: a question string, or {"question": ..., "history": [...]} → the `kume ask --json` dict."""

    def run(value) -> dict:
        if isinstance(value, str):
            return assistant.ask(value, k=k).to_dict()
        return assistant.ask(value["question"], k=value.get("k", k), history=value.get("history", ())).to_dict()

    return RunnableLambda(run)
