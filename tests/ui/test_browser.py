"""The web page in headless Chromium: build progress, cited answers, passages, filters, tables, the
evaluation tab, the API, and corpus text that must stay text. Screenshots go to docs/screenshots/."""
import csv
import io
import json
import re

import pytest

from tests.ui.conftest import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's Chromium at /usr/bin/chromium: apt-get install -y chromium"),
]

READY = re.compile(r"^(Hazır\.|Ready\.)$")
XSS_QUESTION = "Zargana Sandalcılar Kümesi güvenlik deneme notu"


def api_client(url: str):
    """A Gradio client that returns the JSON as is: gradio_client 2.7 (protocol sse_v3) would otherwise take
    every dict with a "path" string, like a citation, for a file to download."""
    from gradio_client import Client

    return Client(url, verbose=False, download_files=False)


def wait_ready(page, timeout=120_000):
    page.locator("#status").get_by_text(READY).wait_for(timeout=timeout)


def ask(page, question: str):
    """Ask through the page; returns the last bot message once the answer is complete."""
    bots = page.locator('#chat [data-testid="bot"]')
    before = bots.count()
    copy = page.locator("#copy textarea")
    old = copy.input_value()
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    bots.nth(before).wait_for()
    page.wait_for_function("([el, old]) => el.value && el.value !== old", arg=[copy.element_handle(), old])
    return bots.nth(before)


def citation_labels(page) -> list[str]:
    return [label.inner_text().strip() for label in page.locator("#citations label").all()]


def table_rows(page) -> list[list[str]]:
    rows = page.locator("#table [role=row]").all()[1:]
    return [[cell.strip() for cell in row.inner_text().split("\n") if cell.strip()] for row in rows]


def open_citation(page, predicate=lambda label: True) -> str:
    for i, label in enumerate(citation_labels(page)):
        if predicate(label):
            page.locator("#citations label").nth(i).click()
            number = label.split("]")[0] + "]"
            page.locator("#passage h4").filter(has_text=number).wait_for()
            return label
    raise AssertionError(f"no citation matched among {citation_labels(page)}")


def test_store_builds_in_the_page_with_progress(page, ui_server):
    """The server answers before its store exists; the page shows the build's progress bar, then "Hazır."."""
    if "hazırlanıyor" in page.locator("#status").inner_text().lower():  # still building (it takes ~20 s here)
        seen = page.wait_for_function("""() => {
            const status = document.querySelector('#status');
            const bar = status.querySelector('.progress-level');
            return bar ? bar.innerText : (status.innerText.trim() === 'Hazır.' ? 'finished' : false);
        }""").json_value()
        assert seen == "finished" or "Bilgi deposu hazırlanıyor" in seen, seen
    wait_ready(page)
    assert page.locator("#status").inner_text().strip() == "Hazır."


def test_turkish_question_gets_cited_answer_and_passage(page, screenshots):
    wait_ready(page)
    bot = ask(page, "Bireysel danışmanlık desteğinin yıllık üst sınırı nedir?")
    assert "[1]" in bot.inner_text()
    labels = citation_labels(page)
    assert len(labels) >= 2 and labels[0].startswith("[1] ")
    chosen = open_citation(page, lambda label: "Bireysel" in label)
    passage = page.locator("#passage")
    assert re.search(r"^\[\d+\] 2 · .*Bireysel", passage.locator("h4").inner_text()), chosen
    assert re.search(r"\bs\. 4\b", passage.inner_text()) and "mini-rapor.txt" in passage.inner_text()
    marks = [m.inner_text() for m in passage.locator("mark").all()]
    assert "50.000 USD" in marks and "% 70" in marks, (chosen, marks)
    # a follow-up: the earlier question goes along as history
    follow = ask(page, "peki istihdam programı?")
    assert "[1]" in follow.inner_text() and any("stihdam" in label for label in citation_labels(page))
    assert "Kaynaklar:" in page.locator("#copy textarea").input_value()
    open_citation(page, lambda label: "stihdam" in label)
    page.screenshot(path=str(screenshots / "chat-citations.png"), full_page=True)
    # choosing an earlier answer in the chat shows its sources again
    page.locator('#chat [data-testid="bot"]').first.click()
    page.wait_for_function("() => !document.querySelector('#citations').innerText.includes('stihdam')")
    page.locator("#clear").click()
    page.locator('#chat [data-testid="bot"]').first.wait_for(state="detached")
    assert citation_labels(page) == []


