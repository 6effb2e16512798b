"""Invitations and self-registration through the use cases, with in-memory fakes
(IMI guide §3.1.2, §9.1.3; PRODUCT §4.4, §12)."""

import dataclasses
import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from tramita_platform.clock import ManualClock
from tramita_registry.adapters.actor_resolver import TokenClaimsActorResolver
from tramita_registry.adapters.spreadsheets import OpenpyxlSpreadsheets
from tramita_registry.app.authorities.commands import (
    ChangeEntityStatus,
    ValidateAuthority,
    WorkflowSettings,
)
from tramita_registry.app.authorities.common import resolve_acting
from tramita_registry.app.authorities.lifecycle import change_entity_status
from tramita_registry.app.authorities.registration import validate_authority
from tramita_registry.app.invitations import commands as cmd
from tramita_registry.app.invitations import timers
from tramita_registry.app.invitations.common import EXPIRE, PURGE, REMIND, SEND, InvitationDeps
from tramita_registry.app.invitations.drafts import (
    create_invitation,
    delete_invitation,
    update_invitations,
    upload_invitations,
)
from tramita_registry.app.invitations.queries import InvitationSearch, list_invitations
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
from tramita_registry.app.ports import Caller
from tramita_registry.domain import events as ev
from tramita_registry.domain.errors import (
    DuplicateEmail,
    Forbidden,
    InvalidField,
    InvalidRows,
    InvitationNotFound,
    RegistrationCodeInvalid,
    RegistrationCodeRefused,
    TransitionNotAllowed,
)
from tramita_registry.domain.invitations import InvitationStatus as S
from tramita_registry.domain.invitations import InvitedArea, Rejection
from tramita_registry.domain.profile import Contacts
from tramita_registry.domain.roles import AdminRole
from tramita_registry.domain.sending import SendingRules
from tramita_registry.domain.statuses import EntityAction, EntityStatus

from .conftest import ADMIN, PQ, SD, SD_ALERTS, SD_REQUESTS, authority_in, make_profile

MONDAY_9H = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Lisbon: UTC+0 in November
SERVICES = (InvitedArea(SD, (SD_REQUESTS,)),)


class FakeMailer:
    def __init__(self) -> None:
        self.sent: list[dict] = []
        self.confirmations: list[dict] = []
        self.failures = 0

    async def send_invitation(self, *, email, language, link, params, idempotency_key) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("notifications unavailable")
        self.sent.append(
            {"email": email, "language": language, "link": link, "key": idempotency_key, **params}
        )

    async def send_registration_confirmation(
        self, *, email, language, link, params, idempotency_key
    ) -> None:
        self.confirmations.append(
            {"email": email, "language": language, "link": link, "key": idempotency_key, **params}
        )


class Desk:
    """A coordinator's invitation desk over the fakes, with the timers fired by hand."""

    def __init__(self, world) -> None:
        self.world = world
        self.clock = ManualClock(MONDAY_9H)
        world.deps = dataclasses.replace(world.deps, clock=self.clock)
        codes = itertools.count(1)
        self.mailer = FakeMailer()
        self.deps = InvitationDeps(
            base=world.deps,
            rules=SendingRules(),
            spreadsheets=OpenpyxlSpreadsheets(),
            mailer=self.mailer,
            new_code=lambda: f"AAAA-BBBB-CCCC-{next(codes):04d}",
        )
        self.uow = world.uow
        self.keys = itertools.count(1)

    def caller(self, entity=None, *, admin=False) -> Caller:
        return self.world.caller(entity, admin=admin)

    async def create(self, by, email="imi@cm-braga.pt", name="Braga", areas=SERVICES, **kw):
        command = cmd.CreateInvitation(self.caller(by), email, name, areas, **kw)
        return await create_invitation(command, deps=self.deps)

    async def send(self, by, *invitations):
        ids = tuple(i.invitation_id for i in invitations)
        return await send_invitations(cmd.SendInvitations(self.caller(by), ids), deps=self.deps)

    async def fire(self, kind: str, invitation) -> bool:
        key = f"{invitation.invitation_id}:{invitation.issue}"
        payload = self.uow.timers.take(kind, key)
        handler = {
            SEND: timers.send_invitation,
            REMIND: timers.remind_invitation,
            EXPIRE: timers.expire_invitation,
        }[kind]
        return await handler(self.uow, self.deps, payload)

    async def sent(self, by, **kw):
        """An invitation e-mailed with its code; returns it and the code."""
        invitation = await self.create(by, **kw)
        await self.send(by, invitation)
        assert await self.fire(SEND, invitation)
        return invitation, self.mailer.sent[-1]["registration_code"]

    async def register(self, code: str, **changes):
        form = {
            "code": code,
            "profile": make_profile(
                "Câmara Municipal de Braga", contacts=Contacts("", "pt-PT", phone="+351253000000")
            ),
            "keywords": ((SD, ("construction",)),),
            "first_user_name": "Maria João Silva",
            "first_user_email": "maria.silva@cm-braga.pt",
        } | changes
        return await self_register(cmd.SelfRegister(**form), deps=self.deps)

    def published(self, kind):
        return [e for e in self.uow.published if isinstance(e, kind)]


