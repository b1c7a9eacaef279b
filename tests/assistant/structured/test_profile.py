"""Actions for a cluster profile: specific ties first with the report's reasons, then general ones."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.question.slots import extract_slots
from assistant.structured.inventory_gate import is_inventory_question
from assistant.structured.profile import answer_profile, is_profile_question
from assistant.structured.urge import is_urge_question
from ingest.applicability import TSV_NAME, read_tsv
from ingest.inventory import BropTable
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def env():
    parsed = parse_corpus(CORPUS)
    return read_tsv(CORPUS / TSV_NAME), {s.section_id: s for s in parsed.sections}, BropTable.from_corpus(CORPUS)


def ask(question, env, lang):
    table, sections, brop = env
    slots = extract_slots(question)
    assert is_profile_question(question, slots), question
    return answer_profile(question, slots, table, sections, lang, brop=brop)


def codes(answer):
    return [row[0] for row in answer.rows]


@pytest.mark.parametrize("question", [
    "What actions apply to a start-stage textile cluster?",
    "Trabzon'da başlangıç aşamasında bir kümeyiz, hangi eylemler uygun?",
    "Kümem başlangıç aşamasında, ne yapmalıyız?", "BROP ilinde bir kümeyiz, hangi tedbirler bize uygun?",
    "What does the action plan recommend for clusters producing traditional food products?",
    "Fikir aşamasındaki kümeler için ne yapılması öneriliyor?",
])
def test_profile_questions_are_recognised_and_not_taken_by_others(question):
    slots = extract_slots(question)
    assert is_profile_question(question, slots)
    assert not is_inventory_question(question, slots) and not is_urge_question(question, slots)


@pytest.mark.parametrize("question", [
    "Which actions promote the environment / clean energy topic through clusters?",  # a topic, not a profile
    "ORA1.AA1.T1.E6 eylemi nedir?", "Gaziantep'teki kümeler hangileri?",
    "Can you recommend a good kebab restaurant in Gaziantep?",
    "Küme yönetimi konusunda ağ oluşturma tedbiri kapsamında hangi eylemler öneriliyor?",
])
def test_other_questions_are_not_profile_questions(question):
    assert not is_profile_question(question, extract_slots(question))


def test_start_stage_textile_cluster(env):
    a = ask("What actions apply to a start-stage textile cluster?", env, "en")
    assert a.kind == "profile"
    assert codes(a)[0] == "ORA1.AA1.T1.E6"
    assert a.rows[0][2].startswith("stage")
    first = a.lead.splitlines()[1]
    assert first.startswith("1. ORA1.AA1.T1.E6 Başlangıç ve gelişen aşamadaki kümelerin")
    design = next(r for r in a.rows if r[0] == "ORA3.AA1.T2.E1")
    assert design[2].startswith("sector") and "tekstil, seramik, mobilya" in design[2]
    assert codes(a).index("ORA3.AA1.T2.E1") < codes(a).index("ORA2.AA2.T1.E3")  # named sector before "yaygın"
    assert "ORA4.AA2.T1.E1" not in codes(a)  # tied to idea/developing/mature, not to the start stage
    general = [r for r in a.rows if r[2] == "general"]
    shown = [line for line in a.lead.splitlines() if line.startswith("- ")]
    assert 0 < len(shown) <= 8 < len(general) and general[0][0].startswith("ORA1")  # every one reachable in the table
    assert re.search(rf"and {len(general) - len(shown)} more general actions \(all of them in the table\)", a.lead)
    assert "ORA1.AA4.T1.E3" not in codes(a)  # a food-only action is no advice for a textile cluster
    assert a.lead.startswith("For a cluster at the start stage")


def test_citations_are_numbered_and_point_to_real_sections(env):
    _, sections, _ = env
    a = ask("What actions apply to a start-stage textile cluster?", env, "en")
    assert [c.n for c in a.citations] == list(range(1, len(a.citations) + 1))
    assert {int(n) for n in re.findall(r"\[(\d+)\]", a.lead)} == {c.n for c in a.citations}
    for c in a.citations:
        assert c.section_id in sections
        assert c.path == " › ".join(sections[c.section_id].path)
    quote = next(c for c in a.citations if c.section_id == "ORA3.AA1.T2")
    assert quote.text in sections["ORA3.AA1.T2"].text


def test_brop_province_brings_brop_actions(env):
    a = ask("Trabzon'da başlangıç aşamasında bir kümeyiz, hangi eylemler uygun?", env, "tr")
    assert codes(a)[0] == "ORA1.AA1.T1.E6" and a.rows[0][2].startswith("aşama, BROP")
    for code in ("ORA4.AA2.T1.E2", "ORA2.AA1.T2.E1", "ORA2.AA2.T1.E3"):
        assert code in codes(a)
    assert "BROP bölgesinde bir küme için" in a.lead and "genel eylem daha" in a.lead


def test_non_brop_mature_cluster(env):
    a = ask("İstanbul'da olgun bir kümeyiz, hangi eylemler uygun?", env, "tr")
    assert "ORA3.AA3.T1.E1" in codes(a)  # "TAYSAD ve SASAD gibi olgun kümeler"
    assert "ORA1.AA1.T1.E6" not in codes(a)
    assert "ORA4.AA2.T1.E2" in codes(a)  # BROP ve BROP dışı eşleşmeler concern non-BROP clusters too


def test_cooperation_between_brop_and_non_brop(env):
    a = ask("Which actions encourage cooperation between BROP and non-BROP regions?", env, "en")
    assert {"ORA4.AA2.T1.E2", "ORA2.AA1.T2.E1"} <= set(codes(a)[:a.count])
    assert "hibe oranları" in a.lead and "ORA1.AA1.T1.E6" not in codes(a)


def test_food_and_idea_stage(env):
    food = ask("What does the action plan recommend for clusters producing traditional food products?", env, "en")
    assert codes(food)[0] == "ORA1.AA4.T1.E3" and "coğrafi işaret" in food.lead
    idea = ask("Fikir aşamasındaki kümeler için uluslararasılaştırma faaliyetlerinden önce ne yapılması öneriliyor?",
               env, "tr")
    assert codes(idea)[:4] == [f"ORA1.AA1.T2.E{i}" for i in range(1, 5)]
    assert "bölgelerarasılaştırma" in idea.lead and any(c.section_id == "ORA4" for c in idea.citations)


def test_profile_without_specific_actions_falls_back_to_general(env):
    a = ask("Madencilik kümemiz için hangi eylemler uygun?", env, "tr")
    assert a.count == 0 and all(r[2] == "genel" for r in a.rows) and "özgü bir eylem adlandırmıyor" in a.lead
