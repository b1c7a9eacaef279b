"""Everything the page shows, built as escaped Markdown or plain data (no Gradio here).

Text from the corpus and from users is shown as text: every piece goes
through `md_text`, which escapes HTML and Markdown syntax, so the only
markup in the output is the little this module adds itself (`<mark>`
around figures, a heading, italics). The Gradio components that show it
also sanitise HTML; escaping here is the first line, not the only one.
"""
from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import replace
from typing import Iterable, Sequence

from core.answers import Answer, Citation

from core.messages import say
from ui.i18n import norm_lang

_MD_INLINE = re.compile(r"([\\`*_\[\]!|~$])")  # emphasis, code, links/images, tables, strikethrough, LaTeX
_MD_LINE_START = re.compile(r"^([#+=-]|\d+(?=\.(?:\s|$)))", re.MULTILINE)  # headings, lists, rules

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_UNIT = r"USD|ABD\s+Doları|TL|EUR|Avro|Euro|Dolar|dolar|milyar|milyon|bin|yıl|ay|kişi|firma"
FIGURE = re.compile(
    rf"(?<![\w/.,\[])(?:%\s?(?P<pnum>{_NUM})|(?P<num>{_NUM})(?:\s?(?P<pct>%)|\s(?P<unit>{_UNIT})(?!\w))?)(?![\w/\]])")
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PATH_SEPARATOR = " › "  # as ingest.chunking joins a section's path


def _clean_lines(text: str) -> str:
    """Lines without leading/trailing blanks (indentation would make a Markdown code block)."""
    return "\n".join(line.strip() for line in str(text or "").replace("\r", "").split("\n"))


def _escape(text: str) -> str:
    escaped = _MD_INLINE.sub(r"\\\1", text)
    escaped = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1),
                                 escaped)
    return html.escape(escaped, quote=True)


def md_text(text: str) -> str:
    """Any text → Markdown that renders as exactly that text (no HTML, links, code, lists, LaTeX)."""
    return _escape(_clean_lines(text))


# -- figures -----------------------------------------------------------------
def _figure_key(match: re.Match) -> str | None:
    """A comparable key for a figure ("400.000 USD" → "400000", "% 75" → "75%"), None if it is no figure."""
    number = match["pnum"] or match["num"]
    percent = bool(match["pnum"] or match["pct"])
    digits = re.sub(r"[.,]", "", number)
    if not percent and not match["unit"] and len(digits) < 2:
        return None  # single digits (list numbers, "3 (üç)") are too common to mean anything
    return digits + ("%" if percent else "")


def figures_in(text: str) -> set[str]:
    """The keys of the figures (amounts, percentages, counts) in a text."""
    return {key for m in FIGURE.finditer(text or "") if (key := _figure_key(m))}


def highlight_figures(text: str, figures: Iterable[str] | None = None) -> str:
    """Escaped Markdown of `text` with its figures in `<mark>`: all of them, or those whose key is in `figures`."""
    wanted = None if figures is None else set(figures)
    text = _clean_lines(text)
    out, last = [], 0
    for m in FIGURE.finditer(text):
        key = _figure_key(m)
        if key is None or (wanted is not None and key not in wanted):
            continue
        out.append(_escape(text[last:m.start()]))
        out.append(f"<mark>{_escape(m.group(0))}</mark>")
        last = m.end()
    out.append(_escape(text[last:]))
    return "".join(out)


# -- answers and citations -----------------------------------------------------
def citations_of(answer: Answer) -> tuple[Citation, ...]:
    """The answer's citations; one without a section path (a direct answer's) gets it from the retrieved hits."""
    cites = answer.citations or (answer.direct.citations if answer.direct else ())
    paths = {h.section_id: h.path for h in answer.retrieved if h.path}
    return tuple(replace(c, path=paths[c.section_id]) if not c.path and c.section_id in paths else c for c in cites)


def answer_markdown(answer: Answer, lang: str, text: str | None = None) -> str:
    """The chat message for an answer; `text` is a prefix of the answer while it streams."""
    parts = []
    if answer.notice:
        parts.append(f"_{md_text(answer.notice)}_")
    parts.append(md_text(answer.answer if text is None else text))
    direct = answer.direct
    if text is None and direct is not None and direct.rows:
        parts.append(f"_{md_text(table_label(answer, lang))}: {md_text(say('rows', lang, n=len(direct.rows)))}_")
    return "\n\n".join(parts)


def error_markdown(message: str) -> str:
    return f"⚠️ {md_text(message)}"


def page_label(citation: Citation, lang: str) -> str:
    return f"{say('page', lang)} {citation.page}" if citation.page else ""


def citation_choices(citations: Sequence[Citation], lang: str) -> list[tuple[str, str]]:
    """Radio choices: label "[n] section title · s. P", value "n" (labels are shown as text by Gradio)."""
    out = []
    for c in citations:
        page = page_label(c, lang)
        out.append((f"[{c.n}] {c.section_title or c.section_id}" + (f" · {page}" if page else ""), str(c.n)))
    return out


def section_path(citation: Citation) -> str:
    """Where the passage sits: "5 · ORA1 Küme Yönetimi › AA1 Küme Yönetimi › … › E6 …".

    A numbered chapter is shortened to its number when a deeper part follows.
    """
    parts = [p.strip() for p in (citation.path or "").split(PATH_SEPARATOR) if p.strip()]
    if not parts:
        return citation.section_title or citation.section_id
    chapter = re.match(r"^(\d+)\s", parts[0])
    if chapter and len(parts) > 1:
        return f"{chapter.group(1)} · " + PATH_SEPARATOR.join(parts[1:])
    return PATH_SEPARATOR.join(parts)


