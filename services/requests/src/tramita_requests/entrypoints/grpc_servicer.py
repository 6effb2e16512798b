"""RequestsService: proto → use case → proto. Who acts comes from the verified token."""

import grpc
from tramita.common.v1 import pagination_pb2
from tramita.requests.v1 import requests_pb2 as pb
from tramita.requests.v1 import requests_pb2_grpc
from tramita_platform.auth import require_principal

from tramita_requests.app import handlers as use
from tramita_requests.app.handlers import RequestDeps, Target
from tramita_requests.app.ports import Caller
from tramita_requests.domain.errors import InvalidField
from tramita_requests.entrypoints.request_proto import (
    answers_from,
    content_from,
    date_from,
    detail_proto,
    pending_proto,
    required_text_from,
    state_from,
    summary_proto,
)

type Context = grpc.aio.ServicerContext


def entity_claims(claims) -> tuple[str, ...]:
    """The entity ids the token grants: its `entity_id` and/or `entity_ids` claims."""
    ids: list[str] = []
    single = claims.get("entity_id")
    if isinstance(single, str) and single:
        ids.append(single)
    many = claims.get("entity_ids")
    if isinstance(many, list):
        ids.extend(str(i) for i in many if i)
    return tuple(dict.fromkeys(ids))


def caller() -> Caller:
    principal = require_principal()
    return Caller(
        subject=principal.subject,
        entity_ids=entity_claims(principal.claims),
        roles=frozenset(principal.roles),
    )


def _offset(token: str) -> int:
    if not token:
        return 0
    if not token.isdigit():
        raise InvalidField("page.page_token", "opaque_token", "not a token of this list")
    return int(token)


def _page(following: int | None) -> pagination_pb2.PageResponse:
    return pagination_pb2.PageResponse(next_page_token="" if following is None else str(following))


def _target(request) -> Target:
    return Target(caller(), request.request_id, request.expected_version, request.idempotency_key)


class RequestsServicer(requests_pb2_grpc.RequestsServiceServicer):
    def __init__(self, deps: RequestDeps) -> None:
        self._deps = deps

    async def GetRequest(self, request, context: Context):
        view = await use.get_request(self._deps, caller=caller(), request_id=request.request_id)
        return pb.GetRequestResponse(
            request=summary_proto(view.request, late=view.late), detail=detail_proto(view)
        )

    async def ListRequests(self, request, context: Context):
        views, following = await use.list_requests(
            self._deps,
            caller=caller(),
            entity_id=request.entity_id,
            states=frozenset(state_from(s) for s in request.states),
            role=request.role,
            offset=_offset(request.page.page_token),
            limit=request.page.page_size,
        )
        return pb.ListRequestsResponse(
            requests=[summary_proto(v.request, late=v.late) for v in views], page=_page(following)
        )

    async def ListPendingActions(self, request, context: Context):
        found, following = await use.list_pending_actions(
            self._deps,
            caller=caller(),
            offset=_offset(request.page.page_token),
            limit=request.page.page_size,
        )
        return pb.ListPendingActionsResponse(
            pending=[pending_proto(p) for p in found], page=_page(following)
        )

    async def CreateDraft(self, request, context: Context):
        content, subject = content_from(request.content)
        view = await use.create_draft(
            self._deps,
            caller=caller(),
            area=request.area,
            content=content,
            subject=subject,
            idempotency_key=request.idempotency_key,
        )
        return pb.CreateDraftResponse(request=detail_proto(view))

    async def SaveDraft(self, request, context: Context):
        content, subject = content_from(request.content)
        view = await use.save_draft(
            self._deps,
            caller=caller(),
            request_id=request.request_id,
            expected_version=request.expected_version,
            idempotency_key=request.idempotency_key,
            content=content,
            subject=subject,
        )
        return pb.SaveDraftResponse(request=detail_proto(view))

    async def SubmitRequest(self, request, context: Context):
        view = await use.submit_request(self._deps, _target(request))
        return pb.SubmitRequestResponse(request=detail_proto(view))

    async def WithdrawRequest(self, request, context: Context):
        text = required_text_from(request.justification)
        view = await use.withdraw_request(self._deps, _target(request), text)
        return pb.WithdrawRequestResponse(request=detail_proto(view))

    async def AcceptRequest(self, request, context: Context):
        view = await use.accept_request(
            self._deps,
            _target(request),
            coordinator_id=request.coordinator_id,
            proposed_deadline=date_from(request.proposed_deadline, field="proposed_deadline"),
        )
        return pb.AcceptRequestResponse(request=detail_proto(view))

    async def RefuseRequest(self, request, context: Context):
        text = required_text_from(request.justification)
        view = await use.refuse_request(self._deps, _target(request), text)
        return pb.RefuseRequestResponse(request=detail_proto(view))

    async def AddComment(self, request, context: Context):
        view = await use.add_comment(self._deps, _target(request), required_text_from(request.text))
        return pb.AddCommentResponse(request=detail_proto(view))

    async def AnswerRequest(self, request, context: Context):
        answers = answers_from(request.answers)
        view = await use.answer_request(self._deps, _target(request), answers)
        return pb.AnswerRequestResponse(request=detail_proto(view))

    async def RequestAdditionalInformation(self, request, context: Context):
        text = required_text_from(request.justification)
        view = await use.request_additional_information(self._deps, _target(request), text)
        return pb.RequestAdditionalInformationResponse(request=detail_proto(view))

    async def AcceptAdditionalInformation(self, request, context: Context):
        view = await use.accept_additional_information(self._deps, _target(request))
        return pb.AcceptAdditionalInformationResponse(request=detail_proto(view))

    async def RefuseAdditionalInformation(self, request, context: Context):
        text = required_text_from(request.justification)
        view = await use.refuse_additional_information(self._deps, _target(request), text)
        return pb.RefuseAdditionalInformationResponse(request=detail_proto(view))

    async def RequestSupervision(self, request, context: Context):
        text = required_text_from(request.justification)
        view = await use.request_supervision(self._deps, _target(request), text)
        return pb.RequestSupervisionResponse(request=detail_proto(view))

    async def FindUnsatisfactory(self, request, context: Context):
        text = required_text_from(request.opinion)
        view = await use.find_unsatisfactory(self._deps, _target(request), text)
        return pb.FindUnsatisfactoryResponse(request=detail_proto(view))

    async def FindSatisfactory(self, request, context: Context):
        text = required_text_from(request.opinion)
        view = await use.find_satisfactory(self._deps, _target(request), text)
        return pb.FindSatisfactoryResponse(request=detail_proto(view))

    async def ReiterateAnswer(self, request, context: Context):
        text = required_text_from(request.justification)
        view = await use.reiterate(self._deps, _target(request), text)
        return pb.ReiterateAnswerResponse(request=detail_proto(view))

    async def CloseRequest(self, request, context: Context):
        view = await use.close_request(self._deps, _target(request))
        return pb.CloseRequestResponse(request=detail_proto(view))
