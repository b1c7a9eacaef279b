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


def test_english_analyzer_uses_porter_stems_for_derived_words():
    analyze = english_analyzer(frozenset())
    assert "~intern" in analyze("internationally") and "~intern" in analyze("international competitiveness")


def test_heading_titles_drop_outline_numbers_plan_codes_and_trailing_codes():
    from assistant.retrieval.english import heading_titles

    assert heading_titles("2 URGE › 2.1 Proje Bazlı Eğitim") == ["URGE", "Proje Bazlı Eğitim"]
    assert heading_titles("ORA4 Uluslararasılaştırma › AA3 Tanıtım › T1 Tanıtım › E2 Fuarlara katılım") == [
        "Uluslararasılaştırma", "Tanıtım", "Tanıtım", "Fuarlara katılım"]
    assert heading_titles("E6 Web sitesi kullanması (ORA4.AA2.T1-E6)") == ["Web sitesi kullanması"]
    assert heading_titles("EK 2 – Envanter › No 128 Diyarbakır Turizm Kümesi") == ["EK 2 – Envanter",
                                                                                    "Diyarbakır Turizm Kümesi"]


def test_english_heading_renders_each_title(tmp_path):
    from assistant.retrieval.english import english_heading

    r = rendering(tmp_path, [("Fuarlara katılım", "Participation in trade fairs")])
    assert english_heading("AA3 Tanıtım › E2 Fuarlara katılım", r) == "Tanıtım › Participation in trade fairs"
