"""Errors of the requests domain; the gRPC edge maps them through one table (ADR 0005)."""


class RequestError(Exception):
    """Base of every requests domain error."""


class InvalidField(RequestError):
    """A field breaks a validation rule."""

    def __init__(self, field: str, rule: str, description: str) -> None:
        super().__init__(f"{field}: {description}")
        self.field = field
        self.rule = rule
        self.description = description


class IncompleteRequest(RequestError):
    """A draft lacks what sending needs (003 §5.3.1, §7.1); every gap is listed."""

    def __init__(self, violations: tuple[InvalidField, ...]) -> None:
        listed = "; ".join(str(v) for v in violations)
        super().__init__(f"the request cannot be sent yet: {listed}")
        self.violations = violations


class TransitionNotAllowed(RequestError):
    """The current state, or a missing precondition, forbids the action."""

    def __init__(self, *, state: str, action: str, missing: str = "") -> None:
        reason = f": requires {missing}" if missing else ""
        super().__init__(f"cannot {action} a request in state {state}{reason}")
        self.state = state
        self.action = action
        self.missing = missing


class NotPermitted(RequestError):
    """The acting user does not hold the profile, party or assignment the action needs."""

    def __init__(self, *, state: str, action: str, required: str) -> None:
        super().__init__(f"cannot {action} a request in state {state}: only a {required} may")
        self.state = state
        self.action = action
        self.required = required


class UnknownEntity(RequestError):
    """The facts of an entity the rule needs were not supplied (a caller's mistake)."""

    def __init__(self, entity_id: str) -> None:
        super().__init__(f"no facts were given for entity {entity_id!r}")
        self.entity_id = entity_id


class UnknownQuestionSet(RequestError):
    """No question set with this id (and version)."""

    def __init__(self, set_id: str, version: str = "") -> None:
        at = f" version {version}" if version else ""
        super().__init__(f"no question set {set_id!r}{at}")
        self.set_id = set_id
        self.version = version
