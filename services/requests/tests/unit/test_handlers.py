"""The use cases over in-memory adapters: journey 4's happy path with personal data hidden
where the policy says, idempotency, optimistic concurrency and the pending actions."""

from datetime import date, timedelta

import pytest
from tramita_requests.adapters.actors import TokenClaimsActors
from tramita_requests.app import handlers as use
from tramita_requests.app.errors import ConcurrentChange, NoActingEntity, RequestNotFound
from tramita_requests.app.handlers import RequestDeps, Target
from tramita_requests.app.ports import Caller, DataSubject
from tramita_requests.domain import events
from tramita_requests.domain.errors import IncompleteRequest, NotPermitted
from tramita_requests.domain.states import Action, Profile, RequestState
from tramita_requests.domain.visibility import Rule

from .fakes import FakeDirectory, FakeUow, Store, ids
from .request_world import (
    AREA,
    BASE_FACTS,
    DE_AUTH,
    DE_COORD,
    NOW,
    PT_AUTH,
    PT_COORD,
    draft_content,
    full_answers,
    text,
)

S = RequestState
SUBJECT = DataSubject(full_name="Maria Exemplo", identifier="PT123456789")


def who(person: str, entity: str, *profiles: Profile) -> Caller:
    return Caller(person, (entity,), frozenset(p.value for p in profiles))


ALICE = who("alice", PT_AUTH, Profile.HANDLER)
BOB = who("bob", DE_AUTH, Profile.HANDLER)
SUE = who("sue", PT_COORD, Profile.SUPERVISOR)
SAM = who("sam", DE_COORD, Profile.SUPERVISOR)


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def deps(store: Store) -> RequestDeps:
    clock = iter(NOW + timedelta(hours=n) for n in range(1, 10_000))
    return RequestDeps(
        uow=lambda: FakeUow(store),
        now=lambda: next(clock),
        new_id=ids("req"),
        actors=TokenClaimsActors(),
        directory=FakeDirectory(BASE_FACTS),
    )


async def _draft(deps: RequestDeps, **changes) -> use.RequestView:
    return await use.create_draft(
        deps,
        caller=ALICE,
        area=AREA,
        content=draft_content(**changes),
        subject=SUBJECT,
        idempotency_key="create-1",
    )


async def test_journey_4_happy_path_hides_personal_data_where_the_policy_says(
    deps: RequestDeps, store: Store
) -> None:
    draft = await _draft(deps)
    rid = draft.request.request_id
    assert draft.request.number.endswith("/000001")
    assert draft.subject == SUBJECT

    sent = await use.submit_request(deps, Target(ALICE, rid, draft.request.version))
    assert sent.request.state is S.AWAITING_ACCEPTANCE

    before = await use.get_request(deps, caller=BOB, request_id=rid)
    assert before.subject is None and before.personal_data.rule is Rule.BEFORE_ACCEPTANCE
    assert not before.attachments.visible

    accepted = await use.accept_request(
        deps, Target(BOB, rid), coordinator_id=DE_COORD, proposed_deadline=date(2026, 4, 15)
    )
    assert accepted.subject == SUBJECT
    assert accepted.request.deadline == date(2026, 4, 15)

    coordinator = await use.get_request(deps, caller=SAM, request_id=rid)
    assert coordinator.subject is None and coordinator.personal_data.rule is Rule.COORDINATION_ROLE

    await use.add_comment(deps, Target(BOB, rid), text("We are checking the register."))
    await use.answer_request(deps, Target(BOB, rid), full_answers())
    more = await use.request_additional_information(deps, Target(ALICE, rid), text())
    assert more.request.state is S.ADDITIONAL_INFORMATION_REQUESTED
    await use.refuse_additional_information(deps, Target(BOB, rid), text())
    await use.request_supervision(deps, Target(ALICE, rid), text())
    passed = await use.find_unsatisfactory(deps, Target(SUE, rid), text())
    assert passed.request.state is S.AWAITING_RESPONDING_SUPERVISION
    returned = await use.find_unsatisfactory(deps, Target(SAM, rid), text())
    assert returned.request.state is S.RECONSIDERATION_REQUESTED
    await use.accept_additional_information(deps, Target(BOB, rid))
    await use.answer_request(deps, Target(BOB, rid), full_answers()[:1])
    closed = await use.close_request(deps, Target(ALICE, rid))
    assert closed.request.state is S.CLOSED

    kinds = [type(e) for e in store.events]
    assert kinds[:4] == [
        events.RequestCreated,
        events.RequestSent,
        events.RequestAccepted,
        events.RequestDeadlineChanged,
    ]
    assert events.CommentAdded in kinds and kinds[-1] is events.RequestClosed


