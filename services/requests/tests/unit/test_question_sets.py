"""The question sets as data: Portuguese and English everywhere, unique ids, references that
resolve, and the case-by-case sets as 003 §7 describes them."""

import re

import pytest
from tramita_requests.domain import question_sets
from tramita_requests.domain.errors import UnknownQuestionSet
from tramita_requests.domain.question_sets import (
    ATTACHMENT_COMMENTS,
    LANGUAGES,
    QUESTION_SETS,
    EarlierRequest,
    QuestionSet,
    SetKind,
    Text,
)

SETS = {s.set_id: s for s in QUESTION_SETS}


def _texts(chosen: QuestionSet) -> list[Text]:
    found = [chosen.title, *[q.text for q in chosen.questions], *[a.text for a in chosen.answers]]
    found += [s.text for s in chosen.checklist] + [t.label for t in chosen.required_texts]
    return found + ([chosen.warning] if chosen.warning else [])


@pytest.mark.parametrize("chosen", QUESTION_SETS, ids=lambda s: s.set_id)
def test_every_text_exists_in_portuguese_and_english(chosen: QuestionSet) -> None:
    for text in _texts(chosen):
        for language in LANGUAGES:
            assert text.in_language(language).strip(), (chosen.set_id, text)
        assert text.pt != text.en


@pytest.mark.parametrize("chosen", QUESTION_SETS, ids=lambda s: s.set_id)
def test_ids_are_unique_and_references_resolve(chosen: QuestionSet) -> None:
    for group in (chosen.questions, chosen.answers, chosen.checklist, chosen.required_texts):
        ids = [getattr(item, next(iter(item.__dataclass_fields__))) for item in group]
        assert len(ids) == len(set(ids))
    for question in chosen.questions:
        assert question.answer_ids and all(chosen.answer(a) for a in question.answer_ids)
    assert re.fullmatch(r"\d{4}\.\d+", chosen.version)
    assert chosen.questions


def test_question_ids_are_unique_across_sets() -> None:
    ids = [q.question_id for s in QUESTION_SETS for q in s.questions]
    assert len(ids) == len(set(ids))
    assert len(SETS) == len(QUESTION_SETS)


def test_the_services_directive_has_the_general_set_and_the_two_case_by_case_sets() -> None:
    kinds = {s.kind for s in question_sets.for_area("services-directive")}
    assert kinds == set(SetKind)


def test_the_case_by_case_request_has_the_ten_step_checklist() -> None:
    chosen = SETS["services-directive.case-by-case-request"]
    assert len(chosen.checklist) == 10
    assert chosen.warning is not None and chosen.earlier_request is EarlierRequest.NONE
    assert {t.text_id for t in chosen.required_texts} == {"case_description", "derogation_reasons"}
    # The establishment state must justify taking no measures.
    no_measures = chosen.answer("no_measures")
    assert no_measures is not None and no_measures.requires_text


def test_the_notification_of_measures_references_the_earlier_request_and_waits() -> None:
    chosen = SETS["services-directive.case-by-case-notification"]
    assert chosen.earlier_request is EarlierRequest.REQUIRED_UNLESS_URGENT
    assert chosen.commission_notified and chosen.measures_wait_days == 15
    assert chosen.warning is not None and chosen.checklist


def test_attachment_comments_are_predefined_in_both_languages() -> None:
    assert len({c.comment_id for c in ATTACHMENT_COMMENTS}) == len(ATTACHMENT_COMMENTS)
    for comment in ATTACHMENT_COMMENTS:
        assert comment.text.pt and comment.text.en


def test_unknown_sets_and_versions_are_refused() -> None:
    with pytest.raises(UnknownQuestionSet):
        question_sets.get("nope")
    with pytest.raises(UnknownQuestionSet, match=r"version 1999\.1"):
        question_sets.get("services-directive.general", "1999.1")
    assert question_sets.get("services-directive.general").version == "2026.1"
