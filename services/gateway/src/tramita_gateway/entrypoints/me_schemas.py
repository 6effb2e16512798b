"""HTTP shapes of the caller's consents, active organization and welcome (identity and
notifications services); they stop at the edge."""

from datetime import datetime

from pydantic import BaseModel, Field


class ConsentItemOut(BaseModel):
    code: str = Field(description="name, national_id, phone, email, photo or company_data")
    required: bool


class ConsentOut(BaseModel):
    consent_id: str
    service: str = Field(description='e.g. "tramita-portal" or a process type')
    items: list[str]
    text_version: str
    given_at: datetime | None = None
    withdrawn_at: datetime | None = None
    state: str = Field(description="current, outdated or withdrawn")


class ConsentStatusOut(BaseModel):
    service: str
    consent_required: bool
    items: list[ConsentItemOut] = Field(description="What the consent screen lists.")
    text_version: str = Field(description="The consent text version to show and send back.")
    current: ConsentOut | None = None


class ConsentsOut(BaseModel):
    """The status for the service asked, and the caller's consent history, newest first."""

    status: ConsentStatusOut
    items: list[ConsentOut]
    next_page_token: str | None = None


class ConsentIn(BaseModel):
    service: str = Field(default="tramita-portal", max_length=64)
    items: list[str] = Field(max_length=10)
    text_version: str = Field(max_length=64)


class ActingForIn(BaseModel):
    organization_id: str = Field(
        max_length=64, description='Tax key, e.g. "BR:CNPJ:27491536000103"; "" clears it.'
    )


class ActsForOut(BaseModel):
    """Who acts for whom (RFC 8693 `act`-style): the caller acts for the organization."""

    organization_id: str
    actor_person_id: str
    role: str = Field(description="legal_representative or member")
    process_types: list[str] = Field(description='["*"]: every process type')
    source: str = Field(description="header (X-Acting-For), chosen, or only (one company)")


class WelcomeOut(BaseModel):
    """The portal's entry screen (seed 001 step 9)."""

    subject: str
    username: str
    consent_required: bool
    consent: ConsentStatusOut | None = None
    acting_for: ActsForOut | None = Field(
        default=None, description="The active company; null when none is chosen."
    )
    organizations: list[ActsForOut] = Field(
        description="Every company the caller may act for (to switch with PUT /me/acting-for)."
    )
    message: str
    processes_i_can_start: list[str] = Field(description='["*"]: every process type')
    processes_link: str = "/processes"
    pending_notices: int | None = Field(
        default=None, description="Unread notices; null when notifications did not answer."
    )
    pending_link: str = "/notices"
    settings_link: str = "/settings"
