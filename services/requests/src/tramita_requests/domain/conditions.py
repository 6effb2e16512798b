"""The table's conditions evaluated for one request from the entities' current facts.

Flags are read at each action, not copied at sending: a coordinator that changes its
"participates in supervision" or approval flags (003 §9.1.4.2) changes the path of the
requests it already coordinates from their next step on.
"""

from typing import TYPE_CHECKING

from tramita_requests.domain.actors import Entities, EntityFacts
from tramita_requests.domain.states import Condition

if TYPE_CHECKING:
    from tramita_requests.domain.model import Request

C = Condition


def _known(entities: Entities, entity_id: str) -> EntityFacts | None:
    return entities.get(entity_id) if entity_id else None


def facts(
    request: "Request", entities: Entities, *, coordinator_id: str | None = None
) -> dict[Condition, bool]:
    """Every table condition; `coordinator_id` stands in for the requesting coordinator
    about to be chosen on submission."""
    requester = entities.get(request.requesting_entity_id)
    responder = _known(entities, request.responding_entity_id)
    rq_id = request.requesting_coordinator_id if coordinator_id is None else coordinator_id
    rq_coord = _known(entities, rq_id)
    rs_coord = _known(entities, request.responding_coordinator_id)
    rq_sup = bool(rq_coord and rq_coord.participates_in_supervision)
    rs_sup = bool(rs_coord and rs_coord.participates_in_supervision)
    request_approval = bool(
        requester.subject_to_approval and rq_coord and rq_coord.approves_requests
    )
    answer_approval = bool(
        responder and responder.subject_to_approval and rs_coord and rs_coord.approves_answers
    )
    may_refuse = bool(
        responder and (responder.may_refuse_requests or responder.request_coordinator)
    )
    return {
        C.REQUESTER_ACTIVE: requester.active,
        C.REQUEST_APPROVAL_REQUIRED: request_approval,
        C.REQUEST_APPROVAL_NOT_REQUIRED: not request_approval,
        C.ANSWER_APPROVAL_REQUIRED: answer_approval,
        C.ANSWER_APPROVAL_NOT_REQUIRED: not answer_approval,
        C.RESPONDER_MAY_REFUSE: may_refuse,
        C.NOT_YET_ANSWERED: not request.answered,
        C.SOME_COORDINATOR_SUPERVISES: rq_sup or rs_sup,
        C.REQUESTING_COORDINATOR_SUPERVISES: rq_sup,
        C.REQUESTING_COORDINATOR_ABSTAINS: not rq_sup,
        C.RESPONDING_COORDINATOR_SUPERVISES: rs_sup,
        C.RESPONDING_COORDINATOR_ABSTAINS: not rs_sup,
        C.NO_COORDINATOR_SUPERVISES: not (rq_sup or rs_sup),
    }
