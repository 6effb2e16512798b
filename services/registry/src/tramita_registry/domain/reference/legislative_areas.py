"""Legislative areas (IMI "modules") and the workflows each offers, with PT and EN titles.

A workflow code is "<area>/<kind>", e.g. "services-directive/requests"; every entity with
access to an area chooses at least one of the area's keywords (IMI guide §4.1.3.1).
"""

import enum
from dataclasses import dataclass

SERVICES_DIRECTIVE = "services-directive"


class WorkflowKind(enum.StrEnum):
    REQUESTS = "requests"
    ALERTS = "alerts"


@dataclass(frozen=True, slots=True)
class Workflow:
    code: str
    area: str
    kind: WorkflowKind
    title_en: str
    title_pt: str


@dataclass(frozen=True, slots=True)
class LegislativeArea:
    code: str
    title_en: str
    title_pt: str
    workflows: tuple[Workflow, ...]
    keywords: tuple[str, ...]


_WORKFLOW_TITLES = {
    WorkflowKind.REQUESTS: ("Information requests", "Pedidos de informação"),
    WorkflowKind.ALERTS: ("Alerts", "Alertas"),
}


def _area(
    code: str, title_en: str, title_pt: str, kinds: tuple[WorkflowKind, ...], keywords: str
) -> LegislativeArea:
    workflows = tuple(
        Workflow(f"{code}/{kind.value}", code, kind, *_WORKFLOW_TITLES[kind]) for kind in kinds
    )
    return LegislativeArea(code, title_en, title_pt, workflows, tuple(keywords.split()))


LEGISLATIVE_AREAS: tuple[LegislativeArea, ...] = (
    _area(
        SERVICES_DIRECTIVE,
        "Services (Directive 2006/123/EC)",
        "Serviços (Diretiva 2006/123/CE)",
        (WorkflowKind.REQUESTS, WorkflowKind.ALERTS),
        "construction crafts estate-agents tourism retail trade-fairs business-services "
        "advertising car-rental training",
    ),
    _area(
        "professional-qualifications",
        "Recognition of professional qualifications (Directive 2005/36/EC)",
        "Reconhecimento das qualificações profissionais (Diretiva 2005/36/CE)",
        (WorkflowKind.REQUESTS,),
        "doctors nurses dentists midwives pharmacists veterinarians architects engineers "
        "lawyers teachers",
    ),
    _area(
        "posting-of-workers",
        "Posting of workers (Directive 96/71/EC)",
        "Destacamento de trabalhadores (Diretiva 96/71/CE)",
        (WorkflowKind.REQUESTS,),
        "labour-inspection social-security working-conditions pay",
    ),
)
