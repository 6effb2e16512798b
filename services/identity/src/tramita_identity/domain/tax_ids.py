"""Tax ids of organizations (NIPC, CNPJ, foreign), strictly validated; an organization is
named here by its tax key "<country>:<scheme>:<number>".

The check-digit rules repeat the registry's (services never import each other).
"""

import enum
import re
from dataclasses import dataclass

from tramita_identity.domain.errors import InvalidField


class TaxIdScheme(enum.StrEnum):
    NIPC = "NIPC"
    CNPJ = "CNPJ"
    FOREIGN = "FOREIGN"


# Legal persons' NIPC start with 5 (companies), 6 (public bodies), 8 (sole traders)
# or 9 (irregular entities / provisional); 1-3 are natural persons' NIF, not organizations.
_NIPC_FIRST_DIGITS = frozenset("5689")
_CNPJ_FIRST_WEIGHTS = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_CNPJ_SECOND_WEIGHTS = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
# Since July 2026 the first 12 CNPJ characters may be letters (value = ASCII code - 48).
_CNPJ_SHAPE = re.compile(r"^[0-9A-Z]{12}[0-9]{2}$")
_FOREIGN_SHAPE = re.compile(r"^[0-9A-Z][0-9A-Z./-]{0,31}$")
_COUNTRY_SHAPE = re.compile(r"^[A-Z]{2}$")
_SEPARATORS = re.compile(r"[\s.\-/]")
_IMPLIED_COUNTRY = {TaxIdScheme.NIPC: "PT", TaxIdScheme.CNPJ: "BR"}


@dataclass(frozen=True, slots=True)
class TaxId:
    """A validated tax id; build it with `parse_tax_id` or `parse_tax_key`."""

    scheme: TaxIdScheme
    value: str
    country: str

    @property
    def key(self) -> str:
        """The unique key of the organization this id names, e.g. "BR:CNPJ:11222333000181"."""
        return f"{self.country}:{self.scheme.value}:{self.value}"


def parse_tax_key(text: str, *, field: str = "organization_id") -> TaxId:
    """Parse "BR:CNPJ:11.222.333/0001-81", "CNPJ:11222333000181" or "DE:FOREIGN:X1"."""
    parts = [part.strip() for part in text.split(":")]
    if len(parts) == 2 and parts[0].upper() in _IMPLIED_COUNTRY:
        parts = ["", *parts]
    if len(parts) != 3 or not all(parts[1:]):
        raise InvalidField(
            field,
            "tax_key",
            "organization must be a tax key like BR:CNPJ:11222333000181 or PT:NIPC:500000000",
        )
    country, scheme, value = parts
    tax_id = parse_tax_id(scheme=scheme, value=value, country=country, field=field)
    if country and country.upper() != tax_id.country:
        raise InvalidField(field, "country", f"a {tax_id.scheme} belongs to {tax_id.country}")
    return tax_id


def parse_tax_id(*, scheme: str, value: str, country: str = "", field: str = "tax_id") -> TaxId:
    """Normalize and validate a tax id, raising InvalidField with the broken rule."""
    try:
        kind = TaxIdScheme(scheme.upper())
    except ValueError:
        raise InvalidField(field, "scheme", "scheme must be one of NIPC, CNPJ, FOREIGN") from None
    cleaned = _SEPARATORS.sub("", value).upper()
    if kind is TaxIdScheme.NIPC:
        return TaxId(TaxIdScheme.NIPC, _valid_nipc(cleaned, field), "PT")
    if kind is TaxIdScheme.CNPJ:
        return TaxId(TaxIdScheme.CNPJ, _valid_cnpj(cleaned, field), "BR")
    return _valid_foreign(value.strip().upper(), country.strip().upper(), field)


def nipc_check_digit(first_eight: str) -> int:
    """Mod-11 check digit of a Portuguese NIPC/NIF."""
    total = sum(int(d) * w for d, w in zip(first_eight, range(9, 1, -1), strict=True))
    remainder = total % 11
    return 0 if remainder < 2 else 11 - remainder


def cnpj_check_digits(first_twelve: str) -> str:
    """The two check digits of a (numeric or alphanumeric) CNPJ."""
    values = [ord(c) - 48 for c in first_twelve]
    first = _mod11_digit(values, _CNPJ_FIRST_WEIGHTS)
    second = _mod11_digit([*values, first], _CNPJ_SECOND_WEIGHTS)
    return f"{first}{second}"


def _mod11_digit(values: list[int], weights: tuple[int, ...]) -> int:
    remainder = sum(v * w for v, w in zip(values, weights, strict=True)) % 11
    return 0 if remainder < 2 else 11 - remainder


def _valid_nipc(value: str, field: str) -> str:
    if not re.fullmatch(r"[0-9]{9}", value):
        raise InvalidField(field, "nipc_format", "NIPC must have exactly 9 digits")
    if value[0] not in _NIPC_FIRST_DIGITS:
        raise InvalidField(
            field, "nipc_legal_person", "NIPC of an organization starts with 5, 6, 8 or 9"
        )
    if nipc_check_digit(value[:8]) != int(value[8]):
        raise InvalidField(field, "nipc_check_digit", "NIPC check digit does not match")
    return value


def _valid_cnpj(value: str, field: str) -> str:
    if not _CNPJ_SHAPE.fullmatch(value):
        raise InvalidField(
            field,
            "cnpj_format",
            "CNPJ must have 14 characters: 12 digits or capital letters, then 2 digits",
        )
    if len(set(value)) == 1:
        raise InvalidField(field, "cnpj_repeated", "CNPJ cannot repeat one digit")
    if cnpj_check_digits(value[:12]) != value[12:]:
        raise InvalidField(field, "cnpj_check_digits", "CNPJ check digits do not match")
    return value


def _valid_foreign(value: str, country: str, field: str) -> TaxId:
    if not _COUNTRY_SHAPE.fullmatch(country):
        raise InvalidField(field, "iso_3166_alpha2", "country must be an ISO 3166-1 alpha-2 code")
    if country in {"PT", "BR"}:
        raise InvalidField(
            field, "national_scheme", "organizations of PT and BR use NIPC and CNPJ, not FOREIGN"
        )
    if not _FOREIGN_SHAPE.fullmatch(value):
        raise InvalidField(
            field, "foreign_format", "foreign tax id: 1 to 32 letters, digits, '.', '/' or '-'"
        )
    return TaxId(TaxIdScheme.FOREIGN, value, country)
