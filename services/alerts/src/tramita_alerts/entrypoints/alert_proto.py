"""Alerts between the domain and `tramita.alerts.v1` messages."""

from datetime import datetime

from google.protobuf.timestamp_pb2 import Timestamp
from tramita.alerts.v1 import alerts_pb2

from tramita_alerts.app.handlers import AlertView
from tramita_alerts.domain.checklist import Criterion, LaunchForm, Provider
from tramita_alerts.domain.errors import InvalidField


def _stamp(value: datetime | None) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp


def form_from(message: alerts_pb2.AlertForm) -> LaunchForm:
    try:
        criteria = frozenset(Criterion(c) for c in message.criteria)
    except ValueError:
        raise InvalidField("criteria", "known_criterion", "unknown criterion") from None
    provider = None
    if message.HasField("provider"):
        p = message.provider
        provider = Provider(p.name, p.identifier, p.address, p.natural_person)
    return LaunchForm(
        criteria=criteria,
        provider=provider,
        service_activity=message.service_activity,
        establishment=message.establishment,
        description=message.description,
        recipient_countries=tuple(message.recipient_countries),
    )


def alert_proto(found: AlertView) -> alerts_pb2.Alert:
    alert = found.alert
    form = alert.form
    provider = form.provider if found.personal_data.visible else None
    message = alerts_pb2.Alert(
        alert_id=alert.alert_id,
        number=str(alert.number),
        state=alerts_pb2.AlertState.Value(f"ALERT_STATE_{alert.state.value}"),
        launching_entity_id=alert.launching_entity.entity_id,
        created_at=_stamp(alert.created_at),
        version=alert.version,
        launching_country=alert.launching_country,
        coordinator_id=alert.coordinator.entity_id if alert.coordinator else "",
        form=alerts_pb2.AlertForm(
            criteria=sorted(c.value for c in form.criteria),
            provider=(
                alerts_pb2.Provider(
                    name=provider.name,
                    identifier=provider.identifier,
                    address=provider.address,
                    natural_person=provider.natural_person,
                )
                if provider
                else None
            ),
            service_activity=form.service_activity,
            establishment=form.establishment,
            description=form.description,
            recipient_countries=list(form.recipient_countries),
        ),
        recipients=[
            alerts_pb2.CountryReception(
                country=r.country,
                state=r.state.value,
                mailbox_ids=list(r.mailbox_ids),
                acknowledged_by=r.acknowledged_by,
                recipient_entity_ids=list(r.active()),
            )
            for r in alert.recipients.values()
        ],
        period_ends_at=_stamp(alert.period_ends_at),
        sent_at=_stamp(alert.sent_at),
        personal_data_rule=found.personal_data.rule.value,
    )
    return message
