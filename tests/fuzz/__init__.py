"""Fuzz and property tests: hostile text, hostile corpus files, hostile bulk input, injected instructions.

The targets and strategies live in `test_properties.py` so `scripts/fuzz_run.py` can run the same checks
for longer with random seeds; the suite itself runs them derandomized and bounded.
"""
