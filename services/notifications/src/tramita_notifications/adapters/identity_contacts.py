"""Contact points from the identity service (its audited personal-data path)."""

from __future__ import annotations

from collections.abc import Sequence

from tramita.identity.v1 import identity_pb2, identity_pb2_grpc
from tramita_platform.grpc_client import rpc_errors

from tramita_notifications.app.ports import ContactPoint

__all__ = ["IdentityContacts"]

PURPOSE = "notification"


class IdentityContacts:
    """ContactSource over IdentityService.GetContactPoints, with this service's account."""

    def __init__(self, stub: identity_pb2_grpc.IdentityServiceStub) -> None:
        self._stub = stub

    async def contact_points(self, person_ids: Sequence[str]) -> dict[str, ContactPoint]:
        request = identity_pb2.GetContactPointsRequest(person_ids=list(person_ids), purpose=PURPOSE)
        with rpc_errors():
            reply = await self._stub.GetContactPoints(request)
        return {
            c.person_id: ContactPoint(c.email, c.phone, c.preferred_language)
            for c in reply.contacts
        }
