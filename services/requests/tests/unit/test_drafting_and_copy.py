"""Drafts (003 §5.3.1), what sending needs, the case-by-case sets (003 §7) and copying
(§5.3.8)."""

import dataclasses
from datetime import date, timedelta

import pytest
from tramita_requests.domain.content import AskedQuestion, CaseByCase, DraftContent
from tramita_requests.domain.copying import Carry
from tramita_requests.domain.errors import (
    IncompleteRequest,
    InvalidField,
    NotPermitted,
    TransitionNotAllowed,
    UnknownQuestionSet,
)
from tramita_requests.domain.events import RequestCreated, RequestSent
from tramita_requests.domain.model import Request
from tramita_requests.domain.states import RequestState

from .request_world import (
    ALICE,
    BOB,
    DE_AUTH,
    NOW,
    OTTO,
    PT_AUTH,
    PT_COORD,
    VIC,
    World,
    draft_content,
    entities,
    text,
)

S = RequestState
REQUEST_SET = "services-directive.case-by-case-request"
NOTIFICATION_SET = "services-directive.case-by-case-notification"
CBR_STEPS = frozenset(f"cbr.step{n:02d}" for n in range(1, 11))
CBN_STEPS = frozenset(f"cbn.step{n:02d}" for n in range(1, 6))


def _fields(refused: pytest.ExceptionInfo[IncompleteRequest]) -> list[str]:
    return [v.field for v in refused.value.violations]


def test_an_empty_draft_can_be_saved_but_not_sent(world: World):
    request = world.draft(DraftContent(requesting_coordinator_id=PT_COORD))
    assert request.state is S.DRAFT and request.questions == ()
    assert isinstance(request.events[0], RequestCreated)
    with pytest.raises(IncompleteRequest) as refused:
        request.submit(actor=ALICE, entities=entities(), now=world.now())
    assert _fields(refused) == [
        "responding_entity_id",
        "question_set_id",
        "questions",
        "justification",
        "indicative_deadline",
    ]
    assert request.state is S.DRAFT


def test_the_indicative_deadline_must_lie_ahead(world: World):
    request = world.draft(draft_content(indicative_deadline=NOW.date()))
    with pytest.raises(IncompleteRequest) as refused:
        request.submit(actor=ALICE, entities=entities(), now=world.now())
    assert _fields(refused) == ["indicative_deadline"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"question_set_id": "nope"}, None),
        ({"questions": (AskedQuestion("cbr.01"),)}, "questions[0].question_id"),
        (
            {"questions": (AskedQuestion("sdg.01"), AskedQuestion("sdg.01"))},
            "questions[1].question_id",
        ),
        (
            {"questions": (AskedQuestion("sdg.01", text("x", "EN")),)},
            "questions[0].remark.language",
        ),
        ({"question_set_id": "", "questions": (AskedQuestion("sdg.01"),)}, "questions"),
        (
            {"case_by_case": CaseByCase(checklist=frozenset({"cbr.step01"}))},
            "case_by_case.checklist",
        ),
        ({"case_by_case": CaseByCase(urgent=True)}, "case_by_case.urgent"),
        ({"justification": text("x" * 8001)}, "justification"),
    ],
)
def test_malformed_drafts_are_refused_on_save(world: World, changes, field):
    expected = UnknownQuestionSet if field is None else InvalidField
    with pytest.raises(expected) as refused:
        world.draft(draft_content(**changes))
    if field:
        assert refused.value.field == field


def test_a_question_needing_text_needs_its_remark(world: World):
    request = world.draft(draft_content(questions=(AskedQuestion("sdg.10"),)))
    with pytest.raises(IncompleteRequest) as refused:
        request.submit(actor=ALICE, entities=entities(), now=world.now())
    assert _fields(refused) == ["questions[0].remark"]


def test_the_case_by_case_request_needs_the_ten_step_checklist_and_its_texts(world: World):
    content = draft_content(question_set_id=REQUEST_SET, questions=(AskedQuestion("cbr.01"),))
    request = world.draft(content)
    with pytest.raises(IncompleteRequest) as refused:
        request.submit(actor=ALICE, entities=entities(), now=world.now())
    assert _fields(refused) == [
        "case_by_case.checklist",
        "case_by_case.texts.case_description",
        "case_by_case.texts.derogation_reasons",
    ]
    texts = {"case_description": text(), "derogation_reasons": text()}
    complete = CaseByCase(checklist=CBR_STEPS, texts=texts)
    request.save_draft(
        actor=ALICE,
        entities=entities(),
        now=world.now(),
        content=DraftContent(**{**_fields_of(content), "case_by_case": complete}),
    )
    request.submit(actor=ALICE, entities=entities(), now=world.now())
    sent = request.events[-1]
    assert isinstance(sent, RequestSent)
    assert not sent.commission_notified and sent.measures_may_be_taken_on is None


def _fields_of(content: DraftContent) -> dict:
    return {name: getattr(content, name) for name in DraftContent.__dataclass_fields__}


def _notification(**extra) -> DraftContent:
    texts = {"inadequacy_reasons": text(), "measures_justification": text()}
    return draft_content(
        question_set_id=NOTIFICATION_SET,
        questions=(AskedQuestion("cbn.01", text("We will suspend the provider.")),),
        case_by_case=CaseByCase(checklist=CBN_STEPS, texts=texts, **extra),
    )


