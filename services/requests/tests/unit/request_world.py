"""A small world for the request workflow: two countries, their authorities and
coordinators, one user per profile, and a way to drive a request into any state."""

import dataclasses
import itertools
from datetime import UTC, date, datetime, timedelta

from tramita_requests.domain.actors import Actor, Entities, EntityFacts
from tramita_requests.domain.content import (
    Answer as AnswerValue,
)
from tramita_requests.domain.content import (
    AskedQuestion,
    DraftContent,
    FreeText,
    NewAttachment,
)
from tramita_requests.domain.model import Request
from tramita_requests.domain.states import Party, Profile, RequestState

S, H, V, AL, SU = (
    RequestState,
    Profile.HANDLER,
    Profile.VIEWER,
    Profile.ALLOCATOR,
    Profile.SUPERVISOR,
)
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
GENERAL = "services-directive.general"
AREA = "services-directive"

# Entities: a Portuguese requester and a German responder, each with two privileged
# request coordinators; another German authority to forward or split to.
PT_AUTH, DE_AUTH, DE_OTHER = "pt-authority", "de-authority", "de-other"
PT_COORD, PT_COORD_2 = "pt-coordinator", "pt-coordinator-2"
DE_COORD, DE_COORD_2 = "de-coordinator", "de-coordinator-2"


def _person(name: str, entity: str, *profiles: Profile) -> Actor:
    return Actor(name, entity, frozenset(profiles))


ALICE = _person("alice", PT_AUTH, H)  # requesting handler, creates the request
ALF = _person("alf", PT_AUTH, H)  # another requesting handler
VAL = _person("val", PT_AUTH, V)
ALAN = _person("alan", PT_AUTH, AL)
BOB = _person("bob", DE_AUTH, H)  # responding handler
BEA = _person("bea", DE_AUTH, H)
VIC = _person("vic", DE_AUTH, V)
ADA = _person("ada", DE_AUTH, AL)
SUE = _person("sue", PT_COORD, SU)  # requesting coordinator's supervisor
SID = _person("sid", PT_COORD, SU)
CAL = _person("cal", PT_COORD, AL)
SAM = _person("sam", DE_COORD, SU)  # responding coordinator's supervisor
SVEN = _person("sven", DE_COORD, SU)
CORA = _person("cora", DE_COORD, AL)
OTTO = _person("otto", DE_OTHER, H)

ACTOR_FOR = {
    (Party.REQUESTER, H): ALICE,
    (Party.REQUESTER, AL): ALAN,
    (Party.RESPONDER, H): BOB,
    (Party.RESPONDER, AL): ADA,
    (Party.REQUESTING_COORDINATOR, SU): SUE,
    (Party.REQUESTING_COORDINATOR, AL): CAL,
    (Party.RESPONDING_COORDINATOR, SU): SAM,
    (Party.RESPONDING_COORDINATOR, AL): CORA,
}
CAST = (ALICE, VAL, ALAN, BOB, VIC, ADA, SUE, CAL, SAM, CORA, OTTO)

BASE_FACTS = {
    PT_AUTH: EntityFacts(PT_AUTH, "PT", privileged_coordinator_ids=(PT_COORD, PT_COORD_2)),
    DE_AUTH: EntityFacts(DE_AUTH, "DE", privileged_coordinator_ids=(DE_COORD, DE_COORD_2)),
    DE_OTHER: EntityFacts(DE_OTHER, "DE", privileged_coordinator_ids=(DE_COORD,)),
    PT_COORD: EntityFacts(PT_COORD, "PT", request_coordinator=True),
    PT_COORD_2: EntityFacts(PT_COORD_2, "PT", request_coordinator=True),
    DE_COORD: EntityFacts(DE_COORD, "DE", request_coordinator=True),
    DE_COORD_2: EntityFacts(DE_COORD_2, "DE", request_coordinator=True),
}


def text(value: str = "Because the case needs it.", language: str = "en") -> FreeText:
    return FreeText(value, language)


def draft_content(**changes: object) -> DraftContent:
    """A complete draft of the general set: two questions, one attachment."""
    content = DraftContent(
        responding_entity_id=DE_AUTH,
        requesting_coordinator_id=PT_COORD,
        question_set_id=GENERAL,
        questions=(
            AskedQuestion("sdg.01"),
            AskedQuestion("sdg.03", text("Registro comercial?", "pt")),
        ),
        attachments=(NewAttachment("att-1", "blob-1", "certificate"),),
        justification=text("Checking an establishment claim."),
        indicative_deadline=date(2026, 3, 30),
        has_personal_data=True,
    )
    return dataclasses.replace(content, **changes)


