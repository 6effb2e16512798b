"""The use cases: one function per command, each one transaction.

Every command: idempotency (a retried key returns the first result), the actor from the
token through `Actors`, the alert at the version the caller read (`ConcurrentChange`
otherwise), its entities refreshed from the registry's view, the domain method, the
timer of a running comment or objection period, then one commit writing the alert, its
sealed provider data and its events to the outbox.
"""

import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tramita_alerts.app.errors import AlertNotFound, ConcurrentChange
from tramita_alerts.app.ports import Actors, Caller, EntityDirectory, UnitOfWork
from tramita_alerts.domain.checklist import LaunchForm
from tramita_alerts.domain.errors import InvalidField
from tramita_alerts.domain.information import InfoKind
from tramita_alerts.domain.model import Alert
from tramita_alerts.domain.roles import Actor, AlertEntity
from tramita_alerts.domain.states import AlertState
from tramita_alerts.domain.visibility import Decision, Retention, personal_data_visibility

END_COMMENT_PERIOD = "alerts.end_comment_period"
END_OBJECTION_PERIOD = "alerts.end_objection_period"
PERIOD_TIMERS = {
    AlertState.CLOSURE_OPEN_FOR_COMMENTS: END_COMMENT_PERIOD,
    AlertState.CLOSURE_OPEN_FOR_OBJECTIONS: END_OBJECTION_PERIOD,
}
PAGE_MAX = 100


@dataclass(frozen=True)
class AlertDeps:
    uow: Callable[[], UnitOfWork]
    now: Callable[[], datetime]
    new_id: Callable[[], str]
    actors: Actors
    directory: EntityDirectory
    comment_period: timedelta = timedelta(days=14)
    objection_period: timedelta = timedelta(days=14)
    retention: Retention = field(default_factory=Retention)


@dataclass(frozen=True, slots=True)
class AlertView:
    """An alert as one reader may see it: the provider's data only when allowed."""

    alert: Alert
    personal_data: Decision


type Act = Callable[[Alert, Actor, datetime], Awaitable[None]]


def fingerprint(name: str, **fields: Any) -> str:
    body = json.dumps({"command": name, **fields}, sort_keys=True, default=str)
    return hashlib.sha256(body.encode()).hexdigest()


async def _entity(deps: AlertDeps, entity_id: str, *, field_name: str) -> AlertEntity:
    entity = await deps.directory.entity(entity_id) if entity_id else None
    if entity is None:
        raise InvalidField(field_name, "known_entity", f"no alert entity {entity_id!r}")
    return entity


async def _refresh(deps: AlertDeps, alert: Alert) -> None:
    """Take the registry's current view of every entity on the alert (flags may change)."""
    seen = dict.fromkeys(snapshot.entity_id for snapshot in alert._snapshots())
    for entity_id in seen:
        current = await deps.directory.entity(entity_id)
        if current is not None:
            alert.refresh(current)


async def _schedule_period(work: UnitOfWork, alert: Alert) -> None:
    ends_at = alert.period_ends_at
    kind = PERIOD_TIMERS.get(alert.state)
    if ends_at is None or kind is None:
        return
    key = f"{alert.alert_id}:{ends_at.isoformat()}"
    await work.timers.schedule(kind, key, ends_at, {"alert_id": alert.alert_id})


def view(deps: AlertDeps, alert: Alert, reader: Actor) -> AlertView:
    decision = personal_data_visibility(
        reader=reader, case=alert.case_facts(), now=deps.now(), retention=deps.retention
    )
    return AlertView(alert, decision)


async def _load(work: UnitOfWork, alert_id: str) -> Alert:
    alert = await work.alerts.get(alert_id)
    if alert is None or alert.state is AlertState.DELETED:
        raise AlertNotFound(alert_id)
    return alert


async def _command(
    deps: AlertDeps,
    *,
    name: str,
    caller: Caller,
    alert_id: str,
    expected_version: int,
    idempotency_key: str,
    act: Act,
    request: dict[str, Any] | None = None,
) -> AlertView:
    actor = await deps.actors.actor(caller)
    hashed = fingerprint(name, alert_id=alert_id, **(request or {}))
    async with deps.uow() as work:
        if idempotency_key and await work.idempotency.recall(
            key=idempotency_key, fingerprint=hashed
        ):
            return view(deps, await _load(work, alert_id), actor)
        alert = await _load(work, alert_id)
        if expected_version and alert.version != expected_version:
            raise ConcurrentChange(alert_id, expected_version, alert.version)
        await _refresh(deps, alert)
        await act(alert, actor, deps.now())
        work.alerts.add(alert)
        await _schedule_period(work, alert)
        if idempotency_key:
            await work.idempotency.remember(
                key=idempotency_key, fingerprint=hashed, result=alert_id
            )
        await work.commit()
    return view(deps, alert, actor)


