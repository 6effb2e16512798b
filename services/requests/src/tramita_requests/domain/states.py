"""The vocabulary of the information-request workflow (IMI guide 003 §5): states, actions,
the parties of a request, the user profiles that act for them, and named conditions.

The table that joins them is in `transitions.py`.
"""

import enum


class RequestState(enum.StrEnum):
    DRAFT = "DRAFT"
    AWAITING_REQUEST_APPROVAL = "AWAITING_REQUEST_APPROVAL"
    AWAITING_ACCEPTANCE = "AWAITING_ACCEPTANCE"
    # Accepted, awaiting an answer; also after additional information was agreed to (§5.3.4.2).
    ACCEPTED = "ACCEPTED"
    AWAITING_ANSWER_APPROVAL = "AWAITING_ANSWER_APPROVAL"
    ANSWERED = "ANSWERED"
    ADDITIONAL_INFORMATION_REQUESTED = "ADDITIONAL_INFORMATION_REQUESTED"
    ADDITIONAL_INFORMATION_REFUSED = "ADDITIONAL_INFORMATION_REFUSED"
    AWAITING_REQUESTING_SUPERVISION = "AWAITING_REQUESTING_SUPERVISION"
    AWAITING_RESPONDING_SUPERVISION = "AWAITING_RESPONDING_SUPERVISION"
    # Returned by a supervisor, or asked again without supervision (§5.3.6 cases 1, 2, 4):
    # the responder provides more information or reiterates its position.
    RECONSIDERATION_REQUESTED = "RECONSIDERATION_REQUESTED"
    CLOSED = "CLOSED"
    REFUSED = "REFUSED"
    WITHDRAWN = "WITHDRAWN"


class Action(enum.StrEnum):
    CREATE = "CREATE"
    SAVE_DRAFT = "SAVE_DRAFT"
    SUBMIT = "SUBMIT"
    APPROVE_REQUEST = "APPROVE_REQUEST"
    REJECT_REQUEST = "REJECT_REQUEST"
    WITHDRAW = "WITHDRAW"
    ACCEPT = "ACCEPT"
    REFUSE = "REFUSE"
    FORWARD = "FORWARD"
    SPLIT = "SPLIT"
    ADD_MESSAGE = "ADD_MESSAGE"
    ADD_ATTACHMENT = "ADD_ATTACHMENT"
    SAVE_ANSWER_DRAFT = "SAVE_ANSWER_DRAFT"
    ANSWER = "ANSWER"
    APPROVE_ANSWER = "APPROVE_ANSWER"
    REJECT_ANSWER = "REJECT_ANSWER"
    CLOSE = "CLOSE"
    REQUEST_ADDITIONAL_INFORMATION = "REQUEST_ADDITIONAL_INFORMATION"
    ACCEPT_ADDITIONAL_INFORMATION = "ACCEPT_ADDITIONAL_INFORMATION"
    REFUSE_ADDITIONAL_INFORMATION = "REFUSE_ADDITIONAL_INFORMATION"
    REQUEST_SUPERVISION = "REQUEST_SUPERVISION"
    # A supervisor agrees the answer is unsatisfactory: passes it on or returns it.
    FIND_UNSATISFACTORY = "FIND_UNSATISFACTORY"
    # A supervisor finds the answer satisfactory: closes the request.
    FIND_SATISFACTORY = "FIND_SATISFACTORY"
    REITERATE = "REITERATE"
    ASSIGN = "ASSIGN"
    CHANGE_COORDINATOR = "CHANGE_COORDINATOR"
    COPY = "COPY"


class Party(enum.StrEnum):
    """Who takes part in a request; a coordinator is the one chosen per request (§5.2.1.1)."""

    REQUESTER = "requester"
    RESPONDER = "responder"
    REQUESTING_COORDINATOR = "requesting_coordinator"
    RESPONDING_COORDINATOR = "responding_coordinator"


class Side(enum.StrEnum):
    REQUESTING = "requesting"
    RESPONDING = "responding"


