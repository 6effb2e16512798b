"""Additional information on a sent alert (IMI guide §6.3.5, §6.3.6.4), in two steps.

A manager or broadcaster of an involved entity submits it to an alert coordinator of its
own country; a broadcaster of that coordinator verifies and sends it to the other
countries. Questions go to the launching country or to a country that has provided
information; objections go only while a closure proposal is open for objections and only
from a country other than the closure country. Before sending, the coordinator with final
authorisation may edit or delete it, otherwise its submitter may (§6.2.2).
"""

import enum
from dataclasses import dataclass
from datetime import datetime

from tramita_alerts.domain.checklist import Attachment
from tramita_alerts.domain.roles import AlertEntity
from tramita_alerts.domain.table import Party, Precondition, Transition


class InfoKind(enum.StrEnum):
    INFORMATION = "INFORMATION"  # e.g. measures taken against the provider
    QUESTION = "QUESTION"  # a request for clarification
    OBJECTION = "OBJECTION"  # to a closure proposal sent by another country
    CLOSURE_SUGGESTION = "CLOSURE_SUGGESTION"  # suggests the responsible country close it


class InfoState(enum.StrEnum):
    SUBMITTED = "SUBMITTED"
    SENT = "SENT"
    DELETED = "DELETED"


class InfoAction(enum.StrEnum):
    SUBMIT = "SUBMIT_INFORMATION"
    EDIT = "EDIT_INFORMATION"
    DELETE = "DELETE_INFORMATION"
    SEND = "SEND_INFORMATION"


IS, IA, By = InfoState, InfoAction, Party
FA, NO_FA = (Precondition.FINAL_AUTHORISATION,), (Precondition.NO_FINAL_AUTHORISATION,)
T = Transition  # rows are built untyped; the tuples below carry the types
# fmt: off
INFO_TRANSITIONS: tuple[Transition[InfoState, InfoAction], ...] = (
    T(IA.SUBMIT, None,        IS.SUBMITTED, By.INVOLVED_MEMBER),
    T(IA.EDIT,   IS.SUBMITTED, IS.SUBMITTED, By.INFO_SUBMITTER, NO_FA),
    T(IA.EDIT,   IS.SUBMITTED, IS.SUBMITTED, By.INFO_COORDINATOR_BROADCASTER, FA),
    T(IA.DELETE, IS.SUBMITTED, IS.DELETED,   By.INFO_SUBMITTER, NO_FA),
    T(IA.DELETE, IS.SUBMITTED, IS.DELETED,   By.INFO_COORDINATOR_BROADCASTER, FA),
    T(IA.SEND,   IS.SUBMITTED, IS.SENT,      By.INFO_COORDINATOR_BROADCASTER),
)
# fmt: on
TEXT_MAX = 20_000


@dataclass(slots=True)
class AdditionalInfo:
    info_id: str
    kind: InfoKind
    text: str
    attachments: tuple[Attachment, ...]
    entity_id: str  # the submitting entity
    country: str
    submitted_by: str
    submitted_at: datetime
    coordinator: AlertEntity
    addressed_to: str = ""  # a country, for questions
    state: InfoState = InfoState.SUBMITTED
    sent_by: str = ""
    sent_at: datetime | None = None
