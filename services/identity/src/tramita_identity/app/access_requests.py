"""Use cases of the access request portal (seed 002; PRODUCT §3.4, journey 8).

Submitting and validating come from the public portal through the gateway's service
account; listing, reading the proof and deciding are for staff. Secrets (the validation
link) go to notifications directly, never through Kafka; the account's set-password link
is Keycloak's own e-mail.
"""

import hashlib
import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import timedelta

from tramita_identity.app.ports import (
    AccountAction,
    Accounts,
    Clock,
    DirectMessage,
    DirectMessages,
    IdGenerator,
    NewAccount,
    PersonalDataRead,
    ProofStore,
    TokenGenerator,
    UnitOfWork,
)
from tramita_identity.domain.access_requests import (
    PDF_MEDIA_TYPE,
    AccessRequest,
    AccessRequestAction,
    AccessRequestState,
    Proof,
    ProofUpload,
    decision_reason,
    proof_filename,
    read_application,
    split_name,
    token_digest,
)
from tramita_identity.domain.errors import (
    AccessRequestNotFound,
    DuplicateAccessRequest,
    InvalidField,
    NotPermitted,
    WrongState,
)
from tramita_identity.domain.persons import Contact, Person, Profile

log = logging.getLogger(__name__)
type Uow = Callable[[], UnitOfWork]

STAFF_ROLES = frozenset({"staff", "platform-admin"})
REJECTION_KIND = "access_request.rejected"
VALIDATION_KIND = "access_request.email_validation"
LOCAL_IDP = "tramita"
MAX_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class AccessPolicy:
    link_valid_for: timedelta = timedelta(hours=24)
    max_proof_bytes: int = 5 * 1024 * 1024
    # Portal path the validation e-mail links to (the token is added as `?token=`).
    validation_link_path: str = "/api/v1/access-requests/validate"
    set_password_valid_for: timedelta = timedelta(hours=48)
    realm_roles: tuple[str, ...] = ("client",)


@dataclass(frozen=True, slots=True)
class AccessPorts:
    uow: Uow
    clock: Clock
    new_id: IdGenerator
    new_token: TokenGenerator
    proofs: ProofStore
    accounts: Accounts
    messages: DirectMessages
    policy: AccessPolicy = AccessPolicy()


@dataclass(frozen=True, slots=True)
class SubmitAccessRequest:
    name: str
    email: str
    phone: str
    organization: str
    role: str
    reason: str
    first_login_channel: str
    language: str
    proof: ProofUpload
    # Who handed the form in (the portal's service account): scopes the idempotency key.
    portal: str = ""
    idempotency_key: str = ""


@dataclass(frozen=True, slots=True)
class StaffMember:
    person_id: str
    roles: frozenset[str]


def check_staff(staff: StaffMember, action: str) -> None:
    if not staff.roles & STAFF_ROLES:
        raise NotPermitted(action, "NOT_STAFF", "only the agency's staff may")


