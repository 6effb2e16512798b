"""Every row of the §9.1.5 status tables, every precondition, every refused combination."""

import itertools

import pytest
from tramita_registry.domain.errors import TransitionNotAllowed
from tramita_registry.domain.statuses import (
    AREA_TRANSITIONS,
    ENTITY_TRANSITIONS,
    WORKFLOW_TRANSITIONS,
    AccessAction,
    AccessStatus,
    EntityAction,
    EntityStatus,
    Precondition,
    transition,
)

TABLES = {"entity": ENTITY_TRANSITIONS, "area": AREA_TRANSITIONS, "workflow": WORKFLOW_TRANSITIONS}
ROWS = [(name, row) for name, table in TABLES.items() for row in table]
ALL_TRUE = dict.fromkeys(Precondition, True)


def _id(value: object) -> str:
    name, row = value  # type: ignore[misc]
    return f"{name}:{row.action}:{row.source or 'NONE'}"


@pytest.mark.parametrize("case", ROWS, ids=_id)
def test_each_row_leads_to_its_status_when_its_preconditions_hold(case) -> None:
    name, row = case
    target = transition(
        TABLES[name], subject=name, action=row.action, source=row.source, facts=ALL_TRUE
    )
    assert target == row.target


MISSING = [(name, row, p) for name, row in ROWS for p in row.requires]


@pytest.mark.parametrize(
    "case", MISSING, ids=lambda c: f"{c[0]}:{c[1].action}:{c[1].source or 'NONE'}:{c[2]}"
)
def test_each_missing_precondition_is_named_with_state_and_action(case) -> None:
    name, row, precondition = case
    facts = ALL_TRUE | {precondition: False}
    with pytest.raises(TransitionNotAllowed) as refused:
        transition(TABLES[name], subject=name, action=row.action, source=row.source, facts=facts)
    assert refused.value.missing == precondition.value
    assert refused.value.state == (row.source or "NONE")
    assert refused.value.action == row.action


def _absent(name: str, actions: type, statuses: list) -> list:
    present = {(row.action, row.source) for row in TABLES[name]}
    return [
        (name, action, source)
        for action, source in itertools.product(actions, statuses)
        if (action, source) not in present
    ]


ABSENT = (
    _absent("entity", EntityAction, list(EntityStatus))
    + _absent("area", AccessAction, [None, *AccessStatus])
    + _absent("workflow", AccessAction, [None, *AccessStatus])
)


@pytest.mark.parametrize("case", ABSENT, ids=lambda c: f"{c[0]}:{c[1]}:{c[2] or 'NONE'}")
def test_every_other_action_in_every_status_is_refused_naming_both(case) -> None:
    name, action, source = case
    with pytest.raises(TransitionNotAllowed) as refused:
        transition(TABLES[name], subject=name, action=action, source=source, facts=ALL_TRUE)
    assert (refused.value.state, refused.value.action) == (source or "NONE", action)
    assert refused.value.missing == ""


def test_every_status_is_reachable_and_left_somewhere() -> None:
    for table, statuses in (
        (ENTITY_TRANSITIONS, EntityStatus),
        (AREA_TRANSITIONS, AccessStatus),
        (WORKFLOW_TRANSITIONS, AccessStatus),
    ):
        assert {row.target for row in table} >= set(statuses) - {
            EntityStatus.REGISTRATION_REQUESTED
        }
        assert {row.source for row in table} >= set(statuses)


@pytest.mark.parametrize("table", [AREA_TRANSITIONS, WORKFLOW_TRANSITIONS])
def test_deleted_access_comes_back_only_through_suspended(table) -> None:
    back = {row.source: row.target for row in table if row.action is AccessAction.REACTIVATE}
    assert back[AccessStatus.DELETED] is AccessStatus.SUSPENDED
    assert back[AccessStatus.DELETED_REACTIVATION_REQUESTED] is AccessStatus.SUSPENDED


@pytest.mark.parametrize("table", [AREA_TRANSITIONS, WORKFLOW_TRANSITIONS])
def test_delete_only_from_suspended_and_only_with_every_case_closed(table) -> None:
    deletes = [row for row in table if row.action is AccessAction.DELETE]
    assert [row.source for row in deletes] == [AccessStatus.SUSPENDED]
    assert Precondition.CASES_CLOSED in deletes[0].requires


def test_area_suspension_and_deletion_wait_for_the_workflows() -> None:
    rows = {(row.action, row.source): row.requires for row in AREA_TRANSITIONS}
    assert (
        Precondition.WORKFLOWS_SUSPENDED_OR_DELETED
        in rows[(AccessAction.SUSPEND, AccessStatus.ACTIVE)]
    )
    assert Precondition.WORKFLOWS_DELETED in rows[(AccessAction.DELETE, AccessStatus.SUSPENDED)]


def test_workflow_reactivation_always_needs_the_area_active() -> None:
    for row in WORKFLOW_TRANSITIONS:
        if row.action in {AccessAction.REACTIVATE, AccessAction.REQUEST_REACTIVATION}:
            assert Precondition.AREA_ACTIVE in row.requires


def test_new_access_needs_the_entity_active() -> None:
    for table in (AREA_TRANSITIONS, WORKFLOW_TRANSITIONS):
        for row in table:
            if row.source is None:
                assert Precondition.ENTITY_ACTIVE in row.requires
