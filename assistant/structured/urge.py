"""URGE questions answered with the report's own figures: rate, ceiling, count, duration, basis.

A question about a support line's limits has one exact answer in chapter 2;
quoting the figures as printed ("% 75", "400.000 USD", "3 (üç) yıl") and
citing the sentence they come from beats a paraphrase by a model. Figures
are never converted or reworded; only the frame around them follows the
question's language.
"""
from __future__ import annotations

import re
from typing import Sequence

from core.records import Paragraph, Section
from ingest.urge_lines import UrgeFacts, UrgeLine, extract_facts

from assistant.compose.figures import english_figure
from assistant.question.slots import Slots
from assistant.structured.quantities import joined
from core.answers import Citation, DirectAnswer
from core.lexicon import URGE_COVER_STEMS
from core.messages import say

# folded-word patterns that name a line
_LINE_WORDS = {
    "egitim-danismanlik": r"\begitim\w*|\btraining\b|\bconsultancy\b|\bdanisman(lik|lig)\w*",
    "yurtdisi-pazarlama": r"\bpazarlama\w*|\bmarketing\b",
    "alim-heyeti": r"\balim heyet\w*|\b(buyer|purchasing|procurement|buying)( \w+)? (delegation|mission|visit)s?\b"
                   # foreign buyers brought in: the line pays for "yurt dışındaki alıcı firmaların" visits
                   r"|\b(invit|bring|host)\w* (\w+ ){0,2}buyers?\b|\b(yabanci|yurt disindaki) alici\w*",
    # "danışmanlık" / "consultancy" alone is both consultancy lines' word (inside one's full name, only that one's)
    "bireysel-danismanlik": r"\bbireysel\b|\bindividual\b|\bconsultancy\b|\bdanisman(lik|lig)\w*",
    # in an URGE context an expert is the employment line's: the only line that pays for staff
    "istihdam": r"\bistihdam\w*|\bemployment\b|\b(expert|uzman) (staff|personel\w*)|\bexperts?\b|\buzman\w*"
                # staff pay: the employment line pays "istihdam giderleri", up to the gross salary ("brüt ücreti")
                r"|\bsalar\w*|\bwages?\b|\bmaas\w*|\bucret\w*|\bpersonel\w*|\bstaff\b",
}
_STRICT_LINE_WORDS = {
    "egitim-danismanlik": r"\begitim (ve )?(veya )?danisman(lik|lig)|\btraining and (or )?consultancy",
    "yurtdisi-pazarlama": r"\byurt ?disi pazarlama|\bforeign marketing",
    "alim-heyeti": _LINE_WORDS["alim-heyeti"],
    "bireysel-danismanlik": r"\bbireysel danisman(lik|lig)|\bindividual consultancy",
    "istihdam": r"\bistihdam (program|deste[kg])\w*|\bemployment (programme|program|support)"
                # experts employed: only the employment line pays for staff, with or without "URGE"
                r"|\buzman\w* (personel\w* )?istihdam\w*|\bistihdam edil\w* uzman\w*"
                r"|\b(hire|hiring|employ\w*) (\w+ ){0,3}experts?\b|\bexperts? (\w+ ){0,3}(hire|hired|employ\w*)",
}
EN_TITLES = {
    "egitim-danismanlik": "Training and/or consultancy programmes",
    "yurtdisi-pazarlama": "Foreign marketing programmes",
    "alim-heyeti": "Purchasing (buyer) delegation programmes",
    "bireysel-danismanlik": "Individual consultancy programme",
    "istihdam": "Employment programme",
}
_SCOPE_EN = {"proje bazında": "per project", "her bir program bazında": "per programme"}
_URGE = re.compile(r"\b(urge|ur ge|teblig\w*|2010 8|uluslararasi rekabetciligin gelistirilmesi\w*)"
                   r"( (program\w*|destek\w*|deste\w*|support|scheme))?\b")
_OVERVIEW = re.compile(r"\b(hangi destek\w*|destek (baslik|kalem|turu|turleri)\w*|"
                       r"which (urge )?(support|supports|programmes|programs|lines)|hangi urge destek\w*|"
                       r"support lines|combined|integrated|butunlesik|neleri kapsar|ne(leri)? destekler|"
                       r"what does (urge|it) (cover|support)|"
                       r"which programmes|hangi programlar\w*|kapsamindaki destekler)\b")
_ORGS = re.compile(r"\b(isbirligi kurulus\w*|cooperating organi[sz]ation\w*|eligible organi[sz]ation\w*|"
                   r"who can apply|kimler basvur\w*|hangi kurulus\w*)\b")
_SUPPORTS_FOR_US = re.compile(r"\b(hangi destek\w*|ne tur destek\w*|which (kinds? of )?supports?|what supports?|"
                              r"what (kind|kinds|type|types) of support)\b")
_FIRST_PERSON = re.compile(r"\b(we|our|us|biz\w*|bize)\b|\b\w+(miz|muz|iz|uz)\b")
_PURPOSE = re.compile(r"\b(amac\w*|purpose|aim|objective\w*|hedefle\w*|target\w*|point of|ne ise yar\w*|"
                      r"what is it for)\b")
