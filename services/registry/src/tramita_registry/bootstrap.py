"""Composition root: builds adapters from settings and wires them into the handlers."""

import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from tramita.notifications.v1 import notifications_pb2_grpc
from tramita_platform.auth import ClientCredentialsTokenProvider
from tramita_platform.clock import Clock, SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.grpc_client import create_service_channel
from tramita_platform.ids import new_id
from tramita_platform.outbox import Outbox
from tramita_platform.timers import DueTimer

from tramita_registry.adapters.actor_resolver import TokenClaimsActorResolver
from tramita_registry.adapters.notifications_client import NotificationsMailer
from tramita_registry.adapters.open_cases import NoCaseServicesYet
from tramita_registry.adapters.spreadsheets import OpenpyxlSpreadsheets
from tramita_registry.adapters.unit_of_work import SessionUnitOfWork, SqlUnitOfWork
from tramita_registry.app.authorities.common import AuthorityDeps
from tramita_registry.app.invitations import timers as invitation_timers
from tramita_registry.app.invitations.common import (
    EXPIRE,
    PURGE,
    REMIND,
    SEND,
    InvitationDeps,
)
from tramita_registry.app.ports import InvitationMailer, UnitOfWork
from tramita_registry.domain.sending import SendingRules
from tramita_registry.entrypoints.grpc_servicer import RegistryDependencies
from tramita_registry.settings import RegistrySettings

type TimerHandler = Callable[[AsyncSession, DueTimer], Awaitable[None]]


@dataclass
class Registry:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    outbox: Outbox
    dependencies: RegistryDependencies

    @property
    def invitations(self) -> InvitationDeps:
        assert self.dependencies.invitations is not None
        return self.dependencies.invitations


def sending_rules(settings: RegistrySettings) -> SendingRules:
    return SendingRules(
        daily_limit=settings.invitation_daily_limit,
        validity=timedelta(days=settings.invitation_validity_days),
        reminder_before=timedelta(days=settings.invitation_reminder_days),
        immediate=settings.sends_immediately,
        holidays={
            country.upper(): frozenset(days)
            for country, days in settings.invitation_holidays.items()
        },
    )


def build(settings: RegistrySettings, *, clock: Clock | None = None) -> Registry:
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    clock = clock or SystemClock()
    outbox = Outbox(clock=clock)

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(sessions, outbox=outbox, clock=clock)

    authorities = AuthorityDeps(
        uow=uow,
        clock=clock,
        new_id=new_id,
        # Both stand-ins until identity and requests/alerts can answer (see modules).
        actors=TokenClaimsActorResolver(),
        open_cases=NoCaseServicesYet(),
    )
    return Registry(
        engine=engine,
        sessions=sessions,
        clock=clock,
        outbox=outbox,
        dependencies=RegistryDependencies(
            uow=uow,
            clock=clock,
            new_id=new_id,
            authorities=authorities,
            invitations=InvitationDeps(
                base=authorities,
                rules=sending_rules(settings),
                spreadsheets=OpenpyxlSpreadsheets(),
            ),
            public_callers=frozenset(settings.public_callers),
        ),
    )


def notifications_mailer(settings: RegistrySettings, http: httpx.AsyncClient):
    """The invitation e-mail sender, calling with this service's own account."""
    channel = create_service_channel(
        settings,
        settings.notifications_target,
        token_source=ClientCredentialsTokenProvider.from_settings(settings, http),
        forward_user_token=False,
    )
    stub = notifications_pb2_grpc.NotificationsServiceStub(channel)
    return NotificationsMailer(stub), channel


def timer_handlers(
    deps: InvitationDeps, *, outbox: Outbox, clock: Clock
) -> Mapping[str, TimerHandler]:
    """Each invitation timer kind → a handler running in the worker's transaction."""

    def bound(run) -> TimerHandler:
        async def handle(session: AsyncSession, timer: DueTimer) -> None:
            work: UnitOfWork = SessionUnitOfWork(session, outbox=outbox, clock=clock)
            await run(work, deps, timer.payload)

        return handle

    return {
        SEND: bound(invitation_timers.send_invitation),
        REMIND: bound(invitation_timers.remind_invitation),
        EXPIRE: bound(invitation_timers.expire_invitation),
        PURGE: bound(invitation_timers.purge_invitation),
    }


def registry_timer_handlers(
    registry: Registry, mailer: InvitationMailer
) -> Mapping[str, TimerHandler]:
    """The timers process's handlers: the serving dependencies plus the mailer."""
    deps = dataclasses.replace(registry.invitations, mailer=mailer)
    return timer_handlers(deps, outbox=registry.outbox, clock=registry.clock)
