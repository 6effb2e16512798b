"""Launch and sending (IMI guide §6.3.1, §6.2.2; PRODUCT §7, §12)."""

from dataclasses import replace

import pytest
from tramita_alerts.domain.errors import (
    InvalidField,
    InvalidLaunch,
    NotPermitted,
    TransitionNotAllowed,
)
from tramita_alerts.domain.events import (
    AlertAccepted,
    AlertEdited,
    AlertForwarded,
    AlertLaunched,
    AlertSent,
    AlertSubmissionRecalled,
    AlertSubmittedForSending,
    RecipientCountriesAdded,
)
from tramita_alerts.domain.model import Alert
from tramita_alerts.domain.numbering import AlertNumber
from tramita_alerts.domain.recipients import RecipientState
from tramita_alerts.domain.roles import commission

from .alert_world import COORD, B, M, S, World, complete_form, entity, person


def test_a_manager_of_an_authority_or_a_coordinator_launches_a_draft(world: World) -> None:
    for key in ("pt-auth", "pt-coord"):
        alert = Alert.launch(
            alert_id=f"a-{key}",
            number=AlertNumber(2025, 7),
            actor=world.manager(key),
            form=complete_form(),
            now=world.now,
        )
        assert alert.state is S.DRAFT and alert.launching_entity == world[key]
        assert alert.events == [
            AlertLaunched(f"a-{key}", "2025-000007", f"{key}/manager", key, "PT")
        ]


@pytest.mark.parametrize("who", ["viewer", "broadcaster"])
def test_only_managers_launch(world: World, who: str) -> None:
    actor = getattr(world, who)("pt-coord")
    with pytest.raises(NotPermitted) as refused:
        Alert.launch(
            alert_id="a",
            number=AlertNumber(2025, 1),
            actor=actor,
            form=complete_form(),
            now=world.now,
        )
    assert (refused.value.state, refused.value.action) == ("NONE", "LAUNCH")
    assert "alert manager" in refused.value.missing


def test_the_commission_launches_nothing(world: World) -> None:
    with pytest.raises(NotPermitted):
        Alert.launch(
            alert_id="a",
            number=AlertNumber(2025, 1),
            actor=commission("ec"),
            form=complete_form(),
            now=world.now,
        )


def test_a_draft_saves_incomplete_and_gets_its_establishment_as_recipient(world: World) -> None:
    alert = world.draft(description="", provider=None)
    assert alert.form.recipient_countries == ("FR", "ES")
    alert.edit(
        actor=world.manager("pt-auth"),
        form=replace(alert.form, description="Now"),
        now=world.tick(),
    )
    assert alert.events[-1] == AlertEdited(
        "alert-1", "2025-000001", "pt-auth/manager", "DRAFT", ("description",)
    )


def test_only_a_privileged_coordinator_may_be_chosen(world: World) -> None:
    with pytest.raises(InvalidField) as refused:
        Alert.launch(
            alert_id="a",
            number=AlertNumber(2025, 1),
            actor=world.manager("pt-other"),
            form=complete_form(),
            coordinator=world["pt-coord2"],
            now=world.now,
        )
    assert (refused.value.field, refused.value.rule) == ("coordinator_id", "privileged_coordinator")


def test_submitting_needs_the_checklist_complete_and_a_coordinator(world: World) -> None:
    alert = world.draft(description="")
    with pytest.raises(InvalidLaunch) as refused:
        alert.submit(actor=world.manager("pt-auth"), now=world.tick())
    assert refused.value.fields == {"description": "required"}
    assert alert.state is S.DRAFT
    alert.edit(actor=world.manager("pt-auth"), form=complete_form(), now=world.tick())
    alert.coordinator = None
    with pytest.raises(InvalidField) as missing:
        alert.submit(actor=world.manager("pt-auth"), now=world.tick())
    assert (missing.value.field, missing.value.rule) == ("coordinator_id", "required")
    assert alert.state is S.DRAFT


def test_submitting_tells_the_chosen_coordinator(world: World) -> None:
    alert = world.draft()
    alert.submit(actor=world.manager("pt-auth"), now=world.tick())
    assert alert.state is S.SUBMITTED_FOR_SENDING
    assert alert.events[-1] == AlertSubmittedForSending(
        "alert-1", "2025-000001", "pt-auth/manager", "pt-auth", "pt-coord"
    )
    assert "pt-coord" in alert.involved_entity_ids()