async def submit_access_request(
    command: SubmitAccessRequest, *, ports: AccessPorts
) -> AccessRequest:
    """Validate, keep the proof, record the request and send the validation link."""
    applicant, sha256 = read_application(
        name=command.name,
        email=command.email,
        phone=command.phone,
        organization=command.organization,
        role=command.role,
        reason=command.reason,
        first_login_channel=command.first_login_channel,
        language=command.language,
        proof=command.proof,
        max_proof_bytes=ports.policy.max_proof_bytes,
    )
    key = f"access-request/{command.portal}/{command.idempotency_key}"
    fingerprint = hashlib.sha256(repr((applicant, sha256)).encode()).hexdigest()
    now = ports.clock.now()
    async with ports.uow() as work:
        if command.idempotency_key:
            earlier = await work.idempotency.recall(key=key, fingerprint=fingerprint)
            if earlier is not None:
                return await _request(work, earlier)
        for pending in await work.access_requests.pending_for(applicant.email):
            if not pending.expire_if_due(now):
                raise DuplicateAccessRequest()
        request_id, token = ports.new_id(), ports.new_token()
        proof = Proof(
            filename=proof_filename(command.proof.filename),
            media_type=PDF_MEDIA_TYPE,
            size=len(command.proof.content),
            sha256=sha256,
            blob_key=f"access-requests/{request_id}/proof.pdf",
        )
        await ports.proofs.put(
            key=proof.blob_key, data=command.proof.content, media_type=PDF_MEDIA_TYPE
        )
        request = AccessRequest.submit(
            request_id=request_id,
            applicant=applicant,
            proof=proof,
            token_hash=token_digest(token),
            now=now,
            link_valid_for=ports.policy.link_valid_for,
        )
        await work.access_requests.add(request)
        if command.idempotency_key:
            await work.idempotency.remember(key=key, fingerprint=fingerprint, result=request_id)
        hours = max(1, int(ports.policy.link_valid_for.total_seconds() // 3600))
        await ports.messages.send(
            DirectMessage(
                kind=VALIDATION_KIND,
                channel="email",
                address=applicant.email,
                language=applicant.language,
                idempotency_key=f"access-request-validation/{request_id}",
                link=f"{ports.policy.validation_link_path}?token={token}",
                params={"valid_hours": str(hours)},
            )
        )
        await work.commit()
    return request


async def validate_access_email(
    token: str, *, uow: Uow, clock: Clock, idempotency_key: str = ""
) -> AccessRequest:
    """Confirm the applicant's address with the single-use link's token."""
    clean = (token or "").strip()
    if not clean or len(clean) > 200:
        raise InvalidField("token", "required", "give the token of the validation link")
    digest = token_digest(clean)
    key = f"access-request-validation/{digest}/{idempotency_key}"
    async with uow() as work:
        if idempotency_key:
            earlier = await work.idempotency.recall(key=key, fingerprint=digest)
            if earlier is not None:
                return await _request(work, earlier)
        request = await work.access_requests.by_token(digest)
        if request is None:
            raise AccessRequestNotFound("for this link")
        if request.expire_if_due(clock.now()):
            await work.commit()
            raise WrongState(
                state=AccessRequestState.EXPIRED.value,
                action=AccessRequestAction.VALIDATE_EMAIL.value,
                explanation="the validation link expired; submit a new request",
            )
        request.validate_email(clock.now())
        if idempotency_key:
            await work.idempotency.remember(key=key, fingerprint=digest, result=request.request_id)
        await work.commit()
    return request


async def list_access_requests(
    staff: StaffMember,
    *,
    state: str,
    after: str | None,
    page_size: int,
    uow: Uow,
    clock: Clock,
    new_id: IdGenerator,
) -> tuple[list[AccessRequest], str | None]:
    """Staff read one page of requests (by default those awaiting a decision); each
    applicant's data read is audited."""
    check_staff(staff, "list access requests")
    wanted = (state or AccessRequestState.EMAIL_VALIDATED.value).strip().lower()
    if wanted not in AccessRequestState._value2member_map_:
        names = ", ".join(s.value for s in AccessRequestState)
        raise InvalidField("state", "one_of", f"one of {names}")
    limit = max(1, min(page_size or 20, MAX_PAGE_SIZE))
    async with uow() as work:
        found = await work.access_requests.page(
            AccessRequestState(wanted), after=after, limit=limit + 1
        )
        page = found[:limit]
        await _audit_reads(work, staff, page, "applicant", clock, new_id)
        await work.commit()
    return page, (page[-1].request_id if len(found) > limit else None)


async def read_proof(
    staff: StaffMember,
    request_id: str,
    *,
    uow: Uow,
    clock: Clock,
    new_id: IdGenerator,
    proofs: ProofStore,
) -> tuple[Proof, bytes]:
    """The proof document, for staff; the read is audited."""
    check_staff(staff, "read the proof of an access request")
    async with uow() as work:
        request = await _request(work, request_id)
        await _audit_reads(work, staff, [request], "proof", clock, new_id)
        await work.commit()
    return request.proof, await proofs.get(key=request.proof.blob_key)


@dataclass(frozen=True, slots=True)
class Decide:
    staff: StaffMember
    request_id: str
    reason: str = ""
    idempotency_key: str = ""


async def approve_access_request(command: Decide, *, ports: AccessPorts) -> AccessRequest:
    """Create the account (e-mail verified; the first login asks a one-time code on the
    chosen channel) and send Keycloak's set-password e-mail; then record the decision."""
    check_staff(command.staff, "approve access requests")
    key = f"{command.staff.person_id}/{command.idempotency_key}"
    fingerprint = f"approve/{command.request_id}"
    async with ports.uow() as work:
        if (earlier := await _recall(work, command, key, fingerprint)) is not None:
            return earlier
        request = await _request(work, command.request_id)
        request.check(AccessRequestAction.APPROVE)
        applicant = request.applicant
        first, last = split_name(applicant.name)
        attributes = {"first_login_otp": applicant.first_login_channel.value}
        if applicant.phone:
            attributes["phone_number"] = applicant.phone
        account_id = await ports.accounts.create(
            NewAccount(
                username=applicant.email,
                email=applicant.email,
                first_name=first,
                last_name=last,
                email_verified=True,
                realm_roles=ports.policy.realm_roles,
                attributes=attributes,
            )
        )
        try:
            lifespan = int(ports.policy.set_password_valid_for.total_seconds())
            await ports.accounts.send_set_password_email(account_id, lifespan_seconds=lifespan)
            now = ports.clock.now()
            request.approve(by=command.staff.person_id, person_id=account_id, now=now)
            contact = Contact(applicant.email, applicant.phone, applicant.language)
            profile = Profile(applicant.name, contact, "", "", LOCAL_IDP)
            await work.persons.add(Person.register(person_id=account_id, profile=profile, now=now))
            await _log(work, ports, command, "access_request.approved", account_id)
            if command.idempotency_key:
                await work.idempotency.remember(
                    key=key, fingerprint=fingerprint, result=request.request_id
                )
            await work.commit()
        except BaseException:
            with suppress(Exception):
                await ports.accounts.delete(account_id)
            raise
    return request


async def reject_access_request(command: Decide, *, ports: AccessPorts) -> AccessRequest:
    """Record the rejection and its reason; the applicant, who has no account, is told by
    a direct message (its address never goes into an event)."""
    check_staff(command.staff, "reject access requests")
    reason = decision_reason(command.reason)
    key = f"{command.staff.person_id}/{command.idempotency_key}"
    fingerprint = hashlib.sha256(f"reject/{command.request_id}/{reason}".encode()).hexdigest()
    async with ports.uow() as work:
        if (earlier := await _recall(work, command, key, fingerprint)) is not None:
            return earlier
        request = await _request(work, command.request_id)
        request.reject(by=command.staff.person_id, reason=reason, now=ports.clock.now())
        await _log(work, ports, command, "access_request.rejected", "")
        if command.idempotency_key:
            await work.idempotency.remember(
                key=key, fingerprint=fingerprint, result=request.request_id
            )
        await ports.messages.send(_rejection_notice(request, reason))
        await work.commit()
    return request


def _rejection_notice(request: AccessRequest, reason: str) -> DirectMessage:
    return DirectMessage(
        kind=REJECTION_KIND,
        channel="email",
        address=request.applicant.email,
        language=request.applicant.language,
        idempotency_key=f"access-request-rejection/{request.request_id}",
        link="/access-request",
        params={"reason": reason} if reason else {},
    )


async def _recall(
    work: UnitOfWork, command: Decide, key: str, fingerprint: str
) -> AccessRequest | None:
    if not command.idempotency_key:
        return None
    earlier = await work.idempotency.recall(key=key, fingerprint=fingerprint)
    return None if earlier is None else await _request(work, earlier)


async def _request(work: UnitOfWork, request_id: str) -> AccessRequest:
    request = await work.access_requests.get(request_id)
    if request is None:
        raise AccessRequestNotFound(request_id)
    return request


async def _log(
    work: UnitOfWork, ports: AccessPorts, command: Decide, action: str, detail: str
) -> None:
    await work.account_log.record(
        AccountAction(
            ports.new_id(),
            ports.clock.now(),
            command.staff.person_id,
            action,
            command.request_id,
            detail=detail,
        )
    )


async def _audit_reads(
    work: UnitOfWork,
    staff: StaffMember,
    requests: list[AccessRequest],
    fields: str,
    clock: Clock,
    new_id: IdGenerator,
) -> None:
    now = clock.now()
    await work.reads.record(
        [
            PersonalDataRead(
                new_id(),
                now,
                staff.person_id,
                f"access-request:{r.request_id}",
                fields,
                "access-request-review",
            )
            for r in requests
        ]
    )
