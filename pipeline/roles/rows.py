"""The person_roles rows of one document: one row per person and title; untitled facts (an age,
an affiliation) one per mention."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from pipeline.ids import stable_id
from pipeline.records import Mention, PersonRole


def person_id(name: str) -> str:
    """The places stage's id for a person (label + name), for bylines with no mention.
    Rebuilt here rather than imported because a stage never imports another stage; a test
    checks that the two agree."""
    return stable_id("person_", "PERSON", name)


class RoleRows:
    def __init__(self, doc_id: str, batch_id: str) -> None:
        self.doc_id = doc_id
        self.batch_id = batch_id
        self._rows: dict[tuple[str, str, int | str | None], PersonRole] = {}

    def add(
        self,
        person: Mention | None,
        name: str,
        *,
        role: str | None,
        role_norm: str | None,
        org: Mention | None = None,
        place: Mention | None = None,
        age: int | None = None,
        start: int | None,
        end: int | None,
        sentence_id: str | None,
    ) -> None:
        pid = person.entity_id if person else person_id(name)
        anchor = person.start if person else start
        key = (pid, role or "", anchor if role is None else "")
        org_id = org.entity_id if org else None
        place_id = place.entity_id if place else None
        row = self._rows.get(key)
        if row is not None:  # the same fact seen twice (byline list and byline text)
            self._rows[key] = replace(
                row,
                age=row.age if row.age is not None else age,
                org_entity_id=row.org_entity_id or org_id,
                place_entity_id=row.place_entity_id or place_id,
            )
            return
        self._rows[key] = PersonRole(
            role_id=stable_id("role_", self.doc_id, pid, role or "", anchor, age),
            person_entity_id=pid,
            person_name=name,
            role=role,
            role_norm=role_norm,
            org_entity_id=org_id,
            place_entity_id=place_id,
            age=age,
            doc_id=self.doc_id,
            sentence_id=sentence_id,
            batch_id=self.batch_id,
            start=start,
            end=end,
        )

    def has_role_in(self, person_entity_id: str, role_norms: Collection[str]) -> bool:
        return any(
            r.person_entity_id == person_entity_id and r.role_norm in role_norms for r in self._rows.values()
        )

    def records(self) -> list[PersonRole]:
        """The rows in text order (rows without a span last), ties by id."""
        return sorted(self._rows.values(), key=lambda r: (r.start is None, r.start or 0, r.role_id))
