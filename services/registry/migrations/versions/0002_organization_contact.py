"""organization contact mailbox, language and registering person

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "organizations",
        sa.Column("contact_email", sa.String(254), server_default="", nullable=False),
    )
    op.add_column(
        "organizations",
        sa.Column("preferred_language", sa.String(16), server_default="en", nullable=False),
    )
    op.add_column(
        "organizations",
        sa.Column("registered_by", sa.String(64), server_default="", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("organizations", "registered_by")
    op.drop_column("organizations", "preferred_language")
    op.drop_column("organizations", "contact_email")
