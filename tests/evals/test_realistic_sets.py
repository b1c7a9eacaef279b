"""The realistic-phrasing sets (issue #10, "How it is measured"): one checker, run for every set in realistic_gold.SPECS.

Checks: schema, ids and texts new across every set, section ids in the parsed report, printed facts in the
report and in the cited sections, computed facts equal to their DERIVATIONS / COUNTS, cited EK 2 rows equal to
their SELECTIONS rule, both splits balanced in every category x language stratum, well-formed history turns, and
refusals of varied kinds in both halves.
"""
from __future__ import annotations

import collections
import functools
import json
import re

import pytest

from evals.questions import load_question_set

from .realistic_gold import SPECS, RealisticSpec
from .test_gold_sets import (
    CATEGORIES,
    LANGS,
    ORA_PRINTED_ALIASES,
    SECTION_RE,
    SETS_DIR,
    _ek2_rows,
    _load_set,
    _occurs,
    _occurs_in,
    _parsed_or_skip,
    _report_norm,
    _select,
    normalize_tr,
)
from .test_new_sets import (
    FORBIDDEN,
    ID_RE,
    OPTIONAL,
    REQUIRED,
    _bare_number,
    _count,
    _is_number,
    _number_forms,
    _tablo1,
    _text_key,
)


@pytest.fixture(params=SPECS, ids=lambda s: s.name)
def spec(request) -> RealisticSpec:
    return request.param


@functools.lru_cache(maxsize=None)
def _questions(name: str) -> tuple[dict, ...]:
    return tuple(_load_set(name))


@functools.lru_cache(maxsize=None)
def _others(names: tuple[str, ...]) -> tuple[dict, ...]:
    return tuple(q for name in names for q in _load_set(name))


def _rows_cited(q: dict) -> list[int]:
    return [int(s.split(".", 1)[1]) for s in q["sections"] if s.startswith("EK2.")]


def _is_count_fact(q: dict, fact: list[str]) -> bool:
    return bool(_rows_cited(q)) and all(alt.strip().isdigit() for alt in fact)


def test_loader_reads_every_line_with_its_split(spec: RealisticSpec):
    questions, errors = load_question_set(SETS_DIR / f"{spec.name}.jsonl")
    assert not errors, "\n".join(map(str, errors))
    assert len(questions) == len(_questions(spec.name))
    assert all(q.split in spec.splits for q in questions)


def test_fields_ids_and_gold_shape(spec: RealisticSpec):
    problems = []
    allowed = {**REQUIRED, **OPTIONAL, "split": str}
    for q in _questions(spec.name):
        where = q.get("id")
        keys = set(q) - {"_where", "_set"}
        if missing := (set(REQUIRED) | {"split"}) - keys:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if unknown := keys - set(allowed):
            problems.append(f"{where}: unknown fields {sorted(unknown)}")
        problems += [f"{where}: {k} must be {t.__name__}" for k, t in allowed.items() if k in q and not isinstance(q[k], t)]
        if q["lang"] not in LANGS or q["category"] not in CATEGORIES or q["split"] not in spec.splits:
            problems.append(f"{where}: bad lang, category or split")
        m = ID_RE.match(q["id"])
        if not m or m["lang"] != q["lang"] or m["cat"] != q["category"].replace("_", "-") or int(m["num"]) < spec.first_number:
            problems.append(f"{where}: id must be <category>-<NNN>-<lang> numbered from {spec.first_number}")
        if (q["category"] == "followup") != bool(q.get("history")):
            problems.append(f"{where}: history on followups and only there")
        if q["refuse"] != (q["category"] == "refusal"):
            problems.append(f"{where}: refuse must be true exactly for category refusal")
        if q["refuse"] and (q["sections"] or q["facts"] or q.get("computed") or not q.get("kind")):
            problems.append(f"{where}: a refusal has a kind and no sections, facts or computed flag")
        if not q["refuse"] and (not q["sections"] or not q["facts"]):
            problems.append(f"{where}: an answerable question needs sections and facts")
        if len(set(q["sections"])) != len(q["sections"]):
            problems.append(f"{where}: duplicate section ids")
        for fact in q["facts"]:
            if not (isinstance(fact, list) and fact and all(isinstance(a, str) and a.strip() for a in fact)):
                problems.append(f"{where}: bad fact {fact!r}")
    assert not problems, "\n".join(problems)


