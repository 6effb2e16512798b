"""Who is told of what: the recipient rules as a table a reader can check against the guide.

Sources: IMI guide 003 §5.3.9.3 (requests), §6.4.1 (alerts), §3.1.2 and §9.1.3
(invitations, self-registration), §3.2 (new users), §8 (registers); seed 001 step 9
(delegation); seed 002 steps 1-3 (access requests); PRODUCT §12 "Documents and
notifications".

Selectors name *parts* of a trigger, never people: "responding" is the entity that
received a request, "requesting_handler" the requester's handler who acted last. A part
several entities or people play is numbered: "involved.1", "involved.2", "assigned.1"...
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from tramita_notifications.domain.catalogue import Family, Kind, notice_kind
from tramita_notifications.domain.errors import InvalidChannel, MissingPart
from tramita_notifications.domain.model import Channel, Trigger
from tramita_notifications.domain.profiles import (
    ALERT_BROADCASTER,
    ALERT_MANAGER,
    ALERT_VIEWER,
    DATA_ADMINISTRATOR,
    ENTITY_WIDE,
    LOCAL_DATA_ADMINISTRATOR,
    REQUEST_HANDLER,
    SUPERVISOR,
)

__all__ = [
    "RULES",
    "AllocatorsIfAllocating",
    "ContactAddress",
    "ContactPart",
    "HandlersOrAllocators",
    "PersonPart",
    "ProfileHolders",
    "Selector",
    "delivery_channel",
    "plan",
    "played_by",
    "profile_workflow",
]


@dataclass(frozen=True, slots=True)
class ProfileHolders:
    """Users of each entity playing `entity_part` who hold `profile` in the workflow."""

    entity_part: str
    profile: str


@dataclass(frozen=True, slots=True)
class HandlersOrAllocators:
    """Its request handlers, or its allocators when the entity uses allocation."""

    entity_part: str


@dataclass(frozen=True, slots=True)
class AllocatorsIfAllocating:
    """Its allocators when the entity uses allocation; nobody otherwise."""

    entity_part: str


@dataclass(frozen=True, slots=True)
class ContactAddress:
    """The entity's contact mailbox (never for alert notices)."""

    entity_part: str


@dataclass(frozen=True, slots=True)
class PersonPart:
    """The platform user(s) playing `person_part`; `fallback` when the trigger names no
    one in that part or the directory knows none of them (e.g. deactivated)."""

    person_part: str
    fallback: Selector | None = None


@dataclass(frozen=True, slots=True)
class ContactPart:
    """A literal contact carried by the trigger: someone without an account (yet)."""

    contact_part: str


type Selector = (
    ProfileHolders
    | HandlersOrAllocators
    | AllocatorsIfAllocating
    | ContactAddress
    | PersonPart
    | ContactPart
)


def _last_handler(entity_part: str, person_part: str) -> tuple[Selector, ...]:
    """Later request e-mails: the handler who acted last, copy to the contact address."""
    fallback = ProfileHolders(entity_part, REQUEST_HANDLER)
    return PersonPart(person_part, fallback), ContactAddress(entity_part)


# After the first forward to a coordinator: the supervisor who acted last + its mailbox.
_LAST_SUPERVISOR = (
    PersonPart("last_supervisor", ProfileHolders("coordinator", SUPERVISOR)),
    ContactAddress("coordinator"),
)
_REQUESTER = _last_handler("requesting", "requesting_handler")
_RESPONDER = _last_handler("responding", "responding_handler")
_BROADCASTERS = (ProfileHolders("coordinator", ALERT_BROADCASTER),)
_CLOSURE_BROADCASTERS = (ProfileHolders("closure_coordinator", ALERT_BROADCASTER),)
_ALERT_INVOLVED = (
    ProfileHolders("involved", ALERT_MANAGER),
    ProfileHolders("involved", ALERT_BROADCASTER),
)
# The first user may have no account yet: then the entity's mailbox alone.
_NEW_ENTITY = (ContactAddress("entity"), PersonPart("first_user", ContactAddress("entity")))

