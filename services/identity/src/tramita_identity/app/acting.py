"""Acting-as (docs/adr/0008-acting-as.md): the organization the caller acts for, named on
the call (metadata `x-acting-for`), chosen earlier (SetActingFor), or the caller's only
organization. Every answer checks the bond now: a bond that ended ends the acting."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from tramita_identity.app.ports import Clock, UnitOfWork
from tramita_identity.domain.authorization import Capabilities, capabilities
from tramita_identity.domain.bonds import Role
from tramita_identity.domain.errors import OrganizationNotFound
from tramita_identity.domain.tax_ids import parse_tax_key

type Uow = Callable[[], UnitOfWork]
HEADER, CHOSEN, ONLY = "header", "chosen", "only"


@dataclass(frozen=True, slots=True)
class ActsFor:
    """`actor_person_id` acts for `capabilities.organization_id` (RFC 8693 `act`-style)."""

    actor_person_id: str
    capabilities: Capabilities
    source: str

    @property
    def organization_id(self) -> str:
        return self.capabilities.organization_id


async def acting_for(person_id: str, *, named: str, uow: Uow, clock: Clock) -> ActsFor | None:
    """The organization named on the call (NOT_FOUND without a valid bond), else the chosen
    one while its bond holds, else the only organization the person holds a bond with."""
    now = clock.now()
    async with uow() as work:
        if named.strip():
            organization = parse_tax_key(named, field="x-acting-for").key
            return ActsFor(person_id, await _allowed(work, person_id, organization, now), HEADER)
        chosen = await work.acting.get(person_id)
        if chosen is not None:
            try:
                return ActsFor(person_id, await _allowed(work, person_id, chosen, now), CHOSEN)
            except OrganizationNotFound:
                pass  # the bond ended since: fall back
        mine = []
        for key in await work.ledgers.organizations_of(person_id, limit=10):
            ledger = await work.ledgers.get(key)
            if ledger is not None and ledger.role_of(person_id, now) is not Role.NONE:
                mine.append(key)
        if len(mine) == 1:
            return ActsFor(person_id, await _allowed(work, person_id, mine[0], now), ONLY)
    return None


async def set_acting_for(
    person_id: str, organization_id: str, *, uow: Uow, clock: Clock
) -> ActsFor | None:
    """Choose the organization (NOT_FOUND without a valid bond); "" clears the choice."""
    now = clock.now()
    async with uow() as work:
        if not organization_id.strip():
            await work.acting.clear(person_id)
            await work.commit()
            return None
        organization = parse_tax_key(organization_id).key
        allowed = await _allowed(work, person_id, organization, now)
        await work.acting.choose(person_id, organization, now)
        await work.commit()
    return ActsFor(person_id, allowed, CHOSEN)


async def _allowed(
    work: UnitOfWork, person_id: str, organization: str, now: datetime
) -> Capabilities:
    ledger = await work.ledgers.get(organization)
    return capabilities(ledger, organization=organization, person_id=person_id, now=now)
