"""The web page in headless Chromium: build progress, cited answers with clickable citations, the sources
panel, filters as chips, tables, the conversation across a reload, the evaluation tab, the API and corpus text
that must stay text. Screenshots go to docs/screenshots/ (make screenshots)."""
import csv
import io
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
DONE = '#chat [data-testid="bot"] .kume-msg:not(.kume-pending)'


def api_client(url: str):
    """gradio_client with its defaults: the /ask JSON has no key the client takes for a file."""
    from gradio_client import Client

    return Client(url, verbose=False)


def wait_ready(page, timeout=120_000):
    page.locator("#status").get_by_text(READY).wait_for(timeout=timeout)


def ask(page, question: str):
    """Ask through the page; returns the last bot message once the answer is complete."""
    done = page.locator(DONE)
    before = done.count()
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    done.nth(before).wait_for()
    page.locator("#passage .kume-panel").first.wait_for()
    return page.locator('#chat [data-testid="bot"]').nth(before)


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


def test_a_citation_click_opens_its_quote_highlighted_in_its_section(page, screenshots):
    wait_ready(page)
    bot = ask(page, "Bireysel danışmanlık desteğinin yıllık üst sınırı nedir?")
    links = bot.locator("a.kume-cite")
    assert links.count() >= 1 and links.first.inner_text() == "[1]"
    # hover: a popover with the section path, page and quote
    target = next(i for i in range(links.count()) if "Bireysel" in (links.nth(i).get_attribute("title") or ""))
    link = links.nth(target)
    link.hover()
    pop = page.locator("#kume-pop")
    pop.wait_for()
    assert re.search(r"2 · .*Bireysel.* · s\. 4\n«", pop.inner_text()), pop.inner_text()
    # keyboard: focus and Enter opens it in the panel
    link.focus()
    page.keyboard.press("Enter")
    panel = page.locator("#passage .kume-panel")
    number = link.inner_text()
    page.locator("#passage h4").filter(has_text=number).wait_for()
    assert "1. soru:" in panel.inner_text() and "Bireysel danışmanlık desteğinin" in panel.inner_text()
    assert re.search(r"\bs\. 4\b", panel.inner_text()) and "mini-rapor.txt" in panel.inner_text()
    quote = panel.locator("mark.kume-quote")
    assert quote.count() >= 1, panel.inner_html()[:500]
    figures = [m.inner_text() for m in panel.locator("mark.kume-fig").all()]
    assert "50.000 USD" in figures, figures
    assert panel.locator(".kume-ctx").count() >= 1  # the section around the quote, greyed
    # a follow-up: the earlier question goes along as history; the panel says which question it shows
    follow = ask(page, "peki istihdam programı?")
    follow.locator("a.kume-cite").first.click()
    page.locator("#passage .kume-for").filter(has_text="2. soru").wait_for()
    page.screenshot(path=str(screenshots / "chat-citations-fixture.png"), full_page=True)
    # a citation of the first answer still opens the first answer's passage
    bot.locator("a.kume-cite").first.click()
    page.locator("#passage .kume-for").filter(has_text="1. soru").wait_for()


def test_each_message_copies_answer_table_and_sources(page):
    wait_ready(page)
    bot = ask(page, "Adana'daki kümeler hangileri?")
    bot.locator("button.kume-copy").click()
    copied = page.wait_for_function("() => window.kumeLastCopy").json_value()
    assert "Adana Mobilya Kümesi" in copied and "Kaynaklar:" in copied and "\t" in copied
    # one answer shows its rows once in view: the list in the message is collapsed, the table beside it
    assert bot.locator("details.kume-more:not([open])").count() == 1
    assert page.locator("#answer-map path.kume-prov").count() == 81


def test_the_new_answer_is_shown_from_its_top(page):
    wait_ready(page)
    ask(page, "Gaziantep'teki kümeler hangileri?")
    bot = ask(page, "What actions apply to a start-stage textile cluster?")
    top = page.evaluate("""(el) => { const box = el.closest('[class*="bubble-wrap"]') || el.parentElement;
        let n = el; while (n && !(n.scrollHeight > n.clientHeight && /auto|scroll/.test(getComputedStyle(n).overflowY))) n = n.parentElement;
        return n ? el.getBoundingClientRect().top - n.getBoundingClientRect().top : 0; }""", bot.element_handle())
    assert -5 <= top <= 200, top


