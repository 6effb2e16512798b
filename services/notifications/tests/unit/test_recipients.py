"""resolve(): every rule row against the fake directory, then addressing and unhappy paths."""

from __future__ import annotations

import pytest
from tramita_notifications.app.recipients import resolve
from tramita_notifications.domain.catalogue import CATALOGUE, Family, Kind
from tramita_notifications.domain.errors import InvalidChannel, MissingPart, UnknownKind
from tramita_notifications.domain.model import Channel, Contact, Language, Recipient, Trigger
from tramita_notifications.domain.rules import RULES, ContactAddress, ProfileHolders

REQUESTS = "services-directive/requests"  # as in conftest
ALERTS = "services-directive/alerts"
APPLICANT = Contact(email="applicant@mail.test", phone="+351922222222", language=Language.PT)
INVITED = Contact(email="invited@authority.test", language=Language.PT)
WORKFLOW = {Family.REQUEST: REQUESTS, Family.ALERT: ALERTS, Family.OTHER: ""}


def trigger(kind: str, entities=None, people=None, contacts=None, **params: str) -> Trigger:
    return Trigger(
        event_id="evt-1",
        kind=kind,
        entities=entities or {},
        people=people or {},
        contacts=contacts or {},
        workflow=WORKFLOW[CATALOGUE[kind].family],
        link="/items/1",
        params=params,
    )


def at(*names: str) -> set[str]:
    """Addresses of people (by id, at mail.test) and literal addresses (containing @/+)."""
    return {n if ("@" in n or n.startswith("+")) else f"{n}@mail.test" for n in names}


REQUESTER = {"requesting": "requesting", "responding": "responding"}
INVOLVED = {"involved.1": "alert-coord", "involved.2": "alert-authority"}
INVOLVED_MANAGERS_AND_BROADCASTERS = at(
    "ac-m1", "ab-1-alerts@mail.test", "ab-2", "aa-m1-alerts@mail.test"
)
BROADCASTERS = at("ab-1-alerts@mail.test", "ab-2")
K = Kind

