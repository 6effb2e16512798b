"""Entities as the registry knows them (GetAuthority, asked with identity's own account)."""

from tramita.registry.v1 import authority_pb2, registry_pb2, registry_pb2_grpc
from tramita_platform.errors import NotFound
from tramita_platform.grpc_client import rpc_errors

from tramita_identity.domain.authority_profiles import EntityInfo, EntityWorkflow

_COORDINATING = frozenset(
    {
        authority_pb2.ADMINISTRATIVE_ROLE_NIMIC,
        authority_pb2.ADMINISTRATIVE_ROLE_SDIMIC,
        authority_pb2.ADMINISTRATIVE_ROLE_LIMIC,
        authority_pb2.ADMINISTRATIVE_ROLE_DIMIC,
    }
)
_CONTENT_COORDINATORS = frozenset(
    {authority_pb2.CONTENT_ROLE_REQUEST_COORDINATOR, authority_pb2.CONTENT_ROLE_ALERT_COORDINATOR}
)
_LIVE = frozenset(
    {
        authority_pb2.ACCESS_STATUS_ACTIVE,
        authority_pb2.ACCESS_STATUS_SUSPENDED,
        authority_pb2.ACCESS_STATUS_SUSPENDED_REACTIVATION_REQUESTED,
    }
)


class RegistryEntities:
    def __init__(self, stub: registry_pb2_grpc.RegistryServiceStub) -> None:
        self._stub = stub

    async def describe(self, entity_id: str) -> EntityInfo | None:
        if not entity_id.strip():
            return None
        try:
            with rpc_errors():
                reply = await self._stub.GetAuthority(
                    registry_pb2.GetAuthorityRequest(entity_id=entity_id.strip())
                )
        except NotFound:
            return None
        return entity_info(reply.authority)


def entity_info(authority: authority_pb2.Authority) -> EntityInfo:
    """Workflows granted (active or suspended), coordinated areas and coordinators."""
    horizontal = authority.horizontal_role in _COORDINATING
    workflows, areas, coordinators = [], set(), set()
    if authority.validating_coordinator_id:
        coordinators.add(authority.validating_coordinator_id)
    for area in authority.areas:
        if area.access_coordinator_id:
            coordinators.add(area.access_coordinator_id)
        if area.status not in _LIVE:
            continue
        if horizontal or area.role in _COORDINATING:
            areas.add(area.area)
        workflows.extend(
            EntityWorkflow(w.workflow, w.content_role in _CONTENT_COORDINATORS)
            for w in area.workflows
            if w.status in _LIVE
        )
    return EntityInfo(
        entity_id=authority.entity_id,
        name=authority.profile.official_name,
        workflows=tuple(workflows),
        coordinated_areas=frozenset(areas),
        coordinator_ids=frozenset(coordinators),
    )
