"""The competent-authority aggregate: general data, entity status, area/workflow access.

An entity and its accesses are one aggregate because their statuses constrain each other
(§9.1.5): an entity is suspended only once every access is, an area only once its
workflows are. Changes to accesses, roles and flags live in `access_changes`.
"""

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime

from tramita_registry.domain import profile as profile_rules
from tramita_registry.domain import reference
from tramita_registry.domain.access import AreaAccess, AreaGrant, build_area, horizontal_grants
from tramita_registry.domain.access_changes import AccessChanges
from tramita_registry.domain.errors import Forbidden, InvalidField
from tramita_registry.domain.events import (
    AuthorityDetailsChanged,
    AuthorityEvent,
    AuthorityRegistered,
    AuthorityValidated,
    EntityContactChanged,
    EntityStatusChanged,
)
from tramita_registry.domain.periods import six_months_after
from tramita_registry.domain.profile import Profile
from tramita_registry.domain.roles import COORDINATOR_CONTENT_ROLES, AdminRole, top_role
from tramita_registry.domain.statuses import (
    ENTITY_TRANSITIONS,
    SUSPENDED_OR_DELETED,
    AccessAction,
    AccessStatus,
    EntityAction,
    EntityStatus,
    Precondition,
    transition,
)

REGION_MAX = 120


