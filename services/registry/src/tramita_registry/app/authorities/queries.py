"""Read side of competent authorities: one entity, or a filtered page."""

from dataclasses import dataclass

from tramita_registry.app.authorities.common import AuthorityDeps, load, resolve_acting
from tramita_registry.app.ports import AuthorityFilter, Caller
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.reference import NACE_CODES, POLICY_AREA_CODES, related_nace_codes
from tramita_registry.domain.roles import AdminRole
from tramita_registry.domain.statuses import EntityStatus

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


@dataclass(frozen=True, slots=True)
class AuthoritySearch:
    """Criteria combined with AND; `competence` is a NACE code or a policy area."""

    caller: Caller
    country: str = ""
    role: AdminRole | None = None
    status: EntityStatus | None = None
    competence: str = ""
    name: str = ""
    page_size: int = 0
    page_token: str = ""


async def get_authority(caller: Caller, entity_id: str, *, deps: AuthorityDeps) -> Authority:
    async with deps.uow() as work:
        acting = await resolve_acting(work, deps, caller)
        return await load(work, acting, entity_id)


def _competences(code: str) -> frozenset[str]:
    cleaned = code.strip()
    if not cleaned:
        return frozenset()
    if cleaned.upper() in NACE_CODES:
        return related_nace_codes(cleaned.upper())
    if cleaned.lower() in POLICY_AREA_CODES:
        return frozenset({cleaned.lower()})
    raise InvalidField("filter.competence", "competence", f"{code} is no NACE code or policy area")


async def list_authorities(
    search: AuthoritySearch, *, deps: AuthorityDeps
) -> tuple[list[Authority], str | None]:
    """One page ordered by id and the cursor of the next (None at the end)."""
    limit = max(1, min(search.page_size or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE))
    async with deps.uow() as work:
        acting = await resolve_acting(work, deps, search.caller)
        criteria = AuthorityFilter(
            country=search.country.strip().upper(),
            role=search.role.value if search.role else "",
            status=search.status.value if search.status else "",
            competences=_competences(search.competence),
            name=" ".join(search.name.split()),
            viewer_entity_id=acting.entity.entity_id if acting.entity else "",
            see_hidden=acting.platform_admin,
        )
        rows = await work.authorities.list_page(
            criteria, after=search.page_token or None, limit=limit + 1
        )
    page = rows[:limit]
    return page, (page[-1].entity_id if len(rows) > limit else None)