def passage_markdown(citation: Citation, lang: str, figures: Iterable[str] | None = None) -> str:
    """The cited passage with its section path, page and source, figures of the answer highlighted
    (not in an inventory row, whose only number is the row's own)."""
    meta = [page_label(citation, lang), f"{say('source_file', lang)}: {citation.source}" if citation.source else "",
            citation.section_id]
    lines = [f"#### {md_text(f'[{citation.n}] ' + section_path(citation))}",
             "_" + md_text(" · ".join(m for m in meta if m)) + "_",
             highlight_figures(citation.text, () if citation.kind == "inventory" else figures)]
    return "\n\n".join(lines)


def answer_figures(answer: Answer) -> set[str]:
    return figures_in(answer.answer) | (figures_in(answer.direct.lead) if answer.direct else set())


def copy_text(answer: Answer, lang: str) -> str:
    """Plain text to paste elsewhere: the answer, its table (tab-separated) and its sources."""
    out = [answer.answer]
    direct = answer.direct
    if direct is not None and direct.rows:
        out += ["", "\t".join(direct.columns)] + ["\t".join(row) for row in direct.rows]
    cites = citations_of(answer)
    if cites:
        out += ["", say("sources", lang) + ":"]
        for c in cites:
            page = page_label(c, lang)
            out.append(f"[{c.n}] {section_path(c)}" + (f", {page}" if page else ""))
    return "\n".join(out)


# -- tables --------------------------------------------------------------------
TABLE_LABELS = {"inventory": "table_inventory", "urge": "table_urge", "profile": "table_profile"}


def table_label(answer: Answer, lang: str) -> str:
    return say(TABLE_LABELS.get(answer.direct.kind if answer.direct else "", "table"), lang)


def table_of(answer: Answer) -> tuple[list[str], list[list[str]]]:
    direct = answer.direct
    if direct is None or not direct.rows:
        return [], []
    columns = list(direct.columns) or [f"{i + 1}" for i in range(len(direct.rows[0]))]
    return columns, [[str(cell) for cell in row] for row in direct.rows]


def typed_table(rows: Sequence[Sequence[str]]) -> tuple[list[list], list[str]]:
    """Rows for a sortable table: columns of whole numbers become numbers (so "10" sorts after "8")."""
    width = max((len(r) for r in rows), default=0)
    numeric = [bool(rows) and all(i < len(r) and re.fullmatch(r"\d{1,9}", str(r[i]) or "x") for r in rows)
               for i in range(width)]
    typed = [[int(cell) if i < width and numeric[i] else cell for i, cell in enumerate(r)] for r in rows]
    return typed, ["number" if n else "str" for n in numeric]


def _csv_cell(value) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(CSV_FORMULA_START) else text


CSV_DELIMITER = ";"  # what Excel in a Turkish (or any comma-decimal) locale splits columns on


def rows_to_csv(columns: Sequence[str], rows: Iterable[Sequence], delimiter: str = CSV_DELIMITER) -> str:
    """CSV text (written with a BOM by Runtime.temp_file, so Excel reads it as UTF-8), `;`-separated."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_csv_cell(c) for c in columns])
    for row in rows:
        writer.writerow([_csv_cell(c) for c in row])
    return buffer.getvalue()


# -- evaluation ------------------------------------------------------------------
def eval_overall_rows(result, lang: str) -> tuple[list[str], list[list[str]]]:
    from evals.report import COLUMNS, fmt

    return [say("metric", lang), say("value", lang)], [
        [label, fmt(getattr(result.overall, field), kind)] for label, field, kind in COLUMNS]


def eval_group_rows(groups, lang: str) -> tuple[list[str], list[list[str]]]:
    from evals.report import COLUMNS, fmt

    headers = [say("group", lang)] + [label for label, _, _ in COLUMNS]
    return headers, [[g.key] + [fmt(getattr(g.scores, field), kind) for _, field, kind in COLUMNS] for g in groups]


def eval_failed_rows(result, lang: str, excerpt: int = 240) -> tuple[list[str], list[list[str]]]:
    headers = [say(k, lang) for k in ("c_id", "c_category", "c_lang", "c_question", "c_reasons", "c_expected",
                                    "c_returned", "c_missing", "c_answer")]
    rows = []
    for r in result.failures:
        q = r.question
        answer = " ".join(r.answer.split())
        rows.append([q.id, q.category, q.lang, q.question, "; ".join(r.reasons),
                     ", ".join(q.sections) or "–", ", ".join(r.ranked[:5]) or "–",
                     "; ".join(" | ".join(alts) for alts in r.missing_facts) or "–",
                     answer if len(answer) <= excerpt else answer[:excerpt - 1] + "…"])
    return headers, rows


def eval_summary_markdown(name: str, result, skipped: Sequence, lang: str) -> str:
    lang = norm_lang(lang)
    text = say("eval_summary", lang, name=md_text(name), n=result.overall.n, failed=result.overall.failed,
             seconds=result.seconds)
    if skipped:
        text += " " + md_text(say("eval_skipped", lang, n=len(skipped), first=str(skipped[0])))
    return text
