"""Tables of the notifications database (SQLAlchemy Core; rows never leave the adapters).

- `messages`: the delivery queue and its history. `next_attempt_at` is when a worker may
  next try a queued row; a worker that claims a row pushes it to the end of its lease, so
  it doubles as the claim marker. `body` is sealed (Fernet) when `secret` and wiped once
  sent. Rows given up on stay with status 'dead' (the dead letters) until replayed.
- `notices`: the in-app inbox. Ids are not time-ordered (they derive from event and
  person), so pages are ordered by (created_at, notice_id).
- `directory_*`: the read model of people, profiles, entity contacts and allocation
  flags, fed by identity and registry events.
"""

from typing import Final

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Index,
    Integer,
    PrimaryKeyConstraint,
    Table,
    Text,
    text,
)
from tramita_platform.db import make_metadata, platform_tables

QUEUED: Final = "queued"
SENT: Final = "sent"
DEAD: Final = "dead"

metadata = make_metadata()

messages = Table(
    "messages",
    metadata,
    Column("message_id", Text, primary_key=True),
    Column("event_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("channel", Text, nullable=False),
    Column("address", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("person_id", Text, nullable=False, server_default=""),
    Column("subject", Text, nullable=False, server_default=""),
    Column("body", Text, nullable=False),
    Column("secret", Boolean, nullable=False, server_default=text("false")),
    Column("status", Text, nullable=False, server_default=QUEUED),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    CheckConstraint(f"status IN ('{QUEUED}', '{SENT}', '{DEAD}')", name="status"),
    Index("ix_messages_due", "next_attempt_at", postgresql_where=text(f"status = '{QUEUED}'")),
    Index(
        "ix_messages_dead", "created_at", "message_id", postgresql_where=text(f"status = '{DEAD}'")
    ),
)

notices = Table(
    "notices",
    metadata,
    Column("notice_id", Text, primary_key=True),
    Column("person_id", Text, nullable=False),
    Column("event_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("link", Text, nullable=False, server_default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("read_at", DateTime(timezone=True)),
    # A person's inbox newest first; B-tree indexes scan backwards just as well.
    Index("ix_notices_person", "person_id", "created_at", "notice_id"),
    Index(
        "ix_notices_unread",
        "person_id",
        "created_at",
        "notice_id",
        postgresql_where=text("read_at IS NULL"),
    ),
)

directory_people = Table(
    "directory_people",
    metadata,
    Column("person_id", Text, primary_key=True),
    Column("email", Text, nullable=False, server_default=""),
    Column("phone", Text, nullable=False, server_default=""),
    # BCP 47 tag as received ("pt-PT"); mapped to a template language on read.
    Column("language", Text, nullable=False, server_default=""),
    # Chosen by the person here (SetAlertAddress); identity events never touch it.
    Column("alert_email", Text, nullable=False, server_default=""),
    Column("active", Boolean, nullable=False, server_default=text("true")),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Time of the contact event applied last (last writer wins); NULL before the first.
    Column("source_event_time", DateTime(timezone=True)),
)

directory_profiles = Table(
    "directory_profiles",
    metadata,
    Column("person_id", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    # "" for entity-wide profiles, which hold in every workflow of the entity.
    Column("workflow", Text, nullable=False),
    Column("profile", Text, nullable=False),
    PrimaryKeyConstraint("person_id", "entity_id", "workflow", "profile"),
    Index("ix_directory_profiles_holders", "entity_id", "profile", "workflow"),
)

directory_entities = Table(
    "directory_entities",
    metadata,
    Column("entity_id", Text, primary_key=True),
    Column("contact_email", Text, nullable=False, server_default=""),
    Column("language", Text, nullable=False, server_default=""),
    # Time of the contact event applied last (last writer wins).
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

directory_allocation = Table(
    "directory_allocation",
    metadata,
    Column("entity_id", Text, nullable=False),
    Column("workflow", Text, nullable=False),
    Column("uses_allocation", Boolean, nullable=False),
    PrimaryKeyConstraint("entity_id", "workflow"),
)

platform_tables(metadata)
