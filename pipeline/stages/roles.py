"""People and what they are: titles, affiliations, ages and bylines -> `person_roles`.

Rules over the sentence around each PERSON mention, because newspaper prose states roles in a
few fixed shapes:

- title before the name: 社区党支部书记张春凤, [ORG 娄烦县公安局静游镇派出所]一级警长赵静清,
  [LOC 横渠村]网格员郭佳程 (an ORG or LOC right before the title is the affiliation);
- a list sharing one title: 退役军人董贵平、陈小园、郝文龙;
- the name, then 是/任/担任/兼任 and the title: 郭虹宇是[ORG 省人民医院]的一名护士,
  刘华还兼任封控区五组组长;
- an organization then the name: [ORG 市统计局]的张鹏 (affiliation without a title);
- ages: 23岁的石欣蔚, 石欣蔚，23岁;
- bylines: the article's bylines with their roles (记者, 通讯员, 摄影), and 记者 X in the text.

A title is only taken when it ends in a known head noun (书记, 警长, 网格员 ...), so kinship
words and free descriptions (妻子, 妈妈, 暖男大哥) never become roles. role is the title as
written; role_norm is its head (书记, 副书记, 警长) or, for bylines, reporter, correspondent,
photographer, editor, intern.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

from pipeline.numbers import parse_numeral
from pipeline.schema import SCHEMAS

ROLE_COLUMNS = tuple(f.name for f in SCHEMAS["person_roles"])

BYLINE_ROLES = {
    "特约记者": "reporter",
    "记者": "reporter",
    "见习记者": "reporter",
    "通讯员": "correspondent",
    "通讯": "correspondent",
    "摄影": "photographer",
    "摄": "photographer",
    "图": "photographer",
    "编辑": "editor",
    "责任编辑": "editor",
    "实习生": "intern",
}

# Head nouns a title ends in; the longest that ends the title is its normalized form.
_HEADS_TEXT = """
    书记 第一书记 主任 局长 处长 科长 所长 站长 院长 校长 园长 馆长 队长 组长 班长 社长 厂长
    主席 会长 部长 厅长 省长 市长 区长 县长 镇长 乡长 村长 秘书长 理事长 董事长 总经理 经理
    总监 主管 负责人 指挥长 政委 教导员 警长 民警 辅警 警官 交警 特警 医生 医师 主任医师
    护士 护士长 护师 药师 教师 老师 教授 讲师 干部 党员 团员 共青团员 预备党员 网格员 网格长
    志愿者 委员 组织委员 宣传委员 纪检委员 专员 科员 工作人员 退役军人 军人 老兵 楼长 单元长
    代表 人大代表 政协委员 社工 快递员 外卖员 司机 保安 医护人员 采样员 消杀员 检测员 工程师
    技术员 研究员 法官 检察官 律师 会计 调解员 巡查员 指导员 联络员 宣讲员 信息员 安全员