@pytest.fixture
def desk(world) -> Desk:
    return Desk(world)


# -- drafts and who may invite --------------------------------------------------------------


async def test_a_coordinator_creates_a_draft_for_the_areas_it_may_register_in(desk) -> None:
    nimic = await desk.world.nimic()
    invitation = await desk.create(nimic, email=" IMI@cm-braga.pt ", message="Bem-vindos")
    assert invitation.status is S.DRAFT
    assert invitation.email == "IMI@cm-braga.pt" and invitation.email_key == "imi@cm-braga.pt"
    assert invitation.inviting_entity_id == nimic.entity_id
    assert invitation.language == "pt-PT" and invitation.country == "PT"


async def test_only_coordinators_with_the_rights_table_rows_invite(desk) -> None:
    world = desk.world
    nimic = await world.nimic()
    authority = await world.register(nimic)
    with pytest.raises(Forbidden, match="COORDINATORS_ONLY"):
        await desk.create(authority)
    limic = await world.register(
        nimic,
        name="Ordem dos Médicos (LIMIC)",
        areas=(authority_in(PQ, (nimic.entity_id,), role=AdminRole.LIMIC),),
    )
    assert (await desk.create(limic, areas=(InvitedArea(PQ, (f"{PQ}/requests",)),))).areas
    with pytest.raises(Forbidden, match="REGISTER_VALIDATE_COMPETENT_AUTHORITY"):
        await desk.create(limic, email="b@x.pt", areas=SERVICES)
    dimic = await world.register(
        nimic,
        name="DGAE (DIMIC)",
        areas=(authority_in(SD, (nimic.entity_id,), role=AdminRole.DIMIC),),
    )
    await desk.create(dimic, email="c@x.pt")
    with pytest.raises(Forbidden, match="ASSIGN_ALERT_AUTHORITY"):
        await desk.create(dimic, email="d@x.pt", areas=(InvitedArea(SD, (SD_ALERTS,)),))
    with pytest.raises(Forbidden, match="ACTING_ENTITY_REQUIRED"):
        await desk.create(None, email="e@x.pt")


async def test_bad_drafts_are_clear_field_errors(desk) -> None:
    nimic = await desk.world.nimic()
    with pytest.raises(InvalidField, match="email"):
        await desk.create(nimic, email="not an address")
    with pytest.raises(InvalidField, match="display_name"):
        await desk.create(nimic, name="  ")
    with pytest.raises(InvalidField, match="has no workflow"):
        await desk.create(nimic, areas=(InvitedArea(PQ, (SD_REQUESTS,)),))
    with pytest.raises(InvalidField, match="no area"):
        await desk.create(nimic, areas=(InvitedArea("nowhere"),))


