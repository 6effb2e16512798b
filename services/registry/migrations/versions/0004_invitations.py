"""invitations to self-register and the daily confirmation counters

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OPEN = "'DRAFT', 'REJECTED', 'SENT', 'BLOCKED', 'AWAITING_REGISTRATION', 'EXPIRED', 'REGISTERED'"


def upgrade() -> None:
    op.create_table(
        "invitations",
        sa.Column("invitation_id", sa.String(36), nullable=False),
        sa.Column("inviting_entity_id", sa.String(36), nullable=False),
        sa.Column("invited_by", sa.String(64), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("email_key", sa.String(254), nullable=False),
        sa.Column("display_name", sa.String(250), nullable=False),
        sa.Column("areas", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("rejection", sa.String(32), nullable=True),
        sa.Column("bulk", sa.Boolean(), nullable=False),
        sa.Column("issue", sa.Integer(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_day", sa.Date(), nullable=True),
        sa.Column("send_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("code_hash", sa.String(64), nullable=True),
        sa.Column("registered_entity_id", sa.String(36), nullable=True),
        sa.Column("first_user", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("invitation_id", name=op.f("pk_invitations")),
    )
    op.create_index(
        "ix_invitations_entity_day",
        "invitations",
        ["inviting_entity_id", "confirmed_day", "status"],
        unique=False,
    )
    op.create_index(
        op.f("ix_invitations_registered_entity_id"),
        "invitations",
        ["registered_entity_id"],
        unique=False,
    )
    op.create_index(
        "uq_invitations_open_email",
        "invitations",
        ["email_key"],
        unique=True,
        postgresql_where=sa.text(f"status IN ({OPEN})"),
    )
    op.create_index(
        "uq_invitations_code_hash",
        "invitations",
        ["code_hash"],
        unique=True,
        postgresql_where=sa.text("code_hash IS NOT NULL"),
    )
    op.create_table(
        "invitation_days",
        sa.Column("inviting_entity_id", sa.String(36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("confirmed", sa.Integer(), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("released_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("inviting_entity_id", "day", name=op.f("pk_invitation_days")),
    )


def downgrade() -> None:
    op.drop_table("invitation_days")
    op.drop_index("uq_invitations_code_hash", table_name="invitations")
    op.drop_index("uq_invitations_open_email", table_name="invitations")
    op.drop_index(op.f("ix_invitations_registered_entity_id"), table_name="invitations")
    op.drop_index("ix_invitations_entity_day", table_name="invitations")
    op.drop_table("invitations")
