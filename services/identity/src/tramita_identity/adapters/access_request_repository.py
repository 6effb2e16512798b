"""Access requests in PostgreSQL: the case row, and the applicant's data sealed apart."""

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_identity.adapters.orm import access_request_applicants, access_requests
from tramita_identity.adapters.sealing import PersonalDataSealer
from tramita_identity.domain.access_requests import (
    AccessRequest,
    AccessRequestState,
    Applicant,
    FirstLoginChannel,
    Proof,
)
from tramita_identity.domain.errors import ConcurrentChange

_PENDING = (AccessRequestState.SUBMITTED.value, AccessRequestState.EMAIL_VALIDATED.value)


class SqlAccessRequestRepository:
    def __init__(self, session: AsyncSession, sealer: PersonalDataSealer) -> None:
        self._session = session
        self._sealer = sealer
        self.seen: list[AccessRequest] = []

    async def get(self, request_id: str) -> AccessRequest | None:
        found = await self._load(access_requests.c.request_id == request_id)
        return found[0] if found else None

    async def add(self, request: AccessRequest) -> None:
        self.seen.append(request)

    async def by_token(self, token_hash: str) -> AccessRequest | None:
        found = await self._load(access_requests.c.token_hash == token_hash)
        return found[0] if found else None

    async def pending_for(self, email: str) -> list[AccessRequest]:
        return await self._load(
            access_requests.c.email_index == self._sealer.index(email),
            access_requests.c.state.in_(_PENDING),
        )

    async def page(
        self, state: AccessRequestState, *, after: str | None, limit: int
    ) -> list[AccessRequest]:
        conditions = [access_requests.c.state == state.value]
        if after:
            conditions.append(access_requests.c.request_id > after)
        return await self._load(*conditions, limit=limit)

    async def save_changes(self) -> None:
        """Updates first (a lapsed request leaves the pending index), then inserts."""
        for request in sorted(self.seen, key=lambda r: r.version == 0):
            if request.changed:
                await self._save(request)
                request.changed = False

    async def _save(self, request: AccessRequest) -> None:
        row = _row(request)
        if request.version == 0:
            await self._session.execute(
                access_requests.insert().values(
                    **row,
                    request_id=request.request_id,
                    email_index=self._sealer.index(request.applicant.email),
                    token_hash=request.token_hash,
                    submitted_at=request.submitted_at,
                    version=1,
                )
            )
            sealed = self._sealer.seal(request.request_id, _applicant(request))
            await self._session.execute(
                access_request_applicants.insert().values(
                    request_id=request.request_id, sealed=sealed
                )
            )
        else:
            statement = (
                update(access_requests)
                .where(access_requests.c.request_id == request.request_id)
                .where(access_requests.c.version == request.version)
                .values(**row, version=request.version + 1)
            )
            if (await self._session.execute(statement)).rowcount != 1:
                raise ConcurrentChange(f"access request {request.request_id}")
        request.version += 1

    async def _load(self, *conditions: Any, limit: int | None = None) -> list[AccessRequest]:
        query = (
            select(access_requests, access_request_applicants.c.sealed)
            .join(access_request_applicants)
            .where(*conditions)
            .order_by(access_requests.c.request_id)
        )
        if limit is not None:
            query = query.limit(limit)
        rows = (await self._session.execute(query)).mappings().all()
        found = []
        for row in rows:
            known = next((r for r in self.seen if r.request_id == row["request_id"]), None)
            if known is None:
                known = self._request(row)
                self.seen.append(known)
            found.append(known)
        return found

    def _request(self, row: Any) -> AccessRequest:
        data = self._sealer.open(row["request_id"], bytes(row["sealed"]))
        applicant = Applicant(
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            organization=data["organization"],
            role=data["role"],
            reason=data["reason"],
            first_login_channel=FirstLoginChannel(row["first_login_channel"]),
            language=row["language"],
        )
        proof = Proof(
            filename=data["proof_filename"],
            media_type=row["proof_media_type"],
            size=row["proof_size"],
            sha256=row["proof_sha256"],
            blob_key=row["proof_key"],
        )
        return AccessRequest(
            request_id=row["request_id"],
            applicant=applicant,
            proof=proof,
            state=AccessRequestState(row["state"]),
            submitted_at=row["submitted_at"],
            token_hash=row["token_hash"],
            token_expires_at=row["token_expires_at"],
            email_validated_at=row["email_validated_at"],
            decided_at=row["decided_at"],
            decided_by=row["decided_by"],
            decision_reason=row["decision_reason"],
            person_id=row["person_id"],
            expired_at=row["expired_at"],
            version=row["version"],
        )


def _row(request: AccessRequest) -> dict[str, Any]:
    proof = request.proof
    return {
        "state": request.state.value,
        "token_expires_at": request.token_expires_at,
        "first_login_channel": request.applicant.first_login_channel.value,
        "language": request.applicant.language,
        "proof_media_type": proof.media_type,
        "proof_size": proof.size,
        "proof_sha256": proof.sha256,
        "proof_key": proof.blob_key,
        "email_validated_at": request.email_validated_at,
        "decided_at": request.decided_at,
        "decided_by": request.decided_by,
        "decision_reason": request.decision_reason,
        "person_id": request.person_id,
        "expired_at": request.expired_at,
    }


def _applicant(request: AccessRequest) -> dict[str, str]:
    applicant = request.applicant
    return {
        "name": applicant.name,
        "email": applicant.email,
        "phone": applicant.phone,
        "organization": applicant.organization,
        "role": applicant.role,
        "reason": applicant.reason,
        "proof_filename": request.proof.filename,
    }
