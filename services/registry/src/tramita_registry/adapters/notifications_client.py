"""The invitation e-mail through NotificationsService.SendDirect, with the registry's own
service account (the registration code is a secret: it never travels through Kafka)."""

from collections.abc import Mapping

from tramita.notifications.v1 import notifications_pb2, notifications_pb2_grpc
from tramita_platform.grpc_client import rpc_errors

INVITATION_SENT = "invitation.sent"


class NotificationsMailer:
    def __init__(self, stub: notifications_pb2_grpc.NotificationsServiceStub) -> None:
        self._stub = stub

    async def send_invitation(
        self,
        *,
        email: str,
        language: str,
        link: str,
        params: Mapping[str, str],
        idempotency_key: str,
    ) -> None:
        request = notifications_pb2.SendDirectRequest(
            kind=INVITATION_SENT,
            channel=notifications_pb2.CHANNEL_EMAIL,
            address=email,
            language=language,
            link=link,
            params=dict(params),
            idempotency_key=idempotency_key,
        )
        with rpc_errors():
            await self._stub.SendDirect(request)
