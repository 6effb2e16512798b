"""Fixtures for the notifications' integration tests: real PostgreSQL and the real mail catcher.

The local stack (`tramita_devstack`) provides both. Each test module gets a fresh
database holding the notifications tables; each test starts with them empty. The
catcher is shared (other sessions may use it), so tests send to addresses of their own
and look only at those, never clearing it.
"""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool
from tramita_devstack.api import ensure_running
from tramita_devstack.endpoints import Endpoints
from tramita_notifications.adapters.delivery_store import SqlDeliveryStore
from tramita_notifications.adapters.orm import metadata
from tramita_notifications.adapters.repository import SqlOutgoing
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.adapters.sms import HttpSmsSender
from tramita_notifications.adapters.smtp import SmtpMailSender
from tramita_notifications.app.delivery import DeliveryWorker
from tramita_notifications.app.ports import MailSender, OutgoingMessage, SmsSender
from tramita_notifications.domain.model import Channel, Language
from tramita_platform.backoff import Backoff
from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine, session_factory

type Poll = Callable[..., Awaitable[Any]]
type Mailbox = Callable[[str], Awaitable[list[dict[str, Any]]]]
type Queue = Callable[..., Awaitable[int]]
type MakeWorker = Callable[..., DeliveryWorker]

QUICK_RETRY = Backoff(initial=0.05, maximum=0.2, jitter=0)


@pytest.fixture(scope="session")
def stack() -> Endpoints:
    """The local stack's PostgreSQL and mail catcher, started if needed."""
    endpoints = ensure_running(["postgres", "mail"])
    response = httpx.get(f"{endpoints.mail_api_url}/api/v1/sms", timeout=5)
    if response.status_code == 404:
        pytest.fail("the running mail catcher predates its SMS API: tramita-stack down mail")
    return endpoints


