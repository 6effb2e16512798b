"""Identity on real PostgreSQL: the migration matches the tables, repositories round-trip
the ledger, events land in the outbox with the change, races are refused."""

import asyncio
import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from tramita.identity.events.v1 import events_pb2
from tramita_identity.adapters.orm import metadata
from tramita_identity.app.authorize import AuthorizeQuestion, authorize
from tramita_identity.app.commands import GrantDelegation, LinkMember, MemberRef, RevokeDelegation
from tramita_identity.app.consents import give_consent
from tramita_identity.app.handlers import grant_delegation, link_member, revoke_delegation
from tramita_identity.app.login_sync import Actor, sync_login
from tramita_identity.app.queries import list_my_organizations, representation_history
from tramita_identity.domain.consents import ITEMS, PORTAL, PORTAL_TERMS
from tramita_identity.domain.delegations import DelegationState
from tramita_identity.domain.errors import ConcurrentChange
from tramita_identity.domain.history import HistoryAction
from tramita_identity.domain.login import read_login
from tramita_identity.domain.representation import revoke_delegation as revoke_in_ledger
from tramita_platform.events import decode, unpack
from tramita_platform.ids import new_id

pytestmark = pytest.mark.integration

ACME = "BR:CNPJ:11222333000181"
BETA = "BR:CNPJ:11444777000161"
PET = "metrology-work-request"


async def login(uow, clock, subject: str, *, consent: bool = True, **claims: object) -> Actor:
    """Sync the person from token claims; by default it answers the portal's consent too."""
    token = {"sub": subject, "name": subject.title(), "email": f"{subject}@example.org", **claims}
    found = read_login(token, subject=subject, username=subject)
    actor = await sync_login(found, uow=uow, clock=clock, new_id=new_id)
    if consent:
        version = PORTAL_TERMS.text_version
        await give_consent(
            subject, PORTAL, list(ITEMS), version, uow=uow, clock=clock, new_id=new_id
        )
    return actor


async def outbox(engine) -> list:
    async with engine.connect() as conn:
        rows = await conn.execute(text("SELECT envelope, key FROM outbox ORDER BY id"))
        return [(decode(bytes(row.envelope)), row.key) for row in rows]


async def test_the_migration_creates_exactly_the_mapped_tables(engine) -> None:
    async with engine.connect() as conn:
        diff = await conn.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), metadata)
        )
    assert diff == []


async def test_first_login_stores_the_person_bonds_and_events_together(engine, uow, clock) -> None:
    bonds = json.dumps([{"cnpj": "11444777000161", "vinculo": "contador"}])
    await login(
        uow,
        clock,
        "rita",
        consent=False,
        cpf="111.444.777-35",
        certificate_cnpj="11222333000181",
        cnpj_bonds=bonds,
    )
    events = await outbox(engine)
    assert [(e.type, key, e.subject) for e, key in events] == [
        ("tramita.identity.PersonRegistered.v1", "rita", "rita"),
        ("tramita.identity.PersonContactChanged.v1", "rita", "rita"),
    ]
    contact = unpack(events[1][0], events_pb2.PersonContactChanged)
    # The event names the person and the language, never the contact points.
    assert (contact.email, contact.phone, contact.preferred_language) == ("", "", "pt-BR")
    async with uow() as work:
        person = await work.persons.find_by_national_id("BR:CPF:11144477735")
        assert person is not None and person.version == 1
        assert await work.ledgers.organizations_of("rita") == [ACME, BETA]
        assert await work.ledgers.organizations_of("rita", after=ACME, limit=1) == [BETA]
    await login(
        uow,
        clock,
        "rita",
        consent=False,
        cpf="111.444.777-35",
        certificate_cnpj="11222333000181",
        cnpj_bonds=bonds,
    )
    assert len(await outbox(engine)) == 2  # nothing changed, nothing written


