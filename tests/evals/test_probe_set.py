"""evals/sets/probe-refusal.jsonl: the tuning set for refusals (unanswerable probes and answerable look-alikes).

It is checked like the gold sets: same schema, ids unique across all sets,
gold sections the parser produces and facts that occur in them, so a probe
cannot quietly become answerable (or unanswerable) when the corpus changes.
"""
import json

from core.normalize import normalize_tr

from .test_gold_sets import SETS_DIR, _all, _parse

PROBE = SETS_DIR / "probe-refusal.jsonl"
FIELDS = {"id", "lang", "category", "question", "sections", "facts", "refuse"}


def _probes() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_schema_and_balance():
    probes = _probes()
    assert all(set(p) == FIELDS for p in probes)
    assert all(p["id"].endswith("-" + p["lang"]) and p["id"].startswith(p["category"].replace("_", "-"))
               for p in probes)
    refused = [p for p in probes if p["refuse"]]
    assert all(not p["sections"] and not p["facts"] and p["category"] == "refusal" for p in refused)
    assert len(refused) >= 25 and len(probes) - len(refused) >= 8
    assert {p["lang"] for p in refused} == {"tr", "en"}


def test_ids_and_questions_are_new():
    probes = _probes()
    gold = _all()
    assert len({p["id"] for p in probes}) == len(probes)
    assert not {p["id"] for p in probes} & {q["id"] for q in gold}
    assert not {p["question"] for p in probes} & {q["question"] for q in gold}


def test_answerable_probes_cite_sections_that_hold_their_facts():
    parsed = _parse()
    texts = {s.section_id: normalize_tr(f"{s.title}\n{s.text}") for s in parsed.sections}
    for probe in (p for p in _probes() if not p["refuse"]):
        assert probe["sections"] and probe["facts"], probe["id"]
        text = "\n".join(texts[s] for s in probe["sections"])
        for fact in probe["facts"]:
            assert any(normalize_tr(alt) in text for alt in fact), (probe["id"], fact)
