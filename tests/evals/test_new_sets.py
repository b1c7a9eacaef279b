"""Checks on the realistic-phrasing and refusal question sets (evals/sets/realistic-*.jsonl, refusal-*.jsonl).

Like test_gold_sets.py for dev/test, where it applies: the loader reads every
line, ids and texts are new, dev and test halves are disjoint and balanced,
section ids exist in the parsed report, printed facts occur in the report and
in the cited sections, inventory rows equal their selection rule. On top of
that: computed facts (numbers derived from the report, `"computed": true`) are
recomputed from DERIVATIONS / COUNTS below, and refusals carry a `kind` (at
least 15 kinds, each in both halves). The rules are in evals/README.md.
"""
from __future__ import annotations

import collections
import functools
import json
import re

import pytest

from evals.questions import load_question_set

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
    _report_raw,
    _select,
    normalize_tr,
)

GROUPS = {"realistic": ("realistic-dev", "realistic-test"), "refusal": ("refusal-dev", "refusal-test")}
NEW_SETS = tuple(name for pair in GROUPS.values() for name in pair)
OLD_SETS = ("dev", "test", "probe-refusal")
FIRST_NUMBER = {"realistic": 201, "refusal": 301}

REQUIRED = {"id": str, "lang": str, "category": str, "question": str, "sections": list, "facts": list, "refuse": bool}
OPTIONAL = {"history": list, "computed": bool, "kind": str}
ID_RE = re.compile(r"^(?P<cat>[a-z]+(?:-[a-z]+)*)-(?P<num>\d{2,3})-(?P<lang>tr|en)$")
# A computed fact's alternatives are numbers: 187.500 / 187,500 / 187500, %90 / 90%, 90,2, "1 milyon".
NUMBER_RE = re.compile(r"^%?\s?\d[\d.,]*(?:\s?%)?(?:\s(?:milyon|million))?$", re.I)

MIN_REALISTIC = 130
MAX_REALISTIC_REFUSALS = 8
MIN_REFUSE, MIN_LOOKALIKE = 85, 85
MIN_EN_SHARE = 0.40
MIN_KINDS = 15
DEV_SHARE = (0.40, 0.60)

# Question texts the issue gave as examples; they must not appear in the new sets.
FORBIDDEN = (
    "Türkiye'nin başkenti neresi",
    "Who is the current Minister of Trade",
    "asdfgh",
    "qwerty",
    "ORA7",
    "ORA2.AA9.T1",
    "Hedef Pazar Hamlesi",
    "Japonya'nın küme desteği",
    "Kümemizde 20 firma var",
    "What does the report say about Procurement",
    "Can an association established by exporters apply to URGE",
    "Is Matchmaking with foreign buyers supported",
    "Which action supports matching firms with buyers",
)

