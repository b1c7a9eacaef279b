"""Citations where you read: chat messages as escaped HTML with clickable `[n]`, and the sources panel that
shows a quote inside its section (neighbouring text greyed).

Every piece of corpus or user text goes through `html.escape`; the only markup is what this module adds.
The chat's sanitiser keeps `href`, `class`, `title`, `role`, `tabindex` and `style` but drops `data-*`,
so a citation link carries its turn and number in its `href` ("#kume-cite-<turn>-<n>"), which
`ui/static/page.js` turns into a request to the server (no navigation, no file route).
"""
from __future__ import annotations

import html
import re
from typing import Iterable, Sequence

from core.answers import Answer, Citation
from assistant.compose.quotes import quote_parts

from ui import render
from core.messages import say

CONTEXT_CHARS = 1200  # of the section text shown before and after a quote
POPOVER_CHARS = 280
LIST_OPEN_MAX = 12  # longer lists start collapsed (their lead and count stay in view)
_CITE = re.compile(r"\[(\d{1,3})\]")
_LIST_ITEM = re.compile(r"^(?:[•\-–] |\d{1,3}\. )")
TAB_MARK = "\u2409"  # the chat turns tabs into spaces: the copy text carries "␉", page.js makes it a tab again


def esc(text) -> str:
    return html.escape(str(text or ""), quote=True)


# -- locating a quote in its section ---------------------------------------------------------------------
def locate(citation: Citation, section: str) -> list[tuple[int, int]] | None:
    """Where the quote sits in its section text: [(start, end)…] of its parts, or None.

    Only the assistant's `start`/`end` place a quote (an excerpt may join two passages with " … ": each
    part is highlighted, nothing between them). Offsets that are missing or that do not hold the quote in
    this text (a store re-built since the answer) give None: the panel then says so rather than
    highlighting something else.
    """
    if not section or not citation.text:
        return None
    return quote_parts(citation.text, section, citation.start, citation.end)


# -- the sources panel -------------------------------------------------------------------------------------
def _figures_html(text: str, figures: Iterable[str] | None) -> str:
    """Escaped text with the figures in `figures` (keys of render.figures_in) marked."""
    wanted = None if figures is None else set(figures)
    out, last = [], 0
    for m in render.FIGURE.finditer(text):
        key = render._figure_key(m)
        if key is None or (wanted is not None and key not in wanted):
            continue
        out.append(esc(text[last:m.start()]))
        out.append(f'<mark class="kume-fig">{esc(m.group(0))}</mark>')
        last = m.end()
    out.append(esc(text[last:]))
    return "".join(out).replace("\n", "<br>")


def _in_section(section: str, spans: list[tuple[int, int]], figures) -> str:
    """The section around its quote: the quoted parts highlighted, the rest greyed, far text cut."""
    lo, hi = max(0, spans[0][0] - CONTEXT_CHARS), min(len(section), spans[-1][1] + CONTEXT_CHARS)
    if lo:
        lo = section.find(" ", lo) + 1 or lo
    pieces, cursor = ["…" if lo else ""], lo
    for start, end in spans:
        if start > cursor:
            pieces.append(f'<span class="kume-ctx">{_figures_html(section[cursor:start], ())}</span>')
        pieces.append(f'<mark class="kume-quote">{_figures_html(section[start:end], figures)}</mark>')
        cursor = max(cursor, end)
    if hi > cursor:
        pieces.append(f'<span class="kume-ctx">{_figures_html(section[cursor:hi], ())}</span>')
    pieces.append("…" if hi < len(section) else "")
    return "".join(pieces)


def passage_html(citation: Citation, answer: Answer, turn: int, lang: str, section: str = "",
                 context: Sequence[tuple[str, str]] = ()) -> str:
    """The sources panel for one citation of one answer.

    `section` is the citation's whole section text (CorpusIndex.section_text); `context` optional
    (label, text) neighbours shown greyed after it (an inventory row's neighbouring rows).
    """
    figures = () if citation.kind == "inventory" else render.answer_figures(answer)
    meta = [render.page_label(citation, lang), f"{say('source_file', lang)}: {citation.source}" if citation.source else "",
            citation.section_id]
    head = (f'<div class="kume-for">{esc(say("panel_for", lang, n=turn + 1))} '
            f'<q>{esc(answer.question)}</q></div>'
            f'<h4>{esc(f"[{citation.n}] " + render.section_path(citation))}</h4>'
            f'<div class="kume-meta">{esc(" · ".join(m for m in meta if m))}</div>')
    spans = locate(citation, section)
    if not spans and citation.kind == "inventory" and section:
        spans = [(0, len(section))]  # the citation is the row itself, printed otherwise than in its section
    if spans:
        turkish = f'<div class="kume-section">{_in_section(section, spans, figures)}</div>'
    else:
        note = say("quote_not_found", lang) if section else say("quote_no_section", lang)
        turkish = (f'<p class="kume-warn" role="note">{esc(note)}</p>'
                   f'<blockquote class="kume-quote-alone">{_figures_html(citation.text, figures)}</blockquote>')
    for label, text in context:
        turkish += f'<div class="kume-ctx kume-row">{esc(label)}: {esc(text)}</div>'
    if citation.text_en:
        english = (f'<div class="kume-en"><p class="kume-unofficial">{esc(say("unofficial_en", lang))}</p>'
                   f'<blockquote>{_figures_html(citation.text_en, figures)}</blockquote></div>')
        body = (f'<button type="button" class="kume-toggle" aria-pressed="false" '
                f'data-on="{esc(say("show_english", lang))}" data-off="{esc(say("show_turkish", lang))}">'
                f'{esc(say("show_turkish", lang))}</button>'
                f'{english}<div class="kume-tr" hidden>{turkish}</div>')
    else:
        body = turkish
    return f'<div class="kume-panel" data-turn="{turn}" data-n="{citation.n}">{head}{body}</div>'


