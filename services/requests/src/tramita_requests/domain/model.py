"""The information-request aggregate (003 §5): one request between a requesting and a
responding authority, with its coordinators, content, answers and history.

Every method goes through the transition table (`transitions.py`): the state is changed
only by `_move`, after `_authorize` found the row for the action, the actor and the facts.
The methods are grouped by use case in the mixins this class inherits.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from tramita_requests.domain import conditions, deadlines, question_sets
from tramita_requests.domain.actors import Actor, Entities, EntityFacts
from tramita_requests.domain.allocation import Allocation
from tramita_requests.domain.answering import Answering
from tramita_requests.domain.content import Answer as AnswerValue
from tramita_requests.domain.content import (
    AnswerRound,
    AskedQuestion,
    Attachment,
    CaseByCase,
    DraftContent,
    FreeText,
    HistoryEntry,
    Message,
)
from tramita_requests.domain.copying import Copying
from tramita_requests.domain.drafting import Drafting
from tramita_requests.domain.errors import RequestError, TransitionNotAllowed
from tramita_requests.domain.escalation import Escalation
from tramita_requests.domain.events import Participants, RequestCreated, RequestEvent
from tramita_requests.domain.lifecycle import Lifecycle
from tramita_requests.domain.receiving import Receiving
from tramita_requests.domain.retention import DataStage
from tramita_requests.domain.states import (
    TERMINAL,
    Action,
    Condition,
    Party,
    Profile,
    RequestState,
)
from tramita_requests.domain.transitions import Row, admit, choose
from tramita_requests.domain.visibility import Case

C, P = Condition, Party
ACTING_PROFILES = frozenset({Profile.HANDLER, Profile.SUPERVISOR})


@dataclass(slots=True)
class Request(Drafting, Receiving, Answering, Escalation, Allocation, Copying, Lifecycle):
    """An information request; records the events of its changes."""

    request_id: str
    number: str
    area: str
    requesting_entity_id: str
    created_by: str
    created_at: datetime
    state: RequestState = RequestState.DRAFT
    responding_entity_id: str = ""
    requesting_coordinator_id: str = ""
    responding_coordinator_id: str = ""
    question_set_id: str = ""
    question_set_version: str = ""
    questions: tuple[AskedQuestion, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    justification: FreeText | None = None
    indicative_deadline: date | None = None
    agreed_deadline: date | None = None
    case_by_case: CaseByCase = field(default_factory=CaseByCase)
    has_personal_data: bool = False
    data_stage: DataStage = DataStage.AVAILABLE
    messages: list[Message] = field(default_factory=list)
    answer_draft: dict[str, AnswerValue] = field(default_factory=dict)
    pending_answer: tuple[AnswerValue, ...] = ()
    answer_rounds: list[AnswerRound] = field(default_factory=list)
    assignments: dict[Party, frozenset[str]] = field(default_factory=dict)
    last_actors: dict[Party, str] = field(default_factory=dict)
    supervising_coordinators: frozenset[str] = frozenset()
    former_responders: tuple[str, ...] = ()
    history: list[HistoryEntry] = field(default_factory=list)
    last_saved_at: datetime | None = None
    sent_at: datetime | None = None
    received_at: datetime | None = None
    accepted_at: datetime | None = None
    closed_at: datetime | None = None
    split_from: str = ""
    copied_from: str = ""
    measures_may_be_taken_on: date | None = None
    version: int = 1
    events: list[RequestEvent] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def create(
        cls,
        *,
        request_id: str,
        number: str,
        area: str,
        actor: Actor,
        entities: Entities,
        now: datetime,
        content: DraftContent | None = None,
        copied_from: str = "",
    ) -> "Request":
        """A new draft of the actor's entity; the creator is its assigned handler (§5.3.5.2)."""
        request = cls(
            request_id=request_id,
            number=number,
            area=area,
            requesting_entity_id=actor.entity_id,
            created_by=actor.person_id,
            created_at=now,
            copied_from=copied_from,
        )
        request._start(actor, entities, now)
        request._apply_draft(content or DraftContent(), actor_id=actor.person_id, now=now)
        request._record(
            RequestCreated,
            actor,
            now,
            copied_from=copied_from,
            personal_data_copied=bool(copied_from) and request.has_personal_data,
        )
        return request

    def _start(self, actor: Actor, entities: Entities, now: datetime) -> None:
        row = self._authorize(Action.CREATE, actor, entities)
        self.history.append(
            HistoryEntry(row.action, None, row.target, actor.person_id, row.party, now)
        )
        self.assignments[P.REQUESTER] = frozenset({actor.person_id})
        self.last_actors[P.REQUESTER] = actor.person_id
        self.last_saved_at = now

    # -- who is who ---------------------------------------------------------------------

    def entity_of(self, party: Party) -> str:
        return {
            P.REQUESTER: self.requesting_entity_id,
            P.RESPONDER: self.responding_entity_id,
            P.REQUESTING_COORDINATOR: self.requesting_coordinator_id,
            P.RESPONDING_COORDINATOR: self.responding_coordinator_id,
        }[party]

    @property
    def deadline(self) -> date | None:
        if self.indicative_deadline is None:
            return None
        return deadlines.effective(self.indicative_deadline, self.agreed_deadline)

    @property
    def answered(self) -> bool:
        return bool(self.answer_rounds)

    def question_set(self) -> question_sets.QuestionSet:
        return question_sets.get(self.question_set_id, self.question_set_version)

    def visibility_case(self) -> Case:
        """What the visibility policy needs to know about this request."""
        question_set = self.question_set() if self.question_set_id else None
        return Case(
            sent=self.sent_at is not None,
            responder_accepted=self.accepted_at is not None,
            stage=self.data_stage,
            commission_notified=bool(question_set and question_set.commission_notified),
        )

    # -- the machine --------------------------------------------------------------------

    def _authorize(
        self,
        action: Action,
        actor: Actor,
        entities: Entities,
        *,
        party: Party | None = None,
        coordinator_id: str | None = None,
    ) -> Row:
        """The row for this action; `coordinator_id` stands in for the requesting
        coordinator about to be chosen (it decides approval)."""
        rows = self._admit(action, actor, entities, party=party)
        return choose(rows, self._facts(entities, coordinator_id))

    def _admit(
        self, action: Action, actor: Actor, entities: Entities, *, party: Party | None = None
    ) -> tuple[Row, ...]:
        source = None if action is Action.CREATE else self.state
        return admit(
            action=action,
            state=source,
            actor_gap=lambda row: self._actor_gap(actor, row, entities),
            party=party,
        )

    def _actor_gap(self, actor: Actor, row: Row, entities: Entities) -> str:
        """What keeps the actor from acting as the row's profile for its party ("" if none)."""
        entity_id = self.entity_of(row.party)
        needed = f"{row.profile.value} of the {row.party.value}"
        if not entity_id or actor.entity_id != entity_id or row.profile not in actor.profiles:
            return needed
        allocating = entities.get(entity_id).uses_allocation
        if row.assigned and allocating and actor.person_id not in self.assigned(row.party):
            return f"{needed} assigned to this request (allocation is on)"
        return ""

    def may(self, action: Action, actor: Actor, entities: Entities) -> bool:
        """Whether the state and the actor admit the action now (the row's conditions
        aside): what the pending-actions list offers."""
        try:
            self._admit(action, actor, entities)
        except RequestError:
            return False
        return True

    def assigned(self, party: Party) -> frozenset[str]:
        return self.assignments.get(party, frozenset())

    def _facts(self, entities: Entities, coordinator_id: str | None) -> dict[Condition, bool]:
        return conditions.facts(self, entities, coordinator_id=coordinator_id)

    def _move(self, row: Row, actor: Actor, now: datetime, note: FreeText | None = None) -> None:
        """Apply the row: the one place the state changes. The acting handler or supervisor
        becomes its party's last actor, and its assigned one if nobody is (allocation off)."""
        self.history.append(
            HistoryEntry(row.action, row.source, row.target, actor.person_id, row.party, now, note)
        )
        self.state = row.target
        if row.target in TERMINAL and self.closed_at is None:
            self.closed_at = now
        if row.profile in ACTING_PROFILES:
            self.last_actors[row.party] = actor.person_id
            if not self.assigned(row.party):
                self.assignments[row.party] = frozenset({actor.person_id})

    def _require(self, holds: bool, action: Action, condition: Condition) -> None:
        """A precondition on an action's arguments, named like a table condition."""
        if not holds:
            raise TransitionNotAllowed(
                state=self.state.value, action=action.value, missing=condition.value
            )

    def _settle_coordinator(self, entity: EntityFacts, chosen: str, action: Action) -> str:
        """The privileged request coordinator for this request: the one chosen, or the only
        one; an entity with several must choose (§5.2.1.1, PRODUCT §12)."""
        options = entity.privileged_coordinator_ids
        if chosen:
            self._require(chosen in options, action, C.COORDINATOR_CHOSEN)
            return chosen
        self._require(len(options) <= 1, action, C.COORDINATOR_CHOSEN)
        return options[0] if options else ""

    def participants(self) -> Participants:
        last = self.last_actors
        return Participants(
            requesting_entity_id=self.requesting_entity_id,
            responding_entity_id=self.responding_entity_id,
            requesting_coordinator_id=self.requesting_coordinator_id,
            responding_coordinator_id=self.responding_coordinator_id,
            requesting_handler_id=last.get(P.REQUESTER, ""),
            responding_handler_id=last.get(P.RESPONDER, ""),
            requesting_supervisor_id=last.get(P.REQUESTING_COORDINATOR, ""),
            responding_supervisor_id=last.get(P.RESPONDING_COORDINATOR, ""),
        )

    def _record[E: RequestEvent](
        self, event_type: type[E], actor: Actor | str, now: datetime, **fields: object
    ) -> E:
        actor_id = actor if isinstance(actor, str) else actor.person_id
        event = event_type(
            request_id=self.request_id,
            area=self.area,
            actor_id=actor_id,
            participants=self.participants(),
            occurred_at=now,
            **fields,
        )
        self.events.append(event)
        return event
