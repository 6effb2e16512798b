"""The catalogue and the rules table: pure checks, no directory."""

from __future__ import annotations

import pytest
from tramita_notifications.domain import profiles
from tramita_notifications.domain.catalogue import (
    CATALOGUE,
    SECRET_PARAMS,
    Family,
    Kind,
    check_params,
    notice_kind,
)
from tramita_notifications.domain.errors import (
    InvalidChannel,
    MissingParams,
    MissingPart,
    ParamsNotAllowed,
    UnknownKind,
)
from tramita_notifications.domain.model import Channel, Contact, Trigger
from tramita_notifications.domain.rules import (
    RULES,
    AllocatorsIfAllocating,
    ContactAddress,
    ContactPart,
    HandlersOrAllocators,
    PersonPart,
    ProfileHolders,
    delivery_channel,
    plan,
    played_by,
    profile_workflow,
)

REQUESTS = "services-directive/requests"
ALERT_PROFILES = {profiles.ALERT_VIEWER, profiles.ALERT_MANAGER, profiles.ALERT_BROADCASTER}


def test_every_kind_has_a_rule_and_every_rule_a_kind() -> None:
    assert set(RULES) == set(CATALOGUE) == set(Kind)


@pytest.mark.parametrize("kind", list(CATALOGUE.values()), ids=lambda k: k.name)
def test_family_matches_the_kind_name(kind) -> None:
    prefix = kind.name.split(".")[0]
    expected = {"request": Family.REQUEST, "alert": Family.ALERT}.get(prefix, Family.OTHER)
    assert kind.family is expected


@pytest.mark.parametrize(
    "kind", [k for k, v in CATALOGUE.items() if v.family is Family.ALERT], ids=str
)
def test_alert_rules_select_only_alert_profile_holders(kind) -> None:
    for selector in RULES[kind]:
        assert isinstance(selector, ProfileHolders)
        assert selector.profile in ALERT_PROFILES


def test_profile_names_follow_the_product_spec() -> None:
    assert {
        profiles.LOCAL_DATA_ADMINISTRATOR,
        profiles.DATA_ADMINISTRATOR,
        profiles.BASIC_USER,
        profiles.REQUEST_HANDLER,
        profiles.REQUEST_VIEWER,
        profiles.REQUEST_ALLOCATOR,
        profiles.SUPERVISOR,
        *ALERT_PROFILES,
    } == {
        "local-data-administrator",
        "data-administrator",
        "basic-user",
        "request-handler",
        "request-viewer",
        "request-allocator",
        "supervisor",
        "alert-viewer",
        "alert-manager",
        "alert-broadcaster",
    }


def test_only_the_one_time_code_goes_by_sms() -> None:
    by_sms = {k.name for k in CATALOGUE.values() if Channel.SMS in k.channels}
    assert by_sms == {Kind.LOGIN_ONE_TIME_CODE}
    assert all(k.channels[0] is Channel.EMAIL for k in CATALOGUE.values())


def test_secret_kinds() -> None:
    secret = {k.name for k in CATALOGUE.values() if k.secret}
    assert secret == {
        Kind.INVITATION_SENT,
        Kind.ACCESS_REQUEST_EMAIL_VALIDATION,
        Kind.ACCESS_REQUEST_SET_PASSWORD,
        Kind.LOGIN_ONE_TIME_CODE,
        Kind.USER_TEMPORARY_PASSWORD,
        Kind.PASSWORD_RESET,
    }
    assert all(k.secret for k in CATALOGUE.values() if k.params & SECRET_PARAMS)


def test_no_whitelist_names_case_content_or_the_username() -> None:
    forbidden = ("subject", "description", "question", "answer", "attachment", "username")
    for kind in CATALOGUE.values():
        assert not [p for p in kind.params for word in forbidden if word in p], kind.name


def test_request_kinds_print_their_reference() -> None:
    for kind in CATALOGUE.values():
        if kind.family is not Family.OTHER:
            assert "reference" in kind.required, kind.name


def test_plan_keeps_the_rows_of_a_complete_trigger() -> None:
    full = Trigger(
        "e",
        Kind.REQUEST_RECEIVED,
        entities={"responding": "r"},
        workflow=REQUESTS,
    )
    assert plan(full) == (HandlersOrAllocators("responding"), ContactAddress("responding"))


def test_plan_replaces_a_missing_person_by_its_fallback() -> None:
    no_supervisor = Trigger(
        "e", Kind.REQUEST_APPROVAL_NEEDED, entities={"coordinator": "c"}, workflow=REQUESTS
    )
    assert plan(no_supervisor) == (
        ProfileHolders("coordinator", profiles.SUPERVISOR),
        ContactAddress("coordinator"),
    )


