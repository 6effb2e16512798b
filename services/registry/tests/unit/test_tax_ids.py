"""Tax id validation: every rule, with vectors checked by hand."""

import pytest
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.tax_ids import TaxIdScheme, parse_tax_id


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("500000000", "500000000"),  # 5*9=45, 45 % 11 = 1 -> check digit 0
        ("510 000 002", "510000002"),  # 45+8=53, 53 % 11 = 9 -> 11-9 = 2
        ("980000009", "980000009"),  # 81+64=145, 145 % 11 = 2 -> 9
    ],
)
def test_valid_nipc_is_normalized(raw: str, normalized: str) -> None:
    tax_id = parse_tax_id(scheme="nipc", value=raw)
    assert (tax_id.scheme, tax_id.value, tax_id.country) == (TaxIdScheme.NIPC, normalized, "PT")
    assert tax_id.key == f"PT:NIPC:{normalized}"


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("50000000", "nipc_format"),
        ("5000000000", "nipc_format"),
        ("50000000A", "nipc_format"),
        ("123456789", "nipc_legal_person"),  # a valid NIF of a natural person
        ("500000001", "nipc_check_digit"),
    ],
)
def test_invalid_nipc_names_the_rule(raw: str, rule: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="NIPC", value=raw)
    assert (caught.value.field, caught.value.rule) == ("tax_id.value", rule)


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("11.222.333/0001-81", "11222333000181"),  # the classic published example
        ("12.ABC.345/01DE-35", "12ABC34501DE35"),  # Receita Federal's alphanumeric example
        ("12abc34501de35", "12ABC34501DE35"),
    ],
)
def test_valid_cnpj_numeric_and_alphanumeric(raw: str, normalized: str) -> None:
    tax_id = parse_tax_id(scheme="CNPJ", value=raw)
    assert (tax_id.value, tax_id.country) == (normalized, "BR")


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("11222333000182", "cnpj_check_digits"),
        ("1122233300018", "cnpj_format"),
        ("11222333A001AB", "cnpj_format"),  # check digits are always numeric
        ("00000000000000", "cnpj_repeated"),
    ],
)
def test_invalid_cnpj_names_the_rule(raw: str, rule: str) -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="CNPJ", value=raw)
    assert caught.value.rule == rule


def test_foreign_id_needs_a_country_that_is_not_pt_or_br() -> None:
    assert parse_tax_id(scheme="FOREIGN", value=" de123456789 ", country="de").key == (
        "DE:FOREIGN:DE123456789"
    )
    for country, rule in [
        ("", "iso_3166_alpha2"),
        ("DEU", "iso_3166_alpha2"),
        ("PT", "national_scheme"),
        ("BR", "national_scheme"),
    ]:
        with pytest.raises(InvalidField) as caught:
            parse_tax_id(scheme="FOREIGN", value="X1", country=country)
        assert (caught.value.field, caught.value.rule) == ("tax_id.country", rule)


def test_foreign_value_shape_and_unknown_scheme() -> None:
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="FOREIGN", value="bad value!", country="ES")
    assert caught.value.rule == "foreign_format"
    with pytest.raises(InvalidField) as caught:
        parse_tax_id(scheme="VAT", value="1")
    assert (caught.value.field, caught.value.rule) == ("tax_id.scheme", "one_of")
