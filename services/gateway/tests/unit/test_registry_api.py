"""Authority, invitation and self-registration routes with a fake registry: the acting
entity header, JSON ⇄ protobuf, the raw upload, the template download, the public calls
with the gateway's own token, and errors as problem details."""

from collections.abc import AsyncIterator
from types import SimpleNamespace

import httpx
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.registry.v1 import authority_pb2 as apb
from tramita.registry.v1 import invitation_pb2 as ipb
from tramita.registry.v1 import registry_pb2 as rpb
from tramita_gateway.app_factory import build_app
from tramita_gateway.entrypoints import deps, registry_api
from tramita_gateway.settings import GatewaySettings
from tramita_platform.errors import (
    AlreadyExists,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
)

NOW = Timestamp(seconds=1_800_000_000)
USER = (("authorization", "Bearer user-token"),)
GATEWAY = (("authorization", "Bearer gateway-token"),)
SD, SD_REQ = "services-directive", "services-directive/requests"


def invitation(**changes) -> ipb.Invitation:
    values = {
        "invitation_id": "inv-1",
        "inviting_entity_id": "nimic-1",
        "email": "imi@cm-braga.pt",
        "display_name": "Braga",
        "status": ipb.INVITATION_STATUS_DRAFT,
        "created_at": NOW,
        "status_changed_at": NOW,
        "version": 1,
    } | changes
    return ipb.Invitation(**values)


def authority(**changes) -> apb.Authority:
    values = {
        "entity_id": "ent-1",
        "profile": apb.AuthorityProfile(
            official_name="Câmara Municipal de Braga",
            languages=["pt"],
            contacts=apb.AuthorityContacts(email="imi@cm-braga.pt", preferred_language="pt-PT"),
        ),
        "country": "PT",
        "status": apb.ENTITY_STATUS_ACTIVE,
        "areas": [
            apb.AreaAccess(
                area=SD,
                role=apb.ADMINISTRATIVE_ROLE_COMPETENT_AUTHORITY,
                status=apb.ACCESS_STATUS_ACTIVE,
                workflows=[
                    apb.WorkflowAccess(
                        workflow=SD_REQ,
                        content_role=apb.CONTENT_ROLE_AUTHORITY_REQUESTS,
                        status=apb.ACCESS_STATUS_ACTIVE,
                        flags={"subject_to_approval": False},
                    )
                ],
            )
        ],
        "registered_at": NOW,
        "status_changed_at": NOW,
        "version": 2,
    } | changes
    return apb.Authority(**values)


class FakeRegistry:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object, object]] = []
        self.error: Exception | None = None

    def __getattr__(self, name: str):
        replies = {
            "RegisterAuthority": lambda r: rpb.RegisterAuthorityResponse(authority=authority()),
            "GetAuthority": lambda r: rpb.GetAuthorityResponse(authority=authority()),
            "ListAuthorities": lambda r: rpb.ListAuthoritiesResponse(authorities=[authority()]),
            "ValidateAuthority": lambda r: rpb.ValidateAuthorityResponse(authority=authority()),
            "CreateInvitation": lambda r: rpb.CreateInvitationResponse(invitation=invitation()),
            "UploadInvitations": lambda r: rpb.UploadInvitationsResponse(
                invitations=[invitation(bulk=True)]
            ),
            "GetInvitationTemplate": lambda r: rpb.GetInvitationTemplateResponse(
                content=b"Nome / Name,E-mail\r\n",
                media_type="text/csv; charset=utf-8",
                filename="convites-invitations.csv",
            ),
            "ListInvitations": lambda r: rpb.ListInvitationsResponse(invitations=[invitation()]),
            "UpdateInvitations": lambda r: rpb.UpdateInvitationsResponse(
                invitations=[invitation(invitation_id=i) for i in r.invitation_ids]
            ),
            "SendInvitations": lambda r: rpb.SendInvitationsResponse(
                sent=1,
                rejected=1,
                outcomes=[
                    ipb.InvitationOutcome(
                        invitation=invitation(
                            status=ipb.INVITATION_STATUS_SENT, confirmed_day="2026-11-23"
                        )
                    ),
                    ipb.InvitationOutcome(
                        invitation=invitation(
                            invitation_id="inv-2",
                            status=ipb.INVITATION_STATUS_REJECTED,
                            rejection=ipb.INVITATION_REJECTION_NO_WORKFLOW,
                        ),
                        reason="choose at least one workflow before sending",
                    ),
                ],
            ),
            "CancelInvitation": lambda r: rpb.CancelInvitationResponse(
                invitation=invitation(status=ipb.INVITATION_STATUS_CANCELLED)
            ),
            "ReissueInvitation": lambda r: rpb.ReissueInvitationResponse(
                invitation=invitation(status=ipb.INVITATION_STATUS_SENT, issue=2)
            ),
            "DeleteInvitation": lambda r: rpb.DeleteInvitationResponse(),
            "ReleaseInvitationDay": lambda r: rpb.ReleaseInvitationDayResponse(
                invitations=[invitation(status=ipb.INVITATION_STATUS_SENT)]
            ),
            "CheckRegistrationCode": lambda r: rpb.CheckRegistrationCodeResponse(
                invitation=ipb.InvitationSummary(
                    invitation_id="inv-1",
                    display_name="Braga",
                    email="imi@cm-braga.pt",
                    areas=[ipb.InvitedArea(area=SD, workflows=[SD_REQ])],
                    coordinator_name="AMA (NIMIC)",
                    coordinator_email="nimic@ama.pt",
                    country="PT",
                    expires_at=NOW,
                )
            ),
            "SelfRegister": lambda r: rpb.SelfRegisterResponse(
                summary=ipb.SelfRegistrationSummary(
                    entity_id="ent-9",
                    username="asilva1234",
                    profile=r.profile,
                    areas=list(r.areas),
                    workflows=[SD_REQ],
                    first_user=r.first_user,
                    coordinator_name="AMA (NIMIC)",
                )
            ),
        }
        if name not in replies:
            raise AttributeError(name)

        async def call(request, metadata=None):
            self.calls.append((name, request, metadata))
            if self.error is not None:
                raise self.error
            return replies[name](request)

        return call

    def last(self, name: str):
        return next(c for c in reversed(self.calls) if c[0] == name)


