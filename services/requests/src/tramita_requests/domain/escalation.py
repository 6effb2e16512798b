"""After an answer: closure (003 §5.3.3), additional information (§5.3.4) and supervision
by the coordinators (§5.3.6), as methods of Request.

Which supervision case applies is decided by the table's conditions on the coordinators'
"participates in supervision" flags; the methods only record what happened.
"""

from datetime import datetime
from typing import TYPE_CHECKING

from tramita_requests.domain.actors import Actor, Entities
from tramita_requests.domain.content import FreeText, required_text
from tramita_requests.domain.events import (
    AdditionalInformationAccepted,
    AdditionalInformationRefused,
    AdditionalInformationRequested,
    AnswerFoundSatisfactory,
    AnswerFoundUnsatisfactory,
    PositionReiterated,
    RequestClosed,
    RequestReturnedToResponder,
    SupervisionRequested,
)
from tramita_requests.domain.states import (
    COORDINATOR_OF,
    SIDE_OF,
    Action,
    RequestState,
    Side,
)
from tramita_requests.domain.transitions import Row

if TYPE_CHECKING:
    from tramita_requests.domain.model import Request

A, S = Action, RequestState
CLOSE_REASONS = {
    S.ANSWERED: "answer_accepted",
    S.ADDITIONAL_INFORMATION_REFUSED: "information_unavailable_accepted",
}


class Escalation:
    __slots__ = ()

    def close(self: "Request", *, actor: Actor, entities: Entities, now: datetime) -> None:
        """The requester accepts the answer, or that no more information is available."""
        row = self._authorize(A.CLOSE, actor, entities)
        assert row.source is not None
        self._move(row, actor, now)
        self._closed(row, actor, now, CLOSE_REASONS[row.source])

    def request_additional_information(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, justification: FreeText
    ) -> None:
        """Ask more about the original questions; after a refusal with no coordinator
        supervising, this asks the responder to reconsider (§5.3.6 case 4)."""
        row = self._authorize(A.REQUEST_ADDITIONAL_INFORMATION, actor, entities)
        note = required_text(justification, field="justification")
        self._move(row, actor, now, note)
        repeated = row.target is S.RECONSIDERATION_REQUESTED
        self._record(AdditionalInformationRequested, actor, now, repeated=repeated)

    def accept_additional_information(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime
    ) -> None:
        """The responder will provide more information (also when it reconsiders)."""
        row = self._authorize(A.ACCEPT_ADDITIONAL_INFORMATION, actor, entities)
        self._move(row, actor, now)
        self._record(AdditionalInformationAccepted, actor, now)

    def refuse_additional_information(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, justification: FreeText
    ) -> None:
        row = self._authorize(A.REFUSE_ADDITIONAL_INFORMATION, actor, entities)
        note = required_text(justification, field="justification")
        self._move(row, actor, now, note)
        self._record(AdditionalInformationRefused, actor, now)

    def request_supervision(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, justification: FreeText
    ) -> None:
        """The requester insists: the request goes to the first coordinator that supervises."""
        row = self._authorize(A.REQUEST_SUPERVISION, actor, entities)
        note = required_text(justification, field="justification")
        self._move(row, actor, now, note)
        self._to_supervisor(actor, now)

    def find_unsatisfactory(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, opinion: FreeText
    ) -> None:
        """The supervisor agrees the answer is unsatisfactory: passes the request on to the
        responding coordinator or returns it to the responder."""
        row = self._authorize(A.FIND_UNSATISFACTORY, actor, entities)
        note = required_text(opinion, field="opinion")
        self._move(row, actor, now, note)
        self._record(AnswerFoundUnsatisfactory, actor, now, side=SIDE_OF[row.party].value)
        if row.target is S.AWAITING_RESPONDING_SUPERVISION:
            self._to_supervisor(actor, now)
        else:
            self._record(RequestReturnedToResponder, actor, now)

    def find_satisfactory(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, opinion: FreeText
    ) -> None:
        """The supervisor finds the answer satisfactory and closes the request."""
        row = self._authorize(A.FIND_SATISFACTORY, actor, entities)
        note = required_text(opinion, field="opinion")
        self._move(row, actor, now, note)
        self._record(AnswerFoundSatisfactory, actor, now, side=SIDE_OF[row.party].value)
        self._closed(row, actor, now, "found_satisfactory")

    def reiterate(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, justification: FreeText
    ) -> None:
        """The responder keeps its position: supervision starts again where the responding
        coordinator supervises (§5.3.6 cases 2, 3), else the request closes (cases 1, 4)."""
        row = self._authorize(A.REITERATE, actor, entities)
        note = required_text(justification, field="justification")
        self._move(row, actor, now, note)
        self._record(PositionReiterated, actor, now)
        if row.target is S.CLOSED:
            self._closed(row, actor, now, "position_reiterated")
        else:
            self._to_supervisor(actor, now)

    def _to_supervisor(self: "Request", actor: Actor, now: datetime) -> None:
        side = (
            Side.REQUESTING if self.state is S.AWAITING_REQUESTING_SUPERVISION else Side.RESPONDING
        )
        coordinator_id = self.entity_of(COORDINATOR_OF[side])
        first_time = coordinator_id not in self.supervising_coordinators
        self.supervising_coordinators |= {coordinator_id}
        self._record(
            SupervisionRequested,
            actor,
            now,
            side=side.value,
            coordinator_id=coordinator_id,
            first_time=first_time,
        )

    def _closed(self: "Request", row: Row, actor: Actor, now: datetime, reason: str) -> None:
        self._record(RequestClosed, actor, now, reason=reason, closed_by_party=row.party.value)
