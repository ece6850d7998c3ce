"""Person roles: people and what they are (titles, affiliations, ages, bylines) -> `person_roles`.

The readers, one per way newspaper prose states a role, live in ``pipeline.roles``; this stage
turns the document's tables into their view and returns the rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.records import Article, Document, Mention, PersonRole, Sentence, Token, coerce
from pipeline.roles import read_person_roles
from pipeline.roles.view import DocumentView

Row = Mapping[str, Any]


def person_roles(
    document: Document | Row,
    articles: Sequence[Article | Row],
    sentences: Sequence[Sentence | Row],
    tokens: Sequence[Token | Row],
    mentions: Sequence[Mention | Row],
) -> list[PersonRole]:
    """The `person_roles` rows of one document."""
    doc = coerce(Document, document)
    view = DocumentView(
        doc.text or "",
        [coerce(Sentence, s) for s in sentences],
        [coerce(Token, t) for t in tokens],
        [coerce(Mention, m) for m in mentions],
    )
    return read_person_roles(doc.doc_id, doc.batch_id, view, [coerce(Article, a) for a in articles])


# the name the stage declarations call today; transitional, until they call person_roles
extract_person_roles = person_roles

__all__ = ["extract_person_roles", "person_roles"]
