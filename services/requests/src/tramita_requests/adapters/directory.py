"""The entities of the requests workflow as read from `request_entities`, a read model of
the registry's view (country, status, workflow flags, privileged coordinators).

Stand-in until a registry `GetAuthority` client (or a consumer of the registry's events)
keeps it: the local stack's seeding and the tests fill the table through `put`.
"""

from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tramita_requests.adapters.orm import request_entities
from tramita_requests.domain.actors import EntityFacts

_COLUMNS = ("entity_id", "country", "active", "privileged_coordinator_ids")


class SqlEntityDirectory:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def entity(self, entity_id: str) -> EntityFacts | None:
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(request_entities).where(request_entities.c.entity_id == entity_id)
                )
            ).first()
        if row is None:
            return None
        return EntityFacts(
            entity_id=row.entity_id,
            country=row.country,
            active=row.active,
            privileged_coordinator_ids=tuple(row.privileged_coordinator_ids),
            **row.flags,
        )

    async def put(self, facts: EntityFacts) -> None:
        """Record the registry's view of one entity (seeding, tests)."""
        flags = {k: v for k, v in asdict(facts).items() if k not in _COLUMNS}
        values = {
            "country": facts.country,
            "active": facts.active,
            "flags": flags,
            "privileged_coordinator_ids": list(facts.privileged_coordinator_ids),
        }
        statement = insert(request_entities).values(entity_id=facts.entity_id, **values)
        async with self._sessions.begin() as session:
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[request_entities.c.entity_id], set_=values
                )
            )
