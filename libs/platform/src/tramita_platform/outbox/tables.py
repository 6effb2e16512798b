"""The outbox table: events committed with the state change, waiting for the relay."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

from tramita_platform.db import make_metadata

__all__ = ["OUTBOX", "define_outbox_table"]


def define_outbox_table(metadata: MetaData) -> Table:
    """Add the `outbox` table to `metadata`.

    Rows are relayed in `id` order (UUIDv7, so creation order); the partial index keeps
    the relay's claim query cheap however many published rows accumulate.
    """
    return Table(
        "outbox",
        metadata,
        Column("id", Uuid(as_uuid=False), primary_key=True),
        Column("topic", Text, nullable=False),
        Column("key", Text, nullable=False),
        Column("envelope", LargeBinary, nullable=False),
        Column("headers", JSONB, nullable=False, server_default=text("'{}'::jsonb")),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("published_at", DateTime(timezone=True)),
        Column("attempts", Integer, nullable=False, server_default=text("0")),
        Index("ix_outbox_unpublished", "id", postgresql_where=text("published_at IS NULL")),
        # The relay's per-key ordering check looks up earlier unpublished rows of a key.
        Index(
            "ix_outbox_unpublished_key", "key", "id", postgresql_where=text("published_at IS NULL")
        ),
    )


OUTBOX = define_outbox_table(make_metadata())
