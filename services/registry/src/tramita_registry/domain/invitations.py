"""Invitations to self-register (IMI guide §3.1.2, §9.1.3; PRODUCT §4.4 and §12).

An invitation is written as a draft (one by one, or in bulk from a spreadsheet: name and
e-mail, no workflow), confirmed for sending, queued (SENT) until its night, e-mailed with
a fresh registration code (AWAITING_REGISTRATION), then used by the entity to register
itself (REGISTERED) and closed by the coordinator's decision (VALIDATED or
VALIDATION_REFUSED). Alternatives: REJECTED when confirmed (duplicate e-mail, invalid
e-mail, no workflow), BLOCKED by the daily limit, EXPIRED after 30 days, CANCELLED.
Every change of status is one row of TRANSITIONS; any other is refused naming both.
"""

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from tramita_registry.domain import profile as profile_rules
from tramita_registry.domain.contact import EMAIL_MAX_LENGTH, is_email, is_language_tag
from tramita_registry.domain.errors import InvalidField, TransitionNotAllowed
from tramita_registry.domain.events import (
    InvitationDayBlocked,
    InvitationDayReleased,
    InvitationEvent,
    InvitationReminderDue,
    InvitationStatusChanged,
)
from tramita_registry.domain.reference import AREAS_BY_CODE, SERVICES_DIRECTIVE, WorkflowKind

NAME_MAX = 250
MESSAGE_MAX = 2000
PERSON_NAME_MAX = 200
SERVICES_ALERTS = f"{SERVICES_DIRECTIVE}/{WorkflowKind.ALERTS.value}"


class InvitationStatus(enum.StrEnum):
    DRAFT = "DRAFT"
    REJECTED = "REJECTED"
    SENT = "SENT"
    BLOCKED = "BLOCKED"
    AWAITING_REGISTRATION = "AWAITING_REGISTRATION"
    REGISTERED = "REGISTERED"
    VALIDATED = "VALIDATED"
    EXPIRED = "EXPIRED"
    CANCELLED = "CANCELLED"
    VALIDATION_REFUSED = "VALIDATION_REFUSED"


class Rejection(enum.StrEnum):
    DUPLICATE_EMAIL = "DUPLICATE_EMAIL"
    INVALID_EMAIL = "INVALID_EMAIL"
    NO_WORKFLOW = "NO_WORKFLOW"


REJECTION_REASONS = {
    Rejection.DUPLICATE_EMAIL: "an existing entity or another open invitation has this e-mail",
    Rejection.INVALID_EMAIL: "the e-mail address is not valid",
    Rejection.NO_WORKFLOW: "choose at least one workflow before sending",
}


class InvitationAction(enum.StrEnum):
    EDIT = "edit"
    CONFIRM = "confirm"
    REJECT = "reject"
    BLOCK = "block"
    RELEASE = "release"
    DISPATCH = "dispatch"
    REGISTER = "register"
    VALIDATE = "validate"
    REFUSE = "refuse"
    EXPIRE = "expire"
    REISSUE = "reissue"
    CANCEL = "cancel"
    DELETE = "delete"


S, A = InvitationStatus, InvitationAction