def test_english_question_and_interface_language(page):
    wait_ready(page)
    page.locator("#ui-lang label").filter(has_text="English").click()
    page.locator("#ask").filter(has_text="Ask").wait_for()
    page.get_by_role("tab", name="Evaluation").wait_for(state="visible")  # labels switch asynchronously
    wait_ready(page)
    ask(page, "What is the URGE employment programme?")
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


def choose(page, field, option):
    page.locator(f"{field} input").click()
    page.locator(f'{field} [data-testid="dropdown-option"]').filter(has_text=option).first.click()


def test_filters_show_as_chips_say_so_in_the_answer_and_clear_with_the_chat(page):
    wait_ready(page)
    page.locator("#filters").click()
    choose(page, "#f-kind", "Küme envanteri (EK 2)")
    choose(page, "#f-province", "Ankara")
    page.locator("#filters").click()  # collapsed: the chips still say what applies
    page.locator("#chip-kind").filter(has_text="Rapor bölümü: Küme envanteri").wait_for()
    page.locator("#chip-province").filter(has_text="İl: Ankara").wait_for()
    bot = ask(page, "mobilya kümesi")
    assert "filtrelerle hesaplandı" in bot.locator(".kume-filtered").inner_text()
    labels = citation_labels(page)
    assert labels and any("Ankara Mobilya" in label for label in labels)
    assert not any("Adana" in label for label in labels), labels
    page.locator("#chip-kind").click()  # one click removes one filter
    page.locator("#chip-kind").wait_for(state="hidden")
    assert page.locator("#chip-province").is_visible()
    page.locator("#clear").click()  # a new conversation clears the rest
    page.locator("#chip-province").wait_for(state="hidden")
    page.locator(DONE).first.wait_for(state="detached")
    assert citation_labels(page) == []


def test_the_conversation_survives_a_reload_and_new_conversation_empties_it(page):
    wait_ready(page)
    regen = page.locator("#regen")
    assert not regen.is_visible()  # nothing to regenerate in an empty chat
    ask(page, "URGE istihdam programı nedir?")
    regen.wait_for()
    page.reload()
    wait_ready(page)
    page.locator(DONE).first.wait_for()
    regen.wait_for()  # the restored conversation has an answer to regenerate
    assert "URGE istihdam programı nedir?" in page.locator('#chat [data-testid="user"]').first.inner_text()
    page.locator(DONE).first.locator("a.kume-cite").first.click()
    page.locator("#passage .kume-for").filter(has_text="1. soru").wait_for()
    page.locator("#clear").click()
    page.locator(DONE).first.wait_for(state="detached")
    regen.wait_for(state="hidden")
    page.reload()
    wait_ready(page)
    page.wait_for_timeout(1000)
    assert page.locator(DONE).count() == 0 and not regen.is_visible()


def test_inventory_answer_is_a_sortable_table_with_a_semicolon_csv(page, ui_server, screenshots):
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
    header = table.locator("th").first  # "No": sorted as numbers, descending (the menu is in Turkish)
    header.hover()
    header.locator("button[aria-label='Open cell menu']").click()
    page.get_by_role("menuitem", name="Azalan sırala").click()
    for _ in range(50):
        if [int(r[0]) for r in table_rows(page)] == sorted(numbers, reverse=True):
            break
        page.wait_for_timeout(100)
    assert [int(r[0]) for r in table_rows(page)] == sorted(numbers, reverse=True)
    with page.expect_download() as download:
        page.locator("#csv").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == got["direct"]["table"]["columns"]
    assert {tuple(r) for r in rows[1:]} == {tuple(r) for r in got["direct"]["table"]["rows"]}
    page.screenshot(path=str(screenshots / "inventory-table-fixture.png"), full_page=True)


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
    page.locator("a.kume-cite").first.hover()
    assert page.locator("#chat script, #passage script, #kume-pop script, #chat img[src='x'], "
                        "#passage img[src='x']").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []


