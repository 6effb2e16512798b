"""Access requests and authority users on real PostgreSQL: sealed personal data, one
pending request per address (also under a race), profiles round-trip, events in the
outbox with the change."""

from datetime import timedelta

import pytest
from sqlalchemy import text
from tramita.identity.events.v1 import events_pb2
from tramita_identity.app.access_requests import (
    Decide,
    StaffMember,
    SubmitAccessRequest,
    approve_access_request,
    list_access_requests,
    reject_access_request,
    submit_access_request,
    validate_access_email,
)
from tramita_identity.app.authority_users import (
    Acting,
    ChangeProfiles,
    RegisterUser,
    UserCommand,
    change_profiles,
    deactivate_user,
    list_users,
    register_user,
)
from tramita_identity.domain.access_requests import AccessRequestState, ProofUpload
from tramita_identity.domain.errors import DuplicateAccessRequest
from tramita_identity.domain.events import ProfileGrant
from tramita_platform.events import decode, unpack
from tramita_platform.ids import new_id

from ..unit.account_fakes import ENTITY, PDF, REQUESTS, access_ports, user_ports

pytestmark = pytest.mark.integration
STAFF = StaffMember("staff-1", frozenset({"staff"}))
ADMIN = Acting("admin-1", frozenset({"platform-admin"}))


def application(email: str = "ana.silva@example.pt") -> SubmitAccessRequest:
    return SubmitAccessRequest(
        name="Ana Silva",
        email=email,
        phone="",
        organization="DG X",
        role="Técnica Superior",
        reason="Certificados",
        first_login_channel="email",
        language="pt-PT",
        proof=ProofUpload("nomeação.pdf", "application/pdf", PDF),
        portal="tramita-gateway",
    )


async def events(engine) -> list[tuple[str, object]]:
    async with engine.connect() as conn:
        rows = await conn.execute(text("SELECT envelope FROM outbox ORDER BY id"))
        return [decode(bytes(row.envelope)) for row in rows]


async def test_a_request_round_trips_sealed(engine, uow, clock) -> None:
    ports = access_ports(uow, clock, new_id)
    request = await submit_access_request(application(), ports=ports)
    async with engine.connect() as conn:
        sealed = (await conn.execute(text("SELECT sealed FROM access_request_applicants"))).scalar()
        row = (
            await conn.execute(text("SELECT email_index, token_hash FROM access_requests"))
        ).one()
    assert b"ana.silva" not in bytes(sealed) and "ana" not in row.email_index
    token = ports.messages.sent[-1].link.split("token=")[1]
    assert row.token_hash != token
    await validate_access_email(token, uow=uow, clock=clock)
    page, _ = await list_access_requests(
        STAFF, state="email_validated", after=None, page_size=5, uow=uow, clock=clock, new_id=new_id
    )
    [found] = page
    assert (found.applicant.name, found.proof.filename, found.version) == (
        "Ana Silva",
        "nomeação.pdf",
        2,
    )
    approved = await approve_access_request(Decide(STAFF, request.request_id), ports=ports)
    assert approved.state is AccessRequestState.APPROVED
    types = [e.type for e in await events(engine)]
    assert types == [
        "tramita.identity.AccessRequestSubmitted.v1",
        "tramita.identity.AccessRequestEmailValidated.v1",
        "tramita.identity.PersonRegistered.v1",
        "tramita.identity.PersonContactChanged.v1",
        "tramita.identity.AccessRequestApproved.v1",
    ]
    async with engine.connect() as conn:
        audit = (await conn.execute(text("SELECT actor, action FROM account_actions"))).all()
        reads = (await conn.execute(text("SELECT count(*) FROM personal_data_reads"))).scalar()
    assert [tuple(a) for a in audit] == [("staff-1", "access_request.approved")] and reads == 1


