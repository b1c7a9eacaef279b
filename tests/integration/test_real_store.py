"""End to end on the real report: the right section must be cited."""
import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.integration

CASES = [
    ("URGE eğitim ve danışmanlık desteğinin üst sınırı nedir?", "2.egitim-danismanlik"),
    ("NanoBioNet kümesi kaç projeyi finansal olarak destekledi?", "3.4"),
    ("Bireysel danışmanlık desteği kaç yıl süreyle verilir?", "2.bireysel-danismanlik"),
    ("What did the SPRINT cluster in Romania do?", "3.5"),
    ("Küme yöneticileri kulübünün kurulması hangi eylemdir?", "ORA1.AA1.T2.E1"),
]


@pytest.mark.parametrize("question, section", CASES)
def test_cites_the_right_section(real_assistant, question, section):
    answer = real_assistant.ask(question, k=5)
    assert section in [c.section_id for c in answer.citations]
    assert not answer.refused
    cited = next(c for c in answer.citations if c.section_id == section)
    assert f"[{cited.n}]" in answer.answer and cited.page is not None


def test_language_of_the_frame_follows_the_question(real_assistant):
    assert real_assistant.ask("What did the SPRINT cluster in Romania do?").lang == "en"
    assert real_assistant.ask("SPRINT kümesi ne yaptı?").lang == "tr"


def test_reingest_of_unchanged_corpus_is_a_no_op(real_settings, real_embedder):
    from ingest.pipeline import run_ingest

    summary = run_ingest(real_settings, real_embedder)
    assert summary.up_to_date and summary.embedded == 0 and summary.inventory_rows == 356


def test_cli_json_schema_is_stable(real_settings):
    env = {**os.environ, "KUME_STORE": str(real_settings.store_dir), "KUME_CORPUS": str(real_settings.corpus_dir)}
    out = subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "ask", "--json", "-k", "3",
                          "URGE alım heyeti desteği üst sınırı"], capture_output=True, text=True, env=env, check=True)
    data = json.loads(out.stdout)
    assert set(data) >= {"question", "answer", "lang", "refused", "citations", "retrieved", "timings_ms"}
    assert set(data["citations"][0]) >= {"n", "section_id", "section_title", "kind", "source", "page", "text"}
    assert set(data["retrieved"][0]) == {"section_id", "kind", "score", "text"}
    assert [c["n"] for c in data["citations"]] == list(range(1, len(data["citations"]) + 1))


def test_cli_bad_input_is_one_line(real_settings):
    env = {**os.environ, "KUME_STORE": str(real_settings.store_dir)}
    out = subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "ask", "   "],
                         capture_output=True, text=True, env=env)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "empty question" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    out = subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "ask", "--jsonl"],
                         input='{"question": "SPRINT nedir?"}\n{broken\n\n', capture_output=True, text=True, env=env)
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert lines[0]["line"] == 1 and lines[0]["citations"]
    assert lines[1]["line"] == 2 and "error" in lines[1]


def test_chat_follow_up_keeps_the_province(real_settings):
    env = {**os.environ, "KUME_STORE": str(real_settings.store_dir), "KUME_CORPUS": str(real_settings.corpus_dir)}
    script = "Gaziantep'teki kümeler hangileri?\nBunlardan hangileri gıda sektöründe?\n/clear\n/quit\n"
    out = subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "chat"], input=script,
                         capture_output=True, text=True, env=env, check=True)
    assert "19 küme" in out.stdout
    follow_up = out.stdout.split("19]")[-1]
    assert "152 Gaziantep Un, İrmik, Makarna" in follow_up and "148 Gaziantep" not in follow_up.split("Fikir [1]")[0]
    assert "(conversation cleared)" in out.stdout and "Traceback" not in out.stderr


def test_jsonl_follow_up_uses_its_history(real_settings):
    env = {**os.environ, "KUME_STORE": str(real_settings.store_dir), "KUME_CORPUS": str(real_settings.corpus_dir)}
    line = json.dumps({"question": "Peki Konya'da?",
                       "history": [{"role": "user", "content": "Gaziantep'teki kümeler hangileri?"}]})
    out = subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "ask", "--jsonl"], input=line,
                         capture_output=True, text=True, env=env, check=True)
    answer = json.loads(out.stdout)
    assert answer["direct"]["kind"] == "inventory" and answer["answer"].startswith("Konya ilinde")


def test_structured_answers_on_the_real_store(real_assistant):
    urge = real_assistant.ask("URGE eğitim ve danışmanlık desteğinin üst sınırı nedir?")
    assert urge.answer.splitlines()[0].startswith("Eğitim ve/veya danışmanlık") and "400.000 USD" in urge.answer
    assert urge.citations[0].section_id == "2.egitim-danismanlik"
    profile = real_assistant.ask("What actions apply to a start-stage textile cluster?")
    assert profile.lang == "en" and "ORA1.AA1.T1.E6" in profile.answer.split("\n")[1]
    province = real_assistant.ask("Afyon'daki kümeler")
    assert province.direct.count == 4 and [c.section_id for c in province.citations[:4]] == [
        "EK2.22", "EK2.23", "EK2.24", "EK2.25"]
    refused = real_assistant.ask("URGE limitleri 2024 yılında neydi?")
    assert refused.refused and "2024" in refused.answer


def test_names_decide_between_rows_passages_and_refusals(real_assistant):
    annex = real_assistant.ask("EK 2'deki Gaziantep kümeleri hangileri?")  # the annex says where, the rows answer
    assert annex.direct.kind == "inventory" and annex.direct.count == 19
    one = real_assistant.ask("ODTÜ Teknokent Yazılım Kümesi hangi aşamada?")  # one row, not all software clusters
    assert [c.section_id for c in one.direct.citations] == ["EK2.42"] and "Olgunluk" in one.answer
    stage = real_assistant.ask("List the inventory entries at the Gelişme stage.")  # a stage label is no name
    assert stage.direct.count == 14
    case = real_assistant.ask("Toronto Gıda ve İçecek Kümesi'nin kaç üyesi var?")  # a case study, not food rows
    assert case.direct is None and case.citations[0].section_id == "3.1"
    missing = real_assistant.ask("MOSDER'in kaç üyesi var?")  # listed in EK 2, members given nowhere
    assert missing.refused and "MOSDER" in missing.answer and missing.citations
    assert missing.to_dict()["refusal_reason"] == "rapor «MOSDER» için üye / firma sayısı bilgisi vermiyor"
    unknown = real_assistant.ask("What does the EU COSME programme fund for clusters?")
    assert unknown.refused and "COSME" in unknown.answer
