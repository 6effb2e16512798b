"""Access requests and authority users over a real in-process gRPC server (fake token
verifier, fake storage and outside world): the proto mapping and the statuses."""

from collections.abc import AsyncIterator

import grpc
import pytest
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
    Conflict,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
)
from tramita_platform.grpc_errors import from_rpc_error
from tramita_platform.grpc_server import build_server

from .account_fakes import ENTITY, OTHER_ENTITY, PDF, REQUESTS, access_ports, user_ports


def _service(client: str) -> dict:
    return {"sub": f"sa-{client}", "azp": client, "preferred_username": f"service-account-{client}"}


def _person(subject: str, *roles: str) -> dict:
    return {
        "sub": subject,
        "name": subject.title(),
        "email": f"{subject}@example.org",
        "preferred_username": subject,
        "azp": "tramita-gateway",
        "realm_access": {"roles": list(roles)},
    }


TOKENS = {
    "gateway": _service("tramita-gateway"),
    "notifier": _service("tramita-notifications"),
    "staff": _person("staff", "staff"),
    "client": _person("client", "client"),
    "admin": _person("admin", "platform-admin"),
}


class Verifier:
    async def verify(self, token: str) -> Principal:
        if token not in TOKENS:
            raise Unauthenticated("invalid token", reason="INVALID_TOKEN")
        return Principal.from_claims({**TOKENS[token], "aud": "tramita"}, audience="tramita")


@pytest.fixture
def outside(uow, clock, ids):
    return access_ports(uow, clock, ids), user_ports(uow, clock, ids)


@pytest.fixture
async def stub(uow, clock, ids, outside) -> AsyncIterator[identity_pb2_grpc.IdentityServiceStub]:
    access, users = outside
    deps = IdentityDependencies(
        uow=uow,
        clock=clock,
        new_id=ids,
        access_portals=frozenset({"tramita-gateway"}),
        access=access,
        users=users,
    )
    settings = IdentitySettings(grpc_port=0, service_client_secret=SecretStr("unused-here"))
    built = build_server(
        settings=settings,
        register=lambda s: identity_pb2_grpc.add_IdentityServiceServicer_to_server(
            IdentityServicer(deps), s
        ),
        verifier=Verifier(),
        error_map=ERRORS,
    )
    await built.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{built.port}") as channel:
        yield identity_pb2_grpc.IdentityServiceStub(channel)
    await built.stop(0)


def as_(token: str) -> tuple[tuple[str, str]]:
    return (("authorization", f"Bearer {token}"),)


async def refused(call):
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return from_rpc_error(caught.value)


def submission(email: str = "ana@example.pt", **changes) -> pb.SubmitAccessRequestRequest:
    application = {
        "name": "Ana Silva",
        "email": email,
        "phone": "+351912345678",
        "organization": "DG X",
        "role": "Chefe de Divisão",
        "reason": "Certificados",
        "first_login_channel": pb.FIRST_LOGIN_CHANNEL_EMAIL,
        **changes,
    }
    return pb.SubmitAccessRequestRequest(
        application=pb.AccessApplication(**application),
        proof=pb.ProofUpload(filename="p.pdf", media_type="application/pdf", content=PDF),
    )


async def submit_and_validate(stub, outside) -> str:
    done = await stub.SubmitAccessRequest(submission(), metadata=as_("gateway"))
    token = outside[0].messages.sent[-1].link.split("token=")[1]
    validated = pb.ValidateAccessRequestEmailRequest(token=token)
    reply = await stub.ValidateAccessRequestEmail(validated, metadata=as_("gateway"))
    assert (reply.access_request_id, reply.state) == (done.access_request_id, "email_validated")
    return done.access_request_id


async def test_only_the_portal_hands_in_requests(stub) -> None:
    for token in ("notifier", "staff"):
        error = await refused(stub.SubmitAccessRequest(submission(), metadata=as_(token)))
        assert isinstance(error, PermissionDenied) and error.reason == "NOT_AN_ACCESS_PORTAL"
    reply = await stub.SubmitAccessRequest(submission(), metadata=as_("gateway"))
    assert reply.state == "submitted" and reply.HasField("validation_expires_at")


async def test_field_violations_and_duplicates(stub) -> None:
    bad = submission(email="nope", phone="", first_login_channel=pb.FIRST_LOGIN_CHANNEL_SMS)
    error = await refused(stub.SubmitAccessRequest(bad, metadata=as_("gateway")))
    assert isinstance(error, InvalidArgument)
    assert {(v.field, v.rule) for v in error.violations} == {
        ("email", "email"),
        ("phone", "required_for_sms"),
    }
    await stub.SubmitAccessRequest(submission(), metadata=as_("gateway"))
    error = await refused(stub.SubmitAccessRequest(submission(), metadata=as_("gateway")))
    assert isinstance(error, AlreadyExists) and error.reason == "ACCESS_REQUEST_PENDING"


