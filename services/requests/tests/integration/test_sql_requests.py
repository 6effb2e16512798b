"""Requests on real PostgreSQL: drafting to acceptance through the SQL adapters, the data
subject sealed apart, events in the outbox, idempotency and a lost race."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text
from tramita.common.v1.envelope_pb2 import EventEnvelope
from tramita_platform.clock import ManualClock
from tramita_requests.adapters.actors import TokenClaimsActors
from tramita_requests.adapters.orm import request_subjects, requests
from tramita_requests.app import handlers as use
from tramita_requests.app.errors import ConcurrentChange
from tramita_requests.app.handlers import Target
from tramita_requests.app.ports import Caller, DataSubject
from tramita_requests.bootstrap import build_with_sessions
from tramita_requests.domain.actors import EntityFacts
from tramita_requests.domain.content import AskedQuestion, DraftContent, FreeText
from tramita_requests.domain.states import Profile, RequestState
from tramita_requests.settings import RequestsSettings

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
AREA = "services-directive"
ENTITIES = (
    EntityFacts("pt-auth", "PT", privileged_coordinator_ids=("pt-coord",)),
    EntityFacts("pt-coord", "PT", request_coordinator=True),
    EntityFacts("de-auth", "DE", privileged_coordinator_ids=("de-coord",)),
    EntityFacts("de-coord", "DE", request_coordinator=True),
)
SUBJECT = DataSubject(full_name="Maria Exemplo", identifier="PT123456789")
CONTENT = DraftContent(
    responding_entity_id="de-auth",
    question_set_id="services-directive.general",
    questions=(AskedQuestion("sdg.01"),),
    justification=FreeText("Checking an establishment claim.", "en"),
    indicative_deadline=datetime(2026, 3, 30).date(),
    has_personal_data=True,
)
ALICE = Caller("alice", ("pt-auth",), frozenset({Profile.HANDLER.value}))
BOB = Caller("bob", ("de-auth",), frozenset({Profile.HANDLER.value}))


@pytest.fixture
async def app(engine, sessions):
    settings = RequestsSettings(
        personal_data_key="a test key of sixteen+ chars", service_client_secret="test"
    )
    built = build_with_sessions(
        settings, engine, sessions, clock=ManualClock(T0), actors=TokenClaimsActors()
    )
    for facts in ENTITIES:
        await built.directory.put(facts)
    return built


async def _outbox_types(sessions) -> list[str]:
    async with sessions() as session:
        rows = (await session.execute(text("SELECT envelope FROM outbox ORDER BY id"))).scalars()
        return [EventEnvelope.FromString(bytes(row)).type for row in rows]


async def test_draft_to_acceptance_with_the_subject_sealed_apart(app, sessions) -> None:
    deps = app.deps
    draft = await use.create_draft(
        deps, caller=ALICE, area=AREA, content=CONTENT, subject=SUBJECT, idempotency_key="k1"
    )
    rid = draft.request.request_id
    again = await use.create_draft(
        deps, caller=ALICE, area=AREA, content=CONTENT, subject=SUBJECT, idempotency_key="k1"
    )
    assert again.request.request_id == rid

    async with sessions() as session:
        row = (await session.execute(select(requests))).one()
        sealed = (await session.execute(select(request_subjects.c.sealed))).scalar_one()
    assert b"Maria" not in sealed and "Maria" not in str(row.document)
    assert row.version == 1 and row.state == "DRAFT"

    await use.submit_request(deps, Target(ALICE, rid, 1))
    hidden = await use.get_request(deps, caller=BOB, request_id=rid)
    assert hidden.subject is None
    accepted = await use.accept_request(
        deps, Target(BOB, rid, 2), coordinator_id="", proposed_deadline=None
    )
    assert accepted.subject == SUBJECT
    assert accepted.request.state is RequestState.ACCEPTED
    assert accepted.request.version == 3

    with pytest.raises(ConcurrentChange):
        await use.add_comment(deps, Target(BOB, rid, 2), FreeText("Late?", "en"))

    types = await _outbox_types(sessions)
    assert types == [
        "tramita.requests.RequestCreated.v1",
        "tramita.requests.RequestSent.v1",
        "tramita.requests.RequestAccepted.v1",
    ]
    listed, _ = await use.list_requests(
        deps, caller=BOB, entity_id="", states=frozenset(), role="received", offset=0, limit=5
    )
    assert [v.request.request_id for v in listed] == [rid]
