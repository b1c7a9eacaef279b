"""The minimums (and maximums) of evals/thresholds.yaml: read, checked, and compared with a run.

The file holds limits per question set and per scope (overall, tr, en),
because one overall number hides the weak half: English fact accuracy can
fall while the mean holds, one false refusal in Turkish disappears in a
precision of 0.99. A limit may be `null`: the schema has the slot (so the
lead engineer fills it from a measured run) but nothing is enforced yet.
Counts that must stay low (false refusals) are maximums, rates minimums.

Only sets marked `gate: true` are evaluated by tests/evals/test_thresholds.py
(today test.jsonl alone, so `make test` costs what it did); any set can be
checked by hand with `kume eval SET --check`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import yaml

from evals.summary import Scores

FILE = Path(__file__).resolve().parent / "thresholds.yaml"
ROOT = FILE.parent.parent
SCOPES = ("overall", "tr", "en")
# Names used in thresholds.yaml -> Scores fields.
METRIC_NAMES = {"hit@1": "hit1", "hit@5": "hit5", "mrr@10": "mrr10", "citation_precision": "citation_precision",
                "citation_recall": "citation_recall", "fact_accuracy": "fact_accuracy",
                "refusal_precision": "refusal_precision", "refusal_recall": "refusal_recall",
                "language_share": "language_share", "false_refusals": "false_refusals"}
COUNTS = frozenset({"false_refusals"})  # whole numbers >= 0; every other metric is a rate in 0..1


class Breach(NamedTuple):
    metric: str
    limit: float
    measured: float | None
    scope: str = "overall"
    bound: str = "minimum"  # or "maximum"

    def __str__(self) -> str:
        sign = "<" if self.bound == "minimum" else ">"
        return f"{self.scope} {self.metric} {self.measured} {sign} {self.bound} {self.limit}"


def _unknown(names) -> None:
    unknown = sorted(set(names) - set(METRIC_NAMES))
    if unknown:
        raise ValueError(f"unknown metric(s) {', '.join(unknown)}; known: {', '.join(METRIC_NAMES)}")


def check_thresholds(scores: Scores, minimums: dict, scope: str = "overall") -> tuple[Breach, ...]:
    """Metrics below their minimum (an unmeasured one counts as below; a null minimum is not enforced);
    an unknown name raises ValueError."""
    _unknown(minimums)
    breaches = []
    for name, minimum in minimums.items():
        value = getattr(scores, METRIC_NAMES[name])
        if minimum is not None and (value is None or value < float(minimum)):
            breaches.append(Breach(name, float(minimum), value, scope))
    return tuple(breaches)


def check_maximums(scores: Scores, maximums: dict, scope: str = "overall") -> tuple[Breach, ...]:
    """Metrics above their maximum (an unmeasured one counts as above; null is not enforced)."""
    _unknown(maximums)
    breaches = []
    for name, maximum in maximums.items():
        value = getattr(scores, METRIC_NAMES[name])
        if maximum is not None and (value is None or value > float(maximum)):
            breaches.append(Breach(name, float(maximum), value, scope, "maximum"))
    return tuple(breaches)


@dataclass(frozen=True)
class SetLimits:
    set: str  # path relative to the repository root, e.g. evals/sets/test.jsonl
    gate: bool = False  # evaluated by the threshold test
    limit: int | None = None  # questions (a stratified subset); None: the whole set
    minimum: dict = field(default_factory=dict)  # scope -> {metric: value or None}
    maximum: dict = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return ROOT / self.set

    def enforced(self) -> dict:
        """{(bound, scope): {metric: value}} without the null slots: what a run is checked against."""
        out = {}
        for bound, table in (("minimum", self.minimum), ("maximum", self.maximum)):
            for scope, metrics in table.items():
                set_ = {m: v for m, v in metrics.items() if v is not None}
                if set_:
                    out[(bound, scope)] = set_
        return out


def _value(where: str, name: str, value) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{where}: {name} must be a number or null, got {value!r}")
    if name in COUNTS and (value < 0 or value != int(value)):
        raise ValueError(f"{where}: {name} is a count, got {value!r}")
    if name not in COUNTS and not 0.0 <= value <= 1.0:
        raise ValueError(f"{where}: {name} is a rate within 0..1, got {value!r}")


def _table(where: str, table) -> dict:
    if table is None:
        return {}
    if not isinstance(table, dict) or not set(table) <= set(SCOPES):
        raise ValueError(f"{where} must map scopes ({', '.join(SCOPES)}) to metrics")
    for scope, metrics in table.items():
        metrics = metrics or {}
        if not isinstance(metrics, dict):
            raise ValueError(f"{where}.{scope} must map metric names to values")
        _unknown(metrics)
        for name, value in metrics.items():
            _value(f"{where}.{scope}", name, value)
        table[scope] = metrics
    return table


def parse_thresholds(data) -> tuple[int, tuple[SetLimits, ...]]:
    """(k, limits per set) from the YAML's data; ValueError names the first thing wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict) or not data["sets"]:
        raise ValueError("thresholds.yaml needs 'k' and a non-empty 'sets' mapping")
    k = data.get("k")
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a whole number >= 1, got {k!r}")
    out = []
    for name, spec in data["sets"].items():
        spec = spec or {}
        unknown = sorted(set(spec) - {"gate", "limit", "minimum", "maximum"})
        if unknown:
            raise ValueError(f"sets.{name}: unknown key(s) {', '.join(unknown)}")
        limit = spec.get("limit")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError(f"sets.{name}.limit must be null or a whole number >= 1")
        out.append(SetLimits(name, bool(spec.get("gate", False)), limit,
                             _table(f"sets.{name}.minimum", spec.get("minimum")),
                             _table(f"sets.{name}.maximum", spec.get("maximum"))))
    return k, tuple(out)


def load_thresholds(path: Path = FILE) -> tuple[int, tuple[SetLimits, ...]]:
    return parse_thresholds(yaml.safe_load(path.read_text(encoding="utf-8")))


def limits_for(set_path: Path | str, limits: tuple[SetLimits, ...]) -> SetLimits | None:
    """The limits whose set is this file (matched by resolved path, else by file name)."""
    target = Path(set_path).resolve()
    for item in limits:
        if item.path.resolve() == target:
            return item
    return next((item for item in limits if Path(item.set).name == Path(set_path).name), None)


def check_set(result, limits: SetLimits) -> tuple[Breach, ...]:
    """Every enforced limit of `limits` compared with an EvalResult (overall and per language)."""
    scopes = {"overall": result.overall, **{g.key: g.scores for g in result.by_lang}}
    breaches: list[Breach] = []
    for (bound, scope), metrics in limits.enforced().items():
        scores = scopes.get(scope)
        if scores is None:  # the run has no question in that language: every limit there is unmeasured
            breaches += [Breach(m, float(v), None, scope, bound) for m, v in metrics.items()]
            continue
        check = check_thresholds if bound == "minimum" else check_maximums
        breaches += check(scores, metrics, scope)
    return tuple(breaches)
