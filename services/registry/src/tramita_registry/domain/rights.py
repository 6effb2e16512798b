"""Who may do what: the table of IMI guide §9.1.1, row by row, as data.

The seed's table lost its tick marks in text extraction; the rows below follow its text
(§2.3.2, §9.1.1 and PRODUCT §4.1/§12): NIMIC all; SDIMIC all but SDIMIC (and one LIMIC
per area in its region, footnote *); LIMIC DIMIC and competent authorities of its area;
DIMIC competent authorities. Footnote ** marks the three alert rows for a LIMIC: only when
its area is Services. A DIMIC has no alert row (no footnote would cover it otherwise).
A platform administrator registers a country's NIMIC (the Commission's role, §2.3.3).
"""

import enum

from tramita_registry.domain.reference import SERVICES_DIRECTIVE
from tramita_registry.domain.roles import AdminRole, ContentRole


class Right(enum.StrEnum):
    REGISTER_SDIMIC = "register_validate_sdimic"
    REGISTER_LIMIC = "register_validate_limic"
    REGISTER_DIMIC = "register_validate_dimic"
    REGISTER_AC = "register_validate_competent_authority"
    MANAGE_SDIMIC_ACCESS = "manage_sdimic_access"
    MANAGE_LIMIC_ACCESS = "manage_limic_access"
    MANAGE_DIMIC_ACCESS = "manage_dimic_access"
    MANAGE_AC_ACCESS = "manage_competent_authority_access"
    ASSIGN_AUTHORITY_REQUESTS = "assign_authority_requests"
    ASSIGN_REQUEST_COORDINATOR = "assign_request_coordinator"
    ASSIGN_ALERT_AUTHORITY = "assign_alert_authority"
    ASSIGN_ALERT_COORDINATOR = "assign_alert_coordinator"
    DESIGNATE_ALERT_MAILBOX = "designate_incoming_alerts_mailbox"


N, S, L, D = AdminRole.NIMIC, AdminRole.SDIMIC, AdminRole.LIMIC, AdminRole.DIMIC

# fmt: off
RIGHTS: dict[Right, frozenset[AdminRole]] = {
    Right.REGISTER_SDIMIC:            frozenset({N}),
    Right.REGISTER_LIMIC:             frozenset({N, S}),
    Right.REGISTER_DIMIC:             frozenset({N, S, L}),
    Right.REGISTER_AC:                frozenset({N, S, L, D}),
    Right.MANAGE_SDIMIC_ACCESS:       frozenset({N}),
    Right.MANAGE_LIMIC_ACCESS:        frozenset({N, S}),
    Right.MANAGE_DIMIC_ACCESS:        frozenset({N, S, L}),
    Right.MANAGE_AC_ACCESS:           frozenset({N, S, L, D}),
    Right.ASSIGN_AUTHORITY_REQUESTS:  frozenset({N, S, L, D}),
    Right.ASSIGN_REQUEST_COORDINATOR: frozenset({N, S, L, D}),
    Right.ASSIGN_ALERT_AUTHORITY:     frozenset({N, S, L}),
    Right.ASSIGN_ALERT_COORDINATOR:   frozenset({N, S, L}),
    Right.DESIGNATE_ALERT_MAILBOX:    frozenset({N, S, L}),
}
# fmt: on

# (**) A LIMIC holds these only when it is the LIMIC of the Services area.
LIMIC_SERVICES_ONLY = frozenset(
    {Right.ASSIGN_ALERT_AUTHORITY, Right.ASSIGN_ALERT_COORDINATOR, Right.DESIGNATE_ALERT_MAILBOX}
)

REGISTER_RIGHT = {
    AdminRole.SDIMIC: Right.REGISTER_SDIMIC,
    AdminRole.LIMIC: Right.REGISTER_LIMIC,
    AdminRole.DIMIC: Right.REGISTER_DIMIC,
    AdminRole.COMPETENT_AUTHORITY: Right.REGISTER_AC,
}
MANAGE_ACCESS_RIGHT = {
    AdminRole.SDIMIC: Right.MANAGE_SDIMIC_ACCESS,
    AdminRole.LIMIC: Right.MANAGE_LIMIC_ACCESS,
    AdminRole.DIMIC: Right.MANAGE_DIMIC_ACCESS,
    AdminRole.COMPETENT_AUTHORITY: Right.MANAGE_AC_ACCESS,
}
ASSIGN_RIGHT = {
    ContentRole.AUTHORITY_REQUESTS: Right.ASSIGN_AUTHORITY_REQUESTS,
    ContentRole.REQUEST_COORDINATOR: Right.ASSIGN_REQUEST_COORDINATOR,
    ContentRole.ALERT_AUTHORITY: Right.ASSIGN_ALERT_AUTHORITY,
    ContentRole.ALERT_COORDINATOR: Right.ASSIGN_ALERT_COORDINATOR,
}


def holds(right: Right, role: AdminRole | None, *, area: str) -> bool:
    """Whether an entity with `role` in `area` holds `right` there."""
    if role is None or role not in RIGHTS[right]:
        return False
    return not (role is AdminRole.LIMIC and right in LIMIC_SERVICES_ONLY) or (
        area == SERVICES_DIRECTIVE
    )


def register_right(target: AdminRole) -> Right | None:
    """The row that allows registering/validating `target`; None for a NIMIC (platform)."""
    return REGISTER_RIGHT.get(target)


def manage_access_right(target: AdminRole) -> Right | None:
    """The row that allows managing `target`'s access; None for a NIMIC (platform)."""
    return MANAGE_ACCESS_RIGHT.get(target)


def limic_scope(*, country: str, region: str, designated_by: AdminRole | None) -> str:
    """One LIMIC per area per country, or per region when an SDIMIC designates it."""
    if designated_by is AdminRole.SDIMIC and region:
        return f"{country}/{region.casefold()}"
    return country
