"""IdentityService over a real in-process gRPC server (fake token verifier, fake storage):
the proto mapping and the status each refusal becomes."""

import json
from collections.abc import AsyncIterator

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from pydantic import SecretStr
from tramita.common.v1 import pagination_pb2
from tramita.identity.v1 import identity_pb2 as pb
from tramita.identity.v1 import identity_pb2_grpc
from tramita_identity.entrypoints.grpc_errors import ERRORS
from tramita_identity.entrypoints.grpc_servicer import IdentityDependencies, IdentityServicer
from tramita_identity.settings import IdentitySettings
from tramita_platform.auth import Principal
from tramita_platform.errors import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
)
from tramita_platform.grpc_errors import from_rpc_error
from tramita_platform.grpc_server import build_server

from .conftest import ACME, BETA, claims, consent_to_portal

PET = "metrology-work-request"
TOKENS = {
    "rita": claims("rita", certificate_cnpj="11222333000181", idp="certificate"),
    "bruno": claims("bruno", certificate_cnpj="11444777000161"),
    "mario": claims("mario", cpf="111.444.777-35"),
    "paula": claims("paula", cnpj_bonds=json.dumps([{"cnpj": ACME[8:], "vinculo": "socio"}])),
}


class TokensAreSubjects:
    async def verify(self, token: str) -> Principal:
        if token not in TOKENS:
            raise Unauthenticated("invalid token", reason="INVALID_TOKEN")
        return Principal.from_claims(
            {**TOKENS[token], "preferred_username": token}, audience="tramita"
        )


@pytest.fixture
async def stub(uow, clock, ids) -> AsyncIterator[identity_pb2_grpc.IdentityServiceStub]:
    for subject in TOKENS:  # they answered the portal's consent screen already
        await consent_to_portal(uow, subject, clock)
    servicer = IdentityServicer(IdentityDependencies(uow=uow, clock=clock, new_id=ids))
    settings = IdentitySettings(grpc_port=0, service_client_secret=SecretStr("unused-here"))
    built = build_server(
        settings=settings,
        register=lambda s: identity_pb2_grpc.add_IdentityServiceServicer_to_server(servicer, s),
        verifier=TokensAreSubjects(),
        error_map=ERRORS,
    )
    await built.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{built.port}") as channel:
        yield identity_pb2_grpc.IdentityServiceStub(channel)
    await built.stop(0)


def as_(subject: str) -> tuple[tuple[str, str]]:
    return (("authorization", f"Bearer {subject}"),)


async def refused(call):
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return from_rpc_error(caught.value)


async def link_mario(stub) -> pb.Bond:
    await stub.WhoAmI(pb.WhoAmIRequest(), metadata=as_("mario"))
    request = pb.LinkMemberRequest(
        organization_id="CNPJ:11.222.333/0001-81",
        member=pb.PersonRef(national_id="CPF:11144477735"),
        idempotency_key="l-1",
    )
    return (await stub.LinkMember(request, metadata=as_("rita"))).bond


async def grant(stub, who="rita", **extra) -> pb.GrantDelegationResponse:
    request = pb.GrantDelegationRequest(
        organization_id=ACME, member=pb.PersonRef(person_id="mario"), process_types=[PET], **extra
    )
    return await stub.GrantDelegation(request, metadata=as_(who))


async def test_whoami_records_the_person_and_the_certificate_bond(stub, uow) -> None:
    reply = await stub.WhoAmI(pb.WhoAmIRequest(), metadata=as_("rita"))
    assert reply.subject == "rita"
    assert "rita" in uow.persons.rows
    found = await stub.ListMyOrganizations(pb.ListMyOrganizationsRequest(), metadata=as_("rita"))
    [organization] = found.organizations
    assert (organization.organization_id, organization.role, list(organization.process_types)) == (
        ACME,
        "legal_representative",
        ["*"],
    )
    assert organization.bonds[0].provenance.source == "certificate"


