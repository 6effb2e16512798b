"""An authority's general data (IMI guide §4.1.1, §4.1.2), validated field by field."""

import re
from dataclasses import dataclass

from tramita_registry.domain.contact import is_email, is_language_tag
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.reference import NACE_CODES, POLICY_AREA_CODES
from tramita_registry.domain.roles import NAME_MARKERS, AdminRole

NAME_MAX = 250
TITLE_MAX = 250
DESCRIPTION_MAX = 4000
SHORT_MAX = 500
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class LocalizedText:
    pt: str = ""
    en: str = ""


@dataclass(frozen=True, slots=True)
class Contacts:
    email: str
    language: str = "en"
    address: str = ""
    phone: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class Competences:
    """NACE sections/divisions and policy areas, or competence in everything (horizontal)."""

    general_horizontal: bool = False
    nace: tuple[str, ...] = ()
    policy_areas: tuple[str, ...] = ()


HORIZONTAL = Competences(general_horizontal=True)


@dataclass(frozen=True, slots=True)
class Profile:
    official_name: str
    informal_title: LocalizedText
    description: str
    languages: tuple[str, ...]
    contacts: Contacts
    competences: Competences


def clean_text(value: str, *, field: str, limit: int, required: bool = False) -> str:
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise InvalidField(field, "required", f"{field} is required")
    if len(cleaned) > limit:
        raise InvalidField(field, "max_length", f"{field} has at most {limit} characters")
    return cleaned


def official_name(name: str, *, role: AdminRole | None, region: str) -> str:
    """The official name; a NIMIC's carries "(NIMIC)", an SDIMIC's "(SDIMIC)" and its region."""
    cleaned = clean_text(name, field="official_name", limit=NAME_MAX, required=True)
    marker = NAME_MARKERS.get(role) if role else None
    if marker and marker not in cleaned:
        raise InvalidField("official_name", "coordinator_marker", f"the name must contain {marker}")
    if role is AdminRole.SDIMIC and region.casefold() not in cleaned.casefold():
        raise InvalidField(
            "official_name", "sdimic_region", "an SDIMIC's name must name its region"
        )
    return cleaned


def description(value: str) -> str:
    text = value.strip()
    if len(text) > DESCRIPTION_MAX:
        raise InvalidField(
            "description", "max_length", f"description has at most {DESCRIPTION_MAX} characters"
        )
    return text


def country_code(value: str) -> str:
    code = value.strip().upper()
    if not _COUNTRY.match(code):
        raise InvalidField("country", "iso_3166_alpha2", "country must be like PT or DE")
    return code


def languages(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(v.strip() for v in values if v.strip()))
    for value in cleaned:
        if not is_language_tag(value):
            raise InvalidField("languages", "language_tag", f"{value} is not a language tag")
    if not cleaned:
        raise InvalidField("languages", "required", "name at least one language understood")
    return cleaned


def contacts(value: Contacts) -> Contacts:
    """The contact e-mail is required: most automatic mail of the system goes there."""
    email = value.email.strip()
    if not email:
        raise InvalidField("contacts.email", "required", "a contact e-mail is required")
    if not is_email(email):
        raise InvalidField("contacts.email", "email", "contact e-mail like name@example.org")
    language = value.language.strip() or "en"
    if not is_language_tag(language):
        raise InvalidField("contacts.language", "language_tag", "language like pt-PT or en")
    return Contacts(
        email=email,
        language=language,
        address=clean_text(value.address, field="contacts.address", limit=SHORT_MAX),
        phone=clean_text(value.phone, field="contacts.phone", limit=40),
        website=clean_text(value.website, field="contacts.website", limit=SHORT_MAX),
    )


def competences(value: Competences) -> Competences:
    nace = tuple(dict.fromkeys(code.strip().upper() for code in value.nace))
    policy = tuple(dict.fromkeys(code.strip().lower() for code in value.policy_areas))
    for code in nace:
        if code not in NACE_CODES:
            raise InvalidField("competences.nace", "nace_code", f"{code} is no NACE Rev. 2 code")
    for code in policy:
        if code not in POLICY_AREA_CODES:
            raise InvalidField("competences.policy_areas", "policy_area", f"{code} is unknown")
    if value.general_horizontal:
        return HORIZONTAL
    if not nace and not policy:
        raise InvalidField(
            "competences", "required", "choose NACE or policy areas, or general competence"
        )
    return Competences(False, nace, policy)


def profile(value: Profile, *, role: AdminRole | None, region: str) -> Profile:
    """A validated profile; NIMIC and SDIMIC always have general horizontal competence."""
    title = value.informal_title
    return Profile(
        official_name=official_name(value.official_name, role=role, region=region),
        informal_title=LocalizedText(
            pt=clean_text(title.pt, field="informal_title.pt", limit=TITLE_MAX),
            en=clean_text(title.en, field="informal_title.en", limit=TITLE_MAX),
        ),
        description=description(value.description),
        languages=languages(value.languages),
        contacts=contacts(value.contacts),
        competences=HORIZONTAL if role else competences(value.competences),
    )
