"""Reception in each country (IMI guide §6.3.4, §6.2.1.3; PRODUCT §12)."""

import pytest
from tramita_alerts.domain.checklist import SuggestedAuthority
from tramita_alerts.domain.errors import (
    InvalidField,
    NotPermitted,
    TransitionNotAllowed,
    UnknownItem,
)
from tramita_alerts.domain.events import AlertAcknowledged, AlertDisseminated, RecipientRemoved
from tramita_alerts.domain.information import InfoKind
from tramita_alerts.domain.recipients import RecipientState
from tramita_alerts.domain.roles import commission

from .alert_world import S, World


@pytest.fixture
def sent(world: World):
    alert = world.alert_in(S.AWAITING_SENDING)
    alert.send(actor=world.broadcaster("pt-coord"), mailboxes=world.mailboxes, now=world.tick())
    alert.events.clear()
    return alert


def test_the_launching_country_mailbox_receives_its_own_alert_without_acknowledging(
    world: World, sent
) -> None:
    home = sent.recipients["PT"]
    assert home.state is RecipientState.HOME and home.mailbox_ids == ("pt-mailbox",)
    assert "pt-mailbox" in sent.involved_entity_ids()
    with pytest.raises(TransitionNotAllowed) as refused:
        sent.acknowledge(actor=world.broadcaster("pt-mailbox"), now=world.tick())
    assert (refused.value.state, refused.value.action) == ("HOME", "ACKNOWLEDGE")
    assert refused.value.missing == "not_the_launching_country"
    sent.disseminate(
        actor=world.broadcaster("pt-mailbox"), entities=[world["pt-other"]], now=world.tick()
    )
    assert sent.events[-1] == AlertDisseminated(
        "alert-1", "2025-000001", "pt-mailbox/broadcaster", "PT", "pt-mailbox", ("pt-other",)
    )
    assert "pt-other" in sent.involved_entity_ids(country="PT")


def test_a_recipient_mailbox_acknowledges_then_disseminates(world: World, sent) -> None:
    fr = world.broadcaster("fr-mailbox")
    with pytest.raises(TransitionNotAllowed) as early:
        sent.disseminate(actor=fr, entities=[world["fr-auth"]], now=world.tick())
    assert early.value.missing == "acknowledged"
    sent.acknowledge(actor=fr, now=world.tick())
    assert sent.recipients["FR"].state is RecipientState.ACKNOWLEDGED
    assert sent.events[-1] == AlertAcknowledged(
        "alert-1", "2025-000001", "fr-mailbox/broadcaster", "FR", "fr-mailbox"
    )
    sent.disseminate(actor=fr, entities=[world["fr-auth"]], now=world.tick())
    assert sent.recipients["FR"].active().keys() == {"fr-auth"}


def test_with_several_mailboxes_the_first_to_acknowledge_acts_for_the_country(
    world: World, sent
) -> None:
    first, second = world.broadcaster("es-mailbox2"), world.broadcaster("es-mailbox1")
    sent.acknowledge(actor=first, now=world.tick())
    with pytest.raises(TransitionNotAllowed) as refused:
        sent.acknowledge(actor=second, now=world.tick())
    assert (refused.value.state, refused.value.action) == ("ACKNOWLEDGED", "ACKNOWLEDGE")
    with pytest.raises(NotPermitted) as not_acting:
        sent.disseminate(actor=second, entities=[world["es-health"]], now=world.tick())
    assert "mailbox acting for the country" in not_acting.value.missing
    sent.disseminate(actor=first, entities=[world["es-health"]], now=world.tick())
    assert sent.recipients["ES"].acknowledged_by == "es-mailbox2"
    assert {"es-mailbox1", "es-mailbox2"} <= set(sent.involved_entity_ids())


def test_only_broadcasters_of_a_mailbox_acknowledge(world: World, sent) -> None:
    others = (
        world.manager("es-mailbox1"),
        world.viewer("es-mailbox1"),
        world.broadcaster("es-coord"),
        world.manager("es-health"),
        commission("ec"),
    )
    for actor in others:
        with pytest.raises(NotPermitted):
            sent.acknowledge(actor=actor, now=world.tick())
    assert sent.recipients["ES"].state is RecipientState.AWAITING_ACKNOWLEDGEMENT


def test_dissemination_offers_the_suggested_authorities(world: World, sent) -> None:
    assert sent.suggestions_for("ES") == (SuggestedAuthority("ES", entity_id="es-health"),)
    assert sent.suggestions_for("FR") == ()