def test_counts_and_splits_are_balanced(spec: RealisticSpec):
    qs = _questions(spec.name)
    answerable = collections.Counter(q["lang"] for q in qs if not q["refuse"])
    assert answerable == {"tr": spec.answerable_per_lang, "en": spec.answerable_per_lang}, answerable
    assert sum(q["refuse"] for q in qs) == spec.refusals
    for split in spec.splits:
        langs = collections.Counter(q["lang"] for q in qs if q["split"] == split)
        assert langs == {"tr": spec.per_split_per_lang, "en": spec.per_split_per_lang}, (split, langs)
    strata = collections.defaultdict(collections.Counter)
    for q in qs:
        strata[(q["category"], q["lang"])][q["split"]] += 1
    bad = {k: dict(c) for k, c in strata.items() if abs(c["dev"] - c["check"]) > 1 or min(c["dev"], c["check"]) == 0}
    assert not bad, f"strata not in both halves half/half: {bad}"
    assert {q["category"] for q in qs} == set(CATEGORIES)


def test_ids_and_questions_are_new_across_every_set(spec: RealisticSpec):
    qs, others = _questions(spec.name), _others(spec.other_sets)
    assert len({q["id"] for q in qs}) == len(qs)
    assert not {q["id"] for q in qs} & {q["id"] for q in others}
    old_keys = {_text_key(q) for q in others}
    old_texts = {normalize_tr(q["question"]).strip() for q in others}
    repeated = [q["id"] for q in qs if _text_key(q) in old_keys or normalize_tr(q["question"]).strip() in old_texts]
    assert not repeated, f"questions copied from another set: {repeated}"
    assert len({_text_key(q) for q in qs}) == len(qs), "duplicate questions"
    forbidden = [(q["id"], f) for q in qs for f in FORBIDDEN
                 if normalize_tr(f) in normalize_tr(q["question"] + " " + json.dumps(q.get("history", []), ensure_ascii=False))]
    assert not forbidden, forbidden


def test_section_ids_are_well_formed_and_parsed(spec: RealisticSpec):
    _, nospace = _report_norm()
    parsed = _parsed_or_skip()
    known = {s.section_id for s in parsed.sections} | {c.section_id for c in getattr(parsed, "clusters", ())}
    problems = []
    for q in _questions(spec.name):
        for s in q["sections"]:
            if not SECTION_RE.match(s) or s not in known:
                problems.append(f"{q['id']}: {s} malformed or not produced by the parser")
            elif s.startswith("ORA"):
                needle = re.sub(r"\s+", "", normalize_tr(ORA_PRINTED_ALIASES.get(s, s)))
                if not re.search(re.escape(needle) + r"(?![0-9])", nospace):
                    problems.append(f"{q['id']}: {s} not printed in the report")
        problems += [f"{q['id']}: EK2.{n} out of range" for n in _rows_cited(q) if not 1 <= n <= len(_ek2_rows())]
    assert not problems, "\n".join(problems)


