"""The web page in headless Chromium: a citation highlights exactly its quoted sentence (by the assistant's
offsets), the last answer can be regenerated, and the English interface frames a code-only question."""
import re

import pytest

from tests.ui.conftest import CHROMIUM
from tests.ui.test_browser import DONE, ask, choose, wait_ready

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's Chromium at /usr/bin/chromium: apt-get install -y chromium"),
]


def folded(text: str) -> str:
    return " ".join(text.split())


def test_clicking_a_citation_highlights_exactly_its_quoted_sentence(page):
    wait_ready(page)
    bot = ask(page, "Bireysel danışmanlık desteğinin yıllık üst sınırı nedir?")
    links = bot.locator("a.kume-cite")
    target = next(i for i in range(links.count()) if "Bireysel" in (links.nth(i).get_attribute("title") or ""))
    link = links.nth(target)
    quote = re.search(r"«(.*)»", link.get_attribute("title"), re.S).group(1)
    link.click()
    page.locator("#passage h4").filter(has_text=link.inner_text()).wait_for()
    panel = page.locator("#passage .kume-panel")
    assert panel.locator(".kume-warn").count() == 0, panel.inner_text()[:300]
    marks = panel.locator("mark.kume-quote")
    highlighted = folded(" … ".join(m.inner_text() for m in marks.all()))
    shown = folded(quote)
    if shown.endswith("…") and len(shown) >= 279:  # the popover cuts long quotes: compare its start
        assert highlighted.startswith(shown[:-1]), (highlighted, shown)
    else:
        assert highlighted == shown.rstrip("…"), (highlighted, shown)
    # the neighbouring sentences are there, greyed, and not highlighted
    context = folded(" ".join(c.inner_text() for c in panel.locator(".kume-ctx").all()))
    assert context and shown[:40] not in context


def test_regenerate_asks_the_last_question_again_with_its_filters_in_its_place(page):
    wait_ready(page)
    ask(page, "URGE istihdam programı nedir?")
    page.locator("#filters").click()
    choose(page, "#f-province", "Ankara")
    page.locator("#filters").click()
    first = ask(page, "mobilya kümesi")
    assert "filtrelerle hesaplandı" in first.locator(".kume-filtered").inner_text()
    old_href = first.locator("a.kume-cite").first.get_attribute("href")
    page.locator("#chip-province").click()  # the filter is removed after the answer…
    page.locator("#chip-province").wait_for(state="hidden")
    page.locator("#question textarea").fill("yazılmış ama sorulmamış")
    regen = page.locator("#regen")
    assert "Yanıtı yeniden üret" in regen.inner_text()
    regen.focus()  # keyboard reachable: a button, Enter presses it
    page.keyboard.press("Enter")
    page.wait_for_function("""(old) => { const bots = document.querySelectorAll('#chat [data-testid="bot"] .kume-msg');
        const last = bots[bots.length - 1];
        const link = last && !last.classList.contains('kume-pending') && last.querySelector('a.kume-cite');
        return link && link.getAttribute('href') !== old; }""", arg=old_href)
    bots = page.locator(DONE)
    assert bots.count() == 2  # replaced, not added
    users = [u.inner_text() for u in page.locator('#chat [data-testid="user"]').all()]
    assert users == ["URGE istihdam programı nedir?", "mobilya kümesi"]
    last = bots.nth(1)
    # …but the regenerated answer keeps the filters it was asked under, and the typed text is left alone
    assert "İl: Ankara" in last.locator(".kume-filtered").inner_text()
    assert page.locator("#question textarea").input_value() == "yazılmış ama sorulmamış"
    page.locator("#passage .kume-for").filter(has_text="2. soru").wait_for()


def test_the_english_interface_frames_a_code_only_question_in_english(page):
    wait_ready(page)
    page.locator("#ui-lang label").filter(has_text="English").click()
    page.locator("#ask").filter(has_text="Ask").wait_for()
    wait_ready(page)
    bot = ask(page, "ORA1.AA1.T1.E6")
    page.locator("#regen").filter(has_text="Regenerate").wait_for()  # relabelled while it was hidden
    text = bot.inner_text()
    assert "Location:" in text and "Yeri:" not in text, text[:300]
    # a Turkish question in the English interface keeps its own language
    bot = ask(page, "ORA1.AA1.T1.E6 eylemi nedir?")
    assert "Yeri:" in bot.inner_text(), bot.inner_text()[:300]
