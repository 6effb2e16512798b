"""The representation history: who did what, when, in an organization's ledger."""

import enum
from dataclasses import dataclass
from datetime import datetime


class HistoryAction(enum.StrEnum):
    BOND_RECORDED = "bond_recorded"
    BOND_ENDED = "bond_ended"
    BOND_CLAIMED = "bond_claimed"
    MEMBER_LINKED = "member_linked"
    MEMBER_UNLINKED = "member_unlinked"
    DELEGATION_GRANTED = "delegation_granted"
    DELEGATION_REVOKED = "delegation_revoked"
    DELEGATION_RENOUNCED = "delegation_renounced"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change; `actor` is "" when a login's identity provider asserted it.

    `entry_id` is given when the entry is stored (ids sort by time).
    """

    at: datetime
    actor: str
    action: HistoryAction
    person_id: str
    bond_id: str = ""
    delegation_id: str = ""
    process_types: tuple[str, ...] = ()
    detail: str = ""
    entry_id: str = ""
