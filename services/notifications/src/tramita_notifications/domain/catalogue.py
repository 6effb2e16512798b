"""The catalogue of notice kinds: family, channels, secrecy and what a template may print.

A kind's params are a whitelist: the renderer refuses any other value, so case content
(a data subject, questions, descriptions, attachments) cannot reach a message even if an
event adapter were to pass it on. Required params must be present; optional ones may be.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from tramita_notifications.domain.errors import MissingParams, ParamsNotAllowed, UnknownKind
from tramita_notifications.domain.model import Channel

__all__ = [
    "CATALOGUE",
    "SECRET_PARAMS",
    "Family",
    "Kind",
    "NoticeKind",
    "check_params",
    "notice_kind",
]


class Family(StrEnum):
    """The workflow a notice belongs to; alert notices follow stricter addressing (003 §6.4.1)."""

    REQUEST = "request"
    ALERT = "alert"
    OTHER = "other"


class Kind(StrEnum):
    REQUEST_RECEIVED = "request.received"
    REQUEST_ASSIGNED = "request.assigned"
    REQUEST_FORWARDED = "request.forwarded"
    REQUEST_SPLIT = "request.split"
    REQUEST_ANSWERED = "request.answered"
    REQUEST_COMMENT_ADDED = "request.comment_added"
    REQUEST_ADDITIONAL_INFO_REQUESTED = "request.additional_info_requested"
    REQUEST_DEADLINE_CHANGED = "request.deadline_changed"
    REQUEST_ACTION_NEEDED = "request.action_needed"
    REQUEST_COORDINATOR_FORWARDED = "request.coordinator_forwarded"
    REQUEST_APPROVAL_NEEDED = "request.approval_needed"
    REQUEST_ANSWER_APPROVAL_NEEDED = "request.answer_approval_needed"
    REQUEST_SUPERVISION_NEEDED = "request.supervision_needed"
    ALERT_SUBMITTED_FOR_SENDING = "alert.submitted_for_sending"
    ALERT_RECEIVED = "alert.received"
    ALERT_DISSEMINATED = "alert.disseminated"
    ALERT_UPDATED = "alert.updated"
    ALERT_ESTABLISHMENT_CHANGED = "alert.establishment_changed"
    ALERT_ADDITIONAL_INFO_SUBMITTED = "alert.additional_info_submitted"
    ALERT_ADDITIONAL_INFO_SENT = "alert.additional_info_sent"
    ALERT_WITHDRAWAL_SUBMITTED = "alert.withdrawal_submitted"
    ALERT_WITHDRAWN = "alert.withdrawn"
    ALERT_CLOSURE_PROPOSED = "alert.closure_proposed"
    ALERT_COMMENT_PERIOD_ENDED = "alert.comment_period_ended"
    ALERT_CLOSURE_OPEN_FOR_OBJECTIONS = "alert.closure_open_for_objections"
    ALERT_OBJECTION_PERIOD_ENDED = "alert.objection_period_ended"
    ALERT_CLOSED = "alert.closed"
    INVITATION_SENT = "invitation.sent"
    INVITATION_REMINDER = "invitation.reminder"
    INVITATION_REGISTERED = "invitation.registered"
    REGISTRATION_CONFIRMED = "registration.confirmed"
    INVITATION_VALIDATED = "invitation.validated"
    ACCESS_REQUEST_EMAIL_VALIDATION = "access_request.email_validation"
    ACCESS_REQUEST_REJECTED = "access_request.rejected"
    ACCESS_REQUEST_SET_PASSWORD = "access_request.set_password"
    LOGIN_ONE_TIME_CODE = "login.one_time_code"
    USER_CREATED = "user.created"
    USER_TEMPORARY_PASSWORD = "user.temporary_password"
    PASSWORD_RESET = "password.reset"
    DELEGATION_GRANTED = "delegation.granted"
    DELEGATION_REVOKED = "delegation.revoked"
    REGISTER_DELETED = "register.deleted"
    REGISTER_TRANSFERRED = "register.transferred"
    ORGANIZATION_REGISTERED = "organization.registered"
    ORGANIZATION_VALIDATED = "organization.validated"


@dataclass(frozen=True, slots=True)
class NoticeKind:
    """One kind of notice. `channels[0]` is the default; `secret` bodies carry a one-time
    secret (a code, a password, a single-use link) and are sealed at rest."""

    name: str
    family: Family
    required: frozenset[str]
    optional: frozenset[str] = frozenset()
    channels: tuple[Channel, ...] = (Channel.EMAIL,)
    secret: bool = False
    # Sent by a service naming the recipient (SendDirect), for people without an account
    # whose address must not travel in an event; secret kinds are always direct.
    direct: bool = False

    @property
    def params(self) -> frozenset[str]:
        """Every value the kind's templates may print."""
        return self.required | self.optional


# Values that must never reach a subject line (which is also the in-app notice's title).
SECRET_PARAMS = frozenset({"code", "registration_code", "temporary_password"})

_R, _A, _O = Family.REQUEST, Family.ALERT, Family.OTHER
_SUMMARY = ("entity_email", "entity_phone", "entity_address", "entity_website")
_SUMMARY += ("legislative_areas", "workflows", "first_user_name", "first_user_email")


