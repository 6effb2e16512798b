"""What a verified token asserts: the person's profile and its company bonds."""

import json
from datetime import UTC, datetime

from tramita_identity.domain.bonds import CERTIFICATE, GOVBR, BondKind
from tramita_identity.domain.login import AssertedBond, read_login

ACME = "BR:CNPJ:11222333000181"
BETA = "BR:CNPJ:11444777000161"


def read(**claims: object):
    return read_login({"sub": "p-1", **claims}, subject="p-1", username="ana.lima")


def test_profile_from_standard_and_national_claims() -> None:
    login = read(
        given_name="Ana",
        family_name="Lima",
        email="ana@example.org",
        phone_number="(11) 99876-5432",
        locale="pt_br",
        cpf="111.444.777-35",
        assurance_level="gold",
        idp="govbr",
    )
    profile = login.profile
    assert profile.name == "Ana Lima"
    assert profile.contact.email == "ana@example.org"
    assert profile.contact.phone == "+5511998765432"  # national number, country from the CPF
    assert profile.contact.language == "pt-BR"
    assert (profile.national_id, profile.assurance_level, profile.idp) == (
        "BR:CPF:11144477735",
        "gold",
        "govbr",
    )
    assert not login.is_service


def test_defaults_when_claims_are_missing_or_unreadable() -> None:
    profile = read(email="not-an-address", phone_number="call me", nif="123456789").profile
    assert (profile.name, profile.contact.email, profile.contact.phone) == ("ana.lima", "", "")
    assert profile.contact.language == "pt-PT"  # from the NIF's country
    assert read().profile.contact.language == "en"
    assert read(phone_number="00351 912 345 678").profile.contact.phone == "+351912345678"


def test_service_accounts_are_not_persons() -> None:
    login = read_login({"sub": "s-1"}, subject="s-1", username="service-account-tramita-requests")
    assert login.is_service


def test_govbr_bonds_as_json_text_with_each_vinculo() -> None:
    bonds = [
        {"cnpj": "11.222.333/0001-81", "vinculo": "socio"},
        {"cnpj": "11444777000161", "vinculo": "Contador"},
        {"cnpj": "11444777000161", "vinculo": "representante legal"},
        {"cnpj": "11222333000181", "vinculo": "não atuante"},
    ]
    login = read(cnpj_bonds=json.dumps(bonds))
    assert login.govbr_bonds_asserted
    assert {(b.organization_id, b.kind) for b in login.bonds} == {
        (ACME, BondKind.PARTNER),
        (BETA, BondKind.ACCOUNTANT),
        (BETA, BondKind.LEGAL_REPRESENTATIVE),
        (ACME, BondKind.NON_ACTING_PARTNER),
    }
    assert all(b.source == GOVBR for b in login.bonds)


def test_bare_cnpjs_are_the_least_privileged_bond_and_bad_items_are_ignored() -> None:
    login = read(
        cnpj_bonds=[
            "11222333000181",
            '{"cnpj": "11444777000161", "vinculo": "socio"}',
            {"cnpj": "11222333000182", "vinculo": "socio"},
            {"cnpj": "11444777000161", "vinculo": "gerente"},
        ]
    )
    assert login.bonds == (
        AssertedBond(ACME, BondKind.MEMBER, GOVBR),
        AssertedBond(BETA, BondKind.PARTNER, GOVBR),
    )
    assert len(login.ignored) == 2
    assert all("CNPJ" in item or "vinculo" in item for item in login.ignored)


def test_unreadable_cnpj_bonds_assert_nothing() -> None:
    assert not read(cnpj_bonds="[not json").govbr_bonds_asserted
    assert not read(cnpj_bonds={"cnpj": "11222333000181"}).govbr_bonds_asserted
    assert not read().govbr_bonds_asserted
    assert read(cnpj_bonds="[]").govbr_bonds_asserted


def test_company_certificate_makes_a_legal_representative_until_its_end() -> None:
    end = datetime(2027, 6, 30, tzinfo=UTC)
    login = read(certificate_cnpj="11222333000181", certificate_not_after=end.timestamp())
    assert login.bonds == (AssertedBond(ACME, BondKind.LEGAL_REPRESENTATIVE, CERTIFICATE, end),)
    iso = read(certificate_cnpj="11222333000181", certificate_not_after="2027-06-30T00:00:00Z")
    assert iso.bonds[0].valid_until == end
    assert read(certificate_cnpj="11222333000181").bonds[0].valid_until is None
    assert read(certificate_cnpj="123").bonds == ()


def test_bonds_digest_changes_only_with_the_bonds() -> None:
    one = read(certificate_cnpj="11222333000181", email="a@example.org")
    same = read(certificate_cnpj="11.222.333/0001-81", email="b@example.org")
    other = read(certificate_cnpj="11444777000161")
    assert one.bonds_digest == same.bonds_digest != other.bonds_digest
    assert read().bonds_digest != read(cnpj_bonds=[]).bonds_digest
