"""Representation ledger: who may link, unlink, delegate, revoke and renounce, and what it
leaves in the history and the events."""

import pytest
from tramita_identity.domain.bonds import GOVBR, BondKind, Role
from tramita_identity.domain.delegations import DelegationState, valid_process_types
from tramita_identity.domain.errors import (
    AlreadyLinked,
    DelegationNotFound,
    InvalidField,
    MemberNotFound,
    NotPermitted,
    OrganizationNotFound,
    WrongState,
)
from tramita_identity.domain.events import DelegationGranted, DelegationRevoked
from tramita_identity.domain.history import HistoryAction
from tramita_identity.domain.ledger import PersonKey
from tramita_identity.domain.representation import (
    grant_delegation,
    link_member,
    renounce_delegation,
    revoke_delegation,
    unlink_member,
)

from .ledger_factory import ACME, DAY, NOW, acme, bond

MARIO = PersonKey("mario")
PET = ("metrology-work-request",)


def grant(ledger, member=MARIO, *, actor="rita", expires_at=None, delegation_id="d-1"):
    return grant_delegation(
        ledger,
        actor=actor,
        member=member,
        process_types=PET,
        expires_at=expires_at,
        delegation_id=delegation_id,
        now=NOW,
    )


def test_roles_follow_the_kind_of_the_valid_bonds() -> None:
    ledger = acme()
    ledger.bonds.append(bond("paula", BondKind.PARTNER, source=GOVBR))
    ledger.bonds.append(bond("carla", BondKind.ACCOUNTANT, source=GOVBR))
    ledger.bonds.append(bond("old", BondKind.LEGAL_REPRESENTATIVE, valid_until=NOW))
    roles = {p: ledger.role_of(p, NOW) for p in ("rita", "paula", "mario", "carla", "old", "x")}
    assert roles == {
        "rita": Role.LEGAL_REPRESENTATIVE,
        "paula": Role.LEGAL_REPRESENTATIVE,
        "mario": Role.MEMBER,
        "carla": Role.MEMBER,
        "old": Role.NONE,
        "x": Role.NONE,
    }


def test_representative_links_a_member_by_national_id_before_first_login() -> None:
    ledger = acme()
    member = PersonKey(national_id="BR:CPF:52998224725")
    linked = link_member(ledger, actor="rita", member=member, bond_id="b-new", now=NOW)
    assert (linked.person_id, linked.kind, linked.provenance.source) == (
        "",
        BondKind.MEMBER,
        "representative:rita",
    )
    assert ledger.new_history[-1].action is HistoryAction.MEMBER_LINKED
    with pytest.raises(AlreadyLinked):
        link_member(ledger, actor="rita", member=member, bond_id="b-2", now=NOW)
    with pytest.raises(WrongState, match="pending"):
        grant(ledger, member)


def test_only_representatives_link_and_strangers_learn_nothing() -> None:
    ledger = acme()
    with pytest.raises(NotPermitted) as caught:
        link_member(ledger, actor="mario", member=PersonKey("zeca"), bond_id="b", now=NOW)
    assert caught.value.reason == "NOT_A_LEGAL_REPRESENTATIVE"
    with pytest.raises(OrganizationNotFound):
        link_member(ledger, actor="zeca", member=PersonKey("zeca"), bond_id="b", now=NOW)


def test_grant_records_event_and_history_and_is_active() -> None:
    ledger = acme()
    delegation = grant(ledger, PersonKey(national_id="BR:CPF:11144477735"))
    assert delegation.member_person_id == "mario"
    assert ledger.state_of(delegation, NOW) is DelegationState.ACTIVE
    assert ledger.events == [DelegationGranted("d-1", ACME, "mario", "rita", PET)]
    entry = ledger.new_history[-1]
    assert (entry.action, entry.actor, entry.person_id, entry.process_types) == (
        HistoryAction.DELEGATION_GRANTED,
        "rita",
        "mario",
        PET,
    )


