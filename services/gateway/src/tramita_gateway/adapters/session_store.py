"""Where portal sessions live: PostgreSQL (tokens Fernet-encrypted, ids stored only as
SHA-256 hashes, so a database dump yields neither usable cookies nor tokens), and an
in-memory twin for unit tests."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import (
    Column,
    ColumnElement,
    DateTime,
    LargeBinary,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncEngine
from tramita_platform.db import make_metadata

from tramita_gateway.domain.session import LoginAttempt, Session, TokenSet
from tramita_gateway.settings import GatewaySettings

metadata = make_metadata()

sessions = Table(
    "portal_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("subject", Text, nullable=False, index=True),
    Column("keycloak_sid", Text, nullable=True, index=True),
    Column("sealed", LargeBinary, nullable=False),  # tokens, username, CSRF token
    Column("access_expires_at", DateTime(timezone=True), nullable=False),
    Column("refresh_expires_at", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
)

login_attempts = Table(
    "portal_login_attempts",
    metadata,
    Column("state_hash", String(64), primary_key=True),
    Column("sealed", LargeBinary, nullable=False),  # verifier, nonce, return_to, binding
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
)


def digest(secret: str) -> str:
    """The stored form of a cookie value or state: SHA-256, hex."""
    return hashlib.sha256(secret.encode()).hexdigest()


class TokenCipher:
    """Authenticated encryption of what a row must not show (Fernet; first key encrypts,
    every listed key decrypts, so keys rotate without logging everyone out)."""

    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise ValueError("at least one session key is required")
        self._fernet = MultiFernet([Fernet(key) for key in keys])

    @classmethod
    def from_settings(cls, settings: GatewaySettings) -> TokenCipher:
        if settings.session_keys is not None:
            raw = settings.session_keys.get_secret_value()
            return cls([k.strip().encode() for k in raw.split(",") if k.strip()])
        # Local and test profiles only (production refuses to start without session_keys).
        hkdf = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=b"tramita-gateway local session key",
        )
        secret = settings.service_client_secret.get_secret_value().encode()
        return cls([base64.urlsafe_b64encode(hkdf.derive(secret))])

    def seal(self, values: dict[str, str | None]) -> bytes:
        return self._fernet.encrypt(json.dumps(values).encode())

    def open(self, sealed: bytes) -> dict[str, str | None]:
        return json.loads(self._fernet.decrypt(sealed))


class PostgresSessionStore:
    """Sessions in the gateway's own database; every call is one short transaction."""

    def __init__(self, engine: AsyncEngine, cipher: TokenCipher) -> None:
        self._engine = engine
        self._cipher = cipher

    async def ping(self) -> bool:
        async with self._engine.connect() as connection:
            await connection.execute(select(1))
        return True

    async def save_attempt(self, attempt: LoginAttempt) -> None:
        sealed = self._cipher.seal(
            {
                "code_verifier": attempt.code_verifier,
                "nonce": attempt.nonce,
                "return_to": attempt.return_to,
                "browser_binding": attempt.browser_binding,
                "redirect_uri": attempt.redirect_uri,
            }
        )
        row = {"state_hash": digest(attempt.state), "sealed": sealed}
        async with self._engine.begin() as connection:
            await connection.execute(
                insert(login_attempts).values(**row, expires_at=attempt.expires_at)
            )

    async def take_attempt(self, state: str) -> LoginAttempt | None:
        statement = (
            delete(login_attempts)
            .where(login_attempts.c.state_hash == digest(state))
            .returning(login_attempts.c.sealed, login_attempts.c.expires_at)
        )
        async with self._engine.begin() as connection:
            row = (await connection.execute(statement)).first()
        if row is None:
            return None
        try:
            values = self._cipher.open(row.sealed)
        except InvalidToken:
            return None
        return LoginAttempt(
            state=state,
            code_verifier=str(values["code_verifier"]),
            nonce=str(values["nonce"]),
            return_to=str(values["return_to"]),
            browser_binding=str(values["browser_binding"]),
            redirect_uri=str(values["redirect_uri"]),
            expires_at=row.expires_at,
        )

    async def add(self, session: Session) -> None:
        async with self._engine.begin() as connection:
            await connection.execute(insert(sessions).values(**self._row(session)))

    async def get(self, session_id: str) -> Session | None:
        statement = select(sessions).where(sessions.c.id_hash == digest(session_id))
        async with self._engine.connect() as connection:
            row = (await connection.execute(statement)).first()
        if row is None:
            return None
        try:
            values = self._cipher.open(row.sealed)
        except InvalidToken:  # sealed with a key no longer configured: as if logged out
            return None
        return Session(
            id=session_id,
            subject=row.subject,
            username=values["username"],
            keycloak_sid=row.keycloak_sid,
            csrf_token=str(values["csrf_token"]),
            tokens=TokenSet(
                access_token=str(values["access_token"]),
                refresh_token=values["refresh_token"],
                id_token=values["id_token"],
                access_expires_at=row.access_expires_at,
                refresh_expires_at=row.refresh_expires_at,
            ),
            created_at=row.created_at,
            expires_at=row.expires_at,
        )

    async def replace(self, session: Session) -> None:
        row = self._row(session)
        del row["id_hash"]
        statement = update(sessions).where(sessions.c.id_hash == digest(session.id)).values(row)
        async with self._engine.begin() as connection:
            await connection.execute(statement)

    async def remove(self, session_id: str) -> None:
        async with self._engine.begin() as connection:
            await connection.execute(
                delete(sessions).where(sessions.c.id_hash == digest(session_id))
            )

    async def remove_by_keycloak_sid(self, sid: str) -> int:
        return await self._delete(sessions.c.keycloak_sid == sid)

    async def remove_by_subject(self, subject: str) -> int:
        return await self._delete(sessions.c.subject == subject)

    async def purge_expired(self, now: datetime) -> int:
        async with self._engine.begin() as connection:
            gone = await connection.execute(delete(sessions).where(sessions.c.expires_at <= now))
            await connection.execute(
                delete(login_attempts).where(login_attempts.c.expires_at <= now)
            )
        return gone.rowcount or 0

    async def _delete(self, condition: ColumnElement[bool]) -> int:
        async with self._engine.begin() as connection:
            result = await connection.execute(delete(sessions).where(condition))
        return result.rowcount or 0

    def _row(self, session: Session) -> dict[str, object]:
        sealed = self._cipher.seal(
            {
                "access_token": session.tokens.access_token,
                "refresh_token": session.tokens.refresh_token,
                "id_token": session.tokens.id_token,
                "username": session.username,
                "csrf_token": session.csrf_token,
            }
        )
        return {
            "id_hash": digest(session.id),
            "subject": session.subject,
            "keycloak_sid": session.keycloak_sid,
            "sealed": sealed,
            "access_expires_at": session.tokens.access_expires_at,
            "refresh_expires_at": session.tokens.refresh_expires_at,
            "created_at": session.created_at,
            "expires_at": session.expires_at,
        }


