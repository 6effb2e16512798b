"""National ids of persons (CPF, NIF), as representatives type them when linking members."""

import pytest
from tramita_identity.domain.errors import InvalidField
from tramita_identity.domain.national_ids import national_id_key, parse_national_id


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("BR:CPF:111.444.777-35", "BR:CPF:11144477735"),
        ("CPF:52998224725", "BR:CPF:52998224725"),
        ("cpf: 529 982 247 25", "BR:CPF:52998224725"),
        ("PT:NIF:123456789", "PT:NIF:123456789"),  # 156 % 11 = 2 -> 9
        ("NIF:123 456 789", "PT:NIF:123456789"),
    ],
)
def test_valid_national_ids(raw: str, normalized: str) -> None:
    assert parse_national_id(raw) == normalized


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("CPF:11144477736", "cpf_check_digits"),
        ("CPF:11144477745", "cpf_check_digits"),
        ("CPF:1114447773", "cpf_format"),
        ("CPF:1114447773X", "cpf_format"),
        ("CPF:11111111111", "cpf_repeated"),
        ("NIF:123456780", "nif_check_digit"),
        ("NIF:12345678", "nif_format"),
        ("NIF:500000000", "nif_natural_person"),  # a company's NIPC
        ("PT:CPF:11144477735", "country"),
        ("RG:123", "national_id"),
        ("11144477735", "national_id"),
    ],
)
def test_invalid_national_ids_name_the_rule(raw: str, rule: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_national_id(raw, field="member.national_id")
    assert (caught.value.field, caught.value.rule) == ("member.national_id", rule)


def test_claims_are_normalized_not_validated() -> None:
    assert national_id_key("cpf", "111.444.777-35") == "BR:CPF:11144477735"
    assert national_id_key("nif", "123 456 789") == "PT:NIF:123456789"