# (action, from) -> to; None: the invitation is gone. Nothing else is allowed.
# fmt: off
TRANSITIONS: dict[tuple[InvitationAction, InvitationStatus], InvitationStatus | None] = {
    (A.EDIT, S.DRAFT): S.DRAFT,
    (A.EDIT, S.REJECTED): S.DRAFT,                 # fixed, resendable (§9.1.3.3)
    (A.CONFIRM, S.DRAFT): S.SENT,
    (A.CONFIRM, S.REJECTED): S.SENT,
    (A.REJECT, S.DRAFT): S.REJECTED,
    (A.REJECT, S.REJECTED): S.REJECTED,
    (A.BLOCK, S.SENT): S.BLOCKED,                  # more than 100 that day
    (A.RELEASE, S.BLOCKED): S.SENT,                # a platform administrator confirmed
    (A.DISPATCH, S.SENT): S.AWAITING_REGISTRATION,  # the night it goes out
    (A.REGISTER, S.AWAITING_REGISTRATION): S.REGISTERED,
    (A.VALIDATE, S.REGISTERED): S.VALIDATED,
    (A.VALIDATE, S.VALIDATION_REFUSED): S.VALIDATED,  # refused, validated later (§12)
    (A.REFUSE, S.REGISTERED): S.VALIDATION_REFUSED,
    (A.EXPIRE, S.AWAITING_REGISTRATION): S.EXPIRED,
    (A.REISSUE, S.EXPIRED): S.SENT,                # new code, fresh 30 days
    (A.REISSUE, S.AWAITING_REGISTRATION): S.SENT,
    (A.CANCEL, S.AWAITING_REGISTRATION): S.CANCELLED,
    (A.CANCEL, S.EXPIRED): S.CANCELLED,
    (A.DELETE, S.DRAFT): None,
    (A.DELETE, S.REJECTED): None,
    (A.DELETE, S.CANCELLED): None,                 # manual delete before the 3 months
}
# fmt: on

# An e-mail held by an invitation in one of these is taken (PRODUCT §12 "open").
OPEN_STATUSES = frozenset(
    {
        S.DRAFT,
        S.REJECTED,
        S.SENT,
        S.BLOCKED,
        S.AWAITING_REGISTRATION,
        S.EXPIRED,
        S.REGISTERED,
    }
)
EDITABLE = frozenset({S.DRAFT, S.REJECTED})


def next_status(action: InvitationAction, source: InvitationStatus) -> InvitationStatus | None:
    if (action, source) not in TRANSITIONS:
        raise TransitionNotAllowed(subject="invitation", state=source.value, action=action.value)
    return TRANSITIONS[(action, source)]


# -- fields ---------------------------------------------------------------------------


def email_key(email: str) -> str:
    """How e-mails compare for duplicates: case- and space-insensitive (PRODUCT §12)."""
    return "".join(email.split()).casefold()


def clean_email(value: str, *, field: str = "email") -> str:
    email = value.strip()
    if not email:
        raise InvalidField(field, "required", "an e-mail address is required")
    if len(email) > EMAIL_MAX_LENGTH or not is_email(email):
        raise InvalidField(field, "email", "an e-mail address like name@example.org")
    return email


def display_name(value: str, *, field: str = "display_name") -> str:
    return profile_rules.clean_text(value, field=field, limit=NAME_MAX, required=True)


def message(value: str) -> str:
    text = value.strip()
    if len(text) > MESSAGE_MAX:
        raise InvalidField("message", "max_length", f"message has at most {MESSAGE_MAX} characters")
    return text


@dataclass(frozen=True, slots=True)
class InvitedArea:
    area: str
    workflows: tuple[str, ...] = ()


def invited_areas(areas: tuple[InvitedArea, ...], *, bulk: bool = False) -> tuple[InvitedArea, ...]:
    """Known areas, each once, with workflows of that area; the Services alerts workflow
    only one invitation at a time (§9.1.3.1)."""
    cleaned: dict[str, InvitedArea] = {}
    for index, chosen in enumerate(areas):
        name = f"areas[{index}]"
        area = AREAS_BY_CODE.get(chosen.area.strip())
        if area is None:
            raise InvalidField(f"{name}.area", "legislative_area", f"no area {chosen.area!r}")
        if area.code in cleaned:
            raise InvalidField(f"{name}.area", "unique", f"{area.code} is given twice")
        offered = {w.code for w in area.workflows}
        workflows = tuple(dict.fromkeys(w.strip() for w in chosen.workflows if w.strip()))
        for workflow in workflows:
            if workflow not in offered:
                raise InvalidField(
                    f"{name}.workflows", "workflow", f"{area.code} has no workflow {workflow!r}"
                )
            if bulk and workflow == SERVICES_ALERTS:
                raise InvalidField(
                    f"{name}.workflows",
                    "not_in_bulk",
                    "the Services alerts workflow is chosen one invitation at a time",
                )
        cleaned[area.code] = InvitedArea(area.code, workflows)
    return tuple(cleaned.values())


