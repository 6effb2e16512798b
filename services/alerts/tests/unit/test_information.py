"""Additional information, questions and objections (IMI guide §6.3.5, §6.3.6.4, §6.2.2)."""

import pytest
from tramita_alerts.domain.checklist import Attachment
from tramita_alerts.domain.errors import (
    InvalidField,
    NotPermitted,
    TransitionNotAllowed,
    UnknownItem,
)
from tramita_alerts.domain.events import (
    AdditionalInfoDeleted,
    AdditionalInfoEdited,
    AdditionalInfoSent,
    AdditionalInfoSubmitted,
)
from tramita_alerts.domain.information import InfoKind, InfoState

from .alert_world import OBJECTIONS, S, World

K = InfoKind


def submit(world: World, alert, who="es-health", profile="manager", to="es-coord", **kw):
    defaults = {"info_id": "i-1", "kind": K.INFORMATION, "text": "Licence suspended"}
    actor = getattr(world, profile)(who)
    alert.submit_information(actor=actor, coordinator=world[to], now=world.tick(),
                             **defaults | kw)  # fmt: skip


def test_information_goes_in_two_steps_and_everyone_involved_is_told(world: World) -> None:
    alert = world.alert_in(S.SENT)
    submit(world, alert)
    assert alert.events[-1] == AdditionalInfoSubmitted(
        "alert-1", "2025-000001", "es-health/manager", "i-1", "INFORMATION", "es-health",
        "es-coord",
    )  # fmt: skip
    with pytest.raises(NotPermitted):
        alert.send_information(actor=world.manager("es-coord"), info_id="i-1", now=world.tick())
    with pytest.raises(NotPermitted):
        alert.send_information(
            actor=world.broadcaster("es-mailbox1"), info_id="i-1", now=world.tick()
        )
    alert.send_information(actor=world.broadcaster("es-coord"), info_id="i-1", now=world.tick())
    sent = alert.events[-1]
    assert isinstance(sent, AdditionalInfoSent) and sent.kind == "INFORMATION"
    assert set(sent.involved_entity_ids) >= {"pt-auth", "pt-coord", "fr-mailbox", "es-health"}
    assert alert.information["i-1"].state is InfoState.SENT


def test_a_broadcaster_may_submit_and_then_send_its_own_information(world: World) -> None:
    alert = world.alert_in(S.SENT)
    submit(world, alert, who="pt-coord", profile="broadcaster", to="pt-coord")
    alert.send_information(actor=world.broadcaster("pt-coord"), info_id="i-1", now=world.tick())
    assert alert.information["i-1"].state is InfoState.SENT


@pytest.mark.parametrize(
    ("who", "profile"),
    [("es-health", "viewer"), ("es-env", "manager"), ("fr-auth", "manager")],
)
def test_only_managers_and_broadcasters_of_involved_entities_submit(world, who, profile) -> None:
    alert = world.alert_in(S.SENT)
    to = {"es": "es-coord", "fr": "fr-mailbox"}[who[:2]]
    with pytest.raises(NotPermitted) as refused:
        submit(world, alert, who=who, profile=profile, to=to)
    assert refused.value.action == "SUBMIT_INFORMATION"


def test_information_goes_to_a_privileged_coordinator_of_the_submitter(world: World) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(InvalidField) as refused:
        submit(world, alert, to="pt-coord")
    assert refused.value.rule == "privileged_coordinator"


def test_ids_are_unique_and_text_is_required(world: World) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(InvalidField):
        submit(world, alert, text=" ")
    submit(world, alert)
    with pytest.raises(InvalidField):
        submit(world, alert)
    with pytest.raises(UnknownItem):
        alert.send_information(
            actor=world.broadcaster("es-coord"), info_id="nope", now=world.tick()
        )


def test_without_final_authorisation_the_submitter_edits_or_deletes_before_sending(
    world: World,
) -> None:
    alert = world.alert_in(S.SENT)
    submit(world, alert)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.edit_information(
            actor=world.broadcaster("es-coord"), info_id="i-1", text="x", now=world.tick()
        )
    assert refused.value.missing == "final_authorisation"
    alert.edit_information(
        actor=world.manager("es-health"), info_id="i-1", text="Better", now=world.tick()
    )
    assert isinstance(alert.events[-1], AdditionalInfoEdited)
    alert.delete_information(actor=world.manager("es-health"), info_id="i-1", now=world.tick())
    assert isinstance(alert.events[-1], AdditionalInfoDeleted)
    with pytest.raises(TransitionNotAllowed) as gone:
        alert.send_information(actor=world.broadcaster("es-coord"), info_id="i-1", now=world.tick())
    assert gone.value.state == "DELETED"