# (kind, entities, people, contacts, expected addresses)
ROWS = [
    # new request: handlers (or allocators) + contact address
    (K.REQUEST_RECEIVED, {"responding": "responding"}, {}, {},
     at("resp-h1", "resp-h2", "responding@authority.test")),
    (K.REQUEST_RECEIVED, {"responding": "allocating"}, {}, {},
     at("alloc-a1", "allocating@authority.test")),
    (K.REQUEST_RECEIVED, {"responding": "no-mailbox"}, {}, {}, at("nm-h1")),
    # after allocation: the assigned handlers, no copy
    (K.REQUEST_ASSIGNED, {}, {"assigned.1": "resp-h1", "assigned.2": "resp-h2"}, {},
     at("resp-h1", "resp-h2")),
    (K.REQUEST_ASSIGNED, {}, {"assigned": "calloc-s1"}, {}, at("calloc-s1")),
    # later steps: the other side's handler who acted last + its contact address
    (K.REQUEST_FORWARDED, REQUESTER, {"requesting_handler": "req-h1"}, {},
     at("req-h1", "requesting@authority.test")),
    (K.REQUEST_FORWARDED, REQUESTER, {}, {},
     at("req-h1", "req-h2", "requesting@authority.test")),
    (K.REQUEST_SPLIT, REQUESTER, {"requesting_handler": "req-h1"}, {},
     at("req-h1", "requesting@authority.test")),
    (K.REQUEST_ANSWERED, REQUESTER, {"requesting_handler": "req-h2"}, {},
     at("req-h2", "requesting@authority.test")),
    (K.REQUEST_DEADLINE_CHANGED, REQUESTER, {"requesting_handler": "req-h1"}, {},
     at("req-h1", "requesting@authority.test")),
    (K.REQUEST_ADDITIONAL_INFO_REQUESTED, REQUESTER, {"responding_handler": "resp-h2"}, {},
     at("resp-h2", "responding@authority.test")),
    (K.REQUEST_COMMENT_ADDED, {"other_side": "requesting"}, {"other_side_handler": "req-h2"}, {},
     at("req-h2", "requesting@authority.test")),
    (K.REQUEST_COMMENT_ADDED, {"other_side": "responding"}, {"other_side_handler": "resp-h1"},
     {}, at("resp-h1", "responding@authority.test")),
    (K.REQUEST_ACTION_NEEDED, {"entity": "responding"}, {"last_handler": "resp-h1"}, {},
     at("resp-h1", "responding@authority.test")),
    (K.REQUEST_ACTION_NEEDED, {"entity": "coordinator"}, {"last_handler": "sup-1"}, {},
     at("sup-1", "coordinator@authority.test")),
    # first forward to a coordinator: its mailbox, or its allocators + mailbox
    (K.REQUEST_COORDINATOR_FORWARDED, {"coordinator": "coordinator"}, {}, {},
     at("coordinator@authority.test")),
    (K.REQUEST_COORDINATOR_FORWARDED, {"coordinator": "coordinator-alloc"}, {}, {},
     at("calloc-a1", "coordinator-alloc@authority.test")),
    # approval and supervision: the supervisor who acted last (else all) + mailbox
    (K.REQUEST_APPROVAL_NEEDED, {"coordinator": "coordinator"}, {"last_supervisor": "sup-2"}, {},
     at("sup-2", "coordinator@authority.test")),
    (K.REQUEST_APPROVAL_NEEDED, {"coordinator": "coordinator"}, {}, {},
     at("sup-1", "sup-2", "coordinator@authority.test")),
    (K.REQUEST_ANSWER_APPROVAL_NEEDED, {"coordinator": "coordinator"},
     {"last_supervisor": "sup-1"}, {}, at("sup-1", "coordinator@authority.test")),
    (K.REQUEST_SUPERVISION_NEEDED, {"coordinator": "coordinator-alloc"},
     {"last_supervisor": "calloc-s1"}, {}, at("calloc-s1", "coordinator-alloc@authority.test")),
    (K.REQUEST_SUPERVISION_NEEDED, {"coordinator": "coordinator-alloc"}, {}, {},
     at("calloc-s1", "coordinator-alloc@authority.test")),
    # alerts: right alert profile only, alert address when set, never a mailbox
    (K.ALERT_SUBMITTED_FOR_SENDING, {"coordinator": "alert-coord"}, {}, {}, BROADCASTERS),
    (K.ALERT_RECEIVED, {"mailbox": "mailbox"}, {}, {}, at("mb-1-alerts@mail.test")),
    (K.ALERT_RECEIVED, {"mailbox.1": "mailbox", "mailbox.2": "mailbox-2"}, {}, {},
     at("mb-1-alerts@mail.test", "mb2-1")),
    (K.ALERT_DISSEMINATED, {"recipient": "alert-authority"}, {}, {},
     at("aa-m1-alerts@mail.test")),
    (K.ALERT_DISSEMINATED, {"recipient.1": "alert-authority", "recipient.2": "alert-coord"}, {},
     {}, INVOLVED_MANAGERS_AND_BROADCASTERS),
    (K.ALERT_UPDATED, INVOLVED, {}, {}, INVOLVED_MANAGERS_AND_BROADCASTERS),
    (K.ALERT_ESTABLISHMENT_CHANGED, INVOLVED, {}, {},
     INVOLVED_MANAGERS_AND_BROADCASTERS | at("ac-v1", "aa-v1")),
    (K.ALERT_ADDITIONAL_INFO_SUBMITTED, {"coordinator": "alert-coord"}, {}, {}, BROADCASTERS),
    (K.ALERT_ADDITIONAL_INFO_SENT, INVOLVED, {}, {}, INVOLVED_MANAGERS_AND_BROADCASTERS),
    (K.ALERT_WITHDRAWAL_SUBMITTED, {"coordinator": "alert-coord"}, {}, {}, BROADCASTERS),
    (K.ALERT_WITHDRAWN, INVOLVED, {}, {}, INVOLVED_MANAGERS_AND_BROADCASTERS),
    (K.ALERT_CLOSURE_PROPOSED, INVOLVED, {}, {}, INVOLVED_MANAGERS_AND_BROADCASTERS),
    (K.ALERT_COMMENT_PERIOD_ENDED, {"closure_coordinator": "alert-coord"}, {}, {}, BROADCASTERS),
    (K.ALERT_CLOSURE_OPEN_FOR_OBJECTIONS, INVOLVED, {}, {}, INVOLVED_MANAGERS_AND_BROADCASTERS),
    (K.ALERT_OBJECTION_PERIOD_ENDED, {"closure_coordinator": "alert-coord"}, {}, {},
     BROADCASTERS),
    (K.ALERT_CLOSED, INVOLVED, {}, {}, INVOLVED_MANAGERS_AND_BROADCASTERS),
    # invitations and self-registration
    (K.INVITATION_SENT, {}, {}, {"invited": INVITED}, at("invited@authority.test")),
    (K.INVITATION_REMINDER, {}, {}, {"invited": INVITED}, at("invited@authority.test")),
    (K.INVITATION_REGISTERED, {"inviting": "coordinator"}, {"invited_by": "coord-inviter"}, {},
     at("coord-inviter", "coordinator@authority.test")),
    (K.INVITATION_REGISTERED, {"inviting": "coordinator"}, {}, {},
     at("coord-da1", "coordinator@authority.test")),
    (K.REGISTRATION_CONFIRMED, {"entity": "new-entity"}, {"first_user": "new-user1"}, {},
     at("new@authority.test", "new-user1")),
    (K.INVITATION_VALIDATED, {"entity": "new-entity"}, {"first_user": "new-user1"}, {},
     at("new@authority.test", "new-user1")),
    # access requests and accounts
    (K.ACCESS_REQUEST_EMAIL_VALIDATION, {}, {}, {"applicant": APPLICANT}, at(APPLICANT.email)),
    (K.ACCESS_REQUEST_REJECTED, {}, {}, {"applicant": APPLICANT}, at(APPLICANT.email)),
    (K.ACCESS_REQUEST_SET_PASSWORD, {}, {}, {"applicant": APPLICANT}, at(APPLICANT.email)),
    (K.LOGIN_ONE_TIME_CODE, {}, {"user": "user-1"}, {}, at("user-1")),
    (K.LOGIN_ONE_TIME_CODE, {}, {}, {"applicant": APPLICANT}, at(APPLICANT.email)),
    (K.USER_CREATED, {}, {"user": "user-1"}, {}, at("user-1")),
    (K.USER_TEMPORARY_PASSWORD, {}, {"user": "user-1"}, {}, at("user-1")),
    (K.PASSWORD_RESET, {}, {"user": "user-1"}, {}, at("user-1")),
    (K.DELEGATION_GRANTED, {}, {"member": "member-1"}, {}, at("member-1")),
    (K.DELEGATION_REVOKED, {}, {"member": "member-1"}, {}, at("member-1")),
    # registers and organizations
    (K.REGISTER_DELETED, {"managing": "managing"}, {}, {}, at("man-lda1")),
    (K.REGISTER_TRANSFERRED, {"managing": "managing", "new_managing": "new-managing"}, {}, {},
     at("new-lda1")),
    (K.ORGANIZATION_REGISTERED, {"organization": "organization"}, {}, {},
     at("acme@company.test")),
    (K.ORGANIZATION_VALIDATED, {"organization": "organization"}, {}, {}, at("acme@company.test")),
]  # fmt: skip


