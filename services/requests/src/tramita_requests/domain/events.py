"""Past-tense facts a request records; they leave the service only through the outbox.

Every event names the request, its legislative area, the acting person, when, and the
participants: the entities of both sides, the coordinator chosen on each side, and the
handler and supervisor of each side who acted last. That is what notifications need to
find recipients (003 §5.3.9.3). Events carry no personal data and no case content — no
question, answer, comment or justification text; those stay in the request.
"""

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Participants:
    requesting_entity_id: str
    responding_entity_id: str = ""
    requesting_coordinator_id: str = ""
    responding_coordinator_id: str = ""
    requesting_handler_id: str = ""
    responding_handler_id: str = ""
    requesting_supervisor_id: str = ""
    responding_supervisor_id: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestEvent:
    request_id: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestCreated(RequestEvent):
    """A draft was created; `copied_from` names the request it was copied from."""

    copied_from: str = ""
    personal_data_copied: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftSaved(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestSubmitted(RequestEvent):
    """Sent for approval to the requesting coordinator (§5.3.7)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestApproved(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestApprovalRejected(RequestEvent):
    """Returned to the draft with the coordinator's suggestions."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestSent(RequestEvent):
    """The responding entity received a request (new, approved, or split from another).

    `commission_notified` marks a case-by-case notification of measures (003 §7.1 step 3),
    which also goes to the Commission role; `measures_may_be_taken_on` is then set unless
    the notification is urgent.
    """

    question_set_id: str
    question_set_version: str
    deadline: date
    split_from: str = ""
    commission_notified: bool = False
    urgent: bool = False
    measures_may_be_taken_on: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestWithdrawn(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestAccepted(RequestEvent):
    deadline: date


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestDeadlineChanged(RequestEvent):
    """The responder proposed a later deadline on accepting; it is now binding."""

    previous_deadline: date
    deadline: date


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestRefused(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestForwarded(RequestEvent):
    """Now with a new responder (participants); `after_acceptance` discarded drafts."""

    previous_responding_entity_id: str
    after_acceptance: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestSplit(RequestEvent):
    """Some questions went, with copies of some attachments, to a new request."""

    new_request_id: str
    new_responding_entity_id: str
    moved_question_ids: tuple[str, ...]
    copied_attachment_ids: tuple[str, ...]
    personal_data_copied: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class HandlerAssigned(RequestEvent):
    """An allocator assigned a person (a handler, or a supervisor at a coordinator)."""

    party: str
    assigned_person_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CoordinatorChanged(RequestEvent):
    side: str
    previous_coordinator_id: str
    coordinator_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentAdded(RequestEvent):
    """A message from one side; the other side is told (§5.3.2.2)."""

    message_id: str
    side: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AttachmentAdded(RequestEvent):
    attachment_id: str
    side: str
    comment_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerDraftSaved(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerSubmitted(RequestEvent):
    """An answer awaits the responding coordinator's approval (§5.3.7)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerApproved(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerRejected(RequestEvent):
    """Returned to the responder for amendment."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerSent(RequestEvent):
    round: int
    late: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class AdditionalInformationRequested(RequestEvent):
    """`repeated`: asked again after a refusal, no coordinator supervising (§5.3.6 case 4)."""

    repeated: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class AdditionalInformationAccepted(RequestEvent):
    """The responder will provide more information (also on reconsideration)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AdditionalInformationRefused(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class SupervisionRequested(RequestEvent):
    """A coordinator is asked to supervise (by the requester, passed on, or restarted).

    `first_time` is set when this coordinator receives the request for the first time:
    then its allocators or contact address are told, later its last supervisor.
    """

    side: str
    coordinator_id: str
    first_time: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerFoundSatisfactory(RequestEvent):
    side: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerFoundUnsatisfactory(RequestEvent):
    side: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestReturnedToResponder(RequestEvent):
    """The responder is asked to reconsider: provide more information or reiterate."""

    repeated: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PositionReiterated(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestClosed(RequestEvent):
    """`reason`: answer_accepted, information_unavailable_accepted, found_satisfactory,
    position_reiterated."""

    reason: str
    closed_by_party: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonalDataBlocked(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonalDataErased(RequestEvent):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftPurged(RequestEvent):
    pass