async def test_staff_list_download_approve(stub, outside) -> None:
    request_id = await submit_and_validate(stub, outside)
    listed = await stub.ListAccessRequests(
        pb.ListAccessRequestsRequest(page=pagination_pb2.PageRequest(page_size=10)),
        metadata=as_("staff"),
    )
    [found] = listed.access_requests
    assert (found.access_request_id, found.application.email, found.proof.size) == (
        request_id,
        "ana@example.pt",
        len(PDF),
    )
    chunks = [
        c
        async for c in stub.GetAccessRequestProof(
            pb.GetAccessRequestProofRequest(access_request_id=request_id), metadata=as_("staff")
        )
    ]
    assert chunks[0].proof.filename == "p.pdf"
    assert b"".join(c.chunk for c in chunks) == PDF
    error = await refused(
        stub.ListAccessRequests(pb.ListAccessRequestsRequest(), metadata=as_("client"))
    )
    assert isinstance(error, PermissionDenied) and error.reason == "NOT_STAFF"
    approved = await stub.ApproveAccessRequest(
        pb.ApproveAccessRequestRequest(access_request_id=request_id), metadata=as_("staff")
    )
    assert approved.access_request.state == "approved" and approved.access_request.person_id
    error = await refused(
        stub.RejectAccessRequest(
            pb.RejectAccessRequestRequest(access_request_id=request_id, reason="late"),
            metadata=as_("staff"),
        )
    )
    assert isinstance(error, FailedPrecondition)
    assert (error.state, error.action) == ("approved", "reject")


async def test_unknown_tokens_and_requests_are_not_found(stub) -> None:
    error = await refused(
        stub.ValidateAccessRequestEmail(
            pb.ValidateAccessRequestEmailRequest(token="forged"), metadata=as_("gateway")
        )
    )
    assert isinstance(error, NotFound)
    error = await refused(
        stub.ApproveAccessRequest(
            pb.ApproveAccessRequestRequest(access_request_id="missing"), metadata=as_("staff")
        )
    )
    assert isinstance(error, NotFound) and error.reason == "ACCESS_REQUEST_NOT_FOUND"


async def test_an_existing_account_is_already_exists(stub, outside) -> None:
    request_id = await submit_and_validate(stub, outside)
    outside[0].accounts.taken_usernames.add("ana@example.pt")
    error = await refused(
        stub.ApproveAccessRequest(
            pb.ApproveAccessRequestRequest(access_request_id=request_id), metadata=as_("staff")
        )
    )
    assert isinstance(error, AlreadyExists) and error.reason == "ACCOUNT_EXISTS"


async def test_authority_users_over_grpc(stub) -> None:
    registered = await stub.RegisterAuthorityUser(
        pb.RegisterAuthorityUserRequest(
            entity_id=ENTITY, first_name="Ana Maria", surname="Silva", email="ana@porto.pt"
        ),
        metadata=as_("admin"),
    )
    user = registered.user
    assert registered.first_user and (user.first_name, user.surname) == ("Ana Maria", "Silva")
    assert ("", "local-data-administrator") in {(p.workflow, p.profile) for p in user.profiles}
    last = await refused(
        stub.ChangeAuthorityUserProfiles(
            pb.ChangeAuthorityUserProfilesRequest(
                entity_id=ENTITY,
                user_id=user.user_id,
                profiles=[pb.UserProfile(workflow=REQUESTS, profile="request-handler")],
                expected_version=user.version,
            ),
            metadata=as_("admin"),
        )
    )
    assert isinstance(last, FailedPrecondition) and last.reason == "LAST_PROFILE_HOLDER"
    changed = await stub.ChangeAuthorityUserProfiles(
        pb.ChangeAuthorityUserProfilesRequest(
            entity_id=ENTITY,
            user_id=user.user_id,
            profiles=[
                pb.UserProfile(profile="local-data-administrator"),
                pb.UserProfile(workflow=REQUESTS, profile="request-handler"),
            ],
            expected_version=user.version,
        ),
        metadata=as_("admin"),
    )
    assert changed.user.version == user.version + 1
    listed = await stub.ListAuthorityUsers(
        pb.ListAuthorityUsersRequest(entity_id=ENTITY), metadata=as_("admin")
    )
    assert [u.email for u in listed.users] == ["ana@porto.pt"]
    error = await refused(
        stub.ListAuthorityUsers(
            pb.ListAuthorityUsersRequest(entity_id=ENTITY), metadata=as_("staff")
        )
    )
    assert isinstance(error, NotFound) and error.reason == "ENTITY_NOT_FOUND"
    error = await refused(
        stub.GetAuthorityUser(
            pb.GetAuthorityUserRequest(entity_id=OTHER_ENTITY, user_id=user.user_id),
            metadata=as_("admin"),
        )
    )
    assert isinstance(error, NotFound) and error.reason == "USER_NOT_FOUND"
    stale = await refused(
        stub.ChangeAuthorityUserProfiles(
            pb.ChangeAuthorityUserProfilesRequest(
                entity_id=ENTITY, user_id=user.user_id, expected_version=user.version
            ),
            metadata=as_("admin"),
        )
    )
    assert isinstance(stale, Conflict)
    reset = await stub.ResetAuthorityUserPassword(
        pb.ResetAuthorityUserPasswordRequest(entity_id=ENTITY, user_id=user.user_id),
        metadata=as_("admin"),
    )
    assert reset.user_id == user.user_id and reset.HasField("temporary_password_expires_at")
    bad = await refused(
        stub.RegisterAuthorityUser(
            pb.RegisterAuthorityUserRequest(
                entity_id=ENTITY,
                first_name="Rui",
                surname="Lopes",
                email="rui@porto.pt",
                profiles=[pb.UserProfile(workflow=REQUESTS, profile="supervisor")],
            ),
            metadata=as_("admin"),
        )
    )
    assert isinstance(bad, InvalidArgument)
    assert [(v.field, v.rule) for v in bad.violations] == [("profiles[0]", "coordinator")]
