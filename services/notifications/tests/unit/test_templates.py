"""The Jinja renderer and the shipped templates: every kind, both languages, content rule."""

from __future__ import annotations

from importlib.resources import files

import pytest
from jinja2 import DictLoader, UndefinedError
from tramita_notifications.adapters.templates import JinjaRenderer, template_name
from tramita_notifications.domain.catalogue import CATALOGUE, SECRET_PARAMS, Family, NoticeKind
from tramita_notifications.domain.errors import InvalidChannel, MissingParams, ParamsNotAllowed
from tramita_notifications.domain.model import Channel, Contact, Language, Trigger

PORTAL = "https://portal.tramita.example"
LINK = "/requests/0193a5c2-7d1e-7c3b-9f00-2b4d6e8f1a2c"
SAMPLE = {
    "reference": "IMI-REQ-2025-000123",
    "deadline": "2025-03-31",
    "new_reference": "IMI-REQ-2025-000124",
    "ends_on": "2025-04-15",
    "coordinator_name": "Direção-Geral das Atividades Económicas (NIMIC)",
    "coordinator_email": "imi@dgae.gov.pt",
    "registration_code": "K7Q2-99XZ-M3PA",
    "expires_on": "2025-05-01",
    "entity_name": "Câmara Municipal de Évora",
    "entity_email": "geral@cm-evora.pt",
    "entity_phone": "+351 266 777 000",
    "entity_address": "Praça do Sertório, 7004-506 Évora",
    "entity_website": "https://www.cm-evora.pt",
    "legislative_areas": "Services Directive",
    "workflows": "Requests, Alerts",
    "first_user_name": "Ana Lopes",
    "first_user_email": "ana.lopes@cm-evora.pt",
    "training_url": "https://training.tramita.example",
    "valid_hours": "24",
    "reason": "The proof of function is not signed",
    "code": "482913",
    "valid_minutes": "10",
    "channel": "email",
    "first_user": "yes",
    "temporary_password": "Qv7#mPz2kW",
    "organization_name": "ACME Metrologia, Lda",
    "delegated_by_name": "João Silva",
    "process_types": "PET, Accreditation",
    "revoked_by_name": "João Silva",
    "register_name": "Registo Nacional de Turismo",
}
FORBIDDEN = {
    "data_subject_name": "Maria Forbidden Subject",
    "question": "Has the provider been convicted of fraud in the last five years?",
    "description": "Unlicensed roofing works causing serious injuries in Lisbon",
    "attachment": "criminal-record-maria-forbidden.pdf",
    "username": "mforbidden042",
}
KINDS = list(CATALOGUE.values())
CASES = [(k, lang) for k in KINDS for lang in Language]
BRAZILIAN = ("você", "senha", "cadastr", "usuário", "arquivo", "celular", "contato", "eletrônico")


def params_for(kind: NoticeKind, *, optional: bool = True) -> dict[str, str]:
    names = kind.params if optional else kind.required
    params = {name: SAMPLE[name] for name in names}
    if kind.family is Family.ALERT:
        params["reference"] = "ALERT-2025-0042"
    return params


def channels(kind: NoticeKind) -> list[Channel]:
    return list(kind.channels)


def case_id(case: tuple[NoticeKind, Language]) -> str:
    return f"{case[0].name}-{case[1].value}"


@pytest.fixture(scope="module")
def renderer() -> JinjaRenderer:
    return JinjaRenderer(PORTAL + "/")


@pytest.mark.parametrize("case", CASES, ids=case_id)
@pytest.mark.parametrize("optional", [True, False], ids=["all-params", "required-only"])
def test_every_email_renders_with_the_link(renderer, case, optional) -> None:
    kind, language = case
    rendered = renderer.render(
        kind.name, Channel.EMAIL, language, link=LINK, params=params_for(kind, optional=optional)
    )

    assert rendered.subject
    assert "\n" not in rendered.subject
    assert f"{PORTAL}{LINK}" in rendered.body
    assert "{{" not in rendered.body
    assert "\n\n\n" not in rendered.body


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_subjects_never_show_a_secret(renderer, case) -> None:
    kind, language = case
    params = params_for(kind)
    rendered = renderer.render(kind.name, Channel.EMAIL, language, link=LINK, params=params)

    for name in kind.params & SECRET_PARAMS:
        assert params[name] not in rendered.subject
        assert params[name] in rendered.body


