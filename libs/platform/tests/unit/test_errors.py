"""ErrorMap: the explicit table from domain exceptions to platform errors."""

from __future__ import annotations

from tramita_platform.errors import (
    AlreadyExists,
    ErrorMap,
    FailedPrecondition,
    NotFound,
    PermissionDenied,
)


class DomainError(Exception):
    pass


class RequestNotFound(DomainError):
    pass


class TransitionNotAllowed(DomainError):
    def __init__(self, state: str, action: str) -> None:
        super().__init__(f"{action} not allowed in {state}")
        self.state, self.action = state, action


ERRORS = ErrorMap(
    {
        RequestNotFound: lambda exc: NotFound(str(exc)),
        TransitionNotAllowed: lambda exc: FailedPrecondition(
            state=exc.state,
            action=exc.action,  # type: ignore[attr-defined]
        ),
    }
)


def test_translates_mapped_domain_errors() -> None:
    error = ERRORS.translate(TransitionNotAllowed("SENT", "edit"))
    assert isinstance(error, FailedPrecondition)
    assert (error.state, error.action, error.metadata) == (
        "SENT",
        "edit",
        {"state": "SENT", "action": "edit"},
    )
    assert error.message == "cannot edit in state SENT"


def test_subclasses_follow_their_base_entry() -> None:
    class ArchivedRequestNotFound(RequestNotFound):
        pass

    assert isinstance(ERRORS.translate(ArchivedRequestNotFound("r-1")), NotFound)


def test_platform_errors_pass_through_and_unknown_ones_do_not() -> None:
    error = PermissionDenied()
    assert ERRORS.translate(error) is error
    assert ERRORS.translate(DomainError("unmapped")) is None
    assert ERRORS.translate(ValueError("x")) is None


def test_merged_overrides_entries() -> None:
    merged = ERRORS.merged(ErrorMap({RequestNotFound: lambda exc: AlreadyExists()}))
    assert isinstance(merged.translate(RequestNotFound()), AlreadyExists)
    assert len(merged) == 2


def test_errors_carry_stable_reasons() -> None:
    assert NotFound().reason == "NOT_FOUND"
    assert NotFound("gone", reason="REQUEST_NOT_FOUND").reason == "REQUEST_NOT_FOUND"
    assert str(NotFound("gone")) == "gone"
