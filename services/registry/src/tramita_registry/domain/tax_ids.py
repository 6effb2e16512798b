"""Tax identifiers of organizations: NIPC (PT), CNPJ (BR) and foreign ids, strictly validated."""

import enum
import re
from dataclasses import dataclass

from tramita_registry.domain.errors import InvalidField


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


@dataclass(frozen=True, slots=True)
class TaxId:
    """A validated tax id; build it with `parse_tax_id`."""

    scheme: TaxIdScheme
    value: str
    country: str

    @property
    def key(self) -> str:
        """The unique key of the organization this id names."""
        return f"{self.country}:{self.scheme.value}:{self.value}"


def parse_tax_id(*, scheme: str, value: str, country: str = "") -> TaxId:
    """Normalize and validate a tax id, raising InvalidField with the broken rule."""
    try:
        kind = TaxIdScheme(scheme.upper())
    except ValueError:
        raise InvalidField(
            "tax_id.scheme", "one_of", "scheme must be one of NIPC, CNPJ, FOREIGN"
        ) from None
    cleaned = re.sub(r"[\s.\-/]", "", value).upper()
    if kind is TaxIdScheme.NIPC:
        return TaxId(TaxIdScheme.NIPC, _valid_nipc(cleaned), "PT")
    if kind is TaxIdScheme.CNPJ:
        return TaxId(TaxIdScheme.CNPJ, _valid_cnpj(cleaned), "BR")
    return _valid_foreign(value.strip().upper(), country.strip().upper())


def nipc_check_digit(first_eight: str) -> int:
    """Mod-11 check digit of a Portuguese NIPC/NIF."""
    total = sum(int(d) * w for d, w in zip(first_eight, range(9, 1, -1), strict=True))
    remainder = total % 11
    return 0 if remainder < 2 else 11 - remainder


def cnpj_check_digits(first_twelve: str) -> str:
    """The two check digits of a (numeric or alphanumeric) CNPJ."""
    values = [ord(c) - 48 for c in first_twelve]
    first = _cnpj_digit(values, _CNPJ_FIRST_WEIGHTS)
    second = _cnpj_digit([*values, first], _CNPJ_SECOND_WEIGHTS)
    return f"{first}{second}"


def _cnpj_digit(values: list[int], weights: tuple[int, ...]) -> int:
    remainder = sum(v * w for v, w in zip(values, weights, strict=True)) % 11
    return 0 if remainder < 2 else 11 - remainder


def _valid_nipc(value: str) -> str:
    if not re.fullmatch(r"[0-9]{9}", value):
        raise InvalidField("tax_id.value", "nipc_format", "NIPC must have exactly 9 digits")
    if value[0] not in _NIPC_FIRST_DIGITS:
        raise InvalidField(
            "tax_id.value",
            "nipc_legal_person",
            "NIPC of an organization starts with 5, 6, 8 or 9",
        )
    if nipc_check_digit(value[:8]) != int(value[8]):
        raise InvalidField("tax_id.value", "nipc_check_digit", "NIPC check digit does not match")
    return value


def _valid_cnpj(value: str) -> str:
    if not _CNPJ_SHAPE.fullmatch(value):
        raise InvalidField(
            "tax_id.value",
            "cnpj_format",
            "CNPJ must have 14 characters: 12 digits or capital letters, then 2 digits",
        )
    if len(set(value)) == 1:
        raise InvalidField("tax_id.value", "cnpj_repeated", "CNPJ cannot repeat one digit")
    if cnpj_check_digits(value[:12]) != value[12:]:
        raise InvalidField("tax_id.value", "cnpj_check_digits", "CNPJ check digits do not match")
    return value


def _valid_foreign(value: str, country: str) -> TaxId:
    if not _COUNTRY_SHAPE.fullmatch(country):
        raise InvalidField(
            "tax_id.country", "iso_3166_alpha2", "country must be an ISO 3166-1 alpha-2 code"
        )
    if country in {"PT", "BR"}:
        raise InvalidField(
            "tax_id.country",
            "national_scheme",
            "organizations of PT and BR use NIPC and CNPJ, not a foreign id",
        )
    if not _FOREIGN_SHAPE.fullmatch(value):
        raise InvalidField(
            "tax_id.value",
            "foreign_format",
            "foreign tax id: 1 to 32 letters, digits, '.', '/' or '-'",
        )
    return TaxId(TaxIdScheme.FOREIGN, value, country)
