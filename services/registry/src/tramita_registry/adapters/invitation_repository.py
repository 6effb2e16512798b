"""Invitations and daily counters in PostgreSQL, with an identity map; changes are written
on flush (optimistic concurrency on `version`), never committed here."""

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_registry.adapters.orm import authorities, invitation_days, invitations
from tramita_registry.app.ports import InvitationFilter
from tramita_registry.domain.errors import ConcurrentChange
from tramita_registry.domain.invitations import (
    OPEN_STATUSES,
    FirstUser,
    Invitation,
    InvitationDay,
    InvitationStatus,
    InvitedArea,
    Rejection,
)

_OPEN = [status.value for status in OPEN_STATUSES]
_i = invitations.c
_d = invitation_days.c


def invitation_row(invitation: Invitation) -> dict[str, Any]:
    user = invitation.first_user
    return {
        "invitation_id": invitation.invitation_id,
        "inviting_entity_id": invitation.inviting_entity_id,
        "invited_by": invitation.invited_by,
        "country": invitation.country,
        "email": invitation.email,
        "email_key": invitation.email_key,
        "display_name": invitation.display_name,
        "areas": [{"area": a.area, "workflows": list(a.workflows)} for a in invitation.areas],
        "message": invitation.message,
        "language": invitation.language,
        "status": invitation.status.value,
        "rejection": invitation.rejection.value if invitation.rejection else None,
        "bulk": invitation.bulk,
        "issue": invitation.issue,
        "confirmed_at": invitation.confirmed_at,
        "confirmed_day": invitation.confirmed_day,
        "send_at": invitation.send_at,
        "sent_at": invitation.sent_at,
        "expires_at": invitation.expires_at,
        "code_hash": invitation.code_hash or None,
        "registered_entity_id": invitation.registered_entity_id or None,
        "first_user": None
        if user is None
        else {
            "name": user.name,
            "email": user.email,
            "language": user.language,
            "username": user.username,
        },
        "created_at": invitation.created_at,
        "status_changed_at": invitation.status_changed_at,
        "version": invitation.version,
    }


def to_invitation(row: Mapping[str, Any]) -> Invitation:
    user = row["first_user"]
    return Invitation(
        invitation_id=row["invitation_id"],
        inviting_entity_id=row["inviting_entity_id"],
        invited_by=row["invited_by"],
        country=row["country"],
        email=row["email"],
        display_name=row["display_name"],
        areas=tuple(InvitedArea(a["area"], tuple(a["workflows"])) for a in row["areas"]),
        message=row["message"],
        status=InvitationStatus(row["status"]),
        created_at=row["created_at"],
        status_changed_at=row["status_changed_at"],
        bulk=row["bulk"],
        language=row["language"],
        rejection=Rejection(row["rejection"]) if row["rejection"] else None,
        issue=row["issue"],
        confirmed_at=row["confirmed_at"],
        confirmed_day=row["confirmed_day"],
        send_at=row["send_at"],
        sent_at=row["sent_at"],
        expires_at=row["expires_at"],
        code_hash=row["code_hash"] or "",
        registered_entity_id=row["registered_entity_id"] or "",
        first_user=FirstUser(**user) if user else None,
        version=row["version"],
    )


class SqlInvitationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._loaded: dict[str, Invitation] = {}
        self._written: dict[str, dict[str, Any]] = {}  # the row as last read or written
        self._new: set[str] = set()
        self._removed: dict[str, Invitation] = {}
        self._days: dict[tuple[str, date], InvitationDay] = {}
        self._days_written: dict[tuple[str, date], tuple[Any, ...]] = {}

    @property
    def seen(self) -> list[Invitation]:
        return list(self._loaded.values())

    @property
    def days(self) -> list[InvitationDay]:
        return list(self._days.values())

    async def add(self, invitation: Invitation) -> None:
        self._loaded[invitation.invitation_id] = invitation
        self._new.add(invitation.invitation_id)

    async def get(self, invitation_id: str) -> Invitation | None:
        if invitation_id in self._removed:
            return None
        if invitation_id not in self._loaded:
            await self._fetch(_i.invitation_id == invitation_id)
        return self._loaded.get(invitation_id)

    async def remove(self, invitation: Invitation) -> None:
        self._loaded.pop(invitation.invitation_id, None)
        if invitation.invitation_id in self._new:
            self._new.discard(invitation.invitation_id)
        else:
            self._removed[invitation.invitation_id] = invitation

    async def by_code_hash(self, code_hash: str) -> Invitation | None:
        found = [i for i in self._loaded.values() if i.code_hash == code_hash]
        if found:
            return found[0]
        ids = await self._fetch(_i.code_hash == code_hash)
        return self._loaded.get(ids[0]) if ids else None

    async def by_registered_entity(self, entity_id: str) -> Invitation | None:
        found = [i for i in self._loaded.values() if i.registered_entity_id == entity_id]
        if found:
            return found[0]
        ids = await self._fetch(_i.registered_entity_id == entity_id)
        return self._loaded.get(ids[0]) if ids else None

    async def of_day(
        self, inviting_entity_id: str, day: date, status: InvitationStatus
    ) -> list[Invitation]:
        await self._fetch(
            _i.inviting_entity_id == inviting_entity_id,
            _i.confirmed_day == day,
            _i.status == status.value,
        )
        return sorted(
            (
                i
                for i in self._loaded.values()
                if i.inviting_entity_id == inviting_entity_id
                and i.confirmed_day == day
                and i.status is status
            ),
            key=lambda i: i.invitation_id,
        )

    async def list_page(
        self, criteria: InvitationFilter, *, before: str | None, limit: int
    ) -> list[Invitation]:
        conditions = []
        if criteria.inviting_entity_id:
            conditions.append(_i.inviting_entity_id == criteria.inviting_entity_id)
        if criteria.status is not None:
            conditions.append(_i.status == criteria.status.value)
        if before:
            conditions.append(_i.invitation_id < before)
        query = (
            select(invitations).where(*conditions).order_by(_i.invitation_id.desc()).limit(limit)
        )
        rows = (await self._session.execute(query)).mappings().all()
        return [self._keep(row) for row in rows]

    async def email_holders(
        self, keys: Iterable[str], *, except_invitations: Iterable[str] = ()
    ) -> dict[str, str]:
        wanted = sorted(set(keys))
        if not wanted:
            return {}
        excluded = list(except_invitations)
        holders: dict[str, str] = {}
        query = select(_i.email_key).where(_i.email_key.in_(wanted), _i.status.in_(_OPEN))
        if excluded:
            query = query.where(_i.invitation_id.not_in(excluded))
        for key in (await self._session.execute(query)).scalars():
            holders[key] = "invitation"
        for invitation in self._loaded.values():  # changed here, not yet written
            if (
                invitation.email_key in wanted
                and invitation.status in OPEN_STATUSES
                and invitation.invitation_id not in excluded
            ):
                holders[invitation.email_key] = "invitation"
        contact = func.lower(authorities.c.contact_email)
        entities = select(contact).where(contact.in_(wanted))
        for key in (await self._session.execute(entities)).scalars():
            holders[key] = "entity"
        return holders

    async def day(self, inviting_entity_id: str, day: date) -> InvitationDay:
        key = (inviting_entity_id, day)
        if key in self._days:
            return self._days[key]
        await self._session.execute(
            insert(invitation_days)
            .values(
                inviting_entity_id=inviting_entity_id,
                day=day,
                confirmed=0,
                blocked=False,
                released_by="",
            )
            .on_conflict_do_nothing()
        )
        row = (
            (
                await self._session.execute(
                    select(invitation_days)
                    .where(_d.inviting_entity_id == inviting_entity_id, _d.day == day)
                    .with_for_update()
                )
            )
            .mappings()
            .one()
        )
        found = InvitationDay(
            inviting_entity_id,
            day,
            confirmed=row["confirmed"],
            blocked=row["blocked"],
            released_at=row["released_at"],
            released_by=row["released_by"],
        )
        self._days[key] = found
        self._days_written[key] = _day_values(found)
        return found

    async def flush(self) -> None:
        """Insert the new, update the changed, delete the removed; write changed days."""
        for invitation_id, invitation in self._loaded.items():
            row = invitation_row(invitation)
            if invitation_id in self._new:
                await self._session.execute(invitations.insert().values(**row))
            elif row != self._written.get(invitation_id):
                await self._update(invitation, row)
                row = invitation_row(invitation)
            self._written[invitation_id] = row
        self._new.clear()
        for invitation_id in list(self._removed):
            gone = delete(invitations).where(_i.invitation_id == invitation_id)
            await self._session.execute(gone)
            self._written.pop(invitation_id, None)
        self._removed.clear()
        for key, day in self._days.items():
            values = _day_values(day)
            if values != self._days_written.get(key):
                await self._session.execute(
                    update(invitation_days)
                    .where(_d.inviting_entity_id == key[0], _d.day == key[1])
                    .values(
                        confirmed=day.confirmed,
                        blocked=day.blocked,
                        released_at=day.released_at,
                        released_by=day.released_by,
                    )
                )
                self._days_written[key] = values

    async def _update(self, invitation: Invitation, row: dict[str, Any]) -> None:
        result = await self._session.execute(
            update(invitations)
            .where(_i.invitation_id == invitation.invitation_id)
            .where(_i.version == invitation.version)
            .values(**(row | {"version": invitation.version + 1}))
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise ConcurrentChange(invitation.invitation_id)
        invitation.version += 1

    async def _fetch(self, *conditions: Any) -> list[str]:
        rows = (await self._session.execute(select(invitations).where(*conditions))).mappings()
        return [self._keep(row).invitation_id for row in rows.all()]

    def _keep(self, row: Mapping[str, Any]) -> Invitation:
        """The loaded object when this unit of work has it already (it may have changed)."""
        invitation_id = row["invitation_id"]
        if invitation_id in self._removed:
            return self._removed[invitation_id]
        if invitation_id not in self._loaded:
            invitation = to_invitation(row)
            self._loaded[invitation_id] = invitation
            self._written[invitation_id] = invitation_row(invitation)
        return self._loaded[invitation_id]


def _day_values(day: InvitationDay) -> tuple[Any, ...]:
    return (day.confirmed, day.blocked, day.released_at, day.released_by)
