"""The use cases: one function per command, each one transaction.

Every command: idempotency (a retried key returns the first result), the actor from the
token through `Actors`, the request at the version the caller read (`ConcurrentChange`
otherwise), the facts of the entities it touches from the registry's view, the domain
method, then one commit writing the request, its sealed data subject and its events to
the outbox.
"""

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tramita_requests.app.errors import ConcurrentChange, RequestNotFound
from tramita_requests.app.ports import (
    Actors,
    Caller,
    DataSubject,
    EntityDirectory,
    ListFilter,
    UnitOfWork,
)
from tramita_requests.domain.actors import Actor, Entities, EntityFacts
from tramita_requests.domain.content import Answer, DraftContent, FreeText
from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.model import Request
from tramita_requests.domain.states import OPEN, Action, RequestState
from tramita_requests.domain.visibility import Decision, Item, Standing, Viewer, decide

PAGE_MAX = 100
PENDING_SCAN = 500
# The actions that move a request on: what the pending-actions list offers.
PENDING: tuple[Action, ...] = (
    Action.SUBMIT,
    Action.APPROVE_REQUEST,
    Action.REJECT_REQUEST,
    Action.ACCEPT,
    Action.REFUSE,
    Action.ANSWER,
    Action.APPROVE_ANSWER,
    Action.REJECT_ANSWER,
    Action.CLOSE,
    Action.REQUEST_ADDITIONAL_INFORMATION,
    Action.ACCEPT_ADDITIONAL_INFORMATION,
    Action.REFUSE_ADDITIONAL_INFORMATION,
    Action.REQUEST_SUPERVISION,
    Action.FIND_UNSATISFACTORY,
    Action.FIND_SATISFACTORY,
    Action.REITERATE,
)


@dataclass(frozen=True)
class RequestDeps:
    uow: Callable[[], UnitOfWork]
    now: Callable[[], datetime]
    new_id: Callable[[], str]
    actors: Actors
    directory: EntityDirectory


@dataclass(frozen=True, slots=True)
class RequestView:
    """A request as one reader may see it: personal data and attachments only when allowed."""

    request: Request
    personal_data: Decision
    attachments: Decision
    subject: DataSubject | None
    late: bool


@dataclass(frozen=True, slots=True)
class Pending:
    request: Request
    actions: tuple[Action, ...]
    late: bool


type Act = Callable[[Request, Actor, Entities, datetime], None]


def fingerprint(name: str, **fields: Any) -> str:
    body = json.dumps({"command": name, **fields}, sort_keys=True, default=str)
    return hashlib.sha256(body.encode()).hexdigest()


async def entities_for(deps: RequestDeps, ids: Iterable[str]) -> Entities:
    """The facts of these entities and of their privileged coordinators (unknown ids left out:
    the domain names the one it misses)."""
    found: dict[str, EntityFacts] = {}
    wanted = [i for i in ids if i]
    while wanted:
        entity_id = wanted.pop()
        if entity_id in found:
            continue
        facts = await deps.directory.entity(entity_id)
        if facts is not None:
            found[entity_id] = facts
            wanted.extend(c for c in facts.privileged_coordinator_ids if c not in found)
    return Entities(found)


def _involved(request: Request, *extra: str) -> tuple[str, ...]:
    return (
        request.requesting_entity_id,
        request.responding_entity_id,
        request.requesting_coordinator_id,
        request.responding_coordinator_id,
        *extra,
    )


def standing(request: Request, actor: Actor) -> Standing:
    """The capacity the actor looks in: an involved authority first (003 §10)."""
    if actor.entity_id == request.requesting_entity_id:
        return Standing.REQUESTING_AUTHORITY
    if actor.entity_id and actor.entity_id == request.responding_entity_id:
        return Standing.RESPONDING_AUTHORITY
    coordinators = {request.requesting_coordinator_id, request.responding_coordinator_id}
    if actor.entity_id in coordinators - {""}:
        return Standing.COORDINATOR
    return Standing.UNINVOLVED


async def _view(deps: RequestDeps, work: UnitOfWork, request: Request, actor: Actor) -> RequestView:
    viewer = Viewer(standing(request, actor), actor.profiles)
    case = request.visibility_case()
    if not decide(Item.CONTENT, viewer, case).visible:
        raise RequestNotFound(request.request_id)
    personal = decide(Item.PERSONAL_DATA, viewer, case)
    subject = await work.requests.subject(request.request_id) if personal.visible else None
    return RequestView(
        request=request,
        personal_data=personal,
        attachments=decide(Item.ATTACHMENTS, viewer, case),
        subject=subject,
        late=request.is_late(today=deps.now().date()),
    )


async def _load(work: UnitOfWork, request_id: str) -> Request:
    request = await work.requests.get(request_id)
    if request is None:
        raise RequestNotFound(request_id)
    return request


