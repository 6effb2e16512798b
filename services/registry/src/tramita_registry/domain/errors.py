"""Errors of the registry domain; the gRPC edge maps them through one table."""

from dataclasses import dataclass


class RegistryError(Exception):
    """Base of every registry domain error."""


class InvalidField(RegistryError):
    """A field breaks a validation rule."""

    def __init__(self, field: str, rule: str, description: str) -> None:
        super().__init__(f"{field}: {description}")
        self.field = field
        self.rule = rule
        self.description = description


class OrganizationAlreadyRegistered(RegistryError):
    """An organization with this tax id exists already."""

    def __init__(self, tax_key: str) -> None:
        super().__init__(f"an organization with tax id {tax_key} is already registered")
        self.tax_key = tax_key


class OrganizationNotFound(RegistryError):
    """No organization with this id (or not visible to the caller)."""

    def __init__(self, organization_id: str) -> None:
        super().__init__(f"organization {organization_id} not found")
        self.organization_id = organization_id


class NotPermitted(RegistryError):
    """The caller's roles do not allow the action."""

    def __init__(self, action: str) -> None:
        super().__init__(f"your roles do not allow you to {action}")
        self.action = action


class AuthorityNotFound(RegistryError):
    """No competent authority with this id (or not visible to the caller)."""

    def __init__(self, entity_id: str) -> None:
        super().__init__(f"authority {entity_id} not found")
        self.entity_id = entity_id


class Forbidden(RegistryError):
    """A rule of IMI §9.1.1 (or §9.1.4) keeps the acting entity from doing this."""

    def __init__(self, action: str, rule: str) -> None:
        super().__init__(f"you may not {action} ({rule})")
        self.action = action
        self.rule = rule


class TransitionNotAllowed(RegistryError):
    """The current state, or a missing precondition, forbids the action."""

    def __init__(self, *, subject: str, state: str, action: str, missing: str = "") -> None:
        reason = f": requires {missing}" if missing else ""
        super().__init__(f"cannot {action} {subject} in state {state}{reason}")
        self.subject = subject
        self.state = state
        self.action = action
        self.missing = missing


class CoordinatorSlotTaken(RegistryError):
    """Only one NIMIC per country, one LIMIC per area per country (or region)."""

    def __init__(self, role: str, scope: str) -> None:
        super().__init__(f"{scope} already has its {role}")
        self.role = role
        self.scope = scope


class ConcurrentChange(RegistryError):
    """The aggregate changed since it was read (optimistic concurrency)."""

    def __init__(self, entity_id: str) -> None:
        super().__init__(f"authority {entity_id} was changed concurrently; reload and retry")
        self.entity_id = entity_id


# Invitations and self-registration (IMI guide §3.1.2, §9.1.3).


class InvitationNotFound(RegistryError):
    """No invitation with this id (or not the acting entity's)."""

    def __init__(self, invitation_id: str) -> None:
        super().__init__(f"invitation {invitation_id} not found")
        self.invitation_id = invitation_id


class DuplicateEmail(RegistryError):
    """The e-mail is an existing entity's contact or another open invitation's (§9.1.3.3)."""

    def __init__(self, field: str, holder: str) -> None:
        what = "an existing entity" if holder == "entity" else "another open invitation"
        super().__init__(f"{field}: {what} already uses this e-mail address")
        self.field = field
        self.holder = holder


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem of one spreadsheet row (row 0: the whole file)."""

    row: int
    field: str
    rule: str
    description: str


class InvalidRows(RegistryError):
    """An uploaded spreadsheet has bad rows; nothing of it was created."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(f"the file has {len(problems)} problem(s); nothing was created")
        self.problems = problems


class RegistrationCodeInvalid(RegistryError):
    """Unknown code, or replaced by a re-issued one: the visitor should ask the coordinator."""

    def __init__(self) -> None:
        super().__init__(
            "this registration code is not valid; contact the coordinator who invited you"
        )


class RegistrationCodeRefused(RegistryError):
    """A known code that can no longer be used: expired, used, or withdrawn."""

    MESSAGES = {
        "EXPIRED": "this registration code has expired; ask the coordinator to re-issue it",
        "USED": "this registration code was already used to register",
        "WITHDRAWN": "the coordinator withdrew this invitation",
    }

    def __init__(self, why: str) -> None:
        super().__init__(self.MESSAGES[why])
        self.why = why
