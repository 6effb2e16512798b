"""Information requests between authorities (requests service, IMI guide 003 §5).

The acting person and entity come from the caller's token (its `entity_id` claim). Every
command on a request takes the `expected_version` it read (409 when another change won)
and accepts an `Idempotency-Key`. Personal data of the data subject appears only where the
personal-data policy lets the caller see it.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from tramita.common.v1 import pagination_pb2
from tramita.requests.v1 import requests_pb2 as pb
from tramita_platform.grpc_client import rpc_errors
from tramita_platform.http import idempotency_key

from tramita_gateway.entrypoints.deps import Backends, Caller
from tramita_gateway.entrypoints.requests_schemas import (
    AcceptIn,
    AnswerIn,
    CommentIn,
    CreateDraftIn,
    DraftContentIn,
    FreeTextIO,
    JustifiedIn,
    OpinionIn,
    PendingActionOut,
    PendingPage,
    RequestOut,
    RequestPage,
    RequestStateName,
    RequestSummaryOut,
    SaveDraftIn,
    VersionIn,
)

router = APIRouter(prefix="/api/v1/requests", tags=["requests"])
PageSize = Annotated[int, Query(ge=1, le=100)]
Key = Annotated[str | None, Depends(idempotency_key)]
STATE_PREFIX = "REQUEST_STATE_"


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        cleaned = {k: _plain(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v != "UNSPECIFIED"}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str) and value.startswith(STATE_PREFIX):
        return value.removeprefix(STATE_PREFIX)
    return value


def _dict(message: Message) -> dict[str, Any]:
    return _plain(MessageToDict(message, preserving_proto_field_name=True))


def _out(message: pb.RequestDetail) -> RequestOut:
    return RequestOut.model_validate(_dict(message))


def _text(body: FreeTextIO | None) -> pb.FreeText | None:
    return None if body is None else pb.FreeText(text=body.text, language=body.language)


def _content(body: DraftContentIn) -> pb.DraftContent:
    return pb.DraftContent(
        responding_entity_id=body.responding_entity_id,
        requesting_coordinator_id=body.requesting_coordinator_id,
        question_set_id=body.question_set_id,
        questions=[
            pb.AskedQuestion(question_id=q.question_id, remark=_text(q.remark))
            for q in body.questions
        ],
        attachments=[
            pb.NewAttachment(
                attachment_id=a.attachment_id,
                file_ref=a.file_ref,
                comment_id=a.comment_id,
                note=_text(a.note),
            )
            for a in body.attachments
        ],
        justification=_text(body.justification),
        indicative_deadline=(
            body.indicative_deadline.isoformat() if body.indicative_deadline else ""
        ),
        has_personal_data=body.has_personal_data,
        data_subject=(
            pb.DataSubject(**body.data_subject.model_dump()) if body.data_subject else None
        ),
    )


def _common(request_id: str, body: VersionIn, key: str | None) -> dict[str, Any]:
    return {
        "request_id": request_id,
        "expected_version": body.expected_version,
        "idempotency_key": key or "",
    }


async def _call(backends: Backends, caller: Caller, method: str, request: Message) -> RequestOut:
    with rpc_errors():
        reply = await getattr(backends.requests, method)(request, metadata=caller)
    return _out(reply.request)


# -- reading ---------------------------------------------------------------------------------


@router.get("", response_model=RequestPage)
async def list_requests(
    caller: Caller,
    backends: Backends,
    entity_id: Annotated[str, Query(max_length=36, description="Empty: your entity.")] = "",
    state: Annotated[list[RequestStateName] | None, Query()] = None,
    role: Annotated[str, Query(pattern="^(sent|received)?$")] = "",
    page_size: PageSize = 20,
    page_token: str = "",
) -> RequestPage:
    """The requests your entity sent, received or coordinates, newest first."""
    request = pb.ListRequestsRequest(
        entity_id=entity_id,
        page=pagination_pb2.PageRequest(page_size=page_size, page_token=page_token),
        states=[pb.RequestState.Value(STATE_PREFIX + s) for s in state or []],
        role=role,
    )
    with rpc_errors():
        reply = await backends.requests.ListRequests(request, metadata=caller)
    return RequestPage(
        requests=[RequestSummaryOut.model_validate(_dict(r)) for r in reply.requests],
        next_page_token=reply.page.next_page_token,
    )


@router.get("/pending", response_model=PendingPage)
async def list_pending_actions(
    caller: Caller, backends: Backends, page_size: PageSize = 20, page_token: str = ""
) -> PendingPage:
    """Your requests awaiting one of your actions (drafts included)."""
    request = pb.ListPendingActionsRequest(
        page=pagination_pb2.PageRequest(page_size=page_size, page_token=page_token)
    )
    with rpc_errors():
        reply = await backends.requests.ListPendingActions(request, metadata=caller)
    return PendingPage(
        pending=[PendingActionOut.model_validate(_dict(p)) for p in reply.pending],
        next_page_token=reply.page.next_page_token,
    )


@router.get("/{request_id}", response_model=RequestOut)
async def get_request(request_id: str, caller: Caller, backends: Backends) -> RequestOut:
    """One request as you may see it; 404 when you may not."""
    with rpc_errors():
        reply = await backends.requests.GetRequest(
            pb.GetRequestRequest(request_id=request_id), metadata=caller
        )
    return _out(reply.detail)


# -- drafting and sending --------------------------------------------------------------------


@router.post("", status_code=201, response_model=RequestOut)
async def create_draft(
    body: CreateDraftIn, caller: Caller, backends: Backends, key: Key = None
) -> RequestOut:
    """Start a draft of your entity (partial content is fine)."""
    request = pb.CreateDraftRequest(
        area=body.area, content=_content(body.content), idempotency_key=key or ""
    )
    return await _call(backends, caller, "CreateDraft", request)


@router.put("/{request_id}/draft", response_model=RequestOut)
async def save_draft(
    request_id: str, body: SaveDraftIn, caller: Caller, backends: Backends, key: Key = None
) -> RequestOut:
    """Replace the draft's content."""
    request = pb.SaveDraftRequest(**_common(request_id, body, key), content=_content(body.content))
    return await _call(backends, caller, "SaveDraft", request)


