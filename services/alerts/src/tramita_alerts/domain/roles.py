"""Entity roles and user profiles of the alert workflow (IMI guide §6.2).

An entity with access to the alert workflow is an alert authority or an alert coordinator
(§6.2.1); at least one coordinator per country is an incoming-alerts mailbox (§6.2.1.3);
a coordinator may reserve the "final authorisation" of the alerts it sends (§6.2.2).
Users hold one or more profiles (§6.2.3): viewer, manager, broadcaster (coordinators
only). The Commission receives every sent alert but never its personal data (§6.3.4.1
note 5) and acts on none. Values are the names the registry and identity publish.
"""

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from tramita_alerts.domain.errors import InvalidField

COUNTRY_CODE = re.compile(r"[A-Z]{2}")


class EntityRole(enum.StrEnum):
    ALERT_AUTHORITY = "ALERT_AUTHORITY"
    ALERT_COORDINATOR = "ALERT_COORDINATOR"


class Profile(enum.StrEnum):
    VIEWER = "alert-viewer"
    MANAGER = "alert-manager"
    BROADCASTER = "alert-broadcaster"


def check_country(value: str, *, field_name: str) -> str:
    """A two-letter upper-case country code (ISO 3166-1, "EL" for Greece as the EU writes)."""
    if not COUNTRY_CODE.fullmatch(value):
        raise InvalidField(field_name, "country_code", f"{value!r} is not a two-letter code")
    return value


@dataclass(frozen=True, slots=True)
class AlertEntity:
    """An entity as the alert workflow sees it: role, flags and privileged coordinators."""

    entity_id: str
    country: str
    role: EntityRole
    mailbox: bool = False
    final_authorisation: bool = False
    privileged_coordinator_ids: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        check_country(self.country, field_name="country")
        coordinator = self.role is EntityRole.ALERT_COORDINATOR
        if self.mailbox and not coordinator:
            raise InvalidField("mailbox", "coordinator_only", "only a coordinator is a mailbox")
        if self.final_authorisation and not coordinator:
            raise InvalidField(
                "final_authorisation", "coordinator_only", "only a coordinator holds it"
            )

    @property
    def is_coordinator(self) -> bool:
        return self.role is EntityRole.ALERT_COORDINATOR

    def may_submit_to(self, coordinator: "AlertEntity") -> bool:
        """A coordinator with privileged access to this entity, or the entity itself when it
        coordinates (a coordinator launches and sends its own alerts, §6.2.1.2)."""
        if not coordinator.is_coordinator or coordinator.country != self.country:
            return False
        if coordinator.entity_id == self.entity_id:
            return True
        return coordinator.entity_id in self.privileged_coordinator_ids


@dataclass(frozen=True, slots=True)
class Actor:
    """The person acting, with the entity they act for and their alert profiles there."""

    person_id: str
    entity: AlertEntity | None
    profiles: frozenset[Profile] = field(default_factory=frozenset)
    commission: bool = False

    def __post_init__(self) -> None:
        if self.commission == (self.entity is not None):
            raise InvalidField("entity", "commission_xor_entity", "Commission or one entity")
        if Profile.BROADCASTER in self.profiles and not (
            self.entity is not None and self.entity.is_coordinator
        ):
            raise InvalidField(
                "profiles", "broadcaster_in_coordinator", "broadcasters exist only in coordinators"
            )

    def holds(self, profile: Profile, entity_id: str | None = None) -> bool:
        """Holds `profile`, acting for `entity_id` when one is given."""
        if self.entity is None or profile not in self.profiles:
            return False
        return entity_id is None or self.entity.entity_id == entity_id

    @property
    def entity_id(self) -> str:
        return self.entity.entity_id if self.entity else ""

    @property
    def country(self) -> str:
        return self.entity.country if self.entity else ""


def commission(person_id: str) -> Actor:
    """A member of the Commission's staff: receives alerts, sees no personal data."""
    return Actor(person_id=person_id, entity=None, commission=True)


def countries_without_mailbox(
    countries: Iterable[str], mailboxes: Mapping[str, Iterable[str]]
) -> tuple[str, ...]:
    """The countries among `countries` with no incoming-alerts mailbox (§6.2.1: one at least)."""
    return tuple(sorted(c for c in set(countries) if not tuple(mailboxes.get(c, ()))))
