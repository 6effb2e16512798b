"""IdentityService over gRPC."""

import grpc
from tramita.identity.v1 import identity_pb2, identity_pb2_grpc
from tramita_platform.auth import require_principal

from tramita_identity.domain.caller import Caller


class IdentityServicer(identity_pb2_grpc.IdentityServiceServicer):
    async def WhoAmI(
        self, request: identity_pb2.WhoAmIRequest, context: grpc.aio.ServicerContext
    ) -> identity_pb2.WhoAmIResponse:
        principal = require_principal()
        caller = Caller.of(
            subject=principal.subject,
            username=principal.username,
            roles=principal.roles,
            active_organization=principal.active_organization,
        )
        return identity_pb2.WhoAmIResponse(
            subject=caller.subject,
            username=caller.username,
            roles=list(caller.roles),
            active_organization_id=caller.active_organization_id,
        )
