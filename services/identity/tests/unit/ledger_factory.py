"""Ledgers built directly for domain tests: a representative, members, a stranger."""

from datetime import UTC, datetime, timedelta

from tramita_identity.domain.bonds import CERTIFICATE, Bond, BondKind, Provenance, linked_by
from tramita_identity.domain.ledger import OrganizationLedger

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
DAY = timedelta(days=1)
ACME = "BR:CNPJ:11222333000181"
BETA = "BR:CNPJ:11444777000161"


def bond(
    person_id: str,
    kind: BondKind = BondKind.MEMBER,
    *,
    source: str = linked_by("rita"),
    national_id: str = "",
    valid_until: datetime | None = None,
) -> Bond:
    return Bond(
        bond_id=f"b-{person_id or national_id}-{kind.value}",
        person_id=person_id,
        national_id=national_id,
        kind=kind,
        provenance=Provenance(source, NOW - DAY),
        valid_from=NOW - DAY,
        valid_until=valid_until,
    )


def acme(*, rita_until: datetime | None = None) -> OrganizationLedger:
    """Rita represents ACME (company certificate); Mario and Maria are members."""
    rita = bond("rita", BondKind.LEGAL_REPRESENTATIVE, source=CERTIFICATE, valid_until=rita_until)
    return OrganizationLedger(
        ACME, bonds=[rita, bond("mario", national_id="BR:CPF:11144477735"), bond("maria")]
    )
