"""In-app notices of the caller, the alert address, and dead letters for administrators."""

from typing import Annotated

from fastapi import APIRouter, Query
from tramita.common.v1 import pagination_pb2
from tramita.notifications.v1 import notifications_pb2 as pb
from tramita_platform.grpc_client import rpc_errors

from tramita_gateway.entrypoints.deps import Backends, Caller
from tramita_gateway.entrypoints.schemas import (
    AlertAddressIn,
    AlertAddressOut,
    DeadLetterOut,
    DeadLetterPage,
    NoticeOut,
    NoticePage,
    ReplayOut,
    UnreadOut,
)

router = APIRouter(prefix="/api/v1")
PageSize = Annotated[int, Query(ge=1, le=100)]


@router.get("/me/notices", response_model=NoticePage)
async def list_notices(
    caller: Caller,
    backends: Backends,
    unread_only: bool = False,
    page_size: PageSize = 20,
    page_token: str = "",
) -> NoticePage:
    request = pb.ListNoticesRequest(
        unread_only=unread_only,
        page=pagination_pb2.PageRequest(page_size=page_size, page_token=page_token),
    )
    with rpc_errors():
        reply = await backends.notifications.ListNotices(request, metadata=caller)
    return NoticePage(
        items=[_notice(n) for n in reply.notices],
        next_page_token=reply.page.next_page_token or None,
    )


@router.get("/me/notices/unread-count", response_model=UnreadOut)
async def count_unread(caller: Caller, backends: Backends) -> UnreadOut:
    with rpc_errors():
        reply = await backends.notifications.CountUnread(pb.CountUnreadRequest(), metadata=caller)
    return UnreadOut(unread=reply.unread)


@router.post("/me/notices/{notice_id}/read", response_model=NoticeOut)
async def mark_read(notice_id: str, caller: Caller, backends: Backends) -> NoticeOut:
    with rpc_errors():
        reply = await backends.notifications.MarkRead(
            pb.MarkReadRequest(notice_id=notice_id), metadata=caller
        )
    return _notice(reply.notice)


@router.put("/me/alert-address", response_model=AlertAddressOut)
async def set_alert_address(
    body: AlertAddressIn, caller: Caller, backends: Backends
) -> AlertAddressOut:
    with rpc_errors():
        reply = await backends.notifications.SetAlertAddress(
            pb.SetAlertAddressRequest(alert_email=body.alert_email), metadata=caller
        )
    return AlertAddressOut(alert_email=reply.alert_email)


@router.get("/admin/dead-letters", response_model=DeadLetterPage)
async def list_dead_letters(
    caller: Caller, backends: Backends, page_size: PageSize = 20, page_token: str = ""
) -> DeadLetterPage:
    page = pagination_pb2.PageRequest(page_size=page_size, page_token=page_token)
    with rpc_errors():
        reply = await backends.notifications.ListDeadLetters(
            pb.ListDeadLettersRequest(page=page), metadata=caller
        )
    return DeadLetterPage(
        items=[_dead_letter(d) for d in reply.dead_letters],
        next_page_token=reply.page.next_page_token or None,
    )


@router.post("/admin/dead-letters/replay", response_model=ReplayOut)
async def replay_dead_letters(
    caller: Caller, backends: Backends, message_id: str = ""
) -> ReplayOut:
    with rpc_errors():
        reply = await backends.notifications.ReplayDeadLetters(
            pb.ReplayDeadLettersRequest(message_id=message_id), metadata=caller
        )
    return ReplayOut(replayed=reply.replayed)


def _notice(message: pb.Notice) -> NoticeOut:
    return NoticeOut(
        notice_id=message.notice_id,
        kind=message.kind,
        title=message.title,
        link=message.link,
        created_at=message.created_at.ToDatetime(),
        read_at=message.read_at.ToDatetime() if message.HasField("read_at") else None,
    )


def _dead_letter(message: pb.DeadLetter) -> DeadLetterOut:
    return DeadLetterOut(
        message_id=message.message_id,
        kind=message.kind,
        channel=message.channel,
        address=message.address,
        attempts=message.attempts,
        last_error=message.last_error,
        created_at=message.created_at.ToDatetime(),
    )