@pytest.mark.parametrize("language", list(Language))
def test_one_time_code_sms_is_one_short_segment(renderer, language) -> None:
    params = {"code": "482913", "valid_minutes": "10", "channel": "sms"}
    rendered = renderer.render("login.one_time_code", Channel.SMS, language, link="", params=params)

    assert rendered.subject == ""
    assert "482913" in rendered.body
    assert len(rendered.body) <= 70  # one UCS-2 segment, accents included


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_portuguese_and_english_differ(renderer, kind) -> None:
    params = params_for(kind)
    pt = renderer.render(kind.name, Channel.EMAIL, Language.PT, link=LINK, params=params)
    en = renderer.render(kind.name, Channel.EMAIL, Language.EN, link=LINK, params=params)

    assert pt.subject != en.subject
    assert pt.body != en.body
    assert not [word for word in BRAZILIAN if word in (pt.subject + pt.body).lower()]


def stuffed_trigger(kind: NoticeKind) -> tuple[Trigger, dict[str, str]]:
    """A trigger an adapter would build from an event full of case content: every id and
    the workflow carry forbidden text, and params keep only whitelisted event fields."""
    event = {**FORBIDDEN, **params_for(kind)}
    trigger = Trigger(
        event_id=FORBIDDEN["description"],
        kind=kind.name,
        entities={"responding": FORBIDDEN["data_subject_name"]},
        people={"assigned": FORBIDDEN["question"]},
        contacts={"applicant": Contact(email="maria@mail.test", phone=FORBIDDEN["attachment"])},
        workflow=FORBIDDEN["description"],
        link=LINK,
        params={k: v for k, v in event.items() if k in kind.params},
    )
    return trigger, event


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_content_rule_no_case_content_in_any_message(renderer, case) -> None:
    kind, language = case
    trigger, event = stuffed_trigger(kind)

    for channel in channels(kind):
        rendered = renderer.render(
            trigger.kind, channel, language, link=trigger.link, params=trigger.params
        )
        text = f"{rendered.subject}\n{rendered.body}"
        assert not [value for value in FORBIDDEN.values() if value in text]
        with pytest.raises(ParamsNotAllowed):
            renderer.render(trigger.kind, channel, language, link=LINK, params=event)


def test_every_kind_has_pt_and_en_templates_and_no_stray_files() -> None:
    shipped = {p.name for p in (files("tramita_notifications") / "templates").iterdir()}
    expected = {
        template_name(kind.name, language, part)
        for kind in KINDS
        for language in Language
        for part in ("subject", "body", *(["sms"] if Channel.SMS in kind.channels else []))
    }

    assert {name for name in shipped if not name.startswith("_")} == expected
    assert {name for name in shipped if name.startswith("_")} == {
        "_footer.pt.j2",
        "_footer.en.j2",
    }


def test_refuses_params_outside_the_whitelist(renderer) -> None:
    params = {"entity_name": "Câmara Municipal de Évora", "username": "mforbidden042"}

    with pytest.raises(ParamsNotAllowed, match="username"):
        renderer.render(
            "registration.confirmed", Channel.EMAIL, Language.PT, link=LINK, params=params
        )


def test_refuses_missing_params(renderer) -> None:
    with pytest.raises(MissingParams, match="reference"):
        renderer.render("request.received", Channel.EMAIL, Language.PT, link=LINK, params={})


def test_refuses_a_channel_the_kind_does_not_use(renderer) -> None:
    with pytest.raises(InvalidChannel):
        renderer.render(
            "request.received", Channel.SMS, Language.PT, link=LINK, params={"reference": "R-1"}
        )


def test_refuses_a_link_outside_the_portal(renderer) -> None:
    with pytest.raises(ValueError, match="portal path"):
        renderer.render(
            "request.received",
            Channel.EMAIL,
            Language.PT,
            link="https://evil.example/x",
            params={"reference": "R-1"},
        )


def test_falls_back_to_english_when_a_language_file_is_missing() -> None:
    loader = DictLoader(
        {
            "request.received.en.subject.j2": "New request {{ reference }}",
            "request.received.en.body.j2": "Open {{ portal_url }}{{ link }}",
        }
    )
    renderer = JinjaRenderer(PORTAL, loader=loader)

    rendered = renderer.render(
        "request.received", Channel.EMAIL, Language.PT, link=LINK, params={"reference": "R-1"}
    )

    assert rendered.subject == "New request R-1"
    assert rendered.body == f"Open {PORTAL}{LINK}\n"


def test_undefined_values_fail_loudly() -> None:
    loader = DictLoader(
        {
            "request.received.en.subject.j2": "New request {{ reference }}",
            "request.received.en.body.j2": "Open {{ portal_url }}{{ link }} {{ deadline }}",
        }
    )
    renderer = JinjaRenderer(PORTAL, loader=loader)

    with pytest.raises(UndefinedError):
        renderer.render(
            "request.received", Channel.EMAIL, Language.EN, link=LINK, params={"reference": "R-1"}
        )
