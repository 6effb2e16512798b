"""Ledger commands through the handlers: one transaction each, idempotent, events out."""

from datetime import timedelta

import pytest
from tramita_identity.app.commands import (
    GrantDelegation,
    LinkMember,
    MemberRef,
    RenounceDelegation,
    RevokeDelegation,
    UnlinkMember,
)
from tramita_identity.app.handlers import (
    grant_delegation,
    link_member,
    renounce_delegation,
    revoke_delegation,
    unlink_member,
)
from tramita_identity.domain.delegations import DelegationState
from tramita_identity.domain.errors import (
    InvalidField,
    MemberNotFound,
    NotPermitted,
    OrganizationNotFound,
    WrongState,
)
from tramita_identity.domain.events import DelegationGranted, DelegationRevoked
from tramita_platform.idempotency import IdempotencyKeyReused

from .conftest import ACME, BETA

PET = ("metrology-work-request",)
MARIO = MemberRef(person_id="mario")


async def grant(uow, clock, ids, actor="rita", member=MARIO, key="", **extra):
    command = GrantDelegation(actor, ACME, member, PET, idempotency_key=key, **extra)
    return await grant_delegation(command, uow=uow, clock=clock, new_id=ids)


async def test_grant_commits_the_delegation_and_its_event(acme, clock, ids) -> None:
    commits = acme.commits
    view = await grant(acme, clock, ids)
    assert (view.organization_id, view.state) == (ACME, DelegationState.ACTIVE)
    assert acme.commits == commits + 1
    assert acme.published == [
        DelegationGranted(view.delegation.delegation_id, ACME, "mario", "rita", PET)
    ]


async def test_a_repeated_key_returns_the_first_delegation_without_a_second_event(
    acme, clock, ids
) -> None:
    first = await grant(acme, clock, ids, key="k-1")
    again = await grant(acme, clock, ids, key="k-1")
    assert again.delegation.delegation_id == first.delegation.delegation_id
    assert len(acme.published) == 1
    with pytest.raises(IdempotencyKeyReused):
        await grant(acme, clock, ids, key="k-1", member=MemberRef(person_id="maria"))


async def test_keys_belong_to_their_caller(acme, clock, ids) -> None:
    await grant(acme, clock, ids, key="k-1")
    link = LinkMember("bruno", BETA, MemberRef(person_id="mario"), "k-1")
    await link_member(link, uow=acme, clock=clock, new_id=ids)  # Bruno's k-1 is another key


async def test_refusals_commit_nothing(acme, clock, ids) -> None:
    commits = acme.commits
    with pytest.raises(NotPermitted):
        await grant(acme, clock, ids, actor="mario", member=MemberRef(person_id="maria"))
    with pytest.raises(OrganizationNotFound):
        await grant(acme, clock, ids, actor="bruno")
    with pytest.raises(InvalidField):
        await grant(acme, clock, ids, expires_at=clock.now() - timedelta(days=1))
    with pytest.raises(InvalidField) as caught:
        command = GrantDelegation("rita", "BR:CNPJ:11222333000182", MARIO, PET)
        await grant_delegation(command, uow=acme, clock=clock, new_id=ids)
    assert caught.value.field == "organization_id"
    assert acme.commits == commits
    assert acme.ledgers.rows[ACME].delegations == []


async def test_revoke_then_revoke_again_is_a_wrong_state(acme, clock, ids) -> None:
    view = await grant(acme, clock, ids)
    command = RevokeDelegation("rita", ACME, view.delegation.delegation_id, "r-1")
    revoked = await revoke_delegation(command, uow=acme, clock=clock)
    assert revoked.state is DelegationState.REVOKED
    assert (await revoke_delegation(command, uow=acme, clock=clock)).state is (
        DelegationState.REVOKED
    )
    with pytest.raises(WrongState, match="cannot revoke delegation in state revoked"):
        again = RevokeDelegation("rita", ACME, view.delegation.delegation_id, "r-2")
        await revoke_delegation(again, uow=acme, clock=clock)
    assert acme.published[-1] == DelegationRevoked(
        view.delegation.delegation_id, ACME, "mario", "rita"
    )


async def test_the_member_renounces(acme, clock, ids) -> None:
    view = await grant(acme, clock, ids)
    command = RenounceDelegation("mario", ACME, view.delegation.delegation_id)
    renounced = await renounce_delegation(command, uow=acme, clock=clock)
    assert renounced.state is DelegationState.RENOUNCED


async def test_link_by_national_id_uses_the_known_person(acme, clock, ids, login) -> None:
    await login("joana", cpf="111.444.777-35")
    await login("zeca")
    command = LinkMember("rita", ACME, MemberRef(national_id="CPF:111.444.777-35"))
    view = await link_member(command, uow=acme, clock=clock, new_id=ids)
    assert (view.bond.person_id, view.bond.national_id) == ("joana", "BR:CPF:11144477735")
    pending = LinkMember("rita", ACME, MemberRef(national_id="CPF:52998224725"))
    assert (await link_member(pending, uow=acme, clock=clock, new_id=ids)).bond.person_id == ""
    with pytest.raises(MemberNotFound):
        unknown = LinkMember("rita", ACME, MemberRef(person_id="nobody"))
        await link_member(unknown, uow=acme, clock=clock, new_id=ids)


@pytest.mark.parametrize(
    "member",
    [MemberRef(), MemberRef(person_id="a", national_id="CPF:11144477735")],
)
async def test_a_member_is_named_one_way(acme, clock, ids, member) -> None:
    with pytest.raises(InvalidField) as caught:
        await link_member(LinkMember("rita", ACME, member), uow=acme, clock=clock, new_id=ids)
    assert (caught.value.field, caught.value.rule) == ("member", "one_of")


async def test_unlink_revokes_and_is_idempotent(acme, clock, ids) -> None:
    view = await grant(acme, clock, ids)
    command = UnlinkMember("rita", ACME, MARIO, "u-1")
    unlinked = await unlink_member(command, uow=acme, clock=clock)
    assert [v.delegation.delegation_id for v in unlinked.revoked] == [view.delegation.delegation_id]
    assert (await unlink_member(command, uow=acme, clock=clock)).bond == unlinked.bond
    assert sum(isinstance(e, DelegationRevoked) for e in acme.published) == 1
