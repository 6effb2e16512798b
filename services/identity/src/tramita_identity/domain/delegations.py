"""Delegations: a legal representative lets a member open processes of some types."""

import enum
import re
from dataclasses import dataclass
from datetime import datetime

from tramita_identity.domain.errors import InvalidField

ALL_PROCESS_TYPES = "*"
MAX_PROCESS_TYPES = 50
_PROCESS_TYPE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class DelegationState(enum.StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"
    RENOUNCED = "renounced"
    EXPIRED = "expired"


@dataclass(slots=True)
class Delegation:
    """The recorded facts; the state also depends on the bonds (see the ledger)."""

    delegation_id: str
    member_person_id: str
    process_types: tuple[str, ...]
    granted_by: str
    granted_at: datetime
    expires_at: datetime | None = None
    ended_at: datetime | None = None
    ended_by: str = ""
    ended_as: DelegationState | None = None

    def covers(self, process_type: str) -> bool:
        return process_type in self.process_types

    def recorded_state(self, now: datetime) -> DelegationState:
        """The state from the delegation's own facts (revocation first, then expiry)."""
        if self.ended_as is not None:
            return self.ended_as
        if self.expires_at is not None and now >= self.expires_at:
            return DelegationState.EXPIRED
        return DelegationState.ACTIVE

    def end(self, *, now: datetime, by: str, state: DelegationState) -> None:
        self.ended_at = now
        self.ended_by = by
        self.ended_as = state


def valid_process_type(code: str, *, field: str = "process_type") -> str:
    clean = code.strip()
    if not _PROCESS_TYPE.fullmatch(clean):
        raise InvalidField(
            field,
            "process_type",
            "a process type is 1 to 64 lower-case letters, digits and dashes, "
            "e.g. metrology-work-request",
        )
    return clean


def valid_process_types(codes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Validate, deduplicate and sort the process types of a grant."""
    if not codes:
        raise InvalidField("process_types", "required", "delegate at least one process type")
    if len(codes) > MAX_PROCESS_TYPES:
        raise InvalidField(
            "process_types", "max_items", f"at most {MAX_PROCESS_TYPES} process types per grant"
        )
    clean = {valid_process_type(code, field=f"process_types[{i}]") for i, code in enumerate(codes)}
    return tuple(sorted(clean))
