"""The Authority aggregate moves along the status tables and records what happened."""

from datetime import UTC, datetime, timedelta

import pytest
from tramita_registry.domain.access import AreaGrant, WorkflowGrant
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.errors import InvalidField, TransitionNotAllowed
from tramita_registry.domain.events import (
    AreaAccessChanged,
    AuthorityValidated,
    EntityStatusChanged,
    WorkflowAccessChanged,
)
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.roles import AdminRole, ContentRole
from tramita_registry.domain.statuses import AccessAction, AccessStatus, EntityAction, EntityStatus

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SD, SD_REQ, SD_ALERTS = (
    "services-directive",
    "services-directive/requests",
    "services-directive/alerts",
)
PQ, PQ_REQ = "professional-qualifications", "professional-qualifications/requests"
A, S, E = AccessAction, AccessStatus, EntityAction

PROFILE = Profile(
    official_name="Ordem dos Arquitectos",
    informal_title=LocalizedText("Arquitectos", "Architects"),
    description="",
    languages=("pt",),
    contacts=Contacts("imi@oasrs.org", "pt-PT"),
    competences=Competences(nace=("71",)),
)


def grant(area: str = SD, *workflows: str) -> AreaGrant:
    codes = workflows or (f"{area}/requests",)
    keyword = "construction" if area == SD else "architects"
    return AreaGrant(
        area,
        keywords=(keyword,),
        workflows=tuple(WorkflowGrant(c, privileged_coordinator_ids=("nimic",)) for c in codes),
    )


def authority(*areas: AreaGrant, self_registered: bool = False) -> Authority:
    made = Authority.register(
        entity_id="ent-1",
        profile=PROFILE,
        country="PT",
        region="",
        horizontal_role=None,
        areas=areas or (grant(),),
        coordinator_id="nimic",
        registered_by="p-1",
        now=NOW,
        self_registered=self_registered,
    )
    made.events.clear()
    return made


def missing(action, *, fact: str) -> pytest.RaisesExc:
    return pytest.raises(TransitionNotAllowed, match=fact)


def test_registration_by_a_coordinator_is_active_with_active_accesses() -> None:
    made = authority(grant(SD, SD_REQ, SD_ALERTS))
    assert made.status is EntityStatus.ACTIVE
    assert [w.status for w in made.areas[SD].workflows.values()] == [S.ACTIVE, S.ACTIVE]
    assert made.areas[SD].workflows[SD_ALERTS].content_role is ContentRole.ALERT_AUTHORITY


def test_an_authority_role_needs_a_privileged_coordinator_at_registration() -> None:
    lonely = AreaGrant(SD, keywords=("construction",), workflows=(WorkflowGrant(SD_REQ),))
    with pytest.raises(InvalidField, match="privileged coordinator"):
        authority(lonely)


def test_area_suspension_waits_for_its_workflows() -> None:
    made = authority()
    with missing(A.SUSPEND, fact="workflows_suspended_or_deleted"):
        made.change_area(A.SUSPEND, SD)
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_area(A.SUSPEND, SD)
    assert made.areas[SD].status is S.SUSPENDED
    assert [type(e) for e in made.events] == [WorkflowAccessChanged, AreaAccessChanged]


def test_area_deletion_waits_for_deleted_workflows_and_closed_cases() -> None:
    made = authority()
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_area(A.SUSPEND, SD)
    with missing(A.DELETE, fact="workflows_deleted"):
        made.change_area(A.DELETE, SD)
    with missing(A.DELETE, fact="requests_and_alerts_closed"):
        made.change_workflow(A.DELETE, SD_REQ, cases_closed=False)
    made.change_workflow(A.DELETE, SD_REQ)
    with missing(A.DELETE, fact="requests_and_alerts_closed"):
        made.change_area(A.DELETE, SD, cases_closed=False)
    made.change_area(A.DELETE, SD)
    assert made.areas[SD].status is S.DELETED


