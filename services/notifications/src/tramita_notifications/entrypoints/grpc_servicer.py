"""NotificationsService over gRPC: proto → use case → proto, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.common.v1 import pagination_pb2
from tramita.notifications.v1 import notifications_pb2 as pb
from tramita.notifications.v1 import notifications_pb2_grpc
from tramita_platform.auth import Principal, require_principal
from tramita_platform.clock import Clock
from tramita_platform.errors import PermissionDenied

from tramita_notifications.app import inbox
from tramita_notifications.app.delivery import DeadLetter
from tramita_notifications.app.direct import SendDirect, send_direct
from tramita_notifications.app.ports import Notice, Renderer
from tramita_notifications.domain.model import Channel

_CHANNELS = {pb.CHANNEL_EMAIL: Channel.EMAIL, pb.CHANNEL_SMS: Channel.SMS}
ADMIN_ROLE = "platform-admin"


@dataclass(frozen=True)
class NotificationsDependencies:
    uow: Callable
    renderer: Renderer
    clock: Clock
    direct_senders: frozenset[str]


class NotificationsServicer(notifications_pb2_grpc.NotificationsServiceServicer):
    def __init__(self, deps: NotificationsDependencies) -> None:
        self._deps = deps

    async def ListNotices(
        self, request: pb.ListNoticesRequest, context: grpc.aio.ServicerContext
    ) -> pb.ListNoticesResponse:
        notices, token = await inbox.list_notices(
            require_principal().subject,
            unread_only=request.unread_only,
            page_token=request.page.page_token,
            page_size=request.page.page_size,
            uow=self._deps.uow,
        )
        return pb.ListNoticesResponse(
            notices=[_notice(n) for n in notices],
            page=pagination_pb2.PageResponse(next_page_token=token),
        )

    async def CountUnread(
        self, request: pb.CountUnreadRequest, context: grpc.aio.ServicerContext
    ) -> pb.CountUnreadResponse:
        unread = await inbox.count_unread(require_principal().subject, uow=self._deps.uow)
        return pb.CountUnreadResponse(unread=unread)

    async def MarkRead(
        self, request: pb.MarkReadRequest, context: grpc.aio.ServicerContext
    ) -> pb.MarkReadResponse:
        notice = await inbox.mark_read(
            require_principal().subject,
            request.notice_id,
            now=self._deps.clock.now(),
            uow=self._deps.uow,
        )
        return pb.MarkReadResponse(notice=_notice(notice))

    async def SetAlertAddress(
        self, request: pb.SetAlertAddressRequest, context: grpc.aio.ServicerContext
    ) -> pb.SetAlertAddressResponse:
        address = await inbox.set_alert_address(
            require_principal().subject,
            request.alert_email,
            now=self._deps.clock.now(),
            uow=self._deps.uow,
        )
        return pb.SetAlertAddressResponse(alert_email=address)

    async def SendDirect(
        self, request: pb.SendDirectRequest, context: grpc.aio.ServicerContext
    ) -> pb.SendDirectResponse:
        caller = _direct_sender(require_principal(), self._deps.direct_senders)
        command = SendDirect(
            kind=request.kind,
            channel=_CHANNELS.get(request.channel, Channel.EMAIL),
            address=request.address,
            language=request.language,
            idempotency_key=f"{caller}:{request.idempotency_key}"
            if request.idempotency_key
            else "",
            person_id=request.person_id,
            link=request.link,
            params=dict(request.params),
        )
        message_id = await send_direct(
            command, uow=self._deps.uow, renderer=self._deps.renderer, now=self._deps.clock.now()
        )
        return pb.SendDirectResponse(message_id=message_id)

    async def ListDeadLetters(
        self, request: pb.ListDeadLettersRequest, context: grpc.aio.ServicerContext
    ) -> pb.ListDeadLettersResponse:
        _require_admin(require_principal(), "list dead letters")
        letters, token = await inbox.list_dead_letters(
            page_token=request.page.page_token,
            page_size=request.page.page_size,
            uow=self._deps.uow,
        )
        return pb.ListDeadLettersResponse(
            dead_letters=[_dead_letter(d) for d in letters],
            page=pagination_pb2.PageResponse(next_page_token=token),
        )

    async def ReplayDeadLetters(
        self, request: pb.ReplayDeadLettersRequest, context: grpc.aio.ServicerContext
    ) -> pb.ReplayDeadLettersResponse:
        _require_admin(require_principal(), "replay dead letters")
        replayed = await inbox.replay_dead_letters(
            request.message_id, now=self._deps.clock.now(), uow=self._deps.uow
        )
        return pb.ReplayDeadLettersResponse(replayed=replayed)


def _direct_sender(principal: Principal, allowed: frozenset[str]) -> str:
    """Only the service accounts of the listed clients send secrets directly."""
    client = principal.client_id or ""
    username = principal.username or ""
    if client not in allowed or username != f"service-account-{client}":
        raise PermissionDenied(
            "only the identity and registry services may send direct messages",
            reason="DIRECT_SENDER_NOT_ALLOWED",
        )
    return client


def _require_admin(principal: Principal, action: str) -> None:
    if not principal.has_role(ADMIN_ROLE):
        raise PermissionDenied(
            f"only platform administrators may {action}", reason="ROLE_NOT_ALLOWED"
        )


def _timestamp(moment: datetime) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(moment)
    return stamp


def _notice(notice: Notice) -> pb.Notice:
    message = pb.Notice(
        notice_id=notice.notice_id,
        kind=notice.kind,
        title=notice.title,
        link=notice.link,
        created_at=_timestamp(notice.created_at),
    )
    if notice.read_at is not None:
        message.read_at.CopyFrom(_timestamp(notice.read_at))
    return message


def _dead_letter(letter: DeadLetter) -> pb.DeadLetter:
    return pb.DeadLetter(
        message_id=letter.message_id,
        kind=letter.kind,
        channel=letter.channel,
        address=letter.address,
        attempts=letter.attempts,
        last_error=letter.last_error,
        created_at=_timestamp(letter.created_at),
    )
