"""The Organization aggregate records its registration."""

from datetime import UTC, datetime

import pytest
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.events import OrganizationRegistered
from tramita_registry.domain.model import Organization
from tramita_registry.domain.tax_ids import parse_tax_id

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TAX_ID = parse_tax_id(scheme="NIPC", value="500000000")


def test_register_records_one_event_with_a_normalized_name() -> None:
    org = Organization.register(organization_id="o1", tax_id=TAX_ID, name="  Acme   Lda ", now=NOW)
    assert org.name == "Acme Lda"
    assert org.events == [OrganizationRegistered("o1", TAX_ID, "Acme Lda")]
    assert org.version == 1


@pytest.mark.parametrize(("name", "rule"), [("   ", "required"), ("x" * 251, "max_length")])
def test_register_refuses_bad_names(name: str, rule: str) -> None:
    with pytest.raises(InvalidField) as caught:
        Organization.register(organization_id="o1", tax_id=TAX_ID, name=name, now=NOW)
    assert (caught.value.field, caught.value.rule) == ("name", rule)