async def test_a_duplicate_email_is_refused_case_and_space_insensitively(desk) -> None:
    nimic = await desk.world.nimic()
    first = await desk.create(nimic, email="imi@cm-braga.pt")
    with pytest.raises(DuplicateEmail, match="another open invitation") as refused:
        await desk.create(nimic, email=" IMI@CM-Braga.pt")
    assert refused.value.field == "email"
    with pytest.raises(DuplicateEmail, match="an existing entity"):
        await desk.create(nimic, email="Nimic@AMA.pt")  # the NIMIC's contact e-mail
    await delete_invitation(
        cmd.DeleteInvitation(desk.caller(nimic), first.invitation_id), deps=desk.deps
    )
    assert (await desk.create(nimic, email="imi@cm-braga.pt")).status is S.DRAFT


async def test_bulk_upload_is_all_or_nothing_with_per_row_errors(desk) -> None:
    nimic = await desk.world.nimic()
    await desk.create(nimic, email="taken@x.pt")
    csv = (
        "Nome / Name,E-mail\nBraga,imi@cm-braga.pt\n"
        "Porto,TAKEN@x.pt\nFaro,nope\nNIMIC,nimic@ama.pt\n"
    )
    command = cmd.UploadInvitations(desk.caller(nimic), csv.encode())
    with pytest.raises(InvalidRows) as refused:
        await upload_invitations(command, deps=desk.deps)
    assert [(p.row, p.field, p.rule) for p in refused.value.problems] == [
        (3, "email", "duplicate_email"),
        (4, "email", "email"),
        (5, "email", "duplicate_email"),
    ]
    assert len(desk.uow.invitations.rows) == 1
    good = "name;email\nBraga;imi@cm-braga.pt\nPorto;imi@cm-porto.pt\n"
    created = await upload_invitations(
        cmd.UploadInvitations(desk.caller(nimic), good.encode(), idempotency_key="up-1"),
        deps=desk.deps,
    )
    assert [(i.display_name, i.bulk, i.areas) for i in created] == [
        ("Braga", True, ()),
        ("Porto", True, ()),
    ]
    again = await upload_invitations(
        cmd.UploadInvitations(desk.caller(nimic), good.encode(), idempotency_key="up-1"),
        deps=desk.deps,
    )
    assert [i.invitation_id for i in again] == [i.invitation_id for i in created]


async def test_drafts_are_edited_alone_or_in_bulk(desk) -> None:
    nimic = await desk.world.nimic()
    a = await desk.create(nimic, email="a@x.pt", areas=())
    b = await desk.create(nimic, email="b@x.pt", areas=())
    both = (a.invitation_id, b.invitation_id)
    bulk = cmd.UpdateInvitations(desk.caller(nimic), both, areas=SERVICES, message="Olá")
    changed = await update_invitations(bulk, deps=desk.deps)
    assert [(i.areas, i.message) for i in changed] == [(SERVICES, "Olá")] * 2
    with pytest.raises(InvalidField, match="one invitation at a time"):
        await update_invitations(
            cmd.UpdateInvitations(desk.caller(nimic), both, areas=(InvitedArea(SD, (SD_ALERTS,)),)),
            deps=desk.deps,
        )
    with pytest.raises(InvalidField, match="one invitation at a time"):
        await update_invitations(
            cmd.UpdateInvitations(desk.caller(nimic), both, email="c@x.pt"), deps=desk.deps
        )
    alone = cmd.UpdateInvitations(
        desk.caller(nimic), (a.invitation_id,), areas=(InvitedArea(SD, (SD_REQUESTS, SD_ALERTS)),)
    )
    assert (await update_invitations(alone, deps=desk.deps))[0].workflows == (
        SD_REQUESTS,
        SD_ALERTS,
    )
    with pytest.raises(DuplicateEmail):
        await update_invitations(
            cmd.UpdateInvitations(desk.caller(nimic), (a.invitation_id,), email="B@x.pt"),
            deps=desk.deps,
        )


# -- sending ---------------------------------------------------------------------------------


