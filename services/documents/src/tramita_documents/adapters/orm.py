"""Tables of the documents database (SQLAlchemy Core; rows never leave the adapters)."""

from sqlalchemy import BigInteger, Column, DateTime, Index, Integer, String, Table
from tramita_platform.db import make_metadata, platform_tables

metadata = make_metadata()

documents = Table(
    "documents",
    metadata,
    Column("document_id", String(36), primary_key=True),
    Column("organization_id", String(36), nullable=False, index=True),
    Column("kind", String(64), nullable=False),
    Column("number", String(32), nullable=False, unique=True),
    Column("sha256", String(64), nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("size_bytes", BigInteger, nullable=False),
    Column("object_key", String(300), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # "PT:NIPC:500000000"; "" for documents stored before it was recorded (staff only).
    Column("organization_tax_key", String(64), nullable=False, server_default=""),
    Index("ix_documents_organization_created", "organization_id", "created_at"),
)

document_sequences = Table(
    "document_sequences",
    metadata,
    Column("kind", String(64), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last_value", Integer, nullable=False),
)

platform_tables(metadata)