class InMemorySessionStore:
    """The same contract in a dict (unit tests, single-process experiments)."""

    def __init__(self) -> None:
        self.sessions: dict[str, Session] = {}
        self.attempts: dict[str, LoginAttempt] = {}

    async def ping(self) -> bool:
        return True

    async def save_attempt(self, attempt: LoginAttempt) -> None:
        self.attempts[digest(attempt.state)] = attempt

    async def take_attempt(self, state: str) -> LoginAttempt | None:
        return self.attempts.pop(digest(state), None)

    async def add(self, session: Session) -> None:
        self.sessions[digest(session.id)] = session

    async def get(self, session_id: str) -> Session | None:
        found = self.sessions.get(digest(session_id))
        return None if found is None else replace(found, id=session_id)

    async def replace(self, session: Session) -> None:
        if digest(session.id) in self.sessions:
            self.sessions[digest(session.id)] = session

    async def remove(self, session_id: str) -> None:
        self.sessions.pop(digest(session_id), None)

    async def remove_by_keycloak_sid(self, sid: str) -> int:
        return self._drop(lambda s: s.keycloak_sid == sid)

    async def remove_by_subject(self, subject: str) -> int:
        return self._drop(lambda s: s.subject == subject)

    async def purge_expired(self, now: datetime) -> int:
        self.attempts = {k: a for k, a in self.attempts.items() if not a.expired(now)}
        return self._drop(lambda s: s.expired(now))

    def _drop(self, matches: Callable[[Session], bool]) -> int:
        doomed = [key for key, session in self.sessions.items() if matches(session)]
        for key in doomed:
            del self.sessions[key]
        return len(doomed)