# Inventory questions: how the cited EK2 rows are selected (keys as in
# test_gold_sets.INVENTORY_SELECTIONS); the cited rows must equal the selection.
SELECTIONS: dict[str, dict] = {
    'inventory-201-tr': {'name_any': ['Fındık']},
    'inventory-202-tr': {'name_any': ['Halı']},
    'inventory-203-tr': {'name_any': ['Seramik']},
    'inventory-204-tr': {'province': 'Denizli'},
    'inventory-205-tr': {'province': 'Kayseri'},
    'inventory-206-tr': {'province': 'Bursa', 'stage': ['Başlangıç', 'Gelişme', 'Olgunluk']},
    'inventory-207-tr': {'name_any': ['Kuyumculuk']},
    'inventory-208-tr': {'name_any': ['Mermer']},
    'inventory-210-tr': {'name_any': ['Süs Bitki']},
    'inventory-211-tr': {'name_any': ['Trakya']},
    'inventory-212-tr': {'province': 'Ankara', 'name_any': ['Medikal']},
    'inventory-214-en': {'name_any': ['Fındık']},
    'inventory-215-en': {'name_any': ['Seramik']},
    'inventory-216-en': {'province': 'Hatay'},
    'inventory-217-en': {'province': 'Tokat'},
    'inventory-218-en': {'name_any': ['Altın']},
    'inventory-219-en': {'name_any': ['Şarap']},
    'inventory-220-en': {'name_any': ['Bıçak']},
    'inventory-221-en': {'rows': [273]},
    'inventory-222-en': {'name_any': ['Çay']},
    'inventory-223-en': {'province': 'İstanbul', 'name_any': ['Mobilya']},
    'inventory-224-en': {'name_words': ['platformu', 'platform']},
    'inventory-225-en': {'name_any': ['Raylı', 'Vagon']},
    'followup-202-tr': {'rows': [248, 249]},
    'followup-203-tr': {'rows': [42]},
    'followup-205-tr': {'province': 'Erzurum', 'stage': ['Başlangıç', 'Gelişme', 'Olgunluk']},
    'followup-207-en': {'rows': [300]},
    'inventory-301-tr': {'rows': [348]},
    'inventory-302-en': {'rows': [240]},
    'inventory-303-tr': {'rows': [306]},
    'inventory-304-en': {'rows': [354]},
    'inventory-305-tr': {'rows': [3]},
    'inventory-306-en': {'rows': [6]},
    'inventory-307-tr': {'rows': [351]},
    'inventory-308-en': {'rows': [2]},
    'inventory-309-tr': {'province': 'Gaziantep', 'name_any': ['Lojistik']},
    'inventory-310-en': {'province': 'Kilis'},
    'inventory-311-tr': {'province': 'Siirt'},
    'inventory-312-en': {'province': 'Siirt', 'name_any': ['Fıstık']},
    'inventory-313-tr': {'rows': [53]},
    'inventory-314-en': {'rows': [49]},
    'inventory-315-tr': {'province': 'Karabük'},
    'inventory-316-en': {'name_any': ['Bulgur']},
    'inventory-317-tr': {'rows': [242]},
    'inventory-318-en': {'name_words': ['gül']},
    'inventory-319-tr': {'name_any': ['Kırmızı Biber']},
    'inventory-320-en': {'province': 'Tekirdağ'},
    'inventory-321-tr': {'rows': [274]},
    'inventory-322-en': {'name_any': ['İpek']},
}

# Computed inventory counts (sections ["EK2"], the table as a whole): the number
# is the size of the selection; "distinct_provinces" counts the İl column
# without the national (TR) rows. BROP membership is corpus/brop-provinces.tsv.
COUNTS: dict[str, dict] = {
    "inventory-209-tr": {"brop": True},
    "inventory-213-tr": {"distinct_provinces": True},
    "inventory-226-en": {"brop": False, "stage": "Fikir"},
}

# Every other computed question: the arithmetic, over numbers printed in the
# cited sections (rates, ceilings, counts, shares) and numbers stated in the
# question. T = Tablo 1 (agency -> responses, read from the report), S = the
# parsed section ids. The URGE ceilings cap the reimbursed amount
# (min(rate * cost, ceiling)); the individual-consultancy examples stay below
# 50.000 so both readings of that ceiling give the same number.
DERIVATIONS: dict[str, str] = {
    "urge-203-tr": "min(0.75 * 250000, 400000)",
    "urge-204-tr": "min(0.75 * 600000, 400000)",
    "urge-205-tr": "min(0.75 * 120000, 150000)",
    "urge-206-tr": "5 * 150000",
    "urge-207-tr": "10 * 100000",
    "urge-209-tr": "2 * 3000 * 12 * 3",
    "urge-210-tr": "min(0.70 * 40000, 50000)",
    "urge-214-en": "min(0.75 * 500000, 400000)",
    "urge-215-en": "min(0.75 * 80000, 100000)",
    "urge-216-en": "min(0.75 * 250000, 150000)",
    "urge-217-en": "400000 + 5 * 150000",
    "urge-222-en": "3 * min(0.70 * 30000, 50000)",
    "action-plan-213-tr": r"len([s for s in S if re.fullmatch(r'ORA\d\.AA\d\.T\d\.E\d', s)])",
    "stages-survey-204-tr": "T['İSTKA'] + T['ANKARAKA']",
    "stages-survey-205-tr": "sum(T.values())",
    "stages-survey-207-tr": "sum(1 for v in T.values() if v >= 15)",
    "stages-survey-211-en": "T['OKA'] + T['DOKA']",
    "stages-survey-212-en": "T['İSTKA'] - T['İKA']",
    "statistics-201-tr": "321 / 356 * 100",
    "statistics-202-tr": "18 + 14 + 3",
    "statistics-203-tr": "0.25 * 356",
    "statistics-204-tr": "0.40 * 35",
    "statistics-206-tr": "18 / 2",
    "statistics-207-tr": "18 - 13",
    "statistics-208-tr": "6 / 35 * 100",
    "statistics-209-en": "35 / 356 * 100",
    "statistics-210-en": "3 / 35 * 100",
    "statistics-211-en": "0.65 * 35",
    "statistics-213-en": "29 / 35 * 100",
    "statistics-215-en": "0.12 * 356",
    "project-203-tr": "6 - 5",
    "followup-201-tr": "3 * 150000",
    "followup-204-tr": "200000 - min(0.75 * 200000, 400000)",
    "followup-208-en": "min(0.75 * 150000, 100000)",
}


