"""The one loader of word lists: every shipped list has a header and loads."""

from __future__ import annotations

import pytest

from pipeline import lexicons


def test_every_shipped_list_loads_with_a_header() -> None:
    assert "byline_roles" in lexicons.available()
    for name in lexicons.available():
        assert lexicons.rows(name), name


def test_a_missing_list_names_the_folder_and_the_lists() -> None:
    with pytest.raises(lexicons.LexiconError, match=r"pipeline/lexicons/.*byline_roles"):
        lexicons.words("no_such_list")


def test_byline_roles_map_every_word_once_and_intern_is_not_reporter() -> None:
    roles = lexicons.mapping("byline_roles")
    assert len(roles) == len(lexicons.words("byline_roles"))
    assert roles["实习记者"] == "intern"
    assert roles["本报记者"] == "reporter"
    assert lexicons.longest_first(["记者", "本报记者"]) == ["本报记者", "记者"]