@dataclass(slots=True)
class Authority(AccessChanges):
    """A competent authority or coordinator registered in the registry."""

    entity_id: str
    profile: Profile
    country: str
    region: str
    horizontal_role: AdminRole | None
    status: EntityStatus
    validating_coordinator_id: str
    areas: dict[str, AreaAccess]
    registered_at: datetime
    status_changed_at: datetime
    registered_by: str = ""
    reference_version: str = reference.VERSION
    version: int = 1
    events: list[AuthorityEvent] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def register(
        cls,
        *,
        entity_id: str,
        profile: Profile,
        country: str,
        region: str,
        horizontal_role: AdminRole | None,
        areas: tuple[AreaGrant, ...],
        coordinator_id: str,
        registered_by: str,
        now: datetime,
        self_registered: bool = False,
    ) -> "Authority":
        """A new entity: active when a coordinator registers it, else awaiting validation."""
        clean_region = profile_rules.clean_text(
            region, field="region", limit=REGION_MAX, required=horizontal_role is AdminRole.SDIMIC
        )
        status = EntityStatus.REGISTRATION_REQUESTED if self_registered else EntityStatus.ACTIVE
        authority = cls(
            entity_id=entity_id,
            profile=profile_rules.profile(profile, role=horizontal_role, region=clean_region),
            country=profile_rules.country_code(country),
            region=clean_region,
            horizontal_role=horizontal_role,
            status=status,
            validating_coordinator_id=coordinator_id,
            areas={},
            registered_at=now,
            status_changed_at=now,
            registered_by=registered_by,
        )
        authority._add_areas(areas, coordinator_id, requested=self_registered)
        authority._record_registration()
        return authority

    def _add_areas(self, grants: tuple[AreaGrant, ...], coordinator: str, *, requested: bool):
        status = AccessStatus.REQUESTED if requested else AccessStatus.ACTIVE
        if self.horizontal_role:
            grants = horizontal_grants(grants, self.horizontal_role)
        if not grants:
            raise InvalidField("areas", "required", "grant at least one legislative area")
        for index, grant in enumerate(grants):
            name = f"areas[{index}]"
            if grant.area in self.areas:
                raise InvalidField(f"{name}.area", "unique", f"{grant.area} is given twice")
            access = build_area(
                grant,
                horizontal=self.horizontal_role,
                status=status,
                coordinator=coordinator,
                field_name=name,
            )
            for code, workflow in access.workflows.items():
                if not requested and not workflow.has_privileged_coordinator:
                    raise InvalidField(
                        f"{name}.workflows.{code}.privileged_coordinator_ids",
                        "required",
                        "an authority needs at least one privileged coordinator",
                    )
            self.areas[access.area] = access

    def _record_registration(self) -> None:
        contacts = self.profile.contacts
        self.events.append(
            AuthorityRegistered(
                self.entity_id,
                self.profile.official_name,
                self.country,
                self.region,
                self.status.value,
                self.horizontal_role.value if self.horizontal_role else "",
                self.validating_coordinator_id,
                self.registered_by,
                contacts.email,
                contacts.language,
            )
        )

    # -- what the entity is ------------------------------------------------------------

    def role_in(self, area: str) -> AdminRole | None:
        """The administrative role the entity exercises in `area` (needs active access; a
        NIMIC/SDIMIC holds every area by nature unless that access is suspended or deleted)."""
        access = self.areas.get(area)
        if self.horizontal_role and access is None:
            return self.horizontal_role
        return access.role if access and access.status is AccessStatus.ACTIVE else None

    @property
    def top_role(self) -> AdminRole:
        if self.horizontal_role:
            return self.horizontal_role
        return top_role([access.role for access in self.areas.values()])

    def coordinates(self, workflow: str, *, country: str) -> bool:
        """Whether it can be a privileged coordinator in `workflow` for `country` (§4.1.3.3)."""
        area = self.areas.get(reference.WORKFLOWS_BY_CODE[workflow].area)
        access = area.workflows.get(workflow) if area else None
        return (
            self.country == country
            and self.status is EntityStatus.ACTIVE
            and access is not None
            and access.status is AccessStatus.ACTIVE
            and access.content_role in COORDINATOR_CONTENT_ROLES
        )

    def scope_limics(self, scope: str) -> list[str]:
        """Give each new LIMIC area its scope (one LIMIC per area there); their area codes."""
        limic_areas = []
        for access in self.areas.values():
            if access.role is AdminRole.LIMIC:
                access.limic_scope = access.limic_scope or scope
                limic_areas.append(access.area)
            else:
                access.limic_scope = ""
        return limic_areas

    # -- general data ------------------------------------------------------------------

    def update_profile(self, new: Profile, *, by_validating_coordinator: bool) -> tuple[str, ...]:
        """Replace the general data; only the validating coordinator renames (§4.1.1)."""
        validated = profile_rules.profile(new, role=self.horizontal_role, region=self.region)
        old = self.profile
        if validated.official_name != old.official_name and not by_validating_coordinator:
            raise Forbidden("change the official name", "OFFICIAL_NAME_BY_VALIDATING_COORDINATOR")
        changed = tuple(
            f.name
            for f in dataclasses.fields(Profile)
            if getattr(old, f.name) != getattr(validated, f.name)
        )
        if not changed:
            return ()
        self.profile = validated
        self.events.append(AuthorityDetailsChanged(self.entity_id, changed))
        new_contacts = validated.contacts
        if (new_contacts.email, new_contacts.language) != (
            old.contacts.email,
            old.contacts.language,
        ):
            self.events.append(
                EntityContactChanged(self.entity_id, new_contacts.email, new_contacts.language)
            )
        return changed

    # -- entity status (§9.1.5.1) ------------------------------------------------------

    def change_status(self, action: EntityAction, *, now: datetime, cases_closed: bool = True):
        facts = self._entity_facts(now=now, cases_closed=cases_closed)
        old = self.status
        target = transition(
            ENTITY_TRANSITIONS, subject="entity", action=action, source=old, facts=facts
        )
        assert target is not None
        self.status = target
        self.status_changed_at = now
        self.events.append(EntityStatusChanged(self.entity_id, action.value, old, target))
        if action is EntityAction.VALIDATE:
            self._grant_requested()
            self.events.append(AuthorityValidated(self.entity_id, self.validating_coordinator_id))

    def _entity_facts(self, *, now: datetime, cases_closed: bool) -> dict[Precondition, bool]:
        statuses = [
            status
            for area in self.areas.values()
            for status in (area.status, *(w.status for w in area.workflows.values()))
        ]
        workflows = [w for area in self.areas.values() for w in area.workflows.values()]
        return {
            Precondition.ALL_ACCESS_SUSPENDED_OR_DELETED: all(
                s in SUSPENDED_OR_DELETED for s in statuses
            ),
            Precondition.ALL_ACCESS_DELETED: all(s is AccessStatus.DELETED for s in statuses),
            Precondition.CASES_CLOSED: cases_closed,
            Precondition.WITHIN_SIX_MONTHS: now < six_months_after(self.status_changed_at),
            Precondition.PRIVILEGED_COORDINATOR_SET: all(
                w.has_privileged_coordinator for w in workflows
            ),
        }

    def _grant_requested(self) -> None:
        """Validation gives the accesses asked for at self-registration (§9.1.3.4)."""
        for area in list(self.areas.values()):
            if area.status is AccessStatus.REQUESTED:
                self.change_area(AccessAction.GRANT, area.area)
            for workflow in list(area.workflows.values()):
                if workflow.status is AccessStatus.REQUESTED:
                    self.change_workflow(AccessAction.GRANT, workflow.workflow)
