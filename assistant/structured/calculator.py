"""URGE calculator: what a stated cost is reimbursed, and the most the allowed programmes can pay.

Every input is either a figure of an `ingest.urge_support.SupportLine` (rate,
ceiling, count, duration, the employment line's amount rule — each with the
sentence it was read from, which the answer cites) or a number the user typed
(`Question.money`, a count such as "üç program"). Nothing else enters the
arithmetic, and the answer spells it out: "URGE covers 187,500 USD: 75 % ×
250,000 USD = 187,500 USD, below the 400,000 USD ceiling per project [1]".

A question is computed only when it gives something to compute with: a cost
("250.000 dolar") for a named line, or a total over programmes ("üç program
yaparsak toplam", "all five", "every buyer mission … the most"). "URGE eğitim
desteğinin üst sınırı nedir?" asks for a printed figure and stays with
`assistant.structured.urge`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from core.messages import say
from assistant.structured.citing import Citer
from assistant.structured.urge_activities import activity_mention, common_stems, line_by_activity
from assistant.structured.quantities import Count, Tokens, counts_in, money_text, rate_text
from assistant.structured.urge import (EN_TITLES, _LINE_WORDS, _STRICT_LINE_WORDS, _URGE, _YEAR,
                                       _lines_asked)
from core.answers import DirectAnswer

# a total over several programmes (or lines) is asked for
_TOTAL = re.compile(r"\b(toplam\w*|tamam\w*|hepsi\w*|tumu\w*|tum|butun\w*|total\w*|all|every|altogether|combined|"
                    r"sum|plus|arti)\b")
# ... and it is an amount of money, not a number of programmes
_AMOUNT = re.compile(r"\b(ne kadar|how much|most|max\w*|azami|en fazla|tavan\w*|cap|ceiling|tutar\w*|usd|dolar\w*|"
                     r"dollars?|receive|get|pay|paid|odenir|oder|alabil\w*|alinabil\w*|eder|olur)\b")
_PLAN_CODE = re.compile(r"\bora ?\d")
_EACH = re.compile(r"\b(her biri\w*|her bir|her yil|each|every|apiece|basina)\b")
_MONTHLY = re.compile(r"\b(aylik|ayda|monthly|month|ay basina)\b")
_YEARLY = re.compile(r"\b(yillik|yilda|yearly|annual\w*|per year|a year)\b")
# The full names of urge.py, plus the softened stem of "destek" (desteği, desteğiyle: k → ğ before a vowel)
STRICT_LINE_WORDS = {**_STRICT_LINE_WORDS,
                     "istihdam": _STRICT_LINE_WORDS["istihdam"] + r"|\bistihdam desteg\w*"}


@dataclass(frozen=True)
class Part:
    """One line's share of the answer: its amount (None when the report gives nothing to compute with)."""

    value: Decimal | None
    text: str  # the arithmetic in the question's language, with its [n] markers
    notes: tuple[str, ...] = ()


def asked_lines(q, support=None, glossary=None, common: frozenset[str] = frozenset()
                ) -> tuple[Tokens, list[tuple[str, int]]] | None:
    """The words the lines were found in and each line asked (key, index of its first word), in order.

    The question's own words first; for a follow-up ("Peki üç program yaparsak?") the completed search text.
    A full line name ("yurt dışı pazarlama") sets the URGE context like the word URGE does, so the loose
    names of the other lines count too ("the training line … plus all five foreign marketing programmes").
    """
    for text in dict.fromkeys((q.text, q.search)):
        tokens = Tokens.of(text)
        joined = tokens.joined
        if any(y.group(0) != "2010" for y in _YEAR.finditer(joined)):
            return None
        context = bool(_URGE.search(joined)) or any(re.search(p, joined) for p in STRICT_LINE_WORDS.values()) \
            or (bool(q.money) and q.wants == "amount" and not _PLAN_CODE.search(joined))  # a cost and its
        # cover asked: only URGE has rates (unless an action of the plan is named: the plan sets no amounts)
        patterns = _LINE_WORDS if context else STRICT_LINE_WORDS
        keys = _lines_asked(joined, patterns)  # a loose name inside another line's full name is that line's
        if keys:
            mentions = sorted((tokens.index_at(re.search(patterns[k], joined).start()), k) for k in keys)
            if support is not None:  # another line named by an activity it lists, beside the named ones
                named = frozenset(tokens.index_at(i) for k in keys for m in re.finditer(patterns[k], joined)
                                  for i in range(m.start(), m.end()))
                extra = activity_mention(tokens.items, support, glossary, common, named)
                if extra is not None and extra[0] not in keys:
                    mentions = sorted(mentions + [(extra[1], extra[0])])
            return tokens, [(k, at) for at, k in mentions]
        if context and support is not None:
            key = line_by_activity(text, support, glossary, common)
            if key:
                return tokens, [(key, 0)]
    return None