def test_dissemination_stays_within_the_country(world: World, sent) -> None:
    es = world.broadcaster("es-mailbox1")
    sent.acknowledge(actor=es, now=world.tick())
    with pytest.raises(InvalidField) as refused:
        sent.disseminate(actor=es, entities=[world["fr-auth"]], now=world.tick())
    assert refused.value.rule == "same_country"
    sent.disseminate(actor=es, entities=[world["es-coord"]], now=world.tick())
    with pytest.raises(InvalidField) as nothing_new:
        sent.disseminate(
            actor=es, entities=[world["es-coord"], world["es-mailbox2"]], now=world.tick()
        )
    assert nothing_new.value.rule == "new_recipients"


def test_recipient_coordinators_add_recipients_but_authorities_do_not(world: World, sent) -> None:
    es = world.broadcaster("es-mailbox1")
    sent.acknowledge(actor=es, now=world.tick())
    sent.disseminate(actor=es, entities=[world["es-coord"], world["es-health"]], now=world.tick())
    sent.disseminate(
        actor=world.broadcaster("es-coord"), entities=[world["es-env"]], now=world.tick()
    )
    assert sent.events[-1].by_entity_id == "es-coord"
    with pytest.raises(NotPermitted):
        sent.disseminate(
            actor=world.manager("es-health"), entities=[world["es-env"]], now=world.tick()
        )
    with pytest.raises(NotPermitted):
        sent.disseminate(
            actor=world.manager("es-coord"), entities=[world["es-env"]], now=world.tick()
        )


def test_only_the_mailbox_removes_a_recipient_that_has_not_acted(world: World, sent) -> None:
    es = world.broadcaster("es-mailbox1")
    sent.acknowledge(actor=es, now=world.tick())
    sent.disseminate(
        actor=es,
        entities=[world["es-coord"], world["es-health"], world["es-env"]],
        now=world.tick(),
    )
    with pytest.raises(NotPermitted):
        sent.remove_recipient(
            actor=world.broadcaster("es-coord"), entity_id="es-env", now=world.tick()
        )
    sent.remove_recipient(actor=es, entity_id="es-env", now=world.tick())
    assert sent.events[-1] == RecipientRemoved(
        "alert-1", "2025-000001", "es-mailbox1/broadcaster", "ES", "es-mailbox1", "es-env"
    )
    assert "es-env" not in sent.involved_entity_ids()
    sent.submit_information(
        actor=world.manager("es-health"),
        info_id="i-1",
        kind=InfoKind.INFORMATION,
        text="Inspected",
        coordinator=world["es-coord"],
        now=world.tick(),
    )
    with pytest.raises(TransitionNotAllowed) as acted:
        sent.remove_recipient(actor=es, entity_id="es-health", now=world.tick())
    assert acted.value.missing == "recipient_has_not_acted"
    with pytest.raises(UnknownItem):
        sent.remove_recipient(actor=es, entity_id="es-env", now=world.tick())


def test_a_removed_recipient_receives_and_does_nothing_more(world: World, sent) -> None:
    es = world.broadcaster("es-mailbox1")
    sent.acknowledge(actor=es, now=world.tick())
    sent.disseminate(actor=es, entities=[world["es-health"]], now=world.tick())
    sent.remove_recipient(actor=es, entity_id="es-health", now=world.tick())
    with pytest.raises(NotPermitted):
        sent.submit_information(
            actor=world.manager("es-health"),
            info_id="i-1",
            kind=InfoKind.INFORMATION,
            text="x",
            coordinator=world["es-coord"],
            now=world.tick(),
        )
    sent.disseminate(actor=es, entities=[world["es-health"]], now=world.tick())
    assert "es-health" in sent.involved_entity_ids()


@pytest.mark.parametrize("state", [S.DRAFT, S.AWAITING_SENDING, S.WITHDRAWN, S.CLOSED])
def test_reception_happens_only_while_the_alert_is_out(world: World, state) -> None:
    alert = world.alert_in(state)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.acknowledge(actor=world.broadcaster("fr-mailbox"), now=world.tick())
    assert (refused.value.state, refused.value.action) == (state, "ACKNOWLEDGE")
    assert refused.value.missing == "sent_alert"


def test_reception_goes_on_while_a_withdrawal_awaits_sending(world: World) -> None:
    alert = world.alert_in(S.WITHDRAWAL_SUBMITTED_FOR_SENDING)
    alert.acknowledge(actor=world.broadcaster("fr-mailbox"), now=world.tick())
    assert alert.recipients["FR"].state is RecipientState.ACKNOWLEDGED
