"""Byline names and the role words they are credited with, in the formats papers print:

- a role word before the names: 记者 李杰华, 本报记者 黄磊 实习生 邓可欣, 记者：范志刚, 本报记者杜明远;
- names before a role word or a credit mark: 张明 李华 本报记者 王强, 韩冬 摄, 郑雅琴 文/图, 余海洋/摄;
- several names after one role, separated by spaces or 、 (记者 覃世杰、黎华玲);
- a dateline bracket: 本报讯(记者 侯慧琴 通讯员 王浩青), 某某网杭州5月6日讯（记者 陈晨 通讯员 刘洋）,
  新华社武汉1月17日电（新华社记者 熊家林）, and the unbracketed 本报长沙9月8日讯 记者 任思远 报道：;
- a closing credit: a line (记者 丁洁, （记者 马文涛）, 责任编辑：贾文斌) or the bracket that ends the
  last paragraph or a photo caption (…（记者 马文涛）, …(记者 李杰华 摄)).

A credit is read as tokens: role words (``byline_roles.tsv``, written before the names, after them
or both), credit marks (``segment_byline_closers.tsv``: 报道), separators and names. Names with
no role word before them take the credit mark that follows them (韩冬 摄 -> 摄), else 作者. A run
glued directly before a role word is the byline's outlet (新华社记者, 中央人民广播电台记者) and no
name. Whether a line is a credit at all is stricter than reading a known credit: every name
starts with a surname, and a name that no role word introduces must not start with a dictionary
word (致敬 最美 记者 is a heading). Written by hand: no library reads Chinese bylines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import lexicons
from pipeline.jieba_dict import word_tags
from pipeline.text import alternation, byline_words

# role words written before the names they introduce (记者 王强), longest first
ROLE_WORDS = tuple(byline_words("before", "both"))
ROLE_ALT = alternation(ROLE_WORDS)
# words that may follow the names they credit (李杰华 摄, 张明 文/图) and marks that close a
# byline without a role of their own (报道)
AFTER_WORDS = tuple(byline_words("after", "both"))
CLOSERS = (*AFTER_WORDS, *lexicons.words("segment_byline_closers"))
NO_ROLE = "作者"  # the role of a name a byline gives without a role word (author)
PHOTO_MARK = "摄"  # (记者 李杰华 摄): a photo credit
# words of two or more characters end a run wherever they stand; a one-character word (摄, 图,
# 文) is a word only standing alone (王文斌 is a name), or 摄 glued to the end of a name
_LONG_WORDS = tuple(w for w in lexicons.longest_first((*ROLE_WORDS, *CLOSERS)) if len(w) > 1)
_SHORT_WORDS = frozenset(w for w in (*ROLE_WORDS, *CLOSERS) if len(w) == 1)
_ANY_ALT = alternation(_LONG_WORDS)
_SURNAMES = frozenset(lexicons.words("segment_surnames"))
_COMPOUND_SURNAMES = frozenset(s for s in _SURNAMES if len(s) == 2)

_SEP = r"[\s、，,:：/|丨]+"
_CJK = r"\u4e00-\u9fff"
# a token: a byline word, a separator, or a run up to the next separator or byline word
_TOKEN = re.compile(rf"(?P<word>{_ANY_ALT})|(?P<sep>{_SEP})|(?P<run>(?:(?!{_ANY_ALT})[^\s、，,:：/|丨])+)")
_NAME = re.compile(rf"[{_CJK}]{{2,4}}|[{_CJK}]{{1,8}}(?:·[{_CJK}]{{1,8}})+")
# glued marks a name may end with: 何加正报道, 韩冬摄 (not 文: 王文 and 欧阳文 are names)
_GLUED_END = tuple(lexicons.longest_first(tuple(w for w in CLOSERS if len(w) > 1 or w == PHOTO_MARK)))
_OUTLET = re.compile(rf"[{_CJK}]{{1,16}}")
_LINE_MAX = 60
_CREDIT_MAX = 80

# a source or dateline before a lead's credit: 本报讯, 新华社太原4月13日电, 某某网杭州5月6日讯,
# 央视网消息 (up to 24 characters, no sentence punctuation) …
_DATELINE = r"[^\s。，,；;：:！？!?（()）]{1,24}?(?:讯|电|消息)"
# … with its credit in brackets: (记者 侯慧琴 通讯员 王浩青); (新闻联播) names no role: no credit
_LEAD_BRACKET = re.compile(rf"^{_DATELINE}\s*[(（]([^()（）]{{2,{_CREDIT_MAX}}}?)[)）]")
# … or without brackets up to 报道：: 本报长沙9月8日讯 记者 任思远 报道：
_NOT_CLAUSE = r"[^。；：:()（）]"
_LEAD_REPORTED = re.compile(
    rf"^{_DATELINE}\s*({_NOT_CLAUSE}{{0,20}}?(?:{ROLE_ALT}){_NOT_CLAUSE}{{2,60}}?报道)\s*[：:]"
)
# a credit in brackets closing a paragraph or caption: …（记者 马文涛）, …(记者 李杰华 摄)
_TRAILING_BRACKET = re.compile(rf"[(（]([^()（）]{{2,{_CREDIT_MAX}}})[)）]\s*$")
# a photo credit after the caption's last sentence: …散步。 韩冬 摄
_TRAILING_PHOTO = re.compile(
    rf"[。！？!?”]\s*([^。！？!?”()（）]{{2,30}}?\s*(?:{alternation(AFTER_WORDS)}))\s*$"
)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # word | sep | run
    text: str


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "run"
        if kind == "run" and m.group() in _SHORT_WORDS:
            out.append(_Token("word", m.group()))
        elif kind == "run":
            out.extend(_split_glued(m.group()))
        else:
            out.append(_Token(kind, m.group()))
    return out


def _split_glued(run: str) -> list[_Token]:
    """A run that ends in a credit mark: 何加正报道 -> 何加正 + 报道, 韩冬摄 -> 韩冬 + 摄."""
    for mark in _GLUED_END:
        if run.endswith(mark) and _NAME.fullmatch(run[: -len(mark)]):
            return [_Token("run", run[: -len(mark)]), _Token("word", mark)]
    return [_Token("run", run)]


def plausible_name(name: str, introduced: bool) -> bool:
    """A name in a line that may or may not be a byline: it starts with a surname, and unless a
    role word introduces it (记者 高峰), does not start with a dictionary word (致敬, 展开)."""
    if "·" in name:
        return True
    if name[0] not in _SURNAMES and name[:2] not in _COMPOUND_SURNAMES:
        return False
    if introduced:
        return True
    tag = word_tags().get(name[:2])
    return tag is None or tag.startswith("nr")


def parse(text: str, strict: bool = False) -> list[tuple[str, str]] | None:
    """(name, role word) pairs of a credit such as '记者 李杰华 通讯员 刘璟琛 段斌 文/摄', or
    None when `strict` and the text is not a credit line (a run that is no name, a name that
    fails ``plausible_name``, no role word or credit mark at all)."""
    pairs: list[tuple[str, str]] = []
    pending: list[str] = []  # names seen with no role word before them
    role = ""
    seen_word = False
    tokens = _tokens(text.strip())
    for k, tok in enumerate(tokens):
        if tok.kind == "sep":
            continue
        if tok.kind == "word":
            seen_word = True
            if pending and tok.text in AFTER_WORDS:
                pairs += [(n, tok.text) for n in pending]  # 韩冬 摄, 郑雅琴 文/图
                pending = []
            elif tok.text in ROLE_WORDS or tok.text in AFTER_WORDS or tok.text in _SHORT_WORDS:
                # 张明 李华 本报记者 王强; 文 胡一鸣 图 许佳佳: a word standing before names
                pairs += [(n, NO_ROLE) for n in pending]
                pending, role = [], tok.text
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        outlet = after is not None and after.kind == "word" and after.text in ROLE_WORDS
        if outlet and after is not None and after.text in AFTER_WORDS and _NAME.fullmatch(tok.text):
            outlet = False  # 潘立群摄影: a name and its credit mark
        if outlet and strict and not _OUTLET.fullmatch(tok.text):
            return None
        if outlet:
            continue  # the outlet: 新华社记者, 中央人民广播电台记者, 本报驻阿联酋记者
        if not _NAME.fullmatch(tok.text):
            if strict:
                return None
            continue
        glued = k > 0 and tokens[k - 1].kind == "word"  # 本报记者杜明远, 摄影展开幕
        if strict and not plausible_name(tok.text, bool(role) and not glued):
            return None
        if role:
            pairs.append((tok.text, role))
        else:
            pending.append(tok.text)
    pairs += [(n, NO_ROLE) for n in pending]
    if strict and not (seen_word and pairs):
        return None
    return pairs


def names(text: str) -> list[tuple[str, str]]:
    """(name, role) pairs from a credit known to be one (a byline line, a lead's bracket)."""
    return parse(text) or []


def byline_line(text: str) -> list[tuple[str, str]] | None:
    """The (name, role) pairs of a line that is a byline and nothing else (记者 丁洁, 张明 李华
    本报记者 王强, （记者 马文涛）, 责任编辑：贾文斌), else None."""
    text = text.strip()
    if len(text) > _LINE_MAX or any(p in text for p in "。！？!?；;"):
        return None
    bracketed = re.fullmatch(r"[(（](.+)[)）]", text)
    if bracketed:
        text = bracketed.group(1)
    if re.search(r"[()（）《》“”\d]", text):
        return None
    return parse(text, strict=True)


def name_list(text: str) -> bool:
    """Whether a line holds nothing but two or more plausible names (李国华 吴秀英 陈志斌)."""
    tokens = [t for t in _tokens(text.strip()) if t.kind != "sep"]
    return len(tokens) >= 2 and all(
        t.kind == "run" and _NAME.fullmatch(t.text) and plausible_name(t.text, False) for t in tokens
    )


def lead_credit(text: str) -> str | None:
    """The credit of a lead: 记者 侯慧琴 通讯员 王浩青 in 本报讯(记者 侯慧琴 通讯员 王浩青), 记者 任思远
    报道 in 本报长沙9月8日讯 记者 任思远 报道：; None when the bracket holds no role word
    (央视网消息（新闻联播）)."""
    match = _LEAD_BRACKET.match(text) or _LEAD_REPORTED.match(text)
    if not match or not _credit_words(match.group(1)):
        return None
    return match.group(1)


def trailing_credit(text: str) -> str | None:
    """The credit closing a paragraph or photo caption, without its brackets: 记者 马文涛 in
    …河水明显变清。（记者 马文涛）, 记者 李杰华 摄, 韩冬 摄 in …散步。 韩冬 摄."""
    bracket = _TRAILING_BRACKET.search(text)
    if bracket and _credit_words(bracket.group(1)) and parse(bracket.group(1), strict=True):
        return bracket.group(1).strip()
    photo = _TRAILING_PHOTO.search(text)
    if photo and parse(photo.group(1), strict=True):
        return photo.group(1).strip()
    return None


def caption_credit(text: str) -> str | None:
    """The photo credit closing a caption: 记者 李杰华 摄 in …(记者 李杰华 摄), 韩冬 摄."""
    credit = trailing_credit(text)
    return credit if credit and _photo(credit) else None


def _photo(credit: str) -> bool:
    return any(tok.kind == "word" and PHOTO_MARK in tok.text for tok in _tokens(credit))


def _credit_words(text: str) -> bool:
    """Whether a bracket names people by role: it holds a role word or credit mark."""
    return any(tok.kind == "word" for tok in _tokens(text))
