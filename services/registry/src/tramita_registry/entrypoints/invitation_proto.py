"""Protobuf ⇄ domain for invitations and self-registration (contract types stop here)."""

from datetime import date, datetime

from google.protobuf.timestamp_pb2 import Timestamp
from tramita.registry.v1 import invitation_pb2, registry_pb2

from tramita_registry.app.invitations.registration import CodeCheck, Registered
from tramita_registry.app.invitations.sending import SendOutcome
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.invitations import Invitation, InvitationStatus, InvitedArea
from tramita_registry.entrypoints.authority_proto import profile_proto

FORMATS = {
    registry_pb2.SPREADSHEET_FORMAT_UNSPECIFIED: "",
    registry_pb2.SPREADSHEET_FORMAT_CSV: "csv",
    registry_pb2.SPREADSHEET_FORMAT_XLSX: "xlsx",
}


def _timestamp(moment: datetime | None) -> Timestamp | None:
    if moment is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(moment)
    return stamp


def status_from(number: int) -> InvitationStatus | None:
    try:
        name = invitation_pb2.InvitationStatus.Name(number)
    except ValueError:
        raise InvalidField("status", "enum", f"unknown invitation status {number}") from None
    value = name.removeprefix("INVITATION_STATUS_")
    return None if value == "UNSPECIFIED" else InvitationStatus(value)


def status_number(status: InvitationStatus) -> int:
    return invitation_pb2.InvitationStatus.Value(f"INVITATION_STATUS_{status.value}")


def file_format(number: int) -> str:
    if number not in FORMATS:
        raise InvalidField("format", "enum", f"unknown spreadsheet format {number}")
    return FORMATS[number]


def day_from(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidField("day", "date", "a day like 2026-11-23") from None


def areas_from(messages) -> tuple[InvitedArea, ...]:
    return tuple(InvitedArea(m.area, tuple(m.workflows)) for m in messages)


def _areas(areas: tuple[InvitedArea, ...]) -> list[invitation_pb2.InvitedArea]:
    return [invitation_pb2.InvitedArea(area=a.area, workflows=list(a.workflows)) for a in areas]


def invitation_proto(invitation: Invitation) -> invitation_pb2.Invitation:
    rejection = (
        invitation_pb2.InvitationRejection.Value(
            f"INVITATION_REJECTION_{invitation.rejection.value}"
        )
        if invitation.rejection
        else 0
    )
    return invitation_pb2.Invitation(
        invitation_id=invitation.invitation_id,
        inviting_entity_id=invitation.inviting_entity_id,
        email=invitation.email,
        display_name=invitation.display_name,
        areas=_areas(invitation.areas),
        message=invitation.message,
        status=status_number(invitation.status),
        rejection=rejection,
        bulk=invitation.bulk,
        created_at=_timestamp(invitation.created_at),
        confirmed_at=_timestamp(invitation.confirmed_at),
        confirmed_day=invitation.confirmed_day.isoformat() if invitation.confirmed_day else "",
        send_at=_timestamp(invitation.send_at),
        sent_at=_timestamp(invitation.sent_at),
        expires_at=_timestamp(invitation.expires_at),
        registered_entity_id=invitation.registered_entity_id,
        issue=invitation.issue,
        status_changed_at=_timestamp(invitation.status_changed_at),
        version=invitation.version,
    )


def outcome_proto(outcome: SendOutcome) -> registry_pb2.SendInvitationsResponse:
    return registry_pb2.SendInvitationsResponse(
        sent=outcome.sent,
        rejected=outcome.rejected,
        blocked=outcome.blocked,
        outcomes=[
            invitation_pb2.InvitationOutcome(
                invitation=invitation_proto(i), reason=SendOutcome.reason(i)
            )
            for i in outcome.invitations
        ],
    )


def summary_proto(found: CodeCheck) -> invitation_pb2.InvitationSummary:
    invitation, coordinator = found.invitation, found.coordinator
    return invitation_pb2.InvitationSummary(
        invitation_id=invitation.invitation_id,
        display_name=invitation.display_name,
        email=invitation.email,
        areas=_areas(invitation.areas),
        message=invitation.message,
        coordinator_name=coordinator.profile.official_name,
        coordinator_email=coordinator.profile.contacts.email,
        country=coordinator.country,
        expires_at=_timestamp(invitation.expires_at),
    )


def registration_proto(done: Registered) -> invitation_pb2.SelfRegistrationSummary:
    authority, user = done.authority, done.user
    return invitation_pb2.SelfRegistrationSummary(
        entity_id=authority.entity_id,
        username=user.username,
        profile=profile_proto(authority.profile),
        areas=[
            invitation_pb2.AreaKeywords(area=a.area, keywords=list(a.keywords))
            for a in authority.areas.values()
        ],
        workflows=[w for a in authority.areas.values() for w in a.workflows],
        first_user=invitation_pb2.FirstUser(
            name=user.name, email=user.email, preferred_language=user.language
        ),
        coordinator_name=done.coordinator.profile.official_name,
    )
