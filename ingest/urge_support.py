"""Every URGE support line of chapter 2 as a record a calculator and an answer can use.

`ingest.urge_lines` keeps the printed figures as strings (its `UrgeLine` is
what the answering side quotes today); this module adds, per line:

- the figures parsed (`ReportFigure`: Decimal value + unit/currency, printed form, sentence, page):
  rate, ceiling, count of programmes / staff, duration;
- the basis the ceiling applies to ("project", "programme", "year", "expert"), quoted;
- eligible costs, covered topics or activities, the purpose, conditions, the beneficiary and who
  may apply (the işbirliği kuruluşları of chapter 2), each a `Quote`: the item exactly as printed,
  with its sentence, section id and page.

The report describes five lines: training and/or consultancy (with needs analysis as one of its
topics — the report gives it no figures of its own), foreign marketing (trade missions and fair
visits are among its activities, not lines of their own), buyer missions, individual consultancy
and employment. Nothing is added from the Tebliğ itself: a figure the report does not print (for
example a minimum number of firms) is absent, never guessed.

Reading of the ceilings: the report says "giderlerin % 75'i … 400.000 USD'a kadar karşılanmaktadır",
i.e. the amount covered is capped, so `reimbursement(cost) = min(rate × cost, ceiling)` per unit of
`basis`. For the individual consultancy line ("yıllık 50.000 USD'a kadar … giderleri % 70 oranında")
the sentence can also be read as a cap on the cost; `ceiling_note` says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from core.records import Section
from ingest.survey_figures import ReportFigure, parse_number
from ingest.urge_lines import LINES, UrgeLine, extract_facts, extract_lines, joined_sentences


@dataclass(frozen=True)
class Quote:
    """An item exactly as printed (`text` is a substring of `sentence`), with where it comes from."""

    text: str
    sentence: str
    section_id: str
    page: int | None


@dataclass(frozen=True)
class Calculation:
    """A computed amount with the arithmetic spelled out and every input it used."""

    value: Decimal
    currency: str
    expression: str  # "0.75 × 250000 = 187500.00 USD (below the ceiling 400000 USD)"
    inputs: tuple[ReportFigure, ...]
    capped: bool = False


@dataclass(frozen=True)
class SupportLine:
    """One URGE support line. Figures are None when the report prints none for the line."""

    key: str  # egitim-danismanlik | yurtdisi-pazarlama | alim-heyeti | bireysel-danismanlik | istihdam
    title: str
    section_id: str
    page: int | None
    rate: ReportFigure | None  # unit "%": 75 → covers 75 % of the eligible costs
    ceiling: ReportFigure | None  # unit "USD"
    basis: str  # what one ceiling is for: "project" | "programme" | "year" | "expert" | ""
    basis_quote: Quote | None  # "proje bazında", "her bir program bazında", "yıllık", "her biri için"
    count: ReportFigure | None  # unit "programme" or "expert": 5, 10, 2
    duration: ReportFigure | None  # unit "year"
    amount_rule: Quote | None  # istihdam: "emsal personeli brüt ücreti tutarı kadar" (no USD ceiling)
    eligible_costs: tuple[Quote, ...]
    topics: tuple[Quote, ...]  # training topics or the activities a programme may hold
    purpose: Quote | None
    conditions: tuple[Quote, ...]
    beneficiary: Quote | None  # who receives the support, as the line's text says
    applicants: tuple[Quote, ...]  # the işbirliği kuruluşları who prepare the projects
    printed: UrgeLine | None = None  # the same line as ingest.urge_lines gives it (figures as strings)
    ceiling_note: str = ""

    def reimbursement(self, cost: Decimal | int | str) -> Calculation | None:
        """rate × cost, capped at the ceiling, for one unit of `basis`; None without a rate."""
        if self.rate is None:
            return None
        cost = Decimal(str(cost))
        raw = (self.rate.value / 100 * cost).quantize(Decimal("0.01"))
        currency = self.ceiling.currency if self.ceiling else ""
        inputs = tuple(f for f in (self.rate, self.ceiling) if f is not None)
        text = f"{self.rate.value / 100} × {cost} = {raw}"
        if self.ceiling is not None and raw > self.ceiling.value:
            return Calculation(self.ceiling.value, currency,
                               f"{text}, capped at the ceiling {self.ceiling.value} {currency}", inputs, True)
        tail = f" (below the ceiling {self.ceiling.value} {currency})" if self.ceiling else ""
        return Calculation(raw, currency, f"{text} {currency}{tail}".replace("  ", " "), inputs)

    def max_total(self) -> Calculation | None:
        """The most the line can pay: count × ceiling (programmes) or years × yearly ceiling; None otherwise."""
        if self.ceiling is None:
            return None
        times = self.count if self.basis == "programme" else self.duration if self.basis == "year" else None
        if times is None:
            return None
        value = times.value * self.ceiling.value
        return Calculation(value, self.ceiling.currency,
                           f"{times.value} × {self.ceiling.value} {self.ceiling.currency} = {value} "
                           f"{self.ceiling.currency}", (times, self.ceiling))


@dataclass(frozen=True)
class UrgeSupport:
    """Chapter 2's support lines plus who may apply; `lines` is empty when the corpus has no chapter 2."""

    lines: tuple[SupportLine, ...]
    organisations: tuple[Quote, ...]  # işbirliği kuruluşları, as printed
    summary: Quote | None = None  # "Desteği özetlemek gerekirse; …"
    section_id: str = "2"
    page: int | None = None

    def line(self, key: str) -> SupportLine | None:
        return next((line for line in self.lines if line.key == key), None)


