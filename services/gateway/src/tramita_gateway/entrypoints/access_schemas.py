"""HTTP shapes of access requests (seed 002) and authority users (003 §4.2); identity owns
both. They stop at the edge."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

# The multipart form of POST /api/v1/access-requests, as documented in the OpenAPI.
ACCESS_REQUEST_FORM = {
    "type": "object",
    "required": ["name", "email", "organization", "role", "reason", "proof"],
    "properties": {
        "name": {"type": "string", "maxLength": 200, "description": "Full name."},
        "email": {"type": "string", "format": "email", "description": "Validated by a link."},
        "phone": {
            "type": "string",
            "description": 'E.164, e.g. "+351912345678"; required for the SMS channel.',
        },
        "organization": {"type": "string", "maxLength": 200, "description": "Employer."},
        "role": {"type": "string", "maxLength": 200, "description": "Position held."},
        "reason": {
            "type": "string",
            "maxLength": 2000,
            "description": '"Motivo": what the access is for.',
        },
        "first_login_channel": {
            "type": "string",
            "enum": ["email", "sms"],
            "default": "email",
            "description": "Where the one-time code of the first login goes.",
        },
        "language": {"type": "string", "default": "pt-PT", "description": "BCP 47 tag."},
        "proof": {
            "type": "string",
            "format": "binary",
            "description": "PDF proving the position (appointment or superior's "
            "declaration), at most 5 MB.",
        },
    },
}


class AccessRequestSubmitted(BaseModel):
    access_request_id: str
    state: str = Field(description='"submitted": follow the link e-mailed to the address.')
    validation_expires_at: datetime | None = None


class ValidateIn(BaseModel):
    token: str = Field(min_length=1, max_length=200, description="The e-mailed link's token.")


class ValidatedOut(BaseModel):
    access_request_id: str
    state: str = Field(description='"email_validated": staff decide next.')


class ApplicationOut(BaseModel):
    name: str
    email: str
    phone: str = ""
    organization: str
    role: str
    reason: str
    first_login_channel: Literal["email", "sms"]
    preferred_language: str


class ProofOut(BaseModel):
    filename: str
    media_type: str
    size: int
    sha256: str = Field(description="Hex SHA-256 of the document's bytes.")


class AccessRequestOut(BaseModel):
    access_request_id: str
    state: str = Field(description="submitted, email_validated, approved, rejected or expired")
    application: ApplicationOut
    proof: ProofOut
    submitted_at: datetime | None = None
    validation_expires_at: datetime | None = None
    email_validated_at: datetime | None = None
    decided_at: datetime | None = None
    decided_by_person_id: str = ""
    decision_reason: str = ""
    person_id: str = Field(default="", description="The account created on approval.")


class AccessRequestPage(BaseModel):
    items: list[AccessRequestOut]
    next_page_token: str | None = None


class RejectIn(BaseModel):
    reason: str = Field(min_length=1, max_length=500, description="Told to the applicant.")


class UserProfileIn(BaseModel):
    workflow: str = Field(
        default="",
        max_length=100,
        description='"<area>/<kind>" (e.g. "services-directive/requests"), the area for '
        'data-administrator, "" for local-data-administrator and basic-user.',
    )
    profile: str = Field(
        max_length=40,
        description="local-data-administrator, data-administrator, basic-user, "
        "request-handler, request-viewer, request-allocator, supervisor, alert-viewer, "
        "alert-manager or alert-broadcaster.",
    )


class AuthorityUserIn(BaseModel):
    first_name: str = Field(min_length=1, max_length=100)
    surname: str = Field(min_length=1, max_length=100)
    email: str = Field(max_length=254, description="Personal; no other user has it.")
    phone: str = Field(default="", max_length=32, description="Optional, E.164.")
    preferred_language: str = Field(default="", max_length=16, description='"pt-PT" if empty.')
    profiles: list[UserProfileIn] = Field(
        default_factory=list, max_length=50, description="Ignored for the entity's first user."
    )


class AuthorityUserOut(BaseModel):
    user_id: str
    entity_id: str
    username: str = Field(description="Generated; tell it to the user out of band.")
    first_name: str
    surname: str
    email: str
    phone: str = ""
    preferred_language: str = ""
    profiles: list[UserProfileIn]
    status: str = Field(description="active or deactivated")
    created_at: datetime | None = None
    created_by_person_id: str = ""
    deactivated_at: datetime | None = None
    version: int = Field(description="Send as expected_version to guard a change.")


class AuthorityUserPage(BaseModel):
    items: list[AuthorityUserOut]
    next_page_token: str | None = None


class RegisteredUserOut(BaseModel):
    user: AuthorityUserOut
    first_user: bool
    temporary_password_expires_at: datetime | None = None


class ProfilesIn(BaseModel):
    profiles: list[UserProfileIn] = Field(max_length=50)
    expected_version: int = Field(default=0, ge=0, description="0: no check.")


class PasswordResetOut(BaseModel):
    user_id: str
    temporary_password_expires_at: datetime | None = None
