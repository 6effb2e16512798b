"""The entities of the alert workflow as read from `alert_entities`, a read model of the
registry's view (role, mailbox and final-authorisation flags, privileged coordinators).

Stand-in until a registry `GetAuthority`/`ListAuthorities` client (or a consumer of the
registry's events) keeps it: the local stack and the tests fill the table directly.
"""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tramita_alerts.adapters.orm import alert_entities
from tramita_alerts.domain.roles import AlertEntity, EntityRole


def _entity(row) -> AlertEntity:
    return AlertEntity(
        entity_id=row.entity_id,
        country=row.country,
        role=EntityRole(row.role),
        mailbox=row.mailbox,
        final_authorisation=row.final_authorisation,
        privileged_coordinator_ids=frozenset(row.privileged_coordinator_ids),
    )


class SqlEntityDirectory:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def entity(self, entity_id: str) -> AlertEntity | None:
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(alert_entities).where(alert_entities.c.entity_id == entity_id)
                )
            ).first()
        return None if row is None else _entity(row)

    async def mailboxes(self, countries: Iterable[str]) -> dict[str, tuple[str, ...]]:
        wanted = sorted(set(countries))
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(alert_entities.c.entity_id, alert_entities.c.country)
                    .where(alert_entities.c.country.in_(wanted), alert_entities.c.mailbox)
                    .order_by(alert_entities.c.entity_id)
                )
            ).all()
        found: dict[str, tuple[str, ...]] = {country: () for country in wanted}
        for row in rows:
            found[row.country] = (*found[row.country], row.entity_id)
        return found

    async def put(self, entity: AlertEntity) -> None:
        """Record the registry's view of one entity (seeding, tests)."""
        values = {
            "country": entity.country,
            "role": str(entity.role),
            "mailbox": entity.mailbox,
            "final_authorisation": entity.final_authorisation,
            "privileged_coordinator_ids": sorted(entity.privileged_coordinator_ids),
        }
        statement = insert(alert_entities).values(entity_id=entity.entity_id, **values)
        async with self._sessions.begin() as session:
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[alert_entities.c.entity_id], set_=values
                )
            )
