"""An entity's contact mailbox and the language its mail is written in."""

import re
from dataclasses import dataclass

from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.tax_ids import TaxIdScheme

EMAIL_MAX_LENGTH = 254
# One "@", no spaces, a dot in the domain: strict enough to catch typing mistakes; the
# mailbox is proven only by mail reaching it.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# BCP 47 as used here: a 2 or 3 letter language with an optional region or script.
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
_DEFAULT_LANGUAGE = {TaxIdScheme.NIPC: "pt-PT", TaxIdScheme.CNPJ: "pt-BR"}


@dataclass(frozen=True, slots=True)
class ContactPoint:
    email: str
    language: str


NO_CONTACT = ContactPoint("", "en")


def contact_point(*, email: str, language: str, scheme: TaxIdScheme) -> ContactPoint:
    """Validate an optional contact mailbox and language; the language defaults by country."""
    clean_email = email.strip()
    if len(clean_email) > EMAIL_MAX_LENGTH:
        raise InvalidField(
            "contact_email",
            "max_length",
            f"contact_email has at most {EMAIL_MAX_LENGTH} characters",
        )
    if clean_email and not _EMAIL.match(clean_email):
        raise InvalidField(
            "contact_email", "email", "contact_email must be an address like name@example.org"
        )
    clean_language = language.strip() or _DEFAULT_LANGUAGE.get(scheme, "en")
    if not _LANGUAGE.match(clean_language):
        raise InvalidField(
            "preferred_language",
            "language_tag",
            "preferred_language must be a language tag like pt-PT or en",
        )
    return ContactPoint(clean_email, clean_language)


def is_email(value: str) -> bool:
    return len(value) <= EMAIL_MAX_LENGTH and bool(_EMAIL.match(value))


def is_language_tag(value: str) -> bool:
    return bool(_LANGUAGE.match(value))