RULES: Mapping[str, tuple[Selector, ...]] = {
    # Requests (003 §5.3.9.3)
    Kind.REQUEST_RECEIVED: (HandlersOrAllocators("responding"), ContactAddress("responding")),
    Kind.REQUEST_ASSIGNED: (PersonPart("assigned"),),
    Kind.REQUEST_FORWARDED: _REQUESTER,
    Kind.REQUEST_SPLIT: _REQUESTER,
    Kind.REQUEST_ANSWERED: _REQUESTER,
    Kind.REQUEST_DEADLINE_CHANGED: _REQUESTER,
    Kind.REQUEST_ADDITIONAL_INFO_REQUESTED: _RESPONDER,
    Kind.REQUEST_COMMENT_ADDED: _last_handler("other_side", "other_side_handler"),
    Kind.REQUEST_ACTION_NEEDED: _last_handler("entity", "last_handler"),
    Kind.REQUEST_COORDINATOR_FORWARDED: (
        AllocatorsIfAllocating("coordinator"),
        ContactAddress("coordinator"),
    ),
    Kind.REQUEST_APPROVAL_NEEDED: _LAST_SUPERVISOR,
    Kind.REQUEST_ANSWER_APPROVAL_NEEDED: _LAST_SUPERVISOR,
    Kind.REQUEST_SUPERVISION_NEEDED: _LAST_SUPERVISOR,
    # Alerts (003 §6.4.1): only users holding the right alert profile, never mailboxes
    Kind.ALERT_SUBMITTED_FOR_SENDING: _BROADCASTERS,
    Kind.ALERT_RECEIVED: (ProfileHolders("mailbox", ALERT_BROADCASTER),),
    Kind.ALERT_DISSEMINATED: (
        ProfileHolders("recipient", ALERT_MANAGER),
        ProfileHolders("recipient", ALERT_BROADCASTER),
    ),
    Kind.ALERT_UPDATED: _ALERT_INVOLVED,
    Kind.ALERT_ESTABLISHMENT_CHANGED: (*_ALERT_INVOLVED, ProfileHolders("involved", ALERT_VIEWER)),
    Kind.ALERT_ADDITIONAL_INFO_SUBMITTED: _BROADCASTERS,
    Kind.ALERT_ADDITIONAL_INFO_SENT: _ALERT_INVOLVED,
    Kind.ALERT_WITHDRAWAL_SUBMITTED: _BROADCASTERS,
    Kind.ALERT_WITHDRAWN: _ALERT_INVOLVED,
    Kind.ALERT_CLOSURE_PROPOSED: _ALERT_INVOLVED,
    Kind.ALERT_COMMENT_PERIOD_ENDED: _CLOSURE_BROADCASTERS,
    Kind.ALERT_CLOSURE_OPEN_FOR_OBJECTIONS: _ALERT_INVOLVED,
    Kind.ALERT_OBJECTION_PERIOD_ENDED: _CLOSURE_BROADCASTERS,
    Kind.ALERT_CLOSED: _ALERT_INVOLVED,
    # Invitations and self-registration (003 §3.1.2, §9.1.3)
    Kind.INVITATION_SENT: (ContactPart("invited"),),
    Kind.INVITATION_REMINDER: (ContactPart("invited"),),
    Kind.INVITATION_REGISTERED: (
        PersonPart("invited_by", ProfileHolders("inviting", DATA_ADMINISTRATOR)),
        ContactAddress("inviting"),
    ),
    Kind.REGISTRATION_CONFIRMED: _NEW_ENTITY,
    Kind.INVITATION_VALIDATED: _NEW_ENTITY,
    # Access requests (seed 002) and accounts (003 §3.2)
    Kind.ACCESS_REQUEST_EMAIL_VALIDATION: (ContactPart("applicant"),),
    Kind.ACCESS_REQUEST_REJECTED: (ContactPart("applicant"),),
    Kind.ACCESS_REQUEST_SET_PASSWORD: (ContactPart("applicant"),),
    Kind.LOGIN_ONE_TIME_CODE: (PersonPart("user", ContactPart("applicant")),),
    Kind.USER_CREATED: (PersonPart("user"),),
    Kind.USER_TEMPORARY_PASSWORD: (PersonPart("user"),),
    Kind.PASSWORD_RESET: (PersonPart("user"),),
    # Delegation (seed 001 step 9)
    Kind.DELEGATION_GRANTED: (PersonPart("member"),),
    Kind.DELEGATION_REVOKED: (PersonPart("member"),),
    # Registers (003 §8)
    Kind.REGISTER_DELETED: (ProfileHolders("managing", LOCAL_DATA_ADMINISTRATOR),),
    Kind.REGISTER_TRANSFERRED: (ProfileHolders("new_managing", LOCAL_DATA_ADMINISTRATOR),),
    # Organizations
    Kind.ORGANIZATION_REGISTERED: (ContactAddress("organization"),),
    Kind.ORGANIZATION_VALIDATED: (ContactAddress("organization"),),
}


def plan(trigger: Trigger) -> tuple[Selector, ...]:
    """The selectors `trigger` calls for, checked against the parts it carries.

    Raises UnknownKind, or MissingPart when a part the rule needs is absent (a person part
    with a fallback is replaced by its fallback instead) or when a request or alert
    trigger does not name its workflow, to which every profile lookup is scoped.
    """
    if notice_kind(trigger.kind).family is not Family.OTHER and not trigger.workflow:
        raise MissingPart(trigger.kind, "workflow", "")
    return tuple(_settle(selector, trigger) for selector in RULES[trigger.kind])


def delivery_channel(trigger: Trigger) -> Channel:
    """The kind's default channel, or the one `params["channel"]` picks among its channels."""
    kind = notice_kind(trigger.kind)
    wanted = trigger.params.get("channel", "")
    if not wanted:
        return kind.channels[0]
    if wanted not in kind.channels:
        raise InvalidChannel(trigger.kind, wanted)
    return Channel(wanted)


def played_by[V](parts: Mapping[str, V], part: str) -> list[V]:
    """The values of `part` and of its numbered forms `part.<n>`, in the trigger's order."""
    prefix = f"{part}."
    return [v for k, v in parts.items() if k == part or (k.startswith(prefix) and k != prefix)]


def profile_workflow(profile: str, workflow: str) -> str:
    """The workflow a profile lookup is scoped to ("" = any, for entity-wide profiles)."""
    return "" if profile in ENTITY_WIDE else workflow


def _settle(selector: Selector, trigger: Trigger) -> Selector:
    source, part = _requirement(selector)
    if not played_by(getattr(trigger, source), part):
        if isinstance(selector, PersonPart) and selector.fallback is not None:
            return _settle(selector.fallback, trigger)
        raise MissingPart(trigger.kind, source, part)
    if isinstance(selector, PersonPart) and selector.fallback is not None:
        return replace(selector, fallback=_settled_or_none(selector.fallback, trigger))
    return selector


def _settled_or_none(selector: Selector, trigger: Trigger) -> Selector | None:
    """A fallback that cannot be served is dropped: the named person is still there."""
    try:
        return _settle(selector, trigger)
    except MissingPart:
        return None


def _requirement(selector: Selector) -> tuple[str, str]:
    """Which trigger field and part the selector reads."""
    match selector:
        case PersonPart(person_part=part):
            return "people", part
        case ContactPart(contact_part=part):
            return "contacts", part
        case _:
            return "entities", selector.entity_part
