"""Reads scoped to the caller's bonds, and the audited policy point."""

import pytest
from tramita_identity.app.authorize import AuthorizeQuestion, authorize
from tramita_identity.app.commands import GrantDelegation, MemberRef, RevokeDelegation
from tramita_identity.app.handlers import grant_delegation, revoke_delegation
from tramita_identity.app.login_sync import Actor
from tramita_identity.app.queries import (
    get_capabilities,
    list_bonds,
    list_delegations,
    list_my_organizations,
    representation_history,
)
from tramita_identity.domain.authorization import Reason
from tramita_identity.domain.bonds import Role
from tramita_identity.domain.errors import InvalidField, NotPermitted, OrganizationNotFound
from tramita_identity.domain.history import HistoryAction

from .conftest import ACME, BETA

PET = "metrology-work-request"


async def delegate(uow, clock, ids, member="mario", types=(PET,)):
    command = GrantDelegation("rita", ACME, MemberRef(person_id=member), types)
    return await grant_delegation(command, uow=uow, clock=clock, new_id=ids)


async def test_my_organizations_with_role_and_openable_types(acme, clock, ids, login) -> None:
    await delegate(acme, clock, ids)
    await login("mario", certificate_cnpj="11444777000161")
    found, cursor = await list_my_organizations(
        "mario", after=None, page_size=1, uow=acme, clock=clock
    )
    assert [(f.organization_id, f.capabilities.role) for f in found] == [(ACME, Role.MEMBER)]
    assert found[0].capabilities.process_types == (PET,)
    rest, end = await list_my_organizations(
        "mario", after=cursor, page_size=1, uow=acme, clock=clock
    )
    assert [(f.organization_id, f.capabilities.process_types, end) for f in rest] == [
        (BETA, ("*",), None)
    ]


async def test_delegations_listing_is_scoped_and_paged(acme, clock, ids) -> None:
    first = await delegate(acme, clock, ids)
    await delegate(acme, clock, ids, member="maria")
    revoke = RevokeDelegation("rita", ACME, first.delegation.delegation_id)
    await revoke_delegation(revoke, uow=acme, clock=clock)
    reads = {"after": None, "uow": acme, "clock": clock}
    active, _ = await list_delegations("rita", ACME, include_ended=False, page_size=10, **reads)
    assert [v.delegation.member_person_id for v in active] == ["maria"]
    page, cursor = await list_delegations("rita", ACME, include_ended=True, page_size=1, **reads)
    assert (page[0].delegation.member_person_id, cursor) == (
        "mario",
        first.delegation.delegation_id,
    )
    own, _ = await list_delegations(
        "maria", "CNPJ:11222333000181", include_ended=True, page_size=10, **{**reads}
    )
    assert [v.delegation.member_person_id for v in own] == ["maria"]
    with pytest.raises(OrganizationNotFound):
        await list_delegations("bruno", ACME, include_ended=True, page_size=10, **reads)


async def test_bonds_listing_is_scoped(acme, clock) -> None:
    reads = {"after": None, "page_size": 10, "uow": acme, "clock": clock}
    assert len((await list_bonds("rita", ACME, **reads))[0]) == 3
    assert [v.bond.person_id for v in (await list_bonds("maria", ACME, **reads))[0]] == ["maria"]
    with pytest.raises(OrganizationNotFound):
        await list_bonds("bruno", ACME, **reads)


async def test_history_is_for_representatives_only(acme, clock, ids) -> None:
    await delegate(acme, clock, ids)
    reads = {"after": None, "uow": acme, "clock": clock}
    page, cursor = await representation_history("rita", ACME, page_size=2, **reads)
    assert [e.action for e in page] == [HistoryAction.BOND_RECORDED, HistoryAction.MEMBER_LINKED]
    rest, end = await representation_history(
        "rita", ACME, page_size=10, **{**reads, "after": cursor}
    )
    assert ([e.action for e in rest], end) == (
        [HistoryAction.MEMBER_LINKED, HistoryAction.DELEGATION_GRANTED],
        None,
    )
    assert (rest[-1].actor, rest[-1].person_id) == ("rita", "mario")
    with pytest.raises(NotPermitted):
        await representation_history("mario", ACME, page_size=10, **reads)
    with pytest.raises(OrganizationNotFound):
        await representation_history("bruno", ACME, page_size=10, **reads)


async def test_capabilities_tell_a_member_to_ask_for_delegation(acme, clock) -> None:
    allowed = await get_capabilities("maria", ACME, uow=acme, clock=clock)
    assert (allowed.role, allowed.process_types) == (Role.MEMBER, ())
    assert "ask a legal representative" in allowed.notice
    with pytest.raises(OrganizationNotFound):
        await get_capabilities("bruno", ACME, uow=acme, clock=clock)


async def ask(uow, clock, ids, actor: Actor, subject="", process_type=PET, action="open-process"):
    question = AuthorizeQuestion(subject, ACME, action, process_type)
    return await authorize(question, actor=actor, uow=uow, clock=clock, new_id=ids)


async def test_every_decision_is_audited_and_revocation_works_at_once(acme, clock, ids) -> None:
    mario = Actor("mario")
    assert (await ask(acme, clock, ids, mario)).decision.reason is Reason.NO_DELEGATION
    view = await delegate(acme, clock, ids)
    assert (await ask(acme, clock, ids, mario)).decision.allowed
    revoke = RevokeDelegation("rita", ACME, view.delegation.delegation_id)
    await revoke_delegation(revoke, uow=acme, clock=clock)
    denied = await ask(acme, clock, ids, mario)
    assert (denied.decision.allowed, denied.decision.reason) == (False, Reason.DELEGATION_REVOKED)
    logged = [(d.subject, d.decision.reason, d.asked_by) for d in acme.decisions.rows]
    assert logged == [
        ("mario", Reason.NO_DELEGATION, "mario"),
        ("mario", Reason.DELEGATED, "mario"),
        ("mario", Reason.DELEGATION_REVOKED, "mario"),
    ]


async def test_only_services_ask_about_someone_else(acme, clock, ids) -> None:
    with pytest.raises(NotPermitted) as caught:
        await ask(acme, clock, ids, Actor("mario"), subject="rita")
    assert caught.value.reason == "NOT_A_SERVICE"
    service = Actor("svc", is_service=True)
    decision = await ask(acme, clock, ids, service, subject="rita")
    assert (decision.subject, decision.asked_by, decision.decision.allowed) == ("rita", "svc", True)


@pytest.mark.parametrize(
    ("extra", "field"),
    [({"action": "delete-company"}, "action"), ({"process_type": "Bad Type"}, "process_type")],
)
async def test_questions_are_validated(acme, clock, ids, extra, field) -> None:
    with pytest.raises(InvalidField) as caught:
        await ask(acme, clock, ids, Actor("mario"), **extra)
    assert caught.value.field == field
    assert acme.decisions.rows == []