async def test_link_grant_authorize_revoke(stub) -> None:
    bond = await link_mario(stub)
    assert (bond.person_id, bond.kind, bond.role) == ("mario", "member", "member")
    delegation = (await grant(stub)).delegation
    assert (delegation.state, list(delegation.process_types)) == ("active", [PET])
    ask = pb.AuthorizeRequest(organization_id=ACME, action="open-process", process_type=PET)
    assert (await stub.Authorize(ask, metadata=as_("mario"))).allowed
    revoke = pb.RevokeDelegationRequest(
        organization_id=ACME, delegation_id=delegation.delegation_id
    )
    assert (
        await stub.RevokeDelegation(revoke, metadata=as_("paula"))
    ).delegation.state == "revoked"
    denied = await stub.Authorize(ask, metadata=as_("mario"))
    assert (denied.allowed, denied.reason, denied.decision_id != "") == (
        False,
        "delegation-revoked",
        True,
    )
    error = await refused(stub.RevokeDelegation(revoke, metadata=as_("rita")))
    assert isinstance(error, FailedPrecondition)
    assert (error.state, error.action) == ("revoked", "revoke delegation")


async def test_capabilities_and_history(stub) -> None:
    await link_mario(stub)
    capabilities = await stub.GetCapabilities(
        pb.GetCapabilitiesRequest(organization_id=ACME), metadata=as_("mario")
    )
    assert (capabilities.role, list(capabilities.process_types)) == ("member", [])
    assert "ask a legal representative" in capabilities.notice
    history = await stub.ListRepresentationHistory(
        pb.ListRepresentationHistoryRequest(
            organization_id=ACME, page=pagination_pb2.PageRequest(page_size=1)
        ),
        metadata=as_("rita"),
    )
    assert [e.action for e in history.entries] == ["bond_recorded"]
    assert history.page.next_page_token


async def test_a_member_trying_to_delegate_is_permission_denied(stub) -> None:
    await link_mario(stub)
    error = await refused(grant(stub, who="mario"))
    assert isinstance(error, PermissionDenied)
    assert error.reason == "NOT_A_LEGAL_REPRESENTATIVE"
    assert "only legal representatives" in error.message


async def test_another_company_is_not_found(stub) -> None:
    await link_mario(stub)
    for call in (
        stub.ListDelegations(
            pb.ListDelegationsRequest(organization_id=BETA), metadata=as_("mario")
        ),
        stub.GetCapabilities(
            pb.GetCapabilitiesRequest(organization_id=ACME), metadata=as_("bruno")
        ),
        grant(stub, who="bruno"),
    ):
        error = await refused(call)
        assert isinstance(error, NotFound)
        assert error.reason == "ORGANIZATION_NOT_FOUND"


async def test_invalid_tax_id_and_expiry_are_field_violations(stub) -> None:
    error = await refused(
        stub.GetCapabilities(
            pb.GetCapabilitiesRequest(organization_id="BR:CNPJ:11222333000182"),
            metadata=as_("rita"),
        )
    )
    assert isinstance(error, InvalidArgument)
    assert [(v.field, v.rule) for v in error.violations] == [
        ("organization_id", "cnpj_check_digits")
    ]
    await link_mario(stub)
    error = await refused(grant(stub, expires_at=Timestamp(seconds=1)))
    assert [(v.field, v.rule) for v in error.violations] == [("expires_at", "future")]


async def test_linking_twice_already_exists_and_idempotent_retry_does_not(stub) -> None:
    first = await link_mario(stub)
    assert (await link_mario(stub)).bond_id == first.bond_id
    again = pb.LinkMemberRequest(organization_id=ACME, member=pb.PersonRef(person_id="mario"))
    error = await refused(stub.LinkMember(again, metadata=as_("rita")))
    assert isinstance(error, AlreadyExists)


async def test_renounce_and_list_delegations(stub) -> None:
    await link_mario(stub)
    delegation = (await grant(stub)).delegation
    renounce = pb.RenounceDelegationRequest(
        organization_id=ACME, delegation_id=delegation.delegation_id
    )
    reply = await stub.RenounceDelegation(renounce, metadata=as_("mario"))
    assert (reply.delegation.state, reply.delegation.ended_by_person_id) == ("renounced", "mario")
    listed = await stub.ListDelegations(
        pb.ListDelegationsRequest(organization_id=ACME, include_ended=True), metadata=as_("mario")
    )
    assert [d.state for d in listed.delegations] == ["renounced"]
    unlink = pb.UnlinkMemberRequest(organization_id=ACME, member=pb.PersonRef(person_id="mario"))
    ended = await stub.UnlinkMember(unlink, metadata=as_("rita"))
    assert ended.bond.HasField("ended_at") and list(ended.revoked_delegation_ids) == []
    bonds = await stub.ListOrganizationBonds(
        pb.ListOrganizationBondsRequest(organization_id=ACME), metadata=as_("rita")
    )
    assert [b.person_id for b in bonds.bonds] == ["rita"]  # Mario unlinked