def test_a_deleted_workflow_returns_through_suspended_and_only_with_its_area_active() -> None:
    made = authority()
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_workflow(A.DELETE, SD_REQ)
    made.change_workflow(A.REQUEST_REACTIVATION, SD_REQ)
    assert made.areas[SD].workflows[SD_REQ].status is S.DELETED_REACTIVATION_REQUESTED
    made.change_workflow(A.REACTIVATE, SD_REQ)
    assert made.areas[SD].workflows[SD_REQ].status is S.SUSPENDED
    made.change_area(A.SUSPEND, SD)
    with missing(A.REACTIVATE, fact="area_active"):
        made.change_workflow(A.REACTIVATE, SD_REQ)
    made.change_area(A.REACTIVATE, SD)
    made.change_workflow(A.REACTIVATE, SD_REQ)
    assert made.areas[SD].workflows[SD_REQ].status is S.ACTIVE


def test_rejected_reactivation_goes_back() -> None:
    made = authority()
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_workflow(A.REQUEST_REACTIVATION, SD_REQ)
    made.change_workflow(A.REJECT_REACTIVATION, SD_REQ)
    assert made.areas[SD].workflows[SD_REQ].status is S.SUSPENDED


def test_entity_suspension_needs_every_access_suspended_or_deleted() -> None:
    made = authority()
    with missing(E.SUSPEND, fact="all_access_suspended_or_deleted"):
        made.change_status(E.SUSPEND, now=NOW)
    made.change_workflow(A.SUSPEND, SD_REQ)
    with missing(E.SUSPEND, fact="all_access_suspended_or_deleted"):
        made.change_status(E.SUSPEND, now=NOW)
    made.change_area(A.SUSPEND, SD)
    made.change_status(E.SUSPEND, now=NOW)
    assert made.status is EntityStatus.SUSPENDED


def test_a_suspended_entity_asks_for_nothing_new() -> None:
    made = authority()
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_area(A.SUSPEND, SD)
    made.change_status(E.SUSPEND, now=NOW)
    with missing(A.REQUEST, fact="entity_active"):
        made.change_area(A.REQUEST, PQ, grant=grant(PQ))
    with missing(A.REQUEST_REACTIVATION, fact="entity_active"):
        made.change_area(A.REQUEST_REACTIVATION, SD)


def _deleted_everywhere(made: Authority) -> None:
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_area(A.SUSPEND, SD)
    made.change_status(E.SUSPEND, now=NOW)
    made.change_workflow(A.DELETE, SD_REQ)
    made.change_area(A.DELETE, SD)


def test_deactivation_needs_every_access_deleted_and_every_case_closed() -> None:
    made = authority()
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_area(A.SUSPEND, SD)
    made.change_status(E.SUSPEND, now=NOW)
    with missing(E.DEACTIVATE, fact="all_access_deleted"):
        made.change_status(E.DEACTIVATE, now=NOW)
    made.change_workflow(A.DELETE, SD_REQ)
    made.change_area(A.DELETE, SD)
    with missing(E.DEACTIVATE, fact="requests_and_alerts_closed"):
        made.change_status(E.DEACTIVATE, now=NOW, cases_closed=False)
    made.change_status(E.DEACTIVATE, now=NOW)
    assert made.status is EntityStatus.INACTIVE


def test_an_inactive_entity_comes_back_suspended_within_six_months_only() -> None:
    made = authority()
    _deleted_everywhere(made)
    made.change_status(E.DEACTIVATE, now=NOW)
    late = authority()
    _deleted_everywhere(late)
    late.change_status(E.DEACTIVATE, now=NOW)
    made.change_status(E.REACTIVATE, now=NOW + timedelta(days=150))
    assert made.status is EntityStatus.SUSPENDED
    with missing(E.REACTIVATE, fact="within_six_months"):
        late.change_status(E.REACTIVATE, now=NOW + timedelta(days=200))


def test_validation_activates_the_entity_and_grants_what_it_asked_for() -> None:
    made = authority(grant(SD, SD_REQ, SD_ALERTS), self_registered=True)
    assert made.status is EntityStatus.REGISTRATION_REQUESTED
    assert made.areas[SD].status is S.REQUESTED
    made.change_status(E.VALIDATE, now=NOW)
    assert made.status is EntityStatus.ACTIVE
    assert {w.status for w in made.areas[SD].workflows.values()} == {S.ACTIVE}
    kinds = [type(e) for e in made.events]
    assert kinds[0] is EntityStatusChanged and kinds[-1] is AuthorityValidated
    assert kinds.count(WorkflowAccessChanged) == 2