_DECREE = re.compile(r"\b(numara\w*|(teblig|communique|decree)\w* (no|number)|number of the (teblig|communique|decree)|"
                     r"ne zaman yururlu\w*|yururluge\w*|(entered|enter|come|came) into force)\b")
_YEAR = re.compile(r"\b(19|20)\d\d\b(?!\s*/)")


def _lines_asked(folded: str, patterns: dict[str, str]) -> list[str]:
    """The lines the folded question names; a loose name inside another line's full name is that line's word
    ("consultancy" of "individual consultancy" names no training line, nor of "training and consultancy" the
    individual one)."""
    keys = [k for k, pattern in patterns.items() if re.search(pattern, folded)]
    return [k for k in keys if not inside_other_name(k, patterns[k], folded)]


def _word_end(text: str, at: int) -> int:
    """Where the word that `at` falls in ends ("bireysel danışmanlığa": the name's word with its suffix)."""
    while at < len(text) and text[at].isalnum():
        at += 1
    return at


def inside_other_name(key: str, pattern: str, joined_text: str) -> bool:
    """Every mention of `key` lies inside the full name of another line."""
    others = [(m.start(), _word_end(joined_text, m.end())) for k, p in _STRICT_LINE_WORDS.items() if k != key
              for m in re.finditer(p, joined_text)]
    return bool(others) and all(any(a <= m.start() and m.end() <= b for a, b in others)
                                for m in re.finditer(pattern, joined_text))


def _topic(question: str) -> tuple[str, list[str]] | None:
    """("lines", keys) | ("overview", all) | ("orgs"|"purpose"|"decree", []) — None when not an URGE question."""
    folded = joined(question)
    if any(y.group(0) != "2010" for y in _YEAR.finditer(folded)):
        return None  # years the report cannot speak for ("in 2024")
    context = bool(_URGE.search(folded))
    # Without "URGE" in the question only the lines' full names count ("training" alone is any training).
    keys = _lines_asked(folded, _LINE_WORDS if context else _STRICT_LINE_WORDS)
    if keys:
        return "lines", keys
    if not context:
        # a cluster asking which supports it can get: the report's one support programme with figures
        return ("overview", list(_LINE_WORDS)) if _SUPPORTS_FOR_US.search(folded) and _FIRST_PERSON.search(folded) \
            else None
    if _OVERVIEW.search(folded):
        return "overview", list(_LINE_WORDS)
    if _ORGS.search(folded):
        return "orgs", []
    if _PURPOSE.search(folded):
        return "purpose", []
    if _DECREE.search(folded):
        return "decree", []
    # a rate or ceiling asked of URGE as a whole ("URGE üst sınırı nedir?"): every line's figures
    # (tests/fuzz/test_injection.py fails without it; no dev question asks this way)
    if re.search(r"\b(oran\w*|rate|rates|limit\w*|ceiling\w*|ust sinir\w*|tutar\w*|amount)\b", folded):
        return "overview", list(_LINE_WORDS)
    return None


def explained_words(question: str) -> frozenset[str]:
    """The folded words of the question that URGE's own records explain: a line's names, the programme's,
    the organisations', purpose and decree words, and the verbs of covering a cost (core.lexicon
    URGE_COVER_STEMS). What is left of `Question.topic` asks something the table does not answer."""
    folded = joined(question)
    patterns = [_URGE, _OVERVIEW, _ORGS, _PURPOSE, _DECREE, *(re.compile(p) for p in _LINE_WORDS.values())]
    spans = [m.span() for p in patterns for m in p.finditer(folded)]
    inside = {w for a, b in spans for w in folded[a:b].split()}
    return frozenset(inside | {w for w in folded.split() if w.startswith(URGE_COVER_STEMS)})


def names_urge(question: str) -> bool:
    """The question says URGE (or the Tebliğ) itself: the context in which a line's loose names count."""
    return bool(_URGE.search(joined(question)))


def is_urge_question(question: str, slots: Slots | None = None) -> bool:
    """An URGE question this module can answer exactly (a line's figures, the lines, organisations, purpose, number)."""
    return _topic(question) is not None


def facts_from_chunks(chunks) -> UrgeFacts | None:
    """URGE facts from stored chunks (.text, .metadata): chapter 2's sections rebuilt, header lines dropped."""
    parts: dict[str, list] = {}
    for chunk in chunks:
        sid = str(chunk.metadata.get("section_id", ""))
        if sid == "2" or sid.startswith("2."):
            parts.setdefault(sid, []).append(chunk)
    sections = []
    for sid, group in parts.items():
        group.sort(key=lambda c: int(c.metadata.get("position", 0) or 0))
        meta = group[0].metadata
        paragraphs = tuple(Paragraph(c.metadata.get("page"), p) for c in group
                           for p in c.text.partition("\n")[2].split("\n\n") if p.strip())
        sections.append(Section(sid, str(meta.get("section_title", "")), str(meta.get("kind", "")), paragraphs,
                                str(meta.get("source", "")), meta.get("page"), meta.get("parent_id")))
    return extract_facts(sections)