async def test_confirmed_invitations_are_queued_for_the_night_or_rejected_with_reasons(
    desk,
) -> None:
    nimic = await desk.world.nimic()
    good = await desk.create(nimic, email="a@x.pt")
    no_workflow = await desk.create(nimic, email="b@x.pt", areas=())
    outcome = await desk.send(nimic, good, no_workflow)
    assert (outcome.sent, outcome.rejected, outcome.blocked) == (1, 1, 0)
    assert good.status is S.SENT and good.send_at == datetime(2026, 11, 23, 22, 0, tzinfo=UTC)
    assert good.confirmed_day == date(2026, 11, 23) and good.issue == 1
    assert no_workflow.status is S.REJECTED and no_workflow.rejection is Rejection.NO_WORKFLOW
    assert outcome.reason(no_workflow) == "choose at least one workflow before sending"
    assert set(desk.uow.timers.of(SEND)) == {f"{good.invitation_id}:1"}
    fixed = cmd.UpdateInvitations(desk.caller(nimic), (no_workflow.invitation_id,), areas=SERVICES)
    await update_invitations(fixed, deps=desk.deps)
    assert no_workflow.status is S.DRAFT and no_workflow.rejection is None
    desk.clock.advance(hours=2)  # 11:00: past the cut-off
    await desk.send(nimic, no_workflow)
    assert no_workflow.send_at == datetime(2026, 11, 24, 22, 0, tzinfo=UTC)


async def test_an_entity_registered_since_drafting_makes_the_invitation_rejected(desk) -> None:
    nimic = await desk.world.nimic()
    draft = await desk.create(nimic, email="imi@cm-lisboa.pt")
    desk.uow.invitations.rows.pop(draft.invitation_id)  # as if drafted before the entity
    await desk.world.register(nimic)  # contact imi@cm-lisboa.pt
    await desk.uow.invitations.add(draft)
    outcome = await desk.send(nimic, draft)
    assert outcome.rejected == 1 and draft.rejection is Rejection.DUPLICATE_EMAIL


async def test_sending_draws_a_code_keeps_only_its_hash_and_mails_it(desk) -> None:
    nimic = await desk.world.nimic()
    invitation, code = await desk.sent(nimic)
    assert invitation.status is S.AWAITING_REGISTRATION
    assert (
        code == "AAAA-BBBB-CCCC-0001" and invitation.code_hash and code not in invitation.code_hash
    )
    mail = desk.mailer.sent[-1]
    assert mail == {
        "email": "imi@cm-braga.pt",
        "language": "pt-PT",
        "link": "/self-registration",
        "key": f"invitation:{invitation.invitation_id}:{invitation.code_hash[:24]}",
        "coordinator_name": "Agência para a Modernização Administrativa (NIMIC)",
        "coordinator_email": "nimic@ama.pt",
        "registration_code": code,
        "expires_on": "2026-12-23",
    }
    assert invitation.expires_at == MONDAY_9H + timedelta(days=30)
    key = f"{invitation.invitation_id}:1"
    assert desk.uow.timers.of(REMIND)[key][0] == MONDAY_9H + timedelta(days=25)
    assert desk.uow.timers.of(EXPIRE)[key][0] == MONDAY_9H + timedelta(days=30)
    assert not any(code in repr(e) for e in desk.uow.published)


async def test_a_failed_handover_draws_a_new_code_the_next_time(desk) -> None:
    nimic = await desk.world.nimic()
    invitation = await desk.create(nimic)
    await desk.send(nimic, invitation)
    desk.mailer.failures = 1
    payload = desk.uow.timers.take(SEND, f"{invitation.invitation_id}:1")
    with pytest.raises(ConnectionError):
        await timers.send_invitation(desk.uow, desk.deps, payload)
    # The worker rolls the savepoint back; here the fake keeps the change, so undo it.
    invitation.status, invitation.code_hash = S.SENT, ""
    assert await timers.send_invitation(desk.uow, desk.deps, payload)
    assert desk.mailer.sent[-1]["registration_code"] == "AAAA-BBBB-CCCC-0002"


async def test_stale_timers_do_nothing(desk) -> None:
    nimic = await desk.world.nimic()
    invitation = await desk.create(nimic)
    await desk.send(nimic, invitation)
    stale = {"invitation_id": invitation.invitation_id, "issue": 0}
    assert not await timers.send_invitation(desk.uow, desk.deps, stale)
    assert not await timers.expire_invitation(desk.uow, desk.deps, stale)
    missing = {"invitation_id": "nope", "issue": 1}
    assert not await timers.remind_invitation(desk.uow, desk.deps, missing)