def test_the_notification_of_measures_names_the_earlier_request_and_waits_15_days(world):
    request = world.draft(_notification())
    with pytest.raises(IncompleteRequest) as refused:
        request.submit(actor=ALICE, entities=entities(), now=world.now())
    assert _fields(refused) == ["case_by_case.earlier_request_number"]
    request = world.draft(_notification(earlier_request_number="2025-00042"))
    now = world.now()
    request.submit(actor=ALICE, entities=entities(), now=now)
    sent = request.events[-1]
    assert isinstance(sent, RequestSent) and sent.commission_notified
    assert sent.measures_may_be_taken_on == now.date() + timedelta(days=15)
    assert request.measures_may_be_taken_on == sent.measures_may_be_taken_on
    assert request.visibility_case().commission_notified


def test_an_urgent_notification_needs_no_earlier_request_and_no_wait(world: World):
    urgent = _notification(urgent=True)
    request = world.draft(urgent)
    with pytest.raises(IncompleteRequest) as refused:
        request.submit(actor=ALICE, entities=entities(), now=world.now())
    assert _fields(refused) == ["case_by_case.texts.urgency_reasons"]
    texts = {"measures_justification": text(), "urgency_reasons": text("Imminent risk.")}
    urgent_case = CaseByCase(checklist=CBN_STEPS, texts=texts, urgent=True)
    request = world.draft(dataclasses.replace(urgent, case_by_case=urgent_case))
    request.submit(actor=ALICE, entities=entities(), now=world.now())
    sent = request.events[-1]
    assert isinstance(sent, RequestSent)
    assert sent.urgent and sent.measures_may_be_taken_on is None


def test_the_question_set_version_is_pinned_on_the_request(world: World):
    request = world.draft()
    assert (request.question_set_id, request.question_set_version) == (
        "services-directive.general",
        "2026.1",
    )


def test_copy_carries_what_the_user_chooses(world: World):
    source = world.reach(S.CLOSED)
    copy = Request.copy(
        source,
        request_id="copy-1",
        number="2026-01000",
        actor=ALICE,
        entities=entities(),
        now=world.now(),
        carry=Carry(attachments=True),
    )
    assert copy.state is S.DRAFT and copy.copied_from == source.request_id
    assert copy.responding_entity_id == DE_AUTH
    assert [q.question_id for q in copy.questions] == ["sdg.01", "sdg.03"]
    assert [a.attachment_id for a in copy.attachments] == ["att-1"]
    assert not copy.has_personal_data and copy.justification is None
    created = copy.events[0]
    assert isinstance(created, RequestCreated)
    assert (created.copied_from, created.personal_data_copied) == (source.request_id, False)
    bare = Request.copy(
        source,
        request_id="copy-2",
        number="n",
        actor=ALICE,
        entities=entities(),
        now=world.now(),
        carry=Carry(authority=False, questions=False),
    )
    assert (bare.responding_entity_id, bare.questions, bare.question_set_id) == ("", (), "")


def test_personal_data_is_copied_only_when_chosen_and_visible(world: World):
    source = world.reach(S.AWAITING_ACCEPTANCE)
    with pytest.raises(TransitionNotAllowed, match="personal data visible"):
        Request.copy(
            source,
            request_id="c",
            number="n",
            actor=BOB,
            entities=entities(),
            now=world.now(),
            carry=Carry(personal_data=True),
        )
    from_responder = Request.copy(
        source,
        request_id="c",
        number="n",
        actor=BOB,
        entities=entities(),
        now=world.now(),
        carry=Carry(),
    )
    assert from_responder.requesting_entity_id == DE_AUTH
    assert from_responder.responding_entity_id == PT_AUTH
    mine = Request.copy(
        source,
        request_id="c2",
        number="n",
        actor=ALICE,
        entities=entities(),
        now=world.now(),
        carry=Carry(personal_data=True),
    )
    assert mine.has_personal_data
    assert mine.events[0].personal_data_copied  # type: ignore[attr-defined]


def test_copy_needs_a_handler_of_one_of_the_two_entities(world: World):
    source = world.reach(S.CLOSED)
    for stranger in (OTTO, VIC):
        with pytest.raises(NotPermitted):
            Request.copy(
                source,
                request_id="c",
                number="n",
                actor=stranger,
                entities=entities(),
                now=world.now(),
                carry=Carry(),
            )


def test_erased_personal_data_cannot_be_copied(world: World):
    source = world.reach(S.CLOSED)
    assert source.closed_at is not None
    source.erase_personal_data(now=source.closed_at + timedelta(days=4 * 365))
    with pytest.raises(TransitionNotAllowed, match="personal data visible"):
        Request.copy(
            source,
            request_id="c",
            number="n",
            actor=ALICE,
            entities=entities(),
            now=world.now(),
            carry=Carry(personal_data=True),
        )


def test_unsent_drafts_are_purged_after_twelve_months(world: World):
    request = world.draft()
    assert request.last_saved_at is not None
    with pytest.raises(TransitionNotAllowed, match="purge period"):
        request.purge_draft(now=request.last_saved_at + timedelta(days=300))
    request.purge_draft(now=request.last_saved_at + timedelta(days=366))
    assert type(request.events[-1]).__name__ == "DraftPurged"
    sent = world.reach(S.AWAITING_ACCEPTANCE)
    with pytest.raises(TransitionNotAllowed):
        sent.purge_draft(now=NOW + timedelta(days=800))


def test_a_draft_keeps_who_attached_what(world: World):
    request = world.draft()
    first = request.attachments[0]
    request.save_draft(actor=ALICE, entities=entities(), now=world.now(), content=draft_content())
    assert request.attachments[0].added_at == first.added_at
    assert request.indicative_deadline == date(2026, 3, 30)
