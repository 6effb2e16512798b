"""Authorities in PostgreSQL, with an identity map; changed aggregates are written on flush
(optimistic concurrency on `version`), never committed here."""

from collections import defaultdict
from typing import Any

from sqlalchemy import Text, and_, delete, exists, false, or_, select, update
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_registry.adapters.authority_rows import (
    area_rows,
    authority_row,
    to_authority,
    workflow_rows,
)
from tramita_registry.adapters.orm import authorities, authority_areas, authority_workflows
from tramita_registry.app.ports import AuthorityFilter
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import HIDDEN_STATUSES
from tramita_registry.domain.errors import ConcurrentChange
from tramita_registry.domain.roles import AdminRole
from tramita_registry.domain.statuses import AccessStatus


class SqlAuthorityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._loaded: dict[str, Authority] = {}
        self._new: set[str] = set()

    @property
    def seen(self) -> list[Authority]:
        return list(self._loaded.values())

    async def add(self, authority: Authority) -> None:
        self._loaded[authority.entity_id] = authority
        self._new.add(authority.entity_id)

    async def get(self, entity_id: str) -> Authority | None:
        if entity_id in self._loaded:
            return self._loaded[entity_id]
        found = await self._load([entity_id])
        return found[0] if found else None

    async def nimic_of(self, country: str) -> str | None:
        query = select(authorities.c.entity_id).where(
            authorities.c.country == country,
            authorities.c.horizontal_role == AdminRole.NIMIC.value,
        )
        return (await self._session.execute(query)).scalar()

    async def limic_of(self, area: str, scope: str) -> str | None:
        query = select(authority_areas.c.entity_id).where(
            authority_areas.c.area == area,
            authority_areas.c.limic_scope == scope,
            authority_areas.c.status != AccessStatus.DELETED.value,
        )
        return (await self._session.execute(query)).scalars().first()

    async def list_page(
        self, criteria: AuthorityFilter, *, after: str | None, limit: int
    ) -> list[Authority]:
        query = select(authorities.c.entity_id).where(*_conditions(criteria))
        if after:
            query = query.where(authorities.c.entity_id > after)
        query = query.order_by(authorities.c.entity_id).limit(limit)
        ids = list((await self._session.execute(query)).scalars())
        loaded = {a.entity_id: a for a in await self._load(ids)}
        return [loaded[i] for i in ids]

    async def flush(self) -> None:
        """Insert the new aggregates and update the changed ones (those with events)."""
        for authority in self._loaded.values():
            if authority.entity_id in self._new:
                await self._insert(authority)
            elif authority.events:
                await self._update(authority)
        self._new.clear()

    async def _insert(self, authority: Authority) -> None:
        await self._session.execute(authorities.insert().values(**authority_row(authority)))
        await self._insert_accesses(authority)

    async def _insert_accesses(self, authority: Authority) -> None:
        if areas := area_rows(authority):
            await self._session.execute(authority_areas.insert(), areas)
        if workflows := workflow_rows(authority):
            await self._session.execute(authority_workflows.insert(), workflows)

    async def _update(self, authority: Authority) -> None:
        row = authority_row(authority) | {"version": authority.version + 1}
        result = await self._session.execute(
            update(authorities)
            .where(authorities.c.entity_id == authority.entity_id)
            .where(authorities.c.version == authority.version)
            .values(**row)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise ConcurrentChange(authority.entity_id)
        authority.version += 1
        for table in (authority_workflows, authority_areas):
            await self._session.execute(
                delete(table).where(table.c.entity_id == authority.entity_id)
            )
        await self._insert_accesses(authority)

    async def _load(self, ids: list[str]) -> list[Authority]:
        wanted = [i for i in ids if i not in self._loaded]
        if wanted:
            await self._fetch(wanted)
        return [self._loaded[i] for i in ids if i in self._loaded]

    async def _fetch(self, ids: list[str]) -> None:
        execute = self._session.execute
        rows = (
            await execute(select(authorities).where(authorities.c.entity_id.in_(ids)))
        ).mappings()
        areas, workflows = defaultdict(list), defaultdict(list)
        for area in (
            await execute(select(authority_areas).where(authority_areas.c.entity_id.in_(ids)))
        ).mappings():
            areas[area["entity_id"]].append(area)
        for workflow in (
            await execute(
                select(authority_workflows).where(authority_workflows.c.entity_id.in_(ids))
            )
        ).mappings():
            workflows[workflow["entity_id"]].append(workflow)
        for row in rows.all():
            entity_id = row["entity_id"]
            self._loaded[entity_id] = to_authority(row, areas[entity_id], workflows[entity_id])


def _conditions(criteria: AuthorityFilter) -> list[Any]:
    a = authorities.c
    conditions: list[Any] = []
    if not criteria.see_hidden:
        hidden = [status.value for status in HIDDEN_STATUSES]
        viewer = criteria.viewer_entity_id
        conditions.append(
            or_(
                a.status.not_in(hidden),
                and_(a.validating_coordinator_id == viewer, a.validating_coordinator_id != "")
                if viewer
                else false(),
                a.entity_id == viewer,
            )
        )
    if criteria.country:
        conditions.append(a.country == criteria.country)
    if criteria.status:
        conditions.append(a.status == criteria.status)
    if criteria.role:
        in_area = exists().where(
            authority_areas.c.entity_id == a.entity_id, authority_areas.c.role == criteria.role
        )
        conditions.append(or_(a.horizontal_role == criteria.role, in_area))
    if criteria.competences:
        codes = array(sorted(criteria.competences), type_=Text)
        conditions.append(
            or_(a.general_horizontal, a.nace_codes.has_any(codes), a.policy_areas.has_any(codes))
        )
    if criteria.name:
        conditions.append(
            or_(
                a.official_name.icontains(criteria.name, autoescape=True),
                a.informal_title_pt.icontains(criteria.name, autoescape=True),
                a.informal_title_en.icontains(criteria.name, autoescape=True),
            )
        )
    return conditions
