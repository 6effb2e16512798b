"""The directory, with contact points fetched from identity when it lacks them.

Contact points are personal data owned by identity: events never carry them. The
directory keeps a sealed copy, refreshed when identity announces a change and filled on
first need here, so a person whose announcement was missed is still reached.
"""

from __future__ import annotations

from datetime import datetime

from tramita_notifications.app.ports import ContactSource, Directory, DirectoryWriter
from tramita_notifications.domain.model import Contact

__all__ = ["RefreshingDirectory"]


class RefreshingDirectory:
    """Directory port: reads the local directory, asks identity for missing addresses."""

    def __init__(
        self,
        directory: Directory,
        writer: DirectoryWriter,
        contacts: ContactSource,
        *,
        now: datetime,
    ) -> None:
        self._directory = directory
        self._writer = writer
        self._contacts = contacts
        self._now = now

    async def person(self, person_id: str) -> Contact | None:
        found = await self._directory.person(person_id)
        if found is not None and (found.email or found.phone):
            return found
        await self._fetch([person_id])
        return await self._directory.person(person_id)

    async def profile_holders(self, entity_id: str, profile: str, workflow: str) -> list[Contact]:
        holders = await self._directory.profile_holders(entity_id, profile, workflow)
        missing = [h.person_id for h in holders if not (h.email or h.phone)]
        if not missing:
            return holders
        await self._fetch(missing)
        return await self._directory.profile_holders(entity_id, profile, workflow)

    async def entity_contact(self, entity_id: str) -> Contact | None:
        return await self._directory.entity_contact(entity_id)

    async def uses_allocation(self, entity_id: str, workflow: str) -> bool:
        return await self._directory.uses_allocation(entity_id, workflow)

    async def _fetch(self, person_ids: list[str]) -> None:
        points = await self._contacts.contact_points(person_ids)
        for person_id, point in points.items():
            await self._writer.upsert_person(
                person_id,
                email=point.email,
                phone=point.phone,
                language=point.language,
                event_time=self._now,
            )
