"""Commands on competent authorities (imperative names); `caller` is who sends them."""

from dataclasses import dataclass

from tramita_registry.app.ports import Caller
from tramita_registry.domain.access import AreaGrant, WorkflowGrant
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.roles import AdminRole, ContentRole
from tramita_registry.domain.statuses import AccessAction, EntityAction


@dataclass(frozen=True, slots=True)
class RegisterAuthority:
    caller: Caller
    profile: Profile
    country: str
    region: str = ""
    horizontal_role: AdminRole | None = None
    areas: tuple[AreaGrant, ...] = ()
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class WorkflowSettings:
    """Privileged coordinators and flags a validating coordinator sets while validating."""

    workflow: str
    privileged_coordinator_ids: tuple[str, ...] = ()
    flags: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True, slots=True)
class ValidateAuthority:
    caller: Caller
    entity_id: str
    workflows: tuple[WorkflowSettings, ...] = ()
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class ProfilePatch:
    """Only the fields given (not None) change."""

    official_name: str | None = None
    informal_title: LocalizedText | None = None
    description: str | None = None
    languages: tuple[str, ...] | None = None
    contacts: Contacts | None = None
    competences: Competences | None = None


@dataclass(frozen=True, slots=True)
class UpdateAuthority:
    caller: Caller
    entity_id: str
    changes: ProfilePatch
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class ChangeEntityStatus:
    caller: Caller
    entity_id: str
    action: EntityAction
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class ChangeAreaAccess:
    """`grant` describes a new access (REQUEST, GRANT); `coordinator_id` is the access
    coordinator an entity asks when it requests access itself."""

    caller: Caller
    entity_id: str
    area: str
    action: AccessAction
    grant: AreaGrant | None = None
    coordinator_id: str = ""
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class ChangeWorkflowAccess:
    caller: Caller
    entity_id: str
    workflow: str
    action: AccessAction
    grant: WorkflowGrant | None = None
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class ChangeAreaRole:
    caller: Caller
    entity_id: str
    area: str
    role: AdminRole
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class ChangeWorkflowRole:
    caller: Caller
    entity_id: str
    workflow: str
    role: ContentRole
    alert_mailbox: bool = False
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class SetWorkflowFlags:
    caller: Caller
    entity_id: str
    workflow: str
    flags: tuple[tuple[str, bool], ...]
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class SetPrivilegedCoordinators:
    caller: Caller
    entity_id: str
    workflow: str
    coordinator_ids: tuple[str, ...]
    expected_version: int = 0
    idempotency_key: str = ""


type AuthorityCommand = (
    RegisterAuthority
    | ValidateAuthority
    | UpdateAuthority
    | ChangeEntityStatus
    | ChangeAreaAccess
    | ChangeWorkflowAccess
    | ChangeAreaRole
    | ChangeWorkflowRole
    | SetWorkflowFlags
    | SetPrivilegedCoordinators
)
