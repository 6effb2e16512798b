"""Writing invitation drafts: one by one, from a spreadsheet, edited alone or in bulk
(IMI guide §9.1.3.1), and deleting them."""

from tramita_registry.app.invitations.commands import (
    CreateInvitation,
    DeleteInvitation,
    UpdateInvitations,
    UploadInvitations,
)
from tramita_registry.app.invitations.common import (
    InvitationDeps,
    check_unique_emails,
    idempotent,
    inviting,
    owned,
)
from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import check_may_invite
from tramita_registry.domain.errors import InvalidField, InvalidRows, RowProblem
from tramita_registry.domain.invitation_rows import parse_rows
from tramita_registry.domain.invitations import Invitation, email_key, invited_areas

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
FORMATS = frozenset({"csv", "xlsx"})


def _language(actor: Authority) -> str:
    """Invitations are written in the inviting coordinator's language."""
    return actor.profile.contacts.language


async def _load_many(work: UnitOfWork, ids: str) -> list[Invitation]:
    found = [await work.invitations.get(i) for i in ids.split(",") if i]
    return [i for i in found if i is not None]


async def create_invitation(command: CreateInvitation, *, deps: InvitationDeps) -> Invitation:
    async with deps.uow() as work:
        acting, actor = await inviting(work, deps, command)

        async def change() -> Invitation:
            invitation = Invitation.draft(
                invitation_id=deps.base.new_id(),
                inviting_entity_id=actor.entity_id,
                invited_by=acting.person_id,
                country=actor.country,
                email=command.email,
                name=command.display_name,
                areas=command.areas,
                note=command.message,
                language=_language(actor),
                now=deps.now(),
            )
            check_may_invite(actor, invitation.areas, "invite")
            await check_unique_emails(work, [("email", invitation.email_key)])
            await work.invitations.add(invitation)
            return invitation

        async def replay(earlier: str) -> Invitation:
            return await owned(work, actor, earlier)

        return await idempotent(
            work,
            command,
            command.idempotency_key,
            change,
            result=lambda i: i.invitation_id,
            replay=replay,
        )


def _file_format(command: UploadInvitations) -> str:
    wanted = command.file_format.lower()
    if wanted and wanted not in FORMATS:
        raise InvalidField("format", "format", "a CSV or XLSX file")
    if len(command.content) > MAX_UPLOAD_BYTES:
        raise InvalidRows([RowProblem(0, "file", "max_size", "the file is larger than 2 MiB")])
    if not command.content:
        raise InvalidRows([RowProblem(0, "file", "empty", "the file is empty")])
    return wanted or ("xlsx" if command.content.startswith(b"PK\x03\x04") else "csv")


async def upload_invitations(
    command: UploadInvitations, *, deps: InvitationDeps
) -> list[Invitation]:
    """Drafts with a name and an e-mail, no workflow (§9.1.3.1); all rows or none."""
    assert deps.spreadsheets is not None, "the serving process reads spreadsheets"
    table = deps.spreadsheets.read(command.content, _file_format(command))
    drafts, problems = parse_rows(table)
    async with deps.uow() as work:
        acting, actor = await inviting(work, deps, command)
        check_may_invite(actor, (), "invite")

        async def change() -> list[Invitation]:
            holders = await work.invitations.email_holders([email_key(d.email) for d in drafts])
            taken = [
                RowProblem(
                    d.row,
                    "email",
                    "duplicate_email",
                    "an existing entity already uses this e-mail"
                    if holders[email_key(d.email)] == "entity"
                    else "another open invitation already uses this e-mail",
                )
                for d in drafts
                if email_key(d.email) in holders
            ]
            if problems or taken:
                raise InvalidRows(sorted(problems + taken, key=lambda p: (p.row, p.field)))
            now = deps.now()
            created = []
            for draft in drafts:
                invitation = Invitation.draft(
                    invitation_id=deps.base.new_id(),
                    inviting_entity_id=actor.entity_id,
                    invited_by=acting.person_id,
                    country=actor.country,
                    email=draft.email,
                    name=draft.name,
                    language=_language(actor),
                    bulk=True,
                    now=now,
                )
                await work.invitations.add(invitation)
                created.append(invitation)
            return created

        return await idempotent(
            work,
            command,
            command.idempotency_key,
            change,
            result=lambda found: ",".join(i.invitation_id for i in found),
            replay=lambda earlier: _load_many(work, earlier),
        )


async def update_invitations(
    command: UpdateInvitations, *, deps: InvitationDeps
) -> list[Invitation]:
    """One invitation: any field. Several: areas and message only, and never the Services
    alerts workflow (chosen one invitation at a time, §9.1.3.1)."""
    ids = tuple(dict.fromkeys(command.invitation_ids))
    if not ids:
        raise InvalidField("invitation_ids", "required", "name at least one invitation")
    bulk = len(ids) > 1
    if bulk and (command.email is not None or command.display_name is not None):
        raise InvalidField(
            "update_mask", "not_in_bulk", "e-mail and name are edited one invitation at a time"
        )
    if command.areas is not None:
        invited_areas(command.areas, bulk=bulk)
    async with deps.uow() as work:
        _, actor = await inviting(work, deps, command)

        async def change() -> list[Invitation]:
            now = deps.now()
            changed = []
            for invitation_id in ids:
                invitation = await owned(work, actor, invitation_id)
                invitation.edit(
                    now=now,
                    email=command.email,
                    name=command.display_name,
                    areas=command.areas,
                    note=command.message,
                    bulk=bulk,
                )
                check_may_invite(actor, invitation.areas, "invite")
                changed.append(invitation)
            if command.email is not None:
                target = changed[0]
                await check_unique_emails(
                    work, [("email", target.email_key)], except_invitations=[target.invitation_id]
                )
            return changed

        return await idempotent(
            work,
            command,
            command.idempotency_key,
            change,
            result=lambda found: ",".join(i.invitation_id for i in found),
            replay=lambda earlier: _load_many(work, earlier),
        )


async def delete_invitation(command: DeleteInvitation, *, deps: InvitationDeps) -> None:
    """Drafts, rejected and cancelled invitations; a retry of a deletion is a no-op."""
    async with deps.uow() as work:
        _, actor = await inviting(work, deps, command)

        async def change() -> str:
            invitation = await owned(work, actor, command.invitation_id)
            invitation.check_deletable()
            await work.invitations.remove(invitation)
            return invitation.invitation_id

        async def replay(earlier: str) -> str:
            return earlier

        await idempotent(work, command, command.idempotency_key, change, result=str, replay=replay)


def invitation_template(file_format: str, *, deps: InvitationDeps) -> tuple[bytes, str, str]:
    """The spreadsheet to fill in: (content, media type, file name)."""
    assert deps.spreadsheets is not None, "the serving process writes spreadsheets"
    chosen = (file_format or "xlsx").lower()
    if chosen not in FORMATS:
        raise InvalidField("format", "format", "csv or xlsx")
    return deps.spreadsheets.template(chosen)
