"""jieba's bundled dictionary as data, word -> POS tag: one copy per process for every reader
(the NER rules, the byline layout, the statistics), since each reader's own copy was the whole
table again (about 350,000 entries)."""

from __future__ import annotations

from functools import cache


@cache
def word_tags() -> dict[str, str]:
    """jieba's bundled dictionary, word -> POS tag: the table ``jieba.posseg`` reads from it
    when imported (the segment stage imports it anyway; jieba's prefix dictionary, 1-2 s, is
    not built). A copy, which shares the table's strings: the file was read a second time
    here before (0.3 s and its strings again in every process)."""
    import jieba.posseg  # type: ignore[import-untyped]

    return dict(jieba.posseg.dt.word_tag_tab)
