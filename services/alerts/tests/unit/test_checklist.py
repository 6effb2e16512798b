"""The launch checklist (IMI guide §6.3.1.1): drafts save what is well formed; submitting
needs it complete; every broken rule comes back with its field."""

from dataclasses import replace

import pytest
from tramita_alerts.domain import checklist
from tramita_alerts.domain.checklist import (
    ATTACHMENTS_MAX,
    ESTABLISHMENT_UNKNOWN,
    Attachment,
    Criterion,
    LaunchForm,
    Provider,
    SuggestedAuthority,
)
from tramita_alerts.domain.errors import InvalidLaunch

from .alert_world import complete_form


def rules(form: LaunchForm, *, complete: bool = True) -> dict[str, str]:
    with pytest.raises(InvalidLaunch) as refused:
        checklist.check(form, launching_country="PT", complete=complete)
    return refused.value.fields


def test_a_complete_form_passes() -> None:
    form = checklist.check(complete_form(), launching_country="PT", complete=True)
    assert form.recipient_countries == ("FR", "ES")  # establishment added


def test_an_empty_draft_may_be_saved_but_not_submitted() -> None:
    assert checklist.check(LaunchForm(), launching_country="PT", complete=False) == LaunchForm()
    assert rules(LaunchForm()) == {
        "criteria": "all_confirmed",
        "provider": "required",
        "service_activity": "required",
        "description": "required",
        "establishment": "required",
        "recipient_countries": "required",
    }


# (changes to the complete form, field, rule)
CASES = [
    ({"criteria": frozenset({Criterion.SERIOUS_DAMAGE})}, "criteria", "all_confirmed"),
    ({"provider": Provider(name=" ")}, "provider.name", "required"),
    ({"provider": Provider(name="x" * 201)}, "provider.name", "max_length"),
    ({"provider": Provider(name="A", identifier="x" * 101)}, "provider.identifier", "max_length"),
    ({"provider": Provider(name="A", address="x" * 501)}, "provider.address", "max_length"),
    ({"service_activity": ""}, "service_activity", "required"),
    ({"service_activity": "x" * 201}, "service_activity", "max_length"),
    ({"description": "  "}, "description", "required"),
    ({"description": "x" * 20_001}, "description", "max_length"),
    ({"establishment": "Spain"}, "establishment", "country_or_unknown"),
    ({"recipient_countries": ("FR", "fr")}, "recipient_countries", "country_code"),
    ({"recipient_countries": ("FR", "PT")}, "recipient_countries", "not_launching_country"),
    ({"recipient_countries": ("FR", "FR")}, "recipient_countries", "unique"),
    (
        {"attachments": (Attachment("a", "", "application/pdf", 10),)},
        "attachments[0].filename",
        "required",
    ),
    (
        {"attachments": (Attachment("a", "x.pdf", "application/pdf", 0),)},
        "attachments[0].size_bytes",
        "size",
    ),
    (
        {"attachments": (Attachment("a", "x.pdf", "t", 1), Attachment("a", "y.pdf", "t", 1))},
        "attachments",
        "unique",
    ),
    (
        {"attachments": tuple(Attachment(str(i), "f", "t", 1) for i in range(ATTACHMENTS_MAX + 1))},
        "attachments",
        "max_count",
    ),
    (
        {"suggestions": (SuggestedAuthority("DE", name="x"),)},
        "suggestions[0].country",
        "recipient_country",
    ),
    ({"suggestions": (SuggestedAuthority("FR"),)}, "suggestions[0]", "entity_or_name"),
]


@pytest.mark.parametrize(("changes", "field", "rule"), CASES, ids=lambda v: str(v)[:40])
def test_each_rule_names_its_field(changes, field: str, rule: str) -> None:
    assert rules(complete_form(**changes)).get(field) == rule


def test_format_rules_apply_to_drafts_too() -> None:
    draft = LaunchForm(description="x" * 20_001, recipient_countries=("PT",))
    assert rules(draft, complete=False) == {
        "description": "max_length",
        "recipient_countries": "not_launching_country",
    }


def test_every_broken_rule_is_reported_at_once() -> None:
    with pytest.raises(InvalidLaunch) as refused:
        checklist.check(
            complete_form(description="", service_activity=""),
            launching_country="PT",
            complete=True,
        )
    assert {e.field for e in refused.value.errors} == {"description", "service_activity"}
    assert "description" in str(refused.value)


def test_the_establishment_may_be_unknown() -> None:
    form = complete_form(establishment=ESTABLISHMENT_UNKNOWN, suggestions=())
    checked = checklist.check(form, launching_country="PT", complete=True)
    assert checked.establishment_country is None
    assert checked.recipient_countries == ("FR",)


def test_a_foreign_establishment_is_added_to_the_recipients_once() -> None:
    form = complete_form(establishment="DE", recipient_countries=("FR",))
    assert checklist.with_establishment(form, launching_country="PT").recipient_countries == (
        "FR",
        "DE",
    )
    already = replace(form, recipient_countries=("DE", "FR"))
    assert checklist.with_establishment(already, launching_country="PT") == already


def test_an_establishment_in_the_launching_country_adds_no_recipient() -> None:
    form = complete_form(establishment="PT")
    assert checklist.with_establishment(form, launching_country="PT") == form