def test_validation_needs_privileged_coordinators_for_authority_roles() -> None:
    lonely = AreaGrant(SD, keywords=("construction",), workflows=(WorkflowGrant(SD_REQ),))
    made = authority(lonely, self_registered=True)
    with missing(E.VALIDATE, fact="privileged_coordinator_set"):
        made.change_status(E.VALIDATE, now=NOW)
    made.set_privileged_coordinators(SD_REQ, ("nimic",))
    made.change_status(E.VALIDATE, now=NOW)


def test_a_refused_registration_may_be_validated_within_six_months() -> None:
    made = authority(self_registered=True)
    made.change_status(E.REFUSE_REGISTRATION, now=NOW)
    with missing(E.VALIDATE, fact="within_six_months"):
        made.change_status(E.VALIDATE, now=NOW + timedelta(days=190))
    made.change_status(E.VALIDATE, now=NOW + timedelta(days=170))
    assert made.status is EntityStatus.ACTIVE


def test_a_refused_access_request_disappears() -> None:
    made = authority()
    made.change_area(A.REQUEST, PQ, grant=grant(PQ), coordinator_id="nimic")
    assert made.areas[PQ].status is S.REQUESTED
    assert made.areas[PQ].workflows[PQ_REQ].status is S.REQUESTED
    made.change_area(A.REFUSE, PQ)
    assert PQ not in made.areas
    assert made.events[-1] == AreaAccessChanged(
        "ent-1", PQ, "REFUSE", "REQUESTED", "", "COMPETENT_AUTHORITY", "nimic"
    )


def test_granting_a_requested_area_leaves_its_workflows_to_be_granted() -> None:
    made = authority()
    made.change_area(A.REQUEST, PQ, grant=grant(PQ), coordinator_id="nimic")
    with missing(A.GRANT, fact="area_active"):
        made.change_workflow(A.GRANT, PQ_REQ)
    made.change_area(A.GRANT, PQ)
    made.change_workflow(A.GRANT, PQ_REQ)
    assert made.areas[PQ].workflows[PQ_REQ].status is S.ACTIVE


def test_actions_on_an_access_the_entity_lacks_name_state_none() -> None:
    made = authority()
    with pytest.raises(TransitionNotAllowed) as refused:
        made.change_area(A.SUSPEND, PQ)
    assert (refused.value.state, refused.value.action) == ("NONE", "SUSPEND")


def test_area_role_changes_only_while_suspended_or_requested() -> None:
    made = authority()
    with missing("CHANGE_ROLE", fact="access_suspended_or_requested"):
        made.change_area_role(SD, AdminRole.DIMIC)
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_area(A.SUSPEND, SD)
    made.change_area_role(SD, AdminRole.DIMIC)
    assert made.areas[SD].role is AdminRole.DIMIC
    with pytest.raises(InvalidField):
        made.change_area_role(SD, AdminRole.NIMIC)


def test_workflow_role_changes_only_while_suspended_or_requested() -> None:
    made = authority()
    with missing("CHANGE_ROLE", fact="access_suspended_or_requested"):
        made.change_workflow_role(SD_REQ, ContentRole.REQUEST_COORDINATOR)
    made.change_workflow(A.SUSPEND, SD_REQ)
    made.change_workflow_role(SD_REQ, ContentRole.REQUEST_COORDINATOR)
    access = made.areas[SD].workflows[SD_REQ]
    assert access.content_role is ContentRole.REQUEST_COORDINATOR
    assert "participates_in_supervision" in access.flags
    assert "subject_to_approval" not in access.flags


def test_roles_change_freely_before_validation() -> None:
    made = authority(self_registered=True)
    made.change_area_role(SD, AdminRole.DIMIC)
    made.change_workflow_role(SD_REQ, ContentRole.REQUEST_COORDINATOR)
    with pytest.raises(InvalidField, match="mailbox"):
        made.change_workflow_role(SD_REQ, ContentRole.AUTHORITY_REQUESTS, alert_mailbox=True)