def _count_for(key: str, at: int, lines: list[tuple[str, int]], counts: list[Count], units: set[str]) -> Count | None:
    """The stated count of `units` that belongs to the line mentioned at word `at`.

    A count belongs to the line named between it and its unit ("five foreign marketing programmes") or, when
    none is, to the line mentioned last before it ("yurt dışı pazarlama … üç program"); with one line, to it.
    """
    for count in counts:
        if count.unit not in units:
            continue
        inside = [k for k, a in lines if count.at < a <= count.unit_at]
        before = [k for k, a in lines if a < count.at]
        owner = inside[0] if inside else before[-1] if before else lines[0][0] if len(lines) == 1 else None
        if owner == key:
            return count
    return None


class Calculator:
    def __init__(self, q, support, citer: Citer):
        self.q, self.lang, self.citer = q, q.lang, citer
        self.support = support

    def cite(self, figure_or_quote) -> int:
        return self.citer.cite(figure_or_quote.section_id, figure_or_quote.sentence, figure_or_quote.page)

    def money(self, value) -> str:
        return money_text(value, "USD", self.lang)

    def title(self, line) -> str:
        return line.title if self.lang == "tr" else EN_TITLES.get(line.key, line.title)

    def ceiling_phrase(self, line, key: str) -> str:
        return say(key, self.lang, basis=say(f"basis_{line.basis}", self.lang) if line.basis else "",
                   ceiling=self.money(line.ceiling.value)).strip()

    def reimbursement(self, line, cost: Decimal, units: Count | None) -> Part | None:
        """rate × cost capped at the ceiling, for one unit of the line's basis (× n when "each" is said)."""
        calc = line.reimbursement(cost)
        if calc is None or line.ceiling is None:
            return None
        n = self.cite(line.rate)
        raw = line.rate.value / 100 * cost
        phrase = self.ceiling_phrase(line, "calc_above" if calc.capped else "calc_below")
        text = (f"{rate_text(line.rate.value, self.lang)} × {self.money(cost)} = {self.money(raw)}, "
                f"{phrase} [{n}]")
        value, notes = calc.value, []
        if units and units.value > 1 and _EACH.search(self.q.folded):
            k, capped = self._capped(line, units)
            notes += capped
            value = calc.value * k
            text += f"; {k} × {self.money(calc.value)} = {self.money(value)}"
        if line.key == "bireysel-danismanlik" and line.ceiling_note:
            alt = min(line.rate.value / 100 * cost, line.rate.value / 100 * line.ceiling.value)
            notes.append(say("calc_alt_reading", self.lang, ceiling=self.money(line.ceiling.value),
                             alt=self.money(alt)))
        return Part(value, text, tuple(notes))

    def _capped(self, line, count: Count) -> tuple[int, list[str]]:
        """The stated count, or the report's maximum when more were asked (saying so)."""
        allowed = line.count if count.unit in ("programme", "expert") else line.duration
        if allowed is None or count.value <= allowed.value:
            return count.value, []
        n = self.cite(allowed)
        return int(allowed.value), [say("calc_count_capped", self.lang, allowed=int(allowed.value), asked=count.value,
                                        unit=say(f"unit_{count.unit}", self.lang), n=n)]

    def maximum(self, line, count: Count | None) -> Part | None:
        """The most one line pays: (stated or allowed) count × ceiling; one project's ceiling for the training line."""
        if line.ceiling is None:
            return None
        n = self.cite(line.ceiling)
        if line.basis == "project":
            k = count.value if count else 1
            if k == 1:
                return Part(line.ceiling.value, f"{self.money(line.ceiling.value)} "
                                                f"({self.ceiling_phrase(line, 'calc_ceiling')}) [{n}]")
            value = k * line.ceiling.value
            return Part(value, f"{k} × {self.money(line.ceiling.value)} = {self.money(value)} [{n}]")
        allowed = line.count if line.basis == "programme" else line.duration if line.basis == "year" else None
        if allowed is None:
            return None
        notes: list[str] = []
        k = int(allowed.value)
        if count is not None:
            k, notes = self._capped(line, count)
        m = self.cite(allowed)
        value = k * line.ceiling.value
        times = say("calc_times", self.lang, k=k, ceiling=self.money(line.ceiling.value),
                    basis=say(f"basis_{line.basis}", self.lang), unit=say(f"unit_{line.basis}", self.lang))
        marks = f"[{n}]" if n == m else f"[{m}][{n}]"
        if line.key == "bireysel-danismanlik" and line.ceiling_note and line.rate is not None:
            alt = k * line.rate.value / 100 * line.ceiling.value  # the ceiling read as a cap on the cost
            notes.append(say("calc_alt_reading_total", self.lang, ceiling=self.money(line.ceiling.value),
                             alt=self.money(alt), k=k))
        return Part(value, f"{times} = {self.money(value)} {marks}", tuple(notes))

    def employment(self, line, counts: list[Count], lines) -> Part:
        """experts × gross salary × months × years — only with a salary and its period typed in the question."""
        source = line.count or line.amount_rule or line.duration
        if source is None:
            return Part(None, "")
        n = self.cite(source)
        experts = _count_for(line.key, 0, lines, counts, {"expert"}) if len(lines) > 1 else next(
            (c for c in counts if c.unit == "expert"), None)
        years = next((c for c in counts if c.unit == "year"), None)
        money = [m for m in self.q.money if m.currency == "USD"]
        monthly, yearly = _MONTHLY.search(self.q.folded), _YEARLY.search(self.q.folded)
        if line.count is None or line.duration is None or len(money) != 1 or bool(monthly) == bool(yearly):
            return Part(None, say("calc_employment_rule", self.lang, experts=int(line.count.value) if line.count else "",
                                  years=int(line.duration.value) if line.duration else "", n=n))
        notes: list[str] = []
        k = int(line.count.value) if experts is None else experts.value
        if experts is not None:
            k, capped = self._capped(line, experts)
            notes += capped
        y = int(line.duration.value) if years is None else years.value
        if years is not None:
            y, capped = self._capped(line, years)
            notes += capped
        salary = money[0].value
        value = k * salary * (12 if monthly else 1) * y
        m = self.cite(line.amount_rule) if line.amount_rule else n
        text = say("calc_employment", self.lang, experts=k, salary=self.money(salary),
                   period=say("period_month" if monthly else "period_year", self.lang),
                   months=say("calc_months", self.lang) if monthly else "", years=y, value=self.money(value),
                   n=n if n == m else f"{n}][{m}")
        return Part(value, text, tuple(notes))


