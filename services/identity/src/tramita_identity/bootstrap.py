"""Composition root: builds adapters from settings and wires them into the handlers."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine
from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.ids import new_id
from tramita_platform.outbox import Outbox

from tramita_identity.adapters.unit_of_work import SqlUnitOfWork
from tramita_identity.entrypoints.grpc_servicer import IdentityDependencies
from tramita_identity.settings import IdentitySettings


@dataclass
class Identity:
    engine: AsyncEngine
    dependencies: IdentityDependencies


def build(settings: IdentitySettings) -> Identity:
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    clock = SystemClock()
    outbox = Outbox(clock=clock)
    return Identity(
        engine=engine,
        dependencies=IdentityDependencies(
            uow=lambda: SqlUnitOfWork(sessions, outbox=outbox, clock=clock, new_id=new_id),
            clock=clock,
            new_id=new_id,
            contact_readers=frozenset(settings.contact_readers),
        ),
    )
