"""Contact mailbox and language of a registered organization, and their events."""

import dataclasses

import pytest
from tramita_registry.app.commands import RegisterOrganization
from tramita_registry.app.handlers import register_organization
from tramita_registry.domain.contact import contact_point
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.events import OrganizationRegistered
from tramita_registry.domain.tax_ids import TaxIdScheme

ACME = RegisterOrganization(
    scheme="NIPC",
    tax_id="500000000",
    country="",
    name="Acme, Lda",
    actor_roles=frozenset({"staff"}),
    actor_id="person-7",
    contact_email="  geral@acme.pt ",
)


async def test_contact_mailbox_is_published_with_the_registration(uow, ids) -> None:
    organization = await register_organization(ACME, uow=uow, clock=uow.clock, new_id=ids)
    assert organization.contact.email == "geral@acme.pt"
    assert organization.registered_by == "person-7"
    (registered,) = uow.published
    assert registered == OrganizationRegistered(
        organization.organization_id,
        organization.tax_id,
        "Acme, Lda",
        registered_by="person-7",
        contact_email="geral@acme.pt",
        language="pt-PT",
    )


async def test_without_a_mailbox_the_event_says_none(uow, ids) -> None:
    command = dataclasses.replace(ACME, contact_email="")
    await register_organization(command, uow=uow, clock=uow.clock, new_id=ids)
    (registered,) = uow.published
    assert registered.contact_email == ""


@pytest.mark.parametrize(
    ("scheme", "language", "expected"),
    [
        (TaxIdScheme.NIPC, "", "pt-PT"),
        (TaxIdScheme.CNPJ, "", "pt-BR"),
        (TaxIdScheme.FOREIGN, "", "en"),
        (TaxIdScheme.NIPC, "en", "en"),
        (TaxIdScheme.CNPJ, "es-ES", "es-ES"),
    ],
)
def test_language_defaults_by_country(scheme, language, expected) -> None:
    assert contact_point(email="", language=language, scheme=scheme).language == expected


@pytest.mark.parametrize(
    ("email", "language", "field", "rule"),
    [
        ("geral", "", "contact_email", "email"),
        ("a@b", "", "contact_email", "email"),
        ("a b@acme.pt", "", "contact_email", "email"),
        ("x" * 250 + "@a.pt", "", "contact_email", "max_length"),
        ("geral@acme.pt", "portuguese", "preferred_language", "language_tag"),
        ("geral@acme.pt", "pt_PT", "preferred_language", "language_tag"),
    ],
)
def test_bad_contact_says_which_field_and_rule(email, language, field, rule) -> None:
    with pytest.raises(InvalidField) as error:
        contact_point(email=email, language=language, scheme=TaxIdScheme.NIPC)
    assert (error.value.field, error.value.rule) == (field, rule)


async def test_bad_mailbox_commits_nothing(uow, ids) -> None:
    command = dataclasses.replace(ACME, contact_email="not-an-address")
    with pytest.raises(InvalidField):
        await register_organization(command, uow=uow, clock=uow.clock, new_id=ids)
    assert uow.commits == 0
    assert uow.published == []
