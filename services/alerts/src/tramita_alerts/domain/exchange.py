"""Additional information (IMI guide §6.3.5, §6.3.6.4), as methods the Alert inherits.

Any involved country adds information at any stage until the alert is withdrawn or
closed (PRODUCT §12): submitted to an alert coordinator of the submitter's country, then
verified and sent by one of its broadcasters; everyone involved is then told.
"""

from datetime import datetime
from typing import TYPE_CHECKING

from tramita_alerts.domain.checklist import Attachment, attachment_problems
from tramita_alerts.domain.errors import InvalidField, TransitionNotAllowed, UnknownItem
from tramita_alerts.domain.events import (
    AdditionalInfoDeleted,
    AdditionalInfoEdited,
    AdditionalInfoSent,
    AdditionalInfoSubmitted,
)
from tramita_alerts.domain.information import (
    INFO_TRANSITIONS,
    TEXT_MAX,
    AdditionalInfo,
    InfoAction,
    InfoKind,
    InfoState,
)
from tramita_alerts.domain.launching import check_coordinator
from tramita_alerts.domain.modification import check_text
from tramita_alerts.domain.roles import Actor, AlertEntity
from tramita_alerts.domain.states import RECEIVING_STATES, AlertState
from tramita_alerts.domain.table import Precondition, Transition, resolve

if TYPE_CHECKING:
    from tramita_alerts.domain.model import Alert

IA = InfoAction
OBJECTION_SENDING = (AlertState.CLOSURE_OPEN_FOR_OBJECTIONS, AlertState.CLOSURE_PENDING_DECISION)


class Exchange:
    __slots__ = ()

    def _info_row(
        self: "Alert", action: InfoAction, actor: Actor, info: AdditionalInfo | None
    ) -> Transition[InfoState, InfoAction]:
        if self.state not in RECEIVING_STATES:
            raise TransitionNotAllowed(
                subject="alert", state=str(self.state), action=str(action), missing="sent_alert"
            )
        final = info is not None and info.coordinator.final_authorisation
        return resolve(
            INFO_TRANSITIONS,
            subject="additional information",
            action=action,
            state=info.state if info else None,
            plays=lambda party: self.plays(party, actor, info=info),
            facts={
                Precondition.FINAL_AUTHORISATION: final,
                Precondition.NO_FINAL_AUTHORISATION: not final,
            },
        )

    def submit_information(
        self: "Alert",
        *,
        actor: Actor,
        info_id: str,
        kind: InfoKind,
        text: str,
        coordinator: AlertEntity,
        now: datetime,
        addressed_to: str = "",
        attachments: tuple[Attachment, ...] = (),
    ) -> None:
        """Submit information, a question, an objection or a closure suggestion."""
        if info_id in self.information:
            raise InvalidField("info_id", "unique", f"{info_id} exists already")
        self._info_row(IA.SUBMIT, actor, None)
        assert actor.entity is not None
        check_text(text, field_name="text", limit=TEXT_MAX)
        check_coordinator(actor.entity, coordinator)
        broken = attachment_problems(attachments)
        if broken:
            raise broken[0]
        self._check_kind(kind, actor=actor, addressed_to=addressed_to)
        self.information[info_id] = AdditionalInfo(
            info_id,
            kind,
            text,
            attachments,
            actor.entity_id,
            actor.country,
            actor.person_id,
            now,
            coordinator,
            addressed_to=addressed_to,
        )
        self._mark_acted(actor.entity_id)
        self._record(
            AdditionalInfoSubmitted,
            actor,
            info_id=info_id,
            kind=str(kind),
            entity_id=actor.entity_id,
            coordinator_id=coordinator.entity_id,
        )

    def _check_kind(self: "Alert", kind: InfoKind, *, actor: Actor, addressed_to: str) -> None:
        if kind is InfoKind.OBJECTION:
            if self.state is not AlertState.CLOSURE_OPEN_FOR_OBJECTIONS:
                raise TransitionNotAllowed(
                    subject="alert",
                    state=str(self.state),
                    action="SUBMIT_OBJECTION",
                    missing="closure_open_for_objections",
                )
            if actor.country == self.closure_country:
                raise TransitionNotAllowed(
                    subject="alert",
                    state=str(self.state),
                    action="SUBMIT_OBJECTION",
                    missing="country_other_than_closure_country",
                )
        if kind is InfoKind.QUESTION and addressed_to not in self._answerable_countries():
            raise InvalidField(
                "addressed_to",
                "launching_or_informing_country",
                "the launching country or one that has sent information",
            )
        if kind is not InfoKind.QUESTION and addressed_to:
            raise InvalidField("addressed_to", "questions_only", "only questions are addressed")

    def _answerable_countries(self: "Alert") -> set[str]:
        sent = {i.country for i in self.information.values() if i.state is InfoState.SENT}
        return {self.launching_country} | sent

    def edit_information(
        self: "Alert", *, actor: Actor, info_id: str, text: str, now: datetime
    ) -> None:
        info = self._info(info_id)
        self._info_row(IA.EDIT, actor, info)
        info.text = check_text(text, field_name="text", limit=TEXT_MAX)
        self._record(AdditionalInfoEdited, actor, info_id=info_id)

    def delete_information(self: "Alert", *, actor: Actor, info_id: str, now: datetime) -> None:
        info = self._info(info_id)
        self._move(info, self._info_row(IA.DELETE, actor, info))
        self._record(AdditionalInfoDeleted, actor, info_id=info_id)

    def send_information(self: "Alert", *, actor: Actor, info_id: str, now: datetime) -> None:
        """The coordinator's broadcaster verifies and sends it to the other countries."""
        info = self._info(info_id)
        row = self._info_row(IA.SEND, actor, info)
        if info.kind is InfoKind.OBJECTION and self.state not in OBJECTION_SENDING:
            raise TransitionNotAllowed(
                subject="alert",
                state=str(self.state),
                action=str(IA.SEND),
                missing="closure_proposal_sent",
            )
        self._move(info, row)
        info.sent_by, info.sent_at = actor.person_id, now
        self._record(
            AdditionalInfoSent,
            actor,
            info_id=info_id,
            kind=str(info.kind),
            entity_id=info.entity_id,
            coordinator_id=info.coordinator.entity_id,
            addressed_to=info.addressed_to,
            involved_entity_ids=self.involved_entity_ids(),
        )

    def _info(self: "Alert", info_id: str) -> AdditionalInfo:
        info = self.information.get(info_id)
        if info is None:
            raise UnknownItem("additional information", info_id)
        return info

    @staticmethod
    def _move(info: AdditionalInfo, row: Transition[InfoState, InfoAction]) -> None:
        assert row.target is not None
        info.state = row.target
