"""Workflow flags with their defaults and who may change them (IMI guide §9.1.4, §4.1.3.2).

Each flag belongs to one workflow kind and to the holders of one kind of content role.
At registration (or validation) the registering coordinator sets any applicable flag,
defaults allowed; afterwards only the parties in `changed_by` may change it.
"""

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.reference import WorkflowKind
from tramita_registry.domain.roles import AUTHORITY_CONTENT_ROLES, ContentRole


class Holder(enum.StrEnum):
    AUTHORITY = "authority"
    COORDINATOR = "coordinator"
    ANY = "any"


class Changer(enum.StrEnum):
    ACCESS_COORDINATOR = "access_coordinator"
    ENTITY = "entity"


USES_ALLOCATION = "uses_allocation"


@dataclass(frozen=True, slots=True)
class FlagSpec:
    name: str
    kind: WorkflowKind
    holder: Holder
    default: bool
    changed_by: frozenset[Changer]
    title_en: str
    title_pt: str


R, AL = WorkflowKind.REQUESTS, WorkflowKind.ALERTS
BY_COORD = frozenset({Changer.ACCESS_COORDINATOR})
BY_SELF = frozenset({Changer.ENTITY})
BY_BOTH = BY_COORD | BY_SELF

# fmt: off
FLAGS: tuple[FlagSpec, ...] = (
    # §9.1.4.1: only the coordinator, never the authority; may differ per area.
    FlagSpec("subject_to_approval", R, Holder.AUTHORITY, False, BY_COORD,
             "Subject to coordinator approval before sending requests or answers",
             "Sujeita à aprovação do coordenador antes de enviar pedidos ou respostas"),
    FlagSpec("may_refuse_requests", R, Holder.AUTHORITY, False, BY_COORD,
             "May exceptionally refuse requests from another country",
             "Autorizada a recusar pedidos de outro país"),
    FlagSpec("accepts_foreign_requests", R, Holder.AUTHORITY, True, BY_COORD,
             "May accept requests from other countries",
             "Autorizada a aceitar pedidos de outros países"),
    # §9.1.4.2: set at registration, then changeable by the coordinator itself (and by
    # its access coordinator, §9.1.4).
    FlagSpec("participates_in_supervision", R, Holder.COORDINATOR, True, BY_BOTH,
             "Participates in supervision of the entities it coordinates",
             "Participa no processo de supervisão das entidades que coordena"),
    FlagSpec("approves_requests", R, Holder.COORDINATOR, False, BY_BOTH,
             "Approves requests of the entities it coordinates before they are sent",
             "Aprova os pedidos das entidades que coordena antes do envio"),
    FlagSpec("approves_answers", R, Holder.COORDINATOR, False, BY_BOTH,
             "Approves answers of the entities it coordinates before they are sent",
             "Aprova as respostas das entidades que coordena antes do envio"),
    # §4.1.3.2: every entity's own setting.
    FlagSpec(USES_ALLOCATION, R, Holder.ANY, False, BY_SELF,
             "Uses allocation of requests to its users",
             "Utiliza o processo de atribuição de pedidos aos seus utilizadores"),
    # §6.2.2: the guide gives no default; NO is PRODUCT §12's assumption.
    FlagSpec("final_authorisation", AL, Holder.COORDINATOR, False, BY_BOTH,
             "Reserves final authorisation of alerts sent on behalf of its country",
             "Reserva-se a autorização definitiva dos alertas enviados pelo seu país"),
)
# fmt: on

FLAGS_BY_NAME = {flag.name: flag for flag in FLAGS}


def holder_of(role: ContentRole) -> Holder:
    return Holder.AUTHORITY if role in AUTHORITY_CONTENT_ROLES else Holder.COORDINATOR


def applicable(kind: WorkflowKind, role: ContentRole) -> tuple[FlagSpec, ...]:
    """The flags a holder of `role` has in a workflow of `kind`."""
    holders = {Holder.ANY, holder_of(role)}
    return tuple(flag for flag in FLAGS if flag.kind is kind and flag.holder in holders)


def initial_flags(
    kind: WorkflowKind, role: ContentRole, chosen: Mapping[str, bool], *, field: str
) -> dict[str, bool]:
    """Defaults overridden by the registering coordinator's choices (unknown names refused)."""
    flags = {flag.name: flag.default for flag in applicable(kind, role)}
    for name, value in chosen.items():
        if name not in flags:
            raise InvalidField(
                f"{field}.{name}", "flag_applies", f"no flag {name} for a {role} in {kind}"
            )
        flags[name] = bool(value)
    return flags


def refit(kind: WorkflowKind, role: ContentRole, current: Mapping[str, bool]) -> dict[str, bool]:
    """The flags after a content-role change: kept where they still apply, else defaults."""
    return {flag.name: current.get(flag.name, flag.default) for flag in applicable(kind, role)}