def test_english_question_and_interface_language(page):
    wait_ready(page)
    page.locator("#ui-lang label").filter(has_text="English").click()
    page.locator("#ask").filter(has_text="Ask").wait_for()
    page.get_by_role("tab", name="Evaluation").wait_for(state="visible")  # labels switch asynchronously
    wait_ready(page)
    bot = ask(page, "What is the URGE employment programme?")
    assert "[1]" in bot.inner_text()
    assert any("stihdam" in label for label in citation_labels(page))
    assert any(re.search(r" · p\. \d+$", label) for label in citation_labels(page))
    open_citation(page)
    assert "file: " in page.locator("#passage").inner_text()


def test_an_example_question_is_asked_from_the_empty_chat(page):
    wait_ready(page)
    page.locator("#chat").get_by_text("Which clusters are in Ankara?").click()
    page.locator('#chat [data-testid="user"]').filter(has_text="Which clusters are in Ankara?").wait_for()
    page.locator("#citations label").first.wait_for()
    assert any("Ankara" in label or "ODTÜ" in label for label in citation_labels(page))


def test_filters_narrow_retrieval_to_a_province(page):
    wait_ready(page)
    page.locator("#filters").click()
    for field, option in (("#f-kind", "Küme envanteri (EK 2)"), ("#f-province", "Ankara")):
        page.locator(f"{field} input").click()
        page.locator(f'{field} [data-testid="dropdown-option"]').filter(has_text=option).first.click()
    ask(page, "mobilya kümesi")
    labels = citation_labels(page)
    assert labels and any("Ankara Mobilya" in label for label in labels)
    assert not any("Adana" in label for label in labels), labels


def test_inventory_answer_is_a_sortable_table_with_csv(page, ui_server, screenshots):
    question = "Adana'daki kümeler hangileri?"
    got = api_client(ui_server.url).predict(question, api_name="/ask")
    if not (got.get("direct") or {}).get("table", {}).get("rows"):
        pytest.xfail("the assistant returned no inventory table (Answer.direct) for a province question yet")
    wait_ready(page)
    ask(page, question)
    table = page.locator("#table")
    table.wait_for()
    assert "Adana Mobilya Kümesi" in table.inner_text()
    numbers = [int(r[0]) for r in got["direct"]["table"]["rows"]]
    assert [int(r[0]) for r in table_rows(page)] == sorted(numbers)
    header = table.locator("th").first  # "No": sorted as numbers, descending
    header.hover()
    header.locator("button[aria-label='Open cell menu']").click()
    page.get_by_role("menuitem", name="Sort descending").click()
    for _ in range(50):
        if [int(r[0]) for r in table_rows(page)] == sorted(numbers, reverse=True):
            break
        page.wait_for_timeout(100)
    assert [int(r[0]) for r in table_rows(page)] == sorted(numbers, reverse=True)
    with page.expect_download() as download:
        page.locator("#csv").click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    assert rows[0] == got["direct"]["table"]["columns"]
    assert {tuple(r) for r in rows[1:]} == {tuple(r) for r in got["direct"]["table"]["rows"]}
    page.screenshot(path=str(screenshots / "inventory-table.png"), full_page=True)


def test_html_in_corpus_and_question_stays_text(page):
    wait_ready(page)
    ask(page, XSS_QUESTION + " <img src=x onerror=alert(2)> <script>alert(3)</script>")
    chat = page.locator("#chat")
    assert "<script>alert(1)</script>" in chat.inner_text()
    assert "<img src=x onerror=alert(2)>" in chat.inner_text()
    open_citation(page, lambda label: "guvenlik-notu" in label)
    passage = page.locator("#passage")
    assert "<script>alert(1)</script>" in passage.inner_text()
    assert "<img src=x onerror=alert(1)>" in passage.inner_text()
    assert page.locator("#chat script, #passage script, #chat img[src='x'], #passage img[src='x']").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []


