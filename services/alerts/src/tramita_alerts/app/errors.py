"""Errors of the use cases (the domain's are in `tramita_alerts.domain.errors`)."""

from tramita_alerts.domain.errors import AlertsError


class AlertNotFound(AlertsError):
    def __init__(self, alert_id: str) -> None:
        super().__init__(f"no alert {alert_id} visible to you")
        self.alert_id = alert_id


class ConcurrentChange(AlertsError):
    """The alert changed since the caller read it (optimistic concurrency)."""

    def __init__(self, alert_id: str, expected: int, current: int) -> None:
        super().__init__(f"alert {alert_id} is at version {current}, not {expected}")
        self.alert_id = alert_id


class NoActingEntity(AlertsError):
    """The caller's token names no entity of the alert workflow to act for."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