@dataclass(frozen=True, slots=True)
class FirstUser:
    """The person a self-registering entity proposes as its first user (§3.1.2.2)."""

    name: str
    email: str
    language: str
    username: str = ""


def first_user(name: str, email: str, language: str, *, default_language: str) -> FirstUser:
    clean_name = profile_rules.clean_text(
        name, field="first_user.name", limit=PERSON_NAME_MAX, required=True
    )
    clean = clean_email(email, field="first_user.email")
    tag = language.strip() or default_language
    if not is_language_tag(tag):
        raise InvalidField("first_user.preferred_language", "language_tag", "like pt-PT or en")
    return FirstUser(clean_name, clean, tag)


# -- the aggregate ----------------------------------------------------------------------


@dataclass(slots=True)
class Invitation:
    invitation_id: str
    inviting_entity_id: str
    invited_by: str
    country: str
    email: str
    display_name: str
    areas: tuple[InvitedArea, ...]
    message: str
    status: InvitationStatus
    created_at: datetime
    status_changed_at: datetime
    bulk: bool = False
    language: str = "en"
    rejection: Rejection | None = None
    issue: int = 0
    confirmed_at: datetime | None = None
    confirmed_day: date | None = None
    send_at: datetime | None = None
    sent_at: datetime | None = None
    expires_at: datetime | None = None
    code_hash: str = ""
    registered_entity_id: str = ""
    first_user: FirstUser | None = None
    version: int = 1
    events: list[InvitationEvent] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def draft(
        cls,
        *,
        invitation_id: str,
        inviting_entity_id: str,
        invited_by: str,
        country: str,
        email: str,
        name: str,
        areas: tuple[InvitedArea, ...] = (),
        note: str = "",
        language: str = "en",
        bulk: bool = False,
        now: datetime,
    ) -> "Invitation":
        return cls(
            invitation_id=invitation_id,
            inviting_entity_id=inviting_entity_id,
            invited_by=invited_by,
            country=country,
            email=clean_email(email),
            display_name=display_name(name),
            areas=invited_areas(areas),
            message=message(note),
            status=S.DRAFT,
            created_at=now,
            status_changed_at=now,
            bulk=bulk,
            language=language,
        )

    @property
    def email_key(self) -> str:
        return email_key(self.email)

    @property
    def workflows(self) -> tuple[str, ...]:
        return tuple(w for area in self.areas for w in area.workflows)

    def _move(self, action: InvitationAction, now: datetime) -> None:
        old = self.status
        target = next_status(action, old)
        assert target is not None
        self.status = target
        if target is not old:
            self.status_changed_at = now
        self.events.append(
            InvitationStatusChanged(
                self.invitation_id, self.inviting_entity_id, action.value, old.value, target.value
            )
        )

    # -- drafts --------------------------------------------------------------------

    def edit(
        self,
        *,
        now: datetime,
        email: str | None = None,
        name: str | None = None,
        areas: tuple[InvitedArea, ...] | None = None,
        note: str | None = None,
        bulk: bool = False,
    ) -> None:
        """Change a draft (a rejected one becomes a draft again)."""
        next_status(A.EDIT, self.status)
        if email is not None:
            self.email = clean_email(email)
        if name is not None:
            self.display_name = display_name(name)
        if areas is not None:
            self.areas = invited_areas(areas, bulk=bulk)
        if note is not None:
            self.message = message(note)
        if self.status is S.REJECTED:
            self.rejection = None
            self._move(A.EDIT, now)

    def problem(self) -> Rejection | None:
        """What refuses it at confirmation, duplicates aside (the app checks those)."""
        if not is_email(self.email):
            return Rejection.INVALID_EMAIL
        if not self.areas or any(not area.workflows for area in self.areas):
            return Rejection.NO_WORKFLOW
        return None

    def reject(self, reason: Rejection, now: datetime) -> None:
        self._move(A.REJECT, now)
        self.rejection = reason

    def check_deletable(self) -> None:
        next_status(A.DELETE, self.status)

    # -- sending -------------------------------------------------------------------

    def confirm(self, *, now: datetime, day: date, send_at: datetime, reissue: bool = False):
        """Queue it (SENT) with a new issue: the previous code, if any, dies now."""
        self._move(A.REISSUE if reissue else A.CONFIRM, now)
        self.rejection = None
        self.issue += 1
        self.code_hash = ""
        self.sent_at = None
        self.expires_at = None
        self.confirmed_at = now
        self.confirmed_day = day
        self.send_at = send_at

    def block(self, now: datetime) -> None:
        self._move(A.BLOCK, now)

    def release(self, *, now: datetime, send_at: datetime) -> None:
        self._move(A.RELEASE, now)
        self.send_at = send_at

    def dispatch(self, *, code_hash: str, now: datetime, expires_at: datetime) -> None:
        """It goes out now with the code whose hash is given."""
        self._move(A.DISPATCH, now)
        self.code_hash = code_hash
        self.sent_at = now
        self.expires_at = expires_at

    def remind(self, *, coordinator_name: str, coordinator_email: str, expires_on: str, link: str):
        if self.status is not S.AWAITING_REGISTRATION:
            raise TransitionNotAllowed(
                subject="invitation", state=self.status.value, action="remind"
            )
        self.events.append(
            InvitationReminderDue(
                self.invitation_id,
                self.inviting_entity_id,
                self.email,
                self.language,
                coordinator_name,
                coordinator_email,
                expires_on,
                link,
            )
        )

    def expire(self, now: datetime) -> None:
        self._move(A.EXPIRE, now)

    def cancel(self, now: datetime) -> None:
        self._move(A.CANCEL, now)

    # -- the code at self-registration ---------------------------------------------

    def code_refusal(self, now: datetime) -> str | None:
        """Why its code cannot be used now (EXPIRED, USED, WITHDRAWN), None when it can."""
        if self.status is S.AWAITING_REGISTRATION:
            if self.expires_at is not None and now >= self.expires_at:
                return "EXPIRED"  # the expiry timer has not fired yet
            return None
        if self.status is S.EXPIRED:
            return "EXPIRED"
        if self.status is S.CANCELLED:
            return "WITHDRAWN"
        return "USED"

    def register(self, *, entity_id: str, user: FirstUser, now: datetime) -> None:
        self._move(A.REGISTER, now)
        self.registered_entity_id = entity_id
        self.first_user = user

    def validated(self, now: datetime) -> None:
        self._move(A.VALIDATE, now)

    def refused(self, now: datetime) -> None:
        self._move(A.REFUSE, now)


