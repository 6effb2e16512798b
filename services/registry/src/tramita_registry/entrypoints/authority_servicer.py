"""RegistryService's competent-authority methods: proto → command → handler → proto."""

import grpc
from tramita.common.v1 import pagination_pb2
from tramita.registry.v1 import registry_pb2
from tramita_platform.auth import require_principal

from tramita_registry.app.authorities import commands as cmd
from tramita_registry.app.authorities.common import AuthorityDeps
from tramita_registry.app.authorities.details import update_authority
from tramita_registry.app.authorities.lifecycle import (
    change_area_access,
    change_entity_status,
    change_workflow_access,
)
from tramita_registry.app.authorities.queries import (
    AuthoritySearch,
    get_authority,
    list_authorities,
)
from tramita_registry.app.authorities.registration import register_authority, validate_authority
from tramita_registry.app.authorities.settings import (
    change_area_role,
    change_workflow_role,
    set_privileged_coordinators,
    set_workflow_flags,
)
from tramita_registry.app.ports import Caller
from tramita_registry.domain.errors import InvalidField
from tramita_registry.entrypoints import authority_proto as convert

type Context = grpc.aio.ServicerContext


def entity_claims(claims) -> tuple[str, ...]:
    """The entity ids the token grants: its `entity_id` and/or `entity_ids` claims."""
    ids: list[str] = []
    single = claims.get("entity_id")
    if isinstance(single, str) and single:
        ids.append(single)
    many = claims.get("entity_ids")
    if isinstance(many, list):
        ids.extend(str(i) for i in many if i)
    return tuple(dict.fromkeys(ids))


def caller(acting_entity_id: str = "") -> Caller:
    principal = require_principal()
    return Caller(
        subject=principal.subject,
        platform_roles=frozenset(principal.roles),
        entity_ids=entity_claims(principal.claims),
        acting_entity_id=acting_entity_id,
    )


def _common(request) -> dict:
    return {
        "caller": caller(request.acting_entity_id),
        "entity_id": request.entity_id,
        "expected_version": request.expected_version,
        "idempotency_key": request.idempotency_key,
    }


class AuthorityRpcs:
    """Mixed into RegistryServicer; `_authorities` holds the use cases' dependencies."""

    _authorities: AuthorityDeps

    async def RegisterAuthority(self, request, context: Context):
        command = cmd.RegisterAuthority(
            caller=caller(request.acting_entity_id),
            profile=convert.profile_from(request.profile),
            country=request.country,
            region=request.region,
            horizontal_role=convert.admin_role(request.horizontal_role, field="horizontal_role"),
            areas=tuple(convert.area_grant_from(a) for a in request.areas),
            idempotency_key=request.idempotency_key,
        )
        authority = await register_authority(command, deps=self._authorities)
        return registry_pb2.RegisterAuthorityResponse(authority=convert.authority_proto(authority))

    async def ValidateAuthority(self, request, context: Context):
        command = cmd.ValidateAuthority(
            **_common(request), workflows=tuple(convert.settings_from(w) for w in request.workflows)
        )
        authority = await validate_authority(command, deps=self._authorities)
        return registry_pb2.ValidateAuthorityResponse(authority=convert.authority_proto(authority))

    async def UpdateAuthority(self, request, context: Context):
        patch = convert.patch_from(request.profile, list(request.update_mask.paths))
        command = cmd.UpdateAuthority(**_common(request), changes=patch)
        authority = await update_authority(command, deps=self._authorities)
        return registry_pb2.UpdateAuthorityResponse(authority=convert.authority_proto(authority))

    async def ChangeAuthorityStatus(self, request, context: Context):
        action = convert.entity_action(request.action)
        command = cmd.ChangeEntityStatus(**_common(request), action=action)
        authority = await change_entity_status(command, deps=self._authorities)
        return registry_pb2.ChangeAuthorityStatusResponse(
            authority=convert.authority_proto(authority)
        )

    async def ChangeAreaAccess(self, request, context: Context):
        command = cmd.ChangeAreaAccess(
            **_common(request),
            area=request.area,
            action=convert.access_action(request.action),
            grant=convert.area_grant_from(request.grant) if request.HasField("grant") else None,
            coordinator_id=request.coordinator_id,
        )
        authority = await change_area_access(command, deps=self._authorities)
        return registry_pb2.ChangeAreaAccessResponse(authority=convert.authority_proto(authority))

    async def ChangeWorkflowAccess(self, request, context: Context):
        grant = convert.workflow_grant_from(request.grant) if request.HasField("grant") else None
        command = cmd.ChangeWorkflowAccess(
            **_common(request),
            workflow=request.workflow,
            action=convert.access_action(request.action),
            grant=grant,
        )
        authority = await change_workflow_access(command, deps=self._authorities)
        return registry_pb2.ChangeWorkflowAccessResponse(
            authority=convert.authority_proto(authority)
        )

    async def ChangeAreaRole(self, request, context: Context):
        role = convert.admin_role(request.role)
        if role is None:
            raise InvalidField("role", "required", "role is required")
        command = cmd.ChangeAreaRole(**_common(request), area=request.area, role=role)
        authority = await change_area_role(command, deps=self._authorities)
        return registry_pb2.ChangeAreaRoleResponse(authority=convert.authority_proto(authority))

    async def ChangeWorkflowRole(self, request, context: Context):
        role = convert.content_role(request.content_role)
        if role is None:
            raise InvalidField("content_role", "required", "content_role is required")
        command = cmd.ChangeWorkflowRole(
            **_common(request),
            workflow=request.workflow,
            role=role,
            alert_mailbox=request.alert_mailbox,
        )
        authority = await change_workflow_role(command, deps=self._authorities)
        return registry_pb2.ChangeWorkflowRoleResponse(authority=convert.authority_proto(authority))

    async def SetWorkflowFlags(self, request, context: Context):
        command = cmd.SetWorkflowFlags(
            **_common(request),
            workflow=request.workflow,
            flags=tuple(sorted(request.flags.items())),
        )
        authority = await set_workflow_flags(command, deps=self._authorities)
        return registry_pb2.SetWorkflowFlagsResponse(authority=convert.authority_proto(authority))

    async def SetPrivilegedCoordinators(self, request, context: Context):
        command = cmd.SetPrivilegedCoordinators(
            **_common(request),
            workflow=request.workflow,
            coordinator_ids=tuple(request.coordinator_ids),
        )
        authority = await set_privileged_coordinators(command, deps=self._authorities)
        return registry_pb2.SetPrivilegedCoordinatorsResponse(
            authority=convert.authority_proto(authority)
        )

    async def GetAuthority(self, request, context: Context):
        found = await get_authority(
            caller(request.acting_entity_id), request.entity_id, deps=self._authorities
        )
        return registry_pb2.GetAuthorityResponse(authority=convert.authority_proto(found))

    async def ListAuthorities(self, request, context: Context):
        criteria = request.filter
        search = AuthoritySearch(
            caller=caller(request.acting_entity_id),
            country=criteria.country,
            role=convert.admin_role(criteria.role, field="filter.role"),
            status=convert.entity_status(criteria.status),
            competence=criteria.competence,
            name=criteria.name,
            page_size=request.page.page_size,
            page_token=request.page.page_token,
        )
        page, cursor = await list_authorities(search, deps=self._authorities)
        return registry_pb2.ListAuthoritiesResponse(
            authorities=[convert.authority_proto(a) for a in page],
            page=pagination_pb2.PageResponse(next_page_token=cursor or ""),
        )

    async def GetReferenceData(self, request, context: Context):
        return registry_pb2.GetReferenceDataResponse(**convert.reference_proto())
