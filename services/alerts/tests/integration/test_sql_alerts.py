"""Alerts on real PostgreSQL: the journey through the SQL adapters, the sealed provider,
the outbox, idempotency, lost races and a period timer firing once."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from tramita_alerts.adapters.orm import alert_providers, alerts
from tramita_alerts.app import handlers as use
from tramita_alerts.app.errors import ConcurrentChange
from tramita_alerts.app.ports import Caller
from tramita_alerts.bootstrap import build_with_sessions, timer_handlers
from tramita_alerts.domain.checklist import Criterion, LaunchForm, Provider
from tramita_alerts.domain.roles import AlertEntity, EntityRole, Profile
from tramita_alerts.domain.states import AlertState
from tramita_alerts.settings import AlertsSettings
from tramita_platform.clock import ManualClock
from tramita_platform.timers import TimerWorker

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
AUTH, COORD = EntityRole.ALERT_AUTHORITY, EntityRole.ALERT_COORDINATOR
M, B = Profile.MANAGER, Profile.BROADCASTER
ENTITIES = (
    AlertEntity("pt-coord", "PT", COORD),
    AlertEntity("pt-mailbox", "PT", COORD, mailbox=True),
    AlertEntity("pt-auth", "PT", AUTH, privileged_coordinator_ids=frozenset({"pt-coord"})),
    AlertEntity("es-mailbox", "ES", COORD, mailbox=True),
    AlertEntity("es-coord", "ES", COORD),
    AlertEntity("es-health", "ES", AUTH, privileged_coordinator_ids=frozenset({"es-coord"})),
    AlertEntity("fr-mailbox", "FR", COORD, mailbox=True),
)
FORM = LaunchForm(
    criteria=frozenset(Criterion),
    provider=Provider(name="Joana Provedora Lda", identifier="PT509999990"),
    service_activity="Gas installation services",
    establishment="ES",
    description="Unlicensed gas installations",
    recipient_countries=("FR",),
)


def who(entity_id: str, *profiles: Profile) -> Caller:
    return Caller(f"{entity_id}-person", (entity_id,), frozenset(p.value for p in profiles))


@pytest.fixture
async def app(engine, sessions):
    clock = ManualClock(T0)
    settings = AlertsSettings(
        personal_data_key="a test key of sixteen+ chars", service_client_secret="test"
    )
    built = build_with_sessions(settings, engine, sessions, clock=clock)
    for entity in ENTITIES:
        await built.directory.put(entity)
    return built


async def sent(app) -> str:
    deps = app.deps
    found = await use.launch_alert(
        deps, caller=who("pt-auth", M), form=FORM, coordinator_id="pt-coord"
    )
    key = found.alert.alert_id
    await use.submit_alert(deps, caller=who("pt-auth", M), alert_id=key, expected_version=1)
    await use.accept_alert(deps, caller=who("pt-coord", B), alert_id=key, expected_version=2)
    await use.send_alert(deps, caller=who("pt-coord", B), alert_id=key, expected_version=3)
    return key


async def test_the_provider_is_sealed_apart_and_read_back(app, sessions) -> None:
    found = await use.launch_alert(app.deps, caller=who("pt-auth", M), form=FORM)
    key = found.alert.alert_id
    async with sessions() as session:
        document = (await session.execute(select(alerts.c.document))).scalar_one()
        sealed = (await session.execute(select(alert_providers.c.sealed))).scalar_one()
    assert "Joana" not in str(document) and b"Joana" not in sealed
    again = await use.get_alert(app.deps, caller=who("pt-auth", M), alert_id=key)
    assert again.alert.form.provider == FORM.provider and str(again.alert.number) == "2026-000001"


async def test_numbers_follow_each_other_within_a_year(app) -> None:
    first = await use.launch_alert(app.deps, caller=who("pt-auth", M), form=FORM)
    second = await use.launch_alert(app.deps, caller=who("pt-auth", M), form=FORM)
    assert (str(first.alert.number), str(second.alert.number)) == ("2026-000001", "2026-000002")


async def test_sending_writes_events_to_the_outbox(app, sessions) -> None:
    key = await sent(app)
    found = await use.get_alert(app.deps, caller=who("es-mailbox", B), alert_id=key)
    assert found.alert.state is AlertState.SENT and found.alert.version == 4
    assert set(found.alert.recipients) == {"PT", "FR", "ES"}
    async with sessions() as session:
        outbox = (await session.execute(text("SELECT count(*) FROM outbox"))).scalar_one()
    assert outbox == 4  # launched, submitted, accepted, sent


async def test_a_stale_version_and_a_retried_key(app) -> None:
    found = await use.launch_alert(
        app.deps, caller=who("pt-auth", M), form=FORM, idempotency_key="key-1"
    )
    again = await use.launch_alert(
        app.deps, caller=who("pt-auth", M), form=FORM, idempotency_key="key-1"
    )
    assert again.alert.alert_id == found.alert.alert_id
    key = found.alert.alert_id
    edited = replace(FORM, service_activity="Gas")
    await use.save_draft(
        app.deps, caller=who("pt-auth", M), alert_id=key, expected_version=1, form=edited
    )
    with pytest.raises(ConcurrentChange):
        await use.save_draft(
            app.deps, caller=who("pt-auth", M), alert_id=key, expected_version=1, form=FORM
        )


async def test_the_comment_period_ends_once_by_its_timer(app, sessions) -> None:
    key = await sent(app)
    deps = app.deps
    await use.acknowledge_alert(deps, caller=who("es-mailbox", B), alert_id=key)
    await use.disseminate_alert(
        deps, caller=who("es-mailbox", B), alert_id=key, entity_ids=("es-health",)
    )
    await use.propose_closure(
        deps,
        caller=who("es-health", M),
        alert_id=key,
        coordinator_id="es-coord",
        reason="The activity stopped",
        comment_period=timedelta(days=7),
    )
    worker = TimerWorker(sessions=sessions, clock=app.clock, handlers=timer_handlers(app))
    assert await worker.fire_due() == 0
    app.clock.set(T0 + timedelta(days=7))
    assert await worker.fire_due() == 1
    assert await worker.fire_due() == 0
    found = await use.get_alert(deps, caller=who("es-health", M), alert_id=key)
    assert found.alert.state is AlertState.CLOSURE_PENDING_SENDING
    async with sessions() as session:
        types = (await session.execute(text("SELECT envelope FROM outbox ORDER BY id"))).scalars()
        assert any(b"CommentPeriodEnded" in bytes(t) for t in types)
