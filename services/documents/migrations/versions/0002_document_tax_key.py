"""organization tax key on documents (scoping by identity bond)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:30:00

Older rows cannot be backfilled (the registry event is not replayed): they keep "" and are
visible to the issuing agency's staff only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "documents",
        sa.Column("organization_tax_key", sa.String(length=64), server_default="", nullable=False),
    )
    op.create_index(
        "ix_documents_organization_created",
        "documents",
        ["organization_id", "created_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_documents_organization_created", table_name="documents")
    op.drop_column("documents", "organization_tax_key")