_RATE = re.compile(r"%\s?\d+")
_CEILING = re.compile(r"\d{1,3}(?:\.\d{3})+\s+USD")
_COUNT = re.compile(r"(?P<n>\d+)\s+\([a-zçğıöşü]+\)\s+(?:adet|uzman personel)")
_DURATION = re.compile(r"(?P<n>\d+)\s+\([a-zçğıöşü]+\)\s+yıl")
_ITEMS = re.compile(r",\s+(?=[A-ZÇĞİÖŞÜ])")

# Foreign marketing and buyer missions share one sentence ("Yukarıda değinilen …") for who may take part
# and under which condition: one spec serves both lines.
_AFTER_TRAINING = {
    "conditions": (("Yukarıda değinilen", r"(?P<x>eğitim ve/veya danışmanlık programlarına katılan şirketlere "
                                          r"yönelik)"),
                   ("Yukarıda değinilen", r"(?P<x>işbirliği kuruluşunca, Ekonomi Bakanlığı koordinasyonundaki "
                                          r"tebliğ kapsamında düzenlenen)")),
    "beneficiary": (("Yukarıda değinilen", r"(?P<x>eğitim ve/veya danışmanlık programlarına katılan şirketler)"),),
}

# Per line: (sentence marker, regex whose group "x" is the item) for each text field; items of a list
# field are split at ", " before a capital (topics) or ", " (activities in brackets).
SPEC: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "egitim-danismanlik": {
        "eligible_costs": (("400.000", r"verilen (?P<x>eğitim, danışmanlık faaliyet giderleri) ile"),
                           ("400.000", r" ile (?P<x>program organizasyonuna yönelik faaliyet giderleri)")),
        "topics": (("Söz konusu programlarda", r"programlarda; (?P<x>.+?) konularında eğitim"),),
        "purpose": (("böylece", r"(?P<x>KOBİ’ler böylece bir sonraki aşama olan yurt dışı pazarlama programlarına "
                                r"hazırlıklı hale getirilmektedir)"),),
        "conditions": (("ihtiyaç analizi çerçevesinde",
                        r"(?P<x>ihtiyaç analizi çerçevesinde şirketler ihtiyaç, ölçek ve donanımlarına göre "
                        r"gruplandırılarak)"),),
        "beneficiary": (("ihtiyaç analizi çerçevesinde", r"(?P<x>programa katılacak KOBİ’ler)"),),
    },
    "yurtdisi-pazarlama": {
        "eligible_costs": (("150.000", r"(?P<x>belirli giderler)in"),),
        "topics": (("150.000", r"pazarlama programları \((?P<x>[^)]+)\)"),),
        **_AFTER_TRAINING,
    },
    "alim-heyeti": {
        "eligible_costs": (("100.000", r"(?P<x>belirli giderler)in"),),
        "purpose": (("100.000", r"(?P<x>yurt dışındaki alıcı firmaların Türkiye’den alım yapmaları amacıyla)"),),
        **_AFTER_TRAINING,
    },
    "bireysel-danismanlik": {
        "eligible_costs": (("% 70", r"(?P<x>danışmanlık hizmetlerine ilişkin giderleri)"),),
        "conditions": (("bireysel danışmanlık desteği alabilmektedir",
                        r"(?P<x>Eğitim ve/veya danışmanlık programına/programlarına ve yurt dışı pazarlama veya alım "
                        r"heyeti programına/programlarına katılan şirketler)"),),
        "beneficiary": (("bireysel danışmanlık desteği alabilmektedir", r"(?P<x>katılan şirketler)"),),
    },
    "istihdam": {
        "eligible_costs": (("uzman personelin istihdam", r"uzman personelin (?P<x>istihdam giderleri)"),),
        "purpose": (("amacıyla işbirliği", r"(?P<x>Kümelenme potansiyeli olan bölgelerdeki küme oluşumlarının ortaya "
                                           r"çıkartılması ve söz konusu küme oluşumlarının desteklenmesi)"),),
        "conditions": (("uzman personelin istihdam", r"(?P<x>Eğitim ve/veya danışmanlık programına/programlarına "
                                                     r"katılan)"),
                       ("uzman personelin istihdam", r"(?P<x>aynı değer zincirinde yer alan)"),
                       ("uzman personelin istihdam", r"(?P<x>birbiriyle ticari ilişki ve coğrafi yakınlık içinde "
                                                     r"olan)"),
                       ("uzman personelin istihdam", r"(?P<x>uluslararası rekabet amacıyla birlikte düzenledikleri "
                                                     r"faaliyetlerin kümelenme anlayışı temelinde planlanması, "
                                                     r"organizasyonu ile koordine edilmesine yönelik hazırlanan "
                                                     r"projelerde görevlendirilen)"),
                       ("emsal personeli", r"(?P<x>proje süresince ve toplamda 3 \(üç\) yılı aşmamak üzere)")),
        "beneficiary": (("amacıyla işbirliği", r"(?P<x>işbirliği kuruluşlarına)"),),
        "amount_rule": (("emsal personeli", r"(?P<x>ilgili işbirliği kuruluşunun emsal personeli brüt ücreti tutarı "
                                            r"kadar)"),),
    },
}
BASIS = (("proje bazında", "project"), ("her bir program bazında", "programme"), ("yıllık", "year"),
         ("her biri için", "expert"))
