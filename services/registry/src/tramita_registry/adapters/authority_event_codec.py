"""Authority domain events → protobuf payloads of tramita.registry.events.v1."""

from google.protobuf.message import Message
from tramita.registry.events.v1 import events_pb2
from tramita.registry.v1 import authority_pb2

from tramita_registry.domain import events as ev


def enum_value(enum_name: str, value: str) -> int:
    """The proto enum number of a domain value; 0 (UNSPECIFIED) for an empty one."""
    if not value:
        return 0
    enum = getattr(authority_pb2, enum_name)
    prefix = "".join(f"_{c}" if c.isupper() else c.upper() for c in enum_name).lstrip("_")
    return enum.Value(f"{prefix}_{value}")


def authority_payload(event: ev.AuthorityEvent) -> Message:
    """The payload of an authority event (subject: its entity_id)."""
    match event:
        case ev.AuthorityRegistered():
            return events_pb2.AuthorityRegistered(
                entity_id=event.entity_id,
                official_name=event.official_name,
                country=event.country,
                region=event.region,
                status=enum_value("EntityStatus", event.status),
                horizontal_role=enum_value("AdministrativeRole", event.horizontal_role),
                validating_coordinator_id=event.validating_coordinator_id,
                registered_by_person_id=event.registered_by,
                contact_email=event.contact_email,
                preferred_language=event.language,
            )
        case ev.AuthorityValidated():
            return events_pb2.AuthorityValidated(
                entity_id=event.entity_id,
                validating_coordinator_id=event.validating_coordinator_id,
            )
        case ev.AuthorityDetailsChanged():
            return events_pb2.AuthorityDetailsChanged(
                entity_id=event.entity_id, fields=list(event.fields)
            )
    return _status_payload(event)


def _status_payload(event: ev.AuthorityEvent) -> Message:
    match event:
        case ev.EntityStatusChanged():
            return events_pb2.EntityStatusChanged(
                entity_id=event.entity_id,
                action=enum_value("EntityAction", event.action),
                from_status=enum_value("EntityStatus", event.from_status),
                to_status=enum_value("EntityStatus", event.to_status),
            )
        case ev.AreaAccessChanged():
            return events_pb2.AreaAccessChanged(
                entity_id=event.entity_id,
                area=event.area,
                action=enum_value("AccessAction", event.action),
                from_status=enum_value("AccessStatus", event.from_status),
                to_status=enum_value("AccessStatus", event.to_status),
                role=enum_value("AdministrativeRole", event.role),
                access_coordinator_id=event.access_coordinator_id,
            )
        case ev.WorkflowAccessChanged():
            return events_pb2.WorkflowAccessChanged(
                entity_id=event.entity_id,
                workflow=event.workflow,
                action=enum_value("AccessAction", event.action),
                from_status=enum_value("AccessStatus", event.from_status),
                to_status=enum_value("AccessStatus", event.to_status),
                content_role=enum_value("ContentRole", event.content_role),
            )
    return _settings_payload(event)


def _settings_payload(event: ev.AuthorityEvent) -> Message:
    match event:
        case ev.AreaRoleChanged():
            return events_pb2.AreaRoleChanged(
                entity_id=event.entity_id,
                area=event.area,
                role=enum_value("AdministrativeRole", event.role),
            )
        case ev.WorkflowRoleChanged():
            return events_pb2.WorkflowRoleChanged(
                entity_id=event.entity_id,
                workflow=event.workflow,
                content_role=enum_value("ContentRole", event.content_role),
                alert_mailbox=event.alert_mailbox,
            )
        case ev.WorkflowFlagsChanged():
            return events_pb2.WorkflowFlagsChanged(
                entity_id=event.entity_id, workflow=event.workflow, flags=dict(event.flags)
            )
        case ev.AllocationChanged():
            return events_pb2.AllocationChanged(
                entity_id=event.entity_id,
                workflow=event.workflow,
                uses_allocation=event.uses_allocation,
            )
        case ev.PrivilegedCoordinatorsChanged():
            return events_pb2.PrivilegedCoordinatorsChanged(
                entity_id=event.entity_id,
                workflow=event.workflow,
                coordinator_ids=list(event.coordinator_ids),
            )
        case ev.EntityContactChanged():
            return events_pb2.EntityContactChanged(
                entity_id=event.entity_id,
                contact_email=event.contact_email,
                preferred_language=event.language,
            )
    raise TypeError(f"no payload for {type(event).__name__}")