def test_with_final_authorisation_only_the_coordinator_edits_or_deletes(fa_world: World) -> None:
    alert = fa_world.alert_in(S.SENT)
    submit(fa_world, alert)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.delete_information(
            actor=fa_world.manager("es-health"), info_id="i-1", now=fa_world.tick()
        )
    assert refused.value.missing == "coordinator_without_final_authorisation"
    alert.edit_information(
        actor=fa_world.broadcaster("es-coord"), info_id="i-1", text="Fixed", now=fa_world.tick()
    )
    assert alert.information["i-1"].text == "Fixed"


def test_once_sent_information_no_longer_changes(world: World) -> None:
    alert = world.alert_in(S.SENT)
    submit(world, alert)
    alert.send_information(actor=world.broadcaster("es-coord"), info_id="i-1", now=world.tick())
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.edit_information(
            actor=world.manager("es-health"), info_id="i-1", text="x", now=world.tick()
        )
    assert (refused.value.state, refused.value.action) == ("SENT", "EDIT_INFORMATION")


def test_questions_go_to_the_launching_country_or_one_that_has_informed(world: World) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(InvalidField) as refused:
        submit(world, alert, kind=K.QUESTION, addressed_to="FR")
    assert refused.value.rule == "launching_or_informing_country"
    submit(world, alert, kind=K.QUESTION, addressed_to="PT")
    alert.acknowledge(actor=world.broadcaster("fr-mailbox"), now=world.tick())
    submit(world, alert, who="fr-mailbox", profile="broadcaster", to="fr-mailbox", info_id="i-2")
    alert.send_information(actor=world.broadcaster("fr-mailbox"), info_id="i-2", now=world.tick())
    submit(world, alert, kind=K.QUESTION, addressed_to="FR", info_id="i-3")
    with pytest.raises(InvalidField):
        submit(world, alert, addressed_to="PT", info_id="i-4")


def test_information_flows_until_withdrawal_or_closure(world: World) -> None:
    for state in (S.AWAITING_SENDING, S.WITHDRAWN, S.CLOSED):
        alert = world.alert_in(state)
        with pytest.raises(TransitionNotAllowed) as refused:
            submit(world, alert)
        assert refused.value.state == state
    for state in (S.CLOSURE_OPEN_FOR_COMMENTS, S.WITHDRAWAL_SUBMITTED_FOR_SENDING):
        alert = world.alert_in(state)
        submit(world, alert)


def test_objections_come_from_other_countries_while_open_for_objections(world: World) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_COMMENTS)
    with pytest.raises(TransitionNotAllowed) as early:
        submit(world, alert, who="pt-auth", to="pt-coord", kind=K.OBJECTION)
    assert early.value.missing == "closure_open_for_objections"
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_OBJECTIONS)
    with pytest.raises(TransitionNotAllowed) as own:
        submit(world, alert, kind=K.OBJECTION)
    assert own.value.missing == "country_other_than_closure_country"
    submit(world, alert, who="pt-auth", to="pt-coord", kind=K.OBJECTION)
    alert.end_objection_period(now=world.tick(OBJECTIONS))
    alert.send_information(actor=world.broadcaster("pt-coord"), info_id="i-1", now=world.tick())
    assert alert.events[-1].kind == "OBJECTION"


def test_an_objection_is_not_sent_once_the_proposal_is_gone(world: World) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_OBJECTIONS)
    submit(world, alert, who="pt-auth", to="pt-coord", kind=K.OBJECTION)
    alert.end_objection_period(now=world.tick(OBJECTIONS))
    alert.decline_closure(actor=world.broadcaster("es-coord"), now=world.tick())
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.send_information(actor=world.broadcaster("pt-coord"), info_id="i-1", now=world.tick())
    assert refused.value.missing == "closure_proposal_sent"


def test_attachments_to_information_follow_the_checklist_rules(world: World) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(InvalidField) as refused:
        submit(world, alert, attachments=(Attachment("a", "report.pdf", "application/pdf", 0),))
    assert refused.value.field == "attachments[0].size_bytes"
    submit(world, alert, attachments=(Attachment("a", "report.pdf", "application/pdf", 10),))
    assert alert.information["i-1"].attachments[0].filename == "report.pdf"
