"""Every authenticated call starts here: the caller's person and the company bonds its login
asserts are brought up to date (written only when something changed)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from tramita_identity.app.ports import Clock, IdGenerator, UnitOfWork
from tramita_identity.domain.bonds import GOVBR
from tramita_identity.domain.errors import ConcurrentChange
from tramita_identity.domain.ledger import OrganizationLedger
from tramita_identity.domain.login import Login
from tramita_identity.domain.login_bonds import (
    claim_pending_bonds,
    end_unasserted_bonds,
    record_asserted_bond,
)
from tramita_identity.domain.persons import Person


@dataclass(frozen=True, slots=True)
class Actor:
    """The caller of a command: a person, or a service (which has no person record)."""

    person_id: str
    national_id: str = ""
    is_service: bool = False


async def sync_login(
    login: Login, *, uow: Callable[[], UnitOfWork], clock: Clock, new_id: IdGenerator
) -> Actor:
    """Upsert the person and its asserted bonds; a lost race (first login twice) is retried."""
    if login.is_service:
        return Actor(login.person_id, is_service=True)
    try:
        await _sync(login, uow=uow, clock=clock, new_id=new_id)
    except ConcurrentChange:
        await _sync(login, uow=uow, clock=clock, new_id=new_id)
    return Actor(login.person_id, login.profile.national_id)


async def _sync(
    login: Login, *, uow: Callable[[], UnitOfWork], clock: Clock, new_id: IdGenerator
) -> None:
    now = clock.now()
    national_id = login.profile.national_id
    async with uow() as work:
        person = await work.persons.get(login.person_id)
        if person is None:
            person = Person.register(person_id=login.person_id, profile=login.profile, now=now)
            await work.persons.add(person)
            new_national_id = bool(national_id)
        else:
            new_national_id = bool(national_id) and national_id != person.profile.national_id
            person.refresh(login.profile, now=now)
        if new_national_id:
            await _claim_pending(work, login, now)
        if person.note_bonds(login.bonds_digest):
            await _reconcile_bonds(work, login, now, new_id)
        await work.commit()


async def _claim_pending(work: UnitOfWork, login: Login, now: datetime) -> None:
    national_id = login.profile.national_id
    for organization in await work.ledgers.with_pending(national_id):
        ledger = await work.ledgers.get(organization)
        if ledger is not None:
            claim_pending_bonds(ledger, national_id=national_id, person_id=login.person_id, now=now)


async def _reconcile_bonds(
    work: UnitOfWork, login: Login, now: datetime, new_id: IdGenerator
) -> None:
    """Record the asserted bonds; with `cnpj_bonds`, end the gov.br bonds it no longer lists."""
    organizations = {bond.organization_id for bond in login.bonds}
    if login.govbr_bonds_asserted:
        organizations |= set(await work.ledgers.organizations_of(login.person_id))
    for organization in sorted(organizations):
        ledger = await _open_ledger(work, organization)
        asserted = [b for b in login.bonds if b.organization_id == organization]
        for bond in asserted:
            record_asserted_bond(
                ledger,
                bond,
                person_id=login.person_id,
                national_id=login.profile.national_id,
                now=now,
                new_id=new_id,
            )
        if login.govbr_bonds_asserted:
            kinds = {b.kind for b in asserted if b.source == GOVBR}
            end_unasserted_bonds(
                ledger, person_id=login.person_id, source=GOVBR, asserted_kinds=kinds, now=now
            )


async def _open_ledger(work: UnitOfWork, organization: str) -> OrganizationLedger:
    ledger = await work.ledgers.get(organization)
    if ledger is None:
        ledger = OrganizationLedger(organization)
        await work.ledgers.add(ledger)
    return ledger
