"""The audit log of the policy point's decisions (`authorization_decisions`)."""

from sqlalchemy.ext.asyncio import AsyncSession

from tramita_identity.adapters.orm import authorization_decisions
from tramita_identity.app.ports import AuditedDecision


class SqlDecisionLog:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, audited: AuditedDecision) -> None:
        decision = audited.decision
        await self._session.execute(
            authorization_decisions.insert().values(
                decision_id=audited.decision_id,
                decided_at=audited.decided_at,
                subject=audited.subject,
                organization_id=audited.organization_id,
                action=audited.action,
                process_type=audited.process_type,
                allowed=decision.allowed,
                reason=decision.reason.value,
                role=decision.role.value,
                delegation_id=decision.delegation_id,
                asked_by=audited.asked_by,
            )
        )
