"""Modification after sending (IMI guide §6.3.2) and withdrawal (§6.3.3; PRODUCT §12)."""

from datetime import timedelta

import pytest
from tramita_alerts.domain.checklist import ESTABLISHMENT_UNKNOWN, Provider
from tramita_alerts.domain.errors import (
    InvalidField,
    InvalidLaunch,
    NotPermitted,
    TransitionNotAllowed,
)
from tramita_alerts.domain.events import (
    AlertRectified,
    AlertWithdrawn,
    ClosureProposalCancelled,
    EstablishmentChanged,
    RecipientCountriesAdded,
    WithdrawalRecalled,
    WithdrawalSubmitted,
)
from tramita_alerts.domain.information import InfoKind
from tramita_alerts.domain.recipients import RecipientState
from tramita_alerts.domain.states import CLOSURE_STATES

from .alert_world import S, World


def test_the_sending_coordinator_changes_the_establishment_and_everyone_is_told(
    world: World,
) -> None:
    alert = world.alert_in(S.SENT)
    alert.change_establishment(
        actor=world.broadcaster("pt-coord"), establishment="FR", now=world.tick()
    )
    assert alert.form.establishment == "FR" and alert.closure_country == "FR"
    (changed,) = alert.events
    assert changed == EstablishmentChanged(
        "alert-1", "2025-000001", "pt-coord/broadcaster", "ES", "FR",
        involved_entity_ids=alert.involved_entity_ids(),
    )  # fmt: skip
    assert {"pt-auth", "fr-mailbox", "es-mailbox1", "es-health"} <= set(changed.involved_entity_ids)


def test_a_new_establishment_not_yet_recipient_is_added_and_receives_the_alert(
    world: World,
) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(InvalidField) as no_mailbox:
        alert.change_establishment(
            actor=world.broadcaster("pt-coord"),
            establishment="IT",
            mailboxes=world.mailboxes,
            now=world.tick(),
        )
    assert no_mailbox.value.rule == "mailbox_per_country" and alert.form.establishment == "ES"
    alert.change_establishment(
        actor=world.broadcaster("pt-coord"),
        establishment="DE",
        mailboxes=world.mailboxes,
        now=world.tick(),
    )
    added, changed = alert.events
    assert added == RecipientCountriesAdded(
        "alert-1", "2025-000001", "pt-coord/broadcaster", ("DE",), True, ("de-mailbox",)
    )
    assert isinstance(changed, EstablishmentChanged) and "de-mailbox" in changed.involved_entity_ids
    assert alert.recipients["DE"].state is RecipientState.AWAITING_ACKNOWLEDGEMENT


def test_an_unknown_establishment_hands_closure_to_the_launching_country(world: World) -> None:
    alert = world.alert_in(S.SENT)
    alert.change_establishment(
        actor=world.broadcaster("pt-coord"), establishment=ESTABLISHMENT_UNKNOWN, now=world.tick()
    )
    assert alert.closure_country == "PT"
    assert "ES" in alert.recipients  # a recipient stays one


@pytest.mark.parametrize("state", CLOSURE_STATES)
def test_the_establishment_never_changes_while_a_closure_proposal_is_pending(
    world: World, state
) -> None:
    alert = world.alert_in(state)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.change_establishment(
            actor=world.broadcaster("pt-coord"), establishment="FR", now=world.tick()
        )
    assert refused.value.missing == "no_closure_proposal_pending"
    assert (refused.value.state, refused.value.action) == (state, "CHANGE_ESTABLISHMENT")
    assert alert.form.establishment == "ES"


@pytest.mark.parametrize(
    "who", [("pt-auth", "manager"), ("pt-coord", "manager"), ("es-mailbox1", "broadcaster"),
            ("pt-mailbox", "broadcaster")],
)  # fmt: skip
def test_only_the_sending_coordinator_changes_establishment_or_adds_countries(
    world: World, who
) -> None:
    alert = world.alert_in(S.SENT)
    actor = getattr(world, who[1])(who[0])
    with pytest.raises(NotPermitted):
        alert.change_establishment(actor=actor, establishment="FR", now=world.tick())
    with pytest.raises(NotPermitted):
        alert.add_countries(
            actor=actor, countries=("DE",), mailboxes=world.mailboxes, now=world.tick()
        )


def test_countries_added_after_sending_receive_the_alert_at_once(world: World) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_OBJECTIONS)
    alert.add_countries(
        actor=world.broadcaster("pt-coord"),
        countries=("DE",),
        mailboxes=world.mailboxes,
        now=world.tick(),
    )
    assert alert.events[-1] == RecipientCountriesAdded(
        "alert-1", "2025-000001", "pt-coord/broadcaster", ("DE",), True, ("de-mailbox",)
    )
    assert alert.state is S.CLOSURE_OPEN_FOR_OBJECTIONS
    with pytest.raises(InvalidField):
        alert.add_countries(
            actor=world.broadcaster("pt-coord"),
            countries=("IT",),
            mailboxes=world.mailboxes,
            now=world.tick(),
        )