# ---------------------------------------------------------------- loading


@functools.lru_cache(maxsize=None)
def _sets() -> dict[str, tuple[dict, ...]]:
    return {name: tuple(_load_set(name)) for name in NEW_SETS + OLD_SETS}


def _new(group: str | None = None) -> list[dict]:
    names = GROUPS[group] if group else NEW_SETS
    return [q for name in names for q in _sets()[name]]


def _old() -> list[dict]:
    return [q for name in OLD_SETS for q in _sets()[name]]


def _rows_cited(q: dict) -> list[int]:
    return [int(s.split(".", 1)[1]) for s in q["sections"] if s.startswith("EK2.")]


def _is_count_fact(q: dict, fact: list[str]) -> bool:
    return bool(_rows_cited(q)) and all(alt.strip().isdigit() for alt in fact)


def _is_number(alt: str) -> bool:
    return bool(NUMBER_RE.match(alt.strip()))


def _text_key(q: dict) -> tuple[str, str]:
    history = " | ".join(normalize_tr(t["content"]) for t in q.get("history") or [])
    return history, normalize_tr(q["question"]).strip()


@functools.lru_cache(maxsize=None)
def _tablo1() -> dict[str, int]:
    lines = _report_raw().splitlines()
    start = next(i for i, line in enumerate(lines) if "BKA Adı Cevap Sayısı" in line)
    end = next(i for i, line in enumerate(lines) if i > start and line.strip().startswith("Tablo 1."))
    table = {}
    for line in lines[start + 1:end]:
        for _, agency, answers in re.findall(r"(\d+) ([^\d\s]+) (\d+)", line):
            table[agency] = int(answers)
    return table


def _number_forms(value: float) -> set[str]:
    """Spellings a computed number may take: 187500 / 187.500 / 187,500; 90,2 / 90.2 / 90 for 90.17."""
    if abs(value - round(value)) < 1e-6:
        n = int(round(value))
        return {str(n), f"{n:,}", f"{n:,}".replace(",", ".")}
    forms = {str(int(round(value)))}
    for digits in (1, 2):
        s = f"{value:.{digits}f}"
        forms |= {s, s.replace(".", ",")}
    return forms


def _bare_number(alt: str) -> str:
    return re.sub(r"\s?(?:milyon|million)$", "", alt.strip(), flags=re.I).replace("%", "").replace(" ", "")


# ---------------------------------------------------------------- schema


@pytest.mark.parametrize("name", NEW_SETS)
def test_loader_reads_every_line(name):
    path = SETS_DIR / f"{name}.jsonl"
    questions, errors = load_question_set(path)
    assert not errors, "\n".join(map(str, errors))
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(questions) == len(lines)
    by_id = {q["id"]: q for q in _sets()[name]}
    for q in questions:
        assert q.computed == by_id[q.id].get("computed", False) and q.kind == by_id[q.id].get("kind", "")


