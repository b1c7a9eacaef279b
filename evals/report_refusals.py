"""Refusals and language share as text: the same lines in the Markdown report and in `kume eval`'s summary.

Refusal precision and recall alone hide the number that matters to a user
with a real question: how many answerable questions were refused. So every
refusal line gives that count next to P and R, overall and per language, and
two small tables say which kinds were missed (by the set's `kind`) and which
kinds of refusal were wrong (by the answer's `refusal_kind`). The language
share is one line, "language share: en 0.xx, tr 0.xx", as issue 12 states
its target.
"""
from __future__ import annotations

from evals.summary import Group, KindRow, Scores


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def refusal_table(overall: Scores, by_lang: tuple[Group, ...]) -> str:
    """One row per language and overall: due, made, precision, recall, false refusals."""
    rows = ["| group | must refuse | refused | refusal P | refusal R | false refusals |",
            "|---|---:|---:|---:|---:|---:|"]
    for key, s in (*by_lang, Group("overall", overall)):
        rows.append(f"| {key} | {s.must_refuse} | {s.refusals_made} | {_rate(s.refusal_precision)} | "
                    f"{_rate(s.refusal_recall)} | {s.false_refusals} |")
    return "\n".join(rows)


def kind_table(rows: tuple[KindRow, ...], label: str, extra_false: bool = False) -> str:
    """due/made per kind; with `extra_false` also made - due (the kind's false refusals)."""
    head = f"| {label} | due | made |" + (" false |" if extra_false else "")
    out = [head, "|---|---:|---:|" + ("---:|" if extra_false else "")]
    for kind, due, made in rows:
        out.append(f"| {kind} | {due} | {made} |" + (f" {made - due} |" if extra_false else ""))
    return "\n".join(out)


def language_share_line(by_lang: tuple[Group, ...]) -> str:
    """"language share: en 0.91, tr 0.88" (English first, as the issue's target reads)."""
    shares = {g.key: g.scores.language_share for g in by_lang}
    keys = [k for k in ("en", "tr") if k in shares] + sorted(k for k in shares if k not in ("en", "tr"))
    return "language share: " + ", ".join(f"{k} {_rate(shares[k])}" for k in keys)


def refusal_line(key: str, s: Scores) -> str:
    return (f"{key}: P {_rate(s.refusal_precision)} R {_rate(s.refusal_recall)} "
            f"({s.refusals_made} refused, {s.must_refuse} due, {s.false_refusals} false)")


def summary_text(result) -> str:
    """The lines `kume eval` prints under its overall table: refusals per language, language share, kinds."""
    lines = ["refusals: " + " · ".join(refusal_line(g.key, g.scores)
                                      for g in (Group("overall", result.overall), *result.by_lang)),
             language_share_line(result.by_lang)]
    if result.question_kinds:
        lines += ["", "Must-refuse questions by kind:", kind_table(result.question_kinds, "kind")]
    if result.refusal_kinds:
        lines += ["", "Refusals by the answer's refusal_kind:",
                  kind_table(result.refusal_kinds, "refusal_kind", extra_false=True)]
    return "\n".join(lines)


def markdown_section(result) -> list[str]:
    """The report's "Refusals and language" section, as lines."""
    out = ["## Refusals", "", refusal_table(result.overall, result.by_lang), "",
           "A false refusal is an answerable question refused; `due` counts questions the report cannot answer, "
           "`made` the refusals the assistant gave.", ""]
    if result.question_kinds:
        out += ["### Must-refuse questions by the set's `kind`", "", kind_table(result.question_kinds, "kind"), ""]
    if result.refusal_kinds:
        out += ["### Refusals by the answer's `refusal_kind`", "",
                kind_table(result.refusal_kinds, "refusal_kind", extra_false=True), "",
                "`false` = refusals of that kind on answerable questions.", ""]
    out += ["## Language share", "", f"- {language_share_line(result.by_lang)} "
            f"(overall {_rate(result.overall.language_share)} over {result.overall.language_share_n} answers)", "",
            "Share of the words in the first 400 characters of each answer that are everyday words of the "
            "question's language; names (capitalised words not starting a sentence, acronyms), codes and numbers "
            "are not counted (`evals/language_share.py`).", ""]
    return out
