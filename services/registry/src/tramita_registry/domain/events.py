"""Past-tense facts the registry records; they leave the service only through the outbox."""

from dataclasses import dataclass

from tramita_registry.domain.tax_ids import TaxId


@dataclass(frozen=True, slots=True)
class OrganizationRegistered:
    organization_id: str
    tax_id: TaxId
    name: str
    registered_by: str = ""
    contact_email: str = ""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class EntityContactChanged:
    entity_id: str
    contact_email: str
    language: str


type RegistryEvent = OrganizationRegistered | EntityContactChanged


# Competent authorities (IMI guide §4, §9). Statuses and roles are the domain's enum values.


@dataclass(frozen=True, slots=True)
class AuthorityRegistered:
    entity_id: str
    official_name: str
    country: str
    region: str
    status: str
    horizontal_role: str
    validating_coordinator_id: str
    registered_by: str
    contact_email: str
    language: str


@dataclass(frozen=True, slots=True)
class AuthorityValidated:
    entity_id: str
    validating_coordinator_id: str


@dataclass(frozen=True, slots=True)
class AuthorityDetailsChanged:
    entity_id: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityStatusChanged:
    entity_id: str
    action: str
    from_status: str
    to_status: str


@dataclass(frozen=True, slots=True)
class AreaAccessChanged:
    """`from_status` is empty for a new access, `to_status` empty when a request is refused."""

    entity_id: str
    area: str
    action: str
    from_status: str
    to_status: str
    role: str
    access_coordinator_id: str


@dataclass(frozen=True, slots=True)
class WorkflowAccessChanged:
    entity_id: str
    workflow: str
    action: str
    from_status: str
    to_status: str
    content_role: str


@dataclass(frozen=True, slots=True)
class AreaRoleChanged:
    entity_id: str
    area: str
    role: str


@dataclass(frozen=True, slots=True)
class WorkflowRoleChanged:
    entity_id: str
    workflow: str
    content_role: str
    alert_mailbox: bool


@dataclass(frozen=True, slots=True)
class WorkflowFlagsChanged:
    """The workflow's flags after the change, all of them (the latest event wins)."""

    entity_id: str
    workflow: str
    flags: tuple[tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class AllocationChanged:
    entity_id: str
    workflow: str
    uses_allocation: bool


@dataclass(frozen=True, slots=True)
class PrivilegedCoordinatorsChanged:
    entity_id: str
    workflow: str
    coordinator_ids: tuple[str, ...]


type AuthorityEvent = (
    AuthorityRegistered
    | AuthorityValidated
    | AuthorityDetailsChanged
    | EntityStatusChanged
    | AreaAccessChanged
    | WorkflowAccessChanged
    | AreaRoleChanged
    | WorkflowRoleChanged
    | WorkflowFlagsChanged
    | AllocationChanged
    | PrivilegedCoordinatorsChanged
    | EntityContactChanged
)


# Invitations to self-register (IMI guide §3.1.2, §9.1.3). Statuses are the domain's values.


@dataclass(frozen=True, slots=True)
class InvitationStatusChanged:
    invitation_id: str
    inviting_entity_id: str
    action: str
    from_status: str
    to_status: str


@dataclass(frozen=True, slots=True)
class InvitationReminderDue:
    invitation_id: str
    inviting_entity_id: str
    invited_email: str
    language: str
    coordinator_name: str
    coordinator_email: str
    expires_on: str
    link: str


@dataclass(frozen=True, slots=True)
class InvitationRegistered:
    invitation_id: str
    inviting_entity_id: str
    invited_by: str
    entity_id: str
    entity_name: str


@dataclass(frozen=True, slots=True)
class AuthoritySelfRegistered:
    """An entity registered itself with its code (ids and its name only: the summary goes
    to its mailbox and its proposed first user by direct message)."""

    entity_id: str
    invitation_id: str
    inviting_entity_id: str
    official_name: str


@dataclass(frozen=True, slots=True)
class InvitationValidated:
    invitation_id: str
    inviting_entity_id: str
    entity_id: str
    entity_name: str


@dataclass(frozen=True, slots=True)
class InvitationDayBlocked:
    inviting_entity_id: str
    day: str
    confirmed: int


@dataclass(frozen=True, slots=True)
class InvitationDayReleased:
    inviting_entity_id: str
    day: str
    released_by: str
    invitations: int


type InvitationEvent = (
    InvitationStatusChanged
    | InvitationReminderDue
    | InvitationRegistered
    | AuthoritySelfRegistered
    | InvitationValidated
    | InvitationDayBlocked
    | InvitationDayReleased
)
