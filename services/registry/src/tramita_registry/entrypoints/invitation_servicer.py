"""RegistryService's invitation and self-registration methods: proto → command → handler."""

import grpc
from tramita.common.v1 import pagination_pb2
from tramita.registry.v1 import registry_pb2
from tramita_platform.auth import Principal, require_principal
from tramita_platform.errors import PermissionDenied

from tramita_registry.app.invitations import commands as cmd
from tramita_registry.app.invitations.common import InvitationDeps
from tramita_registry.app.invitations.drafts import (
    create_invitation,
    delete_invitation,
    invitation_template,
    update_invitations,
    upload_invitations,
)
from tramita_registry.app.invitations.queries import (
    InvitationSearch,
    get_invitation,
    list_invitations,
)
from tramita_registry.app.invitations.registration import (
    check_registration_code,
    self_register,
)
from tramita_registry.app.invitations.sending import (
    cancel_invitation,
    reissue_invitation,
    release_invitation_day,
    send_invitations,
)
from tramita_registry.domain.errors import InvalidField
from tramita_registry.entrypoints import invitation_proto as convert
from tramita_registry.entrypoints.authority_proto import profile_from
from tramita_registry.entrypoints.authority_servicer import caller

type Context = grpc.aio.ServicerContext
_MASKS = frozenset({"email", "display_name", "areas", "message"})


def public_caller(principal: Principal, allowed: frozenset[str]) -> None:
    """Only the listed service accounts (the gateway) act for code-holding visitors."""
    client = principal.client_id or ""
    if client not in allowed or principal.username != f"service-account-{client}":
        raise PermissionDenied(
            "only the gateway calls self-registration", reason="PUBLIC_CALLER_NOT_ALLOWED"
        )


def _invitations(found) -> list:
    return [convert.invitation_proto(i) for i in found]


