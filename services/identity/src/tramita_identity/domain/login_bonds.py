"""Bonds a login asserts, written into the ledgers: recorded, superseded, ended, claimed."""

from collections.abc import Callable
from datetime import datetime

from tramita_identity.domain.bonds import Bond, BondKind, Provenance
from tramita_identity.domain.history import HistoryAction, HistoryEntry
from tramita_identity.domain.ledger import OrganizationLedger
from tramita_identity.domain.login import AssertedBond


def record_asserted_bond(
    ledger: OrganizationLedger,
    asserted: AssertedBond,
    *,
    person_id: str,
    national_id: str,
    now: datetime,
    new_id: Callable[[], str],
) -> Bond | None:
    """Record the bond unless the same one (source, kind, validity) is on record already."""
    same = [
        b
        for b in ledger.bonds
        if b.person_id == person_id
        and b.ended_at is None
        and (b.kind, b.provenance.source) == (asserted.kind, asserted.source)
    ]
    if any(b.valid_until == asserted.valid_until for b in same):
        return None
    for bond in same:
        ledger.end_bond(bond, now=now, by="", action=HistoryAction.BOND_ENDED, why="superseded")
    bond = Bond(
        bond_id=new_id(),
        person_id=person_id,
        national_id=national_id,
        kind=asserted.kind,
        provenance=Provenance(asserted.source, now),
        valid_from=now,
        valid_until=asserted.valid_until,
    )
    ledger.bonds.append(bond)
    ledger.note(
        HistoryEntry(
            at=now,
            actor="",
            action=HistoryAction.BOND_RECORDED,
            person_id=person_id,
            bond_id=bond.bond_id,
            detail=f"{bond.kind} from {bond.provenance.source}",
        )
    )
    return bond


def end_unasserted_bonds(
    ledger: OrganizationLedger,
    *,
    person_id: str,
    source: str,
    asserted_kinds: set[BondKind],
    now: datetime,
) -> list[Bond]:
    """End the person's bonds from `source` that the source no longer asserts."""
    gone = [
        b
        for b in ledger.bonds
        if b.person_id == person_id
        and b.ended_at is None
        and b.provenance.source == source
        and b.kind not in asserted_kinds
    ]
    for bond in gone:
        why = f"no longer asserted by {source}"
        ledger.end_bond(bond, now=now, by="", action=HistoryAction.BOND_ENDED, why=why)
    return gone


def claim_pending_bonds(
    ledger: OrganizationLedger, *, national_id: str, person_id: str, now: datetime
) -> list[Bond]:
    """A member linked by national id logs in for the first time: the bond becomes theirs."""
    pending = [
        b
        for b in ledger.bonds
        if not b.person_id and b.national_id == national_id and b.ended_at is None
    ]
    for bond in pending:
        bond.person_id = person_id
        ledger.note(
            HistoryEntry(
                at=now,
                actor=person_id,
                action=HistoryAction.BOND_CLAIMED,
                person_id=person_id,
                bond_id=bond.bond_id,
                detail=f"{bond.kind} from {bond.provenance.source}",
            )
        )
    return pending
