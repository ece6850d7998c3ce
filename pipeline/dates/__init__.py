"""Calendar dates and clock times of a page, as a library beneath the dates stage.

- `find`: the date grammar and the date words (pipeline/lexicons/dates_*.tsv): every
  expression as written (4月5日, 16日, 晚上11时, 次日凌晨4时, 国庆节, 春节, 上世纪70年代);
- `ranges`: the two ends of a contiguous range joined into one (7月3日至4日, 今年1至3月);
- `holidays`: solar days of holidays and lunar months (春节 2025 -> 2025-01-29);
- `resolve`: their ISO values, against the page's date or year (from the document record)
  and the day the paragraph is telling of;
- `mentions`: the `dates` rows of a document (records.DateMention).
"""

from pipeline.dates.find import DateHit, day_is_duration
from pipeline.dates.mentions import date_mentions, day_of
from pipeline.dates.ranges import find_dates
from pipeline.dates.resolve import DateValue, resolve_article

__all__ = [
    "DateHit",
    "DateValue",
    "date_mentions",
    "day_is_duration",
    "day_of",
    "find_dates",
    "resolve_article",
]
