"""The timers table: durable deadlines, one row per (kind, key)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

from tramita_platform.db import make_metadata

__all__ = ["TIMERS", "define_timers_table"]


def define_timers_table(metadata: MetaData) -> Table:
    """Add `timers` to `metadata`.

    `due_at` is when the timer is due; `run_at` is when a worker may next try it (equal
    to `due_at` until a handler failure pushes it back), indexed for unfired rows only.
    """
    return Table(
        "timers",
        metadata,
        Column("id", Uuid(as_uuid=False), primary_key=True),
        Column("kind", Text, nullable=False),
        Column("key", Text, nullable=False),
        Column("due_at", DateTime(timezone=True), nullable=False),
        Column("run_at", DateTime(timezone=True), nullable=False),
        Column("payload", JSONB, nullable=False, server_default=text("'{}'::jsonb")),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("fired_at", DateTime(timezone=True)),
        Column("attempts", Integer, nullable=False, server_default=text("0")),
        Column("last_error", Text),
        UniqueConstraint("kind", "key"),
        Index("ix_timers_pending", "run_at", postgresql_where=text("fired_at IS NULL")),
    )


TIMERS = define_timers_table(make_metadata())
