"""The directory read model in PostgreSQL: who is who, fed by identity and registry events.

`SqlDirectory` answers the use cases (the Directory port); `SqlDirectoryWriter` applies
events. Both work in a session their caller owns and never commit. Contact events are
applied last-writer-wins by event time, so a late or replayed older event changes
nothing; deactivation is final (no event reactivates a person).

A person's e-mail, phone and alert address are personal data: they come from identity's
audited GetContactPoints (never from events) and are stored sealed (ARCHITECTURE §5).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_notifications.adapters.orm import (
    directory_allocation,
    directory_entities,
    directory_people,
    directory_profiles,
)
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.domain.model import Contact, Language

__all__ = ["SqlDirectory", "SqlDirectoryWriter"]

_people = directory_people.c
_profiles = directory_profiles.c
_entities = directory_entities.c
_allocation = directory_allocation.c


class SqlDirectory:
    """Directory: active people, profile holders, entity contacts, allocation flags."""

    def __init__(self, session: AsyncSession, *, sealer: Sealer) -> None:
        self._session = session
        self._sealer = sealer

    async def person(self, person_id: str) -> Contact | None:
        """The person's contact; None when unknown or deactivated."""
        query = select(directory_people).where(_people.person_id == person_id, _people.active)
        row = (await self._session.execute(query)).mappings().first()
        return None if row is None else _person(row, self._sealer)

    async def profile_holders(self, entity_id: str, profile: str, workflow: str) -> list[Contact]:
        """Holders of `profile` in `entity_id` not deactivated, ordered by person id.

        `workflow` "" matches grants of any workflow; otherwise grants of that workflow
        and entity-wide grants (workflow "") match. A holder whose contact points have not
        been fetched yet comes back with empty addresses (the app layer fetches them).
        """
        holders = _holders(entity_id, profile, workflow).subquery()
        query = (
            select(holders.c.person_id, directory_people)
            .select_from(
                holders.outerjoin(directory_people, _people.person_id == holders.c.person_id)
            )
            .where(or_(_people.active.is_(None), _people.active))
            .distinct()
            .order_by(holders.c.person_id)
        )
        rows = (await self._session.execute(query)).mappings().all()
        return [
            _person(row, self._sealer)
            if row["active"] is not None
            else Contact(person_id=row["person_id"])
            for row in rows
        ]

    async def entity_contact(self, entity_id: str) -> Contact | None:
        """The entity's contact mailbox; None when it has none."""
        query = select(_entities.contact_email, _entities.language).where(
            _entities.entity_id == entity_id, _entities.contact_email != ""
        )
        row = (await self._session.execute(query)).first()
        if row is None:
            return None
        return Contact(email=row.contact_email, language=Language.preferred(row.language))

    async def uses_allocation(self, entity_id: str, workflow: str) -> bool:
        """Whether the entity allocates items of `workflow` (False until told otherwise)."""
        query = select(_allocation.uses_allocation).where(
            _allocation.entity_id == entity_id, _allocation.workflow == workflow
        )
        return bool((await self._session.execute(query)).scalar())


def _holders(entity_id: str, profile: str, workflow: str) -> Any:
    query = select(_profiles.person_id).where(
        _profiles.entity_id == entity_id, _profiles.profile == profile
    )
    if workflow:
        query = query.where(or_(_profiles.workflow == workflow, _profiles.workflow == ""))
    return query


def _person(row: Any, sealer: Sealer) -> Contact:
    return Contact(
        email=_open(sealer, row["email"]),
        phone=_open(sealer, row["phone"]),
        language=Language.preferred(row["language"]),
        person_id=row["person_id"],
        alert_email=_open(sealer, row["alert_email"]),
    )


def _seal(sealer: Sealer, value: str) -> str:
    """Seal a non-empty value ("" stays "", meaning none)."""
    return sealer.seal(value) if value else ""


def _open(sealer: Sealer, value: str) -> str:
    return sealer.open(value) if value else ""


class SqlDirectoryWriter:
    """Applies directory events; every method is idempotent."""

    def __init__(self, session: AsyncSession, *, sealer: Sealer) -> None:
        self._session = session
        self._sealer = sealer

    async def upsert_person(
        self, person_id: str, *, email: str, phone: str, language: str, event_time: datetime
    ) -> bool:
        """Apply PersonContactChanged; False when an event at least as new was applied."""
        values = {
            "email": _seal(self._sealer, email),
            "phone": _seal(self._sealer, phone),
            "language": language,
        }
        statement = insert(directory_people).values(
            person_id=person_id, updated_at=event_time, source_event_time=event_time, **values
        )
        statement = statement.on_conflict_do_update(
            index_elements=[_people.person_id],
            set_={**values, "updated_at": event_time, "source_event_time": event_time},
            where=or_(_people.source_event_time.is_(None), _people.source_event_time < event_time),
        ).returning(_people.person_id)
        return (await self._session.execute(statement)).first() is not None

    async def set_alert_email(self, person_id: str, alert_email: str, *, at: datetime) -> None:
        """Set where the person's alert notices go ("" = the account's e-mail)."""
        sealed = _seal(self._sealer, alert_email)
        await self._upsert_person_field(person_id, {"alert_email": sealed}, at=at)

    async def deactivate_person(self, person_id: str, *, at: datetime) -> None:
        """Apply PersonDeactivated: the person gets no more notices."""
        await self._upsert_person_field(person_id, {"active": False}, at=at)

    async def _upsert_person_field(
        self, person_id: str, values: dict[str, Any], *, at: datetime
    ) -> None:
        """Set `values` on the person's row, creating a bare row if no contact came yet."""
        statement = insert(directory_people).values(person_id=person_id, updated_at=at, **values)
        statement = statement.on_conflict_do_update(
            index_elements=[_people.person_id], set_={**values, "updated_at": at}
        )
        await self._session.execute(statement)

    async def replace_profiles(
        self, person_id: str, entity_id: str, grants: Iterable[tuple[str, str]]
    ) -> None:
        """Apply PersonProfilesChanged: `grants` (workflow, profile) become the full set."""
        await self._session.execute(
            delete(directory_profiles).where(
                _profiles.person_id == person_id, _profiles.entity_id == entity_id
            )
        )
        rows = [
            {"person_id": person_id, "entity_id": entity_id, "workflow": w, "profile": p}
            for w, p in sorted(set(grants))
        ]
        if rows:
            await self._session.execute(insert(directory_profiles).values(rows))

    async def upsert_entity(
        self, entity_id: str, *, contact_email: str, language: str, event_time: datetime
    ) -> bool:
        """Apply EntityContactChanged; False when an event at least as new was applied."""
        values = {"contact_email": contact_email, "language": language, "updated_at": event_time}
        statement = insert(directory_entities).values(entity_id=entity_id, **values)
        statement = statement.on_conflict_do_update(
            index_elements=[_entities.entity_id],
            set_=values,
            where=_entities.updated_at < event_time,
        ).returning(_entities.entity_id)
        return (await self._session.execute(statement)).first() is not None

    async def set_allocation(self, entity_id: str, workflow: str, uses_allocation: bool) -> None:
        """Apply AllocationChanged."""
        statement = insert(directory_allocation).values(
            entity_id=entity_id, workflow=workflow, uses_allocation=uses_allocation
        )
        statement = statement.on_conflict_do_update(
            index_elements=[_allocation.entity_id, _allocation.workflow],
            set_={"uses_allocation": uses_allocation},
        )
        await self._session.execute(statement)
