"""PRODUCT §11 journey 6 on the domain: launch → sent to two countries → acknowledged and
disseminated → additional information → closure proposal with comment and objection
periods → closed; with the notices each step owes and no personal data in any of them."""

from datetime import timedelta

from tramita_alerts.domain import events as ev
from tramita_alerts.domain.information import InfoKind
from tramita_alerts.domain.model import Alert
from tramita_alerts.domain.numbering import AlertNumber, next_number
from tramita_alerts.domain.roles import commission
from tramita_alerts.domain.visibility import Retention, Rule, personal_data_visibility

from .alert_world import COMMENTS, DESCRIPTION, OBJECTIONS, PROVIDER_NAME, S, World, complete_form

SECRETS = (PROVIDER_NAME, DESCRIPTION, "Licence suspended", "Risk is over", "Agreed")


def sees(alert: Alert, reader, now) -> Rule:
    decision = personal_data_visibility(
        reader=reader, case=alert.case_facts(), now=now, retention=Retention()
    )
    return decision.rule


def test_journey_6_an_alert_from_launch_to_closure(world: World) -> None:
    w = world
    trail: list[ev.AlertEvent] = []

    def drain(alert: Alert) -> list[ev.AlertEvent]:
        new, alert.events[:] = list(alert.events), []
        trail.extend(new)
        return new

    # Launch: a PT authority saves a numbered draft, then submits it to its coordinator.
    number = next_number(year=2025, last=AlertNumber(2025, 41))
    alert = Alert.launch(alert_id="a-42", number=number, actor=w.manager("pt-auth"),
                         form=complete_form(), coordinator=w["pt-coord"], now=w.now)  # fmt: skip
    alert.submit(actor=w.manager("pt-auth"), now=w.tick())
    launched, submitted = drain(alert)
    assert launched.number == "2025-000042" and submitted.coordinator_id == "pt-coord"

    # Sent to two countries: FR, and ES (the establishment, added by itself).
    alert.accept(actor=w.broadcaster("pt-coord"), now=w.tick())
    alert.send(actor=w.broadcaster("pt-coord"), mailboxes=w.mailboxes, now=w.tick())
    _, sent = drain(alert)
    assert alert.state is S.SENT and sent.recipient_countries == ("FR", "ES")
    assert set(sent.mailbox_ids) == {"pt-mailbox", "fr-mailbox", "es-mailbox1", "es-mailbox2"}
    assert sent.commission
    assert sees(alert, commission("ec-7"), w.now) is Rule.COMMISSION_NEVER
    assert sees(alert, w.viewer("es-mailbox2"), w.now) is Rule.INVOLVED_ENTITY

    # Acknowledged and disseminated in each country (ES takes the suggested authority).
    for mailbox, targets in (("fr-mailbox", ["fr-auth"]), ("es-mailbox1", ["es-coord"])):
        alert.acknowledge(actor=w.broadcaster(mailbox), now=w.tick())
        alert.disseminate(actor=w.broadcaster(mailbox), entities=[w[t] for t in targets],
                          now=w.tick())  # fmt: skip
    suggested = [w[s.entity_id] for s in alert.suggestions_for("ES")]
    alert.disseminate(actor=w.broadcaster("es-coord"), entities=suggested, now=w.tick())
    steps = drain(alert)
    assert [type(e).__name__ for e in steps] == [
        "AlertAcknowledged", "AlertDisseminated", "AlertAcknowledged", "AlertDisseminated",
        "AlertDisseminated",
    ]  # fmt: skip
    assert steps[-1].entity_ids == ("es-health",)

    # Additional information from ES, sent by its coordinator to everyone involved.
    alert.submit_information(actor=w.manager("es-health"), info_id="i-1",
                             kind=InfoKind.INFORMATION, text="Licence suspended",
                             coordinator=w["es-coord"], now=w.tick())  # fmt: skip
    alert.send_information(actor=w.broadcaster("es-coord"), info_id="i-1", now=w.tick())
    submitted_info, sent_info = drain(alert)
    assert submitted_info.coordinator_id == "es-coord"
    assert {"pt-auth", "pt-coord", "fr-auth", "es-health"} <= set(sent_info.involved_entity_ids)

    # Closure proposal in ES: comment period (ES only), then sent for objections.
    alert.propose_closure(
        actor=w.manager("es-health"),
        coordinator=w["es-coord"],
        reason="Risk is over",
        comment_period=COMMENTS,
        now=w.tick(),
    )
    assert alert.period_ends_at == w.now + COMMENTS
    alert.comment_on_closure(actor=w.manager("es-coord"), comment_id="c-1", text="Agreed",
                             now=w.tick())  # fmt: skip
    alert.end_comment_period(now=alert.period_ends_at)
    alert.send_closure_proposal(
        actor=w.broadcaster("es-coord"),
        objection_period=OBJECTIONS,
        include_comment_ids=("c-1",),
        now=w.tick() + timedelta(days=7),
    )
    proposed, commented, comments_over, for_objections = drain(alert)
    assert commented.comment_id == "c-1" and commented.closure_coordinator_id == "es-coord"
    assert set(proposed.notified_entity_ids) == {"es-mailbox1", "es-mailbox2", "es-coord",
                                                 "es-health"}  # fmt: skip
    assert comments_over.closure_coordinator_id == "es-coord" and comments_over.acted_by == "system"
    assert alert.state is S.CLOSURE_OPEN_FOR_OBJECTIONS
    assert for_objections.objection_period_ends_at == alert.period_ends_at

    # Objection period ends without objections; the closure coordinator closes.
    alert.end_objection_period(now=alert.period_ends_at)
    alert.close(actor=w.broadcaster("es-coord"), now=w.tick(OBJECTIONS))
    objections_over, closed = drain(alert)
    assert isinstance(objections_over, ev.ObjectionPeriodEnded)
    assert alert.state is S.CLOSED and closed.closed_at == alert.ended_at
    assert sees(alert, w.viewer("es-health"), w.now) is Rule.CLOSED_SUMMARY_ONLY
    six_months_on = w.now + timedelta(days=200)
    assert sees(alert, w.viewer("es-health"), six_months_on) is Rule.BLOCKED_AFTER_CLOSURE

    # No notice ever carries the provider, the description or any text.
    assert len(trail) == 17
    for event in trail:
        assert not any(secret in repr(event) for secret in SECRETS), event
        assert event.alert_id == "a-42" and event.number == "2025-000042"