@router.post("/{request_id}/submit", response_model=RequestOut)
async def submit_request(
    request_id: str, body: VersionIn, caller: Caller, backends: Backends, key: Key = None
) -> RequestOut:
    """Send the draft (or submit it for your coordinator's approval)."""
    request = pb.SubmitRequestRequest(**_common(request_id, body, key))
    return await _call(backends, caller, "SubmitRequest", request)


@router.post("/{request_id}/withdraw", response_model=RequestOut)
async def withdraw_request(
    request_id: str, body: JustifiedIn, caller: Caller, backends: Backends, key: Key = None
) -> RequestOut:
    """Withdraw a request not yet accepted (it closes)."""
    request = pb.WithdrawRequestRequest(
        **_common(request_id, body, key), justification=_text(body.justification)
    )
    return await _call(backends, caller, "WithdrawRequest", request)


# -- the responder ---------------------------------------------------------------------------


@router.post("/{request_id}/accept", response_model=RequestOut)
async def accept_request(
    request_id: str, body: AcceptIn, caller: Caller, backends: Backends, key: Key = None
) -> RequestOut:
    """Accept the request, optionally proposing a later (binding) deadline."""
    request = pb.AcceptRequestRequest(
        **_common(request_id, body, key),
        coordinator_id=body.coordinator_id,
        proposed_deadline=body.proposed_deadline.isoformat() if body.proposed_deadline else "",
    )
    return await _call(backends, caller, "AcceptRequest", request)


@router.post("/{request_id}/refuse", response_model=RequestOut)
async def refuse_request(
    request_id: str, body: JustifiedIn, caller: Caller, backends: Backends, key: Key = None
) -> RequestOut:
    """Refuse the request (if your entity may); it closes."""
    request = pb.RefuseRequestRequest(
        **_common(request_id, body, key), justification=_text(body.justification)
    )
    return await _call(backends, caller, "RefuseRequest", request)