def _as_facts(urge: UrgeFacts | Sequence[UrgeLine]) -> UrgeFacts:
    if isinstance(urge, UrgeFacts):
        return urge
    return UrgeFacts(tuple(urge), (), "", "", "", "", "")


def line_summary(line: UrgeLine, lang: str) -> str:
    """The figures of one line in a sentence frame: "giderlerin % 75’i, proje bazında 400.000 USD’a kadar"."""
    parts: list[str] = []
    usd = "USD" in line.ceiling
    if lang == "tr":
        parts += [line.count] if line.count else []
        parts += [f"giderlerin {line.rate}’i"] if line.rate else []
        if line.ceiling:
            parts.append(" ".join(x for x in (line.scope, line.ceiling) if x) + ("’a kadar" if usd else " tutarı kadar"))
        parts += [f"süre: {line.duration}"] if line.duration else []
    else:
        parts += [f"count: {english_figure(line.count)}"] if line.count else []
        parts += [f"{english_figure(line.rate)} of costs"] if line.rate else []
        if line.ceiling:
            scope = f" {_SCOPE_EN.get(line.scope, english_figure(line.scope))}" if line.scope else ""
            ceiling = english_figure(line.ceiling)
            if ceiling.startswith("per "):  # "yıllık 50.000 USD": the basis printed before the amount
                basis, _, amount = ceiling.partition(" ")[2].partition(" ")
                ceiling, scope = amount, scope or f" per {basis}"
            parts.append(f"up to {ceiling}{scope}" if usd
                         else "up to the gross salary of equivalent staff")
        parts += [f"duration: {english_figure(line.duration)}"] if line.duration else []
    return ", ".join(parts)


def _title(line: UrgeLine, lang: str) -> str:
    return line.title if lang == "tr" else EN_TITLES.get(line.key, line.title)


def _cite(citations: list[Citation], section_id: str, title: str, page: int | None, text: str, source: str = "") -> int:
    for c in citations:
        if c.text == text:
            return c.n
    citations.append(Citation(len(citations) + 1, section_id, title, "urge", source, page, text))
    return len(citations)


def answer_urge(question: str, urge: UrgeFacts | Sequence[UrgeLine], lang: str,
                lines: Sequence[str] = ()) -> DirectAnswer:
    """The exact figures of the line(s) asked about (or the organisations, purpose, number), each cited.
    `lines`: the line keys when the caller found them another way (by the activities the question names)."""
    facts = _as_facts(urge)
    topic, keys = ("lines", list(lines)) if lines else _topic(question) or ("overview", list(_LINE_WORDS))
    citations: list[Citation] = []
    page, title = facts.page, facts.title or "URGE"
    if topic in ("lines", "overview"):
        head = ""
        if topic == "overview" and facts.mechanism_sentence:
            n = _cite(citations, facts.section_id, title, page, facts.mechanism_sentence, facts.source)
            head = say("urge_overview", lang, d=facts.decree or "2010/8", n=n)
        rows = []
        body = []
        for line in (l for l in facts.lines if l.key in keys):
            n = _cite(citations, line.section_id, line.title, line.page, line.sentence, facts.source)
            body.append(f"{_title(line, lang)}: {line_summary(line, lang)} [{n}]")
            figures = (line.rate, line.ceiling, line.count, line.duration, line.scope)
            rows.append((_title(line, lang), *(figures if lang == "tr" else (english_figure(f) for f in figures))))
        lead = "\n".join(([head] if head else []) + [f"- {b}" if head else b for b in body])
        columns = tuple(say(f"col_{c}", lang) for c in ("support", "rate", "ceiling", "count", "duration", "basis"))
        return DirectAnswer("urge", lead, tuple(citations), columns, tuple(rows), len(rows))
    if topic == "orgs":
        text = f"{facts.organisations_sentence} {', '.join(facts.organisations)}."
        n = _cite(citations, facts.section_id, title, page, text, facts.source)
        lead = say("urge_orgs", lang, n=n, x="; ".join(facts.organisations))
        return DirectAnswer("urge", lead, tuple(citations), count=len(facts.organisations))
    if topic == "purpose":
        n = _cite(citations, facts.section_id, title, page, facts.purpose_sentence, facts.source)
        return DirectAnswer("urge", say("urge_purpose", lang, n=n, x=facts.purpose_sentence), tuple(citations))
    date = re.search(r"\d{1,2} \w+ \d{4}", facts.decree_sentence)
    n = _cite(citations, facts.section_id, title, page, title.split(" — ")[0], facts.source)
    m = _cite(citations, facts.section_id, title, page, facts.decree_sentence, facts.source)
    lead = say("urge_decree", lang, d=facts.decree, n=n, m=m, x=date.group(0) if date else "")
    return DirectAnswer("urge", lead, tuple(citations))
