"""Errors of the use cases (the domain's are in `tramita_requests.domain.errors`)."""

from tramita_requests.domain.errors import RequestError


class RequestNotFound(RequestError):
    def __init__(self, request_id: str) -> None:
        super().__init__(f"no request {request_id} visible to you")
        self.request_id = request_id


class ConcurrentChange(RequestError):
    """The request changed since the caller read it (optimistic concurrency)."""

    def __init__(self, request_id: str, expected: int, current: int) -> None:
        super().__init__(f"request {request_id} is at version {current}, not {expected}")
        self.request_id = request_id


class NoActingEntity(RequestError):
    """The caller's token names no entity of the requests workflow to act for."""