def test_evaluation_tab_runs_an_uploaded_set(page, tmp_path, screenshots):
    lines = [
        {"id": "urge-01-tr", "lang": "tr", "category": "urge", "refuse": False,
         "question": "Bireysel danışmanlık desteğinin yıllık üst sınırı nedir?",
         "sections": ["2.bireysel-danismanlik"], "facts": [["50.000", "50,000"]]},
        {"id": "urge-02-en", "lang": "en", "category": "urge", "refuse": False,
         "question": "What is the URGE employment programme?", "sections": ["2.istihdam"], "facts": []},
        {"id": "inventory-01-tr", "lang": "tr", "category": "inventory", "refuse": False,
         "question": "Ankara'daki yazılım kümesi hangisi? <img src=x onerror=alert(4)>",
         "sections": ["EK2.99"], "facts": [["Olgunluk"]]},
    ]
    path = tmp_path / "mini-set.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n", encoding="utf-8")
    wait_ready(page)
    page.get_by_role("tab", name="Değerlendirme").click()
    page.locator("#eval-file input[type=file]").set_input_files(str(path))
    page.locator("#eval-file").get_by_text("mini-set.jsonl").wait_for()
    page.locator("#eval-run").click()
    summary = page.locator("#eval-summary")
    summary.get_by_text("3 soru").wait_for(timeout=60_000)
    assert "1 satır atlandı" in summary.inner_text()
    overall = page.locator("#eval-eval_overall")
    assert "hit@5" in overall.inner_text()
    assert {"tr", "en"} <= set(page.locator("#eval-eval_by_lang").inner_text().split())
    assert "inventory" in page.locator("#eval-eval_by_cat").inner_text()
    failed = page.locator("#eval-eval_failed").inner_text()
    assert "inventory-01-tr" in failed and "EK2.99" in failed and "<img src=x onerror=alert(4)>" in failed
    with page.expect_download() as download:
        page.locator("#eval-report").click()
    report = download.value.path().read_text(encoding="utf-8")
    assert report.startswith("# Eval report — mini-set.jsonl") and "## Per category" in report
    page.screenshot(path=str(screenshots / "evaluation.png"), full_page=True)
    # a bundled set, limited to a few questions spread over categories
    page.locator("#eval-file button[aria-label='Clear']").click()
    page.locator("#eval-set input").click()
    page.locator('#eval-set [data-testid="dropdown-option"]').filter(has_text="dev.jsonl").click()
    page.locator("#eval-limit input").fill("4")
    page.locator("#eval-run").click()
    summary.get_by_text("evals/sets/dev.jsonl").wait_for(timeout=60_000)
    assert "4 soru" in summary.inner_text()


def test_evaluation_upload_accepts_only_small_jsonl(page, tmp_path):
    wait_ready(page)
    page.get_by_role("tab", name="Değerlendirme").click()
    (tmp_path / "set.txt").write_text("{}", encoding="utf-8")
    (tmp_path / "big.jsonl").write_bytes(b"{}" * (1024 * 1024 + 1))
    for name, error in (("set.txt", "Invalid file type"), ("big.jsonl", "exceed the maximum allowed size")):
        page.locator("#eval-file input[type=file]").set_input_files(str(tmp_path / name))
        page.locator(".toast-body").filter(has_text=error).first.wait_for()
    page.locator("#eval-run").click()
    page.locator(".toast-body").filter(has_text="Önce bir soru kümesi").first.wait_for()


def test_api_ask_returns_the_json_of_kume_ask(ui_server):
    client = api_client(ui_server.url)
    assert set(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == {"/ask"}
    got = client.predict("URGE istihdam programı nedir?", api_name="/ask")
    assert {"question", "answer", "lang", "refused", "citations", "retrieved", "timings_ms"} <= set(got)
    assert got["lang"] == "tr" and got["citations"] and {"n", "section_id", "path", "page", "text"} <= set(
        got["citations"][0])
    with pytest.raises(Exception, match="limit"):
        client.predict("soru " * 1000, api_name="/ask")
