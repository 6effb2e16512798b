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
