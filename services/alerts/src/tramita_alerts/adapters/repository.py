"""Alerts in PostgreSQL: one row with a version column (a lost race raises
ConcurrentChange), the provider's data sealed in its own table."""

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_alerts.adapters.orm import alert_numbers, alert_providers, alerts
from tramita_alerts.adapters.sealing import PersonalDataSealer
from tramita_alerts.adapters.snapshot import from_document, to_document
from tramita_alerts.app.errors import ConcurrentChange
from tramita_alerts.domain.checklist import Provider
from tramita_alerts.domain.model import Alert
from tramita_alerts.domain.numbering import AlertNumber

PROVIDER_FIELDS = ("name", "identifier", "address", "natural_person")


class SqlAlertRepository:
    def __init__(self, session: AsyncSession, sealer: PersonalDataSealer) -> None:
        self._session = session
        self._sealer = sealer
        self._loaded: dict[str, int] = {}
        self.seen: dict[str, Alert] = {}

    async def get(self, alert_id: str) -> Alert | None:
        row = (
            await self._session.execute(select(alerts).where(alerts.c.alert_id == alert_id))
        ).first()
        if row is None:
            return None
        alert = await self._hydrate(row)
        self._loaded[alert_id] = alert.version
        return alert

    async def _hydrate(self, row: Any) -> Alert:
        alert = from_document(dict(row.document), version=row.version)
        sealed = (
            await self._session.execute(
                select(alert_providers.c.sealed).where(alert_providers.c.alert_id == row.alert_id)
            )
        ).scalar()
        if sealed is not None:
            values = self._sealer.open(row.alert_id, sealed)
            provider = Provider(
                name=values["name"],
                identifier=values["identifier"],
                address=values["address"],
                natural_person=values["natural_person"] == "true",
            )
            alert.form = replace(alert.form, provider=provider)
        return alert

    def add(self, alert: Alert) -> None:
        self.seen[alert.alert_id] = alert

    async def list_for(
        self, entity_id: str, *, offset: int, limit: int
    ) -> tuple[list[Alert], bool]:
        statement = (
            select(alerts)
            .where(alerts.c.involved_entity_ids.contains([entity_id]))
            .where(alerts.c.state != "DELETED")
            .order_by(alerts.c.created_at.desc(), alerts.c.alert_id)
            .offset(offset)
            .limit(limit + 1)
        )
        rows = (await self._session.execute(statement)).all()
        found = [await self._hydrate(row) for row in rows[:limit]]
        return found, len(rows) > limit

    async def flush(self, now: datetime) -> list[Alert]:
        written = list(self.seen.values())
        for alert in written:
            await self._write(alert, now)
        self.seen.clear()
        return written

    async def _write(self, alert: Alert, now: datetime) -> None:
        values = {
            "number": str(alert.number),
            "state": str(alert.state),
            "launching_entity_id": alert.launching_entity.entity_id,
            "launching_country": alert.launching_country,
            "involved_entity_ids": list(alert.involved_entity_ids()),
            "document": to_document(alert),
            "updated_at": now,
        }
        loaded = self._loaded.get(alert.alert_id)
        if loaded is None:
            await self._session.execute(
                alerts.insert().values(
                    alert_id=alert.alert_id, created_at=alert.created_at, version=1, **values
                )
            )
            alert.version = 1
        else:
            result = await self._session.execute(
                update(alerts)
                .where(alerts.c.alert_id == alert.alert_id, alerts.c.version == loaded)
                .values(version=loaded + 1, **values)
                .returning(alerts.c.version)
            )
            if result.first() is None:
                raise ConcurrentChange(alert.alert_id, loaded, -1)
            alert.version = loaded + 1
        self._loaded[alert.alert_id] = alert.version
        await self._write_provider(alert)

    async def _write_provider(self, alert: Alert) -> None:
        provider = alert.form.provider
        if provider is None:
            await self._session.execute(
                delete(alert_providers).where(alert_providers.c.alert_id == alert.alert_id)
            )
            return
        sealed = self._sealer.seal(
            alert.alert_id,
            {
                "name": provider.name,
                "identifier": provider.identifier,
                "address": provider.address,
                "natural_person": "true" if provider.natural_person else "false",
            },
        )
        statement = insert(alert_providers).values(alert_id=alert.alert_id, sealed=sealed)
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[alert_providers.c.alert_id], set_={"sealed": sealed}
            )
        )


class SqlNumbers:
    """A sequence per year, taken atomically by an upsert (guide §6.3.1.1)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def next(self, year: int) -> AlertNumber:
        statement = insert(alert_numbers).values(year=year, last=1)
        statement = statement.on_conflict_do_update(
            index_elements=[alert_numbers.c.year],
            set_={"last": alert_numbers.c.last + 1},
        ).returning(alert_numbers.c.last)
        last = (await self._session.execute(statement)).scalar_one()
        return AlertNumber(year, int(last))


async def count_alerts(session: AsyncSession) -> int:
    return int((await session.execute(select(func.count()).select_from(alerts))).scalar_one())
