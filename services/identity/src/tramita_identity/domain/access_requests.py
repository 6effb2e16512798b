"""Requests for access to the restricted portal (seed 002; PRODUCT §3.4, journey 8).

A person without an account submits the form in one go, with a PDF proving the job they
hold; confirms the e-mail address through a single-use link; staff approve (an account is
created and its set-password e-mail sent) or reject (with a reason). Every state change is
a row of TRANSITIONS; any other is refused, naming the state and the action.
"""

import enum
import hashlib
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tramita_identity.domain.errors import WrongState
from tramita_identity.domain.events import (
    AccessRequestApproved,
    AccessRequestEmailValidated,
    AccessRequestRejected,
    AccessRequestSubmitted,
    IdentityEvent,
)
from tramita_identity.domain.field_rules import Violations

PDF_MEDIA_TYPE = "application/pdf"
PDF_MAGIC = b"%PDF-"
DEFAULT_LANGUAGE = "pt-PT"
REASON_MAX_LENGTH = 2000
DECISION_REASON_MAX_LENGTH = 500


class AccessRequestState(enum.StrEnum):
    SUBMITTED = "submitted"
    EMAIL_VALIDATED = "email_validated"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"


class AccessRequestAction(enum.StrEnum):
    VALIDATE_EMAIL = "validate_email"
    APPROVE = "approve"
    REJECT = "reject"
    EXPIRE = "expire"


_S, _A = AccessRequestState, AccessRequestAction

# (state, action) -> next state. Nothing else is allowed.
TRANSITIONS: Mapping[tuple[AccessRequestState, AccessRequestAction], AccessRequestState] = {
    (_S.SUBMITTED, _A.VALIDATE_EMAIL): _S.EMAIL_VALIDATED,
    (_S.SUBMITTED, _A.EXPIRE): _S.EXPIRED,
    (_S.EMAIL_VALIDATED, _A.APPROVE): _S.APPROVED,
    (_S.EMAIL_VALIDATED, _A.REJECT): _S.REJECTED,
}

# Why an action is refused in a state (the rest say "not allowed in this state").
_WHY: Mapping[AccessRequestState, str] = {
    _S.SUBMITTED: "the applicant has not confirmed the e-mail address yet",
    _S.EMAIL_VALIDATED: "the e-mail address is already confirmed",
    _S.APPROVED: "the request was approved already",
    _S.REJECTED: "the request was rejected",
    _S.EXPIRED: "the validation link expired; the applicant must submit a new request",
}


def next_state(state: AccessRequestState, action: AccessRequestAction) -> AccessRequestState:
    """The state `action` leads to from `state`, or WrongState naming both."""
    try:
        return TRANSITIONS[(state, action)]
    except KeyError:
        raise WrongState(state=state.value, action=action.value, explanation=_WHY[state]) from None


class FirstLoginChannel(enum.StrEnum):
    """Where the one-time code of the first login goes."""

    EMAIL = "email"
    SMS = "sms"


@dataclass(frozen=True, slots=True)
class Applicant:
    """What the applicant typed (personal data: sealed at rest, never in events but one)."""

    name: str
    email: str
    phone: str
    organization: str
    role: str
    reason: str
    first_login_channel: FirstLoginChannel
    language: str


@dataclass(frozen=True, slots=True)
class Proof:
    """The uploaded PDF: where its bytes are kept and their SHA-256."""

    filename: str
    media_type: str
    size: int
    sha256: str
    blob_key: str


@dataclass(frozen=True, slots=True)
class ProofUpload:
    filename: str
    media_type: str
    content: bytes


def read_application(
    *,
    name: str,
    email: str,
    phone: str,
    organization: str,
    role: str,
    reason: str,
    first_login_channel: str,
    language: str,
    proof: ProofUpload,
    max_proof_bytes: int,
) -> tuple[Applicant, str]:
    """The validated application and the proof's SHA-256; InvalidFields lists every
    broken rule at once."""
    rules = Violations()
    applicant_name = rules.text("name", name, max_length=200)
    address = rules.email("email", email)
    number = rules.phone("phone", phone)
    organization_name = rules.text("organization", organization, max_length=200)
    job = rules.text("role", role, max_length=200)
    motive = rules.text("reason", reason, max_length=REASON_MAX_LENGTH)
    tag = rules.language("language", language, default=DEFAULT_LANGUAGE)
    channel = _channel(rules, first_login_channel, number)
    _check_proof(rules, proof, max_proof_bytes)
    rules.raise_any()
    applicant = Applicant(
        applicant_name, address, number, organization_name, job, motive, channel, tag
    )
    return applicant, hashlib.sha256(proof.content).hexdigest()


