"""Read side of identity: the caller's organizations, an organization's bonds, delegations,
history and the caller's capabilities. Every read checks the caller's bond first."""

from collections.abc import Callable

from tramita_identity.app.ports import Clock, UnitOfWork
from tramita_identity.app.views import BondView, DelegationView, MyOrganization
from tramita_identity.domain.authorization import Capabilities, capabilities
from tramita_identity.domain.bonds import Role
from tramita_identity.domain.delegations import DelegationState
from tramita_identity.domain.errors import OrganizationNotFound
from tramita_identity.domain.history import HistoryEntry
from tramita_identity.domain.ledger import OrganizationLedger
from tramita_identity.domain.tax_ids import parse_tax_key

MAX_PAGE_SIZE = 100
type Uow = Callable[[], UnitOfWork]


def page_limit(page_size: int) -> int:
    return max(1, min(page_size or 20, MAX_PAGE_SIZE))


async def list_my_organizations(
    person_id: str, *, after: str | None, page_size: int, uow: Uow, clock: Clock
) -> tuple[list[MyOrganization], str | None]:
    """One page of the organizations the person holds a valid bond with, by tax key."""
    limit, now = page_limit(page_size), clock.now()
    found: list[MyOrganization] = []
    async with uow() as work:
        keys = await work.ledgers.organizations_of(person_id, after=after, limit=limit + 1)
        for key in keys[:limit]:
            ledger = await work.ledgers.get(key)
            if ledger is None or ledger.role_of(person_id, now) is Role.NONE:
                continue  # only expired bonds left there
            allowed = capabilities(ledger, organization=key, person_id=person_id, now=now)
            found.append(MyOrganization(key, allowed, tuple(ledger.valid_bonds_of(person_id, now))))
    return found, (keys[limit - 1] if len(keys) > limit else None)


async def list_bonds(
    person_id: str,
    organization_id: str,
    *,
    after: str | None,
    page_size: int,
    uow: Uow,
    clock: Clock,
) -> tuple[list[BondView], str | None]:
    """Representatives see every valid bond, a member its own; by bond id."""
    ledger = await _ledger(organization_id, uow)
    bonds = sorted(ledger.visible_bonds(person_id, clock.now()), key=lambda b: b.bond_id)
    views = [BondView(ledger.organization_id, bond) for bond in bonds]
    return _page(views, lambda v: v.bond.bond_id, after, page_size)


async def list_delegations(
    person_id: str,
    organization_id: str,
    *,
    include_ended: bool,
    after: str | None,
    page_size: int,
    uow: Uow,
    clock: Clock,
) -> tuple[list[DelegationView], str | None]:
    """Representatives see every delegation, a member its own; oldest first."""
    ledger, now = await _ledger(organization_id, uow), clock.now()
    views = [
        DelegationView(ledger.organization_id, d, ledger.state_of(d, now))
        for d in sorted(ledger.visible_delegations(person_id, now), key=lambda d: d.delegation_id)
    ]
    if not include_ended:
        views = [v for v in views if v.state is DelegationState.ACTIVE]
    return _page(views, lambda v: v.delegation.delegation_id, after, page_size)


async def representation_history(
    person_id: str,
    organization_id: str,
    *,
    after: str | None,
    page_size: int,
    uow: Uow,
    clock: Clock,
) -> tuple[list[HistoryEntry], str | None]:
    """The ledger's history, oldest first; legal representatives only."""
    limit = page_limit(page_size)
    organization = parse_tax_key(organization_id).key
    async with uow() as work:
        ledger = await work.ledgers.get(organization)
        if ledger is None:
            raise OrganizationNotFound(organization)
        ledger.require_representative(person_id, clock.now(), "see the representation history")
        entries = await work.ledgers.history_page(organization, after=after, limit=limit + 1)
    page = entries[:limit]
    return page, (page[-1].entry_id if len(entries) > limit else None)


async def get_capabilities(
    person_id: str, organization_id: str, *, uow: Uow, clock: Clock
) -> Capabilities:
    organization = parse_tax_key(organization_id).key
    async with uow() as work:
        ledger = await work.ledgers.get(organization)
    return capabilities(ledger, organization=organization, person_id=person_id, now=clock.now())


async def _ledger(organization_id: str, uow: Uow) -> OrganizationLedger:
    organization = parse_tax_key(organization_id).key
    async with uow() as work:
        ledger = await work.ledgers.get(organization)
    if ledger is None:
        raise OrganizationNotFound(organization)
    return ledger


def _page[T](
    items: list[T], key: Callable[[T], str], after: str | None, page_size: int
) -> tuple[list[T], str | None]:
    limit = page_limit(page_size)
    rest = [item for item in items if after is None or key(item) > after]
    page = rest[:limit]
    return page, (key(page[-1]) if len(rest) > limit else None)
