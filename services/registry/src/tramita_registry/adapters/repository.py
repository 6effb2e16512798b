"""Organizations in PostgreSQL; remembers the aggregates it handed out so their events get out."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_registry.adapters.orm import organizations
from tramita_registry.domain.contact import ContactPoint
from tramita_registry.domain.model import Organization
from tramita_registry.domain.tax_ids import TaxId, TaxIdScheme


class SqlOrganizationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self.seen: list[Organization] = []

    async def add(self, organization: Organization) -> None:
        await self._session.execute(organizations.insert().values(**_row(organization)))
        self.seen.append(organization)

    async def get(self, organization_id: str) -> Organization | None:
        return await self._one(organizations.c.organization_id == organization_id)

    async def get_by_tax_key(self, tax_key: str) -> Organization | None:
        return await self._one(organizations.c.tax_key == tax_key)

    async def list_page(self, *, after: str | None, limit: int) -> list[Organization]:
        query = select(organizations).order_by(organizations.c.organization_id).limit(limit)
        if after:
            query = query.where(organizations.c.organization_id > after)
        rows = (await self._session.execute(query)).mappings().all()
        return [_organization(row) for row in rows]

    async def _one(self, condition: Any) -> Organization | None:
        row = (await self._session.execute(select(organizations).where(condition))).mappings()
        found = row.first()
        if found is None:
            return None
        organization = _organization(found)
        self.seen.append(organization)
        return organization


def _row(organization: Organization) -> dict[str, Any]:
    tax_id = organization.tax_id
    return {
        "organization_id": organization.organization_id,
        "tax_scheme": tax_id.scheme.value,
        "tax_value": tax_id.value,
        "tax_country": tax_id.country,
        "tax_key": tax_id.key,
        "name": organization.name,
        "registered_at": organization.registered_at,
        "contact_email": organization.contact.email,
        "preferred_language": organization.contact.language,
        "registered_by": organization.registered_by,
        "version": organization.version,
    }


def _organization(row: Any) -> Organization:
    tax_id = TaxId(TaxIdScheme(row["tax_scheme"]), row["tax_value"], row["tax_country"])
    return Organization(
        organization_id=row["organization_id"],
        tax_id=tax_id,
        name=row["name"],
        registered_at=row["registered_at"],
        contact=ContactPoint(row["contact_email"], row["preferred_language"]),
        registered_by=row["registered_by"],
        version=row["version"],
    )
