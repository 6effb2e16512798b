"""Read side of the registry."""

from collections.abc import Callable

from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.errors import OrganizationNotFound
from tramita_registry.domain.model import Organization

MAX_PAGE_SIZE = 100


async def get_organization(organization_id: str, *, uow: Callable[[], UnitOfWork]) -> Organization:
    async with uow() as work:
        organization = await work.organizations.get(organization_id)
    if organization is None:
        raise OrganizationNotFound(organization_id)
    return organization


async def list_organizations(
    *, after: str | None, page_size: int, uow: Callable[[], UnitOfWork]
) -> tuple[list[Organization], str | None]:
    """One page ordered by id, and the cursor of the next page (None at the end)."""
    limit = max(1, min(page_size or 20, MAX_PAGE_SIZE))
    async with uow() as work:
        rows = await work.organizations.list_page(after=after, limit=limit + 1)
    page = rows[:limit]
    return page, (page[-1].organization_id if len(rows) > limit else None)