async def test_rejection_event_carries_ids_and_the_applicant_is_told_directly(
    engine, uow, clock
) -> None:
    ports = access_ports(uow, clock, new_id)
    request = await submit_access_request(application("rui@example.pt"), ports=ports)
    await validate_access_email(
        ports.messages.sent[-1].link.split("token=")[1], uow=uow, clock=clock
    )
    await reject_access_request(Decide(STAFF, request.request_id, "Sem vínculo"), ports=ports)
    envelope = (await events(engine))[-1]
    rejected = unpack(envelope, events_pb2.AccessRequestRejected)
    assert rejected.access_request_id == request.request_id
    assert "rui@example.pt" not in envelope.SerializeToString().decode("latin-1")
    assert envelope.subject == request.request_id
    notice = ports.messages.sent[-1]
    assert (notice.kind, notice.address, notice.language, notice.params) == (
        "access_request.rejected",
        "rui@example.pt",
        "pt-PT",
        {"reason": "Sem vínculo"},
    )


async def test_one_pending_request_per_address_even_in_a_race(uow, clock) -> None:
    slow = access_ports(uow, clock, new_id, new_token=new_id)
    fast = access_ports(uow, clock, new_id, new_token=new_id)

    # The slow submission checks before the fast one commits, and commits after it.
    class Racing:
        async def send(self, message) -> None:
            await submit_access_request(application(), ports=fast)

    racing = access_ports(uow, clock, new_id, new_token=new_id, messages=Racing())
    with pytest.raises(DuplicateAccessRequest):
        await submit_access_request(application(), ports=racing)
    with pytest.raises(DuplicateAccessRequest):
        await submit_access_request(application(), ports=slow)
    clock.advance(timedelta(hours=25))
    again = await submit_access_request(application(), ports=slow)
    assert again.state is AccessRequestState.SUBMITTED


async def test_authority_users_round_trip(engine, uow, clock) -> None:
    ports = user_ports(uow, clock, new_id)
    ana = (
        await register_user(
            RegisterUser(ADMIN, ENTITY, "Ana", "Silva", "ana@porto.pt"), ports=ports
        )
    ).view.user
    rui = (
        await register_user(
            RegisterUser(
                Acting(ana.user_id),
                ENTITY,
                "Rui",
                "Lopes",
                "rui@porto.pt",
                profiles=(ProfileGrant(REQUESTS, "request-viewer"),),
            ),
            ports=ports,
        )
    ).view.user
    async with uow() as work:
        assert await work.users.username_taken(ana.username.upper())
        assert await work.users.email_taken("RUI@porto.pt")
        assert not await work.users.email_taken("eva@porto.pt")
    wanted = (ProfileGrant(REQUESTS, "request-handler"),)
    view = await change_profiles(
        ChangeProfiles(Acting(ana.user_id), ENTITY, rui.user_id, wanted, expected_version=1),
        ports=ports,
    )
    assert view.user.version == 2
    assert view.user.profiles == {
        ProfileGrant(REQUESTS, "request-handler"),
        ProfileGrant("", "basic-user"),
    }
    await deactivate_user(UserCommand(Acting(ana.user_id), ENTITY, rui.user_id), ports=ports)
    active, _ = await list_users(
        Acting(ana.user_id),
        ENTITY,
        after=None,
        page_size=10,
        include_deactivated=False,
        ports=ports,
    )
    every, _ = await list_users(
        Acting(ana.user_id), ENTITY, after=None, page_size=10, include_deactivated=True, ports=ports
    )
    assert [v.user.user_id for v in active] == [ana.user_id]
    assert {v.user.user_id for v in every} == {ana.user_id, rui.user_id}
    assert every[0].person is not None
    found = await events(engine)
    profiles = [
        unpack(e, events_pb2.PersonProfilesChanged)
        for e in found
        if e.type.endswith("PersonProfilesChanged.v1")
    ]
    assert [len(p.profiles) for p in profiles] == [7, 2, 2, 0]
    assert profiles[0].entity_id == ENTITY
    created = [
        unpack(e, events_pb2.AuthorityUserCreated)
        for e in found
        if e.type.endswith("AuthorityUserCreated.v1")
    ]
    assert [(c.person_id, c.first_user) for c in created] == [
        (ana.user_id, True),
        (rui.user_id, False),
    ]
    assert found[-2].type == "tramita.identity.PersonDeactivated.v1"
