"""evals/sets/probe3-refusal.jsonl: the third refusal tuning set, written before the rules it measures changed.

Written from scratch for issue #11 (refusals right both ways): must-refuse questions of 19 kinds (the kinds
the held-out set was reported to miss most, other programmes, personal advice, the present, unknown
organisations, opinions, people, among them) and answerable look-alikes in the report's own entities. Each
question carries a `split` fixed before it was measured; rules are tuned on "dev", "check" is read only as a
summary. The checks keep it honest as the corpus changes: schema, ids and texts new across every set, both
splits balanced in kinds and languages, gold sections the parser produces and facts that occur in them.
"""
import collections
import json
import re

from core.normalize import normalize_tr

from .test_gold_sets import SETS_DIR, _all, _occurs_in, _parse

PROBE3 = SETS_DIR / "probe3-refusal.jsonl"
FIELDS = {"id", "lang", "category", "kind", "question", "sections", "facts", "refuse", "split"}
OTHER_SETS = ("probe-refusal", "probe2-refusal", "refusal-dev", "realistic-dev")


def _probes() -> list[dict]:
    return [json.loads(line) for line in PROBE3.read_text(encoding="utf-8").splitlines() if line.strip()]


def _lines(name: str) -> list[dict]:
    path = SETS_DIR / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_schema_splits_and_balance():
    probes = _probes()
    assert all(set(p) == FIELDS for p in probes), "every line has exactly the documented fields"
    assert all(p["split"] in ("dev", "check") and p["lang"] in ("tr", "en") for p in probes)
    assert all(p["id"].endswith("-" + p["lang"]) and p["id"].startswith(p["category"].replace("_", "-"))
               for p in probes)
    refused = [p for p in probes if p["refuse"]]
    answerable = [p for p in probes if not p["refuse"]]
    assert all(not p["sections"] and not p["facts"] and p["kind"] and p["category"] == "refusal" for p in refused)
    assert all(not p["kind"] and p["category"] != "refusal" for p in answerable)
    assert len(refused) >= 90 and len(answerable) >= 90
    kinds = collections.Counter((p["kind"], p["split"]) for p in refused)
    names = {kind for kind, _ in kinds}
    assert len(names) >= 18 and all(kinds[(k, "dev")] and kinds[(k, "check")] for k in names), \
        "every kind is in both splits"
    for group in (refused, answerable, probes):
        langs = collections.Counter(p["lang"] for p in group)
        assert abs(langs["tr"] - langs["en"]) <= 0.1 * len(group), langs
    for split in ("dev", "check"):
        langs = collections.Counter(p["lang"] for p in probes if p["split"] == split)
        assert abs(langs["tr"] - langs["en"]) <= 0.1 * sum(langs.values()), (split, langs)


def test_ids_and_questions_are_new_across_every_set():
    probes = _probes()
    others = _all() + [q for name in OTHER_SETS for q in _lines(name)]
    assert len({p["id"] for p in probes}) == len(probes)
    assert len({p["question"].casefold() for p in probes}) == len(probes)
    assert not {p["id"] for p in probes} & {q["id"] for q in others}
    assert not {p["question"].casefold() for p in probes} & {q["question"].casefold() for q in others}


def test_answerable_look_alikes_cite_sections_that_hold_their_facts():
    parsed = _parse()
    texts = {s.section_id: "\n".join([s.section_id, s.title, s.text]) for s in parsed.sections}
    for c in getattr(parsed, "clusters", ()):
        row = " ".join([str(c.number), c.province_label, c.province, c.name, c.stage.inventory_label])
        texts[c.section_id] = texts.get(c.section_id, "") + "\n" + row
    for probe in (p for p in _probes() if not p["refuse"]):
        assert probe["sections"] and probe["facts"], probe["id"]
        assert set(probe["sections"]) <= set(texts), probe["id"]
        text = normalize_tr("\n".join(texts[s] for s in probe["sections"]))
        nospace = re.sub(r"\s+", "", text)
        for fact in probe["facts"]:
            assert any(_occurs_in(text, nospace, alt) for alt in fact), (probe["id"], fact)
