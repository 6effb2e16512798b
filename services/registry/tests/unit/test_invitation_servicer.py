"""The gRPC edge for invitations: proto ⇄ commands, the public caller check, the errors."""

import dataclasses
import itertools

import pytest
from google.protobuf.field_mask_pb2 import FieldMask
from tramita.registry.v1 import authority_pb2, invitation_pb2, registry_pb2
from tramita_platform.auth import Principal, bind_principal
from tramita_platform.errors import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)
from tramita_registry.adapters.actor_resolver import TokenClaimsActorResolver
from tramita_registry.adapters.spreadsheets import OpenpyxlSpreadsheets
from tramita_registry.app.invitations import timers
from tramita_registry.app.invitations.common import SEND, InvitationDeps
from tramita_registry.domain.errors import (
    DuplicateEmail,
    InvalidRows,
    RegistrationCodeInvalid,
    RegistrationCodeRefused,
    RowProblem,
)
from tramita_registry.domain.sending import SendingRules
from tramita_registry.entrypoints.grpc_errors import ERRORS
from tramita_registry.entrypoints.grpc_servicer import RegistryDependencies, RegistryServicer

from .test_invitations import FakeMailer

pb = invitation_pb2
SD, SD_REQUESTS = "services-directive", "services-directive/requests"


def person(*roles: str, entity_id: str = "") -> Principal:
    claims = {"sub": "person-1", "entity_id": entity_id} if entity_id else {"sub": "person-1"}
    return Principal("person-1", None, frozenset(roles), (), frozenset(), claims)


def service(client: str) -> Principal:
    username = f"service-account-{client}"
    return Principal("svc", username, frozenset(), (), frozenset(), {}, client_id=client)


@pytest.fixture
def edge(world):
    base = dataclasses.replace(world.deps, actors=TokenClaimsActorResolver())
    codes = itertools.count(1)
    deps = InvitationDeps(
        base,
        SendingRules(),
        OpenpyxlSpreadsheets(),
        FakeMailer(),
        new_code=lambda: f"AAAA-BBBB-CCCC-{next(codes):04d}",
    )
    dependencies = RegistryDependencies(base.uow, base.clock, base.new_id, base, deps)
    return RegistryServicer(dependencies), deps


async def test_invite_upload_edit_send_through_protobuf(world, edge) -> None:
    servicer, deps = edge
    nimic = await world.nimic()
    with bind_principal(person(entity_id=nimic.entity_id), None):
        draft = pb.InvitationDraft(
            email="imi@cm-braga.pt",
            display_name="Braga",
            areas=[pb.InvitedArea(area=SD, workflows=[SD_REQUESTS])],
        )
        created = await servicer.CreateInvitation(
            registry_pb2.CreateInvitationRequest(draft=draft), None
        )
        assert created.invitation.status == pb.INVITATION_STATUS_DRAFT
        template = await servicer.GetInvitationTemplate(
            registry_pb2.GetInvitationTemplateRequest(format=registry_pb2.SPREADSHEET_FORMAT_CSV),
            None,
        )
        assert template.filename.endswith(".csv")
        content = template.content + b"Porto,imi@cm-porto.pt\r\n"
        uploaded = await servicer.UploadInvitations(
            registry_pb2.UploadInvitationsRequest(content=content), None
        )
        [porto] = uploaded.invitations
        assert porto.bulk and not porto.areas
        edited = await servicer.UpdateInvitations(
            registry_pb2.UpdateInvitationsRequest(
                invitation_ids=[porto.invitation_id],
                changes=pb.InvitationDraft(areas=draft.areas, message="Olá"),
                update_mask=FieldMask(paths=["areas", "message"]),
            ),
            None,
        )
        assert edited.invitations[0].message == "Olá"
        sent = await servicer.SendInvitations(
            registry_pb2.SendInvitationsRequest(
                invitation_ids=[created.invitation.invitation_id, porto.invitation_id]
            ),
            None,
        )
        assert (sent.sent, sent.rejected, sent.blocked) == (2, 0, 0)
        assert sent.outcomes[0].invitation.confirmed_day == "2026-11-23"
        listed = await servicer.ListInvitations(
            registry_pb2.ListInvitationsRequest(status=pb.INVITATION_STATUS_SENT), None
        )
        assert len(listed.invitations) == 2
    assert await timers.send_invitation(
        world.uow,
        deps,
        world.uow.timers.take(SEND, f"{porto.invitation_id}:1"),
    )
    code = deps.mailer.sent[-1]["registration_code"]

    with bind_principal(person(entity_id=nimic.entity_id), None), pytest.raises(PermissionDenied):
        await servicer.CheckRegistrationCode(
            registry_pb2.CheckRegistrationCodeRequest(registration_code=code), None
        )
    with bind_principal(service("tramita-gateway"), None):
        found = await servicer.CheckRegistrationCode(
            registry_pb2.CheckRegistrationCodeRequest(registration_code=code), None
        )
        assert found.invitation.coordinator_email == "nimic@ama.pt"
        done = await servicer.SelfRegister(
            registry_pb2.SelfRegisterRequest(
                registration_code=code,
                profile=authority_pb2.AuthorityProfile(
                    official_name="Câmara Municipal do Porto",
                    languages=["pt"],
                    competences=authority_pb2.Competences(nace_codes=["F"]),
                ),
                areas=[pb.AreaKeywords(area=SD, keywords=["construction"])],
                first_user=pb.FirstUser(name="Rui Costa", email="rui.costa@cm-porto.pt"),
            ),
            None,
        )
    summary = done.summary
    assert summary.profile.contacts.email == "imi@cm-porto.pt"
    assert summary.username.startswith("rcosta") and summary.workflows == [SD_REQUESTS]
    assert summary.coordinator_name.endswith("(NIMIC)")


def test_the_error_table_speaks_for_invitations() -> None:
    duplicate = ERRORS.translate(DuplicateEmail("email", "invitation"))
    assert isinstance(duplicate, AlreadyExists) and duplicate.reason == "DUPLICATE_EMAIL"
    rows = ERRORS.translate(
        InvalidRows(
            [
                RowProblem(0, "file", "empty", "the file is empty"),
                RowProblem(1, "file", "header", "bad header"),
                RowProblem(3, "email", "email", "bad"),
            ]
        )
    )
    assert isinstance(rows, InvalidArgument)
    assert [(v.field, v.rule, v.description) for v in rows.violations] == [
        ("file", "empty", "the file is empty"),
        ("file", "header", "row 1: bad header"),
        ("rows[3].email", "email", "bad"),
    ]
    invalid = ERRORS.translate(RegistrationCodeInvalid())
    assert isinstance(invalid, NotFound) and invalid.reason == "REGISTRATION_CODE_INVALID"
    expired = ERRORS.translate(RegistrationCodeRefused("EXPIRED"))
    assert isinstance(expired, FailedPrecondition)
    assert (expired.reason, expired.state) == ("REGISTRATION_CODE_EXPIRED", "EXPIRED")
