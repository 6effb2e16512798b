"""IMI guide §9.1.1 "who may do what", row by row, for every coordinator level."""

import pytest
from tramita_registry.domain.rights import RIGHTS, Right, holds, limic_scope
from tramita_registry.domain.roles import AdminRole

N, S, L, D, AC = (
    AdminRole.NIMIC,
    AdminRole.SDIMIC,
    AdminRole.LIMIC,
    AdminRole.DIMIC,
    AdminRole.COMPETENT_AUTHORITY,
)
SERVICES, QUALIFICATIONS = "services-directive", "professional-qualifications"

# The table as the guide's text reads it (rows by columns NIMIC SDIMIC LIMIC DIMIC; AC has
# no column: it registers nobody and manages no access). "L**" = LIMIC in Services only.
# fmt: off
EXPECTED = {
    Right.REGISTER_SDIMIC:            {N},
    Right.REGISTER_LIMIC:             {N, S},
    Right.REGISTER_DIMIC:             {N, S, L},
    Right.REGISTER_AC:                {N, S, L, D},
    Right.MANAGE_SDIMIC_ACCESS:       {N},
    Right.MANAGE_LIMIC_ACCESS:        {N, S},
    Right.MANAGE_DIMIC_ACCESS:        {N, S, L},
    Right.MANAGE_AC_ACCESS:           {N, S, L, D},
    Right.ASSIGN_AUTHORITY_REQUESTS:  {N, S, L, D},
    Right.ASSIGN_REQUEST_COORDINATOR: {N, S, L, D},
    Right.ASSIGN_ALERT_AUTHORITY:     {N, S, "L**"},
    Right.ASSIGN_ALERT_COORDINATOR:   {N, S, "L**"},
    Right.DESIGNATE_ALERT_MAILBOX:    {N, S, "L**"},
}
# fmt: on

CELLS = [(right, role) for right in Right for role in AdminRole]


def test_the_table_has_every_row() -> None:
    assert set(RIGHTS) == set(EXPECTED) == set(Right)


@pytest.mark.parametrize(("right", "role"), CELLS, ids=lambda v: str(v))
def test_each_cell_in_a_non_services_area(right: Right, role: AdminRole) -> None:
    assert holds(right, role, area=QUALIFICATIONS) is (role in EXPECTED[right])


@pytest.mark.parametrize(("right", "role"), CELLS, ids=lambda v: str(v))
def test_each_cell_in_the_services_area(right: Right, role: AdminRole) -> None:
    expected = role in EXPECTED[right] or (role is L and "L**" in EXPECTED[right])
    assert holds(right, role, area=SERVICES) is expected


def test_nobody_without_a_role_holds_anything() -> None:
    assert not any(holds(right, None, area=SERVICES) for right in Right)


@pytest.mark.parametrize(
    ("designated_by", "scope"),
    [(N, "DE"), (S, "DE/bayern"), (None, "DE")],
)
def test_one_limic_per_area_per_country_or_per_sdimic_region(designated_by, scope) -> None:
    assert limic_scope(country="DE", region="Bayern", designated_by=designated_by) == scope
