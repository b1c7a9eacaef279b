"""Tablo 1 (survey responses per development agency) answered by arithmetic over its rows.

The report prints the 26 rows and no total, so "how many responses in total?",
"how many more did İSTKA send than İKA?" or "which agencies sent 15 or more?"
have exact answers only by computing over the rows (`ingest.tables.SurveyResponses`).
The answer leads with the computed figure, shows the sum or difference, lists
the matching rows as a table and cites each row to `4.tablo-1`.

A question is taken as one about Tablo 1 when it speaks of agencies and their
responses, or names an agency of the table and its responses; for a follow-up
("Which of them sent more than 20?") the earlier turn supplies that context and
the comparison is read from the new turn only.
"""
from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import dataclass, replace
from functools import lru_cache

from core.lexicon import (PROVINCE_ALIASES, TABLE1_AGENCY_CUE, TABLE1_COMPARISONS, TABLE1_FEWEST_CUE, TABLE1_MORE_LESS_CUE,
                          TABLE1_MEAN_CUE, TABLE1_MOST_CUE, TABLE1_RESPONSE_CUE, TABLE1_SUM_CUE, TABLE1_TOGETHER_CUE)
from core.messages import say
from assistant.question.slots import extract_slots
from assistant.structured.agencies import AgencyMatch, AgencyTable
from assistant.structured.citing import Citer
from assistant.structured.quantities import joined
from core.answers import DirectAnswer
from core.normalize import fold_ascii
from core.wordlists import frequent_words

_AGENCIES = re.compile(TABLE1_AGENCY_CUE)
_RESPONSES = re.compile(TABLE1_RESPONSE_CUE)
_SUM = re.compile(TABLE1_SUM_CUE)
_MEAN = re.compile(TABLE1_MEAN_CUE)
_TOGETHER = re.compile(TABLE1_TOGETHER_CUE)
_MORE_LESS = re.compile(TABLE1_MORE_LESS_CUE)
_MOST = re.compile(TABLE1_MOST_CUE)
_FEWEST = re.compile(TABLE1_FEWEST_CUE)
_COMPARISONS = TABLE1_COMPARISONS
_TEST = {">=": lambda a, x: a >= x, ">": lambda a, x: a > x, "<=": lambda a, x: a <= x,
         "<": lambda a, x: a < x, "==": lambda a, x: a == x}


@dataclass(frozen=True)
class Comparison:
    op: str
    x: int

    def holds(self, value: int) -> bool:
        return _TEST[self.op](value, self.x)

    def text(self, lang: str) -> str:
        """In the user's terms for English; for Turkish as bounds ("en az 21"), which need no suffix."""
        if lang == "en":
            return {">=": f"{self.x} or more", ">": f"more than {self.x}", "<=": f"at most {self.x}",
                    "<": f"fewer than {self.x}", "==": f"exactly {self.x}"}[self.op]
        return {">=": f"en az {self.x}", ">": f"en az {self.x + 1}", "<=": f"en fazla {self.x}",
                "<": f"en fazla {self.x - 1}", "==": f"tam {self.x}"}[self.op]


def comparison_in(text: str) -> Comparison | None:
    """The first comparison of a response count the text states ("15 ya da daha fazla", "more than 20")."""
    folded = joined(text)
    for pattern, op in _COMPARISONS:
        match = re.search(pattern, folded)
        if match and not re.match(r"(tablo|table) $", folded[max(0, match.start() - 6):match.start()]):
            return Comparison(op, int(match["x"]))
    return None


@lru_cache(maxsize=1)
def _everyday() -> frozenset[str]:
    return frequent_words("tr") | frequent_words("en")


def agencies_named(text: str, rows, places: AgencyTable | None = None) -> list:
    """The rows whose agency the text names, in the order named: "İSTKA'nın", "ika"; a name that is also
    an everyday word (ORAN "rate", ZAFER, MARKA "brand") only when typed in capitals. With `places`, also
    the agencies named by their full name or by the provinces they serve (`agencies_by_place`)."""
    by_name = {fold_ascii(r.agency): r for r in rows}
    common = _everyday()
    found: list[tuple[int, object]] = []
    for token in re.finditer(r"[^\W\d_]+", text):
        row = by_name.get(fold_ascii(token[0]))
        if row and (token[0].isupper() and len(token[0]) > 1 or fold_ascii(token[0]) not in common):
            found.append((token.start(), row))
    folded = fold_ascii(text)
    for match in agencies_by_place(text, places):
        row = by_name.get(fold_ascii(match.acronym))
        if row:
            found.append((_position(folded, match.by_place), row))
    # in the order named: "did İzmir's agency send more than Ankara's?" subtracts in that order
    return list(dict.fromkeys(row for _, row in sorted(found, key=lambda item: item[0])))


def _position(folded_text: str, place: str) -> int:
    """Where a province or full name first stands in the folded text (an alias such as "Urfa" included)."""
    forms = [fold_ascii(place)] + [alias for alias, name in PROVINCE_ALIASES.items() if name == place]
    return min((at for at in (folded_text.find(f) for f in forms) if at >= 0), default=len(folded_text))


def agencies_by_place(text: str, places: AgencyTable | None) -> list[AgencyMatch]:
    """Agencies a text speaks of by full name ("Doğu Marmara Kalkınma Ajansı") or by province ("İzmir ve
    Ankara'daki ajanslar"): only when it speaks of agencies, or "Ankara'daki kümeler" would mean ANKARAKA."""
    if places is None or not places.agencies or not _AGENCIES.search(joined(text)):
        return []
    by_name = places.named_in(fold_ascii(text))
    named = {m.acronym for m in by_name}
    return by_name + [m for m in places.for_provinces(extract_slots(text).provinces) if m.acronym not in named]


