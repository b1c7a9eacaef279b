"""The ORA action plan: ortak rekabet alanı → alt alan → tedbir → eylem.

The printed codes are irregular ("ORA1. Alt Alan 4.T1", "ORA.AA2. T2.E1",
"ORA4.AA2.T1-E6", an E2 printed under the wrong T), so every measure and
action gets its canonical code from its position in the tree; the printed
form is kept as an alias when it differs, so a user typing either finds it.
"""
from __future__ import annotations

import re

from ingest.cleaning import BULLET, Line
from ingest.section_tree import SectionTreeBuilder

_ORA = r"^ORA\s*(?P<ora>\d)\s*\.\s*"
_AA = r"(?:AA\s*(?P<aa>\d)|Alt\s+Alan\s*(?P<aa2>\d))\s*\.?\s*"
ORA_HEADING = re.compile(_ORA + r"(?!\s*(?:AA|Alt\s+Alan))(?P<title>\S.*)$")
AA_HEADING = re.compile(_ORA + _AA + r"(?!T\s*\d)(?P<title>\S.*)$")
T_HEADING = re.compile(_ORA + _AA + r"T\s*(?P<t>\d)\s*\.?\s*(?P<title>\S.*)$")
E_ITEM = re.compile(
    r"^" + re.escape(BULLET.strip()) + r"\s*(?P<printed>ORA\s*\d?\s*\.\s*AA\s*\d\s*\.\s*T\s*\d\s*[.\-]\s*E\s*(?P<e>\d+))\s*\.?\s*(?P<title>\S.*)$"
)

KIND = "action_plan"


def canonical_printed(printed: str) -> str:
    """The printed code with spacing squeezed, for the alias list."""
    return re.sub(r"\s+", " ", printed.strip()).rstrip(".")


def is_heading(text: str) -> bool:
    return bool(T_HEADING.match(text) or AA_HEADING.match(text) or ORA_HEADING.match(text))


def _heading_continues(lines: list[Line], i: int) -> bool:
    """Does line i continue the heading above it (wrapped title, sometimes after a blank)?"""
    text = lines[i].text
    return bool(text) and not text.startswith(BULLET) and len(text) < 60 and not text.endswith(".") \
        and not is_heading(text)


def parse_action_plan(lines: list[Line], tree: SectionTreeBuilder, chapter_id: str) -> None:
    """Route chapter lines into ORA/AA/T sections and add one leaf per action."""
    ora = aa = t = None
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text
        t_match = T_HEADING.match(text)
        aa_match = None if t_match else AA_HEADING.match(text)
        ora_match = None if (t_match or aa_match) else ORA_HEADING.match(text)
        e_match = E_ITEM.match(text)
        if ora_match:
            ora = f"ORA{ora_match['ora']}"
            aa = t = None
            title, i = _collect_title(lines, i, ora_match["title"])
            tree.open(ora, title, KIND, parent_id=chapter_id, page=line.page, label=ora)
            continue
        if aa_match and ora is not None:
            number = aa_match["aa"] or aa_match["aa2"]
            aa = f"{ora}.AA{number}"
            t = None
            title, i = _collect_title(lines, i, aa_match["title"])
            printed = canonical_printed(text[: aa_match.start("title")])
            aliases = (printed,) if printed.replace(" ", "") != aa + "." and printed.replace(" ", "") != aa else ()
            tree.open(aa, title, KIND, parent_id=ora, page=line.page, label=f"AA{number}", aliases=aliases)
            continue
        if t_match and aa is not None:
            t = f"{aa}.T{t_match['t']}"
            title, i = _collect_title(lines, i, t_match["title"])
            printed = canonical_printed(text[: t_match.start("title")])
            aliases = (printed,) if printed.replace(" ", "").rstrip(".") != t else ()
            tree.open(t, title, KIND, parent_id=aa, page=line.page, label=f"T{t_match['t']}", aliases=aliases)
            continue
        if e_match and t is not None:
            title, j = _collect_item(lines, i, e_match["title"])
            code = f"{t}.E{e_match['e']}"
            printed = canonical_printed(e_match["printed"])
            aliases = (printed,) if printed.replace(" ", "").rstrip(".") != code else ()
            tree.add_leaf(code, title, KIND, parent_id=t, page=line.page, label=f"E{e_match['e']}", aliases=aliases)
            for k in range(i, j):  # the measure keeps its list of actions (without the stray blanks)
                if lines[k].text:
                    tree.add(lines[k])
            i = j
            continue
        tree.add(line)
        i += 1


def _collect_title(lines: list[Line], i: int, first: str) -> tuple[str, int]:
    title = first.strip()
    j = i + 1
    while j < len(lines) and lines[j].text and _heading_continues(lines, j):
        title += " " + lines[j].text
        j += 1
    if j < len(lines) and not lines[j].text:
        # one blank, then a single short capitalised word run that ends the title ("… Yatırım" / "Çekme")
        k = j + 1
        if k < len(lines) and _heading_continues(lines, k) and (k + 1 >= len(lines) or not lines[k + 1].text) \
                and len(lines[k].text.split()) <= 3:
            title += " " + lines[k].text
            j = k + 1
    return title.strip(), j


def _collect_item(lines: list[Line], i: int, first: str) -> tuple[str, int]:
    """An action's text: its bullet line plus continuation lines (lower-case after a blank too)."""
    title = first.strip()
    j = i + 1
    while j < len(lines):
        text = lines[j].text
        if text and not text.startswith(BULLET) and not is_heading(text):
            title += " " + text
            j += 1
            continue
        unclosed = title.count("(") > title.count(")")
        nxt = lines[j + 1].text if j + 1 < len(lines) else ""
        after = lines[j + 2].text if j + 2 < len(lines) else ""
        wrapped_tail = len(nxt.split()) <= 4 and not nxt.endswith(".") and (not after or is_heading(after))
        if not text and nxt and not nxt.startswith(BULLET) and not is_heading(nxt) \
                and (nxt[:1].islower() or nxt[:1] == "(" or unclosed or wrapped_tail):
            j += 1
            continue
        break
    return title.strip(), j