def test_fields_ids_and_gold_shape():
    problems = []
    for group in GROUPS:
        for q in _new(group):
            where = f"{q['_where']} ({q.get('id')})"
            keys = set(q) - {"_where", "_set"}
            if missing := set(REQUIRED) - keys:
                problems.append(f"{where}: missing {sorted(missing)}")
                continue
            if unknown := keys - set(REQUIRED) - set(OPTIONAL):
                problems.append(f"{where}: unknown fields {sorted(unknown)}")
            for key, typ in {**REQUIRED, **OPTIONAL}.items():
                if key in q and not isinstance(q[key], typ):
                    problems.append(f"{where}: {key} must be {typ.__name__}")
            if q["lang"] not in LANGS or q["category"] not in CATEGORIES:
                problems.append(f"{where}: bad lang or category")
            m = ID_RE.match(q["id"])
            if not m or m["lang"] != q["lang"] or m["cat"] != q["category"].replace("_", "-"):
                problems.append(f"{where}: id does not match <category>-<NN>-<lang>")
            elif int(m["num"]) < FIRST_NUMBER[group]:
                problems.append(f"{where}: {group} ids start at {FIRST_NUMBER[group]}")
            if (q["category"] == "followup") != bool(q.get("history")):
                problems.append(f"{where}: history on followups and only there")
            for turn in q.get("history") or []:
                if set(turn) != {"role", "content"} or turn["role"] not in ("user", "assistant") or not turn["content"].strip():
                    problems.append(f"{where}: bad history turn {turn!r}")
            if q["refuse"] != (q["category"] == "refusal"):
                problems.append(f"{where}: refuse must be true exactly for category refusal")
            if q["refuse"] and (q["sections"] or q["facts"] or q.get("computed")):
                problems.append(f"{where}: a refusal has no sections, facts or computed flag")
            if not q["refuse"] and (not q["sections"] or not q["facts"]):
                problems.append(f"{where}: an answerable question needs sections and facts")
            if len(set(q["sections"])) != len(q["sections"]):
                problems.append(f"{where}: duplicate section ids")
            for fact in q["facts"]:
                if not (isinstance(fact, list) and fact and all(isinstance(a, str) and a.strip() for a in fact)):
                    problems.append(f"{where}: bad fact {fact!r}")
            if "kind" in q and not q["kind"].strip():
                problems.append(f"{where}: empty kind")
    assert not problems, "\n".join(problems)


def test_ids_unique_across_all_sets():
    counts = collections.Counter(q["id"] for q in _new() + _old())
    assert not [i for i, n in counts.items() if n > 1]


def test_questions_are_new_and_unique():
    old = {_text_key(q) for q in _old()}
    old_texts = {normalize_tr(q["question"]).strip() for q in _old()}
    repeated = [q["id"] for q in _new() if _text_key(q) in old or normalize_tr(q["question"]).strip() in old_texts]
    assert not repeated, f"questions copied from dev/test/probe: {repeated}"
    counts = collections.Counter(_text_key(q) for q in _new())
    assert not [k for k, n in counts.items() if n > 1], "duplicate questions in the new sets"
    forbidden = [(q["id"], f) for q in _new() for f in FORBIDDEN
                 if normalize_tr(f) in normalize_tr(q["question"] + " " + json.dumps(q.get("history", []), ensure_ascii=False))]
    assert not forbidden, f"the issue's own examples must not be used: {forbidden}"


@pytest.mark.parametrize("group", GROUPS)
def test_dev_and_test_halves_share_no_question(group):
    dev, test = (_sets()[name] for name in GROUPS[group])
    shared = {_text_key(q) for q in dev} & {_text_key(q) for q in test}
    assert not shared, f"{group}: in both halves: {sorted(shared)}"
    shared_q = {normalize_tr(q["question"]).strip() for q in dev} & {normalize_tr(q["question"]).strip() for q in test}
    assert not shared_q, f"{group}: same question text in both halves: {sorted(shared_q)}"


# ---------------------------------------------------------------- counts and balance


@pytest.mark.parametrize("name", NEW_SETS)
def test_each_file_is_at_least_40_percent_english(name):
    items = _sets()[name]
    en = sum(q["lang"] == "en" for q in items)
    assert items and en / len(items) >= MIN_EN_SHARE, f"{name}: {en}/{len(items)} English"


def test_counts():
    realistic = _new("realistic")
    assert len(realistic) >= MIN_REALISTIC
    assert sum(q["refuse"] for q in realistic) <= MAX_REALISTIC_REFUSALS
    refusal = _new("refusal")
    assert sum(q["refuse"] for q in refusal) >= MIN_REFUSE
    assert sum(not q["refuse"] for q in refusal) >= MIN_LOOKALIKE
    for group in GROUPS:
        langs = collections.Counter(q["lang"] for q in _new(group))
        assert abs(langs["en"] - langs["tr"]) <= 0.1 * sum(langs.values()), f"{group}: {dict(langs)}"


