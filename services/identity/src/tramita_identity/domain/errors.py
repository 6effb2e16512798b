"""Errors of the identity domain; the gRPC edge maps them through one table."""


class IdentityError(Exception):
    """Base of every identity domain error."""


class InvalidField(IdentityError):
    """A field breaks a validation rule."""

    def __init__(self, field: str, rule: str, description: str) -> None:
        super().__init__(f"{field}: {description}")
        self.field = field
        self.rule = rule
        self.description = description


class OrganizationNotFound(IdentityError):
    """The caller holds no bond with the organization (or it does not exist): never leak."""

    def __init__(self, organization_id: str) -> None:
        super().__init__(f"organization {organization_id} not found")
        self.organization_id = organization_id


class MemberNotFound(IdentityError):
    """The person named as member is unknown, or holds no bond with the organization."""

    def __init__(self, reference: str) -> None:
        super().__init__(f"no member {reference} in this organization")
        self.reference = reference


class DelegationNotFound(IdentityError):
    """No such delegation in the organization, or not visible to the caller."""

    def __init__(self, delegation_id: str) -> None:
        super().__init__(f"delegation {delegation_id} not found")
        self.delegation_id = delegation_id


class NotPermitted(IdentityError):
    """The caller is known to the organization but its role does not allow the action."""

    def __init__(self, action: str, reason: str, explanation: str) -> None:
        super().__init__(f"you may not {action}: {explanation}")
        self.action = action
        self.reason = reason


class WrongState(IdentityError):
    """The action is not allowed in the current state of a bond or delegation."""

    def __init__(self, *, state: str, action: str, explanation: str = "") -> None:
        text = f"cannot {action} in state {state}"
        super().__init__(f"{text}: {explanation}" if explanation else text)
        self.state = state
        self.action = action


class AlreadyLinked(IdentityError):
    """The person already holds a valid bond with the organization."""

    def __init__(self, organization_id: str, kind: str) -> None:
        super().__init__(f"the person already holds a {kind} bond with {organization_id}")
        self.organization_id = organization_id
        self.kind = kind


class ConcurrentChange(IdentityError):
    """Another transaction changed the same ledger or person first; retry."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} was changed concurrently; retry")
        self.what = what
