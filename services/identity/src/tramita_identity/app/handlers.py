"""Use cases of the representation ledger: one command, one handler, one transaction.

A repeated idempotency key returns the first call's result (read again from the ledger).
"""

from collections.abc import Callable

from tramita_identity.app.commands import (
    Command,
    GrantDelegation,
    LinkMember,
    MemberRef,
    RenounceDelegation,
    RevokeDelegation,
    UnlinkMember,
    fingerprint,
    scoped_key,
)
from tramita_identity.app.consents import require_portal_consent
from tramita_identity.app.ports import Clock, IdGenerator, UnitOfWork
from tramita_identity.app.views import BondView, DelegationView, Unlinked
from tramita_identity.domain import representation
from tramita_identity.domain.bonds import Bond, Role
from tramita_identity.domain.delegations import Delegation, valid_process_types
from tramita_identity.domain.errors import InvalidField, MemberNotFound, OrganizationNotFound
from tramita_identity.domain.ledger import OrganizationLedger, PersonKey
from tramita_identity.domain.national_ids import parse_national_id
from tramita_identity.domain.tax_ids import parse_tax_key

type Uow = Callable[[], UnitOfWork]


async def link_member(
    command: LinkMember, *, uow: Uow, clock: Clock, new_id: IdGenerator
) -> BondView:
    organization = parse_tax_key(command.organization_id).key
    member = member_key(command.member)
    async with uow() as work:
        ledger = await _ledger(work, organization)
        if (earlier := await _recall(work, command)) is not None:
            return BondView(organization, _bond(ledger, earlier))
        await _consented(work, ledger, command.actor, "link members", clock)
        member = await _known_person(work, member)
        bond = representation.link_member(
            ledger, actor=command.actor, member=member, bond_id=new_id(), now=clock.now()
        )
        await _remember(work, command, bond.bond_id)
        await work.commit()
    return BondView(organization, bond)


async def unlink_member(command: UnlinkMember, *, uow: Uow, clock: Clock) -> Unlinked:
    organization = parse_tax_key(command.organization_id).key
    member = member_key(command.member)
    async with uow() as work:
        ledger = await _ledger(work, organization)
        if (earlier := await _recall(work, command)) is not None:
            bond_id, *revoked_ids = earlier.split()
            revoked = [ledger.delegation(d) for d in revoked_ids]
            return _unlinked(ledger, _bond(ledger, bond_id), revoked, clock)
        bond, revoked = representation.unlink_member(
            ledger, actor=command.actor, member=member, now=clock.now()
        )
        result = " ".join([bond.bond_id, *(d.delegation_id for d in revoked)])
        await _remember(work, command, result)
        await work.commit()
    return _unlinked(ledger, bond, revoked, clock)


async def grant_delegation(
    command: GrantDelegation, *, uow: Uow, clock: Clock, new_id: IdGenerator
) -> DelegationView:
    organization = parse_tax_key(command.organization_id).key
    member = member_key(command.member)
    process_types = valid_process_types(command.process_types)
    async with uow() as work:
        ledger = await _ledger(work, organization)
        if (earlier := await _recall(work, command)) is not None:
            return _view(ledger, ledger.delegation(earlier), clock)
        await _consented(work, ledger, command.actor, "delegate processes", clock)
        delegation = representation.grant_delegation(
            ledger,
            actor=command.actor,
            member=member,
            process_types=process_types,
            expires_at=command.expires_at,
            delegation_id=new_id(),
            now=clock.now(),
        )
        await _remember(work, command, delegation.delegation_id)
        await work.commit()
    return _view(ledger, delegation, clock)


async def revoke_delegation(command: RevokeDelegation, *, uow: Uow, clock: Clock) -> DelegationView:
    return await _end_delegation(command, representation.revoke_delegation, uow=uow, clock=clock)


async def renounce_delegation(
    command: RenounceDelegation, *, uow: Uow, clock: Clock
) -> DelegationView:
    return await _end_delegation(command, representation.renounce_delegation, uow=uow, clock=clock)


async def _end_delegation(
    command: RevokeDelegation | RenounceDelegation,
    end: Callable[..., Delegation],
    *,
    uow: Uow,
    clock: Clock,
) -> DelegationView:
    organization = parse_tax_key(command.organization_id).key
    async with uow() as work:
        ledger = await _ledger(work, organization)
        if await _recall(work, command) is not None:
            return _view(ledger, ledger.delegation(command.delegation_id), clock)
        delegation = end(
            ledger, actor=command.actor, delegation_id=command.delegation_id, now=clock.now()
        )
        await _remember(work, command, delegation.delegation_id)
        await work.commit()
    return _view(ledger, delegation, clock)


async def _consented(
    work: UnitOfWork, ledger: OrganizationLedger, actor: str, action: str, clock: Clock
) -> None:
    """A person with a bond acts for the company only with a current portal consent (no
    bond: the ledger's own check answers NOT_FOUND, so nothing leaks)."""
    if ledger.role_of(actor, clock.now()) is not Role.NONE:
        await require_portal_consent(work, actor, action)


def member_key(member: MemberRef) -> PersonKey:
    """Validate the reference: exactly one of person id and national id."""
    if bool(member.person_id) == bool(member.national_id):
        raise InvalidField("member", "one_of", "name the member by person_id or by national_id")
    if member.person_id:
        return PersonKey(person_id=member.person_id.strip())
    return PersonKey(national_id=parse_national_id(member.national_id, field="member.national_id"))


async def _known_person(work: UnitOfWork, member: PersonKey) -> PersonKey:
    """Both ids of the member when the person has logged in already (else national id only)."""
    if member.person_id:
        person = await work.persons.get(member.person_id)
        if person is None:
            raise MemberNotFound(member.person_id)
        return PersonKey(person.person_id, person.profile.national_id)
    person = await work.persons.find_by_national_id(member.national_id)
    return PersonKey(person.person_id if person else "", member.national_id)


async def _ledger(work: UnitOfWork, organization: str) -> OrganizationLedger:
    ledger = await work.ledgers.get(organization)
    if ledger is None:
        raise OrganizationNotFound(organization)
    return ledger


def _view(ledger: OrganizationLedger, delegation: Delegation, clock: Clock) -> DelegationView:
    return DelegationView(
        ledger.organization_id, delegation, ledger.state_of(delegation, clock.now())
    )


def _unlinked(
    ledger: OrganizationLedger, bond: Bond, revoked: list[Delegation], clock: Clock
) -> Unlinked:
    views = tuple(_view(ledger, d, clock) for d in revoked)
    return Unlinked(BondView(ledger.organization_id, bond), views)


def _bond(ledger: OrganizationLedger, bond_id: str) -> Bond:
    return next(b for b in ledger.bonds if b.bond_id == bond_id)


async def _recall(work: UnitOfWork, command: Command) -> str | None:
    if not command.idempotency_key:
        return None
    return await work.idempotency.recall(key=scoped_key(command), fingerprint=fingerprint(command))


async def _remember(work: UnitOfWork, command: Command, result: str) -> None:
    if command.idempotency_key:
        await work.idempotency.remember(
            key=scoped_key(command), fingerprint=fingerprint(command), result=result
        )
