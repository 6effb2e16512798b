"""The policy point's rules: allow, or deny with the reason a person can act on."""

import pytest
from tramita_identity.domain.authorization import Reason, capabilities, decide_open_process
from tramita_identity.domain.bonds import Role
from tramita_identity.domain.delegations import DelegationState
from tramita_identity.domain.errors import OrganizationNotFound
from tramita_identity.domain.ledger import PersonKey
from tramita_identity.domain.representation import grant_delegation

from .ledger_factory import ACME, DAY, NOW, acme

PET = "metrology-work-request"


def decide(ledger, person_id: str, process_type: str = PET, now=NOW):
    return decide_open_process(
        ledger, organization=ACME, person_id=person_id, process_type=process_type, now=now
    )


def delegate(ledger, member: str = "mario", *, expires_at=None, delegation_id="d-1"):
    return grant_delegation(
        ledger,
        actor="rita",
        member=PersonKey(member),
        process_types=(PET,),
        expires_at=expires_at,
        delegation_id=delegation_id,
        now=NOW,
    )


def test_representatives_may_open_every_type() -> None:
    decision = decide(acme(), "rita", "anything")
    assert (decision.allowed, decision.reason, decision.role) == (
        True,
        Reason.LEGAL_REPRESENTATIVE,
        Role.LEGAL_REPRESENTATIVE,
    )


def test_no_bond_or_unknown_organization_is_denied() -> None:
    assert decide(acme(), "zeca").reason is Reason.NO_BOND
    assert decide(None, "rita").reason is Reason.NO_BOND


def test_a_member_without_delegation_is_told_to_ask_for_it() -> None:
    decision = decide(acme(), "mario")
    assert (decision.allowed, decision.reason, decision.role) == (
        False,
        Reason.NO_DELEGATION,
        Role.MEMBER,
    )
    assert "ask a legal representative" in decision.message


def test_a_delegated_member_may_open_that_type_only() -> None:
    ledger = acme()
    delegate(ledger)
    allowed = decide(ledger, "mario")
    assert (allowed.allowed, allowed.reason, allowed.delegation_id) == (
        True,
        Reason.DELEGATED,
        "d-1",
    )
    assert decide(ledger, "mario", "product-registration").reason is Reason.NO_DELEGATION


def test_revoked_and_expired_delegations_stop_at_once() -> None:
    ledger = acme()
    delegate(ledger, expires_at=NOW + DAY)
    assert decide(ledger, "mario", now=NOW + DAY).reason is Reason.DELEGATION_EXPIRED
    delegate(ledger, delegation_id="d-2")
    ledger.delegation("d-2").end(now=NOW, by="rita", state=DelegationState.REVOKED)
    denied = decide(ledger, "mario", now=NOW + DAY)
    assert (denied.reason, denied.delegation_id) == (Reason.DELEGATION_REVOKED, "d-2")


def test_capabilities_of_representatives_members_and_strangers() -> None:
    ledger = acme()
    delegate(ledger)
    rita = capabilities(ledger, organization=ACME, person_id="rita", now=NOW)
    assert (rita.role, rita.process_types, rita.notice) == (Role.LEGAL_REPRESENTATIVE, ("*",), "")
    mario = capabilities(ledger, organization=ACME, person_id="mario", now=NOW)
    assert (mario.role, mario.process_types) == (Role.MEMBER, (PET,))
    maria = capabilities(ledger, organization=ACME, person_id="maria", now=NOW)
    assert maria.process_types == ()
    assert "ask a legal representative" in maria.notice
    with pytest.raises(OrganizationNotFound):
        capabilities(ledger, organization=ACME, person_id="zeca", now=NOW)
    with pytest.raises(OrganizationNotFound):
        capabilities(None, organization=ACME, person_id="rita", now=NOW)
