"""Read side of invitations: one, a page, and the template."""

from dataclasses import dataclass

from tramita_registry.app.authorities.common import resolve_acting
from tramita_registry.app.invitations.common import InvitationDeps, visible
from tramita_registry.app.ports import Caller, InvitationFilter
from tramita_registry.domain.errors import Forbidden
from tramita_registry.domain.invitations import Invitation, InvitationStatus

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


@dataclass(frozen=True, slots=True)
class InvitationSearch:
    caller: Caller
    status: InvitationStatus | None = None
    inviting_entity_id: str = ""
    page_size: int = 0
    page_token: str = ""


async def get_invitation(caller: Caller, invitation_id: str, *, deps: InvitationDeps) -> Invitation:
    async with deps.uow() as work:
        acting = await resolve_acting(work, deps.base, caller)
        return visible(acting, await work.invitations.get(invitation_id), invitation_id)


async def list_invitations(
    search: InvitationSearch, *, deps: InvitationDeps
) -> tuple[list[Invitation], str | None]:
    """Newest first; an entity sees its own, a platform administrator (acting for no
    entity) every entity's or one entity's."""
    limit = max(1, min(search.page_size or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE))
    async with deps.uow() as work:
        acting = await resolve_acting(work, deps.base, search.caller)
        if acting.entity is not None:
            whose = acting.entity.entity_id
        elif acting.platform_admin:
            whose = search.inviting_entity_id.strip()
        else:
            raise Forbidden("list invitations", "ACTING_ENTITY_REQUIRED")
        criteria = InvitationFilter(inviting_entity_id=whose, status=search.status)
        rows = await work.invitations.list_page(
            criteria, before=search.page_token or None, limit=limit + 1
        )
    page = rows[:limit]
    return page, (page[-1].invitation_id if len(rows) > limit else None)
