"""The English view of chunks and its analyzer, on a tiny hand-made rendering."""
import json

from assistant.retrieval.english import english_analyzer, english_text, sentence_pairs
from assistant.retrieval.lexical import BM25Index
from core.rendering import Rendering
from core.sentences import sentence_key


def rendering(tmp_path, pairs):
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(
        {"key": sentence_key(tr), "section": "x", "tr": tr, "en": en}, ensure_ascii=False) for tr, en in pairs),
        encoding="utf-8")
    return Rendering.load(tmp_path)


def test_chunk_sentences_find_their_rendering_and_unrendered_ones_stay_turkish(tmp_path):
    r = rendering(tmp_path, [("Fuarlara katılım desteklenir.", "Participation in fairs is supported.")])
    text = "Fuarlara katılım desteklenir. Yeni cümle burada.\n\nİkinci paragraf."
    assert sentence_pairs(text, r) == [("Fuarlara katılım desteklenir.", "Participation in fairs is supported."),
                                       ("Yeni cümle burada.", None), ("İkinci paragraf.", None)]
    assert english_text(text, r) == "Participation in fairs is supported. Yeni cümle burada. İkinci paragraf."


def test_english_analyzer_stems_both_sides_and_drops_stop_words():
    analyze = english_analyzer()
    assert "~export" in analyze("exporting") and "~export" in analyze("exports")
    assert "the" not in analyze("the fairs")
    index = BM25Index(["a", "b"], ["Participation in fairs is supported.", "Employment of expert staff."],
                      analyzer=analyze)
    assert index.search("Do they support fair participation?", 1)[0].doc_id == "a"
