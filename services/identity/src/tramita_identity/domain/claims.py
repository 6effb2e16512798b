"""Reading single token claims into clean values (name, contact, dates, gov.br bond kinds)."""

import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime

from tramita_identity.domain.bonds import BondKind
from tramita_identity.domain.persons import Contact

NAME_MAX_LENGTH = 250
EMAIL_MAX_LENGTH = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_LOCALE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|[0-9]{3}))?$")
_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_PHONE_SEPARATORS = re.compile(r"[\s().\-]")
_LANGUAGE_OF_COUNTRY = {"BR": "pt-BR", "PT": "pt-PT"}
# National numbers without a country code, by the country of the person's national id.
_CALLING_CODES = {"BR": ("55", (10, 11)), "PT": ("351", (9,))}
_VINCULOS = {
    "socio": BondKind.PARTNER,
    "contador": BondKind.ACCOUNTANT,
    "representante_legal": BondKind.LEGAL_REPRESENTATIVE,
    "nao_atuante": BondKind.NON_ACTING_PARTNER,
    "socio_nao_atuante": BondKind.NON_ACTING_PARTNER,
}


def as_text(value: object) -> str:
    if value is None or isinstance(value, Mapping | list | tuple | set):
        return ""
    return " ".join(str(value).split())


def name_of(claims: Mapping[str, object], username: str | None) -> str:
    name = as_text(claims.get("name"))
    if not name:
        parts = (as_text(claims.get("given_name")), as_text(claims.get("family_name")))
        name = " ".join(p for p in parts if p) or (username or "")
    return name[:NAME_MAX_LENGTH]


def contact_of(claims: Mapping[str, object], national_id: str) -> Contact:
    country = national_id.split(":", 1)[0] if national_id else ""
    email = as_text(claims.get("email"))
    return Contact(
        email=email if len(email) <= EMAIL_MAX_LENGTH and _EMAIL.match(email) else "",
        phone=phone_number(as_text(claims.get("phone_number")), country),
        language=language_tag(as_text(claims.get("locale")))
        or _LANGUAGE_OF_COUNTRY.get(country, "en"),
    )


def language_tag(locale: str) -> str:
    """ "pt_br" → "pt-BR"; "" when it is no language tag."""
    found = _LOCALE.match(locale)
    if found is None:
        return ""
    language, region = found.groups()
    return f"{language.lower()}-{region.upper()}" if region else language.lower()


def phone_number(raw: str, country: str) -> str:
    """An E.164 number, or "" when it cannot be read as one."""
    number = _PHONE_SEPARATORS.sub("", raw)
    if number.startswith("00"):
        number = "+" + number[2:]
    if not number.startswith("+") and country in _CALLING_CODES:
        code, lengths = _CALLING_CODES[country]
        if number.isdigit() and len(number.lstrip("0")) in lengths:
            number = f"+{code}{number.lstrip('0')}"
    return number if _E164.match(number) else ""


def instant(value: object) -> datetime | None:
    """Epoch seconds or an ISO 8601 time with offset; None otherwise."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
        return parsed.astimezone(UTC) if parsed.tzinfo else None
    return None


def vinculo_kind(vinculo: str) -> BondKind | None:
    """The bond kind of a gov.br "vinculo" ("Sócio", "representante legal", ...)."""
    plain = unicodedata.normalize("NFKD", vinculo).encode("ascii", "ignore").decode()
    return _VINCULOS.get("_".join(plain.lower().replace("-", " ").split()))
