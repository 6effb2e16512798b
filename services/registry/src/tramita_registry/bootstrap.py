"""Composition root: builds adapters from settings and wires them into the handlers."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine
from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.ids import new_id
from tramita_platform.outbox import Outbox

from tramita_registry.adapters.actor_resolver import TokenClaimsActorResolver
from tramita_registry.adapters.open_cases import NoCaseServicesYet
from tramita_registry.adapters.unit_of_work import SqlUnitOfWork
from tramita_registry.app.authorities.common import AuthorityDeps
from tramita_registry.entrypoints.grpc_servicer import RegistryDependencies
from tramita_registry.settings import RegistrySettings


@dataclass
class Registry:
    engine: AsyncEngine
    dependencies: RegistryDependencies


def build(settings: RegistrySettings) -> Registry:
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    clock = SystemClock()
    outbox = Outbox(clock=clock)

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(sessions, outbox=outbox, clock=clock)

    return Registry(
        engine=engine,
        dependencies=RegistryDependencies(
            uow=uow,
            clock=clock,
            new_id=new_id,
            authorities=AuthorityDeps(
                uow=uow,
                clock=clock,
                new_id=new_id,
                # Both stand-ins until identity and requests/alerts can answer (see modules).
                actors=TokenClaimsActorResolver(),
                open_cases=NoCaseServicesYet(),
            ),
        ),
    )