async def _command(
    deps: RequestDeps,
    *,
    name: str,
    caller: Caller,
    request_id: str,
    expected_version: int,
    idempotency_key: str,
    act: Act,
    fields: dict[str, Any] | None = None,
    extra_entities: tuple[str, ...] = (),
    subject: tuple[DataSubject | None] | None = None,
) -> RequestView:
    """Run `act` on the request in one transaction; `subject`, when given, replaces the
    stored data subject (a one-tuple, so that replacing with None erases it)."""
    hashed = fingerprint(name, request_id=request_id, **(fields or {}))
    async with deps.uow() as work:
        request = await _load(work, request_id)
        actor = await deps.actors.actor(caller, area=request.area)
        if idempotency_key and await work.idempotency.recall(
            key=idempotency_key, fingerprint=hashed
        ):
            return await _view(deps, work, request, actor)
        if expected_version and request.version != expected_version:
            raise ConcurrentChange(request_id, expected_version, request.version)
        entities = await entities_for(deps, _involved(request, actor.entity_id, *extra_entities))
        act(request, actor, entities, deps.now())
        work.requests.add(request)
        if subject is not None:
            work.requests.put_subject(request_id, subject[0])
        if idempotency_key:
            await work.idempotency.remember(
                key=idempotency_key, fingerprint=hashed, result=request_id
            )
        await work.commit()
        return await _view(deps, work, request, actor)


# -- drafting and sending (§5.3.1) ----------------------------------------------------------


async def create_draft(
    deps: RequestDeps,
    *,
    caller: Caller,
    area: str,
    content: DraftContent,
    subject: DataSubject | None,
    idempotency_key: str,
) -> RequestView:
    if not area:
        raise InvalidField("area", "required", "area is required")
    actor = await deps.actors.actor(caller, area=area)
    hashed = fingerprint("create_draft", area=area, content=content, subject=subject)
    async with deps.uow() as work:
        if idempotency_key:
            known = await work.idempotency.recall(key=idempotency_key, fingerprint=hashed)
            if known:
                return await _view(deps, work, await _load(work, known), actor)
        now = deps.now()
        entities = await entities_for(
            deps, (actor.entity_id, content.responding_entity_id, content.requesting_coordinator_id)
        )
        request = Request.create(
            request_id=deps.new_id(),
            number=await work.numbers.next(now.year),
            area=area,
            actor=actor,
            entities=entities,
            now=now,
            content=content,
        )
        work.requests.add(request)
        work.requests.put_subject(
            request.request_id, subject if content.has_personal_data else None
        )
        if idempotency_key:
            await work.idempotency.remember(
                key=idempotency_key, fingerprint=hashed, result=request.request_id
            )
        await work.commit()
        return await _view(deps, work, request, actor)


async def save_draft(
    deps: RequestDeps,
    *,
    caller: Caller,
    request_id: str,
    expected_version: int,
    idempotency_key: str,
    content: DraftContent,
    subject: DataSubject | None,
) -> RequestView:
    """Replace the draft; the data subject is replaced when given, erased when the draft no
    longer has personal data, kept otherwise."""

    def act(request: Request, actor: Actor, entities: Entities, now: datetime) -> None:
        request.save_draft(actor=actor, entities=entities, now=now, content=content)

    change = None
    if not content.has_personal_data:
        change = (None,)
    elif subject is not None:
        change = (subject,)
    return await _command(
        deps,
        name="save_draft",
        caller=caller,
        request_id=request_id,
        expected_version=expected_version,
        idempotency_key=idempotency_key,
        act=act,
        fields={"content": content, "subject": subject},
        extra_entities=(content.responding_entity_id, content.requesting_coordinator_id),
        subject=change,
    )


@dataclass(frozen=True, slots=True)
class Target:
    """Which request a command acts on, as the caller read it."""

    caller: Caller
    request_id: str
    expected_version: int = 0
    idempotency_key: str = ""


async def _run(deps: RequestDeps, target: Target, name: str, act: Act, **fields: Any):
    return await _command(
        deps,
        name=name,
        caller=target.caller,
        request_id=target.request_id,
        expected_version=target.expected_version,
        idempotency_key=target.idempotency_key,
        act=act,
        fields=fields,
    )


def _plain(method: str) -> Callable[..., Any]:
    """A command without arguments of its own."""

    async def handler(deps: RequestDeps, target: Target) -> RequestView:
        def act(request: Request, actor: Actor, entities: Entities, now: datetime) -> None:
            getattr(request, method)(actor=actor, entities=entities, now=now)

        return await _run(deps, target, method, act)

    handler.__name__ = method
    return handler


