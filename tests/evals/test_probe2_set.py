"""evals/sets/probe2-refusal.jsonl: the second refusal tuning set, with its own dev / check split.

Written from scratch for the refusal stage (issue #11): must-refuse questions of 17 kinds and answerable
look-alikes with gold sections. Each question carries a `split` fixed before it was measured; rules are
tuned on "dev" and "check" is read only as a summary, to see whether a change generalises. The checks
keep it honest as the corpus changes: schema, ids and texts new across every set, both splits balanced in
kinds and languages, every gold section one the parser produces.
"""
import collections
import json

from .test_gold_sets import SETS_DIR, _all, _parse

PROBE2 = SETS_DIR / "probe2-refusal.jsonl"
FIELDS = {"id", "lang", "category", "kind", "question", "sections", "facts", "refuse", "split"}


def _probes() -> list[dict]:
    return [json.loads(line) for line in PROBE2.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_schema_splits_and_balance():
    probes = _probes()
    assert all(set(p) == FIELDS for p in probes), "every line has exactly the documented fields"
    assert all(p["split"] in ("dev", "check") and p["lang"] in ("tr", "en") for p in probes)
    refused = [p for p in probes if p["refuse"]]
    assert all(not p["sections"] and not p["facts"] and p["kind"] for p in refused)
    assert len(refused) >= 100 and len(probes) - len(refused) >= 80
    kinds = collections.Counter((p["kind"], p["split"]) for p in refused)
    names = {kind for kind, _ in kinds}
    assert len(names) >= 15 and all(kinds[(k, "dev")] and kinds[(k, "check")] for k in names), \
        "every kind is in both splits"
    for split in ("dev", "check"):
        langs = collections.Counter(p["lang"] for p in probes if p["split"] == split)
        assert abs(langs["tr"] - langs["en"]) <= 0.1 * sum(langs.values()), (split, langs)


def test_ids_and_questions_are_new_across_every_set():
    probes = _probes()
    others = _all() + [json.loads(line) for line in (SETS_DIR / "probe-refusal.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    assert len({p["id"] for p in probes}) == len(probes)
    assert not {p["id"] for p in probes} & {q["id"] for q in others}
    assert not {p["question"].casefold() for p in probes} & {q["question"].casefold() for q in others}


def test_answerable_look_alikes_cite_sections_the_parser_produces():
    known = {s.section_id for s in _parse().sections}
    for probe in (p for p in _probes() if not p["refuse"]):
        assert probe["sections"] and set(probe["sections"]) <= known, probe["id"]
