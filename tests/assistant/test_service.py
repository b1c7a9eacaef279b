import pytest

from assistant.compose.passages import best_excerpt, cite, compose
from core.answers import Hit
from assistant.service import Assistant, QuestionError


class FakeRetriever:
    def __init__(self, hits):
        self.hits = hits
        self.calls = []

    def retrieve(self, question, k, where=None):
        self.calls.append((question, k))
        return self.hits[:k]


def hit(sid, text, score=0.9, page=3):
    return Hit(f"c-{sid}-{score}", sid, f"Başlık {sid}", "urge", f"Yol › {sid}\n{text}", score, "r.txt", page)


HITS = [
    hit("2.egitim-danismanlik", "Giriş cümlesi. Giderlerin % 75’i proje bazında 400.000 USD’a kadar karşılanmaktadır."),
    hit("2.egitim-danismanlik", "Aynı bölümün ikinci parçası.", 0.8),
    hit("2.istihdam", "En fazla 2 (iki) uzman personelin istihdam giderleri desteklenmektedir.", 0.8, None),
]


def test_answer_cites_each_section_once_in_rank_order():
    answer = Assistant(FakeRetriever(HITS)).ask("URGE eğitim desteği üst sınırı nedir?", k=5)
    assert [c.section_id for c in answer.citations] == ["2.egitim-danismanlik", "2.istihdam"]
    assert [c.n for c in answer.citations] == [1, 2]
    assert "400.000 USD" in answer.citations[0].text
    assert answer.answer.splitlines()[1].startswith("[1] 2.egitim-danismanlik") and "s. 3" in answer.answer
    assert answer.lang == "tr" and not answer.refused


def test_english_frame_turkish_quotes():
    answer = Assistant(FakeRetriever(HITS)).ask("What is the ceiling of URGE training support?")
    assert answer.lang == "en" and answer.answer.startswith("The most relevant passages")
    assert "karşılanmaktadır" in answer.answer and ", p. 3" in answer.answer


def test_nothing_retrieved_is_a_refusal():
    answer = Assistant(FakeRetriever([])).ask("Hava nasıl?")
    assert answer.refused and answer.citations == () and "bulunamadı" in answer.answer
    assert answer.to_dict()["refusal_reason"] == "hiçbir bölüm soruyu desteklemiyor"


@pytest.mark.parametrize("bad", ["", "   \n\t", None])
def test_empty_questions_rejected_with_a_hint(bad):
    with pytest.raises(QuestionError, match="empty question"):
        Assistant(FakeRetriever(HITS)).ask(bad)


def test_overlong_question_rejected():
    with pytest.raises(QuestionError, match="limit is 50"):
        Assistant(FakeRetriever(HITS), max_question_chars=50).ask("x" * 51)


def test_json_shape():
    data = Assistant(FakeRetriever(HITS)).ask("URGE?", k=2).to_dict()
    assert list(data)[:7] == ["question", "answer", "lang", "refused", "citations", "retrieved", "timings_ms"]
    assert len(data["retrieved"]) == 3 and data["timings_ms"]["total"] >= 0  # the top max(k, 10) retrieved
    assert "refusal_reason" not in data  # only refusals carry one


def test_best_excerpt_prefers_matching_sentences():
    text = "Alakasız bir cümle. Turizm güzeldir. NanoBioNet 26 projeyi destekledi. Son cümle."
    assert best_excerpt(text, "NanoBioNet kaç proje destekledi", max_chars=60).startswith("NanoBioNet 26")


def test_compose_without_page():
    citations = cite(HITS[2:], "istihdam", 5)
    assert compose(citations, "tr") == ("Raporun bu soruyla en ilgili bölümleri:\n"
                                        f"[1] 2.istihdam Başlık 2.istihdam: «{citations[0].text}»")


def test_supporting_keeps_only_passages_near_the_best_score():
    """A passage far behind the best one is padding, not support (citation precision)."""
    from assistant.service import supporting
    from core.answers import Hit

    hits = [Hit(str(i), f"s{i}", "t", "report", "x", score) for i, score in enumerate((1.0, 0.9, 0.84, 0.5))]
    assert [h.section_id for h in supporting(hits, 0.85)] == ["s0", "s1"]
    assert supporting(hits, 0) == hits
    assert [h.section_id for h in supporting(hits[1:], 0.85, best=1.0)] == ["s1"]


