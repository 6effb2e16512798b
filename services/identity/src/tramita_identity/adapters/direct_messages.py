"""Secret-carrying messages handed to notifications (SendDirect) with identity's account."""

from tramita.notifications.v1 import notifications_pb2 as pb
from tramita.notifications.v1 import notifications_pb2_grpc
from tramita_platform.grpc_client import rpc_errors

from tramita_identity.app.ports import DirectMessage

_CHANNELS = {"email": pb.CHANNEL_EMAIL, "sms": pb.CHANNEL_SMS}


class NotificationsDirectMessages:
    def __init__(self, stub: notifications_pb2_grpc.NotificationsServiceStub) -> None:
        self._stub = stub

    async def send(self, message: DirectMessage) -> None:
        request = pb.SendDirectRequest(
            kind=message.kind,
            channel=_CHANNELS[message.channel],
            address=message.address,
            language=message.language,
            person_id=message.person_id,
            link=message.link,
            params=dict(message.params or {}),
            idempotency_key=message.idempotency_key,
        )
        with rpc_errors():
            await self._stub.SendDirect(request)
