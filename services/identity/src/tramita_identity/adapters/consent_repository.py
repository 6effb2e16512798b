"""Consents and acting choices in PostgreSQL. Consents are inserted once and updated only
to record a withdrawal; nothing here deletes them."""

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_identity.adapters.orm import acting_choices, consents
from tramita_identity.domain.consents import Consent


class SqlConsentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self.seen: list[Consent] = []
        self._stored: set[str] = set()

    async def of_person(self, person_id: str) -> list[Consent]:
        """Every consent of the person, newest first."""
        query = (
            select(consents)
            .where(consents.c.person_id == person_id)
            .order_by(consents.c.given_at.desc(), consents.c.consent_id.desc())
        )
        rows = (await self._session.execute(query)).mappings().all()
        return [self._known(row) for row in rows]

    async def get(self, consent_id: str) -> Consent | None:
        query = select(consents).where(consents.c.consent_id == consent_id)
        row = (await self._session.execute(query)).mappings().first()
        return None if row is None else self._known(row)

    async def add(self, consent: Consent) -> None:
        self.seen.append(consent)

    async def save_changes(self) -> None:
        for consent in self.seen:
            if not consent.changed:
                continue
            if consent.consent_id in self._stored:
                await self._session.execute(
                    update(consents)
                    .where(consents.c.consent_id == consent.consent_id)
                    .values(withdrawn_at=consent.withdrawn_at)
                )
            else:
                await self._session.execute(consents.insert().values(**_row(consent)))
                self._stored.add(consent.consent_id)
            consent.changed = False

    def _known(self, row: Any) -> Consent:
        known = next((c for c in self.seen if c.consent_id == row["consent_id"]), None)
        if known is not None:
            return known
        consent = Consent(
            consent_id=row["consent_id"],
            person_id=row["person_id"],
            service=row["service"],
            items=tuple(row["items"]),
            text_version=row["text_version"],
            given_at=row["given_at"],
            withdrawn_at=row["withdrawn_at"],
        )
        self._stored.add(consent.consent_id)
        self.seen.append(consent)
        return consent


def _row(consent: Consent) -> dict[str, Any]:
    return {
        "consent_id": consent.consent_id,
        "person_id": consent.person_id,
        "service": consent.service,
        "items": list(consent.items),
        "text_version": consent.text_version,
        "given_at": consent.given_at,
        "withdrawn_at": consent.withdrawn_at,
    }


class SqlActingChoices:
    """The organization each person chose to act for (one row per person)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, person_id: str) -> str | None:
        query = select(acting_choices.c.organization_id).where(
            acting_choices.c.person_id == person_id
        )
        return (await self._session.execute(query)).scalar_one_or_none()

    async def choose(self, person_id: str, organization_id: str, at: datetime) -> None:
        statement = insert(acting_choices).values(
            person_id=person_id, organization_id=organization_id, chosen_at=at
        )
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[acting_choices.c.person_id],
                set_={"organization_id": organization_id, "chosen_at": at},
            )
        )

    async def clear(self, person_id: str) -> None:
        await self._session.execute(
            delete(acting_choices).where(acting_choices.c.person_id == person_id)
        )