def full_answers() -> tuple[AnswerValue, ...]:
    return (
        AnswerValue("sdg.01", "yes"),
        AnswerValue("sdg.03", "see_remarks", text("Entered under number 123.")),
    )


def entities(**overrides: dict[str, object]) -> Entities:
    """The base facts with some flags changed, e.g. entities(de_authority={"active": False})."""
    facts = dict(BASE_FACTS)
    for key, changes in overrides.items():
        entity_id = key.replace("_", "-")
        facts[entity_id] = dataclasses.replace(facts[entity_id], **changes)
    return Entities(facts)


APPROVE_REQUESTS = {
    "pt_authority": {"subject_to_approval": True},
    "pt_coordinator": {"approves_requests": True},
}
APPROVE_ANSWERS = {
    "de_authority": {"subject_to_approval": True},
    "de_coordinator": {"approves_answers": True},
}
BOTH_SUPERVISE: dict[str, dict[str, object]] = {}
REQUESTING_ONLY = {"de_coordinator": {"participates_in_supervision": False}}
RESPONDING_ONLY = {"pt_coordinator": {"participates_in_supervision": False}}
NONE_SUPERVISE = REQUESTING_ONLY | RESPONDING_ONLY


class World:
    """Drives requests through the workflow with sensible defaults; time moves on an hour
    per step."""

    def __init__(self) -> None:
        self.clock = itertools.count(1)
        self.ids = itertools.count(1)

    def now(self) -> datetime:
        return NOW + timedelta(hours=next(self.clock))

    def new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self.ids)}"

    def draft(self, content: DraftContent | None = None, ents: Entities | None = None) -> Request:
        return Request.create(
            request_id=self.new_id("req"),
            number=f"2026-{next(self.ids):05d}",
            area=AREA,
            actor=ALICE,
            entities=ents or entities(),
            now=self.now(),
            content=content or draft_content(),
        )

    def reach(self, state: RequestState, *, answered: bool = False) -> Request:
        """A request in `state` by the shortest path; `answered` takes the long way to
        ACCEPTED (after an answer and a request for additional information)."""
        request = self.draft()
        for step in PATHS[state] if not answered else PATHS[S.ACCEPTED] + ANSWERED_AGAIN:
            step(self, request)
        assert request.state is state
        return request


def _do(method: str, actor: Actor, ents: dict | None = None, **kwargs: object):
    def step(world: World, request: Request) -> None:
        getattr(request, method)(
            actor=actor, entities=entities(**(ents or {})), now=world.now(), **kwargs
        )

    return step


SUBMIT = _do("submit", ALICE)
ACCEPT = _do("accept", BOB, coordinator_id=DE_COORD)
ANSWER = _do("answer", BOB, answers=full_answers())
ASK_MORE = _do("request_additional_information", ALICE, justification=text())
REFUSE_MORE = _do("refuse_additional_information", BOB, justification=text())
ANSWERED_AGAIN = [ANSWER, ASK_MORE, _do("accept_additional_information", BOB)]
_ANSWERED = [SUBMIT, ACCEPT, ANSWER]
_AI_REFUSED = [*_ANSWERED, ASK_MORE, REFUSE_MORE]

PATHS = {
    S.DRAFT: [],
    S.AWAITING_REQUEST_APPROVAL: [_do("submit", ALICE, APPROVE_REQUESTS)],
    S.AWAITING_ACCEPTANCE: [SUBMIT],
    S.ACCEPTED: [SUBMIT, ACCEPT],
    S.AWAITING_ANSWER_APPROVAL: [
        SUBMIT,
        ACCEPT,
        _do("answer", BOB, APPROVE_ANSWERS, answers=full_answers()),
    ],
    S.ANSWERED: _ANSWERED,
    S.ADDITIONAL_INFORMATION_REQUESTED: [*_ANSWERED, ASK_MORE],
    S.ADDITIONAL_INFORMATION_REFUSED: _AI_REFUSED,
    S.AWAITING_REQUESTING_SUPERVISION: [
        *_AI_REFUSED,
        _do("request_supervision", ALICE, justification=text()),
    ],
    S.AWAITING_RESPONDING_SUPERVISION: [
        *_AI_REFUSED,
        _do("request_supervision", ALICE, RESPONDING_ONLY, justification=text()),
    ],
    S.RECONSIDERATION_REQUESTED: [
        *_AI_REFUSED,
        _do("request_additional_information", ALICE, NONE_SUPERVISE, justification=text()),
    ],
    S.CLOSED: [*_ANSWERED, _do("close", ALICE)],
    S.REFUSED: [
        SUBMIT,
        _do("refuse", BOB, {"de_authority": {"may_refuse_requests": True}}, justification=text()),
    ],
    S.WITHDRAWN: [SUBMIT, _do("withdraw", ALICE, justification=text())],
}
