"""Commands on invitations (imperative names); `caller` is who sends them."""

from dataclasses import dataclass
from datetime import date

from tramita_registry.app.ports import Caller
from tramita_registry.domain.invitations import InvitedArea
from tramita_registry.domain.profile import Profile


@dataclass(frozen=True, slots=True)
class CreateInvitation:
    caller: Caller
    email: str
    display_name: str
    areas: tuple[InvitedArea, ...] = ()
    message: str = ""
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class UploadInvitations:
    """A filled-in template; `file_format` "csv", "xlsx" or "" (told by the content)."""

    caller: Caller
    content: bytes
    file_format: str = ""
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class UpdateInvitations:
    """Only the fields given (not None) change; several invitations: areas and message."""

    caller: Caller
    invitation_ids: tuple[str, ...]
    email: str | None = None
    display_name: str | None = None
    areas: tuple[InvitedArea, ...] | None = None
    message: str | None = None
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class SendInvitations:
    caller: Caller
    invitation_ids: tuple[str, ...]
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class CancelInvitation:
    caller: Caller
    invitation_id: str
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class ReissueInvitation:
    caller: Caller
    invitation_id: str
    expected_version: int = 0
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class DeleteInvitation:
    caller: Caller
    invitation_id: str
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class ReleaseInvitationDay:
    caller: Caller
    inviting_entity_id: str
    day: date
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class SelfRegister:
    """The self-registration form, sent for a visitor holding `code` (no caller)."""

    code: str
    profile: Profile
    region: str = ""
    keywords: tuple[tuple[str, tuple[str, ...]], ...] = ()
    first_user_name: str = ""
    first_user_email: str = ""
    first_user_language: str = ""
    idempotency_key: str = ""


type InvitationCommand = (
    CreateInvitation
    | UploadInvitations
    | UpdateInvitations
    | SendInvitations
    | CancelInvitation
    | ReissueInvitation
    | DeleteInvitation
    | ReleaseInvitationDay
)
