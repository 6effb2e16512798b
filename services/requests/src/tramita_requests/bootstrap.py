"""Composition root: builds adapters from settings and wires them into the use cases."""

from collections.abc import Callable
from dataclasses import dataclass

import grpc
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from tramita.identity.v1 import identity_pb2_grpc
from tramita_platform.clock import Clock, SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.grpc_client import create_service_channel
from tramita_platform.ids import new_id
from tramita_platform.outbox import Outbox

from tramita_requests.adapters.actors import IdentityActors, TokenClaimsActors
from tramita_requests.adapters.directory import SqlEntityDirectory
from tramita_requests.adapters.sealing import PersonalDataSealer
from tramita_requests.adapters.unit_of_work import SqlUnitOfWork
from tramita_requests.app.handlers import RequestDeps
from tramita_requests.app.ports import Actors
from tramita_requests.settings import RequestsSettings


@dataclass
class Requests:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    sealer: PersonalDataSealer
    directory: SqlEntityDirectory
    deps: RequestDeps
    channels: tuple[grpc.aio.Channel, ...] = ()

    async def close(self) -> None:
        for channel in self.channels:
            await channel.close()
        await self.engine.dispose()


def _actors(settings: RequestsSettings) -> tuple[Actors, tuple[grpc.aio.Channel, ...]]:
    if not settings.identity_target:
        return TokenClaimsActors(), ()
    # The caller's own token is forwarded: a user may read itself.
    channel = create_service_channel(
        settings,
        settings.identity_target,
        token_source=None,
        idempotent_methods=["tramita.identity.v1.IdentityService/GetAuthorityUser"],
    )
    return IdentityActors(identity_pb2_grpc.IdentityServiceStub(channel)), (channel,)


def build_with_sessions(
    settings: RequestsSettings,
    engine: AsyncEngine,
    sessions: async_sessionmaker[AsyncSession],
    *,
    clock: Clock | None = None,
    actors: Actors | None = None,
    new_id_factory: Callable[[], str] = new_id,
) -> Requests:
    clock = clock or SystemClock()
    outbox = Outbox(clock=clock)
    sealer = PersonalDataSealer(settings.personal_data_secret())
    # Stand-in until a registry client keeps it (see the module).
    directory = SqlEntityDirectory(sessions)
    channels: tuple[grpc.aio.Channel, ...] = ()
    if actors is None:
        actors, channels = _actors(settings)

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(sessions, outbox=outbox, clock=clock, sealer=sealer)

    deps = RequestDeps(
        uow=uow, now=clock.now, new_id=new_id_factory, actors=actors, directory=directory
    )
    return Requests(engine, sessions, clock, sealer, directory, deps, channels)


def build(settings: RequestsSettings, *, clock: Clock | None = None) -> Requests:
    engine = create_engine(settings.database_url)
    return build_with_sessions(settings, engine, session_factory(engine), clock=clock)