def _channel(rules: Violations, value: str, phone: str) -> FirstLoginChannel:
    wanted = (value or "email").strip().lower()
    if wanted not in FirstLoginChannel._value2member_map_:
        rules.add("first_login_channel", "one_of", 'must be "email" or "sms"')
        return FirstLoginChannel.EMAIL
    channel = FirstLoginChannel(wanted)
    if channel is FirstLoginChannel.SMS and not phone:
        rules.add("phone", "required_for_sms", "give a mobile number to receive the code by SMS")
    return channel


def _check_proof(rules: Violations, proof: ProofUpload, max_bytes: int) -> None:
    size = len(proof.content)
    if size == 0:
        rules.add("proof", "required", "attach the document proving your position (PDF)")
        return
    if size > max_bytes:
        rules.add("proof", "max_size", f"at most {max_bytes // (1024 * 1024)} MB")
    media_type = (proof.media_type or PDF_MEDIA_TYPE).split(";")[0].strip().lower()
    if media_type != PDF_MEDIA_TYPE or not proof.content.startswith(PDF_MAGIC):
        rules.add("proof", "pdf", "must be a PDF document")
    if len(proof.filename or "") > 255:
        rules.add("proof", "filename", "the file name has at most 255 characters")


def proof_filename(filename: str) -> str:
    """The file's own name (no directories), "proof.pdf" when it has none."""
    base = posixpath.basename((filename or "").replace("\\", "/")).strip()
    return base[:255] or "proof.pdf"


def token_digest(token: str) -> str:
    """Validation tokens are kept only as this digest."""
    return hashlib.sha256(token.encode()).hexdigest()


def split_name(name: str) -> tuple[str, str]:
    """First name and surname for the account ("Ana Maria Silva" → "Ana", "Maria Silva")."""
    first, _, rest = name.strip().partition(" ")
    return first, rest.strip() or first


def decision_reason(reason: str) -> str:
    rules = Violations()
    clean = rules.text("reason", reason, max_length=DECISION_REASON_MAX_LENGTH)
    rules.raise_any()
    return clean


@dataclass(slots=True)
class AccessRequest:
    """One request; records its events; `changed` tells the repository to store it."""

    request_id: str
    applicant: Applicant
    proof: Proof
    state: AccessRequestState
    submitted_at: datetime
    token_hash: str
    token_expires_at: datetime
    email_validated_at: datetime | None = None
    decided_at: datetime | None = None
    decided_by: str = ""
    decision_reason: str = ""
    # The account created on approval (the token subject of its logins).
    person_id: str = ""
    expired_at: datetime | None = None
    version: int = 0
    events: list[IdentityEvent] = field(default_factory=list, compare=False, repr=False)
    changed: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def submit(
        cls,
        *,
        request_id: str,
        applicant: Applicant,
        proof: Proof,
        token_hash: str,
        now: datetime,
        link_valid_for: timedelta,
    ) -> "AccessRequest":
        request = cls(
            request_id,
            applicant,
            proof,
            AccessRequestState.SUBMITTED,
            submitted_at=now,
            token_hash=token_hash,
            token_expires_at=now + link_valid_for,
            changed=True,
        )
        request.events.append(AccessRequestSubmitted(request_id))
        return request

    def is_pending(self, now: datetime) -> bool:
        """Still in progress: blocks another request for the same address."""
        if self.state is AccessRequestState.SUBMITTED:
            return now < self.token_expires_at
        return self.state is AccessRequestState.EMAIL_VALIDATED

    def check(self, action: AccessRequestAction) -> None:
        """Refuse `action` now if the current state does not allow it (changes nothing)."""
        next_state(self.state, action)

    def expire_if_due(self, now: datetime) -> bool:
        """Move a request whose validation link lapsed to `expired`; True if it moved."""
        if self.state is not AccessRequestState.SUBMITTED or now < self.token_expires_at:
            return False
        self._move(AccessRequestAction.EXPIRE)
        self.expired_at = now
        return True

    def validate_email(self, now: datetime) -> None:
        self._move(AccessRequestAction.VALIDATE_EMAIL)
        self.email_validated_at = now
        self.events.append(AccessRequestEmailValidated(self.request_id))

    def approve(self, *, by: str, person_id: str, now: datetime) -> None:
        self._move(AccessRequestAction.APPROVE)
        self.decided_at, self.decided_by, self.person_id = now, by, person_id
        self.events.append(AccessRequestApproved(self.request_id, person_id, by))

    def reject(self, *, by: str, reason: str, now: datetime) -> None:
        self._move(AccessRequestAction.REJECT)
        self.decided_at, self.decided_by, self.decision_reason = now, by, reason
        self.events.append(AccessRequestRejected(self.request_id, by))

    def _move(self, action: AccessRequestAction) -> None:
        self.state = next_state(self.state, action)
        self.changed = True
