"""What `kume ingest` prints about the English companion collection."""
from __future__ import annotations

from types import SimpleNamespace

from ui.cli import english_line


def test_the_english_views_are_reported_only_when_there_are_some():
    assert english_line(SimpleNamespace(english_embedded=225, english_reused=0)) == \
        "English views (unofficial rendering): embedded 225, reused 0."
    assert english_line(SimpleNamespace(english_embedded=1, english_reused=224)).endswith("embedded 1, reused 224.")
    assert english_line(SimpleNamespace(english_embedded=0, english_reused=0)) == ""  # a corpus without a rendering
