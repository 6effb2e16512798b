"""The servicer over in-memory adapters: proto in, use case, proto out (the token's claims
stand in through `caller`)."""

import pytest
from tramita.requests.v1 import requests_pb2 as pb
from tramita_requests.adapters.actors import TokenClaimsActors
from tramita_requests.app.handlers import RequestDeps
from tramita_requests.app.ports import Caller
from tramita_requests.entrypoints import grpc_servicer
from tramita_requests.entrypoints.grpc_servicer import RequestsServicer

from .fakes import FakeDirectory, FakeUow, Store, ids
from .request_world import BASE_FACTS, DE_AUTH, NOW, PT_AUTH

ALICE = Caller("alice", (PT_AUTH,), frozenset({"request-handler"}))
BOB = Caller("bob", (DE_AUTH,), frozenset({"request-handler"}))


@pytest.fixture
def servicer() -> RequestsServicer:
    store = Store()
    return RequestsServicer(
        RequestDeps(
            uow=lambda: FakeUow(store),
            now=lambda: NOW,
            new_id=ids("req"),
            actors=TokenClaimsActors(),
            directory=FakeDirectory(BASE_FACTS),
        )
    )


def acting(monkeypatch, who: Caller) -> None:
    monkeypatch.setattr(grpc_servicer, "caller", lambda: who)


CONTENT = pb.DraftContent(
    responding_entity_id=DE_AUTH,
    requesting_coordinator_id="pt-coordinator",
    question_set_id="services-directive.general",
    questions=[pb.AskedQuestion(question_id="sdg.01")],
    justification=pb.FreeText(text="Checking a claim.", language="en"),
    indicative_deadline="2026-03-30",
    has_personal_data=True,
    data_subject=pb.DataSubject(full_name="Maria Exemplo"),
)


async def test_create_submit_accept_answer_close(servicer, monkeypatch) -> None:
    acting(monkeypatch, ALICE)
    created = await servicer.CreateDraft(
        pb.CreateDraftRequest(area="services-directive", content=CONTENT), None
    )
    draft = created.request
    assert draft.state == pb.REQUEST_STATE_DRAFT
    assert draft.data_subject.full_name == "Maria Exemplo"
    rid = draft.request_id
    sent = await servicer.SubmitRequest(
        pb.SubmitRequestRequest(request_id=rid, expected_version=draft.version), None
    )
    assert sent.request.state == pb.REQUEST_STATE_AWAITING_ACCEPTANCE

    acting(monkeypatch, BOB)
    seen = await servicer.GetRequest(pb.GetRequestRequest(request_id=rid), None)
    assert not seen.detail.HasField("data_subject") and not seen.detail.personal_data_visible
    assert seen.request.deadline == "2026-03-30"
    pending = await servicer.ListPendingActions(pb.ListPendingActionsRequest(), None)
    assert "ACCEPT" in pending.pending[0].actions
    accepted = await servicer.AcceptRequest(
        pb.AcceptRequestRequest(
            request_id=rid, coordinator_id="de-coordinator", proposed_deadline="2026-04-20"
        ),
        None,
    )
    assert accepted.request.deadline == "2026-04-20"
    assert accepted.request.data_subject.full_name == "Maria Exemplo"
    await servicer.AddComment(
        pb.AddCommentRequest(request_id=rid, text=pb.FreeText(text="On it", language="en")), None
    )
    answered = await servicer.AnswerRequest(
        pb.AnswerRequestRequest(
            request_id=rid, answers=[pb.Answer(question_id="sdg.01", answer_id="yes")]
        ),
        None,
    )
    assert answered.request.state == pb.REQUEST_STATE_ANSWERED
    assert len(answered.request.messages) == 1

    acting(monkeypatch, ALICE)
    closed = await servicer.CloseRequest(pb.CloseRequestRequest(request_id=rid), None)
    assert closed.request.state == pb.REQUEST_STATE_CLOSED
    listed = await servicer.ListRequests(
        pb.ListRequestsRequest(states=[pb.REQUEST_STATE_CLOSED]), None
    )
    assert [r.request_id for r in listed.requests] == [rid]
