"""Consumer bookkeeping: the inbox of processed event ids and the dead-letter table."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    Uuid,
)

from tramita_platform.db import make_metadata

__all__ = ["DEAD_LETTERS", "INBOX", "define_dead_letter_table", "define_inbox_table"]


def define_inbox_table(metadata: MetaData) -> Table:
    """Add `inbox`: one row per (consumer, event) whose effect is committed."""
    return Table(
        "inbox",
        metadata,
        Column("consumer", Text, nullable=False),
        Column("event_id", Text, nullable=False),
        Column("processed_at", DateTime(timezone=True), nullable=False),
        PrimaryKeyConstraint("consumer", "event_id"),
    )


def define_dead_letter_table(metadata: MetaData) -> Table:
    """Add `dead_letters`: records a consumer gave up on, kept for inspection and replay."""
    return Table(
        "dead_letters",
        metadata,
        Column("id", Uuid(as_uuid=False), primary_key=True),
        Column("consumer", Text, nullable=False, index=True),
        Column("event_id", Text),
        Column("event_type", Text),
        Column("topic", Text, nullable=False),
        Column("partition", Integer, nullable=False),
        Column("offset", BigInteger, nullable=False),
        Column("record", LargeBinary, nullable=False),
        Column("error", Text, nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


_METADATA = make_metadata()
INBOX = define_inbox_table(_METADATA)
DEAD_LETTERS = define_dead_letter_table(_METADATA)
