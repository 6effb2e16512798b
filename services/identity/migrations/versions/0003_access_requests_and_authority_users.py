"""access requests (seed 002), authority users (003 §4.2), account actions

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_requests",
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("email_index", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("token_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_login_channel", sa.String(8), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("proof_media_type", sa.String(64), nullable=False),
        sa.Column("proof_size", sa.BigInteger(), nullable=False),
        sa.Column("proof_sha256", sa.String(64), nullable=False),
        sa.Column("proof_key", sa.String(200), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("email_validated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(255), nullable=False),
        sa.Column("decision_reason", sa.String(500), nullable=False),
        sa.Column("person_id", sa.String(255), nullable=False),
        sa.Column("expired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_access_requests")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_access_requests_token_hash")),
    )
    op.create_index(op.f("ix_access_requests_state"), "access_requests", ["state"])
    op.create_index(op.f("ix_access_requests_email_index"), "access_requests", ["email_index"])
    op.create_index(
        "uq_access_requests_pending_email",
        "access_requests",
        ["email_index"],
        unique=True,
        postgresql_where=sa.text("state IN ('submitted', 'email_validated')"),
    )
    op.create_table(
        "access_request_applicants",
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["access_requests.request_id"],
            name=op.f("fk_access_request_applicants_request_id_access_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_access_request_applicants")),
    )
    op.create_table(
        "authority_users",
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("surname", sa.String(100), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(255), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deactivated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_authority_users")),
        sa.UniqueConstraint("username", name=op.f("uq_authority_users_username")),
    )
    op.create_index(op.f("ix_authority_users_entity_id"), "authority_users", ["entity_id"])
    op.create_table(
        "authority_user_profiles",
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("workflow", sa.String(100), nullable=False),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["authority_users.user_id"],
            name=op.f("fk_authority_user_profiles_user_id_authority_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "user_id", "workflow", "profile", name=op.f("pk_authority_user_profiles")
        ),
    )
    op.create_table(
        "account_actions",
        sa.Column("action_id", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject_id", sa.String(255), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("detail", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint("action_id", name=op.f("pk_account_actions")),
    )
    op.create_index(op.f("ix_account_actions_at"), "account_actions", ["at"])
    op.create_index(op.f("ix_account_actions_subject_id"), "account_actions", ["subject_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_account_actions_subject_id"), table_name="account_actions")
    op.drop_index(op.f("ix_account_actions_at"), table_name="account_actions")
    op.drop_table("account_actions")
    op.drop_table("authority_user_profiles")
    op.drop_index(op.f("ix_authority_users_entity_id"), table_name="authority_users")
    op.drop_table("authority_users")
    op.drop_table("access_request_applicants")
    op.drop_index("uq_access_requests_pending_email", table_name="access_requests")
    op.drop_index(op.f("ix_access_requests_email_index"), table_name="access_requests")
    op.drop_index(op.f("ix_access_requests_state"), table_name="access_requests")
    op.drop_table("access_requests")