def test_evaluation_tab_runs_an_uploaded_set(page, tmp_path, screenshots):
    import json

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
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n{}\n",
                    encoding="utf-8")
    wait_ready(page)
    page.get_by_role("tab", name="Değerlendirme").click()
    page.locator("#eval-metrics summary").click()
    assert "ilk 5 kaynak" in page.locator("#eval-metrics").inner_text()  # every metric explained in a line
    page.locator("#eval-file input[type=file]").set_input_files(str(path))
    page.locator("#eval-file").get_by_text("mini-set.jsonl").wait_for()
    page.locator("#eval-run").click()
    summary = page.locator("#eval-summary")
    summary.get_by_text("3 soru").wait_for(timeout=60_000)
    skipped = page.locator("#eval-skipped").inner_text()
    assert "2 satır atlandı" in skipped and "line 4" in skipped and "line 5" in skipped  # every reason
    assert "hit@5" in page.locator("#eval-eval_overall").inner_text()
    assert {"tr", "en"} <= set(page.locator("#eval-eval_by_lang").inner_text().split())
    assert "inventory" in page.locator("#eval-eval_by_cat").inner_text()
    failed = page.locator("#eval-eval_failed")
    failed.locator("summary").filter(has_text="inventory-01-tr").click()
    text = failed.inner_text()
    assert "EK2.99" in text and "<img src=x onerror=alert(4)>" in text
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    with page.expect_download() as download:
        page.locator("#eval-report").click()
    report = download.value.path().read_text(encoding="utf-8")
    assert report.startswith("# Eval report — mini-set.jsonl") and "## Per category" in report
    page.screenshot(path=str(screenshots / "evaluation-fixture.png"), full_page=True)
    page.locator("#eval-file button[aria-label]").last.click()
    page.locator("#eval-set input").click()
    page.locator('#eval-set [data-testid="dropdown-option"]').filter(has_text="dev.jsonl").first.click()
    page.locator("#eval-limit input").fill("4")
    page.locator("#eval-run").click()
    summary.get_by_text("evals/sets/dev.jsonl").wait_for(timeout=60_000)
    assert "4 soru" in summary.inner_text()


def test_evaluation_upload_accepts_only_small_jsonl_and_says_so_in_turkish(page, tmp_path):
    wait_ready(page)
    page.get_by_role("tab", name="Değerlendirme").click()
    (tmp_path / "set.txt").write_text("{}", encoding="utf-8")
    (tmp_path / "big.jsonl").write_bytes(b"{}" * (1024 * 1024 + 1))
    for name, error in (("set.txt", "Geçersiz dosya türü"), ("big.jsonl", "en büyük boyutu")):
        page.locator("#eval-file input[type=file]").set_input_files(str(tmp_path / name))
        page.locator(".toast-body").filter(has_text=error).first.wait_for()
    page.locator("#eval-run").click()
    page.locator(".toast-body").filter(has_text="Önce bir soru kümesi").first.wait_for()


def test_api_ask_answers_a_default_client_with_the_json_of_kume_ask(ui_server):
    client = api_client(ui_server.url)  # download_files left at its default
    assert set(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == {"/ask"}
    got = client.predict("URGE istihdam programı nedir?", api_name="/ask")
    assert {"question", "answer", "lang", "refused", "citations", "retrieved", "timings_ms"} <= set(got)
    assert got["lang"] == "tr" and got["citations"]
    assert {"n", "section_id", "section_path", "page", "text"} <= set(got["citations"][0])
    assert "path" not in got["citations"][0]
    offsets = [(c["start"], c["end"]) for c in got["citations"]]  # every citation has both keys, null or ints
    assert any(isinstance(s, int) and isinstance(e, int) and e > s for s, e in offsets), offsets
    assert all((s is None) == (e is None) for s, e in offsets)
    with pytest.raises(Exception, match="limit"):
        client.predict("soru " * 1000, api_name="/ask")