async def test_more_than_100_in_a_local_day_blocks_the_day_until_released(desk) -> None:
    nimic = await desk.world.nimic()
    drafts = [await desk.create(nimic, email=f"e{n}@x.pt", name=f"E{n}") for n in range(101)]
    first = await desk.send(nimic, *drafts[:60])
    assert first.sent == 60 and len(desk.uow.timers.of(SEND)) == 60
    second = await desk.send(nimic, *drafts[60:])
    assert (second.sent, second.blocked) == (0, 41)
    assert all(d.status is S.BLOCKED for d in drafts)
    assert desk.uow.timers.of(SEND) == {}
    [blocked] = desk.published(ev.InvitationDayBlocked)
    assert (blocked.day, blocked.confirmed) == ("2026-11-23", 101)
    late = await desk.create(nimic, email="late@x.pt")
    assert (await desk.send(nimic, late)).blocked == 1
    # Another day is counted afresh.
    desk.clock.advance(days=1)
    tuesday = await desk.create(nimic, email="tue@x.pt")
    assert (await desk.send(nimic, tuesday)).sent == 1
    release = cmd.ReleaseInvitationDay(desk.caller(nimic), nimic.entity_id, date(2026, 11, 23))
    with pytest.raises(Forbidden, match="PLATFORM_ADMIN_ONLY"):
        await release_invitation_day(release, deps=desk.deps)
    released = await release_invitation_day(
        dataclasses.replace(release, caller=desk.caller(admin=True)), deps=desk.deps
    )
    assert len(released) == 102 and all(i.status is S.SENT for i in released)
    tonight = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)
    assert {i.send_at for i in released} == {tonight}
    assert len(desk.uow.timers.of(SEND)) == 103
    [done] = desk.published(ev.InvitationDayReleased)
    assert done.invitations == 102
    with pytest.raises(TransitionNotAllowed, match="RELEASED"):
        await release_invitation_day(
            dataclasses.replace(release, caller=desk.caller(admin=True)), deps=desk.deps
        )
    # Released: later confirmations that day would go normally (the day stays released).
    assert desk.uow.invitations.days[(nimic.entity_id, date(2026, 11, 23))].holding is False


# -- the code: expiry, re-issue, cancel --------------------------------------------------------


async def test_reminder_five_days_before_then_expiry(desk) -> None:
    nimic = await desk.world.nimic()
    invitation, code = await desk.sent(nimic)
    desk.clock.advance(days=25)
    assert await desk.fire(REMIND, invitation)
    [reminder] = desk.published(ev.InvitationReminderDue)
    assert (reminder.invited_email, reminder.expires_on, reminder.coordinator_email) == (
        "imi@cm-braga.pt",
        "2026-12-23",
        "nimic@ama.pt",
    )
    await check_registration_code(code, deps=desk.deps)
    desk.clock.advance(days=5)
    with pytest.raises(RegistrationCodeRefused, match="expired"):  # before the timer fires
        await check_registration_code(code, deps=desk.deps)
    assert await desk.fire(EXPIRE, invitation)
    assert invitation.status is S.EXPIRED
    with pytest.raises(RegistrationCodeRefused) as refused:
        await desk.register(code)
    assert refused.value.why == "EXPIRED"


async def test_reissue_gives_a_new_code_and_kills_the_old_one(desk) -> None:
    nimic = await desk.world.nimic()
    invitation, old_code = await desk.sent(nimic)
    desk.clock.advance(days=31)
    await desk.fire(EXPIRE, invitation)
    await reissue_invitation(
        cmd.ReissueInvitation(desk.caller(nimic), invitation.invitation_id), deps=desk.deps
    )
    assert invitation.status is S.SENT and invitation.issue == 2 and not invitation.code_hash
    with pytest.raises(RegistrationCodeInvalid):
        await check_registration_code(old_code, deps=desk.deps)
    assert await desk.fire(SEND, invitation)
    new_code = desk.mailer.sent[-1]["registration_code"]
    assert new_code != old_code
    assert invitation.expires_at == desk.clock.now() + timedelta(days=30)
    found = await check_registration_code(new_code, deps=desk.deps)
    assert found.invitation is invitation


