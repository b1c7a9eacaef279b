"""Scoring maths for the eval: pure functions over plain values.

Kept free of I/O and of the assistant so each metric can be checked by hand
on three-item lists (as sentence-transformers' retrieval utilities and
pyserini's fusion functions are), and so the CLI, a UI tab and the tests all
score with the very same code.

Numbers are the hard part of fact matching here. The report writes them the
Turkish way ("400.000" is four hundred thousand, "1,83" is 1.83, "%75"),
while English answers and gold facts write "400,000" and "75%". Both sides
are brought to one canonical form before they are compared:

* thousands separators ("." "," or a space before exactly three digits) are
  dropped: "400.000", "400,000", "400 000" -> "400000";
* any other single "." or "," is a decimal mark, written ".", trailing zeros
  dropped: "1,83" -> "1.83", "%37,50" and "%37.5" -> "pct:37.5"; a mixed
  "1.000,5" or "1,000.5" -> "1000.5";
* a rate is "pct:N" however it was spelt: "%75", "% 75", "75%", "yüzde 75",
  "75 percent";
* a numeric range loses its dash spacing: "2007 – 2009" -> "2007-2009";
* tokens that fit none of these ("01.01.2012", "1.2.3") stay as they are.

The one ambiguity is a single separator followed by exactly three digits:
"1.830" is read as 1830, as Turkish text means it. Facts that need 1.83 are
written "1,83" (as the report prints them), which is unambiguous.
"""
from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from core.normalize import fold_ascii, normalize_tr

# A run of digit groups; a space joins groups only before exactly three digits.
# Not glued to a word on either side, so codes like "07R2.02-01" and "ORA1.AA1" stay whole.
_NUMBER = re.compile(r"(?<!\w)(?<!\w[.,])\d++(?:(?:[.,]|\s(?=\d{3}(?!\d)))\d++)*+(?![^\W\d_])")
_RANGE = re.compile(r"(?<=\d)\s*[-–—‒]\s*(?=\d)")
_CANON = r"(?<![\w.])\d+(?:\.\d+)?(?![\d])"
_RATE = re.compile(
    rf"%\s*(?P<a>{_CANON})|(?P<b>{_CANON})\s*%|\b(?:yüzde|yuzde)\s+(?P<c>{_CANON})"
    rf"|(?P<d>{_CANON})\s*(?:percent|per cent)\b"
)


def _decimal(whole: str, fraction: str) -> str:
    fraction = fraction.rstrip("0")
    whole = str(int(whole))
    return f"{whole}.{fraction}" if fraction else whole


def _canonical_number(raw: str) -> str:
    parts = re.split(r"([.,\s])", raw)
    groups, seps = parts[0::2], parts[1::2]
    if not seps:
        return str(int(raw))

    def thousands(gs: list[str]) -> bool:
        return 1 <= len(gs[0]) <= 3 and all(len(g) == 3 for g in gs[1:])

    if len(set(seps)) == 1 and thousands(groups):
        return str(int("".join(groups)))
    if len(seps) == 1 and seps[0] in ".,":
        return _decimal(groups[0], groups[1])
    head, last = seps[:-1], seps[-1]
    if last in ".," and len(set(head)) == 1 and last not in head and thousands(groups[:-1]):
        return _decimal("".join(groups[:-1]), groups[-1])
    if any(s.isspace() for s in seps):  # "2011 500": two numbers that only looked joined
        return " ".join(_canonical_number(p) for p in raw.split())
    return raw


def normalize_numbers(text: str) -> str:
    """Numbers and rates in `text` rewritten to the canonical forms above; other text untouched."""
    text = _RANGE.sub("-", text)
    text = _NUMBER.sub(lambda m: _canonical_number(m.group(0)), text)
    return _RATE.sub(lambda m: "pct:" + next(g for g in m.groups() if g is not None), text)


def _matchable(text: str, *, fold: bool) -> str:
    return normalize_numbers(fold_ascii(text) if fold else normalize_tr(text))


