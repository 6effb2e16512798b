"""Reference data integrity: NACE Rev. 2, policy areas, legislative areas and workflows."""

import re

import pytest
from tramita_registry.domain import reference
from tramita_registry.domain.reference import (
    DIVISIONS,
    LEGISLATIVE_AREAS,
    POLICY_AREAS,
    SECTIONS,
    WorkflowKind,
)


def test_nace_has_21_sections_a_to_u() -> None:
    assert [s.code for s in SECTIONS] == [chr(c) for c in range(ord("A"), ord("U") + 1)]


def test_nace_has_88_divisions_with_unique_two_digit_codes() -> None:
    codes = [d.code for d in DIVISIONS]
    assert len(codes) == 88
    assert len(set(codes)) == 88
    assert all(re.fullmatch(r"[0-9]{2}", code) for code in codes)
    assert codes == sorted(codes)


def test_every_division_belongs_to_a_section_whose_range_holds_it() -> None:
    sections = {s.code: s for s in SECTIONS}
    for division in DIVISIONS:
        section = sections[division.section]
        assert section.first_division <= division.code <= section.last_division


def test_every_section_has_its_first_and_last_division() -> None:
    codes = {d.code for d in DIVISIONS}
    for section in SECTIONS:
        assert {section.first_division, section.last_division} <= codes


@pytest.mark.parametrize(
    ("division", "section"),
    [
        ("01", "A"),
        ("09", "B"),
        ("10", "C"),
        ("33", "C"),
        ("35", "D"),
        ("39", "E"),
        ("47", "G"),
        ("53", "H"),
        ("63", "J"),
        ("68", "L"),
        ("75", "M"),
        ("84", "O"),
        ("88", "Q"),
        ("99", "U"),
    ],
)
def test_known_divisions_sit_in_their_official_sections(division: str, section: str) -> None:
    assert {d.code: d.section for d in DIVISIONS}[division] == section


def test_every_title_exists_in_english_and_portuguese() -> None:
    rows = [*SECTIONS, *DIVISIONS, *POLICY_AREAS, *LEGISLATIVE_AREAS]
    rows += [w for area in LEGISLATIVE_AREAS for w in area.workflows]
    assert all(row.title_en.strip() and row.title_pt.strip() for row in rows)


def test_policy_area_codes_are_unique_and_disjoint_from_nace() -> None:
    codes = [p.code for p in POLICY_AREAS]
    assert len(codes) == len(set(codes))
    assert not set(codes) & reference.NACE_CODES


def test_services_has_requests_and_alerts_and_qualifications_has_requests() -> None:
    kinds = {area.code: {w.kind for w in area.workflows} for area in LEGISLATIVE_AREAS}
    assert kinds["services-directive"] == {WorkflowKind.REQUESTS, WorkflowKind.ALERTS}
    assert kinds["professional-qualifications"] == {WorkflowKind.REQUESTS}


def test_workflow_codes_are_area_slash_kind_and_unique() -> None:
    workflows = [w for area in LEGISLATIVE_AREAS for w in area.workflows]
    assert len({w.code for w in workflows}) == len(workflows)
    assert all(w.code == f"{w.area}/{w.kind.value}" for w in workflows)


def test_every_area_offers_keywords_and_a_version_is_recorded() -> None:
    assert all(
        area.keywords and len(set(area.keywords)) == len(area.keywords)
        for area in LEGISLATIVE_AREAS
    )
    assert reference.VERSION


def test_related_nace_codes_go_up_and_down_the_hierarchy() -> None:
    assert reference.related_nace_codes("62") == {"62", "J"}
    assert reference.related_nace_codes("J") == {"J", "58", "59", "60", "61", "62", "63"}
