"""What the words around a name say about the person: the unit the role readers return."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from pipeline.records import Mention


class Kind(Enum):
    BYLINE = "byline"  # 记者 李杰华: role is the byline word
    TITLE = "title"  # 社区党支部书记张春凤: role is the title
    AFFILIATION = "affiliation"  # 市统计局的张鹏: an organization, no title


@dataclass(frozen=True, slots=True)
class Facts:
    kind: Kind
    role: str | None = None
    org: Mention | None = None
    place: Mention | None = None
    start: int | None = None  # where the phrase stating the facts begins
    end: int | None = None  # where it ends, for phrases after the name
    inherited: bool = False  # taken over from the previous name of a list


def affiliation_split(before: Mention | None) -> tuple[Mention | None, Mention | None]:
    """(org, place) from the mention right before a title: an ORG is the organization, a LOC
    the place, anything else neither."""
    if before is None:
        return None, None
    if before.label == "LOC":
        return None, before
    return (before, None) if before.label == "ORG" else (None, None)
