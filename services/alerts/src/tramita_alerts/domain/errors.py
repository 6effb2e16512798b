"""Errors of the alerts domain; the gRPC edge maps them through one table."""


class AlertsError(Exception):
    """Base of every alerts domain error."""


class InvalidField(AlertsError):
    """A field breaks a validation rule."""

    def __init__(self, field: str, rule: str, description: str) -> None:
        super().__init__(f"{field}: {description}")
        self.field = field
        self.rule = rule
        self.description = description


class InvalidLaunch(AlertsError):
    """The launch checklist is not satisfied; `errors` names every field and rule broken."""

    def __init__(self, errors: tuple[InvalidField, ...]) -> None:
        summary = "; ".join(str(error) for error in errors)
        super().__init__(f"the alert cannot be launched: {summary}")
        self.errors = errors

    @property
    def fields(self) -> dict[str, str]:
        """Field → rule broken (the first rule when a field breaks several)."""
        found: dict[str, str] = {}
        for error in self.errors:
            found.setdefault(error.field, error.rule)
        return found


class TransitionNotAllowed(AlertsError):
    """The current state, or a missing precondition, forbids the action."""

    def __init__(self, *, subject: str, state: str, action: str, missing: str = "") -> None:
        reason = f": requires {missing}" if missing else ""
        super().__init__(f"cannot {action} {subject} in state {state}{reason}")
        self.subject = subject
        self.state = state
        self.action = action
        self.missing = missing


class NotPermitted(AlertsError):
    """The acting person does not play any of the parts the action needs in this state."""

    def __init__(self, *, subject: str, state: str, action: str, missing: str) -> None:
        super().__init__(f"cannot {action} {subject} in state {state}: only {missing} may")
        self.subject = subject
        self.state = state
        self.action = action
        self.missing = missing


class UnknownItem(AlertsError):
    """No recipient country, recipient, information item or comment with this id."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"no {kind} {key} on this alert")
        self.kind = kind
        self.key = key
