"""The consumer's handlers on real PostgreSQL: directory feeders, then notices, exactly once.

The handlers run as the platform consumer runs them (inside one transaction per event);
a redelivered event (the same envelope again, as after a crash before the offset commit)
queues nothing new, and the directory's latest-event-wins rule holds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from google.protobuf.message import Message
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita.identity.events.v1 import events_pb2 as identity_events
from tramita.registry.events.v1 import events_pb2 as registry_events
from tramita.registry.v1 import registry_pb2
from tramita_notifications.adapters.orm import messages, notices
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.adapters.templates import JinjaRenderer
from tramita_notifications.adapters.unit_of_work import SessionWork
from tramita_notifications.app.ports import ContactPoint
from tramita_notifications.entrypoints.kafka_consumer import Wiring, handlers
from tramita_platform.clock import ManualClock
from tramita_platform.events import make_envelope

pytestmark = pytest.mark.integration

T0 = datetime(2030, 3, 4, 10, tzinfo=UTC)


class IdentityStandIn:
    """What identity's GetContactPoints would answer (the contact points live there)."""

    def __init__(self) -> None:
        self.points: dict[str, ContactPoint] = {}
        self.asked: list[list[str]] = []

    async def contact_points(self, person_ids):
        self.asked.append(list(person_ids))
        return {p: self.points[p] for p in person_ids if p in self.points}


@pytest.fixture
def identity() -> IdentityStandIn:
    return IdentityStandIn()


@pytest.fixture
def table(sealer: Sealer, identity: IdentityStandIn):
    clock = ManualClock(T0)
    wiring = Wiring(
        work_in=lambda session: SessionWork(session, sealer=sealer),
        renderer=JinjaRenderer("https://portal.example"),
        clock=clock,
        contacts=identity,
    )
    return handlers(wiring), clock


async def deliver(sessions: async_sessionmaker[AsyncSession], table, envelope) -> None:
    async with sessions() as session, session.begin():
        await table[envelope.type](session, envelope)


def envelope(payload: Message, subject: str, clock: ManualClock):
    return make_envelope(payload, source="test", subject=subject, clock=clock)


async def count(sessions, which, **where) -> int:
    query = select(func.count()).select_from(which)
    for column, value in where.items():
        query = query.where(which.c[column] == value)
    async with sessions() as session:
        return (await session.execute(query)).scalar_one()


async def test_registered_organization_mailbox_gets_one_message_even_when_redelivered(
    sessions, table
) -> None:
    handlers_, clock = table
    registered = registry_events.OrganizationRegistered(
        organization_id="org-1",
        tax_id=registry_pb2.TaxId(scheme=1, value="500000000", country="PT"),
        name="Acme, Lda",
        contact_email="geral@acme.pt",
        preferred_language="pt-PT",
    )
    event = envelope(registered, "org-1", clock)
    await deliver(sessions, handlers_, event)
    await deliver(sessions, handlers_, event)
    assert await count(sessions, messages, address="geral@acme.pt") == 1
    async with sessions() as session:
        row = (await session.execute(select(messages))).mappings().one()
    assert row["language"] == "pt" and "Acme, Lda" in row["subject"]
    assert "https://portal.example/organizations/org-1" in row["body"]


async def test_organization_without_mailbox_is_recorded_and_told_nothing(sessions, table) -> None:
    handlers_, clock = table
    registered = registry_events.OrganizationRegistered(organization_id="org-2", name="Muda, Lda")
    await deliver(sessions, handlers_, envelope(registered, "org-2", clock))
    assert await count(sessions, messages) == 0


