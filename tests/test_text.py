"""pipeline.text: the full-width folds every module uses (one table each, offsets kept)."""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.text import to_halfwidth, to_halfwidth_alnum


def test_page_text_fold_keeps_chinese_punctuation() -> None:
    assert to_halfwidth_alnum("ＧＤＰ增长５％，（同比）") == "GDP增长5%，（同比）"
    assert to_halfwidth_alnum("一．工作要点：８月") == "一．工作要点：8月"  # a mark between words stays


def test_a_full_width_point_or_colon_between_digits_is_the_figures() -> None:
    assert to_halfwidth_alnum("ＧＤＰ增长５．２％，８：３０开盘") == "GDP增长5.2%，8:30开盘"
    assert to_halfwidth_alnum("增长１９\n．８％") == "增长19\n.8%"  # a line broken at the point


def test_full_fold_maps_every_full_width_ascii_form() -> None:
    assert to_halfwidth("ＧＤＰ增长５．２％，（同比）") == "GDP增长5.2%,(同比)"


@given(st.text())
def test_folds_keep_length_so_offsets_stay_valid(text: str) -> None:
    assert len(to_halfwidth(text)) == len(text)
    assert len(to_halfwidth_alnum(text)) == len(text)


@given(st.text(alphabet=st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E)))
def test_alnum_fold_is_the_full_fold_restricted_to_digits_letters_percent(text: str) -> None:
    full = to_halfwidth(text)
    for k, (before, after) in enumerate(zip(text, to_halfwidth_alnum(text), strict=True)):
        between_digits = 0 < k < len(text) - 1 and full[k - 1].isdigit() and full[k + 1].isdigit()
        kept = to_halfwidth(before).isalnum() or before == "％" or (before in "．：" and between_digits)
        assert after == (to_halfwidth(before) if kept else before)
