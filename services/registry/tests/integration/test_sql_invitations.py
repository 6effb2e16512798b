"""Invitations on real PostgreSQL: the repository, the one-open-invitation-per-e-mail
index, the daily counter, and the timers process's handlers under the real TimerWorker —
each invitation goes out once across restarts and concurrent workers, reminds, expires."""

import asyncio
import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita.common.v1.envelope_pb2 import EventEnvelope
from tramita.registry.events.v1 import events_pb2
from tramita_platform.clock import ManualClock
from tramita_platform.events import decode, unpack
from tramita_platform.outbox import OUTBOX, Outbox
from tramita_platform.timers import TIMERS, TimerWorker
from tramita_registry.adapters.open_cases import NoCaseServicesYet
from tramita_registry.adapters.orm import invitations
from tramita_registry.adapters.spreadsheets import OpenpyxlSpreadsheets
from tramita_registry.adapters.unit_of_work import SqlUnitOfWork
from tramita_registry.app.authorities.commands import (
    RegisterAuthority,
    ValidateAuthority,
    WorkflowSettings,
)
from tramita_registry.app.authorities.common import AuthorityDeps
from tramita_registry.app.authorities.registration import register_authority, validate_authority
from tramita_registry.app.invitations import commands as cmd
from tramita_registry.app.invitations.common import InvitationDeps
from tramita_registry.app.invitations.drafts import (
    create_invitation,
    update_invitations,
    upload_invitations,
)
from tramita_registry.app.invitations.registration import (
    check_registration_code,
    self_register,
)
from tramita_registry.app.invitations.sending import release_invitation_day, send_invitations
from tramita_registry.app.ports import ActorIdentity, Caller
from tramita_registry.bootstrap import timer_handlers
from tramita_registry.domain.codes import code_hash
from tramita_registry.domain.errors import DuplicateEmail, Forbidden, RegistrationCodeRefused
from tramita_registry.domain.invitations import InvitationStatus, InvitedArea
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.roles import AdminRole
from tramita_registry.domain.sending import SendingRules
from tramita_registry.domain.statuses import EntityStatus

pytestmark = pytest.mark.integration

type Sessions = async_sessionmaker[AsyncSession]
SD, SD_REQ = "services-directive", "services-directive/requests"
ADMIN = frozenset({"platform-admin"})
MONDAY_9H = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
NIGHT = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)


class RequestedEntityActors:
    async def resolve(self, caller: Caller) -> ActorIdentity:
        return ActorIdentity(caller.subject, caller.acting_entity_id or None, caller.platform_roles)


class Mailer:
    def __init__(self) -> None:
        self.sent: list[dict[str, str]] = []
        self.confirmations: list[dict[str, str]] = []
        self.failures = 0

    async def send_invitation(self, *, email, language, link, params, idempotency_key) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("notifications unavailable")
        self.sent.append({"email": email, "key": idempotency_key, **params})

    async def send_registration_confirmation(
        self, *, email, language, link, params, idempotency_key
    ) -> None:
        self.confirmations.append(
            {"email": email, "language": language, "link": link, "key": idempotency_key, **params}
        )

    def code_for(self, email: str) -> str:
        return [m for m in self.sent if m["email"] == email][-1]["registration_code"]