def test_a_direct_answer_is_followed_only_by_a_passage_that_backs_it():
    """After a direct answer, the best-scoring passage is support only if two rankers agree on it; an unrelated
    one a single list pulled up is not, and the parent of the cited section only repeats it (compose/support.py
    `direct_support`)."""
    from types import SimpleNamespace

    from core.answers import Citation, DirectAnswer

    assistant = Assistant(FakeRetriever([]))
    parents = {"2.egitim-danismanlik": "2", "2": None, "ORA1.AA1.T1": "ORA1.AA1"}
    assistant.knowledge = SimpleNamespace(index=SimpleNamespace(
        sections={sid: SimpleNamespace(parent_id=p) for sid, p in parents.items()}))
    direct = DirectAnswer("urge", "Eğitim desteği: %75 [1]", (Citation(1, "2.egitim-danismanlik", "Eğitim", "urge",
                                                                       "r.txt", 12, "%75"),))
    unrelated = Hit("c1", "ORA1.AA1.T1", "Eylem", "action_plan", "Yol\nEğitim programları düzenlenir.", 0.050,
                    ranks=(4, 9))
    parent = Hit("c2", "2", "URGE", "urge", "Yol\nURGE eğitim desteği verir.", 0.046, ranks=(6, 8))
    _, citations = assistant._with_support(direct, [unrelated, parent], "eğitim desteği", "tr", 5)
    assert [c.section_id for c in citations] == ["2.egitim-danismanlik"]
    agreed_on = Hit("c3", "ORA1.AA1.T1", "Eylem", "action_plan", "Yol\nEğitim programları düzenlenir.", 0.050,
                    ranks=(2, 3))
    _, citations = assistant._with_support(direct, [agreed_on, parent], "eğitim desteği", "tr", 5)
    assert [c.section_id for c in citations] == ["2.egitim-danismanlik", "ORA1.AA1.T1"]


def test_a_recommendation_is_not_answered_from_inventory_rows():
    """NOT_INVENTORY_KINDS: a row that matched only the asker's own province and sector is no evidence for advice."""
    row = Hit("c-row", "EK2.278", "Malatya Tekstil Sektörü Kümesi", "inventory",
              "EK 2 › No 278\nMalatya Tekstil Sektörü Kümesi — İl: Malatya; Sektör: tekstil", 0.95, "r.txt", 78)
    action = Hit("c-act", "ORA1.AA1.T1.E6", "Teknik destek", "action",
                 "ORA1 › E6\nBaşlangıç aşamasındaki kümelerin yönetimi için teknik destek önerilir.", 0.9, "r.txt", 43)
    answer = Assistant(FakeRetriever([row, action])).ask("Malatya'da tekstil kümesiyiz; raporda bize ne öneriliyor?")
    assert [c.section_id for c in answer.citations] == ["ORA1.AA1.T1.E6"]
    listing = Assistant(FakeRetriever([row, action])).ask("Malatya'daki tekstil kümesi hangi aşamada?")
    assert "EK2.278" in [c.section_id for c in listing.citations]


def test_a_share_is_not_answered_from_inventory_rows():
    """NOT_INVENTORY_KINDS "share": one row states no share; the section that gives it is the answer."""
    row = Hit("c-row", "EK2.187", "Büyükçekmece Gıda Sektörü Kümelenmesi", "inventory",
              "EK 2 › No 187\nBüyükçekmece Gıda Sektörü Kümelenmesi — İl: İstanbul; Sektör: tarım-gıda", 0.95, "r.txt", 74)
    share = Hit("c-42a", "4.2.A", "Sektör Bazlı Dağılım", "narrative",
                "4.2 › A\nGrafikte tarım-gıda %25 ile en yüksek paya sahiptir.", 0.9, "r.txt", 31)
    answer = Assistant(FakeRetriever([row, share])).ask("Kümelerin yüzde kaçı tarım-gıda sektöründe?")
    assert [c.section_id for c in answer.citations] == ["4.2.A"]
    only_rows = Assistant(FakeRetriever([row])).ask("Kümelerin yüzde kaçı tarım-gıda sektöründe?")
    assert not only_rows.refused and [c.section_id for c in only_rows.citations] == ["EK2.187"]  # not a refusal
