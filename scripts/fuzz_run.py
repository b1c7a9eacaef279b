"""Long fuzz run: the property checks of tests/fuzz/test_properties.py, random seeds, a time budget.

The test suite runs each check derandomized with a bounded number of examples; this script keeps
generating fresh random examples for every target, round-robin in small batches, until the budget is
spent, then prints what it ran and every failure (shrunk by hypothesis to a minimal example).

    .venv/bin/python scripts/fuzz_run.py                       # all targets, 120 s
    .venv/bin/python scripts/fuzz_run.py --seconds 900         # longer
    .venv/bin/python scripts/fuzz_run.py --only ask,resolve_codes --seconds 300
    .venv/bin/python scripts/fuzz_run.py --known               # also fuzz the known bugs (strict xfails)
    .venv/bin/python scripts/fuzz_run.py --list

Engine: hypothesis. atheris (coverage-guided) is not used: it has no wheel for this environment and
cannot be built offline. The known bugs pinned by strict xfails in tests/fuzz are left out of the
default targets (their checks are worded around them); `--known` adds targets that assert the exact
property, to see how fast random inputs hit them. Exit status: 1 if a default target failed, else 0.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.fuzz import test_properties as props  # noqa: E402

# Examples per batch: small for the slow targets so the round-robin stays fair.
BATCH = {"real_report_mutated": 10, "text_normalisation_huge": 5, "known_report_unprotected": 10}
DEFAULT_BATCH = 100


def _known_normalize(text: str) -> None:
    once = props.normalize_tr(text)
    assert props.normalize_tr(once) == once, "normalize_tr not idempotent"


def _known_fold(text: str) -> None:
    once = props.fold_ascii(text)
    assert props.fold_ascii(once) == once, "fold_ascii not idempotent"


def _known_report_unprotected(mutations: list[tuple[str, int, int]]) -> None:
    """Mutations anywhere in the real report, the 4.1/Tablo 2 region included (KeyError '4.1.A')."""
    lines, _ = props._real_lines()
    out = list(lines)
    for op, a, b in mutations:
        i, j = a % len(out), b % len(out)
        if op == "delete":
            out[i] = (out[i][0], None)
        elif op == "duplicate":
            out.insert(i, out[i])
        else:
            out[i], out[j] = (out[i][0], out[j][1]), (out[j][0], out[i][1])
    by_page: dict[int, list[str]] = {}
    for page, text in out:
        if text is not None:
            by_page.setdefault(page, []).append(text)
    pages = [props.Page(props.REPORT, n, "\n".join(t)) for n, t in sorted(by_page.items())]
    sections, rows = props.parse_report(pages, props.REPORT, props.brop_table())
    props._check_tree(sections, rows, props.REPORT)


def _known_inventory_name(args: tuple[list[str], list[str]]) -> None:
    rows = props.parse_inventory([props.Line(n, t) for n, t in enumerate(args[0])], "r.txt",
                                 props.BropTable(frozenset()))
    assert all(r.name for r in rows), "inventory record with an empty name"


_region_mutations = st.lists(st.tuples(st.sampled_from(("delete", "duplicate", "swap")),
                                       st.integers(1040, 1080), st.integers(0, 10**6)), min_size=1, max_size=5)

KNOWN = {
    "known_normalize_idempotent": (props.texts, _known_normalize),
    "known_fold_idempotent": (props.texts, _known_fold),
    "known_report_unprotected": (st.one_of(props.mutations, _region_mutations), _known_report_unprotected),
    "known_inventory_empty_name": (props.inventory_args, _known_inventory_name),
}


@dataclass
class Stats:
    examples: int = 0
    batches: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


def _runner(strategy, check, n: int, stats: Stats, *, shrink: bool = True):
    phases = tuple(Phase) if shrink else (Phase.explicit, Phase.reuse, Phase.generate)
    @settings(max_examples=n, deadline=None, database=None, print_blob=False, phases=phases,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(value):
        stats.examples += 1
        check(value)

    return run


def _describe(exc: BaseException) -> str:
    head = "".join(traceback.format_exception_only(type(exc), exc)).strip()  # includes hypothesis' notes
    where = traceback.extract_tb(exc.__traceback__)
    frame = next((f for f in reversed(where) if "/hypothesis/" not in f.filename), None)
    at = ""
    if frame:
        name = frame.filename
        name = str(Path(name).relative_to(REPO)) if name.startswith(str(REPO)) else name
        at = f"\n  at {name}:{frame.lineno} in {frame.name}"
    first, _, rest = head.partition("\n")
    text = f"{first}{at}\n{rest}".strip()
    return unicodedata.normalize("NFC", text.encode("utf-8", "backslashreplace").decode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0, help="time budget (default 120)")
    parser.add_argument("--only", help="comma-separated target names")
    parser.add_argument("--known", action="store_true", help="also fuzz the known bugs (strict xfails)")
    parser.add_argument("--list", action="store_true", help="list the targets and exit")
    parser.add_argument("--max-failures", type=int, default=3, help="stop a target after this many failures")
    args = parser.parse_args(argv)

    targets = {name: (strategy, check) for name, (strategy, check, _) in props.TARGETS.items()}
    if args.known:
        targets.update(KNOWN)
    if args.list:
        for name, (_, check) in targets.items():
            print(f"{name:28} {check.__module__.split('.')[-1]}.{check.__name__}")
        return 0
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in targets]
        if unknown:
            parser.error(f"unknown target(s) {', '.join(unknown)}; see --list")
        targets = {n: targets[n] for n in wanted}

    print(f"fuzzing {len(targets)} target(s) for {args.seconds:g} s with hypothesis (random seeds)", flush=True)
    started = time.monotonic()
    print("warming up the shared data (real report, knowledge, assistant)…", flush=True)
    props.real_assistant()
    props._real_lines()
    stats = {name: Stats() for name in targets}
    deadline = started + args.seconds
    while time.monotonic() < deadline:
        # a known bug is only confirmed (once), not explored: its shrinking is slow and starves the rest
        active = [n for n in targets if len(stats[n].failures) < (1 if n in KNOWN else args.max_failures)]
        if not active:
            break
        for name in active:
            if time.monotonic() >= deadline:
                break
            strategy, check = targets[name]
            s = stats[name]
            t0 = time.monotonic()
            try:
                # known bugs are confirmed, not shrunk (shrinking a whole-report parse takes minutes)
                _runner(strategy, check, BATCH.get(name, DEFAULT_BATCH), s, shrink=name not in KNOWN)()
            except KeyboardInterrupt:
                deadline = 0
                break
            except BaseException as exc:  # noqa: BLE001 - every failure is reported, the run goes on
                text = _describe(exc)
                first_line = text.splitlines()[0]
                if not any(f.splitlines()[0] == first_line for f in s.failures):
                    s.failures.append(text)
                    print(f"\n!! {name}: {first_line}", flush=True)
            s.batches += 1
            s.seconds += time.monotonic() - t0

    elapsed = time.monotonic() - started
    print(f"\nran {sum(s.examples for s in stats.values())} examples in {elapsed:.0f} s\n")
    print(f"{'target':28} {'examples':>9} {'batches':>8} {'seconds':>8}  result")
    for name, s in stats.items():
        result = "ok" if not s.failures else f"{len(s.failures)} failure(s)"
        print(f"{name:28} {s.examples:9d} {s.batches:8d} {s.seconds:8.1f}  {result}")
    failed_default = False
    for name, s in stats.items():
        for text in s.failures:
            known = name in KNOWN
            failed_default |= not known
            print(f"\n--- {name}{' (known bug)' if known else ''} ---\n{text}")
    return 1 if failed_default else 0


if __name__ == "__main__":
    sys.exit(main())
