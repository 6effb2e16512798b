"""Bonds from the identity service: GetCapabilities asked with the caller's own token."""

import grpc
import grpc.aio
from tramita.identity.v1 import identity_pb2, identity_pb2_grpc
from tramita_platform.errors import Unavailable

# Identity answers these when the caller has no bond it may use (never an outage).
_NO_BOND = frozenset(
    {
        grpc.StatusCode.NOT_FOUND,
        grpc.StatusCode.PERMISSION_DENIED,
        grpc.StatusCode.INVALID_ARGUMENT,
        grpc.StatusCode.FAILED_PRECONDITION,
    }
)


class IdentityBonds:
    """Bonds over IdentityService.GetCapabilities on a channel forwarding the user token.

    Identity answers for the token's subject, so `subject` only names the cache entry
    upstream; it is never sent.
    """

    def __init__(self, stub: identity_pb2_grpc.IdentityServiceStub) -> None:
        self._stub = stub

    async def bonded(self, *, subject: str, tax_key: str) -> bool:
        request = identity_pb2.GetCapabilitiesRequest(organization_id=tax_key)
        try:
            await self._stub.GetCapabilities(request)
        except grpc.aio.AioRpcError as exc:
            if exc.code() in _NO_BOND:
                return False
            raise Unavailable(
                "identity could not say whether the caller is bonded", reason="IDENTITY_UNAVAILABLE"
            ) from exc
        return True