@pytest.fixture
def registry() -> FakeRegistry:
    return FakeRegistry()


@pytest.fixture
async def client(registry) -> AsyncIterator[httpx.AsyncClient]:
    app = build_app(GatewaySettings(service_client_secret="unit-test-gateway-secret"))
    app.dependency_overrides[deps.services] = lambda: SimpleNamespace(registry=registry)
    app.dependency_overrides[deps.caller_metadata] = lambda: USER
    app.dependency_overrides[registry_api.public_metadata] = lambda: GATEWAY
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway.test") as http:
        yield http


ACTING = {"Acting-Entity-Id": "nimic-1"}


async def test_register_list_get_and_validate_authorities(client, registry) -> None:
    body = {
        "profile": {"official_name": "AMA (NIMIC)", "languages": ["pt"]},
        "country": "PT",
        "horizontal_role": "NIMIC",
    }
    created = await client.post(
        "/api/v1/authorities", json=body, headers={"Idempotency-Key": "k-1"}
    )
    assert created.status_code == 201, created.text
    _, request, metadata = registry.last("RegisterAuthority")
    assert request.horizontal_role == apb.ADMINISTRATIVE_ROLE_NIMIC
    assert request.idempotency_key == "k-1" and metadata == USER
    out = created.json()
    assert out["status"] == "ACTIVE" and out["areas"][0]["role"] == "COMPETENT_AUTHORITY"
    assert out["areas"][0]["workflows"][0]["flags"] == {"subject_to_approval": False}
    assert out["horizontal_role"] is None

    listed = await client.get(
        "/api/v1/authorities",
        params={"country": "PT", "status": "REGISTRATION_REQUESTED", "role": "DIMIC"},
        headers=ACTING,
    )
    assert listed.status_code == 200 and len(listed.json()["items"]) == 1
    _, request, _ = registry.last("ListAuthorities")
    assert request.acting_entity_id == "nimic-1"
    assert request.filter.status == apb.ENTITY_STATUS_REGISTRATION_REQUESTED
    assert (await client.get("/api/v1/authorities/ent-1", headers=ACTING)).status_code == 200

    validated = await client.post(
        "/api/v1/authorities/ent-1/validate",
        json={"workflows": [{"workflow": SD_REQ, "privileged_coordinator_ids": ["nimic-1"]}]},
        headers=ACTING,
    )
    assert validated.status_code == 200
    _, request, _ = registry.last("ValidateAuthority")
    assert list(request.workflows[0].privileged_coordinator_ids) == ["nimic-1"]


async def test_invitation_drafts_upload_template_and_edits(client, registry) -> None:
    created = await client.post(
        "/api/v1/invitations",
        json={
            "email": "imi@cm-braga.pt",
            "display_name": "Braga",
            "areas": [{"area": SD, "workflows": [SD_REQ]}],
        },
        headers=ACTING,
    )
    assert created.status_code == 201 and created.json()["status"] == "DRAFT"
    _, request, _ = registry.last("CreateInvitation")
    assert request.draft.areas[0].workflows == [SD_REQ]

    csv = b"Nome / Name,E-mail\r\nBraga,imi@cm-braga.pt\r\n"
    uploaded = await client.post(
        "/api/v1/invitations/upload",
        content=csv,
        headers={**ACTING, "Content-Type": "text/csv"},
    )
    assert uploaded.status_code == 201 and uploaded.json()["items"][0]["bulk"] is True
    _, request, _ = registry.last("UploadInvitations")
    assert request.content == csv and request.format == rpb.SPREADSHEET_FORMAT_UNSPECIFIED
    await client.post(
        "/api/v1/invitations/upload?format=xlsx", content=b"PK\x03\x04", headers=ACTING
    )
    assert registry.last("UploadInvitations")[1].format == rpb.SPREADSHEET_FORMAT_XLSX

    template = await client.get("/api/v1/invitations/template", params={"format": "csv"})
    assert template.status_code == 200 and template.content.startswith(b"Nome")
    assert 'filename="convites-invitations.csv"' in template.headers["content-disposition"]

    edited = await client.patch(
        "/api/v1/invitations/inv-1", json={"display_name": "Braga (CM)"}, headers=ACTING
    )
    assert edited.status_code == 200
    _, request, _ = registry.last("UpdateInvitations")
    assert list(request.update_mask.paths) == ["display_name"]
    bulk = await client.post(
        "/api/v1/invitations/bulk-edit",
        json={"invitation_ids": ["a", "b"], "areas": [{"area": SD, "workflows": [SD_REQ]}]},
        headers=ACTING,
    )
    assert [i["invitation_id"] for i in bulk.json()["items"]] == ["a", "b"]
    assert list(registry.last("UpdateInvitations")[1].update_mask.paths) == ["areas"]
    nothing = await client.patch("/api/v1/invitations/inv-1", json={}, headers=ACTING)
    assert nothing.status_code == 422


