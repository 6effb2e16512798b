"""Administrative roles (IMI guide §2.3.2, §9.1.1) and content roles per workflow (§2.4).

NIMIC and SDIMIC are roles of the whole entity (horizontal: every area and workflow by
nature); LIMIC, DIMIC and competent authority are held per legislative area. Content roles
are held per workflow and are independent of the administrative role (§2.4).
"""

import enum

from tramita_registry.domain.reference import WorkflowKind


class AdminRole(enum.StrEnum):
    NIMIC = "NIMIC"
    SDIMIC = "SDIMIC"
    LIMIC = "LIMIC"
    DIMIC = "DIMIC"
    COMPETENT_AUTHORITY = "COMPETENT_AUTHORITY"


HORIZONTAL_ROLES = frozenset({AdminRole.NIMIC, AdminRole.SDIMIC})
AREA_ROLES = frozenset({AdminRole.LIMIC, AdminRole.DIMIC, AdminRole.COMPETENT_AUTHORITY})
COORDINATOR_ROLES = frozenset(AdminRole) - {AdminRole.COMPETENT_AUTHORITY}
# "Of a higher level" (§9.1.2.2): a coordinator manages only entities below it.
LEVEL = {
    AdminRole.NIMIC: 4,
    AdminRole.SDIMIC: 3,
    AdminRole.LIMIC: 2,
    AdminRole.DIMIC: 1,
    AdminRole.COMPETENT_AUTHORITY: 0,
}
# Coordinator names carry the role, SDIMIC names the region too (§9.1.2.2).
NAME_MARKERS = {AdminRole.NIMIC: "(NIMIC)", AdminRole.SDIMIC: "(SDIMIC)"}


class ContentRole(enum.StrEnum):
    AUTHORITY_REQUESTS = "AUTHORITY_REQUESTS"
    REQUEST_COORDINATOR = "REQUEST_COORDINATOR"
    ALERT_AUTHORITY = "ALERT_AUTHORITY"
    ALERT_COORDINATOR = "ALERT_COORDINATOR"


CONTENT_ROLES = {
    WorkflowKind.REQUESTS: (ContentRole.AUTHORITY_REQUESTS, ContentRole.REQUEST_COORDINATOR),
    WorkflowKind.ALERTS: (ContentRole.ALERT_AUTHORITY, ContentRole.ALERT_COORDINATOR),
}
AUTHORITY_CONTENT_ROLES = frozenset({ContentRole.AUTHORITY_REQUESTS, ContentRole.ALERT_AUTHORITY})
COORDINATOR_CONTENT_ROLES = frozenset(
    {ContentRole.REQUEST_COORDINATOR, ContentRole.ALERT_COORDINATOR}
)


def default_content_role(kind: WorkflowKind, admin_role: AdminRole) -> ContentRole:
    """NIMIC/SDIMIC coordinate by default; everyone else starts as an authority (§9.1.3.4)."""
    authority, coordinator = CONTENT_ROLES[kind]
    return coordinator if admin_role in HORIZONTAL_ROLES else authority


def top_role(roles: list[AdminRole]) -> AdminRole:
    """The highest of an entity's roles; a competent authority when it holds none."""
    return max(roles, key=LEVEL.__getitem__, default=AdminRole.COMPETENT_AUTHORITY)