async def test_cancel_withdraws_the_code(desk) -> None:
    nimic = await desk.world.nimic()
    invitation, code = await desk.sent(nimic)
    done = await cancel_invitation(
        cmd.CancelInvitation(desk.caller(nimic), invitation.invitation_id), deps=desk.deps
    )
    assert done.status is S.CANCELLED and desk.uow.timers.of(REMIND) == {}
    assert f"{invitation.invitation_id}:CANCELLED" in desk.uow.timers.of(PURGE)
    with pytest.raises(RegistrationCodeRefused, match="withdrew"):
        await check_registration_code(code, deps=desk.deps)
    with pytest.raises(TransitionNotAllowed):
        await cancel_invitation(
            cmd.CancelInvitation(desk.caller(nimic), invitation.invitation_id), deps=desk.deps
        )
    # A cancelled invitation frees its e-mail.
    assert (await desk.create(nimic, email="imi@cm-braga.pt")).status is S.DRAFT


async def test_others_invitations_are_not_found(desk) -> None:
    world = desk.world
    nimic = await world.nimic()
    dimic = await world.register(
        nimic,
        name="DGAE (DIMIC)",
        areas=(authority_in(SD, (nimic.entity_id,), role=AdminRole.DIMIC),),
    )
    invitation = await desk.create(nimic)
    with pytest.raises(InvitationNotFound):
        await desk.send(dimic, invitation)
    mine, _ = await list_invitations(InvitationSearch(desk.caller(dimic)), deps=desk.deps)
    assert mine == []
    everyone, _ = await list_invitations(InvitationSearch(desk.caller(admin=True)), deps=desk.deps)
    assert everyone == [invitation]


async def test_listing_pages_newest_first(desk) -> None:
    nimic = await desk.world.nimic()
    made = [await desk.create(nimic, email=f"p{n}@x.pt") for n in range(5)]
    page, token = await list_invitations(
        InvitationSearch(desk.caller(nimic), page_size=2), deps=desk.deps
    )
    assert page == made[::-1][:2] and token == made[3].invitation_id
    rest, end = await list_invitations(
        InvitationSearch(desk.caller(nimic), page_size=10, page_token=token), deps=desk.deps
    )
    assert rest == made[::-1][2:] and end is None
    drafts, _ = await list_invitations(
        InvitationSearch(desk.caller(nimic), status=S.SENT), deps=desk.deps
    )
    assert drafts == []


# -- self-registration and validation ----------------------------------------------------------


async def test_self_registration_with_the_code_then_validation(desk) -> None:
    world = desk.world
    nimic = await world.nimic()
    invitation, code = await desk.sent(nimic)
    summary = await check_registration_code(code.lower().replace("-", " "), deps=desk.deps)
    assert summary.coordinator is nimic and summary.invitation is invitation

    done = await desk.register(code)
    entity = done.authority
    assert entity.status is EntityStatus.REGISTRATION_REQUESTED
    assert entity.profile.contacts.email == "imi@cm-braga.pt"  # the invited one by default
    assert entity.validating_coordinator_id == nimic.entity_id
    access = entity.areas[SD]
    assert access.role is AdminRole.COMPETENT_AUTHORITY and access.keywords == ("construction",)
    assert access.access_coordinator_id == nimic.entity_id
    assert done.user.username == "msilva" + done.user.username[-4:]
    assert invitation.status is S.REGISTERED and invitation.registered_entity_id == entity.entity_id
    assert desk.uow.timers.of(REMIND) == {} and desk.uow.timers.of(EXPIRE) == {}
    [told] = desk.published(ev.InvitationRegistered)
    assert (told.inviting_entity_id, told.invited_by, told.entity_name) == (
        nimic.entity_id,
        "person-1",
        "Câmara Municipal de Braga",
    )
    [confirmed] = desk.published(ev.AuthoritySelfRegistered)
    assert confirmed.entity_id == entity.entity_id
    assert "maria.silva@cm-braga.pt" not in repr(desk.uow.published)
    told_entity, told_user = desk.mailer.confirmations
    assert told_user["email"] == "maria.silva@cm-braga.pt"
    assert told_user["workflows"] == SD_REQUESTS and told_user["entity_phone"] == "+351253000000"
    assert told_entity["key"].endswith("/entity") and told_user["key"].endswith("/first-user")
    assert done.user.username not in repr(desk.uow.published)
    assert all(done.user.username not in repr(m) for m in desk.mailer.confirmations)

    with pytest.raises(RegistrationCodeRefused, match="already used"):
        await desk.register(code)

    validate = ValidateAuthority(
        world.caller(nimic),
        entity.entity_id,
        (WorkflowSettings(SD_REQUESTS, (nimic.entity_id,)),),
    )
    validated = await validate_authority(validate, deps=world.deps)
    assert validated.status is EntityStatus.ACTIVE
    assert invitation.status is S.VALIDATED
    [closed] = desk.published(ev.InvitationValidated)
    assert closed.entity_id == entity.entity_id
    assert f"{invitation.invitation_id}:VALIDATED" in desk.uow.timers.of(PURGE)