"""
TITLE_HEADS = frozenset(_HEADS_TEXT.split())
_HEADS_BY_LENGTH = sorted(TITLE_HEADS, key=len, reverse=True)
MAX_TITLE = 14

# jieba tags that may be part of a title (nouns, short forms, distinguishing words, measure
# words as in 网格/员); anything else (verbs, particles, pronouns, punctuation) ends it.
_TITLE_POS = ("n", "j", "b", "a", "q", "l", "vn", "f", "s", "ng", "nz", "nt", "ns")
_TITLE_NUMERAL = re.compile(r"^[一二三四五六七八九十]级$")
_STOP_CHARS = set("，,。；;：:！!？?、“”‘’\"'（）()《》【】[] \u3000的了是在和与及把被让给向对从为")
# names in a list share the title before the first (退役军人董贵平、陈小园); a comma does not
# make a list (书记张三，李四说 ...)
_LIST_GAP = re.compile(r"^[、\s和及与]*$")
_DASH_GAP = re.compile(r"^(?:——|—|－|-|：|:)?\s*$")
_APPOSITIVE = re.compile(r"^[（(，,]")
MAX_APPOSITIVE = 10
_COPULA = re.compile(r"^(?:还|也|现|同时|目前|曾)?(?:是|系|任|担任|兼任|出任)")
_POST_FILLER = re.compile(r"^(?:的)?(?:一名|一位|一个|名|位)?")
# 63岁的村民李二旦: a short noun for a kind of person may stand between the age and the name
_AGE_BEFORE = re.compile(
    r"(?:今年)?([0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁(?:的(?:[\u4e00-\u9fff](?<![的和与、])){0,3})?$"
)
# 石欣蔚，23岁 / 王建军今年52岁 / 现年61岁
_AGE_AFTER = re.compile(
    r"^(?:[，,（(]\s*(?:今年|现年)?|今年|现年)([0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁"
)
_BYLINE_BEFORE = re.compile("(" + "|".join(sorted(BYLINE_ROLES, key=len, reverse=True)) + r")[\s:：]*$")


def role_head(title: str) -> str | None:
    """书记 for 社区党支部书记, 副书记 for 副书记, 警长 for 一级警长; None if no known head."""
    for head in _HEADS_BY_LENGTH:
        if title.endswith(head):
            before = title[: -len(head)]
            return "副" + head if before.endswith("副") else head
    return None


def _person_id(name: str) -> str:
    """The places stage's id for a person (label + name), for bylines with no mention.
    Duplicated rather than imported because a stage never imports another stage; a test
    checks that the two agree."""
    text = "\x1f".join(["PERSON", name])
    return f"person_{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"


def _role_id(doc_id: str, *parts: Any) -> str:
    text = "\x1f".join([doc_id, *(str(p) for p in parts)])
    return "role_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _age(text: str) -> int | None:
    value = parse_numeral(text)
    if value is None or not 0 < value < 130 or value != int(value):
        return None
    return int(value)


class _Doc:
    """Lookups over one document's tables."""

    def __init__(
        self,
        document: dict,
        sentences: Sequence[dict],
        tokens: Sequence[dict],
        mentions: Sequence[dict],
    ) -> None:
        self.text: str = document.get("text") or ""
        self.sentences = sorted(sentences, key=lambda s: s["start"])
        self.mentions = sorted(mentions, key=lambda m: (m["start"], m["end"]))
        self.tokens_by_sentence: dict[str, list[dict]] = {}
        for tok in sorted(tokens, key=lambda t: t["start"]):
            self.tokens_by_sentence.setdefault(tok["sentence_id"], []).append(tok)
        self.ends_at = {m["end"]: m for m in self.mentions}
        self.starts_at = {m["start"]: m for m in self.mentions}

    def sentence_of(self, pos: int) -> dict | None:
        for s in self.sentences:
            if s["start"] <= pos < s["end"]:
                return s
        return None

    def sentence_bounds(self, m: dict) -> tuple[int, int]:
        s = next((s for s in self.sentences if s["sentence_id"] == m.get("sentence_id")), None)
        s = s or self.sentence_of(m["start"])
        if s is None:
            return 0, len(self.text)
        return s["start"], s["end"]

    def mention_before(self, pos: int, lo: int) -> dict | None:
        """The mention ending exactly at pos, if it starts inside the sentence."""
        m = self.ends_at.get(pos)
        return m if m is not None and m["start"] >= lo else None

    def is_title(self, sentence_id: str | None, start: int, end: int) -> bool:
        """Whether every token inside [start, end) may be part of a title (True when the
        sentence has no tokens to judge by)."""
        toks = [
            t
            for t in self.tokens_by_sentence.get(sentence_id or "", [])
            if t["start"] >= start and t["end"] <= end
        ]
        return all(
            (t.get("pos") or "").startswith(_TITLE_POS) or _TITLE_NUMERAL.match(t["text"]) for t in toks
        )

    def title_before(self, m: dict, lo: int) -> tuple[int, str] | None:
        """(start, title) of a title written right before the mention, bounded by the
        sentence start, the previous mention, and the first word that cannot be in a title."""
        end = m["start"]
        # 队长——武艳: a dash between title and name
        k = end
        while k > lo and self.text[k - 1] in "—－-：: ":
            k -= 1
        if k != end and not _DASH_GAP.match(self.text[k:end]):
            k = end
        stop = lo
        for other in self.mentions:
            if other["end"] <= k and other["end"] > stop and other is not m:
                stop = other["end"]
        toks = [
            t
            for t in self.tokens_by_sentence.get(m.get("sentence_id") or "", [])
            if t["end"] <= k and t["start"] >= stop
        ]
        start = k
        if toks and toks[-1]["end"] == k:
            for tok in reversed(toks):
                pos = tok.get("pos") or ""
                if pos in ("nr", "nrfg"):
                    # a personal name right before the title owns it: in 习近平主席郑重提出
                    # the NER missed 习近平 and took 郑重 for a name (not nrt: jieba tags
                    # 二十大 in 二十大代表 so)
                    return None
                ok = pos.startswith(_TITLE_POS) or _TITLE_NUMERAL.match(tok["text"])
                if not ok or tok["text"] in ("的", "是") or k - tok["start"] > MAX_TITLE:
                    break
                start = tok["start"]
        else:  # no tokens for this sentence: cut at the first stop character
            while start > stop and self.text[start - 1] not in _STOP_CHARS:
                if k - (start - 1) > MAX_TITLE:
                    break
                start -= 1
        title = self.text[start:k]
        if not title:
            return None
        # the longest tail of the run that ends in a known head
        if role_head(title) is None:
            return None
        return start, title


