"""The policy point's rules: may a person open a process of a type for an organization, and
what may it do there at all. Nothing is cached: every answer reads the current ledger, so
a revoked or expired delegation stops working at once."""

import enum
from dataclasses import dataclass
from datetime import datetime

from tramita_identity.domain.bonds import Role
from tramita_identity.domain.delegations import ALL_PROCESS_TYPES, Delegation, DelegationState
from tramita_identity.domain.errors import OrganizationNotFound
from tramita_identity.domain.ledger import OrganizationLedger

OPEN_PROCESS = "open-process"
ACTIONS = frozenset({OPEN_PROCESS})


class Reason(enum.StrEnum):
    LEGAL_REPRESENTATIVE = "legal-representative"
    DELEGATED = "delegated"
    NO_BOND = "no-bond"
    NO_DELEGATION = "no-delegation"
    DELEGATION_EXPIRED = "delegation-expired"
    DELEGATION_REVOKED = "delegation-revoked"


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: Reason
    role: Role
    message: str
    delegation_id: str = ""


@dataclass(frozen=True, slots=True)
class Capabilities:
    organization_id: str
    role: Role
    process_types: tuple[str, ...]
    delegations: tuple[Delegation, ...]
    notice: str = ""


def ask_for_delegation(organization_id: str) -> str:
    """Seed 001 step 7: a member without delegation is told whom to ask."""
    return (
        f"You are a member of {organization_id}, but no process has been delegated to you: "
        "ask a legal representative of the company to delegate the processes you need."
    )


def decide_open_process(
    ledger: OrganizationLedger | None,
    *,
    organization: str,
    person_id: str,
    process_type: str,
    now: datetime,
) -> Decision:
    """Allow a representative, or a member with an active delegation covering the type."""
    role = ledger.role_of(person_id, now) if ledger else Role.NONE
    if ledger is None or role is Role.NONE:
        return Decision(False, Reason.NO_BOND, role, f"You do not act for {organization}.")
    if role is Role.LEGAL_REPRESENTATIVE:
        return Decision(True, Reason.LEGAL_REPRESENTATIVE, role, "")
    covering = [
        d for d in ledger.delegations if d.member_person_id == person_id and d.covers(process_type)
    ]
    active = [d for d in covering if ledger.state_of(d, now) is DelegationState.ACTIVE]
    if active:
        return Decision(True, Reason.DELEGATED, role, "", active[0].delegation_id)
    if not covering:
        message = (
            f"{process_type} has not been delegated to you: ask a legal representative "
            f"of {organization} for delegation."
        )
        return Decision(False, Reason.NO_DELEGATION, role, message)
    latest = max(covering, key=lambda d: (d.granted_at, d.delegation_id))
    state = ledger.state_of(latest, now)
    ended = "expired" if state is DelegationState.EXPIRED else "was revoked"
    reason = (
        Reason.DELEGATION_EXPIRED
        if state is DelegationState.EXPIRED
        else (Reason.DELEGATION_REVOKED)
    )
    message = (
        f"Your delegation for {process_type} {ended}: ask a legal representative "
        f"of {organization} to delegate it again."
    )
    return Decision(False, reason, role, message, latest.delegation_id)


def capabilities(
    ledger: OrganizationLedger | None, *, organization: str, person_id: str, now: datetime
) -> Capabilities:
    """What the person may do for the organization; OrganizationNotFound without a bond."""
    if ledger is None:
        raise OrganizationNotFound(organization)
    role = ledger.require_bond(person_id, now)
    if role is Role.LEGAL_REPRESENTATIVE:
        return Capabilities(organization, role, (ALL_PROCESS_TYPES,), ())
    active = tuple(
        d
        for d in ledger.delegations
        if d.member_person_id == person_id and ledger.state_of(d, now) is DelegationState.ACTIVE
    )
    types = tuple(sorted({t for d in active for t in d.process_types}))
    notice = "" if types else ask_for_delegation(organization)
    return Capabilities(organization, role, types, active, notice)
