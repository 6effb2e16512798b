"""Direct messages through NotificationsService.SendDirect, with the registry's own service
account: the invitation (its registration code is a secret: never through Kafka) and the
self-registration summary (its recipients have no account yet: no address in events)."""

from collections.abc import Mapping

from tramita.notifications.v1 import notifications_pb2, notifications_pb2_grpc
from tramita_platform.grpc_client import rpc_errors

INVITATION_SENT = "invitation.sent"
REGISTRATION_CONFIRMED = "registration.confirmed"


class NotificationsMailer:
    def __init__(self, stub: notifications_pb2_grpc.NotificationsServiceStub) -> None:
        self._stub = stub

    async def send_invitation(self, **message: object) -> None:
        await self._send(INVITATION_SENT, **message)  # type: ignore[arg-type]

    async def send_registration_confirmation(self, **message: object) -> None:
        await self._send(REGISTRATION_CONFIRMED, **message)  # type: ignore[arg-type]

    async def _send(
        self,
        kind: str,
        *,
        email: str,
        language: str,
        link: str,
        params: Mapping[str, str],
        idempotency_key: str,
    ) -> None:
        request = notifications_pb2.SendDirectRequest(
            kind=kind,
            channel=notifications_pb2.CHANNEL_EMAIL,
            address=email,
            language=language,
            link=link,
            params=dict(params),
            idempotency_key=idempotency_key,
        )
        with rpc_errors():
            await self._stub.SendDirect(request)
