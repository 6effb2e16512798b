"""Confirming invitations for sending, the daily limit, re-issue, cancel and release
(IMI guide §9.1.3.2, §9.1.3.3; PRODUCT §12)."""

from dataclasses import dataclass, field

from tramita_registry.app.authorities.common import resolve_acting
from tramita_registry.app.invitations.commands import (
    CancelInvitation,
    ReissueInvitation,
    ReleaseInvitationDay,
    SendInvitations,
)
from tramita_registry.app.invitations.common import (
    EXPIRE,
    REMIND,
    SEND,
    InvitationDeps,
    check_unique_emails,
    idempotent,
    inviting,
    owned,
    require_platform_admin,
    schedule_purge,
    timer_key,
    timer_payload,
)
from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.errors import AuthorityNotFound, InvalidField
from tramita_registry.domain.invitations import (
    REJECTION_REASONS,
    Invitation,
    InvitationStatus,
    Rejection,
)


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """What the coordinator is told after confirming (§9.1.3.3): counts and reasons."""

    invitations: list[Invitation] = field(default_factory=list)

    def count(self, *statuses: InvitationStatus) -> int:
        return sum(1 for i in self.invitations if i.status in statuses)

    @property
    def sent(self) -> int:
        return self.count(InvitationStatus.SENT, InvitationStatus.AWAITING_REGISTRATION)

    @property
    def rejected(self) -> int:
        return self.count(InvitationStatus.REJECTED)

    @property
    def blocked(self) -> int:
        return self.count(InvitationStatus.BLOCKED)

    @staticmethod
    def reason(invitation: Invitation) -> str:
        if invitation.status is InvitationStatus.REJECTED and invitation.rejection:
            return REJECTION_REASONS[invitation.rejection]
        return ""


async def queue(
    work: UnitOfWork,
    deps: InvitationDeps,
    actor: Authority,
    invitations: list[Invitation],
    *,
    reissue: bool = False,
) -> None:
    """Confirm each (or refuse it with its reason), count them in the coordinator's local
    day, and either arm their sending timers or hold the whole day's queue (> limit)."""
    now, rules = deps.now(), deps.rules
    day_of = rules.local_day(actor.country, now)
    send_at = rules.send_at(actor.country, now)
    holders = await work.invitations.email_holders(
        [i.email_key for i in invitations],
        except_invitations=[i.invitation_id for i in invitations],
    )
    accepted = []
    for invitation in invitations:
        problem = invitation.problem()
        if problem is None and invitation.email_key in holders:
            problem = Rejection.DUPLICATE_EMAIL
        if problem is not None and not reissue:
            invitation.reject(problem, now)
            continue
        if problem is Rejection.DUPLICATE_EMAIL:
            await check_unique_emails(
                work,
                [("email", invitation.email_key)],
                except_invitations=[invitation.invitation_id],
            )
        invitation.confirm(now=now, day=day_of, send_at=send_at, reissue=reissue)
        accepted.append(invitation)
    if not accepted:
        return
    day = await work.invitations.day(actor.entity_id, day_of)
    newly_blocked = day.count(len(accepted), limit=rules.daily_limit)
    if not day.holding:
        for invitation in accepted:
            await work.timers.schedule(
                SEND, timer_key(invitation), send_at, timer_payload(invitation)
            )
        return
    waiting = accepted
    if newly_blocked:
        waiting = await work.invitations.of_day(actor.entity_id, day_of, InvitationStatus.SENT)
    for invitation in waiting:
        invitation.block(now)
        await work.timers.cancel(SEND, timer_key(invitation))


async def send_invitations(command: SendInvitations, *, deps: InvitationDeps) -> SendOutcome:
    ids = tuple(dict.fromkeys(command.invitation_ids))
    if not ids:
        raise InvalidField("invitation_ids", "required", "name at least one invitation")
    async with deps.uow() as work:
        _, actor = await inviting(work, deps, command)

        async def load() -> list[Invitation]:
            return [await owned(work, actor, i) for i in ids]

        async def change() -> SendOutcome:
            invitations = await load()
            await queue(work, deps, actor, invitations)
            return SendOutcome(invitations)

        async def replay(_: str) -> SendOutcome:
            return SendOutcome(await load())

        return await idempotent(
            work, command, command.idempotency_key, change, result=lambda _: "sent", replay=replay
        )


async def reissue_invitation(command: ReissueInvitation, *, deps: InvitationDeps) -> Invitation:
    """A new code with fresh validity, queued like a confirmation; the old code dies."""
    async with deps.uow() as work:
        _, actor = await inviting(work, deps, command)

        async def change() -> Invitation:
            invitation = await owned(work, actor, command.invitation_id, command.expected_version)
            old_key = timer_key(invitation)
            await queue(work, deps, actor, [invitation], reissue=True)
            await work.timers.cancel(REMIND, old_key)
            await work.timers.cancel(EXPIRE, old_key)
            return invitation

        async def replay(_: str) -> Invitation:
            return await owned(work, actor, command.invitation_id)

        return await idempotent(
            work, command, command.idempotency_key, change, result=lambda _: "ok", replay=replay
        )


async def cancel_invitation(command: CancelInvitation, *, deps: InvitationDeps) -> Invitation:
    async with deps.uow() as work:
        _, actor = await inviting(work, deps, command)

        async def change() -> Invitation:
            invitation = await owned(work, actor, command.invitation_id, command.expected_version)
            now = deps.now()
            invitation.cancel(now)
            await work.timers.cancel(REMIND, timer_key(invitation))
            await work.timers.cancel(EXPIRE, timer_key(invitation))
            await schedule_purge(work, invitation, now)
            return invitation

        async def replay(_: str) -> Invitation:
            return await owned(work, actor, command.invitation_id)

        return await idempotent(
            work, command, command.idempotency_key, change, result=lambda _: "ok", replay=replay
        )


async def release_invitation_day(
    command: ReleaseInvitationDay, *, deps: InvitationDeps
) -> list[Invitation]:
    """A platform administrator confirms the volume was intended: the day's blocked
    invitations go out that night (§9.1.3.3)."""
    async with deps.uow() as work:
        acting = await resolve_acting(work, deps.base, command.caller)
        require_platform_admin(acting, "release blocked invitations")

        async def load() -> list[Invitation]:
            return await work.invitations.of_day(
                command.inviting_entity_id, command.day, InvitationStatus.BLOCKED
            )

        async def change() -> list[Invitation]:
            entity = await work.authorities.get(command.inviting_entity_id)
            if entity is None:
                raise AuthorityNotFound(command.inviting_entity_id)
            blocked = await load()
            now = deps.now()
            day = await work.invitations.day(command.inviting_entity_id, command.day)
            day.release(now=now, by=acting.person_id, invitations=len(blocked))
            send_at = deps.rules.release_send_at(entity.country, now)
            for invitation in blocked:
                invitation.release(now=now, send_at=send_at)
                await work.timers.schedule(
                    SEND, timer_key(invitation), send_at, timer_payload(invitation)
                )
            return blocked

        async def replay(earlier: str) -> list[Invitation]:
            found = [await work.invitations.get(i) for i in earlier.split(",") if i]
            return [i for i in found if i is not None]

        return await idempotent(
            work,
            command,
            command.idempotency_key,
            change,
            result=lambda done: ",".join(i.invitation_id for i in done),
            replay=replay,
        )
