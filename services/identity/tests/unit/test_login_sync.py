"""Every call records the caller's person and the bonds its login asserts."""

import json

from tramita_identity.domain.bonds import CERTIFICATE, GOVBR, BondKind, Role
from tramita_identity.domain.events import PersonContactChanged, PersonRegistered
from tramita_identity.domain.history import HistoryAction
from tramita_identity.domain.ledger import PersonKey
from tramita_identity.domain.representation import link_member

from .conftest import ACME, BETA


async def test_first_login_registers_the_person_with_its_contact(uow, login) -> None:
    actor = await login("ana", cpf="111.444.777-35", locale="pt-BR")
    assert (actor.person_id, actor.national_id) == ("ana", "BR:CPF:11144477735")
    assert uow.published == [
        PersonRegistered("ana"),
        PersonContactChanged("ana", "pt-BR"),
    ]
    assert uow.persons.rows["ana"].profile.name == "Ana"


async def test_repeated_logins_write_nothing_new_contact_is_announced(uow, login) -> None:
    await login("ana")
    writes = uow.writes
    await login("ana")
    assert uow.writes == writes
    await login("ana", email="ana@new.example.org")
    assert uow.published[-1] == PersonContactChanged("ana", "en")


async def test_service_accounts_leave_no_trace(uow, login) -> None:
    actor = await login("service-account-tramita-requests", consent=False)
    assert actor.is_service
    assert (uow.commits, uow.persons.rows) == (0, {})


async def test_certificate_login_makes_a_legal_representative(uow, clock, login) -> None:
    await login("rita", certificate_cnpj="11.222.333/0001-81")
    ledger = uow.ledgers.rows[ACME]
    assert ledger.role_of("rita", clock.now()) is Role.LEGAL_REPRESENTATIVE
    [bond] = ledger.bonds
    assert (bond.kind, bond.provenance.source) == (BondKind.LEGAL_REPRESENTATIVE, CERTIFICATE)
    assert [e.action for e in uow.ledgers.history[ACME]] == [HistoryAction.BOND_RECORDED]


async def test_govbr_bonds_are_recorded_and_ended_when_no_longer_asserted(
    uow, clock, login
) -> None:
    both = [{"cnpj": "11222333000181", "vinculo": "socio"}, "11444777000161"]
    await login("paula", cnpj_bonds=json.dumps(both))
    assert uow.ledgers.rows[ACME].role_of("paula", clock.now()) is Role.LEGAL_REPRESENTATIVE
    assert uow.ledgers.rows[BETA].role_of("paula", clock.now()) is Role.MEMBER
    await login("paula", cnpj_bonds=json.dumps(both[:1]))
    assert uow.ledgers.rows[BETA].role_of("paula", clock.now()) is Role.NONE
    ended = uow.ledgers.history[BETA][-1]
    assert (ended.action, ended.detail) == (
        HistoryAction.BOND_ENDED,
        f"member from {GOVBR}: no longer asserted by govbr",
    )
    await login("paula")  # another IdP, no cnpj_bonds claim: gov.br bonds stay
    assert uow.ledgers.rows[ACME].role_of("paula", clock.now()) is Role.LEGAL_REPRESENTATIVE


async def test_a_renewed_certificate_supersedes_the_old_bond(uow, clock, login) -> None:
    await login("rita", certificate_cnpj="11222333000181", certificate_not_after=2_000_000_000)
    await login("rita", certificate_cnpj="11222333000181", certificate_not_after=2_100_000_000)
    bonds = uow.ledgers.rows[ACME].bonds
    assert [b.ended_at is None for b in bonds] == [False, True]
    assert uow.ledgers.rows[ACME].representation_end("rita", clock.now()).year == 2036


async def test_a_member_linked_by_national_id_claims_the_bond_at_first_login(
    uow, clock, login
) -> None:
    await login("rita", certificate_cnpj="11222333000181")
    ledger = await uow.ledgers.get(ACME)
    member = PersonKey(national_id="BR:CPF:52998224725")
    link_member(ledger, actor="rita", member=member, bond_id="b-mario", now=clock.now())
    await uow.commit()
    await login("mario", cpf="529.982.247-25")
    ledger = uow.ledgers.rows[ACME]
    assert ledger.role_of("mario", clock.now()) is Role.MEMBER
    assert uow.ledgers.history[ACME][-1].action is HistoryAction.BOND_CLAIMED
