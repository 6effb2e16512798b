"""Representation ledgers in PostgreSQL: one row per organization (its version), its bonds,
delegations and history. Loaded whole; stored on commit when changed (version-checked)."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_identity.adapters.ledger_rows import (
    bond_of,
    bond_row,
    delegation_of,
    delegation_row,
    entry_of,
    entry_row,
)
from tramita_identity.adapters.orm import bonds, delegations, organization_ledgers
from tramita_identity.adapters.orm import representation_history as history
from tramita_identity.domain.errors import ConcurrentChange
from tramita_identity.domain.history import HistoryEntry
from tramita_identity.domain.ledger import OrganizationLedger


class SqlLedgerRepository:
    def __init__(self, session: AsyncSession, *, new_id: Callable[[], str]) -> None:
        self._session = session
        self._new_id = new_id
        self.seen: list[OrganizationLedger] = []

    async def get(self, organization_id: str) -> OrganizationLedger | None:
        known = next((x for x in self.seen if x.organization_id == organization_id), None)
        if known is not None:
            return known
        query = select(organization_ledgers.c.version).where(
            organization_ledgers.c.organization_id == organization_id
        )
        version = (await self._session.execute(query)).scalar_one_or_none()
        if version is None:
            return None
        ledger = OrganizationLedger(
            organization_id,
            bonds=[bond_of(r) for r in await self._rows(bonds, organization_id, "bond_id")],
            delegations=[
                delegation_of(r)
                for r in await self._rows(delegations, organization_id, "delegation_id")
            ],
            version=version,
        )
        self.seen.append(ledger)
        return ledger

    async def add(self, ledger: OrganizationLedger) -> None:
        self.seen.append(ledger)

    async def organizations_of(
        self, person_id: str, *, after: str | None = None, limit: int | None = None
    ) -> list[str]:
        query = (
            select(bonds.c.organization_id)
            .where(bonds.c.person_id == person_id, bonds.c.ended_at.is_(None))
            .distinct()
            .order_by(bonds.c.organization_id)
            .limit(limit)
        )
        if after:
            query = query.where(bonds.c.organization_id > after)
        return list((await self._session.execute(query)).scalars())

    async def with_pending(self, national_id: str) -> list[str]:
        query = (
            select(bonds.c.organization_id)
            .where(bonds.c.person_id == "", bonds.c.national_id == national_id)
            .where(bonds.c.ended_at.is_(None))
            .distinct()
        )
        return sorted((await self._session.execute(query)).scalars())

    async def history_page(
        self, organization_id: str, *, after: str | None, limit: int
    ) -> list[HistoryEntry]:
        query = (
            select(history)
            .where(history.c.organization_id == organization_id)
            .order_by(history.c.entry_id)
            .limit(limit)
        )
        if after:
            query = query.where(history.c.entry_id > after)
        return [entry_of(row) for row in (await self._session.execute(query)).mappings()]

    async def save_changes(self) -> None:
        for ledger in self.seen:
            if ledger.version == 0 or ledger.new_history:
                await self._save(ledger)

    async def _save(self, ledger: OrganizationLedger) -> None:
        await self._bump_version(ledger)
        key = ledger.organization_id
        if ledger.bonds:
            rows = [bond_row(key, bond) for bond in ledger.bonds]
            await self._upsert(bonds, "bond_id", rows)
        if ledger.delegations:
            rows = [delegation_row(key, d) for d in ledger.delegations]
            await self._upsert(delegations, "delegation_id", rows)
        if ledger.new_history:
            rows = [entry_row(key, self._new_id(), entry) for entry in ledger.new_history]
            await self._session.execute(history.insert(), rows)
            ledger.new_history.clear()

    async def _bump_version(self, ledger: OrganizationLedger) -> None:
        table, key = organization_ledgers, ledger.organization_id
        if ledger.version == 0:
            await self._session.execute(table.insert().values(organization_id=key, version=1))
        else:
            statement = (
                update(table)
                .where(table.c.organization_id == key, table.c.version == ledger.version)
                .values(version=ledger.version + 1)
            )
            if (await self._session.execute(statement)).rowcount != 1:
                raise ConcurrentChange(f"the representation ledger of {key}")
        ledger.version += 1

    async def _upsert(self, table: Any, key: str, rows: list[dict[str, Any]]) -> None:
        statement = insert(table).values(rows)
        changed = {c: statement.excluded[c] for c in rows[0] if c != key}
        await self._session.execute(
            statement.on_conflict_do_update(index_elements=[key], set_=changed)
        )

    async def _rows(self, table: Any, organization_id: str, order: str) -> list[Any]:
        query = select(table).where(table.c.organization_id == organization_id)
        return list((await self._session.execute(query.order_by(table.c[order]))).mappings())