async def test_a_refused_registration_validated_later_moves_the_invitation(desk) -> None:
    world = desk.world
    nimic = await world.nimic()
    _, code = await desk.sent(nimic)
    entity = (await desk.register(code)).authority
    invitation = await desk.uow.invitations.by_registered_entity(entity.entity_id)
    await change_entity_status(
        ChangeEntityStatus(world.caller(nimic), entity.entity_id, EntityAction.REFUSE_REGISTRATION),
        deps=world.deps,
    )
    assert invitation.status is S.VALIDATION_REFUSED
    validate = ValidateAuthority(
        world.caller(nimic), entity.entity_id, (WorkflowSettings(SD_REQUESTS, (nimic.entity_id,)),)
    )
    await validate_authority(validate, deps=world.deps)
    assert invitation.status is S.VALIDATED


async def test_self_registration_reuses_the_authority_rules(desk) -> None:
    nimic = await desk.world.nimic()
    invitation, code = await desk.sent(nimic)
    with pytest.raises(InvalidField, match="keyword"):
        await desk.register(code, keywords=())
    with pytest.raises(InvalidField, match="is not invited"):
        await desk.register(code, keywords=((SD, ("construction",)), (PQ, ("doctors",))))
    with pytest.raises(InvalidField, match=r"first_user\.email"):
        await desk.register(code, first_user_email="nope")
    with pytest.raises(DuplicateEmail, match="existing entity"):
        await desk.register(
            code, profile=make_profile("Braga", contacts=Contacts("nimic@ama.pt", "pt-PT"))
        )
    assert invitation.status is S.AWAITING_REGISTRATION
    with pytest.raises(RegistrationCodeInvalid):
        await desk.register("ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    with pytest.raises(RegistrationCodeInvalid):
        await desk.register("hello")


async def test_a_retried_self_registration_returns_the_first_summary(desk) -> None:
    nimic = await desk.world.nimic()
    _, code = await desk.sent(nimic)
    first = await desk.register(code, idempotency_key="k-1")
    again = await desk.register(code, idempotency_key="k-1")
    assert again.authority is first.authority and again.user.username == first.user.username


# -- the platform administrator's stand-in for a NIMIC -----------------------------------------


async def test_a_platform_administrator_stands_in_for_a_nimic_only(desk) -> None:
    world = desk.world
    deps = dataclasses.replace(world.deps, actors=TokenClaimsActorResolver())
    nimic = await world.nimic()
    authority = await world.register(nimic)
    admin = Caller("admin-1", ADMIN, (), nimic.entity_id)
    async with world.uow as work:
        acting = await resolve_acting(work, deps, admin)
        assert acting.entity is nimic and acting.platform_admin
        with pytest.raises(Forbidden, match="PLATFORM_ADMIN_STANDS_IN_FOR_NIMIC"):
            await resolve_acting(work, deps, Caller("admin-1", ADMIN, (), authority.entity_id))
        with pytest.raises(Forbidden, match="NOT_GRANTED"):
            await resolve_acting(work, deps, Caller("someone", frozenset(), (), nimic.entity_id))
