"""What every invitation use case shares: dependencies, the acting coordinator, loading,
idempotency, the timers' kinds and keys, and the duplicate e-mail rule."""

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tramita_registry.app.authorities.common import AuthorityDeps, fingerprint, resolve_acting
from tramita_registry.app.invitations.commands import InvitationCommand
from tramita_registry.app.ports import InvitationMailer, Spreadsheets, UnitOfWork
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import Acting, coordinator
from tramita_registry.domain.codes import new_code
from tramita_registry.domain.errors import (
    ConcurrentChange,
    DuplicateEmail,
    Forbidden,
    InvitationNotFound,
)
from tramita_registry.domain.invitations import Invitation, InvitationStatus
from tramita_registry.domain.sending import SendingRules

# Durable timers of invitations (fired by `python -m tramita_registry timers`).
SEND = "registry.invitation.send"
REMIND = "registry.invitation.remind"
EXPIRE = "registry.invitation.expire"
PURGE = "registry.invitation.purge"
# Portal page where a registration code is entered (no code in the link: it is a secret).
REGISTRATION_LINK = "/self-registration"
# How long closed invitations stay listed (§9.1.3.2, §9.1.3.3), then they are deleted.
KEPT = {
    InvitationStatus.VALIDATED: timedelta(days=91),
    InvitationStatus.CANCELLED: timedelta(days=91),
    InvitationStatus.VALIDATION_REFUSED: timedelta(days=183),
}


@dataclass(frozen=True)
class InvitationDeps:
    base: AuthorityDeps
    rules: SendingRules
    spreadsheets: Spreadsheets | None = None
    mailer: InvitationMailer | None = None
    new_code: Callable[[], str] = field(default=new_code)

    @property
    def uow(self) -> Callable[[], UnitOfWork]:
        return self.base.uow

    def now(self) -> datetime:
        return self.base.clock.now()


def timer_key(invitation: Invitation) -> str:
    """One key per issue of a code: a re-issued invitation arms new timers."""
    return f"{invitation.invitation_id}:{invitation.issue}"


def timer_payload(invitation: Invitation) -> dict[str, object]:
    return {"invitation_id": invitation.invitation_id, "issue": invitation.issue}


async def schedule_purge(work: UnitOfWork, invitation: Invitation, now: datetime) -> None:
    kept = KEPT[invitation.status]
    await work.timers.schedule(
        PURGE,
        f"{invitation.invitation_id}:{invitation.status.value}",
        now + kept,
        {"invitation_id": invitation.invitation_id, "status": invitation.status.value},
    )


async def inviting(work: UnitOfWork, deps: InvitationDeps, command: InvitationCommand):
    """The acting side and the coordinator entity it invites for."""
    acting = await resolve_acting(work, deps.base, command.caller)
    return acting, coordinator(acting, "manage invitations")


async def owned(
    work: UnitOfWork, actor: Authority, invitation_id: str, expected_version: int = 0
) -> Invitation:
    """One of the actor's invitations; NOT_FOUND for anyone else's."""
    invitation = await work.invitations.get(invitation_id)
    if invitation is None or invitation.inviting_entity_id != actor.entity_id:
        raise InvitationNotFound(invitation_id)
    if expected_version and invitation.version != expected_version:
        raise ConcurrentChange(invitation_id)
    return invitation


def visible(acting: Acting, invitation: Invitation | None, invitation_id: str) -> Invitation:
    """The inviting entity sees its invitations, platform administrators all of them."""
    if invitation is not None:
        if acting.entity is not None and acting.entity.entity_id == invitation.inviting_entity_id:
            return invitation
        if acting.platform_admin and acting.entity is None:
            return invitation
    raise InvitationNotFound(invitation_id)


async def check_unique_emails(
    work: UnitOfWork, pairs: Iterable[tuple[str, str]], *, except_invitations: Iterable[str] = ()
) -> None:
    """(field, e-mail key) pairs: DuplicateEmail for the first one already held."""
    wanted = list(pairs)
    holders = await work.invitations.email_holders(
        [key for _, key in wanted], except_invitations=except_invitations
    )
    for field_name, key in wanted:
        if key in holders:
            raise DuplicateEmail(field_name, holders[key])


async def idempotent[T](
    work: UnitOfWork,
    command: object,
    key: str,
    change: Callable[[], Awaitable[T]],
    *,
    result: Callable[[T], str],
    replay: Callable[[str], Awaitable[T]],
) -> T:
    """Run `change` and commit, or replay the first outcome of a retried key."""
    if key:
        earlier = await work.idempotency.recall(key=key, fingerprint=fingerprint(command))
        if earlier is not None:
            return await replay(earlier)
    outcome = await change()
    if key:
        await work.idempotency.remember(
            key=key, fingerprint=fingerprint(command), result=result(outcome)
        )
    await work.commit()
    return outcome


def require_platform_admin(acting: Acting, action: str) -> None:
    if not acting.platform_admin:
        raise Forbidden(action, "PLATFORM_ADMIN_ONLY")