@pytest.mark.parametrize("group", GROUPS)
def test_halves_are_balanced_by_category_and_language(group):
    dev_name, test_name = GROUPS[group]
    total = len(_new(group))
    share = len(_sets()[dev_name]) / total
    assert DEV_SHARE[0] <= share <= DEV_SHARE[1], f"{group}: dev share {share:.2f}"
    strata = collections.defaultdict(collections.Counter)
    for name in GROUPS[group]:
        for q in _sets()[name]:
            strata[(q["category"], q["lang"])][name] += 1
    unbalanced = [(k, dict(c)) for k, c in strata.items()
                  if sum(c.values()) >= 2 and abs(c[dev_name] - c[test_name]) > 1]
    assert not unbalanced, f"{group}: strata not split half/half: {unbalanced}"


def test_refusal_kinds():
    refusals = [q for q in _new("refusal") if q["refuse"]]
    missing = [q["id"] for q in refusals if not q.get("kind")]
    assert not missing, f"refusals without a kind: {missing}"
    kinds = collections.defaultdict(lambda: collections.defaultdict(set))
    for q in refusals:
        kinds[q["kind"]]["sets"].add(q["_set"])
        kinds[q["kind"]]["langs"].add(q["lang"])
    assert len(kinds) >= MIN_KINDS, f"only {len(kinds)} refusal kinds"
    one_sided = {k: sorted(v["sets"]) for k, v in kinds.items() if len(v["sets"]) < 2}
    assert not one_sided, f"kinds not in both halves: {one_sided}"
    one_lang = {k: sorted(v["langs"]) for k, v in kinds.items() if len(v["langs"]) < 2}
    assert not one_lang, f"kinds in one language only: {one_lang}"


def test_missing_codes_are_really_missing():
    """Refusals of kind missing-code ask for codes the action plan does not have, printed or canonical."""
    parsed = _parsed_or_skip()
    known = {s.section_id for s in parsed.sections}
    _, nospace = _report_norm()
    problems = []
    for q in _new():
        if q.get("kind") != "missing-code":
            continue
        codes = re.findall(r"ORA\d(?:\.AA\d+(?:\.T\d+(?:\.E\d+)?)?)?", q["question"])
        if not codes:
            problems.append(f"{q['id']}: no code in the question")
        for code in codes:
            printed = re.search(re.escape(normalize_tr(code)) + r"(?![0-9])", nospace)
            if code in known or code in ORA_PRINTED_ALIASES or printed:
                problems.append(f"{q['id']}: {code} exists in the report")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- sections and facts


def test_section_ids_are_well_formed_and_in_the_report():
    _, nospace = _report_norm()
    problems = []
    for q in _new():
        for s in q["sections"]:
            if not SECTION_RE.match(s):
                problems.append(f"{q['id']}: malformed {s}")
            elif s.startswith("ORA"):
                needle = re.sub(r"\s+", "", normalize_tr(ORA_PRINTED_ALIASES.get(s, s)))
                if not re.search(re.escape(needle) + r"(?![0-9])", nospace):
                    problems.append(f"{q['id']}: {s} not printed in the report")
        problems += [f"{q['id']}: EK2.{n} out of range" for n in _rows_cited(q) if not 1 <= n <= len(_ek2_rows())]
    assert not problems, "\n".join(problems)


def test_sections_exist_in_parsed_report():
    parsed = _parsed_or_skip()
    known = {s.section_id for s in parsed.sections} | {c.section_id for c in getattr(parsed, "clusters", ())}
    missing = sorted({s for q in _new() for s in q["sections"]} - known)
    assert not missing, f"section ids the parser does not produce: {missing}"


def test_facts_occur_in_report_or_are_computed_numbers():
    trivial = {"küme", "kümeler", "kume", "cluster", "clusters", "rapor", "türkiye", "ve"}
    problems = []
    for q in _new():
        for fact in q["facts"]:
            if any(normalize_tr(alt) in trivial for alt in fact):
                problems.append(f"{q['id']}: trivial fact {fact}")
            if _is_count_fact(q, fact):
                if str(len(_rows_cited(q))) not in [a.strip() for a in fact]:
                    problems.append(f"{q['id']}: count fact {fact} but {len(_rows_cited(q))} rows cited")
            elif any(_occurs(alt) for alt in fact):
                continue
            elif not q.get("computed"):
                problems.append(f"{q['id']}: no alternative of {fact} occurs in the report")
            elif not all(_is_number(alt) for alt in fact):
                problems.append(f"{q['id']}: computed fact {fact} is not printed, so every alternative must be a number")
    assert not problems, "\n".join(problems)


