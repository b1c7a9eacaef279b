"""The activity words of the URGE programme lines, read from the report's own lists (real corpus)."""
from __future__ import annotations

import pytest

from assistant.structured.urge_activities import activity_words, common_stems, line_by_activity
from tests.assistant.structured.computed_fixtures import real_knowledge


@pytest.fixture(scope="module")
def knowledge():
    return real_knowledge()


def test_only_programme_lines_list_activities_and_common_stems_are_left_out(knowledge):
    common = common_stems(knowledge.index)
    own = activity_words(knowledge.tables.urge, common)
    assert set(own) == {"yurtdisi-pazarlama", "alim-heyeti"}  # the training line lists subjects, not activities
    assert {"fuar", "heyet", "ziyar"} <= own["yurtdisi-pazarlama"]
    assert "kume" in common and "kume" not in own["yurtdisi-pazarlama"]  # "küme tanıtım faaliyetleri"


def test_a_question_names_the_line_by_its_activity(knowledge):
    common = common_stems(knowledge.index)
    support = knowledge.tables.urge
    assert line_by_activity("Yurt dışında iki fuara katılacağız", support, None, common) == "yurtdisi-pazarlama"
    assert line_by_activity("Kümemiz için bir proje yapacağız", support, None, common) is None
