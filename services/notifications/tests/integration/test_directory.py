"""The directory read model: written from events, read by the notify use case."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_notifications.adapters.directory import SqlDirectory, SqlDirectoryWriter
from tramita_notifications.adapters.orm import directory_people
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.domain.model import Contact, Language

pytestmark = pytest.mark.integration

T0 = datetime(2030, 1, 1, 9, tzinfo=UTC)
REQUESTS = "services-directive/requests"
ALERTS = "services-directive/alerts"


@pytest.fixture
async def session(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessions() as session, session.begin():
        yield session


async def _person(writer: SqlDirectoryWriter, person_id: str, language: str = "pt-PT") -> None:
    await writer.upsert_person(
        person_id, email=f"{person_id}@example.test", phone="", language=language, event_time=T0
    )


async def test_people_are_read_with_their_template_language(
    session: AsyncSession, sealer: Sealer
) -> None:
    writer = SqlDirectoryWriter(session, sealer=sealer)
    directory = SqlDirectory(session, sealer=sealer)
    await _person(writer, "ana", "pt-PT")
    await _person(writer, "bo", "de-AT")
    await writer.set_alert_email("ana", "alertas@example.test", at=T0)

    assert await directory.person("ana") == Contact(
        email="ana@example.test",
        language=Language.PT,
        person_id="ana",
        alert_email="alertas@example.test",
    )
    bo = await directory.person("bo")
    assert bo is not None and bo.language is Language.EN
    assert await directory.person("nobody") is None


async def test_the_latest_contact_event_wins_whatever_the_order(
    session: AsyncSession, sealer: Sealer
) -> None:
    writer = SqlDirectoryWriter(session, sealer=sealer)
    directory = SqlDirectory(session, sealer=sealer)
    later = T0 + timedelta(minutes=5)
    assert await writer.upsert_person(
        "ana", email="new@example.test", phone="+351911", language="en", event_time=later
    )
    assert not await writer.upsert_person(
        "ana", email="old@example.test", phone="", language="pt", event_time=T0
    )
    assert not await writer.upsert_person(
        "ana", email="new@example.test", phone="+351911", language="en", event_time=later
    )
    ana = await directory.person("ana")
    assert ana is not None and (ana.email, ana.phone) == ("new@example.test", "+351911")

    assert await writer.upsert_entity(
        "e1", contact_email="b@e1.test", language="en", event_time=later
    )
    assert not await writer.upsert_entity(
        "e1", contact_email="a@e1.test", language="pt", event_time=T0
    )
    assert await directory.entity_contact("e1") == Contact(email="b@e1.test", language=Language.EN)


async def test_profile_holders_per_workflow_and_entity_wide(
    session: AsyncSession, sealer: Sealer
) -> None:
    writer = SqlDirectoryWriter(session, sealer=sealer)
    directory = SqlDirectory(session, sealer=sealer)
    for person in ("ana", "bo", "cy", "di"):
        await _person(writer, person)
    await writer.replace_profiles("ana", "e1", [(REQUESTS, "handler")])
    await writer.replace_profiles("bo", "e1", [(ALERTS, "handler"), (REQUESTS, "handler")])
    await writer.replace_profiles("cy", "e1", [("", "handler")])  # entity-wide
    await writer.replace_profiles("di", "e2", [(REQUESTS, "handler")])

    async def holders(workflow: str) -> list[str]:
        return [c.person_id for c in await directory.profile_holders("e1", "handler", workflow)]

    assert await holders(REQUESTS) == ["ana", "bo", "cy"]
    assert await holders(ALERTS) == ["bo", "cy"]
    assert await holders("") == ["ana", "bo", "cy"]  # any workflow, each person once

    await writer.replace_profiles("bo", "e1", [(ALERTS, "handler")])
    assert await holders(REQUESTS) == ["ana", "cy"]
    await writer.replace_profiles("ana", "e1", [])
    assert await holders(REQUESTS) == ["cy"]


async def test_inactive_people_are_excluded(session: AsyncSession, sealer: Sealer) -> None:
    writer = SqlDirectoryWriter(session, sealer=sealer)
    directory = SqlDirectory(session, sealer=sealer)
    await _person(writer, "ana")
    await writer.replace_profiles("ana", "e1", [(REQUESTS, "handler")])
    await writer.deactivate_person("ana", at=T0)
    await writer.upsert_person(
        "ana", email="x@example.test", phone="", language="pt", event_time=T0 + timedelta(days=1)
    )

    assert await directory.person("ana") is None
    assert await directory.profile_holders("e1", "handler", REQUESTS) == []

    # Deactivation before the first contact event also sticks.
    await writer.deactivate_person("zed", at=T0)
    await _person(writer, "zed")
    assert await directory.person("zed") is None


async def test_entity_contacts_and_allocation_flags(session: AsyncSession, sealer: Sealer) -> None:
    writer = SqlDirectoryWriter(session, sealer=sealer)
    directory = SqlDirectory(session, sealer=sealer)
    await writer.upsert_entity("e1", contact_email="", language="pt-PT", event_time=T0)
    assert await directory.entity_contact("e1") is None
    assert await directory.entity_contact("e2") is None

    assert await directory.uses_allocation("e1", REQUESTS) is False
    await writer.set_allocation("e1", REQUESTS, True)
    assert await directory.uses_allocation("e1", REQUESTS) is True
    assert await directory.uses_allocation("e1", ALERTS) is False
    await writer.set_allocation("e1", REQUESTS, False)
    assert await directory.uses_allocation("e1", REQUESTS) is False


async def test_contact_points_are_sealed_at_rest(session: AsyncSession, sealer: Sealer) -> None:
    writer = SqlDirectoryWriter(session, sealer=sealer)
    await writer.upsert_person(
        "p-seal",
        email="ana@example.org",
        phone="+351912345678",
        language="pt-PT",
        event_time=T0,
    )
    await writer.set_alert_email("p-seal", "alertas@example.org", at=T0)
    row = (
        (
            await session.execute(
                select(directory_people).where(directory_people.c.person_id == "p-seal")
            )
        )
        .mappings()
        .one()
    )
    stored = " ".join(str(row[c]) for c in ("email", "phone", "alert_email"))
    for plain in ("ana@example.org", "+351912345678", "alertas@example.org"):
        assert plain not in stored
    contact = await SqlDirectory(session, sealer=sealer).person("p-seal")
    assert contact is not None
    assert (contact.email, contact.phone, contact.alert_email) == (
        "ana@example.org",
        "+351912345678",
        "alertas@example.org",
    )
