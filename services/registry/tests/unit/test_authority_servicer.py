"""The gRPC edge for authorities: proto ⇄ commands, and the error table."""

import dataclasses

import pytest
from google.protobuf.field_mask_pb2 import FieldMask
from tramita.registry.v1 import authority_pb2, registry_pb2
from tramita_platform.auth import Principal, bind_principal
from tramita_platform.errors import FailedPrecondition, InvalidArgument, PermissionDenied
from tramita_registry.adapters.actor_resolver import TokenClaimsActorResolver
from tramita_registry.domain.errors import Forbidden, InvalidField, TransitionNotAllowed
from tramita_registry.entrypoints.grpc_errors import ERRORS
from tramita_registry.entrypoints.grpc_servicer import RegistryDependencies, RegistryServicer

pb = authority_pb2


def principal(*roles: str, entity_id: str = "") -> Principal:
    claims = {"sub": "person-1", "entity_id": entity_id} if entity_id else {"sub": "person-1"}
    return Principal("person-1", None, frozenset(roles), (), frozenset(), claims)


@pytest.fixture
def servicer(world) -> RegistryServicer:
    deps = dataclasses.replace(world.deps, actors=TokenClaimsActorResolver())
    dependencies = RegistryDependencies(deps.uow, deps.clock, deps.new_id, deps)
    return RegistryServicer(dependencies)


def nimic_request() -> registry_pb2.RegisterAuthorityRequest:
    return registry_pb2.RegisterAuthorityRequest(
        country="PT",
        horizontal_role=pb.ADMINISTRATIVE_ROLE_NIMIC,
        profile=pb.AuthorityProfile(
            official_name="AMA (NIMIC)",
            languages=["pt"],
            contacts=pb.AuthorityContacts(email="nimic@ama.pt"),
        ),
    )


async def test_register_get_update_and_list_through_protobuf(servicer) -> None:
    with bind_principal(principal("platform-admin"), None):
        nimic = (await servicer.RegisterAuthority(nimic_request(), None)).authority
    assert nimic.horizontal_role == pb.ADMINISTRATIVE_ROLE_NIMIC
    assert nimic.status == pb.ENTITY_STATUS_ACTIVE
    assert nimic.profile.competences.general_horizontal
    assert {a.area for a in nimic.areas} >= {"services-directive"}
    flags = {w.workflow: dict(w.flags) for a in nimic.areas for w in a.workflows}[
        "services-directive/requests"
    ]
    assert flags["participates_in_supervision"] is True
    with bind_principal(principal(entity_id=nimic.entity_id), None):
        authority = pb.AuthorityProfile(
            official_name="Lisboa",
            languages=["pt"],
            contacts=pb.AuthorityContacts(email="imi@cm-lisboa.pt"),
            competences=pb.Competences(nace_codes=["56"]),
        )
        grant = pb.AreaGrant(
            area="services-directive",
            keywords=["crafts"],
            workflows=[
                pb.WorkflowGrant(
                    workflow="services-directive/requests",
                    privileged_coordinator_ids=[nimic.entity_id],
                    flags={"accepts_foreign_requests": False},
                )
            ],
        )
        request = registry_pb2.RegisterAuthorityRequest(
            country="PT", profile=authority, areas=[grant]
        )
        lisbon = (await servicer.RegisterAuthority(request, None)).authority
        update = registry_pb2.UpdateAuthorityRequest(
            entity_id=lisbon.entity_id,
            profile=pb.AuthorityProfile(description="Município"),
            update_mask=FieldMask(paths=["description"]),
        )
        updated = (await servicer.UpdateAuthority(update, None)).authority
        listed = await servicer.ListAuthorities(
            registry_pb2.ListAuthoritiesRequest(
                filter=registry_pb2.AuthorityFilter(role=pb.ADMINISTRATIVE_ROLE_COMPETENT_AUTHORITY)
            ),
            None,
        )
    assert updated.profile.description == "Município"
    assert updated.version == lisbon.version + 1
    assert [a.entity_id for a in listed.authorities] == [lisbon.entity_id]
    workflow = lisbon.areas[0].workflows[0]
    assert workflow.flags["accepts_foreign_requests"] is False
    assert workflow.status == pb.ACCESS_STATUS_ACTIVE


async def test_reference_data_is_served(servicer) -> None:
    data = await servicer.GetReferenceData(registry_pb2.GetReferenceDataRequest(), None)
    assert len(data.nace_divisions) == 88 and len(data.nace_sections) == 21
    assert data.version
    assert {f.name for f in data.flags} >= {"uses_allocation", "final_authorisation"}


async def test_an_unspecified_action_is_an_invalid_argument(servicer) -> None:
    with bind_principal(principal("platform-admin"), None), pytest.raises(InvalidField):
        await servicer.ChangeAuthorityStatus(
            registry_pb2.ChangeAuthorityStatusRequest(entity_id="x"), None
        )


def test_a_wrong_state_maps_to_failed_precondition_with_state_and_action() -> None:
    error = ERRORS.translate(
        TransitionNotAllowed(
            subject="area x", state="ACTIVE", action="DELETE", missing="workflows_deleted"
        )
    )
    assert isinstance(error, FailedPrecondition)
    assert (error.state, error.action) == ("ACTIVE", "DELETE")
    assert error.reason == "MISSING_WORKFLOWS_DELETED"


def test_a_rule_maps_to_permission_denied_naming_it() -> None:
    error = ERRORS.translate(Forbidden("register a NIMIC", "NIMIC_BY_PLATFORM_ADMIN"))
    assert isinstance(error, PermissionDenied)
    assert error.reason == "NIMIC_BY_PLATFORM_ADMIN"
    invalid = ERRORS.translate(InvalidField("contacts.email", "required", "e-mail required"))
    assert isinstance(invalid, InvalidArgument)
    assert invalid.violations[0].field == "contacts.email"