def test_members_cannot_delegate_nor_re_delegate() -> None:
    ledger = acme()
    grant(ledger)
    with pytest.raises(NotPermitted, match="only legal representatives"):
        grant(ledger, PersonKey("maria"), actor="mario", delegation_id="d-2")


def test_delegating_to_strangers_or_representatives_is_refused() -> None:
    ledger = acme()
    with pytest.raises(MemberNotFound):
        grant(ledger, PersonKey("zeca"))
    ledger.bonds.append(bond("paula", BondKind.PARTNER, source=GOVBR))
    with pytest.raises(WrongState, match="legal_representative"):
        grant(ledger, PersonKey("paula"))


def test_expiry_never_beyond_the_representatives_own_bond() -> None:
    ledger = acme(rita_until=NOW + 30 * DAY)
    with pytest.raises(InvalidField) as caught:
        grant(ledger, expires_at=NOW + 31 * DAY)
    assert (caught.value.field, caught.value.rule) == ("expires_at", "within_source_credential")
    assert "valid until" in str(caught.value)
    assert grant(ledger, expires_at=NOW + 10 * DAY).expires_at == NOW + 10 * DAY
    assert grant(ledger, delegation_id="d-2").expires_at == NOW + 30 * DAY  # capped by default
    with pytest.raises(InvalidField, match="future"):
        grant(ledger, expires_at=NOW, delegation_id="d-3")


def test_delegation_expires_at_its_end_and_when_the_source_bond_ends() -> None:
    ledger = acme()
    timed = grant(ledger, expires_at=NOW + DAY)
    open_ended = grant(ledger, PersonKey("maria"), delegation_id="d-2")
    assert ledger.state_of(timed, NOW + DAY) is DelegationState.EXPIRED
    assert ledger.state_of(open_ended, NOW + DAY) is DelegationState.ACTIVE
    ledger.bonds[0].end(now=NOW + DAY, by="")  # Rita's certificate bond ended
    assert ledger.state_of(open_ended, NOW + DAY) is DelegationState.EXPIRED


def test_any_representative_revokes_and_revoking_twice_names_the_state() -> None:
    ledger = acme()
    ledger.bonds.append(bond("paula", BondKind.PARTNER, source=GOVBR))
    delegation = grant(ledger)
    revoke_delegation(ledger, actor="paula", delegation_id="d-1", now=NOW)
    assert ledger.state_of(delegation, NOW) is DelegationState.REVOKED
    assert ledger.events[-1] == DelegationRevoked("d-1", ACME, "mario", "paula")
    with pytest.raises(WrongState) as caught:
        revoke_delegation(ledger, actor="rita", delegation_id="d-1", now=NOW)
    assert (caught.value.state, caught.value.action) == ("revoked", "revoke delegation")


def test_expired_delegations_cannot_be_revoked_and_members_cannot_revoke() -> None:
    ledger = acme()
    grant(ledger, expires_at=NOW + DAY)
    with pytest.raises(NotPermitted):
        revoke_delegation(ledger, actor="mario", delegation_id="d-1", now=NOW)
    with pytest.raises(WrongState, match="expired"):
        revoke_delegation(ledger, actor="rita", delegation_id="d-1", now=NOW + 2 * DAY)
    with pytest.raises(DelegationNotFound):
        revoke_delegation(ledger, actor="rita", delegation_id="nope", now=NOW)


def test_the_member_renounces_its_own_delegation_only() -> None:
    ledger = acme()
    delegation = grant(ledger)
    with pytest.raises(DelegationNotFound):
        renounce_delegation(ledger, actor="maria", delegation_id="d-1", now=NOW)
    with pytest.raises(NotPermitted, match="representatives revoke"):
        renounce_delegation(ledger, actor="rita", delegation_id="d-1", now=NOW)
    renounce_delegation(ledger, actor="mario", delegation_id="d-1", now=NOW)
    assert ledger.state_of(delegation, NOW) is DelegationState.RENOUNCED
    assert ledger.events[-1] == DelegationRevoked("d-1", ACME, "mario", "mario")
    assert ledger.new_history[-1].action is HistoryAction.DELEGATION_RENOUNCED
    with pytest.raises(WrongState, match="renounced"):
        renounce_delegation(ledger, actor="mario", delegation_id="d-1", now=NOW)