COUNT_UNIT = {"adet": "programme", "uzman personel": "expert"}


def _quotes(sentences: list[tuple[str, int | None]], section_id: str, specs, split: bool) -> tuple[Quote, ...]:
    out: list[Quote] = []
    for marker, pattern in specs:
        for sentence, page in sentences:
            if marker not in sentence:
                continue
            match = re.search(pattern, sentence)
            if match:
                text = match["x"]
                parts = [text] if not split else (_ITEMS.split(text) if _ITEMS.search(text) else
                                                  re.split(r",\s+", text))
                out.extend(Quote(p.strip(), sentence, section_id, page) for p in parts if p.strip())
                break
    return tuple(out)


def _figure(pattern: re.Pattern, text: str, sentence: str, section_id: str, page, label: str,
            unit: str | None = None) -> ReportFigure | None:
    match = pattern.search(text)
    if not match:
        return None
    printed = match.group(0)
    if unit is None:
        unit = "%" if printed.startswith("%") else "USD" if printed.endswith("USD") else "count"
    value = parse_number(match["n"] if "n" in pattern.groupindex else printed.replace("USD", ""))
    return ReportFigure(section_id, page, value, unit, label, sentence, printed)


def _support_line(printed: UrgeLine, sections: dict[str, Section], organisations: tuple[Quote, ...]) -> SupportLine:
    section = sections[printed.section_id]
    sentences = joined_sentences(section)
    spec = SPEC.get(printed.key, {})
    sid, page, sentence = printed.section_id, printed.page, printed.sentence
    # the piece of a shared sentence that belongs to this line ("5 (beş) adet …" vs "10 (on) adet …")
    part = next((p for p in re.split(r"(?<=,)\s+(?=\d+ \()", sentence) if printed.count and printed.count in p),
                sentence)
    rate = _figure(_RATE, printed.rate, sentence, sid, page, "destek oranı") if printed.rate else None
    ceiling = _figure(_CEILING, part, sentence, sid, page, "üst sınır")
    count = None
    if printed.count:
        unit = next(u for word, u in COUNT_UNIT.items() if word in printed.count)
        count = _figure(_COUNT, printed.count, sentence, sid, page, "en fazla sayı", unit)
    duration = _figure(_DURATION, part, sentence, sid, page, "süre", "year")
    basis, basis_quote = "", None
    for phrase, key in BASIS:
        if phrase in part:
            basis, basis_quote = key, Quote(phrase, sentence, sid, page)
            break
    one = lambda field: next(iter(_quotes(sentences, sid, spec.get(field, ()), False)), None)  # noqa: E731
    note = ("the sentence can also be read as a yearly cap on the consultancy costs (then the support is at most "
            "70 % of 50.000 USD a year)") if printed.key == "bireysel-danismanlik" else ""
    applicants = () if printed.key == "bireysel-danismanlik" else organisations
    return SupportLine(
        printed.key, printed.title, sid, page, rate, ceiling, basis, basis_quote, count, duration, one("amount_rule"),
        _quotes(sentences, sid, spec.get("eligible_costs", ()), False),
        _quotes(sentences, sid, spec.get("topics", ()), True), one("purpose"),
        _quotes(sentences, sid, spec.get("conditions", ()), False), one("beneficiary"), applicants, printed, note)


def extract_support(sections: Iterable[Section]) -> UrgeSupport:
    """The five support lines with every field, and chapter 2's organisations (empty when there is no chapter 2)."""
    sections = tuple(sections)
    facts = extract_facts(sections)
    if facts is None:
        return UrgeSupport((), ())
    by_id = {s.section_id: s for s in sections}
    chapter = by_id["2"]
    org_sentence, org_page = next(((s, p) for s, p in joined_sentences(chapter)
                                   if facts.organisations and facts.organisations[0] in s), ("", chapter.page))
    organisations = tuple(Quote(org, org_sentence, "2", org_page) for org in facts.organisations)
    lines = tuple(_support_line(line, by_id, organisations) for line in extract_lines(sections))
    summary = next((Quote(s, s, sid, p) for sid in ("2.istihdam", "2") if sid in by_id
                    for s, p in joined_sentences(by_id[sid]) if s.startswith("Desteği özetlemek")), None)
    return UrgeSupport(lines, organisations, summary, "2", chapter.page)


__all__ = ["BASIS", "Calculation", "LINES", "Quote", "SupportLine", "UrgeSupport", "extract_support"]
