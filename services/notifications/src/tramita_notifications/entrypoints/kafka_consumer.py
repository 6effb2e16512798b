"""The consumer's table: event type → handler run in the consumer's inbox transaction.

Two families: directory feeders (identity and registry events keep who-is-who current)
and triggers (events that call for a notice). An event can be both: the registration
of an organization first records its mailbox, then notifies it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession
from tramita.common.v1.envelope_pb2 import EventEnvelope
from tramita.identity.events.v1 import events_pb2 as identity_events
from tramita.registry.events.v1 import events_pb2 as registry_events
from tramita_platform.clock import Clock
from tramita_platform.events import event_type, unpack

from tramita_notifications.app.notify import notify
from tramita_notifications.app.ports import (
    ContactSource,
    Directory,
    DirectoryWriter,
    Notices,
    Outgoing,
    Renderer,
)
from tramita_notifications.app.refreshing_directory import RefreshingDirectory
from tramita_notifications.entrypoints.triggers import TRANSLATORS

SOURCE_TOPICS = (
    "tramita.identity.events.v1",
    "tramita.registry.events.v1",
    "tramita.requests.events.v1",
    "tramita.alerts.events.v1",
)

type Handler = Callable[[AsyncSession, EventEnvelope], Awaitable[None]]


class Work(Protocol):
    """The stores of one transaction (the consumer's session)."""

    directory: Directory
    writer: DirectoryWriter
    outgoing: Outgoing
    notices: Notices


@dataclass(frozen=True)
class Wiring:
    work_in: Callable[[AsyncSession], Work]
    renderer: Renderer
    clock: Clock
    # Identity's audited path to contact points (events never carry them).
    contacts: ContactSource


def handlers(wiring: Wiring) -> dict[str, Handler]:
    """Every event type the service acts on, with its handler."""
    table: dict[str, Handler] = {
        event_type(identity_events.PersonContactChanged): _person_contact(wiring),
        event_type(identity_events.PersonDeactivated): _person_deactivated(wiring),
        event_type(identity_events.PersonProfilesChanged): _profiles(wiring),
        event_type(registry_events.EntityContactChanged): _entity_contact(wiring),
        event_type(registry_events.AllocationChanged): _allocation(wiring),
        event_type(registry_events.AuthorityRegistered): _authority_contact(wiring),
    }
    for kind in TRANSLATORS:
        table[kind] = _then_notify(wiring, table.get(kind))
    table[event_type(registry_events.OrganizationRegistered)] = _then_notify(
        wiring, _organization_contact(wiring)
    )
    return table


def _then_notify(wiring: Wiring, first: Handler | None) -> Handler:
    async def handle(session: AsyncSession, envelope: EventEnvelope) -> None:
        if first is not None:
            await first(session, envelope)
        found = TRANSLATORS[envelope.type](envelope)
        triggers = found if isinstance(found, tuple) else (found,) if found else ()
        if not triggers:
            return
        work = wiring.work_in(session)
        now = wiring.clock.now()
        directory = RefreshingDirectory(work.directory, work.writer, wiring.contacts, now=now)
        for trigger in triggers:
            await notify(
                trigger,
                directory=directory,
                renderer=wiring.renderer,
                outgoing=work.outgoing,
                notices=work.notices,
                now=now,
            )

    return handle


def _person_contact(wiring: Wiring) -> Handler:
    async def handle(session: AsyncSession, envelope: EventEnvelope) -> None:
        event = unpack(envelope, identity_events.PersonContactChanged)
        found = await wiring.contacts.contact_points([event.person_id])
        point = found.get(event.person_id)
        if point is None:  # not (or no longer) known to identity: nothing to keep
            return
        await wiring.work_in(session).writer.upsert_person(
            event.person_id,
            email=point.email,
            phone=point.phone,
            language=point.language or event.preferred_language,
            event_time=_time(envelope),
        )

    return handle


def _person_deactivated(wiring: Wiring) -> Handler:
    async def handle(session: AsyncSession, envelope: EventEnvelope) -> None:
        event = unpack(envelope, identity_events.PersonDeactivated)
        await wiring.work_in(session).writer.deactivate_person(event.person_id, at=_time(envelope))

    return handle


def _profiles(wiring: Wiring) -> Handler:
    async def handle(session: AsyncSession, envelope: EventEnvelope) -> None:
        event = unpack(envelope, identity_events.PersonProfilesChanged)
        await wiring.work_in(session).writer.replace_profiles(
            event.person_id,
            event.entity_id,
            [(grant.workflow, grant.profile) for grant in event.profiles],
        )

    return handle


def _entity_contact(wiring: Wiring) -> Handler:
    async def handle(session: AsyncSession, envelope: EventEnvelope) -> None:
        event = unpack(envelope, registry_events.EntityContactChanged)
        await wiring.work_in(session).writer.upsert_entity(
            event.entity_id,
            contact_email=event.contact_email,
            language=event.preferred_language,
            event_time=_time(envelope),
        )

    return handle


def _organization_contact(wiring: Wiring) -> Handler:
    async def handle(session: AsyncSession, envelope: EventEnvelope) -> None:
        event = unpack(envelope, registry_events.OrganizationRegistered)
        await wiring.work_in(session).writer.upsert_entity(
            event.organization_id,
            contact_email=event.contact_email,
            language=event.preferred_language,
            event_time=_time(envelope),
        )

    return handle


def _authority_contact(wiring: Wiring) -> Handler:
    async def handle(session: AsyncSession, envelope: EventEnvelope) -> None:
        event = unpack(envelope, registry_events.AuthorityRegistered)
        await wiring.work_in(session).writer.upsert_entity(
            event.entity_id,
            contact_email=event.contact_email,
            language=event.preferred_language,
            event_time=_time(envelope),
        )

    return handle


def _allocation(wiring: Wiring) -> Handler:
    async def handle(session: AsyncSession, envelope: EventEnvelope) -> None:
        event = unpack(envelope, registry_events.AllocationChanged)
        await wiring.work_in(session).writer.set_allocation(
            event.entity_id, event.workflow, event.uses_allocation
        )

    return handle


def _time(envelope: EventEnvelope) -> datetime:
    return envelope.time.ToDatetime(tzinfo=UTC)
