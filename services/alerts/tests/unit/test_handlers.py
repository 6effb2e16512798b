"""The use cases over in-memory adapters: a whole journey, periods fired by their timers,
idempotent retries and lost races."""

from datetime import timedelta
from itertools import count

import pytest
from tramita_alerts.adapters.event_codec import to_payload
from tramita_alerts.app import handlers as use
from tramita_alerts.app import timers
from tramita_alerts.app.errors import AlertNotFound, ConcurrentChange
from tramita_alerts.app.handlers import END_COMMENT_PERIOD, END_OBJECTION_PERIOD, AlertDeps
from tramita_alerts.domain import events as ev
from tramita_alerts.domain.roles import Profile
from tramita_alerts.domain.states import AlertState

from .alert_world import PROVIDER_NAME, T0, World, complete_form
from .fakes import FakeActors, FakeDirectory, FakeUow, Store, as_caller

M, B = Profile.MANAGER, Profile.BROADCASTER


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self):
        return self.at


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def deps(store: Store, clock: Clock, world: World) -> AlertDeps:
    directory = FakeDirectory(world.entities)
    ids = count(1)
    return AlertDeps(
        uow=lambda: FakeUow(store),
        now=clock,
        new_id=lambda: f"id-{next(ids)}",
        actors=FakeActors(directory),
        directory=directory,
        comment_period=timedelta(days=7),
        objection_period=timedelta(days=14),
    )


async def sent_alert(deps: AlertDeps) -> str:
    launched = await use.launch_alert(
        deps, caller=as_caller("pt-auth", M), form=complete_form(), coordinator_id="pt-coord"
    )
    key = launched.alert.alert_id
    await use.submit_alert(deps, caller=as_caller("pt-auth", M), alert_id=key)
    await use.accept_alert(deps, caller=as_caller("pt-coord", B), alert_id=key)
    await use.send_alert(deps, caller=as_caller("pt-coord", B), alert_id=key)
    return key


async def test_launch_numbers_a_draft_and_keeps_the_provider(deps, store) -> None:
    found = await use.launch_alert(deps, caller=as_caller("pt-auth", M), form=complete_form())
    assert str(found.alert.number) == "2025-000001" and found.alert.version == 1
    again = await use.get_alert(deps, caller=as_caller("pt-auth", M), alert_id="id-1")
    assert again.alert.form.provider is not None
    assert again.alert.form.provider.name == PROVIDER_NAME and again.personal_data.visible
    assert [type(e) for e in store.events] == [ev.AlertLaunched]


async def test_the_journey_to_closure_with_period_timers(deps, store, clock) -> None:
    key = await sent_alert(deps)
    await use.acknowledge_alert(deps, caller=as_caller("es-mailbox1", B), alert_id=key)
    await use.disseminate_alert(
        deps, caller=as_caller("es-mailbox1", B), alert_id=key, entity_ids=("es-health",)
    )
    proposed = await use.propose_closure(
        deps,
        caller=as_caller("es-health", M),
        alert_id=key,
        coordinator_id="es-coord",
        reason="The provider stopped the activity",
    )
    assert proposed.alert.state is AlertState.CLOSURE_OPEN_FOR_COMMENTS
    (kind, _), (due, payload) = next(iter(store.timers.items()))
    assert kind == END_COMMENT_PERIOD and due == T0 + timedelta(days=7)

    clock.at = due
    assert await timers.end_comment_period(FakeUow(store), payload, clock.at)
    assert not await timers.end_comment_period(FakeUow(store), payload, clock.at)  # once

    await use.send_closure_proposal(deps, caller=as_caller("es-coord", B), alert_id=key)
    objection = [k for k in store.timers if k[0] == END_OBJECTION_PERIOD]
    assert len(objection) == 1
    clock.at = store.timers[objection[0]][0]
    assert await timers.end_objection_period(FakeUow(store), {"alert_id": key}, clock.at)
    closed = await use.close_alert(deps, caller=as_caller("es-coord", B), alert_id=key)
    assert closed.alert.state is AlertState.CLOSED
    kinds = [type(e).__name__ for e in store.events]
    assert kinds[-5:] == [
        "ClosureProposed",
        "CommentPeriodEnded",
        "ClosureProposalSent",
        "ObjectionPeriodEnded",
        "AlertClosed",
    ]
    for event in store.events:  # every event has its protobuf payload
        assert to_payload(event).alert_id == key


async def test_a_timer_of_a_cancelled_proposal_does_nothing(deps, store, clock) -> None:
    key = await sent_alert(deps)
    await use.acknowledge_alert(deps, caller=as_caller("es-mailbox1", B), alert_id=key)
    await use.disseminate_alert(
        deps, caller=as_caller("es-mailbox1", B), alert_id=key, entity_ids=("es-health",)
    )
    await use.propose_closure(
        deps, caller=as_caller("es-health", M), alert_id=key, coordinator_id="es-coord", reason="x"
    )
    actor = await deps.actors.actor(as_caller("es-health", M))
    async with FakeUow(store) as work:
        alert = await work.alerts.get(key)
        alert.cancel_closure_proposal(actor=actor, now=T0)
        work.alerts.add(alert)
        await work.commit()
    (_kind, _), (due, payload) = next(iter(store.timers.items()))
    clock.at = due
    assert not await timers.end_comment_period(FakeUow(store), payload, clock.at)
    found = await use.get_alert(deps, caller=as_caller("es-health", M), alert_id=key)
    assert found.alert.state is AlertState.SENT


async def test_a_stale_version_loses(deps) -> None:
    found = await use.launch_alert(deps, caller=as_caller("pt-auth", M), form=complete_form())
    key = found.alert.alert_id
    await use.save_draft(
        deps,
        caller=as_caller("pt-auth", M),
        alert_id=key,
        expected_version=1,
        form=complete_form(service_activity="Gas"),
    )
    with pytest.raises(ConcurrentChange):
        await use.save_draft(
            deps,
            caller=as_caller("pt-auth", M),
            alert_id=key,
            expected_version=1,
            form=complete_form(service_activity="Other"),
        )


async def test_a_retried_key_returns_the_first_result(deps, store) -> None:
    first = await use.launch_alert(
        deps, caller=as_caller("pt-auth", M), form=complete_form(), idempotency_key="k1"
    )
    again = await use.launch_alert(
        deps, caller=as_caller("pt-auth", M), form=complete_form(), idempotency_key="k1"
    )
    assert again.alert.alert_id == first.alert.alert_id and len(store.rows) == 1


async def test_an_uninvolved_entity_does_not_see_the_alert(deps) -> None:
    await use.launch_alert(deps, caller=as_caller("pt-auth", M), form=complete_form())
    with pytest.raises(AlertNotFound):
        await use.get_alert(deps, caller=as_caller("fr-auth", M), alert_id="id-1")
    views, following = await use.list_alerts(deps, caller=as_caller("pt-auth", M))
    assert [v.alert.alert_id for v in views] == ["id-1"] and following is None
