"""Tables of the identity database (SQLAlchemy Core; rows never leave the adapters).

`persons` holds the platform users' personal data apart from the ledger tables.
"""

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Table,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from tramita_platform.db import make_metadata, platform_tables

metadata = make_metadata()
PERSON_ID = 255  # the token's `sub`: Keycloak uses UUIDs, brokers may use longer ids
ORGANIZATION_ID = 64  # a tax key, e.g. "BR:CNPJ:11222333000181"

persons = Table(
    "persons",
    metadata,
    Column("person_id", String(PERSON_ID), primary_key=True),
    Column("name", String(250), nullable=False),
    Column("email", String(254), nullable=False),
    Column("phone", String(20), nullable=False),
    Column("preferred_language", String(16), nullable=False),
    Column("national_id", String(40), nullable=False, index=True),
    Column("assurance_level", String(32), nullable=False),
    Column("idp", String(64), nullable=False),
    Column("registered_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("bonds_digest", String(64), nullable=False),
    Column("version", Integer, nullable=False),
)

organization_ledgers = Table(
    "organization_ledgers",
    metadata,
    Column("organization_id", String(ORGANIZATION_ID), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("version", Integer, nullable=False),
)


def _organization() -> Column:
    return Column(
        "organization_id",
        String(ORGANIZATION_ID),
        ForeignKey("organization_ledgers.organization_id"),
        nullable=False,
        index=True,
    )


bonds = Table(
    "bonds",
    metadata,
    Column("bond_id", String(36), primary_key=True),
    _organization(),
    # "" while a member linked by national id has not logged in yet.
    Column("person_id", String(PERSON_ID), nullable=False, index=True),
    Column("national_id", String(40), nullable=False, index=True),
    Column("kind", String(32), nullable=False),
    Column("source", String(300), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("valid_from", DateTime(timezone=True), nullable=False),
    Column("valid_until", DateTime(timezone=True)),
    Column("ended_at", DateTime(timezone=True)),
    Column("ended_by", String(PERSON_ID), nullable=False),
)

delegations = Table(
    "delegations",
    metadata,
    Column("delegation_id", String(36), primary_key=True),
    _organization(),
    Column("member_person_id", String(PERSON_ID), nullable=False, index=True),
    Column("process_types", ARRAY(String(64)), nullable=False),
    Column("granted_by", String(PERSON_ID), nullable=False),
    Column("granted_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True)),
    Column("ended_at", DateTime(timezone=True)),
    Column("ended_by", String(PERSON_ID), nullable=False),
    # "revoked" or "renounced"; NULL while not ended by a person.
    Column("ended_as", String(16)),
)

representation_history = Table(
    "representation_history",
    metadata,
    Column("entry_id", String(36), primary_key=True),
    _organization(),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(PERSON_ID), nullable=False),
    Column("action", String(32), nullable=False),
    Column("person_id", String(PERSON_ID), nullable=False),
    Column("bond_id", String(36), nullable=False),
    Column("delegation_id", String(36), nullable=False),
    Column("process_types", ARRAY(String(64)), nullable=False),
    Column("detail", String(500), nullable=False),
    Index("ix_representation_history_page", "organization_id", "entry_id"),
)

authorization_decisions = Table(
    "authorization_decisions",
    metadata,
    Column("decision_id", String(36), primary_key=True),
    Column("decided_at", DateTime(timezone=True), nullable=False, index=True),
    Column("subject", String(PERSON_ID), nullable=False, index=True),
    Column("organization_id", String(ORGANIZATION_ID), nullable=False, index=True),
    Column("action", String(32), nullable=False),
    Column("process_type", String(64), nullable=False),
    Column("allowed", Boolean, nullable=False),
    Column("reason", String(32), nullable=False),
    Column("role", String(32), nullable=False),
    Column("delegation_id", String(36), nullable=False),
    Column("asked_by", String(PERSON_ID), nullable=False),
)

# Every read of a person's contact points by another service (ARCHITECTURE §5: one
# audited access path to personal data).
personal_data_reads = Table(
    "personal_data_reads",
    metadata,
    Column("read_id", String(36), primary_key=True),
    Column("read_at", DateTime(timezone=True), nullable=False, index=True),
    Column("reader", String(PERSON_ID), nullable=False),
    Column("person_id", String(PERSON_ID), nullable=False, index=True),
    Column("fields", String(100), nullable=False),
    Column("purpose", String(64), nullable=False),
)

# Access requests (seed 002). The applicant's personal data is sealed apart
# (`access_request_applicants`, AES-GCM with a per-record key); `email_index` is a keyed
# digest of the address, so one pending request per address is enforced without it.
access_requests = Table(
    "access_requests",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("state", String(16), nullable=False, index=True),
    Column("email_index", String(64), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("token_expires_at", DateTime(timezone=True), nullable=False),
    Column("first_login_channel", String(8), nullable=False),
    Column("language", String(16), nullable=False),
    Column("proof_media_type", String(64), nullable=False),
    Column("proof_size", BigInteger, nullable=False),
    Column("proof_sha256", String(64), nullable=False),
    Column("proof_key", String(200), nullable=False),
    Column("submitted_at", DateTime(timezone=True), nullable=False),
    Column("email_validated_at", DateTime(timezone=True)),
    Column("decided_at", DateTime(timezone=True)),
    Column("decided_by", String(PERSON_ID), nullable=False),
    Column("decision_reason", String(500), nullable=False),
    Column("person_id", String(PERSON_ID), nullable=False),
    Column("expired_at", DateTime(timezone=True)),
    Column("version", Integer, nullable=False),
    Index(
        "uq_access_requests_pending_email",
        "email_index",
        unique=True,
        postgresql_where=text("state IN ('submitted', 'email_validated')"),
    ),
)

access_request_applicants = Table(
    "access_request_applicants",
    metadata,
    Column(
        "request_id",
        String(36),
        ForeignKey("access_requests.request_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("sealed", LargeBinary, nullable=False),
)

# Users of competent authorities (003 §4.2): one entity each; name and contact points are
# the person's (`persons`), keyed by the same id (the account's token subject).
authority_users = Table(
    "authority_users",
    metadata,
    Column("user_id", String(PERSON_ID), primary_key=True),
    Column("entity_id", String(64), nullable=False, index=True),
    Column("username", String(64), nullable=False, unique=True),
    # As registered (the person's `name` joins them; a first name may have spaces).
    Column("first_name", String(100), nullable=False),
    Column("surname", String(100), nullable=False),
    Column("status", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(PERSON_ID), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("deactivated_at", DateTime(timezone=True)),
    Column("version", Integer, nullable=False),
)

authority_user_profiles = Table(
    "authority_user_profiles",
    metadata,
    Column(
        "user_id",
        String(PERSON_ID),
        ForeignKey("authority_users.user_id", ondelete="CASCADE"),
        nullable=False,
    ),
    # "<area>/<kind>", the area (data administrator) or "" (entity-wide profiles).
    Column("workflow", String(100), nullable=False),
    Column("profile", String(40), nullable=False),
    PrimaryKeyConstraint("user_id", "workflow", "profile"),
)

# Who decided what about access requests and accounts.
account_actions = Table(
    "account_actions",
    metadata,
    Column("action_id", String(36), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor", String(PERSON_ID), nullable=False),
    Column("action", String(40), nullable=False),
    Column("subject_id", String(PERSON_ID), nullable=False, index=True),
    Column("entity_id", String(64), nullable=False),
    Column("detail", String(500), nullable=False),
)

# Consents (PRODUCT §3.1): never deleted; a withdrawal is recorded on the row.
consents = Table(
    "consents",
    metadata,
    Column("consent_id", String(36), primary_key=True),
    Column("person_id", String(PERSON_ID), nullable=False, index=True),
    Column("service", String(64), nullable=False),
    Column("items", ARRAY(String(32)), nullable=False),
    Column("text_version", String(64), nullable=False),
    Column("given_at", DateTime(timezone=True), nullable=False),
    Column("withdrawn_at", DateTime(timezone=True)),
)

# The organization each person chose to act for (docs/adr/0008-acting-as.md).
acting_choices = Table(
    "acting_choices",
    metadata,
    Column("person_id", String(PERSON_ID), primary_key=True),
    Column("organization_id", String(ORGANIZATION_ID), nullable=False),
    Column("chosen_at", DateTime(timezone=True), nullable=False),
)

platform_tables(metadata)