def _contains(haystack: str, needle: str) -> bool:
    """Substring match that never lets "75" match inside "175" or "7" inside "75".

    Only the left edge of a word is pinned: Turkish suffixes follow the fact
    ("ücret" in "ücretinin"), prefixes do not precede it.
    """
    if not needle:
        return False
    left = r"(?<!\w)" if re.match(r"\w", needle) else ""
    right = r"(?!\d|[.,]\d)" if needle[-1].isdigit() else ""
    return re.search(left + re.escape(needle) + right, haystack) is not None


def fact_present(answer_text: str, alternatives: Iterable[str]) -> bool:
    """True if any alternative occurs in the answer, in Turkish-normalised or ASCII-folded form."""
    alternatives = [a for a in alternatives if a and a.strip()]
    if not alternatives:
        return False
    plain, folded = _matchable(answer_text, fold=False), _matchable(answer_text, fold=True)
    return any(_contains(plain, _matchable(a, fold=False)) or _contains(folded, _matchable(a, fold=True))
               for a in alternatives)


def missing_facts(answer_text: str, facts: Iterable[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    """The gold facts (each a list of accepted alternatives) that the answer does not contain."""
    return tuple(tuple(f) for f in facts if not fact_present(answer_text, f))


def dedupe(ids: Iterable[str]) -> tuple[str, ...]:
    """First occurrence of each id, order kept: several chunks of one section are one rank."""
    seen: set[str] = set()
    out = []
    for i in ids:
        if i and i not in seen:
            seen.add(i)
            out.append(i)
    return tuple(out)


def hit_at_k(ranked: Sequence[str], gold: Collection[str], k: int) -> float | None:
    """1.0 if a gold section is among the first k distinct ranked ones, 0.0 if not, None without gold."""
    if not gold:
        return None
    return 1.0 if any(s in gold for s in dedupe(ranked)[:k]) else 0.0


def reciprocal_rank(ranked: Sequence[str], gold: Collection[str], k: int = 10) -> float | None:
    """1/rank of the first gold section within the first k (0.0 if none), None without gold."""
    if not gold:
        return None
    for rank, section in enumerate(dedupe(ranked)[:k], start=1):
        if section in gold:
            return 1.0 / rank
    return 0.0


def citation_precision(cited: Iterable[str], gold: Collection[str]) -> float | None:
    """Share of distinct cited sections that are gold.

    None without gold (a must-refuse question is scored by the refusal
    metrics instead); 0.0 when nothing was cited, so an assistant cannot
    raise its precision by citing nothing.
    """
    if not gold:
        return None
    cited_set = set(dedupe(cited))
    if not cited_set:
        return 0.0
    return len(cited_set & set(gold)) / len(cited_set)


def citation_recall(cited: Iterable[str], gold: Collection[str]) -> float | None:
    """Share of gold sections that were cited; None without gold (skipped in averages)."""
    gold_set = set(gold)
    if not gold_set:
        return None
    return len(gold_set & set(cited)) / len(gold_set)


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the defined values; None if none is defined (not 0: "not measured" is not "zero")."""
    defined = [float(v) for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


def percentile(values: Iterable[float], p: float) -> float | None:
    """p-th percentile (0-100) with linear interpolation between ranks, like numpy's default."""
    ordered = sorted(float(v) for v in values)
    if not ordered:
        return None
    if not 0 <= p <= 100:
        raise ValueError(f"percentile p must be within 0..100, got {p}")
    pos = (len(ordered) - 1) * p / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


class RefusalScores(NamedTuple):
    precision: float | None  # of the refusals made, the share that were due; None if none made
    recall: float | None  # of the refusals due, the share made; None if none due
    true_pos: int
    false_pos: int
    false_neg: int


def refusal_scores(pairs: Iterable[tuple[bool, bool]]) -> RefusalScores:
    """Precision/recall of refusing, from (must_refuse, refused) pairs; the positive class is "must refuse"."""
    tp = fp = fn = 0
    for must, did in pairs:
        must, did = bool(must), bool(did)
        tp += must and did
        fp += did and not must
        fn += must and not did
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return RefusalScores(precision, recall, tp, fp, fn)