def test_unlinking_a_member_revokes_its_active_delegations() -> None:
    ledger = acme()
    grant(ledger)
    ended, revoked = unlink_member(ledger, actor="rita", member=MARIO, now=NOW)
    assert ended.ended_at == NOW
    assert [d.delegation_id for d in revoked] == ["d-1"]
    assert ledger.role_of("mario", NOW) is Role.NONE
    actions = [e.action for e in ledger.new_history]
    assert actions[-2:] == [HistoryAction.MEMBER_UNLINKED, HistoryAction.DELEGATION_REVOKED]
    with pytest.raises(MemberNotFound):
        unlink_member(ledger, actor="rita", member=MARIO, now=NOW)


def test_bonds_asserted_by_govbr_or_a_certificate_cannot_be_unlinked() -> None:
    ledger = acme()
    ledger.bonds.append(bond("carla", BondKind.ACCOUNTANT, source=GOVBR))
    with pytest.raises(WrongState) as caught:
        unlink_member(ledger, actor="rita", member=PersonKey("carla"), now=NOW)
    assert caught.value.state == "accountant asserted by govbr"
    with pytest.raises(WrongState):
        unlink_member(ledger, actor="rita", member=PersonKey("rita"), now=NOW)


def test_a_member_of_acme_sees_nothing_of_beta() -> None:
    beta = acme()
    beta.organization_id = "BR:CNPJ:11444777000161"
    beta.bonds = [b for b in beta.bonds if b.person_id != "mario"]
    grant(beta, PersonKey("maria"))
    for attempt in (
        lambda: beta.visible_delegations("mario", NOW),
        lambda: beta.visible_bonds("mario", NOW),
        lambda: renounce_delegation(beta, actor="mario", delegation_id="d-1", now=NOW),
        lambda: revoke_delegation(beta, actor="mario", delegation_id="d-1", now=NOW),
    ):
        with pytest.raises(OrganizationNotFound):
            attempt()


def test_members_see_their_own_delegations_representatives_all() -> None:
    ledger = acme()
    grant(ledger)
    grant(ledger, PersonKey("maria"), delegation_id="d-2")
    assert [d.delegation_id for d in ledger.visible_delegations("rita", NOW)] == ["d-1", "d-2"]
    assert [d.delegation_id for d in ledger.visible_delegations("maria", NOW)] == ["d-2"]
    assert [b.person_id for b in ledger.visible_bonds("maria", NOW)] == ["maria"]
    assert len(ledger.visible_bonds("rita", NOW)) == 3


def test_national_ids_show_to_their_holder_and_on_member_links_only() -> None:
    ledger = acme()
    ledger.bonds[0].national_id = "BR:CPF:52998224725"  # Rita's, from her certificate
    ledger.bonds.append(bond("paula", BondKind.PARTNER, source=GOVBR, national_id="BR:CPF:1"))
    shown = {b.person_id: b.national_id for b in ledger.visible_bonds("paula", NOW)}
    assert shown == {"rita": "", "mario": "BR:CPF:11144477735", "maria": "", "paula": "BR:CPF:1"}
    assert ledger.bonds[0].national_id == "BR:CPF:52998224725"  # only the view hides it


def test_process_types_are_validated_sorted_and_deduplicated() -> None:
    assert valid_process_types(["b-type", "a-type", "b-type"]) == ("a-type", "b-type")
    with pytest.raises(InvalidField) as caught:
        valid_process_types(["ok", "Not OK"])
    assert caught.value.field == "process_types[1]"
    with pytest.raises(InvalidField, match="at least one"):
        valid_process_types([])
    with pytest.raises(InvalidField):
        valid_process_types(["*"])
