"""An entity's access to legislative areas and their workflows, and how grants build them."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from tramita_registry.domain import flags as flag_rules
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.reference import (
    AREAS_BY_CODE,
    LEGISLATIVE_AREAS,
    WORKFLOWS_BY_CODE,
    LegislativeArea,
    WorkflowKind,
)
from tramita_registry.domain.roles import (
    AREA_ROLES,
    AUTHORITY_CONTENT_ROLES,
    CONTENT_ROLES,
    HORIZONTAL_ROLES,
    AdminRole,
    ContentRole,
    default_content_role,
)
from tramita_registry.domain.statuses import AccessStatus


@dataclass(frozen=True, slots=True)
class WorkflowGrant:
    """What a coordinator (or the entity, when requesting) chooses for one workflow."""

    workflow: str
    content_role: ContentRole | None = None
    alert_mailbox: bool = False
    flags: Mapping[str, bool] = field(default_factory=dict)
    privileged_coordinator_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AreaGrant:
    area: str
    role: AdminRole = AdminRole.COMPETENT_AUTHORITY
    keywords: tuple[str, ...] = ()
    workflows: tuple[WorkflowGrant, ...] = ()


@dataclass(slots=True)
class WorkflowAccess:
    workflow: str
    content_role: ContentRole
    status: AccessStatus
    flags: dict[str, bool]
    privileged_coordinator_ids: tuple[str, ...] = ()
    alert_mailbox: bool = False

    @property
    def kind(self) -> WorkflowKind:
        return WORKFLOWS_BY_CODE[self.workflow].kind

    @property
    def has_privileged_coordinator(self) -> bool:
        """An "authority" content role needs at least one (§9.1.2.2, §9.1.4.1)."""
        return self.content_role not in AUTHORITY_CONTENT_ROLES or bool(
            self.privileged_coordinator_ids
        )


@dataclass(slots=True)
class AreaAccess:
    area: str
    role: AdminRole
    status: AccessStatus
    access_coordinator_id: str
    keywords: tuple[str, ...]
    workflows: dict[str, WorkflowAccess] = field(default_factory=dict)
    # Where this entity is "the" LIMIC of the area: a country, or a country/region when an
    # SDIMIC designated it (§9.1.1 note 6); empty for other roles.
    limic_scope: str = ""


def legislative_area(code: str, *, field_name: str) -> LegislativeArea:
    area = AREAS_BY_CODE.get(code)
    if area is None:
        raise InvalidField(field_name, "legislative_area", f"no legislative area {code!r}")
    return area


def workflow_in(area: LegislativeArea, code: str, *, field_name: str) -> WorkflowKind:
    for workflow in area.workflows:
        if workflow.code == code:
            return workflow.kind
    raise InvalidField(field_name, "workflow", f"{area.code} has no workflow {code!r}")


def content_role(
    kind: WorkflowKind, chosen: ContentRole | None, admin_role: AdminRole, *, field_name: str
) -> ContentRole:
    role = chosen or default_content_role(kind, admin_role)
    if role not in CONTENT_ROLES[kind]:
        raise InvalidField(field_name, "content_role", f"{role} is not a role of {kind}")
    return role


def mailbox(role: ContentRole, wanted: bool, *, field_name: str) -> bool:
    if wanted and role is not ContentRole.ALERT_COORDINATOR:
        raise InvalidField(field_name, "mailbox", "only an alert coordinator can be the mailbox")
    return wanted


def keywords(area: LegislativeArea, chosen: tuple[str, ...], *, horizontal: bool, field_name: str):
    """At least one of the area's keywords; NIMIC/SDIMIC hold all of them, fixed (§4.1.3.1)."""
    if horizontal:
        return area.keywords
    cleaned = tuple(dict.fromkeys(k.strip() for k in chosen if k.strip()))
    if not cleaned:
        raise InvalidField(field_name, "required", "choose at least one keyword of the area")
    for keyword in cleaned:
        if keyword not in area.keywords:
            raise InvalidField(field_name, "keyword", f"{keyword!r} is no keyword of {area.code}")
    return cleaned


def build_workflow(
    area: LegislativeArea,
    grant: WorkflowGrant,
    *,
    admin_role: AdminRole,
    status: AccessStatus,
    field_name: str,
) -> WorkflowAccess:
    kind = workflow_in(area, grant.workflow, field_name=f"{field_name}.workflow")
    role = content_role(kind, grant.content_role, admin_role, field_name=f"{field_name}.role")
    return WorkflowAccess(
        workflow=grant.workflow,
        content_role=role,
        status=status,
        flags=flag_rules.initial_flags(kind, role, grant.flags, field=f"{field_name}.flags"),
        privileged_coordinator_ids=tuple(dict.fromkeys(grant.privileged_coordinator_ids)),
        alert_mailbox=mailbox(role, grant.alert_mailbox, field_name=f"{field_name}.mailbox"),
    )


def build_area(
    grant: AreaGrant,
    *,
    horizontal: AdminRole | None,
    status: AccessStatus,
    coordinator: str,
    field_name: str,
) -> AreaAccess:
    """One area access with its workflows (at least one, §9.1.5.2), all in `status`."""
    area = legislative_area(grant.area, field_name=f"{field_name}.area")
    role = horizontal or grant.role
    if horizontal is None and role not in AREA_ROLES:
        raise InvalidField(f"{field_name}.role", "area_role", "LIMIC, DIMIC or authority")
    grants = _complete(area, grant.workflows, field_name) if horizontal else grant.workflows
    if not grants:
        raise InvalidField(f"{field_name}.workflows", "required", "grant at least one workflow")
    workflows = {}
    for index, wanted in enumerate(grants):
        workflow = build_workflow(
            area,
            wanted,
            admin_role=role,
            status=status,
            field_name=f"{field_name}.workflows[{index}]",
        )
        workflows[workflow.workflow] = workflow
    kept = keywords(
        area, grant.keywords, horizontal=horizontal is not None, field_name=f"{field_name}.keywords"
    )
    return AreaAccess(area.code, role, status, coordinator, kept, workflows)


def _complete(
    area: LegislativeArea, given: tuple[WorkflowGrant, ...], field_name: str
) -> tuple[WorkflowGrant, ...]:
    """Every workflow of the area, as given where given, else with the defaults."""
    by_code = {grant.workflow: grant for grant in given}
    for code in by_code:
        workflow_in(area, code, field_name=f"{field_name}.workflows")
    return tuple(by_code.get(w.code, WorkflowGrant(w.code)) for w in area.workflows)


def horizontal_grants(grants: tuple[AreaGrant, ...], role: AdminRole) -> tuple[AreaGrant, ...]:
    """A NIMIC/SDIMIC has every area by nature; the grants given only tune the workflows."""
    assert role in HORIZONTAL_ROLES
    by_area = {grant.area: grant for grant in grants}
    for code in by_area:
        legislative_area(code, field_name="areas.area")
    return tuple(by_area.get(area.code, AreaGrant(area.code, role)) for area in LEGISLATIVE_AREAS)
