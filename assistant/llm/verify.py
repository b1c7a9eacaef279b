"""Checks a generated answer against the passages it cites (pure functions).

In the manner of Haystack's answer builder, `[n]` markers are read back from
the generated text and resolved to the numbered passages; on top of that,
every figure in the answer must occur in a passage it cites:

* `parse_citations("… [1, 2] … [3-4]")` → `[1, 2, 3, 4]` (first-appearance order, no repeats);
* `numbers_in("giderlerin % 75’i, 400.000 USD")` → `["%75", "400000"]` (Turkish and English formats);
* `unsupported_numbers(answer, cited_texts)` → the figures of the answer no cited text contains;
* `verify(answer, citations)` → `Verification(ok, problems, cited)`;
* `repair(answer, citations)` → the answer without its unsupported sentences, or None.

Numbers are compared by value: "400.000" = "400,000" = "400 000", "%75" =
"% 75" = "75%" = "yüzde 75", "1,83" = "1.83", "1,5 milyon" = "1.500.000". Separators before groups of
exactly three digits are thousands separators ("1.500" = "1,500" = 1500),
otherwise a lone separator is the decimal one ("37.5" = "37,5").

A sentence that carries citations is checked against the passages it cites; a
sentence without any (a lead-in before a cited one) against all passages the
answer cites. List markers at the start of a line ("1. ", "2) ") and the
`[n]` markers themselves are not figures.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from assistant.llm.prompting import quarantine
from core.answers import Citation

_MAX_RANGE = 50  # "[1-3]" expands; "[1-9999]" is read as its two ends
_CITATION = re.compile(r"\[\s*(\d+(?:\s*(?:[-–—,;]|and|ve)\s*\d+)*)\s*\]", re.IGNORECASE)
_RANGE = re.compile(r"(\d+)\s*[-–—]\s*(\d+)")

_GROUP_SEP = "[.,]|[ \u00a0\u202f]"
_NUMBER = re.compile(
    r"(?P<pre>%\s?|\byüzde\s+)?"
    r"(?<![\w.,])"
    rf"(?P<num>\d{{1,3}}(?:(?:{_GROUP_SEP})\d{{3}}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
    r"(?P<post>\s?%|\s+(?:percent|per\s?cent)\b)?"
    r"(?:\s+(?P<mult>bin|thousand|milyon|million|mn|milyar|billion|bn)\b)?",
    re.IGNORECASE,
)
_MULTIPLIER = {"bin": 10**3, "thousand": 10**3, "milyon": 10**6, "million": 10**6, "mn": 10**6,
               "milyar": 10**9, "billion": 10**9, "bn": 10**9}
_LIST_MARKER = re.compile(r"^([ \t]*(?:[-*•][ \t]*)?)\d{1,2}[.)](?=\s)", re.MULTILINE)
_SPACES = " \u00a0\u202f"
# A sentence ends at . ! ? … (with any [n] markers right after it) before a space and an upper-case
# letter, a quote, a bullet or a bracket; or at a line break. "s. 12", "400.000" and "vb. ise" do not end
# one, and neither does the "1. " of a numbered list item.
_SENTENCE_END = re.compile(
    r"(?<!^\d)(?<!^\d\d)[.!?…](?:\s*\[[^\]\n]{1,40}\])*[ \t]+(?=[A-ZÇĞİÖŞÜ\"'«“(*•-])"
    r"|\n+",
    re.MULTILINE,
)


# ---------------------------------------------------------------- citations

def _citation_groups(text: str) -> Iterable[tuple[re.Match, list[int]]]:
    for match in _CITATION.finditer(text):
        numbers: list[int] = []
        for part in re.split(r"\s*(?:,|;|\band\b|\bve\b)\s*", match.group(1), flags=re.IGNORECASE):
            span = _RANGE.fullmatch(part.strip())
            if span:
                lo, hi = int(span.group(1)), int(span.group(2))
                if lo <= hi and hi - lo <= _MAX_RANGE:
                    numbers.extend(range(lo, hi + 1))
                else:
                    numbers.extend([lo, hi])
            elif part.strip().isdigit():
                numbers.append(int(part))
        yield match, numbers


def _all_citations(text: str) -> list[int]:
    seen: dict[int, None] = {}
    for _, numbers in _citation_groups(text):
        for n in numbers:
            seen.setdefault(n, None)
    return list(seen)


def parse_citations(text: str, limit: int | None = None) -> list[int]:
    """The passage numbers cited in `text` ([1], [1, 2], [1][3], [1-3]), in order of first appearance.

    With `limit`, only numbers from 1 to `limit` are returned (the rest are out of range).
    """
    return [n for n in _all_citations(text) if limit is None or 1 <= n <= limit]


def strip_citations(text: str) -> str:
    return _CITATION.sub(" ", text)


# ---------------------------------------------------------------- numbers

@dataclass(frozen=True)
class Number:
    raw: str                    # as written, e.g. "% 75" or "400.000"
    canonical: str              # e.g. "%75", "400000", "1.83", "1.2.3"
    readings: frozenset[str]    # the values it stands for, without "%" (with a multiplier: both)
    parts: frozenset[str] = frozenset()  # as a source, also these ("5 100" in a table: 5 and 100)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _read(num: str) -> tuple[str, set[str], set[str]]:
    """(canonical, readings, parts) for the digits-and-separators token `num`.

    `parts` are extra readings a source may stand for: the separate numbers of a
    space-grouped token ("5 100" in a table row is maybe 5 and 100).
    """
    groups = re.split(rf"[.,{_SPACES}]", num)
    seps = ["," if s == "," else "." if s == "." else " " for s in re.findall(rf"[.,{_SPACES}]", num)]

    def value(text: str) -> str:
        d = _decimal(text)
        return _plain(d) if d is not None else text

    if not seps:
        v = value(num)
        return v, {v}, set()
    if set(seps) == {" "}:  # 400 000
        whole = value("".join(groups))
        return whole, {whole}, {value(g) for g in groups}
    head, last = seps[:-1], seps[-1]
    if head and set(head) == {head[0]} and last != head[0] and all(len(g) == 3 for g in groups[1:-1]):
        v = value("".join(groups[:-1]) + "." + groups[-1])  # 1.234,56 or 1,234.56
        return v, {v}, set()
    if len(set(seps)) == 1:
        if all(len(g) == 3 for g in groups[1:]):  # 400.000, 400,000, 1.500.000: thousands
            v = value("".join(groups))
            return v, {v}, set()
        if len(seps) == 1:  # 1,83 or 37.5: a decimal
            v = value(groups[0] + "." + groups[1])
            return v, {v}, set()
    # 3.2.1, 01.01.2023: an identifier or a date, compared as written (without leading zeros)
    ident = ".".join(str(int(g)) if g.isdigit() else g for g in groups)
    return ident, {ident}, set()


def _numbers(text: str) -> list[Number]:
    found: list[Number] = []
    for m in _NUMBER.finditer(text):
        canonical, readings, parts = _read(m.group("num"))
        mult = m.group("mult")
        if mult:
            factor = _MULTIPLIER[mult.lower()]
            for r in list(readings):
                d = _decimal(r)
                if d is not None:
                    readings.add(_plain(d * factor))
        percent = bool(m.group("pre") or m.group("post"))
        raw = m.group(0).strip()
        found.append(Number(raw, ("%" if percent else "") + canonical, frozenset(readings), frozenset(parts)))
    return found


def _answer_numbers(text: str) -> list[Number]:
    """The figures of a generated text: without its [n] markers and its list markers."""
    return _numbers(_LIST_MARKER.sub(r"\1", strip_citations(text)))


def numbers_in(text: str) -> list[str]:
    """The figures in `text`, normalised: "400.000" → "400000", "1,83" → "1.83", "% 75" → "%75"."""
    return [n.canonical for n in _numbers(text)]


def unsupported_numbers(answer: str, cited_texts: Iterable[str]) -> list[str]:
    """The figures of `answer` (as written) that occur in none of `cited_texts`."""
    known: set[str] = set()
    for text in cited_texts:
        for n in _numbers(text):
            known |= n.readings | n.parts
    missing: list[str] = []
    for n in _answer_numbers(answer):
        if not (n.readings & known) and n.raw not in missing:
            missing.append(n.raw)
    return missing


# ---------------------------------------------------------------- sentences

def sentences(text: str) -> list[tuple[str, str]]:
    """`text` cut into (sentence, separator after it); joining all pairs gives `text` back."""
    pieces: list[tuple[str, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end_of_sentence = m.start() + len(m.group(0).rstrip(" \t\n"))
        if m.group(0).startswith("\n"):
            end_of_sentence = m.start()
        pieces.append((text[start:end_of_sentence], text[end_of_sentence:m.end()]))
        start = m.end()
    if start < len(text):
        pieces.append((text[start:], ""))
    return [(s, sep) for s, sep in pieces if s or sep]


def source_text(c: Citation) -> str:
    """What a citation vouches for: its section id, title, page and quoted Turkish text.

    The Turkish original even when the model was given the English rendering (`text_en`, English questions):
    figures are compared by value ("400,000" = "400.000", "75%" = "% 75"), so an English answer that copies
    the rendering's figures passes, and a figure that only the rendering carried does not.
    """
    page = f" s. {c.page}" if c.page else ""
    return f"{c.section_id} {c.section_title}{page}\n{quarantine(c.text)}"


# ---------------------------------------------------------------- verification

@dataclass(frozen=True)
class Verification:
    ok: bool
    problems: tuple[str, ...]
    cited: tuple[int, ...]  # the valid passage numbers the answer cites, in order of first appearance


def _sentence_problems(sentence: str, sources: dict[int, str], fallback: Sequence[int]) -> list[str]:
    problems: list[str] = []
    cited = _all_citations(sentence)
    bad = [n for n in cited if n not in sources]
    for n in bad:
        problems.append(f"citation [{n}] is not one of the passages {_span(sources)}")
    good = [n for n in cited if n in sources]
    against = good if cited else list(fallback)
    if cited and not good:
        return problems
    missing = unsupported_numbers(sentence, (sources[n] for n in against))
    for raw in missing:
        where = "".join(f"[{n}]" for n in against) or "(none cited)"
        problems.append(f"figure «{raw}» is not in the cited passages {where}")
    return problems


def _span(sources: dict[int, str]) -> str:
    numbers = sorted(sources)
    if not numbers:
        return "(there are none)"
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"[{numbers[0]}]–[{numbers[-1]}]"
    return ", ".join(f"[{n}]" for n in numbers)


def verify(answer_text: str, citations: Sequence[Citation]) -> Verification:
    """Whether every citation of the answer exists and every figure occurs in a passage it cites."""
    sources = {c.n: source_text(c) for c in citations}
    all_cited = _all_citations(answer_text)
    cited = tuple(n for n in all_cited if n in sources)
    problems: list[str] = []
    if not all_cited:
        problems.append("the answer cites no passage")
    for sentence, _ in sentences(answer_text):
        for problem in _sentence_problems(sentence, sources, cited):
            if problem not in problems:
                problems.append(problem)
    return Verification(not problems, tuple(problems), cited)


def repair(answer_text: str, citations: Sequence[Citation]) -> str | None:
    """The answer without the sentences that cite a missing passage or state an unsupported figure.

    None when no sentence with a valid citation remains: the caller then shows its default answer.
    """
    sources = {c.n: source_text(c) for c in citations}
    pieces = sentences(answer_text)
    for _ in range(5):  # dropping a cited sentence can leave an uncited one unsupported: repeat until stable
        cited = [n for s, _ in pieces for n in _all_citations(s) if n in sources]
        kept = [(s, sep) for s, sep in pieces if not _sentence_problems(s, sources, cited)]
        if len(kept) == len(pieces):
            break
        pieces = kept
    if not any(n in sources for s, _ in pieces for n in _all_citations(s)):
        return None
    text = "".join(s + sep for s, sep in pieces).strip()
    if not text or not verify(text, citations).ok:
        return None
    return text