def test_the_launcher_recalls_until_a_broadcaster_accepts(world: World) -> None:
    alert = world.alert_in(S.SUBMITTED_FOR_SENDING)
    alert.recall(actor=world.manager("pt-auth"), now=world.tick())
    assert alert.state is S.DRAFT
    assert isinstance(alert.events[-1], AlertSubmissionRecalled)
    alert.submit(actor=world.manager("pt-auth"), now=world.tick())
    alert.accept(actor=world.broadcaster("pt-coord"), now=world.tick())
    assert isinstance(alert.events[-1], AlertAccepted) and alert.accepted_by
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.recall(actor=world.manager("pt-auth"), now=world.tick())
    assert refused.value.missing == "not_yet_accepted"


def test_a_broadcaster_forwards_to_another_coordinator_whose_broadcasters_then_act(
    world: World,
) -> None:
    alert = world.alert_in(S.SUBMITTED_FOR_SENDING)
    alert.forward(actor=world.broadcaster("pt-coord"), to=world["pt-mailbox"], now=world.tick())
    assert alert.events[-1] == AlertForwarded(
        "alert-1", "2025-000001", "pt-coord/broadcaster", "pt-coord", "pt-mailbox"
    )
    assert alert.state is S.SUBMITTED_FOR_SENDING
    assert "pt-coord" not in alert.involved_entity_ids()
    with pytest.raises(NotPermitted):
        alert.accept(actor=world.broadcaster("pt-coord"), now=world.tick())
    alert.accept(actor=world.broadcaster("pt-mailbox"), now=world.tick())
    assert alert.state is S.AWAITING_SENDING


@pytest.mark.parametrize("target", ["es-coord", "pt-auth", "pt-coord"])
def test_forwarding_stays_among_other_coordinators_of_the_country(world: World, target) -> None:
    alert = world.alert_in(S.SUBMITTED_FOR_SENDING)
    with pytest.raises(InvalidField) as refused:
        alert.forward(actor=world.broadcaster("pt-coord"), to=world[target], now=world.tick())
    assert refused.value.rule == "other_coordinator_same_country"


def test_a_manager_of_the_coordinator_neither_accepts_nor_sends(world: World) -> None:
    alert = world.alert_in(S.SUBMITTED_FOR_SENDING)
    with pytest.raises(NotPermitted):
        alert.accept(actor=world.manager("pt-coord"), now=world.tick())
    alert.accept(actor=world.broadcaster("pt-coord"), now=world.tick())
    with pytest.raises(NotPermitted):
        alert.send(actor=world.manager("pt-coord"), mailboxes=world.mailboxes, now=world.tick())


def test_without_final_authorisation_the_launcher_edits_and_deletes_awaiting_alerts(
    world: World,
) -> None:
    alert = world.alert_in(S.AWAITING_SENDING)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.edit(actor=world.broadcaster("pt-coord"), form=alert.form, now=world.tick())
    assert refused.value.missing == "final_authorisation"
    alert.edit(
        actor=world.manager("pt-auth"),
        form=replace(alert.form, description="Better"),
        now=world.tick(),
    )
    assert alert.form.description == "Better" and alert.state is S.AWAITING_SENDING
    alert.delete(actor=world.manager("pt-auth"), now=world.tick())
    assert alert.state is S.DELETED


def test_with_final_authorisation_only_the_coordinator_edits_and_deletes(fa_world: World) -> None:
    alert = fa_world.alert_in(S.AWAITING_SENDING)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.delete(actor=fa_world.manager("pt-auth"), now=fa_world.tick())
    assert refused.value.missing == "coordinator_without_final_authorisation"
    alert.edit(
        actor=fa_world.broadcaster("pt-coord"),
        form=replace(alert.form, service_activity="Gas works"),
        now=fa_world.tick(),
    )
    assert alert.form.service_activity == "Gas works"
    alert.delete(actor=fa_world.broadcaster("pt-coord"), now=fa_world.tick())
    assert alert.state is S.DELETED


