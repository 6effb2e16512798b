"""Copying a request into a new draft (003 §5.3.8): any request the entity sent or received,
at any stage, choosing what to carry; personal data only when explicitly chosen and
visible to the user (PRODUCT §12)."""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from tramita_requests.domain import question_sets
from tramita_requests.domain.actors import Actor, Entities
from tramita_requests.domain.content import DraftContent, NewAttachment
from tramita_requests.domain.states import Action, Condition, Party
from tramita_requests.domain.visibility import Item, Standing, Viewer, decide

if TYPE_CHECKING:
    from tramita_requests.domain.model import Request

STANDING = {
    Party.REQUESTER: Standing.REQUESTING_AUTHORITY,
    Party.RESPONDER: Standing.RESPONDING_AUTHORITY,
}


@dataclass(frozen=True, slots=True)
class Carry:
    """What the new draft takes from the copied request. `authority` is the other entity
    of the exchange (the one to contact again)."""

    authority: bool = True
    questions: bool = True
    attachments: bool = False
    personal_data: bool = False


class Copying:
    __slots__ = ()

    @classmethod
    def copy(
        cls,
        source: "Request",
        *,
        request_id: str,
        number: str,
        actor: Actor,
        entities: Entities,
        now: datetime,
        carry: Carry,
    ) -> "Request":
        """A new draft of the actor's entity from `source`."""
        party = source._admit(Action.COPY, actor, entities)[0].party
        content = source._carried(actor, party, carry)
        return cls.create(  # type: ignore[attr-defined]
            request_id=request_id,
            number=number,
            area=source.area,
            actor=actor,
            entities=entities,
            now=now,
            content=content,
            copied_from=source.request_id,
        )

    def _carried(self: "Request", actor: Actor, party: Party, carry: Carry) -> DraftContent:
        viewer = Viewer(STANDING[party], actor.profiles)
        case = self.visibility_case()
        if carry.personal_data:
            visible = decide(Item.PERSONAL_DATA, viewer, case).visible
            self._require(visible, Action.COPY, Condition.PERSONAL_DATA_VISIBLE)
        if carry.attachments and self.attachments:
            visible = decide(Item.ATTACHMENTS, viewer, case).visible
            self._require(visible, Action.COPY, Condition.PERSONAL_DATA_VISIBLE)
        other = self.responding_entity_id if party is Party.REQUESTER else self.requesting_entity_id
        set_id = self.question_set_id if carry.questions else ""
        latest = question_sets.get(set_id) if set_id else None
        return DraftContent(
            responding_entity_id=other if carry.authority else "",
            question_set_id=set_id,
            questions=tuple(q for q in self.questions if latest and latest.question(q.question_id)),
            attachments=tuple(
                NewAttachment(a.attachment_id, a.file_ref, a.comment_id, a.note)
                for a in (self.attachments if carry.attachments else ())
            ),
            has_personal_data=carry.personal_data and self.has_personal_data,
        )
