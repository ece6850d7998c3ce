"""A figure's sign written apart from it (`stats_sign_words`: 零下|20℃ -> -20 ℃).

The numeral parser reads 零下 as a sign only when a Chinese numeral is glued to it (零下五);
before an Arabic figure jieba and the finder leave it outside the figure, whose value then
reads as above zero. This step negates the value, bounds and all, and keeps the figure's text.
Used by `rows` on every statistic, last."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.pieces import Found

_SIGN_WORDS = tuple(sorted(lexicons.words("stats_sign_words"), key=len, reverse=True))


def with_written_sign(st: Found, text: str) -> None:
    """Negate the statistic's value and bounds where a sign word stands right before it and
    its own value is not already negative."""
    if not text.endswith(_SIGN_WORDS, 0, st.start) or (st.value is not None and st.value < 0):
        return
    st.value = -st.value if st.value is not None else None
    low = -st.high if st.high is not None else None  # the bounds swap: -30 lies below -20
    high = -st.low if st.low is not None else None
    st.low, st.high = low, high
