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


@cache
def word_freqs() -> dict[str, int]:
    """jieba's bundled dictionary, word -> its count in jieba's corpus (a name jieba tags as a
    common word, a county it lists as an adjective, is told by its rarity; 0 for a prefix of a
    word). The table of jieba's segmenter where the process built it already (the segment
    stage does), else read from the dictionary file without building it."""
    import jieba

    if jieba.dt.initialized:
        return jieba.dt.FREQ  # type: ignore[no-any-return]
    out = {}
    with jieba.get_dict_file() as f:
        for line in f:
            word, freq, *_ = line.decode("utf-8").split(" ")
            out[word] = int(freq)
    return out
