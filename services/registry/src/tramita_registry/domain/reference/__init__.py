"""Reference data as versioned data: NACE, policy areas, legislative areas and workflows.

Bump VERSION whenever a table changes; entities record the version their competences and
keywords were checked against.
"""

from tramita_registry.domain.reference.legislative_areas import (
    LEGISLATIVE_AREAS,
    SERVICES_DIRECTIVE,
    LegislativeArea,
    Workflow,
    WorkflowKind,
)
from tramita_registry.domain.reference.nace import DIVISIONS, SECTIONS, NaceDivision, NaceSection
from tramita_registry.domain.reference.policy_areas import POLICY_AREAS, PolicyArea

VERSION = "2026.1"

AREAS_BY_CODE: dict[str, LegislativeArea] = {area.code: area for area in LEGISLATIVE_AREAS}
WORKFLOWS_BY_CODE: dict[str, Workflow] = {
    workflow.code: workflow for area in LEGISLATIVE_AREAS for workflow in area.workflows
}
NACE_CODES: frozenset[str] = frozenset([s.code for s in SECTIONS] + [d.code for d in DIVISIONS])
POLICY_AREA_CODES: frozenset[str] = frozenset(p.code for p in POLICY_AREAS)


def related_nace_codes(code: str) -> frozenset[str]:
    """A division with its section, or a section with its divisions (for searching)."""
    sections = {d.code: d.section for d in DIVISIONS}
    if code in sections:
        return frozenset({code, sections[code]})
    return frozenset({code, *(d for d, section in sections.items() if section == code)})


__all__ = [
    "AREAS_BY_CODE",
    "DIVISIONS",
    "LEGISLATIVE_AREAS",
    "NACE_CODES",
    "POLICY_AREAS",
    "POLICY_AREA_CODES",
    "SECTIONS",
    "SERVICES_DIRECTIVE",
    "VERSION",
    "WORKFLOWS_BY_CODE",
    "LegislativeArea",
    "NaceDivision",
    "NaceSection",
    "PolicyArea",
    "Workflow",
    "WorkflowKind",
    "related_nace_codes",
]
