"""Composition root: builds adapters from settings and wires them into the use cases."""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from tramita_platform.clock import Clock, SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.ids import new_id
from tramita_platform.outbox import Outbox
from tramita_platform.timers import DueTimer

from tramita_alerts.adapters.actors import TokenClaimsActors
from tramita_alerts.adapters.directory import SqlEntityDirectory
from tramita_alerts.adapters.sealing import PersonalDataSealer
from tramita_alerts.adapters.unit_of_work import SessionUnitOfWork, SqlUnitOfWork
from tramita_alerts.app import timers as period_timers
from tramita_alerts.app.handlers import END_COMMENT_PERIOD, END_OBJECTION_PERIOD, AlertDeps
from tramita_alerts.domain.visibility import Retention
from tramita_alerts.settings import AlertsSettings

type TimerHandler = Callable[[AsyncSession, DueTimer], Awaitable[None]]


@dataclass
class Alerts:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    outbox: Outbox
    sealer: PersonalDataSealer
    directory: SqlEntityDirectory
    deps: AlertDeps


def build_with_sessions(
    settings: AlertsSettings,
    engine: AsyncEngine,
    sessions: async_sessionmaker[AsyncSession],
    *,
    clock: Clock | None = None,
    new_id_factory: Callable[[], str] = new_id,
) -> Alerts:
    clock = clock or SystemClock()
    outbox = Outbox(clock=clock)
    sealer = PersonalDataSealer(settings.personal_data_secret())
    directory = SqlEntityDirectory(sessions)

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(sessions, outbox=outbox, clock=clock, sealer=sealer)

    deps = AlertDeps(
        uow=uow,
        now=clock.now,
        new_id=new_id_factory,
        # Stand-ins until identity and the registry answer (see the modules).
        actors=TokenClaimsActors(directory),
        directory=directory,
        comment_period=timedelta(days=settings.comment_period_days),
        objection_period=timedelta(days=settings.objection_period_days),
        retention=Retention(settings.block_after_months, settings.delete_after_months),
    )
    return Alerts(engine, sessions, clock, outbox, sealer, directory, deps)


def build(settings: AlertsSettings, *, clock: Clock | None = None) -> Alerts:
    engine = create_engine(settings.database_url)
    return build_with_sessions(settings, engine, session_factory(engine), clock=clock)


def timer_handlers(alerts: Alerts) -> Mapping[str, TimerHandler]:
    """Each period timer kind → a handler running in the worker's transaction."""

    def bound(run) -> TimerHandler:
        async def handle(session: AsyncSession, timer: DueTimer) -> None:
            work = SessionUnitOfWork(
                session, outbox=alerts.outbox, clock=alerts.clock, sealer=alerts.sealer
            )
            await run(work, timer.payload, alerts.clock.now())

        return handle

    return {
        END_COMMENT_PERIOD: bound(period_timers.end_comment_period),
        END_OBJECTION_PERIOD: bound(period_timers.end_objection_period),
    }
