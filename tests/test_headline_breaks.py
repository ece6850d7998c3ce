"""A headline's space (headlines keep spaces between their phrases) ends a clause as a comma
does (object_words.HEADLINE_BREAK): a count that ends its headline phrase is read as ending its
clause (count_subjects), and a clause read back from a figure starts after the space
(context_objects). Sentences invented in the style of the 新闻联播 corpus; none is copied from
a gold page or a review story."""

from __future__ import annotations

from pipeline.quantities import context_objects
from pipeline.quantities.pieces import Piece
from tests.test_statistics import one


def test_count_ending_a_headline_phrase_takes_its_subject() -> None:
    """充电站|已|建成|N座 followed by the headline's next phrase: the clause ends at the space."""
    s = one("全省乡镇充电站已建成3500座 实现县域全覆盖", "3500座")
    assert s.object == "乡镇充电站"


def test_clause_start_stops_at_a_headline_space() -> None:
    """The clause of the piece after a space starts right after that space, not at the start of
    the headline (no subject is read back across it)."""
    text = "产量创新高 增长"
    pieces = [
        Piece(0, 2, pos="n"),
        Piece(2, 5, pos="v"),
        Piece(5, 6, pos="x"),
        Piece(6, 8, pos="v"),
    ]
    assert context_objects._clause_start(pieces, 3, text) == 3
    assert context_objects._clause_start(pieces, 1, text) == 0


def test_count_after_a_headline_space_leaves_the_noun_out() -> None:
    """N个X| |M个已…: the second phrase's bare count counts what the first counts, as after a
    comma (ellipsis reads the space as a clause end)."""
    s = one("去年获批上市48款国产新药 21款已进入医保目录", "21款")
    assert s.object == "国产新药"
    s = one("2024年新增上市42个创新药 18个已纳入医保", "18个")
    assert s.object == "创新药"