@pytest.fixture(scope="module")
async def database_dsn(stack: Endpoints, request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """A fresh database for this test module with the notifications tables created."""
    module = request.module.__name__.rsplit(".", 1)[-1][:30]
    name = f"notif_{module}_{uuid.uuid4().hex[:8]}".lower()
    admin_dsn = stack.postgres_dsn("postgres")
    admin = create_engine(admin_dsn, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    dsn = make_url(admin_dsn).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(dsn, poolclass=NullPool)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    await engine.dispose()
    yield dsn
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


@pytest.fixture
async def engine(database_dsn: str) -> AsyncIterator[AsyncEngine]:
    """An engine on the module's database, whose tables start empty for each test."""
    engine = create_engine(database_dsn, pool_size=10)
    tables = ", ".join(f'"{table}"' for table in metadata.tables)
    async with engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {tables}"))
    yield engine
    await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return session_factory(engine)


@pytest.fixture
def sealer() -> Sealer:
    return Sealer(Sealer.generate_key())


@pytest.fixture
def queue(sessions: async_sessionmaker[AsyncSession], sealer: Sealer) -> Queue:
    """Return `queue(*messages)`: queue them in a transaction of their own, return new rows."""

    async def _queue(*messages: OutgoingMessage) -> int:
        async with sessions() as session, session.begin():
            return await SqlOutgoing(session, sealer=sealer).queue(messages)

    return _queue


def outgoing(
    address: str,
    *,
    channel: Channel = Channel.EMAIL,
    secret: bool = False,
    body: str = "Tem um pedido para tratar: /requests/1",
    language: Language = Language.PT,
    message_id: str = "",
) -> OutgoingMessage:
    """A message to `address`, as the notify use case would queue it."""
    return OutgoingMessage(
        message_id=message_id or str(uuid.uuid4()),
        event_id=str(uuid.uuid4()),
        kind="request.received",
        channel=channel,
        address=address,
        language=language,
        subject="" if channel is Channel.SMS else "Novo pedido recebido",
        body=body,
        created_at=datetime.now(UTC) - timedelta(seconds=1),
        secret=secret,
    )


@pytest.fixture
def outgoing_message() -> Callable[..., OutgoingMessage]:
    return outgoing


@pytest.fixture
def address() -> Callable[[], str]:
    """Return a new e-mail address no other test uses."""
    return lambda: f"n-{uuid.uuid4().hex[:12]}@example.test"


@pytest.fixture
def smtp(stack: Endpoints) -> SmtpMailSender:
    """A sender pointed at the catcher's SMTP port."""
    return smtp_sender(stack.smtp_port, host=stack.smtp_host)


def smtp_sender(port: int, *, host: str = "127.0.0.1") -> SmtpMailSender:
    return SmtpMailSender(
        host=host, port=port, from_address="tramita@example.test", tls="none", timeout=5.0
    )


@pytest.fixture
def smtp_on() -> Callable[[int], SmtpMailSender]:
    return smtp_sender


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=10) as client:
        yield client


@pytest.fixture
def mailbox(stack: Endpoints, http: httpx.AsyncClient) -> Mailbox:
    """Return `mailbox(address)`: the catcher's full messages to `address`."""

    async def _mailbox(address: str) -> list[dict[str, Any]]:
        api = f"{stack.mail_api_url}/api/v1"
        listing = (await http.get(f"{api}/messages", params={"limit": 1000})).json()
        ids = [
            m["ID"] for m in listing["messages"] if any(to["Address"] == address for to in m["To"])
        ]
        return [(await http.get(f"{api}/message/{i}")).json() for i in ids]

    return _mailbox


@pytest.fixture
def poll() -> Poll:
    """Return `poll(check, within=...)`: await `check()` until truthy or fail."""

    async def _poll(
        check: Callable[[], Awaitable[Any]],
        *,
        within: float = 15.0,
        interval: float = 0.05,
        what: str = "condition",
    ) -> Any:
        deadline = time.monotonic() + within
        while True:
            value = await check()
            if value:
                return value
            if time.monotonic() > deadline:
                pytest.fail(f"timed out after {within}s waiting for {what} (last: {value!r})")
            await asyncio.sleep(interval)

    return _poll


@pytest.fixture
def row(sessions: async_sessionmaker[AsyncSession]) -> Callable[[str], Awaitable[Any]]:
    """Return `row(message_id)`: the message's row as stored."""

    async def _row(message_id: str) -> Any:
        async with sessions() as session:
            result = await session.execute(
                text("SELECT * FROM messages WHERE message_id = :id"), {"id": message_id}
            )
            return result.mappings().one()

    return _row


@pytest.fixture
def sms(stack: Endpoints, http: httpx.AsyncClient) -> HttpSmsSender:
    """An SMS sender pointed at the catcher's fake provider."""
    return HttpSmsSender(http=http, url=f"{stack.mail_api_url}/api/v1/sms", token="test-token")


@pytest.fixture
def make_worker(
    sessions: async_sessionmaker[AsyncSession],
    sealer: Sealer,
    smtp: SmtpMailSender,
    sms: HttpSmsSender,
) -> MakeWorker:
    """Return `make_worker(mail=..., **options)`: a worker on the test database, quick retries."""

    def _make(
        *,
        mail: MailSender | None = None,
        sms_sender: SmsSender | None = None,
        store_sealer: Sealer | None = None,
        **options: Any,
    ) -> DeliveryWorker:
        settings: dict[str, Any] = {
            "max_attempts": 3,
            "batch_size": 5,
            "lease": timedelta(seconds=30),
            "send_timeout": 5.0,
            "poll_interval": 0.05,
            "retry_backoff": QUICK_RETRY,
        }
        return DeliveryWorker(
            store=SqlDeliveryStore(sessions, sealer=store_sealer or sealer),
            mail=mail or smtp,
            sms=sms_sender or sms,
            clock=SystemClock(),
            **(settings | options),
        )

    return _make