# -- launch and sending (§6.3.1) -------------------------------------------------------------


async def launch_alert(
    deps: AlertDeps,
    *,
    caller: Caller,
    form: LaunchForm,
    coordinator_id: str = "",
    idempotency_key: str = "",
) -> AlertView:
    actor = await deps.actors.actor(caller)
    coordinator = (
        await _entity(deps, coordinator_id, field_name="coordinator_id") if coordinator_id else None
    )
    hashed = fingerprint("launch", form=repr(form), coordinator_id=coordinator_id)
    async with deps.uow() as work:
        if idempotency_key:
            known = await work.idempotency.recall(key=idempotency_key, fingerprint=hashed)
            if known:
                return view(deps, await _load(work, known), actor)
        now = deps.now()
        alert = Alert.launch(
            alert_id=deps.new_id(),
            number=await work.numbers.next(now.year),
            actor=actor,
            form=form,
            now=now,
            coordinator=coordinator,
        )
        work.alerts.add(alert)
        if idempotency_key:
            await work.idempotency.remember(
                key=idempotency_key, fingerprint=hashed, result=alert.alert_id
            )
        await work.commit()
    return view(deps, alert, actor)


async def save_draft(
    deps: AlertDeps,
    *,
    caller: Caller,
    alert_id: str,
    expected_version: int,
    form: LaunchForm,
    coordinator_id: str = "",
    idempotency_key: str = "",
) -> AlertView:
    coordinator = (
        await _entity(deps, coordinator_id, field_name="coordinator_id") if coordinator_id else None
    )

    async def act(alert: Alert, actor: Actor, now: datetime) -> None:
        unchanged = coordinator is not None and coordinator == alert.coordinator
        alert.edit(actor=actor, form=form, now=now, coordinator=None if unchanged else coordinator)

    return await _command(
        deps,
        name="save_draft",
        caller=caller,
        alert_id=alert_id,
        expected_version=expected_version,
        idempotency_key=idempotency_key,
        act=act,
        request={"form": repr(form), "coordinator_id": coordinator_id},
    )


def _simple(name: str, method: str) -> Callable[..., Awaitable[AlertView]]:
    async def handler(
        deps: AlertDeps,
        *,
        caller: Caller,
        alert_id: str,
        expected_version: int = 0,
        idempotency_key: str = "",
    ) -> AlertView:
        async def act(alert: Alert, actor: Actor, now: datetime) -> None:
            getattr(alert, method)(actor=actor, now=now)

        return await _command(
            deps,
            name=name,
            caller=caller,
            alert_id=alert_id,
            expected_version=expected_version,
            idempotency_key=idempotency_key,
            act=act,
        )

    handler.__name__ = name
    return handler


submit_alert = _simple("submit_alert", "submit")
accept_alert = _simple("accept_alert", "accept")
acknowledge_alert = _simple("acknowledge_alert", "acknowledge")
close_alert = _simple("close_alert", "close")


async def send_alert(
    deps: AlertDeps,
    *,
    caller: Caller,
    alert_id: str,
    expected_version: int = 0,
    idempotency_key: str = "",
) -> AlertView:
    async def act(alert: Alert, actor: Actor, now: datetime) -> None:
        countries = (*alert.form.recipient_countries, alert.launching_country)
        mailboxes = await deps.directory.mailboxes(countries)
        alert.send(actor=actor, mailboxes=mailboxes, now=now)

    return await _command(
        deps,
        name="send_alert",
        caller=caller,
        alert_id=alert_id,
        expected_version=expected_version,
        idempotency_key=idempotency_key,
        act=act,
    )


# -- reception and exchange (§6.3.4, §6.3.5) -------------------------------------------------


async def disseminate_alert(
    deps: AlertDeps,
    *,
    caller: Caller,
    alert_id: str,
    entity_ids: tuple[str, ...],
    expected_version: int = 0,
    idempotency_key: str = "",
) -> AlertView:
    entities = [await _entity(deps, key, field_name="entity_ids") for key in entity_ids]

    async def act(alert: Alert, actor: Actor, now: datetime) -> None:
        alert.disseminate(actor=actor, entities=entities, now=now)

    return await _command(
        deps,
        name="disseminate_alert",
        caller=caller,
        alert_id=alert_id,
        expected_version=expected_version,
        idempotency_key=idempotency_key,
        act=act,
        request={"entity_ids": list(entity_ids)},
    )