async def test_ledger_round_trip_with_delegation_events_and_history(engine, uow, clock) -> None:
    await login(
        uow, clock, "rita", certificate_cnpj="11222333000181", certificate_not_after=2_000_000_000
    )
    link = LinkMember("rita", ACME, MemberRef(national_id="CPF:529.982.247-25"), "k-link")
    pending = await link_member(link, uow=uow, clock=clock, new_id=new_id)
    assert pending.bond.person_id == ""
    async with uow() as work:
        assert await work.ledgers.with_pending("BR:CPF:52998224725") == [ACME]
    await login(uow, clock, "mario", cpf="52998224725")
    command = GrantDelegation("rita", ACME, MemberRef(person_id="mario"), (PET,), None, "k-1")
    granted = await grant_delegation(command, uow=uow, clock=clock, new_id=new_id)
    again = await grant_delegation(command, uow=uow, clock=clock, new_id=new_id)
    assert again.delegation == granted.delegation
    assert granted.delegation.expires_at.timestamp() == 2_000_000_000  # capped by the certificate
    revoke = RevokeDelegation("rita", ACME, granted.delegation.delegation_id)
    revoked = await revoke_delegation(revoke, uow=uow, clock=clock)
    assert revoked.state is DelegationState.REVOKED

    delegation_events = [(e, key) for e, key in await outbox(engine) if "Delegation" in e.type]
    assert [(e.type, e.organization, key) for e, key in delegation_events] == [
        ("tramita.identity.DelegationGranted.v1", ACME, granted.delegation.delegation_id),
        ("tramita.identity.DelegationRevoked.v1", ACME, granted.delegation.delegation_id),
    ]
    payload = unpack(delegation_events[0][0], events_pb2.DelegationGranted)
    assert (payload.member_person_id, list(payload.process_types)) == ("mario", [PET])

    async with uow() as work:
        ledger = await work.ledgers.get(ACME)
    assert ledger.version == 5  # certificate, link, claim, grant, revoke
    assert ledger.delegation(granted.delegation.delegation_id).process_types == (PET,)
    entries, _ = await representation_history(
        "rita", ACME, after=None, page_size=10, uow=uow, clock=clock
    )
    assert [e.action for e in entries] == [
        HistoryAction.BOND_RECORDED,
        HistoryAction.MEMBER_LINKED,
        HistoryAction.BOND_CLAIMED,
        HistoryAction.DELEGATION_GRANTED,
        HistoryAction.DELEGATION_REVOKED,
    ]
    found, _ = await list_my_organizations("mario", after=None, page_size=5, uow=uow, clock=clock)
    assert [(f.organization_id, f.capabilities.process_types) for f in found] == [(ACME, ())]


async def test_decisions_are_audited(engine, uow, clock) -> None:
    actor = await login(uow, clock, "zeca")
    question = AuthorizeQuestion("", ACME, "open-process", PET)
    decided = await authorize(question, actor=actor, uow=uow, clock=clock, new_id=new_id)
    async with engine.connect() as conn:
        row = (await conn.execute(text("SELECT * FROM authorization_decisions"))).mappings().one()
    assert (row["decision_id"], row["subject"], row["allowed"], row["reason"]) == (
        decided.decision_id,
        "zeca",
        False,
        "no-bond",
    )


async def test_a_lost_race_on_a_ledger_is_refused(uow, clock) -> None:
    await login(uow, clock, "rita", certificate_cnpj="11222333000181")
    await login(uow, clock, "mario")
    link = LinkMember("rita", ACME, MemberRef(person_id="mario"))
    await link_member(link, uow=uow, clock=clock, new_id=new_id)
    command = GrantDelegation("rita", ACME, MemberRef(person_id="mario"), (PET,))
    granted = await grant_delegation(command, uow=uow, clock=clock, new_id=new_id)
    delegation_id = granted.delegation.delegation_id
    async with uow() as first, uow() as second:
        for work in (first, second):
            ledger = await work.ledgers.get(ACME)
            revoke_in_ledger(ledger, actor="rita", delegation_id=delegation_id, now=clock.now())
        await first.commit()
        with pytest.raises(ConcurrentChange):
            await second.commit()


async def test_two_first_logins_at_once_register_one_person(engine, uow, clock) -> None:
    await asyncio.gather(
        *(login(uow, clock, "ana", certificate_cnpj="11222333000181") for _ in range(3))
    )
    registered = [e for e, _ in await outbox(engine) if e.type.endswith("PersonRegistered.v1")]
    assert len(registered) == 1
    async with uow() as work:
        ledger = await work.ledgers.get(ACME)
    assert len(ledger.bonds) == 1


async def test_a_national_id_finds_the_account_updated_last(uow, clock) -> None:
    """One citizen, two accounts (e.g. re-created at the IdP): the one in use is found."""
    await login(uow, clock, "old-account", cpf="529.982.247-25")
    clock.advance(minutes=5)
    await login(uow, clock, "new-account", cpf="529.982.247-25", email="novo@example.org")
    async with uow() as work:
        found = await work.persons.find_by_national_id("BR:CPF:52998224725")
    assert found is not None and found.person_id == "new-account"
    clock.advance(minutes=5)
    await login(uow, clock, "old-account", cpf="529.982.247-25", email="voltou@example.org")
    async with uow() as work:
        found = await work.persons.find_by_national_id("BR:CPF:52998224725")
    assert found is not None and found.person_id == "old-account"
