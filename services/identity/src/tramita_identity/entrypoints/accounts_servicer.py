"""Access requests and authority users over gRPC: proto → command → handler → proto."""

from collections.abc import AsyncIterator

import grpc
from tramita.common.v1 import pagination_pb2
from tramita.identity.v1 import identity_pb2 as pb
from tramita_platform.auth import require_principal

from tramita_identity.app import access_requests as access
from tramita_identity.app import authority_users as users
from tramita_identity.app.login_sync import Actor
from tramita_identity.domain.access_requests import ProofUpload
from tramita_identity.domain.errors import NotPermitted
from tramita_identity.entrypoints import accounts_mapping as to
from tramita_identity.entrypoints.grpc_mapping import timestamp

type Context = grpc.aio.ServicerContext
PROOF_CHUNK = 256 * 1024


def _page(cursor: str | None) -> pagination_pb2.PageResponse:
    return pagination_pb2.PageResponse(next_page_token=cursor or "")


class AccountsMethods:
    """Mixed into IdentityServicer; `_deps` and `_actor` come from there."""

    _deps: object

    async def _actor(self) -> Actor:  # pragma: no cover - provided by IdentityServicer
        raise NotImplementedError

    @property
    def _access(self) -> access.AccessPorts:
        ports = getattr(self._deps, "access", None)
        if ports is None:
            raise RuntimeError("access requests are not wired")
        return ports

    @property
    def _users(self) -> users.UserPorts:
        ports = getattr(self._deps, "users", None)
        if ports is None:
            raise RuntimeError("authority users are not wired")
        return ports

    def _portal(self) -> str:
        """The public portal's service account (the gateway), or PERMISSION_DENIED."""
        principal = require_principal()
        client = principal.client_id or ""
        service = (principal.username or "") == f"service-account-{client}"
        portals = getattr(self._deps, "access_portals", frozenset())
        if not (service and client in portals):
            raise NotPermitted(
                "hand in access requests", "NOT_AN_ACCESS_PORTAL", "only the public portal may"
            )
        return client

    async def _staff(self) -> access.StaffMember:
        actor = await self._actor()
        return access.StaffMember(actor.person_id, frozenset(require_principal().roles))

    async def _acting(self) -> users.Acting:
        actor = await self._actor()
        return users.Acting(actor.person_id, frozenset(require_principal().roles))

    # ------------------------------------------------------------------ access requests

    async def SubmitAccessRequest(
        self, request: pb.SubmitAccessRequestRequest, context: Context
    ) -> pb.SubmitAccessRequestResponse:
        portal = self._portal()
        form = request.application
        command = access.SubmitAccessRequest(
            name=form.name,
            email=form.email,
            phone=form.phone,
            organization=form.organization,
            role=form.role,
            reason=form.reason,
            first_login_channel=to.channel_name(form.first_login_channel),
            language=form.preferred_language,
            proof=ProofUpload(
                request.proof.filename, request.proof.media_type, request.proof.content
            ),
            portal=portal,
            idempotency_key=request.idempotency_key,
        )
        submitted = await access.submit_access_request(command, ports=self._access)
        return pb.SubmitAccessRequestResponse(
            access_request_id=submitted.request_id,
            state=submitted.state.value,
            validation_expires_at=timestamp(submitted.token_expires_at),
        )

    async def ValidateAccessRequestEmail(
        self, request: pb.ValidateAccessRequestEmailRequest, context: Context
    ) -> pb.ValidateAccessRequestEmailResponse:
        self._portal()
        ports = self._access
        validated = await access.validate_access_email(
            request.token, uow=ports.uow, clock=ports.clock, idempotency_key=request.idempotency_key
        )
        return pb.ValidateAccessRequestEmailResponse(
            access_request_id=validated.request_id, state=validated.state.value
        )

    async def ListAccessRequests(
        self, request: pb.ListAccessRequestsRequest, context: Context
    ) -> pb.ListAccessRequestsResponse:
        staff, ports = await self._staff(), self._access
        found, cursor = await access.list_access_requests(
            staff,
            state=request.state,
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            uow=ports.uow,
            clock=ports.clock,
            new_id=ports.new_id,
        )
        return pb.ListAccessRequestsResponse(
            access_requests=[to.access_request_proto(r) for r in found], page=_page(cursor)
        )

    async def GetAccessRequestProof(
        self, request: pb.GetAccessRequestProofRequest, context: Context
    ) -> AsyncIterator[pb.GetAccessRequestProofResponse]:
        staff, ports = await self._staff(), self._access
        proof, data = await access.read_proof(
            staff,
            request.access_request_id,
            uow=ports.uow,
            clock=ports.clock,
            new_id=ports.new_id,
            proofs=ports.proofs,
        )
        yield pb.GetAccessRequestProofResponse(
            proof=to.proof_proto(proof), chunk=data[:PROOF_CHUNK]
        )
        for start in range(PROOF_CHUNK, len(data), PROOF_CHUNK):
            yield pb.GetAccessRequestProofResponse(chunk=data[start : start + PROOF_CHUNK])

    async def ApproveAccessRequest(
        self, request: pb.ApproveAccessRequestRequest, context: Context
    ) -> pb.ApproveAccessRequestResponse:
        command = access.Decide(
            await self._staff(), request.access_request_id, "", request.idempotency_key
        )
        approved = await access.approve_access_request(command, ports=self._access)
        return pb.ApproveAccessRequestResponse(access_request=to.access_request_proto(approved))

    async def RejectAccessRequest(
        self, request: pb.RejectAccessRequestRequest, context: Context
    ) -> pb.RejectAccessRequestResponse:
        command = access.Decide(
            await self._staff(), request.access_request_id, request.reason, request.idempotency_key
        )
        rejected = await access.reject_access_request(command, ports=self._access)
        return pb.RejectAccessRequestResponse(access_request=to.access_request_proto(rejected))

    # -------------------------------------------------------------------- authority users

    async def RegisterAuthorityUser(
        self, request: pb.RegisterAuthorityUserRequest, context: Context
    ) -> pb.RegisterAuthorityUserResponse:
        command = users.RegisterUser(
            acting=await self._acting(),
            entity_id=request.entity_id,
            first_name=request.first_name,
            surname=request.surname,
            email=request.email,
            phone=request.phone,
            language=request.preferred_language,
            profiles=to.grants(list(request.profiles)),
            idempotency_key=request.idempotency_key,
        )
        registered = await users.register_user(command, ports=self._users)
        return pb.RegisterAuthorityUserResponse(
            user=to.user_proto(registered.view),
            first_user=registered.first_user,
            temporary_password_expires_at=timestamp(registered.password_expires_at),
        )

    async def ListAuthorityUsers(
        self, request: pb.ListAuthorityUsersRequest, context: Context
    ) -> pb.ListAuthorityUsersResponse:
        views, cursor = await users.list_users(
            await self._acting(),
            request.entity_id,
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            include_deactivated=request.include_deactivated,
            ports=self._users,
        )
        return pb.ListAuthorityUsersResponse(
            users=[to.user_proto(v) for v in views], page=_page(cursor)
        )

    async def GetAuthorityUser(
        self, request: pb.GetAuthorityUserRequest, context: Context
    ) -> pb.GetAuthorityUserResponse:
        view = await users.get_user(
            await self._acting(), request.entity_id, request.user_id, ports=self._users
        )
        return pb.GetAuthorityUserResponse(user=to.user_proto(view))

    async def ChangeAuthorityUserProfiles(
        self, request: pb.ChangeAuthorityUserProfilesRequest, context: Context
    ) -> pb.ChangeAuthorityUserProfilesResponse:
        command = users.ChangeProfiles(
            acting=await self._acting(),
            entity_id=request.entity_id,
            user_id=request.user_id,
            profiles=to.grants(list(request.profiles)),
            expected_version=request.expected_version,
            idempotency_key=request.idempotency_key,
        )
        view = await users.change_profiles(command, ports=self._users)
        return pb.ChangeAuthorityUserProfilesResponse(user=to.user_proto(view))

    async def DeactivateAuthorityUser(
        self, request: pb.DeactivateAuthorityUserRequest, context: Context
    ) -> pb.DeactivateAuthorityUserResponse:
        command = users.UserCommand(
            await self._acting(), request.entity_id, request.user_id, request.idempotency_key
        )
        view = await users.deactivate_user(command, ports=self._users)
        return pb.DeactivateAuthorityUserResponse(user=to.user_proto(view))

    async def ResetAuthorityUserPassword(
        self, request: pb.ResetAuthorityUserPasswordRequest, context: Context
    ) -> pb.ResetAuthorityUserPasswordResponse:
        command = users.UserCommand(
            await self._acting(), request.entity_id, request.user_id, request.idempotency_key
        )
        expires = await users.reset_password(command, ports=self._users)
        return pb.ResetAuthorityUserPasswordResponse(
            user_id=request.user_id, temporary_password_expires_at=timestamp(expires)
        )
