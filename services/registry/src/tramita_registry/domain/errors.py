"""Errors of the registry domain; the gRPC edge maps them through one table."""


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