def test_every_kind_has_a_row() -> None:
    assert {row[0] for row in ROWS} == set(CATALOGUE)


@pytest.mark.parametrize(("kind", "entities", "people", "contacts", "expected"), ROWS)
async def test_rule_row(directory, kind, entities, people, contacts, expected) -> None:
    recipients = await resolve(trigger(kind, entities, people, contacts), directory)

    assert {r.address for r in recipients} == expected
    assert all(r.channel is Channel.EMAIL for r in recipients)
    assert len(recipients) == len(expected)  # no duplicates


ALERT_PARTS = {
    "coordinator": "alert-coord",
    "mailbox": "mailbox",
    "recipient": "alert-authority",
    "closure_coordinator": "alert-coord",
    **INVOLVED,
}
MAILBOXES = {
    "alert-coord@authority.test",
    "alert-authority@authority.test",
    "mailbox@authority.test",
}


@pytest.mark.parametrize("kind", [k for k, v in CATALOGUE.items() if v.family is Family.ALERT])
async def test_alert_notices_reach_only_alert_profiles_at_their_alert_address(
    directory, kind
) -> None:
    recipients = await resolve(trigger(kind, ALERT_PARTS), directory)
    addresses = {r.address for r in recipients}

    assert recipients
    assert all(r.person_id for r in recipients)
    assert not addresses & MAILBOXES
    assert not addresses & at("ac-req-h1", "ab-1", "mb-1", "aa-m1")


async def test_alert_notices_drop_mailboxes_even_if_a_rule_named_one(
    directory, monkeypatch
) -> None:
    misrule = (ContactAddress("involved"), ProfileHolders("involved", "alert-manager"))
    monkeypatch.setitem(RULES, K.ALERT_UPDATED, misrule)

    recipients = await resolve(trigger(K.ALERT_UPDATED, INVOLVED), directory)

    assert {r.address for r in recipients} == at("ac-m1", "aa-m1-alerts@mail.test")


async def test_language_and_person_come_from_the_contact(directory) -> None:
    recipients = await resolve(
        trigger(K.REQUEST_FORWARDED, REQUESTER, {"requesting_handler": "req-h1"}), directory
    )

    assert recipients == [
        Recipient(Channel.EMAIL, "req-h1@mail.test", Language.EN, "req-h1"),
        Recipient(Channel.EMAIL, "requesting@authority.test", Language.PT, ""),
    ]


