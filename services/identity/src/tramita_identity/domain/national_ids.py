"""National ids of persons: CPF (BR) and NIF (PT), as "<country>:<scheme>:<number>"."""

import re

from tramita_identity.domain.errors import InvalidField
from tramita_identity.domain.tax_ids import nipc_check_digit

_SEPARATORS = re.compile(r"[\s.\-/]")
_COUNTRY_OF = {"CPF": "BR", "NIF": "PT"}
# NIF of natural persons start with 1, 2 or 3 (45 for non-residents).
_NIF_PERSON_PREFIXES = ("1", "2", "3", "45")


def national_id_key(scheme: str, number: str) -> str:
    """The normalized key of a national id from a token claim (not validated: the IdP is)."""
    scheme = scheme.upper()
    return f"{_COUNTRY_OF[scheme]}:{scheme}:{_SEPARATORS.sub('', number)}"


def parse_national_id(text: str, *, field: str = "national_id") -> str:
    """Validate "BR:CPF:123.456.789-09", "CPF:12345678909" or "PT:NIF:123456789"."""
    parts = [part.strip() for part in text.split(":")]
    if len(parts) == 2:
        parts = ["", *parts]
    scheme = parts[1].upper() if len(parts) == 3 else ""
    if scheme not in _COUNTRY_OF:
        raise InvalidField(
            field, "national_id", "national id must look like BR:CPF:12345678909 or PT:NIF:..."
        )
    country, number = parts[0].upper(), _SEPARATORS.sub("", parts[2])
    if country and country != _COUNTRY_OF[scheme]:
        raise InvalidField(field, "country", f"a {scheme} belongs to {_COUNTRY_OF[scheme]}")
    if scheme == "CPF":
        _check_cpf(number, field)
    else:
        _check_nif(number, field)
    return f"{_COUNTRY_OF[scheme]}:{scheme}:{number}"


def cpf_check_digits(first_nine: str) -> str:
    """The two mod-11 check digits of a CPF."""
    digits = [int(d) for d in first_nine]
    for _ in range(2):
        weights = range(len(digits) + 1, 1, -1)
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if remainder < 2 else 11 - remainder)
    return f"{digits[-2]}{digits[-1]}"


def _check_cpf(number: str, field: str) -> None:
    if not re.fullmatch(r"[0-9]{11}", number):
        raise InvalidField(field, "cpf_format", "CPF must have exactly 11 digits")
    if len(set(number)) == 1:
        raise InvalidField(field, "cpf_repeated", "CPF cannot repeat one digit")
    if cpf_check_digits(number[:9]) != number[9:]:
        raise InvalidField(field, "cpf_check_digits", "CPF check digits do not match")


def _check_nif(number: str, field: str) -> None:
    if not re.fullmatch(r"[0-9]{9}", number):
        raise InvalidField(field, "nif_format", "NIF must have exactly 9 digits")
    if not number.startswith(_NIF_PERSON_PREFIXES):
        raise InvalidField(field, "nif_natural_person", "NIF of a person starts with 1, 2, 3 or 45")
    if nipc_check_digit(number[:8]) != int(number[8]):
        raise InvalidField(field, "nif_check_digit", "NIF check digit does not match")