def _with_text(method: str, argument: str) -> Callable[..., Any]:
    """A command whose one argument is a justification, opinion or suggestions."""

    async def handler(deps: RequestDeps, target: Target, text: FreeText) -> RequestView:
        def act(request: Request, actor: Actor, entities: Entities, now: datetime) -> None:
            getattr(request, method)(actor=actor, entities=entities, now=now, **{argument: text})

        return await _run(deps, target, method, act, text=text)

    handler.__name__ = method
    return handler


submit_request = _plain("submit")
approve_request = _plain("approve_request")
close_request = _plain("close")
accept_additional_information = _plain("accept_additional_information")
withdraw_request = _with_text("withdraw", "justification")
refuse_request = _with_text("refuse", "justification")
reject_request = _with_text("reject_request", "suggestions")
request_additional_information = _with_text("request_additional_information", "justification")
refuse_additional_information = _with_text("refuse_additional_information", "justification")
request_supervision = _with_text("request_supervision", "justification")
find_unsatisfactory = _with_text("find_unsatisfactory", "opinion")
find_satisfactory = _with_text("find_satisfactory", "opinion")
reiterate = _with_text("reiterate", "justification")


# -- the responder and the exchange (§5.3.2) ------------------------------------------------


async def accept_request(
    deps: RequestDeps, target: Target, *, coordinator_id: str, proposed_deadline: date | None
) -> RequestView:
    def act(request: Request, actor: Actor, entities: Entities, now: datetime) -> None:
        request.accept(
            actor=actor,
            entities=entities,
            now=now,
            coordinator_id=coordinator_id,
            proposed_deadline=proposed_deadline,
        )

    return await _run(
        deps, target, "accept", act, coordinator=coordinator_id, deadline=proposed_deadline
    )


async def add_comment(deps: RequestDeps, target: Target, text: FreeText) -> RequestView:
    message_id = deps.new_id()

    def act(request: Request, actor: Actor, entities: Entities, now: datetime) -> None:
        request.add_message(
            actor=actor, entities=entities, now=now, message_id=message_id, text=text
        )

    return await _run(deps, target, "add_comment", act, text=text)


async def answer_request(
    deps: RequestDeps, target: Target, answers: tuple[Answer, ...]
) -> RequestView:
    def act(request: Request, actor: Actor, entities: Entities, now: datetime) -> None:
        request.answer(actor=actor, entities=entities, now=now, answers=answers)

    return await _run(deps, target, "answer", act, answers=answers)


# -- reading ---------------------------------------------------------------------------------


async def get_request(deps: RequestDeps, *, caller: Caller, request_id: str) -> RequestView:
    async with deps.uow() as work:
        request = await _load(work, request_id)
        actor = await deps.actors.actor(caller, area=request.area)
        return await _view(deps, work, request, actor)


def _page(limit: int) -> int:
    return PAGE_MAX if limit <= 0 else min(limit, PAGE_MAX)


async def list_requests(
    deps: RequestDeps,
    *,
    caller: Caller,
    entity_id: str,
    states: frozenset[RequestState],
    role: str,
    offset: int,
    limit: int,
) -> tuple[list[RequestView], int | None]:
    """One page of the requests the caller's entity sent, received or coordinates; the next
    offset. Drafts are the requesting entity's only."""
    if role not in ("", "sent", "received"):
        raise InvalidField("role", "one_of", 'role is "sent", "received" or empty')
    own = caller.entity_ids[0] if caller.entity_ids else ""
    wanted = entity_id or own
    if not wanted or wanted not in caller.entity_ids:
        raise InvalidField("entity_id", "own_entity", "list your own entity's requests")
    size = _page(limit)
    async with deps.uow() as work:
        found, more = await work.requests.search(
            ListFilter(wanted, states, role), offset=max(offset, 0), limit=size
        )
        views = []
        for request in found:
            actor = await deps.actors.actor(caller, area=request.area)
            try:
                views.append(await _view(deps, work, request, actor))
            except RequestNotFound:
                continue
    return views, (offset + size if more else None)


async def list_pending_actions(
    deps: RequestDeps, *, caller: Caller, offset: int, limit: int
) -> tuple[list[Pending], int | None]:
    """The caller's open requests awaiting one of its actions, drafts included (§12)."""
    if not caller.entity_ids:
        return [], None
    today = deps.now().date()
    pending: list[Pending] = []
    async with deps.uow() as work:
        found, _ = await work.requests.search(
            ListFilter(caller.entity_ids[0], frozenset(OPEN)), offset=0, limit=PENDING_SCAN
        )
        for request in found:
            actor = await deps.actors.actor(caller, area=request.area)
            entities = await entities_for(deps, _involved(request, actor.entity_id))
            actions = tuple(a for a in PENDING if request.may(a, actor, entities))
            if actions:
                pending.append(Pending(request, actions, request.is_late(today=today)))
    size = _page(limit)
    start = max(offset, 0)
    following = start + size if len(pending) > start + size else None
    return pending[start : start + size], following
