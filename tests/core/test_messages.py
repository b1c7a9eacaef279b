"""The one message catalogue (core/messages/: answers.py and interface.py joined): every entry a complete tr/en pair, one lookup for all."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from core.messages import LANGS, MESSAGES, say

ROOT = Path(__file__).resolve().parents[2]
# Turkish drops the English name of a stage that English adds beside the report's label.
PLACEHOLDERS_DIFFER = {"crit_stage"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_entry_has_both_languages_and_no_empty_text():
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGS), key
        assert all(isinstance(v, str) and v.strip() for v in texts.values()), key


def test_both_languages_of_an_entry_take_the_same_values():
    """A value only one side names would be dropped (or be a KeyError) in the other language."""
    differ = {key for key, texts in MESSAGES.items() if _fields(texts["tr"]) != _fields(texts["en"])}
    assert differ == PLACEHOLDERS_DIFFER


def test_unknown_key_raises_key_error():
    with pytest.raises(KeyError):
        say("no_such_message", "tr")
    with pytest.raises(KeyError):
        say("rows", "en")  # a missing value is an error too, not a half-formatted text


def test_lookup_formats_and_an_unset_language_is_turkish():
    assert say("ask", "en") == "Ask" and say("ask", "tr") == "Sor"
    assert say("ask", None) == say("ask", "xx") == "Sor"
    assert say("rows", "en", n=3) == "3 rows"
    assert say("refusal_bare", "en", reason="x") == "The report does not answer this question (x)."


def test_answer_and_interface_sections_share_one_table():
    assert "refusal" in MESSAGES and "regenerate" in MESSAGES and "kind_urge" in MESSAGES


_LITERAL_SAY = re.compile(r"""\bsay\(\s*["']([a-z0-9_]+)["']\s*[,)]""")


def test_every_key_the_code_asks_for_by_name_is_in_the_catalogue():
    """A literal key anywhere in the product (assistant/, core/, ui/, evals/) must exist: typos fail here."""
    missing, found = set(), set()
    for folder in ("assistant", "core", "ui", "evals"):
        for path in (ROOT / folder).rglob("*.py"):
            keys = set(_LITERAL_SAY.findall(path.read_text(encoding="utf-8")))
            found |= keys
            missing |= {(path.name, k) for k in keys if k not in MESSAGES}
    assert not missing and len(found) > 100  # the scan sees the code's keys (about 150 of them)


def test_no_text_table_is_left_in_ui():
    """The interface's texts live in the catalogue: no {"tr": ..., "en": ...} table in ui/."""
    pair = re.compile(r"""["']tr["']\s*:\s*["'(]""")
    assert [p.name for p in (ROOT / "ui").glob("*.py") if pair.search(p.read_text(encoding="utf-8"))] == []


def test_the_parts_share_no_key():
    from core.messages import answers, interface, structured

    assert not answers.TEXTS.keys() & interface.TEXTS.keys()
    assert not structured.TEXTS.keys() & (answers.TEXTS.keys() | interface.TEXTS.keys())
    assert MESSAGES == {**answers.TEXTS, **structured.TEXTS, **interface.TEXTS}
