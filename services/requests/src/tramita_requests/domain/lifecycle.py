"""The clocks of a request: the deadline indicators the pending-actions list shows, and the
retention steps timers run (PRODUCT §6, §12) — personal data blocked after the blocking
period, erased after the deletion period, unsent drafts purged. Attachments may hold
personal data (003 §5.3.2.1), so they are erased with it."""

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from tramita_requests.domain import deadlines, retention
from tramita_requests.domain.errors import TransitionNotAllowed
from tramita_requests.domain.events import DraftPurged, PersonalDataBlocked, PersonalDataErased
from tramita_requests.domain.retention import DEFAULT_POLICY, DataStage, Period, RetentionPolicy
from tramita_requests.domain.states import Condition, RequestState

if TYPE_CHECKING:
    from tramita_requests.domain.model import Request

SYSTEM = "system"
BLOCK, ERASE, PURGE = "BLOCK_PERSONAL_DATA", "ERASE_PERSONAL_DATA", "PURGE_DRAFT"


class Lifecycle:
    __slots__ = ()

    def is_late(self: "Request", *, today: date) -> bool:
        """Unanswered past its deadline: flagged to the handler and the coordinator."""
        return deadlines.is_late(
            state=self.state, deadline=self.deadline, answered=self.answered, today=today
        )

    def acceptance_overdue(self: "Request", *, today: date) -> bool:
        """Not accepted within 7 days of receipt (a service-level indicator)."""
        return deadlines.acceptance_overdue(
            state=self.state, received_at=self.received_at, today=today
        )

    def block_personal_data(
        self: "Request",
        *,
        now: datetime,
        policy: RetentionPolicy = DEFAULT_POLICY,
        held: timedelta = timedelta(),
    ) -> None:
        stage = retention.stage_at(self.closed_at, now, policy, held=held)
        self._retention_check(
            stage is not DataStage.AVAILABLE, BLOCK, Condition.BLOCKING_PERIOD_OVER
        )
        available = self.data_stage is DataStage.AVAILABLE
        self._retention_check(available, BLOCK, Condition.PERSONAL_DATA_AVAILABLE)
        self.data_stage = DataStage.BLOCKED
        self._record(PersonalDataBlocked, SYSTEM, now)

    def erase_personal_data(
        self: "Request",
        *,
        now: datetime,
        policy: RetentionPolicy = DEFAULT_POLICY,
        held: timedelta = timedelta(),
    ) -> None:
        stage = retention.stage_at(self.closed_at, now, policy, held=held)
        self._retention_check(stage is DataStage.ERASED, ERASE, Condition.DELETION_PERIOD_OVER)
        held_still = self.data_stage is not DataStage.ERASED
        self._retention_check(held_still, ERASE, Condition.PERSONAL_DATA_NOT_ERASED)
        self.data_stage = DataStage.ERASED
        self.attachments = ()
        self._record(PersonalDataErased, SYSTEM, now)

    def purge_draft(
        self: "Request", *, now: datetime, period: Period = retention.DRAFT_PURGE
    ) -> None:
        """A draft never sent, unsaved for the purge period, goes away."""
        saved = self.last_saved_at or self.created_at
        due = self.state is RequestState.DRAFT and now >= retention.draft_purge_due(saved, period)
        self._retention_check(due, PURGE, Condition.DRAFT_UNSENT_FOR_PURGE_PERIOD)
        self._record(DraftPurged, SYSTEM, now)

    def _retention_check(self: "Request", holds: bool, action: str, condition: Condition) -> None:
        if not holds:
            raise TransitionNotAllowed(
                state=self.state.value, action=action, missing=condition.value
            )