class InvitationRpcs:
    """Mixed into RegistryServicer; `_invitations` holds the use cases' dependencies."""

    _invitations: InvitationDeps
    _public_callers: frozenset[str]

    async def CreateInvitation(self, request, context: Context):
        draft = request.draft
        command = cmd.CreateInvitation(
            caller=caller(request.acting_entity_id),
            email=draft.email,
            display_name=draft.display_name,
            areas=convert.areas_from(draft.areas),
            message=draft.message,
            idempotency_key=request.idempotency_key,
        )
        invitation = await create_invitation(command, deps=self._invitations)
        return registry_pb2.CreateInvitationResponse(
            invitation=convert.invitation_proto(invitation)
        )

    async def UploadInvitations(self, request, context: Context):
        command = cmd.UploadInvitations(
            caller=caller(request.acting_entity_id),
            content=request.content,
            file_format=convert.file_format(request.format),
            idempotency_key=request.idempotency_key,
        )
        created = await upload_invitations(command, deps=self._invitations)
        return registry_pb2.UploadInvitationsResponse(invitations=_invitations(created))

    async def GetInvitationTemplate(self, request, context: Context):
        require_principal()
        content, media_type, filename = invitation_template(
            convert.file_format(request.format), deps=self._invitations
        )
        return registry_pb2.GetInvitationTemplateResponse(
            content=content, media_type=media_type, filename=filename
        )

    async def UpdateInvitations(self, request, context: Context):
        paths = set(request.update_mask.paths)
        if not paths:
            raise InvalidField("update_mask", "required", "name the fields to change")
        if unknown := paths - _MASKS:
            raise InvalidField("update_mask", "path", f"cannot update {sorted(unknown)}")
        changes = request.changes
        command = cmd.UpdateInvitations(
            caller=caller(request.acting_entity_id),
            invitation_ids=tuple(request.invitation_ids),
            email=changes.email if "email" in paths else None,
            display_name=changes.display_name if "display_name" in paths else None,
            areas=convert.areas_from(changes.areas) if "areas" in paths else None,
            message=changes.message if "message" in paths else None,
            idempotency_key=request.idempotency_key,
        )
        changed = await update_invitations(command, deps=self._invitations)
        return registry_pb2.UpdateInvitationsResponse(invitations=_invitations(changed))

    async def SendInvitations(self, request, context: Context):
        command = cmd.SendInvitations(
            caller=caller(request.acting_entity_id),
            invitation_ids=tuple(request.invitation_ids),
            idempotency_key=request.idempotency_key,
        )
        outcome = await send_invitations(command, deps=self._invitations)
        return convert.outcome_proto(outcome)

    async def CancelInvitation(self, request, context: Context):
        command = cmd.CancelInvitation(
            caller=caller(request.acting_entity_id),
            invitation_id=request.invitation_id,
            expected_version=request.expected_version,
            idempotency_key=request.idempotency_key,
        )
        invitation = await cancel_invitation(command, deps=self._invitations)
        return registry_pb2.CancelInvitationResponse(
            invitation=convert.invitation_proto(invitation)
        )

    async def ReissueInvitation(self, request, context: Context):
        command = cmd.ReissueInvitation(
            caller=caller(request.acting_entity_id),
            invitation_id=request.invitation_id,
            expected_version=request.expected_version,
            idempotency_key=request.idempotency_key,
        )
        invitation = await reissue_invitation(command, deps=self._invitations)
        return registry_pb2.ReissueInvitationResponse(
            invitation=convert.invitation_proto(invitation)
        )

    async def DeleteInvitation(self, request, context: Context):
        command = cmd.DeleteInvitation(
            caller=caller(request.acting_entity_id),
            invitation_id=request.invitation_id,
            idempotency_key=request.idempotency_key,
        )
        await delete_invitation(command, deps=self._invitations)
        return registry_pb2.DeleteInvitationResponse()

    async def GetInvitation(self, request, context: Context):
        found = await get_invitation(
            caller(request.acting_entity_id), request.invitation_id, deps=self._invitations
        )
        return registry_pb2.GetInvitationResponse(invitation=convert.invitation_proto(found))

    async def ListInvitations(self, request, context: Context):
        search = InvitationSearch(
            caller=caller(request.acting_entity_id),
            status=convert.status_from(request.status),
            inviting_entity_id=request.inviting_entity_id,
            page_size=request.page.page_size,
            page_token=request.page.page_token,
        )
        page, cursor = await list_invitations(search, deps=self._invitations)
        return registry_pb2.ListInvitationsResponse(
            invitations=_invitations(page),
            page=pagination_pb2.PageResponse(next_page_token=cursor or ""),
        )

    async def ReleaseInvitationDay(self, request, context: Context):
        command = cmd.ReleaseInvitationDay(
            caller=caller(),
            inviting_entity_id=request.inviting_entity_id,
            day=convert.day_from(request.day),
            idempotency_key=request.idempotency_key,
        )
        released = await release_invitation_day(command, deps=self._invitations)
        return registry_pb2.ReleaseInvitationDayResponse(invitations=_invitations(released))

    async def CheckRegistrationCode(self, request, context: Context):
        public_caller(require_principal(), self._public_callers)
        found = await check_registration_code(request.registration_code, deps=self._invitations)
        return registry_pb2.CheckRegistrationCodeResponse(invitation=convert.summary_proto(found))

    async def SelfRegister(self, request, context: Context):
        public_caller(require_principal(), self._public_callers)
        user = request.first_user
        command = cmd.SelfRegister(
            code=request.registration_code,
            profile=profile_from(request.profile),
            region=request.region,
            keywords=tuple((a.area, tuple(a.keywords)) for a in request.areas),
            first_user_name=user.name,
            first_user_email=user.email,
            first_user_language=user.preferred_language,
            idempotency_key=request.idempotency_key,
        )
        done = await self_register(command, deps=self._invitations)
        return registry_pb2.SelfRegisterResponse(summary=convert.registration_proto(done))