def test_facts_occur_in_report_and_in_cited_sections(spec: RealisticSpec):
    parsed = _parsed_or_skip()
    texts = {s.section_id: "\n".join([s.section_id, s.title, *getattr(s, "aliases", ()), s.text]) for s in parsed.sections}
    for c in getattr(parsed, "clusters", ()):
        row = " ".join([str(c.number), c.province_label, c.province, c.name, c.stage.inventory_label])
        texts[c.section_id] = texts.get(c.section_id, "") + "\n" + row
    trivial = {"küme", "kümeler", "kume", "cluster", "clusters", "rapor", "türkiye", "ve"}
    problems = []
    for q in _questions(spec.name):
        if not q["sections"]:
            continue
        text = normalize_tr("\n".join(texts.get(s, "") for s in q["sections"]))
        nospace = re.sub(r"\s+", "", text)
        for fact in q["facts"]:
            if any(normalize_tr(alt) in trivial for alt in fact):
                problems.append(f"{q['id']}: trivial fact {fact}")
            if _is_count_fact(q, fact):
                if str(len(_rows_cited(q))) not in [a.strip() for a in fact]:
                    problems.append(f"{q['id']}: count fact {fact} but {len(_rows_cited(q))} rows cited")
                continue
            if q.get("computed") and all(_is_number(alt) for alt in fact):
                continue  # derived: checked against spec.derivations / spec.counts
            if not any(_occurs(alt) for alt in fact):
                problems.append(f"{q['id']}: no alternative of {fact} occurs in the report")
            elif not any(_occurs_in(text, nospace, alt) for alt in fact):
                problems.append(f"{q['id']}: {fact} not in the text of {q['sections']}")
    assert not problems, "\n".join(problems)


def test_computed_facts_equal_their_derivation(spec: RealisticSpec):
    computed = {q["id"] for q in _questions(spec.name) if q.get("computed")}
    assert not set(spec.derivations) & set(spec.counts)
    assert computed == set(spec.derivations) | set(spec.counts), "every computed question has exactly one derivation"
    parsed = _parsed_or_skip()
    env = {"__builtins__": {}, "min": min, "max": max, "sum": sum, "len": len, "round": round,
           "T": _tablo1(), "S": [s.section_id for s in parsed.sections], "re": re}
    by_id = {q["id"]: q for q in _questions(spec.name)}
    problems = []
    for qid in computed:
        value = _count(spec.counts[qid]) if qid in spec.counts else eval(spec.derivations[qid], env)  # noqa: S307 - our own table
        if not any(_bare_number(alt) in _number_forms(value) for fact in by_id[qid]["facts"] for alt in fact):
            problems.append(f"{qid}: derivation gives {value}, facts are {by_id[qid]['facts']}")
    assert not problems, "\n".join(problems)


def test_cited_rows_equal_the_selection_and_carry_the_facts(spec: RealisticSpec):
    citing = {q["id"] for q in _questions(spec.name) if _rows_cited(q)}
    assert citing == set(spec.selections), f"without a selection: {sorted(citing - set(spec.selections))}; stale: {sorted(set(spec.selections) - citing)}"
    rows = _ek2_rows()
    by_id = {q["id"]: q for q in _questions(spec.name)}
    problems = []
    for qid, spec in spec.selections.items():
        q = by_id[qid]
        expected, cited = _select(spec), set(_rows_cited(q))
        if not expected or cited != expected:
            problems.append(f"{qid}: missing {sorted(expected - cited)}, extra {sorted(cited - expected)}")
        if len(cited) != len(q["sections"]):
            continue
        text = normalize_tr("\n".join(" ".join(rows[n]) for n in sorted(cited) if n in rows))
        nospace = re.sub(r"\s+", "", text)
        problems += [f"{qid}: {fact} not on the cited rows" for fact in q["facts"]
                     if not _is_count_fact(q, fact) and not any(_occurs_in(text, nospace, alt) for alt in fact)]
    assert not problems, "\n".join(problems)


def test_history_turns_are_well_formed(spec: RealisticSpec):
    bad = [(q["id"], turn) for q in _questions(spec.name) for turn in q.get("history") or []
           if set(turn) != {"role", "content"} or turn["role"] not in ("user", "assistant") or not turn["content"].strip()]
    assert not bad, bad


def test_refusals_are_of_varied_kinds_in_both_halves(spec: RealisticSpec):
    refusals = [q for q in _questions(spec.name) if q["refuse"]]
    kinds = collections.Counter(q["kind"] for q in refusals)
    assert len(kinds) >= spec.min_refusal_kinds, kinds
    for split in spec.splits:
        assert sum(q["split"] == split for q in refusals) == len(refusals) // 2, split