@router.post("/{request_id}/comments", response_model=RequestOut)
async def add_comment(
    request_id: str, body: CommentIn, caller: Caller, backends: Backends, key: Key = None
) -> RequestOut:
    """A message for the other side, which is told of it."""
    request = pb.AddCommentRequest(**_common(request_id, body, key), text=_text(body.text))
    return await _call(backends, caller, "AddComment", request)


@router.post("/{request_id}/answer", response_model=RequestOut)
async def answer_request(
    request_id: str, body: AnswerIn, caller: Caller, backends: Backends, key: Key = None
) -> RequestOut:
    """Send the answers (the first answer covers every question)."""
    request = pb.AnswerRequestRequest(
        **_common(request_id, body, key),
        answers=[
            pb.Answer(question_id=a.question_id, answer_id=a.answer_id, remark=_text(a.remark))
            for a in body.answers
        ],
    )
    return await _call(backends, caller, "AnswerRequest", request)


# -- after the answer ------------------------------------------------------------------------


def _justified(path: str, method: str, summary: str, message: type[Message]) -> None:
    async def endpoint(
        request_id: str, body: JustifiedIn, caller: Caller, backends: Backends, key: Key = None
    ) -> RequestOut:
        request = message(**_common(request_id, body, key), justification=_text(body.justification))
        return await _call(backends, caller, method, request)

    router.add_api_route(
        f"/{{request_id}}/{path}",
        endpoint,
        methods=["POST"],
        response_model=RequestOut,
        summary=summary,
        name=method,
    )


def _opinion(path: str, method: str, summary: str, message: type[Message]) -> None:
    async def endpoint(
        request_id: str, body: OpinionIn, caller: Caller, backends: Backends, key: Key = None
    ) -> RequestOut:
        request = message(**_common(request_id, body, key), opinion=_text(body.opinion))
        return await _call(backends, caller, method, request)

    router.add_api_route(
        f"/{{request_id}}/{path}",
        endpoint,
        methods=["POST"],
        response_model=RequestOut,
        summary=summary,
        name=method,
    )


def _plain_action(path: str, method: str, summary: str, message: type[Message]) -> None:
    async def endpoint(
        request_id: str, body: VersionIn, caller: Caller, backends: Backends, key: Key = None
    ) -> RequestOut:
        return await _call(backends, caller, method, message(**_common(request_id, body, key)))

    router.add_api_route(
        f"/{{request_id}}/{path}",
        endpoint,
        methods=["POST"],
        response_model=RequestOut,
        summary=summary,
        name=method,
    )


_justified(
    "additional-information",
    "RequestAdditionalInformation",
    "Ask more about the original questions",
    pb.RequestAdditionalInformationRequest,
)
_plain_action(
    "additional-information/accept",
    "AcceptAdditionalInformation",
    "The responder will provide more information",
    pb.AcceptAdditionalInformationRequest,
)
_justified(
    "additional-information/refuse",
    "RefuseAdditionalInformation",
    "The responder refuses to provide more information",
    pb.RefuseAdditionalInformationRequest,
)
_justified(
    "supervision",
    "RequestSupervision",
    "Escalate to the coordinators after a refusal",
    pb.RequestSupervisionRequest,
)
_opinion(
    "unsatisfactory",
    "FindUnsatisfactory",
    "A supervisor agrees the answer is unsatisfactory",
    pb.FindUnsatisfactoryRequest,
)
_opinion(
    "satisfactory",
    "FindSatisfactory",
    "A supervisor finds the answer satisfactory (closes)",
    pb.FindSatisfactoryRequest,
)
_justified(
    "reiterate", "ReiterateAnswer", "The responder keeps its position", pb.ReiterateAnswerRequest
)
_plain_action(
    "close", "CloseRequest", "Accept the answer and close the request", pb.CloseRequestRequest
)
