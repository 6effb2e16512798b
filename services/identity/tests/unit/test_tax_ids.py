"""Tax ids of organizations in identity: every rule, with vectors checked by hand."""

import pytest
from tramita_identity.domain.errors import InvalidField
from tramita_identity.domain.tax_ids import (
    TaxIdScheme,
    cnpj_check_digits,
    parse_tax_id,
    parse_tax_key,
)


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("500000000", "500000000"),  # 5*9=45, 45 % 11 = 1 -> check digit 0
        ("510 000 002", "510000002"),  # 45+8=53, 53 % 11 = 9 -> 11-9 = 2
        ("980.000.009", "980000009"),  # 81+64=145, 145 % 11 = 2 -> 9
        ("500-000-000", "500000000"),
    ],
)
def test_valid_nipc_in_any_punctuation(raw: str, normalized: str) -> None:
    tax_id = parse_tax_id(scheme="nipc", value=raw)
    assert (tax_id.scheme, tax_id.value, tax_id.key) == (
        TaxIdScheme.NIPC,
        normalized,
        f"PT:NIPC:{normalized}",
    )


@pytest.mark.parametrize("last", "123456789")
def test_every_wrong_nipc_check_digit_is_refused(last: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="NIPC", value=f"50000000{last}")
    assert caught.value.rule == "nipc_check_digit"


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("50000000", "nipc_format"),  # 8 digits
        ("5000000000", "nipc_format"),  # 10 digits
        ("50000000A", "nipc_format"),
        ("5OOOOOOOO", "nipc_format"),  # letters O, not zeros
        ("123456789", "nipc_legal_person"),  # a valid NIF of a natural person
    ],
)
def test_nipc_length_characters_and_first_digit(raw: str, rule: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="NIPC", value=raw, field="organization_id")
    assert (caught.value.field, caught.value.rule) == ("organization_id", rule)


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("11.222.333/0001-81", "11222333000181"),  # the classic published example
        ("11222333000181", "11222333000181"),
        ("11 222 333 0001 81", "11222333000181"),
        ("11.444.777/0001-61", "11444777000161"),
        ("12.ABC.345/01DE-35", "12ABC34501DE35"),  # Receita Federal's alphanumeric example
        ("12abc34501de35", "12ABC34501DE35"),
    ],
)
def test_valid_cnpj_numeric_alphanumeric_and_punctuated(raw: str, normalized: str) -> None:
    tax_id = parse_tax_id(scheme="CNPJ", value=raw)
    assert (tax_id.value, tax_id.country) == (normalized, "BR")


def test_check_digits_are_computed_from_the_first_twelve() -> None:
    assert cnpj_check_digits("112223330001") == "81"
    assert cnpj_check_digits("114447770001") == "61"


@pytest.mark.parametrize("first", [d for d in "0123456789" if d != "8"])
def test_every_wrong_first_cnpj_check_digit_is_refused(first: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="CNPJ", value=f"112223330001{first}1")
    assert caught.value.rule == "cnpj_check_digits"


@pytest.mark.parametrize("second", [d for d in "0123456789" if d != "1"])
def test_every_wrong_second_cnpj_check_digit_is_refused(second: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="CNPJ", value=f"1122233300018{second}")
    assert caught.value.rule == "cnpj_check_digits"


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("1122233300018", "cnpj_format"),  # 13 characters
        ("112223330001811", "cnpj_format"),  # 15
        ("11222333A001AB", "cnpj_format"),  # check digits are always numeric
        ("11.222.333/0001-8#", "cnpj_format"),
        ("00000000000000", "cnpj_repeated"),
    ],
)
def test_cnpj_length_characters_and_repetition(raw: str, rule: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="CNPJ", value=raw)
    assert caught.value.rule == rule


@pytest.mark.parametrize(
    ("key", "normalized"),
    [
        ("BR:CNPJ:11.222.333/0001-81", "BR:CNPJ:11222333000181"),
        ("CNPJ:11222333000181", "BR:CNPJ:11222333000181"),
        ("pt:nipc:500 000 000", "PT:NIPC:500000000"),
        ("NIPC:500000000", "PT:NIPC:500000000"),
        ("DE:FOREIGN:de123", "DE:FOREIGN:DE123"),
    ],
)
def test_tax_keys_are_normalized(key: str, normalized: str) -> None:
    assert parse_tax_key(key).key == normalized


@pytest.mark.parametrize(
    ("key", "rule"),
    [
        ("11222333000181", "tax_key"),
        ("", "tax_key"),
        ("BR:CNPJ:", "tax_key"),
        ("FOREIGN:X1", "tax_key"),  # a foreign id needs its country
        ("PT:CNPJ:11222333000181", "country"),
        ("BR:VAT:1", "scheme"),
        ("BR:CNPJ:11222333000182", "cnpj_check_digits"),
        ("PT:FOREIGN:X1", "national_scheme"),
    ],
)
def test_bad_tax_keys_name_the_field_and_rule(key: str, rule: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_key(key)
    assert (caught.value.field, caught.value.rule) == ("organization_id", rule)