class Platform:
    """The registry's invitation use cases and timers on one database and a manual clock."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions
        self.clock = ManualClock(MONDAY_9H)
        self.outbox = Outbox(clock=self.clock)
        counter = itertools.count(1)
        base = AuthorityDeps(
            uow=lambda: SqlUnitOfWork(sessions, outbox=self.outbox, clock=self.clock),
            clock=self.clock,
            new_id=lambda: f"id-{next(counter):05d}",
            actors=RequestedEntityActors(),
            open_cases=NoCaseServicesYet(),
        )
        self.mailer = Mailer()
        self.deps = InvitationDeps(base, SendingRules(), OpenpyxlSpreadsheets(), self.mailer)
        self.handlers = timer_handlers(self.deps, outbox=self.outbox, clock=self.clock)

    def worker(self, **options: object) -> TimerWorker:
        return TimerWorker(
            sessions=self.sessions, clock=self.clock, handlers=self.handlers, **options
        )

    async def nimic(self) -> str:
        profile = Profile(
            official_name="AMA (NIMIC)",
            informal_title=LocalizedText(),
            description="",
            languages=("pt",),
            contacts=Contacts("nimic@ama.pt", "pt-PT"),
            competences=Competences(general_horizontal=True),
        )
        command = RegisterAuthority(
            Caller("admin-1", ADMIN), profile, "PT", horizontal_role=AdminRole.NIMIC
        )
        return (await register_authority(command, deps=self.deps.base)).entity_id

    async def invite(self, nimic: str, *emails: str) -> list[str]:
        caller = Caller("coordinator-1", frozenset(), (), nimic)
        csv = "name,email\n" + "".join(f"Entity {e},{e}\n" for e in emails)
        created = await upload_invitations(
            cmd.UploadInvitations(caller, csv.encode()), deps=self.deps
        )
        ids = tuple(i.invitation_id for i in created)
        areas = (InvitedArea(SD, (SD_REQ,)),)
        await update_invitations(cmd.UpdateInvitations(caller, ids, areas=areas), deps=self.deps)
        return list(ids)

    async def send(self, nimic: str, ids: list[str]):
        caller = Caller("coordinator-1", frozenset(), (), nimic)
        return await send_invitations(cmd.SendInvitations(caller, tuple(ids)), deps=self.deps)

    async def status(self, invitation_id: str) -> str:
        async with self.sessions() as session:
            query = select(invitations.c.status).where(invitations.c.invitation_id == invitation_id)
            return (await session.execute(query)).scalar_one()


@pytest.fixture
def platform(sessions: Sessions) -> Platform:
    return Platform(sessions)


async def _outbox(sessions: Sessions) -> list[EventEnvelope]:
    async with sessions() as session:
        query = select(OUTBOX.c.envelope).order_by(OUTBOX.c.created_at)
        return [decode(raw) for raw in (await session.execute(query)).scalars()]


async def _outbox_types(sessions: Sessions) -> list[str]:
    return [envelope.type for envelope in await _outbox(sessions)]


async def test_the_night_send_fires_once_across_restarts_and_codes_are_hashed(
    platform: Platform, sessions: Sessions
) -> None:
    nimic = await platform.nimic()
    ids = await platform.invite(nimic, "a@x.pt", "b@x.pt")
    outcome = await platform.send(nimic, ids)
    assert outcome.sent == 2
    async with sessions() as session:
        due = (
            await session.execute(select(TIMERS.c.due_at).where(TIMERS.c.kind.like("%send")))
        ).scalars()
        assert set(due) == {NIGHT}

    worker = platform.worker()
    assert await worker.fire_due() == 0  # 09:00: not yet
    platform.clock.set(NIGHT)
    assert await worker.fire_due() == 2
    for _ in range(2):  # a restarted worker, twice: nothing fires again
        assert await platform.worker().fire_due() == 0
    assert sorted(m["email"] for m in platform.mailer.sent) == ["a@x.pt", "b@x.pt"]

    code = platform.mailer.code_for("a@x.pt")
    async with sessions() as session:
        stored = (await session.execute(select(invitations))).mappings().all()
    assert {r["status"] for r in stored} == {"AWAITING_REGISTRATION"}
    assert code_hash(code) in {r["code_hash"] for r in stored}
    assert not any(code in str(dict(r)) for r in stored)
    assert "tramita.registry.InvitationStatusChanged.v1" in await _outbox_types(sessions)


async def test_concurrent_workers_send_each_invitation_once(platform: Platform) -> None:
    nimic = await platform.nimic()
    emails = [f"w{n}@x.pt" for n in range(40)]
    await platform.send(nimic, await platform.invite(nimic, *emails))
    platform.clock.set(NIGHT)
    workers = [platform.worker(batch_size=3, poll_interval=0.02, name=f"w{n}") for n in range(3)]
    tasks = [asyncio.create_task(w.run()) for w in workers]
    for _ in range(200):
        if len(platform.mailer.sent) >= 40:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)
    for worker in workers:
        worker.stop()
    await asyncio.wait_for(asyncio.gather(*tasks), 10)
    assert sorted(m["email"] for m in platform.mailer.sent) == sorted(emails)
    assert sum(w.fired for w in workers) == 40


async def test_a_failed_handover_rolls_back_and_the_retry_mails_a_working_code(
    platform: Platform, sessions: Sessions
) -> None:
    nimic = await platform.nimic()
    [invitation_id] = await platform.invite(nimic, "a@x.pt")
    await platform.send(nimic, [invitation_id])
    platform.clock.set(NIGHT)
    platform.mailer.failures = 1
    worker = platform.worker()
    assert await worker.fire_due() == 1  # claimed, handler failed
    assert await platform.status(invitation_id) == "SENT"
    platform.clock.advance(minutes=5)
    assert await worker.fire_due() == 1
    assert await platform.status(invitation_id) == "AWAITING_REGISTRATION"
    found = await check_registration_code(platform.mailer.code_for("a@x.pt"), deps=platform.deps)
    assert found.invitation.invitation_id == invitation_id


async def test_self_registration_validation_reminder_and_expiry(
    platform: Platform, sessions: Sessions
) -> None:
    nimic = await platform.nimic()
    registered_id, unused_id = await platform.invite(nimic, "reg@x.pt", "unused@x.pt")
    await platform.send(nimic, [registered_id, unused_id])
    platform.clock.set(NIGHT)
    await platform.worker().fire_due()

    profile = Profile(
        official_name="Câmara Municipal de Braga",
        informal_title=LocalizedText(),
        description="",
        languages=("pt",),
        contacts=Contacts("", ""),
        competences=Competences(nace=("F",)),
    )
    done = await self_register(
        cmd.SelfRegister(
            platform.mailer.code_for("reg@x.pt"),
            profile,
            keywords=((SD, ("construction",)),),
            first_user_name="Ana Lopes",
            first_user_email="ana.lopes@cm-braga.pt",
        ),
        deps=platform.deps,
    )
    entity = done.authority
    assert entity.status is EntityStatus.REGISTRATION_REQUESTED
    assert await platform.status(registered_id) == "REGISTERED"
    validated = await validate_authority(
        ValidateAuthority(
            Caller("coordinator-1", frozenset(), (), nimic),
            entity.entity_id,
            (WorkflowSettings(SD_REQ, (nimic,)),),
        ),
        deps=platform.deps.base,
    )
    assert validated.status is EntityStatus.ACTIVE
    assert await platform.status(registered_id) == "VALIDATED"
    types = await _outbox_types(sessions)
    for kind in ("InvitationRegistered", "AuthoritySelfRegistered", "InvitationValidated"):
        assert f"tramita.registry.{kind}.v1" in types

    platform.clock.set(NIGHT + timedelta(days=25))
    assert await platform.worker().fire_due() == 1  # only the unused one is reminded
    reminders = [t for t in await _outbox_types(sessions) if "ReminderDue" in t]
    assert len(reminders) == 1
    platform.clock.set(NIGHT + timedelta(days=30))
    assert await platform.worker().fire_due() == 1
    assert await platform.status(unused_id) == "EXPIRED"
    with pytest.raises(RegistrationCodeRefused) as refused:
        await check_registration_code(platform.mailer.code_for("unused@x.pt"), deps=platform.deps)
    assert refused.value.why == "EXPIRED"
    [reminder] = [e for e in await _outbox(sessions) if e.type.endswith("ReminderDue.v1")]
    message = unpack(reminder, events_pb2.InvitationReminderDue)
    assert message.invited_email == "unused@x.pt" and message.expires_on == "2026-12-23"
    [told] = [e for e in await _outbox(sessions) if e.type.endswith("SelfRegistered.v1")]
    summary = unpack(told, events_pb2.AuthoritySelfRegistered)
    assert (summary.first_user_email, summary.contact_email) == ("", "")  # ids only
    assert sorted(m["email"] for m in platform.mailer.confirmations) == [
        "ana.lopes@cm-braga.pt",
        "reg@x.pt",
    ]


async def test_101_in_a_day_block_it_until_a_platform_administrator_releases_it(
    platform: Platform, sessions: Sessions
) -> None:
    nimic = await platform.nimic()
    emails = [f"b{n:03d}@x.pt" for n in range(101)]
    ids = await platform.invite(nimic, *emails)
    assert (await platform.send(nimic, ids[:100])).sent == 100
    outcome = await platform.send(nimic, ids[100:])
    assert (outcome.sent, outcome.blocked) == (0, 1)
    async with sessions() as session:
        statuses = (await session.execute(select(invitations.c.status).distinct())).scalars().all()
        send_timers = (
            await session.execute(
                text("SELECT count(*) FROM timers WHERE kind = 'registry.invitation.send'")
            )
        ).scalar_one()
    assert statuses == ["BLOCKED"] and send_timers == 0
    platform.clock.set(NIGHT)
    assert await platform.worker().fire_due() == 0 and platform.mailer.sent == []

    release = cmd.ReleaseInvitationDay(
        Caller("coordinator-1", frozenset(), (), nimic), nimic, date(2026, 11, 23)
    )
    with pytest.raises(Forbidden):
        await release_invitation_day(release, deps=platform.deps)
    admin = Caller("admin-1", ADMIN)
    released = await release_invitation_day(
        cmd.ReleaseInvitationDay(admin, nimic, date(2026, 11, 23)), deps=platform.deps
    )
    assert len(released) == 101
    assert await platform.worker(batch_size=200).fire_due() == 101  # it is night: at once
    assert len(platform.mailer.sent) == 101
    assert "tramita.registry.InvitationDayReleased.v1" in await _outbox_types(sessions)


async def test_one_open_invitation_per_email_even_when_racing(platform: Platform) -> None:
    nimic = await platform.nimic()
    caller = Caller("coordinator-1", frozenset(), (), nimic)

    async def create(email: str):
        return await create_invitation(
            cmd.CreateInvitation(caller, email, "Same"), deps=platform.deps
        )

    outcomes = await asyncio.gather(
        *(create(e) for e in ("race@x.pt", "RACE@x.pt", " race@X.pt")), return_exceptions=True
    )
    made = [o for o in outcomes if not isinstance(o, BaseException)]
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(made) == 1 and all(isinstance(e, DuplicateEmail) for e in refused)
    with pytest.raises(DuplicateEmail, match="existing entity"):
        await create("NIMIC@ama.pt")
    assert made[0].status is InvitationStatus.DRAFT