async def test_a_retried_create_returns_the_first_draft(deps: RequestDeps, store: Store) -> None:
    first = await _draft(deps)
    again = await _draft(deps)
    assert again.request.request_id == first.request.request_id
    assert len(store.rows) == 1


async def test_a_stale_version_is_refused(deps: RequestDeps) -> None:
    draft = await _draft(deps)
    rid = draft.request.request_id
    await use.save_draft(
        deps,
        caller=ALICE,
        request_id=rid,
        expected_version=draft.request.version,
        idempotency_key="",
        content=draft_content(),
        subject=None,
    )
    with pytest.raises(ConcurrentChange):
        await use.submit_request(deps, Target(ALICE, rid, draft.request.version))


async def test_saving_without_personal_data_erases_the_subject(
    deps: RequestDeps, store: Store
) -> None:
    draft = await _draft(deps)
    rid = draft.request.request_id
    assert rid in store.subjects
    await use.save_draft(
        deps,
        caller=ALICE,
        request_id=rid,
        expected_version=0,
        idempotency_key="",
        content=draft_content(has_personal_data=False),
        subject=SUBJECT,
    )
    assert rid not in store.subjects


async def test_an_incomplete_draft_cannot_be_sent(deps: RequestDeps) -> None:
    draft = await _draft(deps, justification=None)
    with pytest.raises(IncompleteRequest):
        await use.submit_request(deps, Target(ALICE, draft.request.request_id))


async def test_a_draft_is_invisible_to_the_responder(deps: RequestDeps) -> None:
    draft = await _draft(deps)
    with pytest.raises(RequestNotFound):
        await use.get_request(deps, caller=BOB, request_id=draft.request.request_id)


async def test_only_the_responder_accepts(deps: RequestDeps) -> None:
    draft = await _draft(deps)
    rid = draft.request.request_id
    await use.submit_request(deps, Target(ALICE, rid))
    with pytest.raises(NotPermitted):
        await use.accept_request(
            deps, Target(ALICE, rid), coordinator_id=DE_COORD, proposed_deadline=None
        )


async def test_a_token_without_entity_cannot_act(deps: RequestDeps) -> None:
    with pytest.raises(NoActingEntity):
        await use.create_draft(
            deps,
            caller=Caller("nobody"),
            area=AREA,
            content=draft_content(),
            subject=None,
            idempotency_key="",
        )


async def test_lists_and_pending_actions(deps: RequestDeps) -> None:
    draft = await _draft(deps)
    other = await use.create_draft(
        deps, caller=ALICE, area=AREA, content=draft_content(), subject=None, idempotency_key=""
    )
    await use.submit_request(deps, Target(ALICE, other.request.request_id))

    pending, following = await use.list_pending_actions(deps, caller=ALICE, offset=0, limit=10)
    assert following is None
    assert [(p.request.request_id, p.actions) for p in pending] == [
        (draft.request.request_id, (Action.SUBMIT,))
    ]
    received, _ = await use.list_pending_actions(deps, caller=BOB, offset=0, limit=10)
    assert [p.request.request_id for p in received] == [other.request.request_id]
    assert Action.ACCEPT in received[0].actions

    sent, _ = await use.list_requests(
        deps,
        caller=ALICE,
        entity_id="",
        states=frozenset({S.AWAITING_ACCEPTANCE}),
        role="sent",
        offset=0,
        limit=10,
    )
    assert [v.request.request_id for v in sent] == [other.request.request_id]
    page, following = await use.list_requests(
        deps, caller=ALICE, entity_id="", states=frozenset(), role="", offset=0, limit=1
    )
    assert len(page) == 1 and following == 1
    seen_by_bob, _ = await use.list_requests(
        deps, caller=BOB, entity_id="", states=frozenset(), role="", offset=0, limit=10
    )
    assert [v.request.request_id for v in seen_by_bob] == [other.request.request_id]
