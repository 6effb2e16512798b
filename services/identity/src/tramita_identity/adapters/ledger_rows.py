"""Ledger parts ⇄ table rows."""

from typing import Any

from tramita_identity.domain.bonds import Bond, BondKind, Provenance
from tramita_identity.domain.delegations import Delegation, DelegationState
from tramita_identity.domain.history import HistoryAction, HistoryEntry


def bond_row(organization_id: str, bond: Bond) -> dict[str, Any]:
    return {
        "bond_id": bond.bond_id,
        "organization_id": organization_id,
        "person_id": bond.person_id,
        "national_id": bond.national_id,
        "kind": bond.kind.value,
        "source": bond.provenance.source,
        "recorded_at": bond.provenance.recorded_at,
        "valid_from": bond.valid_from,
        "valid_until": bond.valid_until,
        "ended_at": bond.ended_at,
        "ended_by": bond.ended_by,
    }


def bond_of(row: Any) -> Bond:
    return Bond(
        bond_id=row["bond_id"],
        person_id=row["person_id"],
        national_id=row["national_id"],
        kind=BondKind(row["kind"]),
        provenance=Provenance(row["source"], row["recorded_at"]),
        valid_from=row["valid_from"],
        valid_until=row["valid_until"],
        ended_at=row["ended_at"],
        ended_by=row["ended_by"],
    )


def delegation_row(organization_id: str, delegation: Delegation) -> dict[str, Any]:
    return {
        "delegation_id": delegation.delegation_id,
        "organization_id": organization_id,
        "member_person_id": delegation.member_person_id,
        "process_types": list(delegation.process_types),
        "granted_by": delegation.granted_by,
        "granted_at": delegation.granted_at,
        "expires_at": delegation.expires_at,
        "ended_at": delegation.ended_at,
        "ended_by": delegation.ended_by,
        "ended_as": delegation.ended_as.value if delegation.ended_as else None,
    }


def delegation_of(row: Any) -> Delegation:
    return Delegation(
        delegation_id=row["delegation_id"],
        member_person_id=row["member_person_id"],
        process_types=tuple(row["process_types"]),
        granted_by=row["granted_by"],
        granted_at=row["granted_at"],
        expires_at=row["expires_at"],
        ended_at=row["ended_at"],
        ended_by=row["ended_by"],
        ended_as=DelegationState(row["ended_as"]) if row["ended_as"] else None,
    )


def entry_row(organization_id: str, entry_id: str, entry: HistoryEntry) -> dict[str, Any]:
    return {
        "entry_id": entry_id,
        "organization_id": organization_id,
        "at": entry.at,
        "actor": entry.actor,
        "action": entry.action.value,
        "person_id": entry.person_id,
        "bond_id": entry.bond_id,
        "delegation_id": entry.delegation_id,
        "process_types": list(entry.process_types),
        "detail": entry.detail[:500],
    }


def entry_of(row: Any) -> HistoryEntry:
    return HistoryEntry(
        at=row["at"],
        actor=row["actor"],
        action=HistoryAction(row["action"]),
        person_id=row["person_id"],
        bond_id=row["bond_id"],
        delegation_id=row["delegation_id"],
        process_types=tuple(row["process_types"]),
        detail=row["detail"],
        entry_id=row["entry_id"],
    )