def answer_calculation(q, knowledge) -> DirectAnswer | None:
    """The computed URGE answer for the question, or None when it gives nothing to compute with."""
    support = knowledge.tables.urge if knowledge is not None and knowledge.tables is not None else None
    if support is None or not support.lines:
        return None
    index = getattr(knowledge, "index", None)
    found = asked_lines(q, support, getattr(knowledge, "glossary", None), common_stems(index) if index else frozenset())
    if found is None:
        return None
    tokens, lines = found
    counts = counts_in(tokens, q.lang)
    citer = Citer(knowledge)
    calc = Calculator(q, support, citer)
    money = [m for m in q.money if m.currency == "USD"]
    paying = [(k, at) for k, at in lines if k != "istihdam"]
    parts: list[tuple[object, Part]] = []
    reimbursing = bool(money) and bool(paying) and len(money) in (1, len(paying))
    if reimbursing:
        for (key, at), cost in zip(paying, money):
            line = support.line(key)
            units = _count_for(key, at, lines, counts, {"programme", "project", "year"})
            part = calc.reimbursement(line, cost.value, units) if line else None
            if part is None:
                return None
            parts.append((line, part))
        lead_key = "calc_covers"
    else:
        folded = tokens.joined
        yearly = any(support.line(k) is not None and support.line(k).basis == "year" for k, _ in lines)
        # one programme is no total: its ceiling is the printed figure the URGE answer quotes ("a trip")
        stated = [c for c in counts if (c.unit in ("programme", "project", "expert") or (c.unit == "year" and yearly))
                  and c.value > 1]
        total = bool(_TOTAL.search(folded) or stated)
        if not total or not (q.wants == "amount" or _AMOUNT.search(folded)) or q.wants == "share":
            return None
        for key, at in lines:
            line = support.line(key)
            if line is None:
                continue
            if key == "istihdam":
                part = calc.employment(line, counts, lines)
            else:
                units = {"programme"} if line.basis == "programme" else {"project"} if line.basis == "project" \
                    else {"year"}
                part = calc.maximum(line, _count_for(key, at, lines, counts, units))
            if part is not None:
                parts.append((line, part))
        if not parts or (len(parts) == 1 and parts[0][0].basis == "project" and parts[0][1].value is not None
                         and not stated):
            return None  # one project's ceiling is the printed figure: the URGE answer quotes it
        lead_key = "calc_most"
    return _answer(q.lang, lead_key, parts, calc, citer)


def _answer(lang: str, lead_key: str, parts, calc: Calculator, citer: Citer) -> DirectAnswer:
    """The result first, then one line of arithmetic per support line, then any notes."""
    values = [p.value for _, p in parts if p.value is not None]
    lines: list[str] = []
    if values:
        total = sum(values)
        lines.append(say(lead_key, lang, value=calc.money(total)))
    if len(parts) == 1:
        lines.append(parts[0][1].text)
    else:
        lines += [f"- {calc.title(line)}: {part.text}" for line, part in parts]
        if len(values) > 1:
            lines.append(say("calc_sum", lang, terms=" + ".join(calc.money(v) for v in values),
                             value=calc.money(sum(values))))
    lines += [note for _, part in parts for note in part.notes]
    columns = (say("col_support", lang), say("col_amount", lang))
    rows = tuple((calc.title(line), calc.money(part.value) if part.value is not None else "—") for line, part in parts)
    return DirectAnswer("computed", "\n".join(lines), citer.all(), columns, rows, len(rows))
