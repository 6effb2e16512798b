"""The launch checklist (IMI guide §6.3.1.1): what a manager enters before submitting.

A draft may be saved at any moment with whatever is filled in, as long as what is there is
well formed; submitting needs the checklist complete. Every broken rule is reported at
once, each as an `InvalidField` carrying the field and the rule. The provider's data is
the alert's personal data (guide §6.3.4.1 note 5, §10).
"""

import enum
from dataclasses import dataclass, field, replace

from tramita_alerts.domain.errors import InvalidField, InvalidLaunch
from tramita_alerts.domain.roles import COUNTRY_CODE

ESTABLISHMENT_UNKNOWN = "UNKNOWN"
NAME_MAX, IDENTIFIER_MAX, ADDRESS_MAX = 200, 100, 500
ACTIVITY_MAX, DESCRIPTION_MAX, SUGGESTION_MAX = 200, 20_000, 500
ATTACHMENTS_MAX, ATTACHMENT_BYTES_MAX, FILENAME_MAX = 20, 20 * 1024 * 1024, 255


class Criterion(enum.StrEnum):
    """The conditions an alert must meet (Services Directive arts. 29(3) and 32(1))."""

    SERVICE_ACTIVITY = "acts_relate_to_a_service_activity"
    SERIOUS_DAMAGE = "serious_damage_to_health_safety_or_environment"
    CROSS_BORDER = "risk_may_reach_other_member_states"


@dataclass(frozen=True, slots=True)
class Provider:
    """The service provider whose activity is the risk: personal data."""

    name: str
    identifier: str = ""
    address: str = ""
    natural_person: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    """A document joined to the alert; its bytes live in object storage, not here."""

    attachment_id: str
    filename: str
    media_type: str
    size_bytes: int


@dataclass(frozen=True, slots=True)
class SuggestedAuthority:
    """An authority of a recipient country the launcher thinks should be alerted: a
    registered entity, or free text as the guide's form has it."""

    country: str
    entity_id: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class LaunchForm:
    criteria: frozenset[Criterion] = frozenset()
    provider: Provider | None = None
    service_activity: str = ""
    establishment: str = ""  # a country code, ESTABLISHMENT_UNKNOWN, or "" (not yet given)
    description: str = ""
    attachments: tuple[Attachment, ...] = ()
    recipient_countries: tuple[str, ...] = ()
    suggestions: tuple[SuggestedAuthority, ...] = field(default=())

    @property
    def establishment_country(self) -> str | None:
        """The member state of establishment when known."""
        known = self.establishment not in {"", ESTABLISHMENT_UNKNOWN}
        return self.establishment if known else None


def _too_long(name: str, value: str, limit: int) -> list[InvalidField]:
    if len(value) > limit:
        return [InvalidField(name, "max_length", f"at most {limit} characters")]
    return []


def _required(name: str, value: str) -> list[InvalidField]:
    return [] if value.strip() else [InvalidField(name, "required", "must be given")]


def _provider(provider: Provider | None, *, complete: bool) -> list[InvalidField]:
    if provider is None:
        return [InvalidField("provider", "required", "must be given")] if complete else []
    errors = _required("provider.name", provider.name) if complete else []
    errors += _too_long("provider.name", provider.name, NAME_MAX)
    errors += _too_long("provider.identifier", provider.identifier, IDENTIFIER_MAX)
    return errors + _too_long("provider.address", provider.address, ADDRESS_MAX)


def _establishment(value: str, *, complete: bool) -> list[InvalidField]:
    if not value:
        return _required("establishment", value) if complete else []
    if value == ESTABLISHMENT_UNKNOWN or COUNTRY_CODE.fullmatch(value):
        return []
    return [InvalidField("establishment", "country_or_unknown", "a country code or UNKNOWN")]


def _countries(form: LaunchForm, *, launching_country: str, complete: bool) -> list[InvalidField]:
    countries = form.recipient_countries
    errors = []
    if complete and not countries:
        errors.append(InvalidField("recipient_countries", "required", "choose one at least"))
    if any(not COUNTRY_CODE.fullmatch(country) for country in countries):
        errors.append(InvalidField("recipient_countries", "country_code", "two-letter codes"))
    if launching_country in countries:
        errors.append(
            InvalidField("recipient_countries", "not_launching_country", "other countries only")
        )
    if len(set(countries)) != len(countries):
        errors.append(InvalidField("recipient_countries", "unique", "each country once"))
    return errors


def attachment_problems(attachments: tuple[Attachment, ...]) -> list[InvalidField]:
    errors = []
    if len(attachments) > ATTACHMENTS_MAX:
        errors.append(InvalidField("attachments", "max_count", f"at most {ATTACHMENTS_MAX}"))
    if len({a.attachment_id for a in attachments}) != len(attachments):
        errors.append(InvalidField("attachments", "unique", "each attachment once"))
    for index, attachment in enumerate(attachments):
        name = f"attachments[{index}]"
        if not attachment.filename.strip() or len(attachment.filename) > FILENAME_MAX:
            errors.append(InvalidField(f"{name}.filename", "required", "a file name"))
        if not 0 < attachment.size_bytes <= ATTACHMENT_BYTES_MAX:
            errors.append(InvalidField(f"{name}.size_bytes", "size", "1 byte to 20 MiB"))
    return errors


def _suggestions(form: LaunchForm) -> list[InvalidField]:
    errors = []
    for index, suggestion in enumerate(form.suggestions):
        name = f"suggestions[{index}]"
        if suggestion.country not in form.recipient_countries:
            errors.append(InvalidField(f"{name}.country", "recipient_country", "a recipient"))
        if not (suggestion.entity_id or suggestion.name.strip()):
            errors.append(InvalidField(name, "entity_or_name", "an entity or a name"))
        errors += _too_long(f"{name}.name", suggestion.name, SUGGESTION_MAX)
    return errors


def problems(form: LaunchForm, *, launching_country: str, complete: bool) -> list[InvalidField]:
    """Every rule `form` breaks; completeness rules only when `complete` (submission)."""
    errors = []
    if complete and set(form.criteria) != set(Criterion):
        errors.append(InvalidField("criteria", "all_confirmed", "confirm every criterion"))
    errors += _provider(form.provider, complete=complete)
    if complete:
        errors += _required("service_activity", form.service_activity)
        errors += _required("description", form.description)
    errors += _too_long("service_activity", form.service_activity, ACTIVITY_MAX)
    errors += _too_long("description", form.description, DESCRIPTION_MAX)
    errors += _establishment(form.establishment, complete=complete)
    errors += _countries(form, launching_country=launching_country, complete=complete)
    return errors + attachment_problems(form.attachments) + _suggestions(form)


def check(form: LaunchForm, *, launching_country: str, complete: bool) -> LaunchForm:
    """`form` with its establishment among the recipients; InvalidLaunch lists what is wrong.

    A member state of establishment that is not a recipient is added automatically
    (PRODUCT §12); the launching country never is (its mailbox receives the alert anyway).
    """
    form = with_establishment(form, launching_country=launching_country)
    errors = problems(form, launching_country=launching_country, complete=complete)
    if errors:
        raise InvalidLaunch(tuple(errors))
    return form


def with_establishment(form: LaunchForm, *, launching_country: str) -> LaunchForm:
    """`form` whose recipients include its member state of establishment (when foreign)."""
    country = form.establishment_country
    if country is None or country == launching_country or country in form.recipient_countries:
        return form
    if not COUNTRY_CODE.fullmatch(country):
        return form
    return replace(form, recipient_countries=(*form.recipient_countries, country))