def is_table_question(text: str, rows) -> bool:
    folded = joined(text)
    return bool((_AGENCIES.search(folded) and _RESPONSES.search(folded))
                or (agencies_named(text, rows) and _RESPONSES.search(folded)))


def answer_table(q, knowledge) -> DirectAnswer | None:
    """Sums, differences, comparisons and look-ups over Tablo 1's rows; None when the question is none of these.

    When an agency was found by place or full name, the answer says which, and that this mapping is outside
    knowledge (corpus/development-agencies.tsv), not the report's."""
    places = getattr(knowledge, "agencies", None)
    answer = _table_answer(q, knowledge, places)
    if answer is None:
        return None
    shown = {row[0] for row in answer.rows}
    used = [m for m in agencies_by_place(q.text, places) + (agencies_by_place(q.search, places) if q.followup else [])
            if m.acronym in shown]
    if not used:
        return answer
    pairs = ", ".join(dict.fromkeys(f"{m.by_place} → {m.acronym}" for m in used))
    return replace(answer, lead=f"{answer.lead} {say('t1_by_place', q.lang, pairs=pairs)}")


def _table_answer(q, knowledge, places: AgencyTable | None) -> DirectAnswer | None:
    responses = knowledge.tables.responses if knowledge.tables is not None else None
    if responses is None or not responses.rows:
        return None
    rows = responses.rows
    if not is_table_question(q.text, rows) and not (q.followup and is_table_question(q.search, rows)):
        return None
    lang, folded = q.lang, joined(q.text)
    named = agencies_named(q.text, rows, places)
    comparison = comparison_in(q.text)
    citer = Citer(knowledge)

    def cite(row) -> int:
        return citer.cite(row.section_id, f"{row.row} {row.agency} {row.responses}", row.page)

    def marks(chosen) -> str:
        numbers = [cite(r) for r in chosen]
        return "".join(f"[{n}]" for n in numbers) if len(numbers) <= 6 else f"[{numbers[0]}]–[{numbers[-1]}]"

    together = named if len(named) >= 2 else agencies_named(q.search, rows, places) if q.followup else named
    if len(together) >= 2 and (_TOGETHER.search(folded) or _SUM.search(folded)) and not comparison:
        total = sum(r.responses for r in together)
        names = ", ".join(r.agency for r in together[:-1]) + say("inv_and", lang) + together[-1].agency
        lead = say("t1_sum_named", lang, names=names, total=total,
                   terms=" + ".join(str(r.responses) for r in together), n=marks(together))
        return _direct(lang, lead, together, citer, total)
    if len(named) == 2 and _MORE_LESS.search(folded) and not comparison:
        a, b = named
        d = a.responses - b.responses
        key = "t1_more" if d >= 0 else "t1_fewer"
        lead = say(key, lang, a=a.agency, b=b.agency, x=a.responses, y=b.responses, d=abs(d), n=marks(named))
        return _direct(lang, lead, named, citer, abs(d))
    if comparison:
        chosen = [r for r in rows if comparison.holds(r.responses)]
        lead = say("t1_filter", lang, k=len(chosen), cond=comparison.text(lang),
                   names=", ".join(f"{r.agency} ({r.responses})" for r in chosen) or "—", n=marks(chosen or rows))
        if chosen and _SUM.search(folded):
            total = sum(r.responses for r in chosen)
            lead += " " + say("t1_sum_of", lang, terms=" + ".join(str(r.responses) for r in chosen), total=total)
        return _direct(lang, lead, chosen, citer, len(chosen))
    if _MOST.search(folded) or _FEWEST.search(folded):
        best = max(r.responses for r in rows) if _MOST.search(folded) else min(r.responses for r in rows)
        chosen = [r for r in rows if r.responses == best]
        key = "t1_most" if _MOST.search(folded) else "t1_fewest"
        lead = say(key, lang, names=", ".join(r.agency for r in chosen), x=best, n=marks(chosen))
        return _direct(lang, lead, chosen, citer, best)
    if _MEAN.search(folded) and not named and not comparison:  # "ajansların ortalama cevap sayısı"
        total = sum(r.responses for r in rows)
        mean = f"{Decimal(total) / len(rows):.1f}"
        mean = mean.replace(".", ",") if lang == "tr" else mean
        lead = say("t1_mean", lang, k=len(rows), total=total, mean=mean, n=marks(rows))
        return _direct(lang, lead, rows, citer, len(rows))
    if _SUM.search(folded) and not named:
        total = sum(r.responses for r in rows)
        lead = say("t1_sum", lang, k=len(rows), total=total, terms=" + ".join(str(r.responses) for r in rows),
                   n=marks(rows))
        return _direct(lang, lead, rows, citer, total)
    if named:
        lead = say("t1_rows", lang, pairs="; ".join(say("t1_pair", lang, a=r.agency, x=r.responses) for r in named),
                   n=marks(named))
        return _direct(lang, lead, named, citer, len(named))
    if q.wants == "count" and _AGENCIES.search(folded):
        lead = say("t1_all", lang, k=len(rows), total=sum(r.responses for r in rows), n=marks(rows),
                   names=", ".join(f"{r.agency} ({r.responses})" for r in rows))
        return _direct(lang, lead, rows, citer, len(rows))
    return None


def _direct(lang: str, lead: str, chosen, citer: Citer, count: int) -> DirectAnswer:
    columns = (say("col_agency", lang), say("col_responses", lang))
    return DirectAnswer("table", lead, citer.all(), columns, tuple((r.agency, str(r.responses)) for r in chosen),
                        count)