# a source lead: 央视网消息（新闻联播）, 人民网消息(…): what stands in its parentheses without a
# role word is the program or outlet
_SOURCE_LEAD = re.compile(r"消息\s*[（(]\s*$")


def _source_only(text: str, name: str, article: dict) -> bool:
    """Whether every occurrence of `name` in the article opens a source lead's parentheses
    or stands in title marks."""
    lo, hi = article["start"], article["end"]
    at = text.find(name, lo, hi)
    if at < 0:
        return False
    while at >= 0:
        titled = text[at - 1 : at] == "《" and text[at + len(name) : at + len(name) + 1] == "》"
        if not (titled or _SOURCE_LEAD.search(text[max(lo, at - 8) : at])):
            return False  # a program named in 《》 elsewhere is still no person: 《新闻联播》推出
        at = text.find(name, at + 1, hi)
    return True


def extract_person_roles(
    document: dict,
    articles: list[dict],
    sentences: list[dict],
    tokens: list[dict],
    mentions: list[dict],
) -> list[dict]:
    """Rows of SCHEMAS["person_roles"] for one document."""
    doc = _Doc(document, sentences, tokens, mentions)
    doc_id = document.get("doc_id") or ""
    batch_id = document.get("batch_id") or ""
    text = doc.text
    rows: dict[tuple, dict] = {}

    def add(
        person: dict | None,
        name: str,
        *,
        role: str | None,
        role_norm: str | None,
        org: dict | None = None,
        place: dict | None = None,
        age: int | None = None,
        start: int | None,
        end: int | None,
        sentence_id: str | None,
    ) -> None:
        pid = person["entity_id"] if person else _person_id(name)
        # one row per person and title in a document; untitled facts (an age, an
        # affiliation) are kept per mention
        anchor = person["start"] if person else start
        key = (pid, role or "", anchor if role is None else "")
        row = rows.get(key)
        if row is not None:  # the same fact seen twice (byline list and byline text)
            row["age"] = row["age"] if row["age"] is not None else age
            row["org_entity_id"] = row["org_entity_id"] or (org["entity_id"] if org else None)
            row["place_entity_id"] = row["place_entity_id"] or (place["entity_id"] if place else None)
            return
        rows[key] = {
            "role_id": _role_id(doc_id, pid, role or "", anchor, age),
            "person_entity_id": pid,
            "person_name": name,
            "role": role,
            "role_norm": role_norm,
            "org_entity_id": org["entity_id"] if org else None,
            "place_entity_id": place["entity_id"] if place else None,
            "age": age,
            "doc_id": doc_id,
            "sentence_id": sentence_id,
            "batch_id": batch_id,
            "start": start,
            "end": end,
        }

    persons = [m for m in doc.mentions if m["label"] == "PERSON"]
    byline_names = {n for art in articles for n in art.get("bylines") or [] if n}
    previous: dict | None = None  # the previous person and what they got, for lists
    previous_facts: dict[str, Any] = {}
    for m in persons:
        lo, hi = doc.sentence_bounds(m)
        sid = m.get("sentence_id")
        facts: dict[str, Any] = {}

        # 记者 李杰华 in running text (本报讯(记者 侯慧琴 通讯员 王浩青))
        by = _BYLINE_BEFORE.search(text[max(lo, m["start"] - 8) : m["start"]])
        if by:
            word = by.group(1)
            # The article's byline list has the full name where the NER cut it short
            # (刘 for 刘璟琛): that row comes from the list below, not from here.
            if not any(len(n) > len(m["text"]) and text.startswith(n, m["start"]) for n in byline_names):
                add(m, m["text"], role=word, role_norm=BYLINE_ROLES[word], start=m["start"] - len(
                    by.group(0)), end=m["end"], sentence_id=sid)  # fmt: skip
            facts = {"byline": word}
        elif (found := doc.title_before(m, lo)) is not None:
            start, title = found
            org = doc.mention_before(start, lo)
            place = None
            if org is not None and org["label"] == "LOC":
                place, org = org, None
            elif org is not None and org["label"] != "ORG":
                org = None
            facts = {"role": title, "org": org, "place": place, "start": start}
        elif (before := doc.mention_before(m["start"], lo)) is None and (
            (org := doc.mention_before(m["start"] - 1, lo)) is not None
            and text[m["start"] - 1] == "的"
            and org["label"] == "ORG"
        ):
            facts = {"role": None, "org": org, "place": None, "start": org["start"]}
        elif before is not None and before["label"] == "ORG":
            facts = {"role": None, "org": before, "place": None, "start": before["start"]}
        elif previous is not None and previous_facts and previous.get("end") is not None:
            gap = text[previous["end"] : m["start"]]
            if previous["end"] >= lo and _LIST_GAP.match(gap):
                facts = {**previous_facts, "start": m["start"]}
                if "byline" in facts:
                    word = facts["byline"]
                    add(m, m["text"], role=word, role_norm=BYLINE_ROLES[word],
                        start=m["start"], end=m["end"], sentence_id=sid)  # fmt: skip

        # the name, then 是/担任 ... title
        after = text[m["end"] : hi]
        cop = _COPULA.match(after)
        post: dict[str, Any] | None = None
        if cop and "role" not in facts:
            pos = m["end"] + cop.end()
            org = doc.starts_at.get(pos)
            if org is not None and org["label"] == "ORG":
                pos = org["end"]
            else:
                org = None
            filler = _POST_FILLER.match(text[pos:hi])
            pos += filler.end() if filler else 0
            tail = re.match(r"[^，,。；;！!？?、：:“”（）()]*", text[pos:hi])
            title = tail.group(0) if tail else ""
            if "的" in title:  # 省人民医院的一名护士 when the NER missed the hospital
                whole = len(title)
                title = title.rsplit("的", 1)[1]
                filler = _POST_FILLER.match(title)
                title = title[filler.end() :] if filler else title
                pos += whole - len(title)
            if title and len(title) <= MAX_TITLE and role_head(title):
                post = {"role": title, "org": org, "place": None, "end": pos + len(title)}

        # 张春凤（社区党支部书记） / 张春凤，社区党支部书记，...: an appositive title, only when
        # every word of it can be part of a title (not 张春凤，带领志愿者...)
        app = _APPOSITIVE.match(after) if post is None and "role" not in facts else None
        if app:
            pos = m["end"] + app.end()
            org = doc.starts_at.get(pos)
            if org is not None and org["label"] == "ORG":
                pos = org["end"]
            else:
                org = None
            seg = re.match(r"[^，,。；;！!？?、：:“”（）()]*", text[pos:hi])
            title = seg.group(0) if seg else ""
            closer = text[pos + len(title) : pos + len(title) + 1]
            closed = closer in "）)" if app.group(0) in "（(" else closer in "，,。；;"
            if (
                closed
                and title
                and len(title) <= MAX_APPOSITIVE
                and role_head(title)
                and doc.is_title(m.get("sentence_id"), pos, pos + len(title))
            ):
                post = {"role": title, "org": org, "place": None, "end": pos + len(title)}

        # ages
        age = None
        anchor = facts.get("start", m["start"]) if "byline" not in facts else m["start"]
        age_before = _AGE_BEFORE.search(text[max(lo, anchor - 8) : anchor])
        age_start = None
        if age_before:
            age = _age(age_before.group(1))
            age_start = anchor - len(age_before.group(0))
        age_after = _AGE_AFTER.match(text[m["end"] : hi]) if age is None else None
        age_end = None
        if age_after:
            age = _age(age_after.group(1))
            age_end = m["end"] + age_after.end()

        if "byline" not in facts and (facts or post or age is not None):
            src = post or facts
            role = src.get("role") if src else None
            start = min(p for p in (facts.get("start"), age_start, m["start"]) if p is not None)
            end = max(p for p in ((post or {}).get("end"), age_end, m["end"]) if p is not None)
            if role or (src and (src.get("org") or src.get("place"))) or age is not None:
                add(m, m["text"], role=role, role_norm=role_head(role) if role else None,
                    org=src.get("org") if src else None, place=src.get("place") if src else None,
                    age=age, start=start, end=end, sentence_id=sid)  # fmt: skip
        previous = m
        previous_facts = {k: v for k, v in facts.items() if k != "start"} if facts else {}
        if post and not facts:
            previous_facts = {}

    # the article's bylines: a name with its role even where the text never shows it as one
    for art in articles:
        names = list(art.get("bylines") or [])
        roles_ = list(art.get("byline_roles") or [])
        for k, name in enumerate(names):
            word = roles_[k] if k < len(roles_) and roles_[k] else None
            norm = BYLINE_ROLES.get(word or "")
            hits = [p for p in persons if p["text"] == name and art["start"] <= p["start"] < art["end"]]
            person = hits[-1] if hits else None  # bylines close the article
            if norm is None and (
                not any(p["text"] == name for p in persons) or _source_only(text, name, art)
            ):
                # a byline with no role word that the NER never reads as a person, or that
                # only ever stands in a source lead, is a source, not an author:
                # 央视网消息(新闻联播) parses like 本报讯(记者 X)
                continue
            pid = person["entity_id"] if person else _person_id(name)
            if norm is None and any(
                r["person_entity_id"] == pid and r["role_norm"] in BYLINE_ROLES.values()
                for r in rows.values()
            ):
                continue  # the text already showed the role (记者 丁洁)
            if person is None:
                at = text.rfind(name, art["start"], art["end"])
                if at < 0:
                    at = text.find(name)
                start, end = (at, at + len(name)) if at >= 0 else (None, None)
                sent = doc.sentence_of(at) if at >= 0 else None
                sid = sent["sentence_id"] if sent else None
            else:
                start, end, sid = person["start"], person["end"], person.get("sentence_id")
            add(person, name, role=word, role_norm=norm, start=start, end=end,
                sentence_id=sid)  # fmt: skip

    out = sorted(rows.values(), key=lambda r: (r["start"] is None, r["start"] or 0, r["role_id"]))
    return [{c: r[c] for c in ROLE_COLUMNS} for r in out]


__all__ = ["BYLINE_ROLES", "ROLE_COLUMNS", "TITLE_HEADS", "extract_person_roles", "role_head"]
