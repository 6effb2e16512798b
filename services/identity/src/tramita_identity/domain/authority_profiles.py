"""User profiles in authorities (PRODUCT §3.7, §12; 003 §2.5, §4.2, §5.2.2, §6.2.3).

A grant is (workflow, profile): the workflow is "<area>/<kind>" (e.g.
"services-directive/requests") for workflow profiles, the legislative area for the data
administrator (coordinators, per area), and "" for the entity-wide profiles. The names
are the ones notifications looks up (its domain/profiles.py).
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from tramita_identity.domain.errors import IdentityError
from tramita_identity.domain.events import ProfileGrant
from tramita_identity.domain.field_rules import Violations

LOCAL_DATA_ADMINISTRATOR = "local-data-administrator"
DATA_ADMINISTRATOR = "data-administrator"
BASIC_USER = "basic-user"
REQUEST_HANDLER = "request-handler"
REQUEST_VIEWER = "request-viewer"
REQUEST_ALLOCATOR = "request-allocator"
SUPERVISOR = "supervisor"
ALERT_VIEWER = "alert-viewer"
ALERT_MANAGER = "alert-manager"
ALERT_BROADCASTER = "alert-broadcaster"

REQUESTS, ALERTS = "requests", "alerts"
ENTITY_WIDE = frozenset({LOCAL_DATA_ADMINISTRATOR, BASIC_USER})
WORKFLOW_PROFILES = {
    REQUESTS: (REQUEST_HANDLER, REQUEST_VIEWER, REQUEST_ALLOCATOR, SUPERVISOR),
    ALERTS: (ALERT_VIEWER, ALERT_MANAGER, ALERT_BROADCASTER),
}
# Profiles only a coordinator of the workflow may hold.
COORDINATOR_ONLY = frozenset({SUPERVISOR, ALERT_BROADCASTER})
ALL_PROFILES = frozenset(
    {*ENTITY_WIDE, DATA_ADMINISTRATOR, *(p for ps in WORKFLOW_PROFILES.values() for p in ps)}
)


@dataclass(frozen=True, slots=True)
class EntityWorkflow:
    """A workflow the entity has access to; `coordinator`: request or alert coordinator."""

    code: str
    coordinator: bool = False

    @property
    def kind(self) -> str:
        return self.code.rpartition("/")[2]


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """What identity needs to know about an entity (the registry owns it)."""

    entity_id: str
    name: str
    workflows: tuple[EntityWorkflow, ...] = ()
    # Legislative areas where the entity is a coordinator (NIMIC, SDIMIC, LIMIC, DIMIC).
    coordinated_areas: frozenset[str] = frozenset()
    # Entities coordinating this one (its validating and access coordinators).
    coordinator_ids: frozenset[str] = frozenset()

    def workflow(self, code: str) -> EntityWorkflow | None:
        return next((w for w in self.workflows if w.code == code), None)


class LastHolder(IdentityError):
    """A change would leave the entity without a profile it must keep (PRODUCT §12)."""

    def __init__(self, grant: ProfileGrant) -> None:
        where = f" in {grant.workflow}" if grant.workflow else ""
        super().__init__(f"the entity must keep at least one {grant.profile}{where}")
        self.grant = grant


def workflow_profiles(workflow: EntityWorkflow) -> tuple[str, ...]:
    """Every profile the entity's users may hold in `workflow`."""
    return tuple(
        p
        for p in WORKFLOW_PROFILES.get(workflow.kind, ())
        if workflow.coordinator or p not in COORDINATOR_ONLY
    )


def first_user_profiles(entity: EntityInfo) -> frozenset[ProfileGrant]:
    """The first user of an entity holds every profile of its workflows, the local data
    administrator's and, for a coordinator, the data administrator's (003 §4.2)."""
    grants = {ProfileGrant("", LOCAL_DATA_ADMINISTRATOR), ProfileGrant("", BASIC_USER)}
    grants |= {ProfileGrant(w.code, p) for w in entity.workflows for p in workflow_profiles(w)}
    grants |= {ProfileGrant(area, DATA_ADMINISTRATOR) for area in entity.coordinated_areas}
    return frozenset(grants)


def read_profiles(
    requested: Iterable[ProfileGrant], entity: EntityInfo, *, field: str = "profiles"
) -> frozenset[ProfileGrant]:
    """Check each grant against the entity, then complete the set: everyone is a basic
    user; a local data administrator also allocates requests and, with the alerts
    workflow, holds every alert profile (PRODUCT §12)."""
    rules = Violations()
    grants: set[ProfileGrant] = set()
    for index, grant in enumerate(requested):
        grant = ProfileGrant(grant.workflow.strip(), grant.profile.strip())
        problem = _problem(grant, entity)
        if problem:
            rules.add(f"{field}[{index}]", problem[0], problem[1])
        else:
            grants.add(grant)
    rules.raise_any()
    grants.add(ProfileGrant("", BASIC_USER))
    if ProfileGrant("", LOCAL_DATA_ADMINISTRATOR) in grants:
        for workflow in entity.workflows:
            if workflow.kind == REQUESTS:
                grants.add(ProfileGrant(workflow.code, REQUEST_ALLOCATOR))
            elif workflow.kind == ALERTS:
                grants |= {ProfileGrant(workflow.code, p) for p in workflow_profiles(workflow)}
    return frozenset(grants)


def _problem(grant: ProfileGrant, entity: EntityInfo) -> tuple[str, str] | None:
    profile, code = grant.profile, grant.workflow
    if profile not in ALL_PROFILES:
        return "profile", f"unknown profile {profile!r}"
    if profile in ENTITY_WIDE:
        return None if not code else ("workflow", f"{profile} is held for the whole entity")
    if profile == DATA_ADMINISTRATOR:
        if code in entity.coordinated_areas:
            return None
        return "coordinator", "data administrators belong to coordinators, per legislative area"
    workflow = entity.workflow(code)
    if workflow is None or profile not in WORKFLOW_PROFILES.get(workflow.kind, ()):
        return "workflow", f"the entity has no workflow {code!r} with the {profile} profile"
    if profile in COORDINATOR_ONLY and not workflow.coordinator:
        return "coordinator", f"only coordinators of {code} have the {profile} profile"
    return None


def required_profiles(entity: EntityInfo) -> frozenset[ProfileGrant]:
    """Profiles at least one active user must keep (PRODUCT §12 minimum profiles; the
    allocator is always kept by the local data administrators, who hold it)."""
    grants = {ProfileGrant("", LOCAL_DATA_ADMINISTRATOR)}
    for workflow in entity.workflows:
        if workflow.kind == REQUESTS:
            grants.add(ProfileGrant(workflow.code, REQUEST_HANDLER))
            if workflow.coordinator:
                grants.add(ProfileGrant(workflow.code, SUPERVISOR))
    grants |= {ProfileGrant(area, DATA_ADMINISTRATOR) for area in entity.coordinated_areas}
    return frozenset(grants)


def check_minimums(
    entity: EntityInfo, before: Counter[ProfileGrant], after: Counter[ProfileGrant]
) -> None:
    """Refuse a change that leaves none of a required profile where there was one."""
    for grant in sorted(required_profiles(entity), key=lambda g: (g.workflow, g.profile)):
        if before[grant] > 0 and after[grant] == 0:
            raise LastHolder(grant)
