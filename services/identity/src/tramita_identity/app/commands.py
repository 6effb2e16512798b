"""Commands identity accepts (imperative names); `actor` is the calling person's id."""

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class MemberRef:
    """A person named by person id or by national id (one of both)."""

    person_id: str = ""
    national_id: str = ""


@dataclass(frozen=True, slots=True)
class LinkMember:
    actor: str
    organization_id: str
    member: MemberRef
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class UnlinkMember:
    actor: str
    organization_id: str
    member: MemberRef
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class GrantDelegation:
    actor: str
    organization_id: str
    member: MemberRef
    process_types: tuple[str, ...]
    expires_at: datetime | None = None
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class RevokeDelegation:
    actor: str
    organization_id: str
    delegation_id: str
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class RenounceDelegation:
    actor: str
    organization_id: str
    delegation_id: str
    idempotency_key: str = ""


type Command = LinkMember | UnlinkMember | GrantDelegation | RevokeDelegation | RenounceDelegation


def fingerprint(command: Command) -> str:
    """Hash of the command without its key: a key reused for another request is refused."""
    body = repr(dataclasses.replace(command, idempotency_key=""))
    return hashlib.sha256(body.encode()).hexdigest()


def scoped_key(command: Command) -> str:
    """Idempotency keys are the caller's own: two people may pick the same one."""
    return f"{command.actor}/{command.idempotency_key}"