def _k(
    name: Kind,
    family: Family,
    required: Iterable[str] = ("reference",),
    optional: Iterable[str] = (),
    *,
    channels: tuple[Channel, ...] = (Channel.EMAIL,),
    secret: bool = False,
    direct: bool = False,
) -> NoticeKind:
    """A catalogue row; request and alert notices print their reference number."""
    return NoticeKind(
        str(name),
        family,
        frozenset(required),
        frozenset(optional),
        channels,
        secret,
        direct or secret,
    )


_KINDS = (
    _k(Kind.REQUEST_RECEIVED, _R, optional=("deadline",)),
    _k(Kind.REQUEST_ASSIGNED, _R, optional=("deadline",)),
    _k(Kind.REQUEST_FORWARDED, _R),
    _k(Kind.REQUEST_SPLIT, _R, optional=("new_reference",)),
    _k(Kind.REQUEST_ANSWERED, _R),
    _k(Kind.REQUEST_COMMENT_ADDED, _R),
    _k(Kind.REQUEST_ADDITIONAL_INFO_REQUESTED, _R),
    _k(Kind.REQUEST_DEADLINE_CHANGED, _R, ("reference", "deadline")),
    _k(Kind.REQUEST_ACTION_NEEDED, _R),
    _k(Kind.REQUEST_COORDINATOR_FORWARDED, _R),
    _k(Kind.REQUEST_APPROVAL_NEEDED, _R),
    _k(Kind.REQUEST_ANSWER_APPROVAL_NEEDED, _R),
    _k(Kind.REQUEST_SUPERVISION_NEEDED, _R),
    _k(Kind.ALERT_SUBMITTED_FOR_SENDING, _A),
    _k(Kind.ALERT_RECEIVED, _A),
    _k(Kind.ALERT_DISSEMINATED, _A),
    _k(Kind.ALERT_UPDATED, _A),
    _k(Kind.ALERT_ESTABLISHMENT_CHANGED, _A),
    _k(Kind.ALERT_ADDITIONAL_INFO_SUBMITTED, _A),
    _k(Kind.ALERT_ADDITIONAL_INFO_SENT, _A),
    _k(Kind.ALERT_WITHDRAWAL_SUBMITTED, _A),
    _k(Kind.ALERT_WITHDRAWN, _A),
    _k(Kind.ALERT_CLOSURE_PROPOSED, _A, optional=("ends_on",)),
    _k(Kind.ALERT_COMMENT_PERIOD_ENDED, _A),
    _k(Kind.ALERT_CLOSURE_OPEN_FOR_OBJECTIONS, _A, optional=("ends_on",)),
    _k(Kind.ALERT_OBJECTION_PERIOD_ENDED, _A),
    _k(Kind.ALERT_CLOSED, _A),
    _k(
        Kind.INVITATION_SENT,
        _O,
        ("coordinator_name", "coordinator_email", "registration_code", "expires_on"),
        secret=True,
    ),
    _k(Kind.INVITATION_REMINDER, _O, ("coordinator_name", "coordinator_email", "expires_on")),
    _k(Kind.INVITATION_REGISTERED, _O, ("entity_name",)),
    _k(Kind.REGISTRATION_CONFIRMED, _O, ("entity_name",), _SUMMARY, direct=True),
    _k(Kind.INVITATION_VALIDATED, _O, ("entity_name",), ("training_url",)),
    _k(Kind.ACCESS_REQUEST_EMAIL_VALIDATION, _O, (), ("valid_hours",), secret=True),
    _k(Kind.ACCESS_REQUEST_REJECTED, _O, (), ("reason",), direct=True),
    _k(Kind.ACCESS_REQUEST_SET_PASSWORD, _O, (), ("valid_hours",), secret=True),
    _k(
        Kind.LOGIN_ONE_TIME_CODE,
        _O,
        ("code", "valid_minutes"),
        ("channel",),
        channels=(Channel.EMAIL, Channel.SMS),
        secret=True,
    ),
    _k(Kind.USER_CREATED, _O, ("entity_name",), ("first_user",)),
    _k(Kind.USER_TEMPORARY_PASSWORD, _O, ("temporary_password", "expires_on"), secret=True),
    _k(Kind.PASSWORD_RESET, _O, ("temporary_password", "expires_on"), secret=True),
    _k(Kind.DELEGATION_GRANTED, _O, ("process_types",), ("organization_name", "delegated_by_name")),
    _k(Kind.DELEGATION_REVOKED, _O, (), ("organization_name", "revoked_by_name")),
    _k(Kind.REGISTER_DELETED, _O, ("register_name",)),
    _k(Kind.REGISTER_TRANSFERRED, _O, ("register_name",)),
    _k(Kind.ORGANIZATION_REGISTERED, _O, ("organization_name",)),
    _k(Kind.ORGANIZATION_VALIDATED, _O, (), ("organization_name",)),
)

CATALOGUE: Mapping[str, NoticeKind] = {k.name: k for k in _KINDS}


def notice_kind(name: str) -> NoticeKind:
    """The catalogue entry of `name`, or UnknownKind."""
    try:
        return CATALOGUE[name]
    except KeyError:
        raise UnknownKind(name) from None


def check_params(name: str, params: Mapping[str, str]) -> NoticeKind:
    """Refuse params outside the kind's whitelist, and missing required ones."""
    kind = notice_kind(name)
    if extra := set(params) - kind.params:
        raise ParamsNotAllowed(name, extra)
    if missing := kind.required - set(params):
        raise MissingParams(name, missing)
    return kind