def test_plan_keeps_a_named_person_with_a_servable_fallback() -> None:
    named = Trigger(
        "e",
        Kind.REQUEST_ANSWERED,
        entities={"requesting": "q"},
        people={"requesting_handler": "p"},
        workflow=REQUESTS,
    )
    assert plan(named)[0] == PersonPart(
        "requesting_handler", ProfileHolders("requesting", profiles.REQUEST_HANDLER)
    )


def test_plan_drops_a_fallback_it_cannot_serve() -> None:
    code = Trigger("e", Kind.LOGIN_ONE_TIME_CODE, people={"user": "u"}, params={"code": "1"})
    assert plan(code) == (PersonPart("user"),)


def test_plan_uses_the_contact_when_no_person() -> None:
    code = Trigger("e", Kind.LOGIN_ONE_TIME_CODE, contacts={"applicant": Contact("a@b.test")})
    assert plan(code) == (ContactPart("applicant"),)


def test_coordinator_first_forward_rule() -> None:
    assert RULES[Kind.REQUEST_COORDINATOR_FORWARDED] == (
        AllocatorsIfAllocating("coordinator"),
        ContactAddress("coordinator"),
    )


def test_plan_refuses_an_unknown_kind() -> None:
    with pytest.raises(UnknownKind, match="'nope'"):
        plan(Trigger("e", "nope"))


@pytest.mark.parametrize(
    ("trigger", "message"),
    [
        (Trigger("e", Kind.REQUEST_RECEIVED, workflow=REQUESTS), "entities['responding']"),
        (Trigger("e", Kind.REQUEST_ASSIGNED, workflow=REQUESTS), "people['assigned']"),
        (Trigger("e", Kind.INVITATION_SENT), "contacts['invited']"),
        (Trigger("e", Kind.LOGIN_ONE_TIME_CODE), "contacts['applicant']"),
        (Trigger("e", Kind.ALERT_RECEIVED, entities={"mailbox": "m"}), "workflow"),
        (Trigger("e", Kind.REGISTER_TRANSFERRED, entities={"managing": "m"}), "new_managing"),
    ],
)
def test_plan_names_the_missing_part(trigger, message) -> None:
    with pytest.raises(MissingPart) as caught:
        plan(trigger)
    assert message in str(caught.value)
    assert trigger.kind in str(caught.value)


def test_played_by_reads_numbered_parts_in_order() -> None:
    parts = {"involved.2": "b", "involved": "a", "involved_x": "no", "involved.": "no", "x": "no"}
    assert played_by(parts, "involved") == ["b", "a"]


def test_entity_wide_profiles_ignore_the_workflow() -> None:
    assert profile_workflow(profiles.LOCAL_DATA_ADMINISTRATOR, REQUESTS) == ""
    assert profile_workflow(profiles.REQUEST_HANDLER, REQUESTS) == REQUESTS


@pytest.mark.parametrize(
    ("kind", "params", "channel"),
    [
        (Kind.REQUEST_RECEIVED, {}, Channel.EMAIL),
        (Kind.LOGIN_ONE_TIME_CODE, {}, Channel.EMAIL),
        (Kind.LOGIN_ONE_TIME_CODE, {"channel": "email"}, Channel.EMAIL),
        (Kind.LOGIN_ONE_TIME_CODE, {"channel": "sms"}, Channel.SMS),
    ],
)
def test_delivery_channel(kind, params, channel) -> None:
    assert delivery_channel(Trigger("e", kind, params=params)) is channel


@pytest.mark.parametrize(
    ("kind", "wanted"), [(Kind.REQUEST_RECEIVED, "sms"), (Kind.LOGIN_ONE_TIME_CODE, "fax")]
)
def test_delivery_channel_refuses(kind, wanted) -> None:
    with pytest.raises(InvalidChannel):
        delivery_channel(Trigger("e", kind, params={"channel": wanted}))


def test_check_params() -> None:
    assert notice_kind(Kind.REQUEST_RECEIVED).params == {"reference", "deadline"}
    check_params(Kind.REQUEST_RECEIVED, {"reference": "R-1"})
    with pytest.raises(ParamsNotAllowed, match="data_subject_name"):
        check_params(Kind.REQUEST_RECEIVED, {"reference": "R-1", "data_subject_name": "x"})
    with pytest.raises(MissingParams, match="reference"):
        check_params(Kind.REQUEST_RECEIVED, {"deadline": "2025-01-31"})
    with pytest.raises(UnknownKind):
        check_params("request.nope", {})
