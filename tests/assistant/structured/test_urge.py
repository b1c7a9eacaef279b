"""URGE answers: the right line, figures exactly as printed, each cited with its sentence."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.question.slots import extract_slots, slots_for
from assistant.structured.urge import answer_urge, facts_from_chunks, is_urge_question
from ingest.chunking import chunk_sections
from ingest.report_parser import parse_corpus
from ingest.urge_lines import extract_facts

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def parsed():
    return parse_corpus(CORPUS)


@pytest.fixture(scope="module")
def facts(parsed):
    return extract_facts(parsed.sections)


def ask(question, facts, lang="tr"):
    assert is_urge_question(question, extract_slots(question)), question
    return answer_urge(question, facts, lang)


@pytest.mark.parametrize("question", [
    "URGE eğitim desteğinin üst sınırı nedir?", "UR-GE alım heyeti programında kaç program desteklenir?",
    "Proje bazlı bireysel danışmanlık desteğinin oranı, yıllık üst limiti ve süresi nedir?",
    "Under the URGE employment programme, how many expert staff can be supported?",
    "What does URGE cover?", "Which support lines does URGE have?",
    "Tebliğ 2010/8 kapsamında işbirliği kuruluşları hangileri?", "URGE desteğinin amacı nedir?",
    "Uluslararası Rekabetçiliğin Geliştirilmesinin Desteklenmesi Hakkında Tebliğ'in numarası nedir?",
])
def test_urge_questions_are_recognised(question):
    assert is_urge_question(question, extract_slots(question))


@pytest.mark.parametrize("question", [
    "URGE Tebliği'nde 2015 yılında hangi değişiklikler yapıldı?",
    "İtalya'nın ulusal küme destek programında hibe oranları nelerdir?",
    "Anketi kimler uyguladı ve uygulayıcılara ne kadar eğitim verildi?",
    "When and where was the survey training held, and how long did it take?",
    "ORA4.AA1.T1.E4 eylemi Tebliğ hakkında ne diyor?", "Which actions mention URGE?",
    "Gaziantep'teki kümeler hangileri?", "URGE desteğinden yararlanan kümeler hangileri?",
])
def test_other_questions_are_not_urge_questions(question):
    assert not is_urge_question(question, extract_slots(question))


def test_training_line_turkish_lead_is_exact(facts):
    a = ask("URGE kapsamındaki eğitim ve/veya danışmanlık programlarında giderlerin yüzde kaçı karşılanıyor?", facts)
    assert a.kind == "urge"
    assert a.lead == "Eğitim ve/veya danışmanlık programları: giderlerin % 75’i, proje bazında 400.000 USD’a kadar [1]"
    assert len(a.citations) == 1 and a.citations[0].section_id == "2.egitim-danismanlik"
    assert a.citations[0].text.endswith("faaliyet giderlerinin % 75’i proje bazında 400.000 USD’a kadar karşılanmaktadır.")


def test_training_line_english_answer_spells_figures_the_english_way(facts):
    """Same values, English spelling (issue: English answers in English); the quote keeps the original."""
    a = ask("Under URGE, what share of the costs of training and/or consultancy programmes is covered?", facts, "en")
    assert a.lead.startswith("Training and/or consultancy programmes")
    assert "75% of costs, up to 400,000 USD per project [1]" in a.lead
    assert not re.search(r"% 75|400\.000|\$|ğ|ı|ş", a.lead)  # no Turkish spelling or letters in the English lead
    assert a.citations[0].text.startswith("Eğitim ve/veya")  # the quoted original stays Turkish


def test_marketing_and_purchasing_delegation_share_one_sentence(facts):
    a = ask("What share of costs is covered for URGE foreign marketing and buyer delegation programmes?", facts, "en")
    assert "5 (five)" in a.lead and "150,000 USD" in a.lead
    assert "10 (ten)" in a.lead and "100,000 USD" in a.lead and "75%" in a.lead
    assert len(a.citations) == 1 and a.citations[0].section_id == "2.yurtdisi-pazarlama"


def test_individual_consultancy_and_employment(facts):
    a = ask("Proje bazlı bireysel danışmanlık desteğinin oranı, yıllık üst limiti ve süresi nedir?", facts)
    assert a.lead == "Bireysel danışmanlık programı: giderlerin % 70’i, yıllık 50.000 USD’a kadar, süre: 3 (üç) yıl [1]"
    b = ask("URGE istihdam programında işbirliği kuruluşuna her uzman personel için ne kadar destek verilir?", facts)
    assert "en fazla 2 (iki) uzman personel" in b.lead and "emsal personeli brüt ücreti tutarı kadar" in b.lead
    assert b.citations[0].section_id == "2.istihdam" and "3 (üç) yılı aşmamak üzere" in b.citations[0].text


def test_overview_lists_every_line_and_cites_the_mechanism(facts):
    a = ask("Which programmes are combined in URGE's integrated support mechanism?", facts, "en")
    assert a.count == 5
    for name in ("Training and/or consultancy", "Foreign marketing", "delegation", "Individual consultancy",
                 "Employment"):
        assert name in a.lead
    assert a.citations[0].section_id == "2" and "bütünleşik" in a.citations[0].text
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", a.lead)}
    assert numbers == {c.n for c in a.citations}


def test_organisations_purpose_and_decree(facts):
    orgs = ask("Can an Organised Industrial Zone act as an işbirliği kuruluşu under URGE?", facts, "en")
    assert "Organize Sanayi Bölgeleri" in orgs.lead and "Teknoloji Geliştirme Bölgeleri" in orgs.lead
    assert orgs.count == 10 and orgs.citations[0].section_id == "2"
    purpose = ask("URGE desteğinin amacı nedir, hangi şirketleri hedefler?", facts)
    assert "yazılım sektöründe" in purpose.lead
    decree = ask("Uluslararası Rekabetçiliğin Geliştirilmesinin Desteklenmesi Hakkında Tebliğ'in numarası nedir?", facts)
    assert "2010/8" in decree.lead and "23 Eylül 2010" in decree.lead


def test_follow_up_reads_the_line_from_the_previous_turn(facts):
    from assistant.question.followup import retrieval_text

    history = ["URGE'de bireysel danışmanlık desteği var mı?"]
    text = retrieval_text("Peki yıllık üst sınırı ve süresi ne?", history)
    assert is_urge_question(text, slots_for("Peki yıllık üst sınırı ve süresi ne?", history))
    assert "yıllık 50.000 USD" in answer_urge(text, facts, "tr").lead
    later = retrieval_text("And what were these limits in 2024?", ["What is the ceiling of the training line?"])
    assert not is_urge_question(later, extract_slots(later))  # the report cannot speak for 2024


def test_facts_from_stored_chunks_equal_the_parsed_ones(parsed, facts):
    assert facts_from_chunks(chunk_sections(parsed.sections, parsed.clusters)) == facts


def test_a_plain_list_of_lines_is_accepted(facts):
    a = answer_urge("URGE bireysel danışmanlık oranı", facts.lines, "tr")
    assert "% 70" in a.lead
