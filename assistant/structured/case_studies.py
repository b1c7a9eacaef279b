"""Chapter 3's eight case studies as records (number, name, country), read from their section titles.

"Which case study is from Germany?", "Vaka çalışmalarından hangisi Kanada'da?" and "how many of the
examples are Turkish?" have exact answers in the titles ("İyi Uygulama Örneği 4: NanoBioNet – Almanya");
passages that merely mention a country are no answer, and a country none of the eight is from is answered
with the countries they are from rather than refused as another country's affairs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.answers import DirectAnswer
from core.lexicon import CASE_FRAME_STEMS, CASE_STUDY_CUE, COUNTRIES, NATIONALITY_WORDS, WHICH_COUNTRY_CUE
from core.messages import say
from core.normalize import fold_ascii
from core.sentences import split_sentences

from assistant.structured.citing import Citer
from assistant.structured.quantities import joined

_TITLE = re.compile(r"^İyi Uygulama Örneği (?P<n>\d+): (?P<name>.+?) [–-] (?P<country>[^–-]+)$")
_CASE = re.compile(CASE_STUDY_CUE)
_WHICH_COUNTRY = re.compile(WHICH_COUNTRY_CUE)
_KEYS = {**COUNTRIES, **NATIONALITY_WORDS}


@dataclass(frozen=True)
class CaseStudy:
    section_id: str
    number: int
    name: str      # as printed
    country: str   # as printed (Turkish)
    key: str       # COUNTRIES key ("tr" for Türkiye)
    title: str


def case_studies(sections) -> tuple[CaseStudy, ...]:
    """The case studies of chapter 3, in order; a title not of the printed shape is left out."""
    out = []
    for sid, info in sections.items():
        m = _TITLE.match(info.title) if sid.startswith("3.") else None
        if m:
            country = m["country"].strip()
            out.append(CaseStudy(sid, int(m["n"]), m["name"].strip(), country, country_key(country) or "",
                                 info.title))
    return tuple(sorted(out, key=lambda c: c.number))


def _short_name(sentence: str, title: str) -> str:
    """The abbreviation a case goes by, as its opening sentence introduces it: "SASAD (Savunma …)" or
    "ODTÜ Teknokent (METUTECH)" after words of its title; "" when the sentence introduces none."""
    before = re.search(r"\b([A-ZÇĞİÖŞÜ]{3,}) \(", sentence)
    if before and before.group(1) not in title:
        return before.group(1)
    for word, short in re.findall(r"(\S+) \(([A-ZÇĞİÖŞÜ]{3,})\)", sentence):
        if short not in title and fold_ascii(word) in fold_ascii(title):
            return short
    return ""


def country_key(text: str) -> str | None:
    """The COUNTRIES key of a printed country name ("Türkiye" → "tr")."""
    folded = fold_ascii(text).strip()
    return _KEYS.get(folded)


def countries_named(folded: str) -> list[str]:
    """The countries a folded question names, in order: names, nationality words, Turkish suffixed forms
    ("kanada'da" folds to "kanada da"; "almanyadan" starts with "almanya")."""
    found: list[str] = []
    for word in folded.split():
        key = _KEYS.get(word) or next((k for name, k in _KEYS.items() if len(name) >= 5 and " " not in name
                                       and word.startswith(name)), None)
        if key and key not in found:
            found.append(key)
    for name, key in _KEYS.items():  # "united states", "suudi arabistan"
        if " " in name and re.search(rf"\b{name}\b", folded) and key not in found:
            found.append(key)
    return found


def answer_case_countries(q, knowledge, rendering=None) -> DirectAnswer | None:
    """The case studies from the countries the question names (or all, by country, when it asks which
    countries), each cited to its section; None when the question is not about the case studies' countries."""
    folded = joined(q.text)
    if not _CASE.search(folded):
        return None
    cases = case_studies(knowledge.index.sections)
    if not cases:
        return None
    named = countries_named(folded)
    if not named and not _WHICH_COUNTRY.search(folded):
        return None
    # "In the Canadian example, what share of firms …" names the case by its country to ask about it
    words = [w for part in q.topic for w in part.split("-")]
    if any(not w.startswith(CASE_FRAME_STEMS) and not countries_named(w) for w in words):
        return None
    lang = q.lang
    citer = Citer(knowledge)
    english = rendering.english if rendering is not None else (lambda _: None)

    def label(case: CaseStudy) -> str:
        title = (english(case.title) or case.title) if lang == "en" else case.title
        first = next(iter(split_sentences(" ".join(knowledge.index.section_text(case.section_id).split()))), "")
        # the name the case goes by in its text ("SASAD", "METUTECH"), when the title does not print it
        short = _short_name(first, case.title)
        return f"{title}{f' ({short})' if short else ''} [{citer.cite(case.section_id, first or case.title)}]"

    def country_name(case: CaseStudy) -> str:
        if lang != "en":
            return case.country
        rendered = english(case.title) or ""
        return re.split(r" [–-] ", rendered)[-1].strip() if rendered else case.country

    names = {c.key: country_name(c) for c in cases}
    tally: dict[str, int] = {}
    for c in cases:
        tally[names[c.key]] = tally.get(names[c.key], 0) + 1
    by_country = ", ".join(f"{name} ({n})" for name, n in tally.items())
    if not named or any(not any(c.key == key for c in cases) for key in named):  # the titles are the evidence
        by_country += f" [{citer.cite(cases[0].section_id.split('.')[0], chr(10).join(c.title for c in cases))}]"
    lines = []
    for key in named:
        chosen = [c for c in cases if c.key == key]
        if chosen:
            lines.append(say("cases_from", lang, c=names[key], n=len(chosen), x="; ".join(label(c) for c in chosen)))
        else:
            asked = next((w for w in folded.split() if _KEYS.get(w) == key), key.upper())
            lines.append(say("cases_none_from", lang, total=len(cases), c=asked.title(), x=by_country))
    if not named:
        lines.append(say("cases_by_country", lang, total=len(cases), x=by_country))
        lines += [f"• {label(c)}" for c in cases]
    return DirectAnswer("table", "\n".join(lines), citer.all(), count=len(cases) if not named else None)
