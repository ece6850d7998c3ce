"""The x1 selection rule of DEV-SET.md as pipeline.evaluation.select_stories applies it."""

from __future__ import annotations

from pipeline.evaluation.select_stories import qualifies, selected_stories, used_story_ids

PLACES = "".join(f"{n}县{n}镇{n}村" for n in ("甲乙", "丙丁", "戊己")) + "某某市某某区"
LOCAL = ("山西省" + PLACES + "，今年新建12座、改造34处、修复56公里、投入78万元、惠及90户、"
         "覆盖11个、带动22人、增收33元。") .ljust(520, "。")


def test_a_local_story_with_places_and_numbers_qualifies() -> None:
    assert qualifies("某地推进乡村建设", LOCAL)


def test_excluded_words_short_texts_and_flash_news_do_not() -> None:
    assert not qualifies("某地推进乡村建设", LOCAL[:400])
    assert not qualifies("国内联播快讯", LOCAL)
    assert not qualifies("某地推进乡村建设", LOCAL.replace("今年", "总书记指出今年"))
    assert not qualifies("某地推进乡村建设", LOCAL.replace("山西省", "某某省"))


def test_first_qualifying_per_start_skipping_used_and_x2_days() -> None:
    def story(i: str, date: str, ok: bool = True) -> dict[str, str]:
        return {"id": i, "date": date, "title": "某地推进乡村建设", "text": LOCAL if ok else "短"}
    pool = [story("20230101-01", "2023-01-01", ok=False), story("20230101-02", "2023-01-01"),
            story("20230102-01", "2023-01-02"), story("20250221-01", "2025-02-21"),
            story("20250222-01", "2025-02-22")]
    got = [s["id"] for s in selected_stories(pool, ["2023-01-01", "2025-01-01"], 1,
                                             used={"20230101-02"})]
    assert got == ["20230102-01", "20250222-01"]


def test_annotated_stories_are_used() -> None:
    assert "20221226-07" in used_story_ids()  # a raw-tune3 story, annotated in ner_raw_refs.tsv
