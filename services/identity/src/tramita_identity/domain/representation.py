"""What legal representatives and members do in a ledger: link, unlink, delegate, revoke,
renounce. Each changes the ledger, records history and, for delegations, events."""

from datetime import datetime

from tramita_identity.domain.bonds import Bond, BondKind, Provenance, Role, linked_by
from tramita_identity.domain.delegations import Delegation, DelegationState
from tramita_identity.domain.errors import (
    AlreadyLinked,
    DelegationNotFound,
    InvalidField,
    MemberNotFound,
    NotPermitted,
    WrongState,
)
from tramita_identity.domain.events import DelegationGranted
from tramita_identity.domain.history import HistoryAction, HistoryEntry
from tramita_identity.domain.ledger import OrganizationLedger, PersonKey


def link_member(
    ledger: OrganizationLedger, *, actor: str, member: PersonKey, bond_id: str, now: datetime
) -> Bond:
    """A legal representative ties a person to the organization as a member."""
    ledger.require_representative(actor, now, "link members")
    existing = next((b for b in ledger.bonds if b.is_valid_at(now) and member.matches(b)), None)
    if existing is not None:
        raise AlreadyLinked(ledger.organization_id, existing.kind)
    bond = Bond(
        bond_id=bond_id,
        person_id=member.person_id,
        national_id=member.national_id,
        kind=BondKind.MEMBER,
        provenance=Provenance(linked_by(actor), now),
        valid_from=now,
    )
    ledger.bonds.append(bond)
    ledger.note(
        HistoryEntry(
            at=now,
            actor=actor,
            action=HistoryAction.MEMBER_LINKED,
            person_id=member.person_id,
            bond_id=bond_id,
            detail="member" if member.person_id else "member (pending first login)",
        )
    )
    return bond


def unlink_member(
    ledger: OrganizationLedger, *, actor: str, member: PersonKey, now: datetime
) -> tuple[Bond, list[Delegation]]:
    """End the member's representative-linked bond; without another bond its delegations go."""
    ledger.require_representative(actor, now, "unlink members")
    bonds = [b for b in ledger.bonds if b.is_valid_at(now) and member.matches(b)]
    if not bonds:
        raise MemberNotFound(str(member))
    linked = [b for b in bonds if b.linked_by_representative]
    if not linked:
        raise WrongState(
            state=f"{bonds[0].kind} asserted by {bonds[0].provenance.source}",
            action="unlink member",
            explanation="only members linked by a legal representative can be unlinked",
        )
    person_id = linked[0].person_id
    active = [
        d
        for d in ledger.delegations
        if person_id
        and d.member_person_id == person_id
        and ledger.state_of(d, now) is DelegationState.ACTIVE
    ]
    for bond in linked:
        ledger.end_bond(
            bond, now=now, by=actor, action=HistoryAction.MEMBER_UNLINKED, why="unlinked"
        )
    if person_id and ledger.role_of(person_id, now) is not Role.NONE:
        return linked[0], []  # still tied by another bond (e.g. gov.br): delegations stay
    for delegation in active:
        ledger.end_delegation(delegation, now=now, by=actor, state=DelegationState.REVOKED)
    return linked[0], active


def grant_delegation(
    ledger: OrganizationLedger,
    *,
    actor: str,
    member: PersonKey,
    process_types: tuple[str, ...],
    expires_at: datetime | None,
    delegation_id: str,
    now: datetime,
) -> Delegation:
    """A legal representative delegates process types to a member, never beyond its own bond."""
    ledger.require_representative(actor, now, "delegate processes")
    member_id = ledger.member_person_id(member, now, "grant delegation")
    if ledger.role_of(member_id, now) is Role.LEGAL_REPRESENTATIVE:
        raise WrongState(
            state="legal_representative",
            action="grant delegation",
            explanation="a legal representative may already open every process type",
        )
    expires_at = _bounded_expiry(ledger, actor=actor, expires_at=expires_at, now=now)
    delegation = Delegation(delegation_id, member_id, process_types, actor, now, expires_at)
    ledger.delegations.append(delegation)
    ledger.events.append(
        DelegationGranted(delegation_id, ledger.organization_id, member_id, actor, process_types)
    )
    ledger.note(
        HistoryEntry(
            at=now,
            actor=actor,
            action=HistoryAction.DELEGATION_GRANTED,
            person_id=member_id,
            delegation_id=delegation_id,
            process_types=process_types,
            detail=f"until {expires_at.isoformat()}" if expires_at else "",
        )
    )
    return delegation


def revoke_delegation(
    ledger: OrganizationLedger, *, actor: str, delegation_id: str, now: datetime
) -> Delegation:
    """Any legal representative ends an active delegation."""
    ledger.require_representative(actor, now, "revoke delegations")
    delegation = ledger.delegation(delegation_id)
    _require_active(ledger, delegation, now, "revoke delegation")
    ledger.end_delegation(delegation, now=now, by=actor, state=DelegationState.REVOKED)
    return delegation


def renounce_delegation(
    ledger: OrganizationLedger, *, actor: str, delegation_id: str, now: datetime
) -> Delegation:
    """The member holding a delegation gives it up."""
    role = ledger.require_bond(actor, now)
    delegation = ledger.delegation(delegation_id)
    if delegation.member_person_id != actor:
        if role is Role.LEGAL_REPRESENTATIVE:
            raise NotPermitted(
                "renounce this delegation",
                "NOT_THE_DELEGATE",
                "only the member holding a delegation renounces it; representatives revoke it",
            )
        raise DelegationNotFound(delegation_id)
    _require_active(ledger, delegation, now, "renounce delegation")
    ledger.end_delegation(delegation, now=now, by=actor, state=DelegationState.RENOUNCED)
    return delegation


def _require_active(
    ledger: OrganizationLedger, delegation: Delegation, now: datetime, action: str
) -> None:
    state = ledger.state_of(delegation, now)
    if state is not DelegationState.ACTIVE:
        raise WrongState(state=state.value, action=action)


def _bounded_expiry(
    ledger: OrganizationLedger, *, actor: str, expires_at: datetime | None, now: datetime
) -> datetime | None:
    """The requested expiry, checked against the representative's bond (its end by default)."""
    limit = ledger.representation_end(actor, now)
    if expires_at is None:
        return limit
    if expires_at <= now:
        raise InvalidField("expires_at", "future", "expires_at must be in the future")
    if limit is not None and expires_at > limit:
        raise InvalidField(
            "expires_at",
            "within_source_credential",
            f"a delegation may not outlive your own bond with {ledger.organization_id}, "
            f"valid until {limit.isoformat()}",
        )
    return expires_at