# -- the daily limit --------------------------------------------------------------------


@dataclass(slots=True)
class InvitationDay:
    """The confirmations of one coordinator entity in one of its local calendar days."""

    inviting_entity_id: str
    day: date
    confirmed: int = 0
    blocked: bool = False
    released_at: datetime | None = None
    released_by: str = ""
    events: list[InvitationEvent] = field(default_factory=list, compare=False, repr=False)

    @property
    def holding(self) -> bool:
        """Blocked and not released: its queued invitations must wait."""
        return self.blocked and self.released_at is None

    def count(self, confirmed: int, *, limit: int) -> bool:
        """Add confirmations; True when the day becomes blocked now (§9.1.3.3)."""
        self.confirmed += confirmed
        if self.blocked or self.released_at is not None or self.confirmed <= limit:
            return False
        self.blocked = True
        self.events.append(
            InvitationDayBlocked(self.inviting_entity_id, self.day.isoformat(), self.confirmed)
        )
        return True

    def release(self, *, now: datetime, by: str, invitations: int) -> None:
        if not self.holding:
            state = "RELEASED" if self.blocked else "NOT_BLOCKED"
            raise TransitionNotAllowed(subject="invitation day", state=state, action="release")
        self.released_at = now
        self.released_by = by
        self.events.append(
            InvitationDayReleased(self.inviting_entity_id, self.day.isoformat(), by, invitations)
        )
