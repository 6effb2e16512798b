"""HTTP shapes of competent authorities, invitations and self-registration (registry
service, IMI guide §3.1.2, §4, §9); they stop at the edge. Enum values are the registry's
names without their prefix ("ACTIVE", "COMPETENT_AUTHORITY", "AWAITING_REGISTRATION")."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

InvitationStatusName = Literal[
    "DRAFT",
    "REJECTED",
    "SENT",
    "BLOCKED",
    "AWAITING_REGISTRATION",
    "REGISTERED",
    "VALIDATED",
    "EXPIRED",
    "CANCELLED",
    "VALIDATION_REFUSED",
]
EntityStatusName = Literal[
    "REGISTRATION_REQUESTED", "ACTIVE", "REGISTRATION_REFUSED", "SUSPENDED", "INACTIVE"
]
AdminRoleName = Literal["NIMIC", "SDIMIC", "LIMIC", "DIMIC", "COMPETENT_AUTHORITY"]
ContentRoleName = Literal[
    "AUTHORITY_REQUESTS", "REQUEST_COORDINATOR", "ALERT_AUTHORITY", "ALERT_COORDINATOR"
]

# -- authorities ----------------------------------------------------------------------------


class LocalizedTextIO(BaseModel):
    pt: str = Field(default="", max_length=250)
    en: str = Field(default="", max_length=250)


class ContactsIO(BaseModel):
    email: str = Field(default="", max_length=254, description="Automatic mail goes here.")
    preferred_language: str = Field(default="", max_length=16, description="e.g. pt-PT")
    address: str = Field(default="", max_length=500)
    phone: str = Field(default="", max_length=40)
    website: str = Field(default="", max_length=500)


class CompetencesIO(BaseModel):
    general_horizontal: bool = False
    nace_codes: list[str] = Field(default=[], max_length=200, description="NACE Rev. 2 codes.")
    policy_areas: list[str] = Field(default=[], max_length=100)


class AuthorityProfileIO(BaseModel):
    official_name: str = Field(max_length=250)
    informal_title: LocalizedTextIO = LocalizedTextIO()
    description: str = Field(default="", max_length=4000)
    languages: list[str] = Field(default=[], max_length=30)
    contacts: ContactsIO = ContactsIO()
    competences: CompetencesIO = CompetencesIO()


class WorkflowGrantIn(BaseModel):
    workflow: str = Field(max_length=80, description='e.g. "services-directive/requests"')
    content_role: ContentRoleName | None = Field(default=None, description="Default by role.")
    alert_mailbox: bool = False
    flags: dict[str, bool] = {}
    privileged_coordinator_ids: list[str] = Field(default=[], max_length=50)


class AreaGrantIn(BaseModel):
    area: str = Field(max_length=64, description='e.g. "services-directive"')
    role: Literal["LIMIC", "DIMIC", "COMPETENT_AUTHORITY"] | None = None
    keywords: list[str] = Field(default=[], max_length=100)
    workflows: list[WorkflowGrantIn] = Field(default=[], max_length=10)


class RegisterAuthorityIn(BaseModel):
    profile: AuthorityProfileIO
    country: str = Field(min_length=2, max_length=2, description="ISO 3166-1 alpha-2")
    region: str = Field(default="", max_length=120, description="Required for an SDIMIC.")
    horizontal_role: Literal["NIMIC", "SDIMIC"] | None = None
    areas: list[AreaGrantIn] = Field(default=[], max_length=20)


class WorkflowSettingsIn(BaseModel):
    workflow: str = Field(max_length=80)
    privileged_coordinator_ids: list[str] = Field(default=[], max_length=50)
    flags: dict[str, bool] = {}


class ValidateAuthorityIn(BaseModel):
    workflows: list[WorkflowSettingsIn] = Field(
        default=[],
        max_length=20,
        description="Privileged coordinators (mandatory for a self-registration) and flags.",
    )
    expected_version: int = Field(default=0, ge=0)


class WorkflowAccessOut(BaseModel):
    workflow: str
    content_role: str
    alert_mailbox: bool = False
    status: str
    flags: dict[str, bool] = {}
    privileged_coordinator_ids: list[str] = []


class AreaAccessOut(BaseModel):
    area: str
    role: str
    status: str
    access_coordinator_id: str = ""
    keywords: list[str] = []
    workflows: list[WorkflowAccessOut] = []


class AuthorityOut(BaseModel):
    entity_id: str
    profile: AuthorityProfileIO
    country: str
    region: str = ""
    horizontal_role: str | None = None
    status: str
    validating_coordinator_id: str = ""
    areas: list[AreaAccessOut] = []
    registered_at: datetime
    status_changed_at: datetime
    reference_data_version: str = ""
    version: int


class AuthorityPage(BaseModel):
    items: list[AuthorityOut]
    next_page_token: str | None = None


# -- invitations ------------------------------------------------------------------------------


class InvitedAreaIO(BaseModel):
    area: str = Field(max_length=64, description='e.g. "services-directive"')
    workflows: list[str] = Field(default=[], max_length=10)


class InvitationIn(BaseModel):
    email: str = Field(
        max_length=254, description="The entity's e-mail: the invitation goes there."
    )
    display_name: str = Field(max_length=250, description="Shown in the coordinator's list.")
    areas: list[InvitedAreaIO] = Field(default=[], max_length=20)
    message: str = Field(default="", max_length=2000, description="Optional personal message.")


class InvitationChangesIn(BaseModel):
    """Only the fields given change (a rejected invitation becomes a draft again)."""

    email: str | None = Field(default=None, max_length=254)
    display_name: str | None = Field(default=None, max_length=250)
    areas: list[InvitedAreaIO] | None = Field(default=None, max_length=20)
    message: str | None = Field(default=None, max_length=2000)


class BulkEditIn(BaseModel):
    """Several drafts at once: areas and message only, never the Services alerts workflow."""

    invitation_ids: list[str] = Field(min_length=1, max_length=1000)
    areas: list[InvitedAreaIO] | None = Field(default=None, max_length=20)
    message: str | None = Field(default=None, max_length=2000)


class InvitationIdsIn(BaseModel):
    invitation_ids: list[str] = Field(min_length=1, max_length=1000)


class ReleaseDayIn(BaseModel):
    inviting_entity_id: str = Field(max_length=36)
    day: date = Field(description="The coordinator's local calendar day that was blocked.")


class InvitationOut(BaseModel):
    invitation_id: str
    inviting_entity_id: str
    email: str
    display_name: str
    areas: list[InvitedAreaIO] = []
    message: str = ""
    status: InvitationStatusName
    rejection: Literal["DUPLICATE_EMAIL", "INVALID_EMAIL", "NO_WORKFLOW"] | None = None
    bulk: bool = False
    created_at: datetime
    confirmed_at: datetime | None = None
    confirmed_day: date | None = None
    send_at: datetime | None = Field(default=None, description="When it goes (went) out.")
    sent_at: datetime | None = None
    expires_at: datetime | None = Field(default=None, description="End of the code's validity.")
    registered_entity_id: str | None = None
    issue: int = Field(default=0, description="How many codes were issued.")
    status_changed_at: datetime
    version: int


class InvitationList(BaseModel):
    items: list[InvitationOut]


class InvitationPage(BaseModel):
    items: list[InvitationOut]
    next_page_token: str | None = None


class InvitationOutcomeOut(BaseModel):
    invitation: InvitationOut
    reason: str = Field(default="", description="Why it was rejected, in words.")


class SendOutcomeOut(BaseModel):
    sent: int = Field(description="Queued to go out.")
    rejected: int
    blocked: int = Field(description="Held: more than 100 confirmed that day.")
    outcomes: list[InvitationOutcomeOut]


# -- self-registration (public) ---------------------------------------------------------------


class RegistrationCodeIn(BaseModel):
    registration_code: str = Field(min_length=1, max_length=64)


class InvitationSummaryOut(BaseModel):
    invitation_id: str
    display_name: str
    email: str
    areas: list[InvitedAreaIO] = []
    message: str = ""
    coordinator_name: str
    coordinator_email: str
    country: str
    expires_at: datetime | None = None


class AreaKeywordsIO(BaseModel):
    area: str = Field(max_length=64)
    keywords: list[str] = Field(default=[], max_length=100)


class FirstUserIO(BaseModel):
    name: str = Field(max_length=200)
    email: str = Field(max_length=254)
    preferred_language: str = Field(default="", max_length=16)


class SelfRegistrationIn(BaseModel):
    registration_code: str = Field(min_length=1, max_length=64)
    profile: AuthorityProfileIO = Field(
        description="The contact e-mail defaults to the invited one."
    )
    region: str = Field(default="", max_length=120)
    areas: list[AreaKeywordsIO] = Field(
        default=[], max_length=20, description="Keywords for every invited area."
    )
    first_user: FirstUserIO


class SelfRegistrationOut(BaseModel):
    """Save or print it before leaving: the username is shown only here."""

    entity_id: str
    username: str
    profile: AuthorityProfileIO
    areas: list[AreaKeywordsIO] = []
    workflows: list[str] = []
    first_user: FirstUserIO
    coordinator_name: str
