"""ingest/english_view.py: which chunks have an English view, and what it reads, on a hand-made rendering."""
import json
from types import SimpleNamespace

from core.rendering import Rendering
from core.sentences import sentence_key
from ingest.english_view import REPO_CORPUS, english_views, is_rendered, rendering_dir

PAIRS = [("Fuarlara katılım desteklenir.", "Participation in fairs is supported."),
         ("Alım Heyeti", "Buying missions"), ("EK 2 Küme Envanteri", "EK 2 Cluster Inventory")]


def rendering(folder, pairs=PAIRS):
    folder.mkdir(exist_ok=True)
    (folder / "r.jsonl").write_text("\n".join(json.dumps(
        {"key": sentence_key(tr), "section": "x", "tr": tr, "en": en}, ensure_ascii=False) for tr, en in pairs),
        encoding="utf-8")
    return Rendering.load(folder)


def chunk(cid, text):
    return SimpleNamespace(chunk_id=cid, text=text)


def test_only_chunks_with_a_rendered_body_sentence_get_an_english_view(tmp_path):
    r = rendering(tmp_path / "en")
    chunks = [chunk("fair", "URGE › Alım Heyeti\nFuarlara katılım desteklenir. Yeni cümle burada."),
              chunk("row", "EK 2 Küme Envanteri\nEK 2 No 5: Konya Otomotiv Kümesi — İl: Konya"),  # only its heading
              chunk("user", "Kendi notlarım\nBu belgeyi kullanıcı ekledi.")]
    views = english_views(chunks, r)
    assert views == {"fair": "URGE › Buying missions\nParticipation in fairs is supported. Yeni cümle burada."}
    assert not is_rendered(chunks[1].text, r) and not is_rendered(chunks[2].text, r)


def test_no_rendering_means_no_views(tmp_path):
    assert english_views([chunk("fair", "URGE\nFuarlara katılım desteklenir.")], Rendering({})) == {}


def test_a_corpus_reads_its_own_rendering_else_the_repositorys(tmp_path):
    assert rendering_dir(tmp_path) == REPO_CORPUS / "en"
    (tmp_path / "en").mkdir()
    assert rendering_dir(tmp_path) == tmp_path / "en"