async def add_information(
    deps: AlertDeps,
    *,
    caller: Caller,
    alert_id: str,
    kind: str,
    text: str,
    coordinator_id: str,
    addressed_to: str = "",
    expected_version: int = 0,
    idempotency_key: str = "",
) -> tuple[AlertView, str]:
    try:
        info_kind = InfoKind(kind or InfoKind.INFORMATION)
    except ValueError:
        raise InvalidField("kind", "known_kind", f"{kind!r} is not a kind") from None
    coordinator = await _entity(deps, coordinator_id, field_name="coordinator_id")
    info_id = deps.new_id()

    async def act(alert: Alert, actor: Actor, now: datetime) -> None:
        alert.submit_information(
            actor=actor,
            info_id=info_id,
            kind=info_kind,
            text=text,
            coordinator=coordinator,
            addressed_to=addressed_to,
            now=now,
        )

    result = await _command(
        deps,
        name="add_information",
        caller=caller,
        alert_id=alert_id,
        expected_version=expected_version,
        idempotency_key=idempotency_key,
        act=act,
        request={"kind": kind, "text": text, "coordinator_id": coordinator_id},
    )
    return result, info_id


# -- closure (§6.3.6) ------------------------------------------------------------------------


async def propose_closure(
    deps: AlertDeps,
    *,
    caller: Caller,
    alert_id: str,
    coordinator_id: str,
    reason: str,
    comment_period: timedelta | None = None,
    expected_version: int = 0,
    idempotency_key: str = "",
) -> AlertView:
    coordinator = await _entity(deps, coordinator_id, field_name="coordinator_id")

    async def act(alert: Alert, actor: Actor, now: datetime) -> None:
        alert.propose_closure(
            actor=actor,
            coordinator=coordinator,
            reason=reason,
            comment_period=comment_period or deps.comment_period,
            now=now,
        )

    return await _command(
        deps,
        name="propose_closure",
        caller=caller,
        alert_id=alert_id,
        expected_version=expected_version,
        idempotency_key=idempotency_key,
        act=act,
        request={"coordinator_id": coordinator_id, "reason": reason},
    )


async def send_closure_proposal(
    deps: AlertDeps,
    *,
    caller: Caller,
    alert_id: str,
    objection_period: timedelta | None = None,
    include_comment_ids: tuple[str, ...] = (),
    expected_version: int = 0,
    idempotency_key: str = "",
) -> AlertView:
    async def act(alert: Alert, actor: Actor, now: datetime) -> None:
        alert.send_closure_proposal(
            actor=actor,
            objection_period=objection_period or deps.objection_period,
            include_comment_ids=include_comment_ids,
            now=now,
        )

    return await _command(
        deps,
        name="send_closure_proposal",
        caller=caller,
        alert_id=alert_id,
        expected_version=expected_version,
        idempotency_key=idempotency_key,
        act=act,
        request={"include_comment_ids": list(include_comment_ids)},
    )


# -- queries ---------------------------------------------------------------------------------


async def get_alert(deps: AlertDeps, *, caller: Caller, alert_id: str) -> AlertView:
    """The alert when the caller's entity is involved in it (NOT_FOUND otherwise)."""
    actor = await deps.actors.actor(caller)
    async with deps.uow() as work:
        alert = await _load(work, alert_id)
    if actor.entity_id not in alert.involved_entity_ids():
        raise AlertNotFound(alert_id)
    return view(deps, alert, actor)


async def list_alerts(
    deps: AlertDeps, *, caller: Caller, entity_id: str = "", offset: int = 0, limit: int = 0
) -> tuple[list[AlertView], int | None]:
    """One page of the alerts the caller's entity launched or received; the next offset."""
    actor = await deps.actors.actor(caller)
    wanted = entity_id or actor.entity_id
    if wanted != actor.entity_id:
        raise InvalidField("entity_id", "own_entity", "list your own entity's alerts")
    size = min(limit or 20, PAGE_MAX)
    async with deps.uow() as work:
        found, more = await work.alerts.list_for(wanted, offset=max(offset, 0), limit=size)
    views = [view(deps, alert, actor) for alert in found]
    return views, (offset + size if more else None)