def test_facts_occur_in_cited_sections():
    parsed = _parsed_or_skip()
    texts: dict[str, str] = {}
    for s in parsed.sections:
        texts[s.section_id] = "\n".join([s.section_id, s.title, *getattr(s, "aliases", ()), s.text])
    for c in getattr(parsed, "clusters", ()):
        row = " ".join([str(c.number), c.province_label, c.province, c.name, c.stage.inventory_label])
        texts[c.section_id] = texts.get(c.section_id, "") + "\n" + row
    problems = []
    for q in _new():
        if not q["sections"] or not all(s in texts for s in q["sections"]):
            continue  # refusals; unknown ids are reported above
        text = normalize_tr("\n".join(texts[s] for s in q["sections"]))
        nospace = re.sub(r"\s+", "", text)
        for fact in q["facts"]:
            if _is_count_fact(q, fact) or any(_occurs_in(text, nospace, alt) for alt in fact):
                continue
            if q.get("computed") and all(_is_number(alt) for alt in fact):
                continue  # derived, checked against DERIVATIONS / COUNTS
            problems.append(f"{q['id']}: {fact} not in the text of {q['sections']}")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- computed facts


def test_every_computed_question_has_one_derivation():
    computed = {q["id"] for q in _new() if q.get("computed")}
    derived = set(DERIVATIONS) | set(COUNTS)
    assert not set(DERIVATIONS) & set(COUNTS)
    assert computed == derived, f"without a derivation: {sorted(computed - derived)}; stale: {sorted(derived - computed)}"


def _count(spec: dict) -> int:
    if spec.get("distinct_provinces"):
        return len({normalize_tr(p) for p, _, _ in _ek2_rows().values()} - {"tr"})
    return len(_select(spec))


def test_computed_facts_equal_their_derivation():
    parsed = _parsed_or_skip()
    table = _tablo1()
    assert len(table) == 26, f"Tablo 1 read as {len(table)} agencies"
    env = {"__builtins__": {}, "min": min, "max": max, "sum": sum, "len": len, "round": round,
           "T": table, "S": [s.section_id for s in parsed.sections], "re": re}
    by_id = {q["id"]: q for q in _new()}
    problems = []
    for qid in set(DERIVATIONS) | set(COUNTS):
        q = by_id.get(qid)
        if q is None:
            continue  # reported by the test above
        value = _count(COUNTS[qid]) if qid in COUNTS else eval(DERIVATIONS[qid], env)  # noqa: S307 - our own table
        forms = _number_forms(value)
        if not any(_bare_number(alt) in forms for fact in q["facts"] for alt in fact):
            problems.append(f"{qid}: derivation gives {value}, facts are {q['facts']}")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- inventory rows


def test_every_question_citing_rows_has_a_selection():
    citing = {q["id"] for q in _new() if _rows_cited(q)}
    assert citing == set(SELECTIONS), (
        f"without a selection: {sorted(citing - set(SELECTIONS))}; stale: {sorted(set(SELECTIONS) - citing)}")


def test_cited_rows_equal_the_selection_and_carry_the_facts():
    rows = _ek2_rows()
    by_id = {q["id"]: q for q in _new()}
    problems = []
    for qid, spec in SELECTIONS.items():
        q = by_id.get(qid)
        if q is None:
            continue
        expected, cited = _select(spec), set(_rows_cited(q))
        if not expected or cited != expected:
            problems.append(f"{qid}: missing {sorted(expected - cited)}, extra {sorted(cited - expected)}")
        if len(cited) != len(q["sections"]):
            continue  # mixed citations: facts checked against the whole text above
        text = normalize_tr("\n".join(" ".join(rows[n]) for n in sorted(cited) if n in rows))
        nospace = re.sub(r"\s+", "", text)
        for fact in q["facts"]:
            if not _is_count_fact(q, fact) and not any(_occurs_in(text, nospace, alt) for alt in fact):
                problems.append(f"{qid}: {fact} not on the cited rows")
    assert not problems, "\n".join(problems)