async def test_delegation_reaches_the_member_by_mail_and_in_app(sessions, table, identity) -> None:
    handlers_, clock = table
    identity.points["p-member"] = ContactPoint("membro@empresa.pt", "", "pt-PT")
    contact = identity_events.PersonContactChanged(person_id="p-member", preferred_language="pt-PT")
    await deliver(sessions, handlers_, envelope(contact, "p-member", clock))
    assert identity.asked == [["p-member"]]
    granted = identity_events.DelegationGranted(
        delegation_id="d-1",
        organization_id="org-9",
        member_person_id="p-member",
        granted_by_person_id="p-rep",
        process_types=["metrology-work-request"],
    )
    event = envelope(granted, "d-1", clock)
    await deliver(sessions, handlers_, event)
    await deliver(sessions, handlers_, event)
    assert await count(sessions, messages, address="membro@empresa.pt") == 1
    assert await count(sessions, notices, person_id="p-member") == 1


async def test_an_older_contact_event_never_overwrites_a_newer_one(
    sessions, table, identity
) -> None:
    handlers_, clock = table
    newer = envelope(identity_events.PersonContactChanged(person_id="p-2"), "p-2", clock)
    clock.set(T0 - timedelta(seconds=30))
    older = envelope(identity_events.PersonContactChanged(person_id="p-2"), "p-2", clock)
    identity.points["p-2"] = ContactPoint("new@x.pt", "", "en")
    await deliver(sessions, handlers_, newer)
    identity.points["p-2"] = ContactPoint("old@x.pt", "", "en")
    await deliver(sessions, handlers_, older)
    granted = identity_events.DelegationGranted(
        delegation_id="d-2", organization_id="o", member_person_id="p-2", process_types=["x"]
    )
    await deliver(sessions, handlers_, envelope(granted, "d-2", clock))
    assert await count(sessions, messages, address="new@x.pt") == 1
    assert await count(sessions, messages, address="old@x.pt") == 0


async def test_a_deactivated_person_gets_no_more_notices(sessions, table, identity) -> None:
    handlers_, clock = table
    identity.points["p-3"] = ContactPoint("gone@x.pt", "", "en")
    contact = identity_events.PersonContactChanged(person_id="p-3")
    await deliver(sessions, handlers_, envelope(contact, "p-3", clock))
    gone = identity_events.PersonDeactivated(person_id="p-3")
    await deliver(sessions, handlers_, envelope(gone, "p-3", clock))
    granted = identity_events.DelegationGranted(
        delegation_id="d-3", organization_id="o", member_person_id="p-3", process_types=["x"]
    )
    await deliver(sessions, handlers_, envelope(granted, "d-3", clock))
    assert await count(sessions, messages, address="gone@x.pt") == 0


async def test_a_person_identity_does_not_know_is_not_kept(sessions, table, identity) -> None:
    handlers_, clock = table
    contact = identity_events.PersonContactChanged(person_id="p-ghost")
    await deliver(sessions, handlers_, envelope(contact, "p-ghost", clock))
    granted = identity_events.DelegationGranted(
        delegation_id="d-4", organization_id="o", member_person_id="p-ghost", process_types=["x"]
    )
    await deliver(sessions, handlers_, envelope(granted, "d-4", clock))
    assert await count(sessions, messages) == 0


async def test_a_missed_contact_announcement_is_made_up_by_asking_identity(
    sessions, table, identity
) -> None:
    handlers_, clock = table
    identity.points["p-late"] = ContactPoint("tarde@x.pt", "", "pt-PT")
    granted = identity_events.DelegationGranted(
        delegation_id="d-5", organization_id="o", member_person_id="p-late", process_types=["x"]
    )
    await deliver(sessions, handlers_, envelope(granted, "d-5", clock))
    assert identity.asked == [["p-late"]]
    assert await count(sessions, messages, address="tarde@x.pt") == 1