SIDE_OF: dict[Party, Side] = {
    Party.REQUESTER: Side.REQUESTING,
    Party.REQUESTING_COORDINATOR: Side.REQUESTING,
    Party.RESPONDER: Side.RESPONDING,
    Party.RESPONDING_COORDINATOR: Side.RESPONDING,
}
COORDINATOR_OF: dict[Side, Party] = {
    Side.REQUESTING: Party.REQUESTING_COORDINATOR,
    Side.RESPONDING: Party.RESPONDING_COORDINATOR,
}
AUTHORITY_OF: dict[Side, Party] = {
    Side.REQUESTING: Party.REQUESTER,
    Side.RESPONDING: Party.RESPONDER,
}


class Profile(enum.StrEnum):
    """User profiles of the requests workflow (§5.2.2); the names identity publishes."""

    HANDLER = "request-handler"
    VIEWER = "request-viewer"
    ALLOCATOR = "request-allocator"
    SUPERVISOR = "supervisor"


class Condition(enum.StrEnum):
    """A precondition an error can name. The first group appears in table rows; the second
    is checked on an action's arguments."""

    REQUESTER_ACTIVE = "requesting entity active (a suspended or inactive entity starts nothing)"
    REQUEST_APPROVAL_REQUIRED = "requester subject to approval by a coordinator approving requests"
    REQUEST_APPROVAL_NOT_REQUIRED = "requests not subject to coordinator approval"
    ANSWER_APPROVAL_REQUIRED = "responder subject to approval by a coordinator approving answers"
    ANSWER_APPROVAL_NOT_REQUIRED = "answers not subject to coordinator approval"
    RESPONDER_MAY_REFUSE = "responder allowed to refuse requests (flag) or a coordinator"
    NOT_YET_ANSWERED = "not answered yet"
    SOME_COORDINATOR_SUPERVISES = "a coordinator participating in supervision"
    REQUESTING_COORDINATOR_SUPERVISES = "requesting coordinator participates in supervision"
    REQUESTING_COORDINATOR_ABSTAINS = "requesting coordinator does not participate in supervision"
    RESPONDING_COORDINATOR_SUPERVISES = "responding coordinator participates in supervision"
    RESPONDING_COORDINATOR_ABSTAINS = "responding coordinator does not participate in supervision"
    NO_COORDINATOR_SUPERVISES = "no coordinator participates in supervision"

    RESPONDER_IN_ANOTHER_COUNTRY = "responder in another country than the requester"
    TARGET_IN_SAME_COUNTRY = "target in the responder's country"
    TARGET_ACTIVE = "target entity active"
    TARGET_ACCEPTS_FOREIGN_REQUESTS = "target may accept requests from other countries"
    TARGET_IS_NEW = "target other than the current parties"
    COORDINATOR_CHOSEN = "one of the entity's privileged request coordinators chosen"
    PERSONAL_DATA_VISIBLE = "personal data visible to the copying user"
    BLOCKING_PERIOD_OVER = "blocking period over"
    DELETION_PERIOD_OVER = "deletion period over"
    PERSONAL_DATA_AVAILABLE = "personal data neither blocked nor erased yet"
    PERSONAL_DATA_NOT_ERASED = "personal data not erased yet"
    DRAFT_UNSENT_FOR_PURGE_PERIOD = "draft unsent for the purge period"


S = RequestState
TERMINAL: frozenset[RequestState] = frozenset({S.CLOSED, S.REFUSED, S.WITHDRAWN})
OPEN: frozenset[RequestState] = frozenset(RequestState) - TERMINAL
# States in which the responding entity knows of the request.
RECEIVED: frozenset[RequestState] = OPEN - {S.DRAFT, S.AWAITING_REQUEST_APPROVAL}
# States after acceptance (the responding coordinator has been chosen).
ONGOING: frozenset[RequestState] = RECEIVED - {S.AWAITING_ACCEPTANCE}
SENT: frozenset[RequestState] = RECEIVED | TERMINAL