def test_once_accepted_the_checklist_stays_complete_and_the_coordinator_fixed(
    fa_world: World,
) -> None:
    alert = fa_world.alert_in(S.AWAITING_SENDING)
    broadcaster = fa_world.broadcaster("pt-coord")
    with pytest.raises(InvalidLaunch):
        alert.edit(actor=broadcaster, form=replace(alert.form, description=""), now=fa_world.now)
    with pytest.raises(InvalidField):
        alert.edit(
            actor=broadcaster, form=alert.form, coordinator=fa_world["pt-coord2"], now=fa_world.now
        )
    assert alert.form.description


def test_any_broadcaster_of_the_coordinator_adds_countries_before_sending(world: World) -> None:
    alert = world.alert_in(S.AWAITING_SENDING)
    alert.add_countries(
        actor=world.broadcaster("pt-coord"), countries=("DE", "FR"), now=world.tick()
    )
    assert alert.form.recipient_countries == ("FR", "ES", "DE")
    assert alert.events[-1] == RecipientCountriesAdded(
        "alert-1", "2025-000001", "pt-coord/broadcaster", ("DE",), sent=False
    )
    with pytest.raises(InvalidField):
        alert.add_countries(
            actor=world.broadcaster("pt-coord"), countries=("FR",), now=world.tick()
        )
    with pytest.raises(NotPermitted):
        alert.add_countries(actor=world.manager("pt-auth"), countries=("IT",), now=world.tick())


def test_sending_reaches_every_mailbox_the_launching_country_and_the_commission(
    world: World,
) -> None:
    alert = world.alert_in(S.AWAITING_SENDING)
    alert.send(actor=world.broadcaster("pt-coord"), mailboxes=world.mailboxes, now=world.tick())
    assert alert.state is S.SENT and alert.sent_at == world.now
    sent = alert.events[-1]
    assert sent == AlertSent(
        "alert-1", "2025-000001", "pt-coord/broadcaster",
        coordinator_id="pt-coord", launching_entity_id="pt-auth", launching_country="PT",
        recipient_countries=("FR", "ES"),
        mailbox_ids=("pt-mailbox", "fr-mailbox", "es-mailbox1", "es-mailbox2"),
        home_mailbox_ids=("pt-mailbox",), commission=True,
    )  # fmt: skip
    states = {country: r.state for country, r in alert.recipients.items()}
    assert states == {
        "PT": RecipientState.HOME,
        "FR": RecipientState.AWAITING_ACKNOWLEDGEMENT,
        "ES": RecipientState.AWAITING_ACKNOWLEDGEMENT,
    }


def test_sending_needs_a_mailbox_in_every_country(world: World) -> None:
    alert = world.alert_in(S.AWAITING_SENDING)
    mailboxes = {**world.mailboxes, "ES": ()}
    with pytest.raises(InvalidField) as refused:
        alert.send(actor=world.broadcaster("pt-coord"), mailboxes=mailboxes, now=world.tick())
    assert refused.value.rule == "mailbox_per_country" and "ES" in str(refused.value)
    assert alert.state is S.AWAITING_SENDING and not alert.recipients


def test_a_combined_profile_still_submits_and_sends_in_separate_acts(world: World) -> None:
    both = person(world["pt-coord"], M, B, name="solo")
    alert = Alert.launch(
        alert_id="a",
        number=AlertNumber(2025, 3),
        actor=both,
        form=complete_form(),
        coordinator=world["pt-coord"],
        now=world.now,
    )
    alert.submit(actor=both, now=world.tick())
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.send(actor=both, mailboxes=world.mailboxes, now=world.tick())
    assert (refused.value.state, refused.value.action) == ("SUBMITTED_FOR_SENDING", "SEND")
    alert.accept(actor=both, now=world.tick())
    alert.send(actor=both, mailboxes=world.mailboxes, now=world.tick())
    assert alert.state is S.SENT


def test_refresh_reads_flags_as_they_are_now(world: World) -> None:
    alert = world.alert_in(S.AWAITING_SENDING)
    now_final = entity("pt-coord", COORD, final_authorisation=True)
    alert.refresh(now_final)
    alert.edit(actor=person(now_final, B), form=alert.form, now=world.tick())
    with pytest.raises(TransitionNotAllowed):
        alert.edit(actor=world.manager("pt-auth"), form=alert.form, now=world.tick())
