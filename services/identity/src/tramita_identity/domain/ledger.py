"""The representation ledger of one organization: its bonds, delegations and history.

Invariants: only legal representatives link, unlink and delegate; a delegation never
outlives the bond of the representative who granted it (capped at grant time, and it
lapses as soon as that person is no longer a representative, or the member no longer
holds a bond); a person without a bond learns nothing about the organization.
"""

from dataclasses import dataclass, field, replace
from datetime import datetime

from tramita_identity.domain.bonds import Bond, Role
from tramita_identity.domain.delegations import Delegation, DelegationState
from tramita_identity.domain.errors import (
    DelegationNotFound,
    MemberNotFound,
    NotPermitted,
    OrganizationNotFound,
    WrongState,
)
from tramita_identity.domain.events import DelegationRevoked, IdentityEvent
from tramita_identity.domain.history import HistoryAction, HistoryEntry


@dataclass(frozen=True, slots=True)
class PersonKey:
    """A person named by person id, national id, or both."""

    person_id: str = ""
    national_id: str = ""

    def matches(self, bond: Bond) -> bool:
        by_person = bool(self.person_id) and bond.person_id == self.person_id
        return by_person or (bool(self.national_id) and bond.national_id == self.national_id)

    def __str__(self) -> str:
        return self.person_id or self.national_id


@dataclass(slots=True)
class OrganizationLedger:
    organization_id: str
    bonds: list[Bond] = field(default_factory=list)
    delegations: list[Delegation] = field(default_factory=list)
    # 0 until stored; the repository checks and bumps it (optimistic concurrency).
    version: int = 0
    events: list[IdentityEvent] = field(default_factory=list, compare=False, repr=False)
    # Entries not stored yet; every change adds one, so they also mark the ledger changed.
    new_history: list[HistoryEntry] = field(default_factory=list, compare=False, repr=False)

    # ---- reading -------------------------------------------------------------------
    def valid_bonds_of(self, person_id: str, now: datetime) -> list[Bond]:
        return [b for b in self.bonds if b.person_id == person_id and b.is_valid_at(now)]

    def role_of(self, person_id: str, now: datetime) -> Role:
        roles = {bond.role for bond in self.valid_bonds_of(person_id, now)} if person_id else set()
        for role in (Role.LEGAL_REPRESENTATIVE, Role.MEMBER):
            if role in roles:
                return role
        return Role.NONE

    def require_bond(self, person_id: str, now: datetime) -> Role:
        """The caller's role; OrganizationNotFound without a valid bond (never leak)."""
        role = self.role_of(person_id, now)
        if role is Role.NONE:
            raise OrganizationNotFound(self.organization_id)
        return role

    def require_representative(self, person_id: str, now: datetime, action: str) -> None:
        if self.require_bond(person_id, now) is not Role.LEGAL_REPRESENTATIVE:
            raise NotPermitted(
                action,
                "NOT_A_LEGAL_REPRESENTATIVE",
                f"only legal representatives of {self.organization_id} may {action}",
            )

    def representation_end(self, person_id: str, now: datetime) -> datetime | None:
        """When the person's representation ends at the latest (None: open-ended)."""
        ends = [
            b.valid_until
            for b in self.valid_bonds_of(person_id, now)
            if b.role is Role.LEGAL_REPRESENTATIVE
        ]
        return None if None in ends or not ends else max(e for e in ends if e is not None)

    def delegation(self, delegation_id: str) -> Delegation:
        for delegation in self.delegations:
            if delegation.delegation_id == delegation_id:
                return delegation
        raise DelegationNotFound(delegation_id)

    def state_of(self, delegation: Delegation, now: datetime) -> DelegationState:
        recorded = delegation.recorded_state(now)
        if recorded is not DelegationState.ACTIVE:
            return recorded
        granter_left = self.role_of(delegation.granted_by, now) is not Role.LEGAL_REPRESENTATIVE
        if granter_left or self.role_of(delegation.member_person_id, now) is Role.NONE:
            return DelegationState.EXPIRED
        return DelegationState.ACTIVE

    def visible_delegations(self, person_id: str, now: datetime) -> list[Delegation]:
        """Representatives see every delegation, a member its own."""
        if self.require_bond(person_id, now) is Role.LEGAL_REPRESENTATIVE:
            return list(self.delegations)
        return [d for d in self.delegations if d.member_person_id == person_id]

    def visible_bonds(self, person_id: str, now: datetime) -> list[Bond]:
        """Representatives see every valid bond, a member its own. National ids show only to
        their holder, and on member links (the representative typed them)."""
        if self.require_bond(person_id, now) is not Role.LEGAL_REPRESENTATIVE:
            return self.valid_bonds_of(person_id, now)
        return [
            b
            if b.person_id == person_id or b.linked_by_representative
            else replace(b, national_id="")
            for b in self.bonds
            if b.is_valid_at(now)
        ]

    def member_person_id(self, member: PersonKey, now: datetime, action: str) -> str:
        """The person id of a member holding a valid bond (by person or national id)."""
        bonds = [b for b in self.bonds if b.is_valid_at(now) and member.matches(b)]
        if not bonds:
            raise MemberNotFound(str(member))
        person_id = next((b.person_id for b in bonds if b.person_id), "")
        if not person_id:
            raise WrongState(
                state="pending", action=action, explanation="the member has not logged in yet"
            )
        return person_id

    # ---- shared by the commands --------------------------------------------------------
    def note(self, entry: HistoryEntry) -> None:
        self.new_history.append(entry)

    def end_delegation(
        self, delegation: Delegation, *, now: datetime, by: str, state: DelegationState
    ) -> None:
        delegation.end(now=now, by=by, state=state)
        self.events.append(
            DelegationRevoked(
                delegation.delegation_id, self.organization_id, delegation.member_person_id, by
            )
        )
        action = (
            HistoryAction.DELEGATION_RENOUNCED
            if state is DelegationState.RENOUNCED
            else HistoryAction.DELEGATION_REVOKED
        )
        self.note(
            HistoryEntry(
                at=now,
                actor=by,
                action=action,
                person_id=delegation.member_person_id,
                delegation_id=delegation.delegation_id,
                process_types=delegation.process_types,
            )
        )

    def end_bond(
        self, bond: Bond, *, now: datetime, by: str, action: HistoryAction, why: str
    ) -> None:
        bond.end(now=now, by=by)
        self.note(
            HistoryEntry(
                at=now,
                actor=by,
                action=action,
                person_id=bond.person_id,
                bond_id=bond.bond_id,
                detail=f"{bond.kind} from {bond.provenance.source}: {why}",
            )
        )