async def test_send_cancel_reissue_delete_release_and_list(client, registry) -> None:
    sent = await client.post(
        "/api/v1/invitations/send", json={"invitation_ids": ["inv-1", "inv-2"]}, headers=ACTING
    )
    assert sent.status_code == 200, sent.text
    out = sent.json()
    assert (out["sent"], out["rejected"], out["blocked"]) == (1, 1, 0)
    assert out["outcomes"][0]["invitation"]["confirmed_day"] == "2026-11-23"
    assert out["outcomes"][1]["invitation"]["rejection"] == "NO_WORKFLOW"
    assert out["outcomes"][1]["reason"].startswith("choose")
    cancelled = await client.post("/api/v1/invitations/inv-1/cancel", headers=ACTING)
    assert cancelled.json()["status"] == "CANCELLED"
    reissued = await client.post(
        "/api/v1/invitations/inv-1/reissue", json={"expected_version": 3}, headers=ACTING
    )
    assert reissued.json()["issue"] == 2
    assert registry.last("ReissueInvitation")[1].expected_version == 3
    assert (await client.delete("/api/v1/invitations/inv-1", headers=ACTING)).status_code == 204
    released = await client.post(
        "/api/v1/invitations/release-day",
        json={"inviting_entity_id": "nimic-1", "day": "2026-11-23"},
    )
    assert released.status_code == 200
    assert registry.last("ReleaseInvitationDay")[1].day == "2026-11-23"
    page = await client.get("/api/v1/invitations", params={"status": "BLOCKED"}, headers=ACTING)
    assert page.status_code == 200
    assert registry.last("ListInvitations")[1].status == ipb.INVITATION_STATUS_BLOCKED


async def test_public_self_registration_uses_the_gateways_own_token(client, registry) -> None:
    checked = await client.post(
        "/api/v1/public/registration-code", json={"registration_code": "AAAA-BBBB-CCCC-DDDD"}
    )
    assert checked.status_code == 200
    assert checked.json()["coordinator_email"] == "nimic@ama.pt"
    _, request, metadata = registry.last("CheckRegistrationCode")
    assert metadata == GATEWAY
    body = {
        "registration_code": "AAAA-BBBB-CCCC-DDDD",
        "profile": {"official_name": "Câmara Municipal de Braga", "languages": ["pt"]},
        "areas": [{"area": SD, "keywords": ["construction"]}],
        "first_user": {"name": "Ana Silva", "email": "ana@cm-braga.pt"},
    }
    done = await client.post(
        "/api/v1/public/self-registration", json=body, headers={"Idempotency-Key": "s-1"}
    )
    assert done.status_code == 201, done.text
    assert done.json()["username"] == "asilva1234"
    _, request, metadata = registry.last("SelfRegister")
    assert metadata == GATEWAY and request.idempotency_key == "s-1"
    assert request.first_user.email == "ana@cm-braga.pt"


async def test_registry_errors_are_problem_details(client, registry) -> None:
    registry.error = AlreadyExists("email: another open invitation", reason="DUPLICATE_EMAIL")
    duplicate = await client.post(
        "/api/v1/invitations", json={"email": "a@x.pt", "display_name": "A"}, headers=ACTING
    )
    assert duplicate.status_code == 409
    assert duplicate.json()["type"] == "urn:tramita:problem:duplicate-email"
    registry.error = InvalidArgument(
        [FieldViolation("rows[3].email", "duplicate_email", "taken")], reason="INVALID_ROWS"
    )
    rows = await client.post("/api/v1/invitations/upload", content=b"x", headers=ACTING)
    assert rows.status_code == 422
    assert rows.json()["violations"][0]["field"] == "rows[3].email"
    registry.error = FailedPrecondition(
        state="EXPIRED", action="register", reason="REGISTRATION_CODE_EXPIRED"
    )
    expired = await client.post(
        "/api/v1/public/registration-code", json={"registration_code": "AAAA"}
    )
    assert expired.status_code == 409
    assert expired.json()["type"] == "urn:tramita:problem:registration-code-expired"
