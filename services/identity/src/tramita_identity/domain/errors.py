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


class InvalidFields(IdentityError):
    """Several fields break validation rules at once: (field, rule, description) each."""

    def __init__(self, violations: list[tuple[str, str, str]]) -> None:
        super().__init__("; ".join(f"{field}: {text}" for field, _, text in violations))
        self.violations = list(violations)


class AccessRequestNotFound(IdentityError):
    """No such access request, or no request holds that validation token."""

    def __init__(self, reference: str) -> None:
        super().__init__(f"access request {reference} not found")
        self.reference = reference


class DuplicateAccessRequest(IdentityError):
    """A request for the same e-mail address is still pending (submitted or validated)."""

    def __init__(self) -> None:
        super().__init__("a request for access with this e-mail address is already pending")


class AccountExists(IdentityError):
    """The identity provider already holds an account with that username or e-mail."""

    def __init__(self, what: str) -> None:
        super().__init__(f"an account with this {what} already exists")
        self.what = what


class EntityNotFound(IdentityError):
    """The entity is unknown, or the caller may not see its users: never leak which."""

    def __init__(self, entity_id: str) -> None:
        super().__init__(f"entity {entity_id} not found")
        self.entity_id = entity_id


class UserNotFound(IdentityError):
    """No such user in the entity (also when the user belongs to another entity)."""

    def __init__(self, user_id: str) -> None:
        super().__init__(f"user {user_id} not found")
        self.user_id = user_id


class UserEmailTaken(IdentityError):
    """Every user has a personal e-mail address of its own (003 §4.2)."""

    def __init__(self) -> None:
        super().__init__("another user already has this e-mail address")


class StaleVersion(IdentityError):
    """The caller's expected version is not the current one (a lost update)."""

    def __init__(self, what: str, expected: int, current: int) -> None:
        super().__init__(f"{what} is at version {current}, not {expected}; reload and retry")
        self.what = what


class ConsentRequired(IdentityError):
    """The person has no current consent to the portal: company actions wait for it."""

    def __init__(self, action: str, text_version: str) -> None:
        super().__init__(
            f"consent required: consent to the use of your personal data (text version "
            f"{text_version}) before you {action}"
        )
        self.action = action
        self.text_version = text_version


class ConsentNotFound(IdentityError):
    """No such consent of the caller (another person's consent is not found either)."""

    def __init__(self, consent_id: str) -> None:
        super().__init__(f"consent {consent_id} not found")
        self.consent_id = consent_id
