"""Shape tests on lines of Chinese page text, shared by the clean and segment stages."""

from __future__ import annotations

HEADING_MAX = 64


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def looks_like_heading(text: str) -> bool:
    """A headline-shaped line: no sentence end inside, at most one comma, not ending as prose
    continues. Long lines with a comma are prose."""
    if not text or len(text) > HEADING_MAX or "。" in text or ";" in text or "；" in text:
        return False
    if len(text) > HEADING_MAX // 2 and ("，" in text or "," in text):
        return False
    if text[-1] in "，,、：:":
        return False
    inner = text[:-1]
    return not any(p in inner for p in "!?！？") and text.count("，") + text.count(",") <= 1