def empty_panel(lang: str) -> str:
    return f'<div class="kume-panel kume-empty">{esc(say("passage_empty_plain", lang))}</div>'


# -- chat messages -------------------------------------------------------------------------------------------
def _popover(citation: Citation, lang: str) -> str:
    page = render.page_label(citation, lang)
    quote = " ".join((citation.text_en or citation.text).split())
    quote = quote if len(quote) <= POPOVER_CHARS else quote[:POPOVER_CHARS - 1] + "…"
    return f"{render.section_path(citation)}{' · ' + page if page else ''}\n«{quote}»"


def _linked(text: str, cites: dict[int, Citation], turn: int, lang: str) -> str:
    """Escaped text whose `[n]` are links to citation n of this turn (unknown numbers stay text)."""
    out, last = [], 0
    for m in _CITE.finditer(text):
        c = cites.get(int(m.group(1)))
        if c is None:
            continue
        out.append(esc(text[last:m.start()]))
        label = say("cite_label", lang, n=c.n, where=render.section_path(c))
        out.append(f'<a class="kume-cite" href="#kume-cite-{turn}-{c.n}" role="button" '
                   f'title="{esc(_popover(c, lang))}" aria-label="{esc(label)}">[{c.n}]</a>')
        last = m.end()
    out.append(esc(text[last:]))
    return "".join(out)


def _blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Lines grouped into ("p", [line]) and ("list", [items…]) blocks."""
    blocks: list[tuple[str, list[str]]] = []
    for line in lines:
        if _LIST_ITEM.match(line):
            if blocks and blocks[-1][0] == "list":
                blocks[-1][1].append(line)
            else:
                blocks.append(("list", [line]))
        elif line.strip():
            blocks.append(("p", [line]))
    return blocks


def answer_body_html(text: str, cites: dict[int, Citation], turn: int, lang: str, collapse: bool = False) -> str:
    """Paragraphs and lists with linked citations; a list longer than LIST_OPEN_MAX (or any, with `collapse`:
    its rows are in the table beside) starts collapsed, complete, under a summary with its count."""
    parts = []
    for kind, lines in _blocks(str(text or "").replace("\r", "").split("\n")):
        if kind == "p":
            parts.append(f"<p>{_linked(lines[0].strip(), cites, turn, lang)}</p>")
            continue
        ordered = all(re.match(r"^\d{1,3}\. ", x) for x in lines)
        tag = "ol" if ordered else "ul"
        items = "".join(f"<li>{_linked(_LIST_ITEM.sub('', x, count=1).strip(), cites, turn, lang)}</li>"
                        for x in lines)
        listing = f'<{tag} class="kume-list">{items}</{tag}>'
        summary = esc(say("list_items", lang, n=len(lines)))
        parts.append(f'<details class="kume-more"{" open" if len(lines) <= LIST_OPEN_MAX and not collapse else ""}>'
                     f"<summary>{summary}</summary>{listing}</details>")
    return "".join(parts)


def message_html(answer: Answer, turn: int, lang: str, filters_note: str = "") -> str:
    """A bot message: notice, filters it was computed under, the answer with linked citations, a copy button
    (with the text it copies: answer, table and sources)."""
    cites = {c.n: c for c in render.citations_of(answer)}
    parts = ['<div class="kume-msg">']
    if answer.notice:
        parts.append(f'<p class="kume-notice"><em>{esc(answer.notice)}</em></p>')
    if filters_note:
        parts.append(f'<p class="kume-filtered">{esc(filters_note)}</p>')
    direct = answer.direct
    parts.append(answer_body_html(answer.answer, cites, turn, lang,
                                  collapse=direct is not None and direct.kind == "inventory" and bool(direct.rows)))
    if direct is not None and direct.rows:
        parts.append(f'<p class="kume-tablenote"><em>{esc(render.table_label(answer, lang))}: '
                     f'{esc(say("rows", lang, n=len(direct.rows)))} — {esc(say("table_beside", lang))}</em></p>')
    parts.append(f'<div class="kume-actions"><button type="button" class="kume-copy" '
                 f'title="{esc(say("copy_message", lang))}">{esc(say("copy_short", lang))}</button></div>'
                 f'<div class="kume-copytext" style="display:none">'
                 f'{esc(render.copy_text(answer, lang).replace(chr(9), TAB_MARK))}</div>')
    parts.append("</div>")
    return "".join(parts)


def user_html(question: str) -> str:
    return f'<div class="kume-user">{esc(question)}</div>'


def error_html(message: str) -> str:
    return f'<div class="kume-msg kume-error">⚠️ {esc(message)}</div>'


def pending_html(text: str = "…") -> str:
    return f'<div class="kume-msg kume-pending">{esc(text)}</div>'
