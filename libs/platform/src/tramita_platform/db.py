"""Database plumbing: naming conventions, async engine and sessions, platform tables, Alembic.

Each service owns its database and its Alembic history. The platform's own tables
(outbox, inbox, dead letters, timers, idempotency keys) are therefore not created by the
library at run time: `platform_tables(metadata)` adds them to the service's MetaData, so
`alembic revision --autogenerate` writes them into the service's migrations like any other
table, and upgrades of the platform show up as reviewable migration diffs.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Final

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, Table
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine
from sqlalchemy.pool import NullPool

__all__ = [
    "NAMING_CONVENTION",
    "async_dsn",
    "create_engine",
    "make_metadata",
    "platform_tables",
    "run_alembic_env",
    "run_migrations",
    "run_migrations_async",
    "session_factory",
]

NAMING_CONVENTION: Final[dict[str, str]] = {
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}


def make_metadata(*, schema: str | None = None) -> MetaData:
    """Return a MetaData whose constraints get stable names (so migrations can drop them)."""
    return MetaData(naming_convention=NAMING_CONVENTION, schema=schema)


def async_dsn(dsn: str) -> str:
    """Return `dsn` with the asyncpg driver (accepts plain `postgresql://` URLs)."""
    url = make_url(dsn)
    if url.drivername in {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2"}:
        url = url.set(drivername="postgresql+asyncpg")
    return url.render_as_string(hide_password=False)


def create_engine(dsn: str, **opts: Any) -> AsyncEngine:
    """Return an asyncpg engine for `dsn`; `opts` go to SQLAlchemy (pool size, echo, ...)."""
    opts.setdefault("pool_pre_ping", True)
    return _create_async_engine(async_dsn(dsn), **opts)


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Return the session factory a unit of work opens one session per command with."""
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


def platform_tables(metadata: MetaData) -> dict[str, Table]:
    """Add the platform tables to a service's `metadata` and return them by name."""
    # Imported here: those modules import this one for `make_metadata`.
    from tramita_platform.consumer.tables import define_dead_letter_table, define_inbox_table
    from tramita_platform.idempotency import define_idempotency_table
    from tramita_platform.outbox.tables import define_outbox_table
    from tramita_platform.timers.tables import define_timers_table

    tables = [
        define(metadata)
        for define in (
            define_outbox_table,
            define_inbox_table,
            define_dead_letter_table,
            define_timers_table,
            define_idempotency_table,
        )
    ]
    return {table.name: table for table in tables}


def run_alembic_env(target_metadata: MetaData, *, dsn: str | None = None) -> None:
    """Run the current Alembic command; call it as the whole body of a service's `env.py`.

    The DSN comes from `dsn`, else from `run_migrations(...)`, else from `sqlalchemy.url`
    in alembic.ini. When `run_migrations_async` already opened a connection, it is used.
    """
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection, target_metadata)
        return
    url = dsn or config.attributes.get("dsn") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database URL: pass dsn= or set sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(
            url=async_dsn(url),
            target_metadata=target_metadata,
            literal_binds=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    asyncio.run(_migrate_online(url, target_metadata))


async def _migrate_online(dsn: str, target_metadata: MetaData) -> None:
    """Open a throwaway engine and run the migrations on one connection."""
    engine = create_engine(dsn, poolclass=NullPool)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_migrate, target_metadata)
    finally:
        await engine.dispose()


def _migrate(connection: Connection, target_metadata: MetaData) -> None:
    """Configure Alembic on `connection` and run the migrations in one transaction."""
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations(dsn: str, alembic_ini_path: str | Path, *, revision: str = "head") -> None:
    """Upgrade the database at `dsn` to `revision` (blocking; for jobs and scripts)."""
    config = Config(str(alembic_ini_path))
    config.attributes["dsn"] = dsn
    command.upgrade(config, revision)


async def run_migrations_async(
    dsn: str, alembic_ini_path: str | Path, *, revision: str = "head"
) -> None:
    """Upgrade the database at `dsn` to `revision` from inside a running event loop."""
    config = Config(str(alembic_ini_path))
    engine = create_engine(dsn, poolclass=NullPool)

    def upgrade(connection: Connection) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    try:
        async with engine.begin() as connection:
            await connection.run_sync(upgrade)
    finally:
        await engine.dispose()