async def test_alert_address_only_for_alert_notices(directory) -> None:
    directory.grant("ab-1", "alert-coord", "request-handler", REQUESTS)

    recipients = await resolve(trigger(K.REQUEST_ASSIGNED, people={"assigned": "ab-1"}), directory)

    assert [r.address for r in recipients] == ["ab-1@mail.test"]


async def test_one_recipient_per_address_and_the_user_wins(directory) -> None:
    directory.add_person("req-h1", email="Requesting@Authority.test")

    recipients = await resolve(
        trigger(K.REQUEST_ANSWERED, REQUESTER, {"requesting_handler": "req-h1"}), directory
    )

    assert recipients == [
        Recipient(Channel.EMAIL, "Requesting@Authority.test", Language.EN, "req-h1")
    ]


async def test_one_time_code_by_sms_goes_to_the_phone(directory) -> None:
    by_person = trigger(K.LOGIN_ONE_TIME_CODE, people={"user": "user-1"}, channel="sms")
    by_contact = trigger(K.LOGIN_ONE_TIME_CODE, contacts={"applicant": APPLICANT}, channel="sms")

    assert await resolve(by_person, directory) == [
        Recipient(Channel.SMS, "+351911111111", Language.PT, "user-1")
    ]
    assert await resolve(by_contact, directory) == [
        Recipient(Channel.SMS, "+351922222222", Language.PT, "")
    ]


async def test_one_time_code_by_email_when_asked(directory) -> None:
    by_email = trigger(K.LOGIN_ONE_TIME_CODE, people={"user": "user-1"}, channel="email")

    assert [r.channel for r in await resolve(by_email, directory)] == [Channel.EMAIL]


async def test_people_without_an_address_on_the_channel_are_skipped(directory) -> None:
    no_phone = trigger(K.LOGIN_ONE_TIME_CODE, people={"user": "user-no-phone"}, channel="sms")
    no_email = trigger(K.USER_CREATED, people={"user": "user-no-email"})

    assert await resolve(no_phone, directory) == []
    assert await resolve(no_email, directory) == []


async def test_sms_refused_for_email_only_kinds(directory) -> None:
    with pytest.raises(InvalidChannel, match=r"request\.assigned"):
        await resolve(
            trigger(K.REQUEST_ASSIGNED, people={"assigned": "x"}, channel="sms"), directory
        )


async def test_unknown_channel_refused(directory) -> None:
    with pytest.raises(InvalidChannel, match="fax"):
        await resolve(
            trigger(K.LOGIN_ONE_TIME_CODE, people={"user": "user-1"}, channel="fax"), directory
        )


async def test_unknown_kind(directory) -> None:
    odd = Trigger(event_id="evt-1", kind="request.teleported", workflow=REQUESTS)

    with pytest.raises(UnknownKind, match=r"request\.teleported"):
        await resolve(odd, directory)


async def test_missing_part(directory) -> None:
    with pytest.raises(MissingPart, match="responding"):
        await resolve(trigger(K.REQUEST_RECEIVED, {"requesting": "requesting"}), directory)


async def test_unknown_person_is_skipped(directory) -> None:
    ghost = trigger(K.USER_CREATED, people={"user": "ghost"})
    ghosts = trigger(K.REQUEST_ASSIGNED, people={"assigned.1": "ghost", "assigned.2": "resp-h1"})

    assert await resolve(ghost, directory) == []
    assert [r.address for r in await resolve(ghosts, directory)] == ["resp-h1@mail.test"]


async def test_unknown_last_handler_falls_back_to_the_handlers(directory) -> None:
    gone = trigger(K.REQUEST_ANSWERED, REQUESTER, {"requesting_handler": "ghost"})

    addresses = {r.address for r in await resolve(gone, directory)}

    assert addresses == at("req-h1", "req-h2", "requesting@authority.test")


async def test_no_contact_address_means_only_people(directory) -> None:
    silent = trigger(K.REQUEST_ACTION_NEEDED, {"entity": "no-mailbox"}, {"last_handler": "nm-h1"})
    lost = trigger(K.ORGANIZATION_REGISTERED, {"organization": "unknown-org"})

    assert [r.address for r in await resolve(silent, directory)] == ["nm-h1@mail.test"]
    assert await resolve(lost, directory) == []


async def test_profiles_are_scoped_to_the_workflow(directory) -> None:
    recipients = await resolve(trigger(K.REQUEST_RECEIVED, {"responding": "responding"}), directory)

    assert "resp-other-area@mail.test" not in {r.address for r in recipients}
    assert "resp-v1@mail.test" not in {r.address for r in recipients}