async def test_a_validated_self_registered_authority_is_told_at_its_mailbox(
    sessions, table
) -> None:
    handlers_, clock = table
    registered = registry_events.AuthorityRegistered(
        entity_id="ca-1",
        official_name="Direção-Geral Exemplo",
        country="PT",
        contact_email="imi@dg.example.pt",
        preferred_language="pt-PT",
    )
    await deliver(sessions, handlers_, envelope(registered, "ca-1", clock))
    validated = registry_events.InvitationValidated(
        invitation_id="inv-1", entity_id="ca-1", entity_name="Direção-Geral Exemplo"
    )
    await deliver(sessions, handlers_, envelope(validated, "inv-1", clock))
    async with sessions() as session:
        row = (await session.execute(select(messages))).mappings().one()
    assert row["address"] == "imi@dg.example.pt"
    assert "Direção-Geral Exemplo" in row["subject"] + row["body"]
    assert "https://portal.example/authorities/ca-1" in row["body"]


async def test_the_inviting_coordinator_is_told_of_a_self_registration(
    sessions, table, identity
) -> None:
    handlers_, clock = table
    identity.points["coord-1"] = ContactPoint("coord@nimic.example.pt", "", "pt-PT")
    registered = registry_events.InvitationRegistered(
        invitation_id="inv-2",
        inviting_entity_id="nimic-1",
        invited_by_person_id="coord-1",
        entity_id="ca-2",
        entity_name="Câmara Exemplo",
    )
    await deliver(sessions, handlers_, envelope(registered, "inv-2", clock))
    assert await count(sessions, messages, address="coord@nimic.example.pt") == 1
    assert await count(sessions, notices, person_id="coord-1") == 1


async def test_an_unused_invitation_is_reminded_at_the_invited_mailbox(sessions, table) -> None:
    handlers_, clock = table
    due = registry_events.InvitationReminderDue(
        invitation_id="inv-3",
        inviting_entity_id="nimic-1",
        invited_email="geral@cm-exemplo.pt",
        preferred_language="pt-PT",
        coordinator_name="NIMIC Portugal",
        coordinator_email="nimic@example.pt",
        expires_on="2030-04-01",
        link="/self-registration",
    )
    await deliver(sessions, handlers_, envelope(due, "inv-3", clock))
    async with sessions() as session:
        row = (await session.execute(select(messages))).mappings().one()
    assert row["address"] == "geral@cm-exemplo.pt" and "2030-04-01" in row["body"]


async def test_a_new_authority_user_gets_the_instructions_without_the_password(
    sessions, table, identity
) -> None:
    handlers_, clock = table
    identity.points["u-1"] = ContactPoint("novo@dg.example.pt", "", "pt-PT")
    created = identity_events.AuthorityUserCreated(
        person_id="u-1", entity_id="ca-1", entity_name="Direção-Geral Exemplo", first_user=True
    )
    await deliver(sessions, handlers_, envelope(created, "u-1", clock))
    async with sessions() as session:
        row = (await session.execute(select(messages))).mappings().one()
    assert row["address"] == "novo@dg.example.pt" and not row["secret"]
    assert "Direção-Geral Exemplo" in row["body"]
    assert "https://portal.example/auth/login" in row["body"]
    assert await count(sessions, notices, person_id="u-1") == 1


async def test_a_forwarded_request_reaches_the_requester_and_the_new_responder(
    sessions, table, identity
) -> None:
    from tramita.requests.events.v1 import events_pb2 as request_events

    handlers_, clock = table
    for entity, mailbox in (("pt-auth", "pedidos@pt.example"), ("de-auth", "imi@de.example")):
        contact = registry_events.EntityContactChanged(entity_id=entity, contact_email=mailbox)
        await deliver(sessions, handlers_, envelope(contact, entity, clock))
    forwarded = request_events.RequestForwarded(
        request_id="r-9",
        requesting_entity_id="pt-auth",
        number="2030/000009",
        area="services-directive",
        actor_id="fr-handler",
        participants=request_events.Participants(
            requesting_entity_id="pt-auth", responding_entity_id="de-auth"
        ),
        previous_responding_entity_id="fr-auth",
    )
    event = envelope(forwarded, "r-9", clock)
    await deliver(sessions, handlers_, event)
    await deliver(sessions, handlers_, event)
    assert await count(sessions, messages, address="pedidos@pt.example") == 1
    assert await count(sessions, messages, address="imi@de.example") == 1