def test_the_launching_authority_rectifies_provider_and_description(world: World) -> None:
    alert = world.alert_in(S.SENT)
    alert.rectify(
        actor=world.manager("pt-auth"),
        provider=Provider("Joana Provedora SA"),
        description="Four sites, not three",
        now=world.tick(),
    )
    assert alert.form.provider.name == "Joana Provedora SA"
    (event,) = alert.events
    assert isinstance(event, AlertRectified) and event.fields == ("description", "provider")
    with pytest.raises(InvalidLaunch) as refused:
        alert.rectify(actor=world.manager("pt-auth"), description=" ", now=world.tick())
    assert refused.value.fields == {"description": "required"}
    with pytest.raises(InvalidField):
        alert.rectify(actor=world.manager("pt-auth"), now=world.tick())


def test_the_coordinator_rectifies_only_with_final_authorisation(
    world: World, fa_world: World
) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.rectify(actor=world.broadcaster("pt-coord"), description="x", now=world.tick())
    assert refused.value.missing == "final_authorisation"
    alert = fa_world.alert_in(S.SENT)
    alert.rectify(actor=fa_world.broadcaster("pt-coord"), description="x", now=fa_world.tick())
    alert.rectify(actor=fa_world.manager("pt-auth"), description="y", now=fa_world.tick())
    assert alert.form.description == "y"


def test_recipients_never_rectify(world: World) -> None:
    alert = world.alert_in(S.SENT)
    for actor in (world.manager("es-health"), world.broadcaster("es-mailbox1")):
        with pytest.raises(NotPermitted):
            alert.rectify(actor=actor, description="x", now=world.tick())


def test_withdrawal_is_submitted_then_sent_and_stops_everything(world: World) -> None:
    alert = world.alert_in(S.SENT)
    alert.submit_withdrawal(
        actor=world.manager("pt-auth"), reason="Wrong provider", now=world.tick()
    )
    assert alert.state is S.WITHDRAWAL_SUBMITTED_FOR_SENDING
    assert alert.events[-1] == WithdrawalSubmitted(
        "alert-1", "2025-000001", "pt-auth/manager", "pt-auth", "pt-coord"
    )
    alert.submit_information(
        actor=world.manager("es-health"),
        info_id="i-1",
        kind=InfoKind.INFORMATION,
        text="Still adding",
        coordinator=world["es-coord"],
        now=world.tick(),
    )
    with pytest.raises(NotPermitted):
        alert.send_withdrawal(actor=world.manager("pt-coord"), now=world.tick())
    alert.send_withdrawal(actor=world.broadcaster("pt-coord"), now=world.tick())
    assert alert.state is S.WITHDRAWN and alert.ended_at == world.now
    assert isinstance(alert.events[-1], AlertWithdrawn)
    with pytest.raises(TransitionNotAllowed):
        alert.send_information(actor=world.broadcaster("es-coord"), info_id="i-1", now=world.tick())


def test_the_coordinators_manager_may_submit_a_withdrawal_but_recipients_may_not(
    world: World,
) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(NotPermitted):
        alert.submit_withdrawal(actor=world.manager("es-health"), reason="x", now=world.tick())
    with pytest.raises(InvalidField):
        alert.submit_withdrawal(actor=world.manager("pt-coord"), reason=" ", now=world.tick())
    alert.submit_withdrawal(actor=world.manager("pt-coord"), reason="x", now=world.tick())
    assert alert.withdrawal.entity_id == "pt-coord"


def test_an_unsent_alert_is_deleted_not_withdrawn(world: World) -> None:
    alert = world.alert_in(S.AWAITING_SENDING)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.submit_withdrawal(actor=world.manager("pt-auth"), reason="x", now=world.tick())
    assert refused.value.missing.startswith("alert_sent")


def test_a_withdrawal_may_be_recalled_before_it_is_sent(world: World, fa_world: World) -> None:
    alert = world.alert_in(S.WITHDRAWAL_SUBMITTED_FOR_SENDING)
    alert.recall_withdrawal(actor=world.manager("pt-auth"), now=world.tick())
    assert alert.state is S.SENT and alert.withdrawal is None
    assert isinstance(alert.events[-1], WithdrawalRecalled)
    alert = fa_world.alert_in(S.WITHDRAWAL_SUBMITTED_FOR_SENDING)
    with pytest.raises(TransitionNotAllowed):
        alert.recall_withdrawal(actor=fa_world.manager("pt-auth"), now=fa_world.tick())
    alert.recall_withdrawal(actor=fa_world.broadcaster("pt-coord"), now=fa_world.tick())
    assert alert.state is S.SENT


@pytest.mark.parametrize("state", CLOSURE_STATES)
def test_withdrawal_cancels_a_pending_closure_proposal(world: World, state) -> None:
    alert = world.alert_in(state)
    alert.submit_withdrawal(actor=world.manager("pt-auth"), reason="x", now=world.tick())
    cancelled, submitted = alert.events
    assert isinstance(cancelled, ClosureProposalCancelled) and cancelled.reason == "withdrawal"
    assert isinstance(submitted, WithdrawalSubmitted)
    assert alert.closure is None and alert.period_ends_at is None
    with pytest.raises(TransitionNotAllowed):
        alert.end_comment_period(now=world.tick(timedelta(days=60)))
