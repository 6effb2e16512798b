"""The delivery worker: sends queued e-mails and SMS, retries with backoff, then gives up.

A batch is claimed in one short transaction that pushes each row's `next_attempt_at` to
the end of a lease and counts the attempt; the messages are then sent with no
transaction open, and the outcomes are written in a second short transaction. A slow
SMTP server therefore never holds a row lock or a connection. Other replicas skip
claimed rows until the lease ends; each send is cut off well inside the lease, so in
normal operation no message is sent twice.

A worker that dies between sending and writing the outcome leaves its rows to expire
and another replica sends them again: delivery is at-least-once. The Message-ID header
is the message id, so mail clients and servers can drop the duplicate. A message whose
lease expired on its last allowed attempt is given up on without sending again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from tramita_platform.backoff import Backoff, poll_until_stopped
from tramita_platform.clock import Clock
from tramita_platform.metrics import counter, gauge

from tramita_notifications.app.ports import MailSender, SendFailed, SmsSender
from tramita_notifications.domain.model import Channel, Language

__all__ = [
    "Backlog",
    "Claimed",
    "DeadLetter",
    "DeliveryStore",
    "DeliveryWorker",
    "Outcome",
    "Settled",
]

_log = logging.getLogger(__name__)

_RETRY = Backoff(initial=30.0, maximum=3600.0)
_LOOP = Backoff(initial=0.5, maximum=10.0)


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    DEAD = "dead"


@dataclass(frozen=True, slots=True)
class Claimed:
    """A message claimed for one attempt (`attempt` is 1-based), its body already opened.

    `unsendable` explains why the message cannot be sent at all (a sealed body that no
    configured key opens); such a message goes straight to the dead letters.
    """

    message_id: str
    kind: str
    channel: Channel
    address: str
    language: Language
    subject: str
    body: str
    attempt: int
    lease_until: datetime
    unsendable: str = ""


@dataclass(frozen=True, slots=True)
class Settled:
    """The outcome of one attempt. `lease_until` fences it: a late worker changes nothing."""

    message_id: str
    lease_until: datetime
    outcome: Outcome
    at: datetime
    retry_at: datetime | None = None
    error: str = ""


@dataclass(frozen=True, slots=True)
class Backlog:
    queued: int
    dead: int


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A message given up on, as the dead-letter listing shows it."""

    message_id: str
    kind: str
    channel: str
    address: str
    attempts: int
    last_error: str
    created_at: datetime


class DeliveryStore(Protocol):
    """Where queued messages are claimed and their outcomes recorded (each call commits)."""

    async def claim(self, *, now: datetime, lease_until: datetime, limit: int) -> list[Claimed]:
        """Claim up to `limit` due messages until `lease_until`, counting an attempt each."""
        ...

    async def settle(self, results: Sequence[Settled]) -> None: ...

    async def backlog(self) -> Backlog: ...


class DeliveryWorker:
    """A long-running loop (one per `deliver` process) sending due messages."""

    def __init__(
        self,
        *,
        store: DeliveryStore,
        mail: MailSender,
        sms: SmsSender,
        clock: Clock,
        max_attempts: int = 8,
        batch_size: int = 10,
        lease: timedelta = timedelta(minutes=2),
        send_timeout: float = 60.0,
        poll_interval: float = 1.0,
        retry_backoff: Backoff = _RETRY,
        loop_backoff: Backoff = _LOOP,
        name: str = "delivery-worker",
    ) -> None:
        if max_attempts < 1 or batch_size < 1:
            raise ValueError("max_attempts and batch_size must be positive")
        if lease.total_seconds() < 2 * send_timeout:
            raise ValueError("the lease must be at least twice the send timeout")
        self._store = store
        self._senders = {Channel.EMAIL: mail, Channel.SMS: sms}
        self._clock = clock
        self._max_attempts = max_attempts
        self._batch_size = batch_size
        self._lease = lease
        self._send_timeout = send_timeout
        self._poll_interval = poll_interval
        self._retry = retry_backoff
        self._loop_backoff = loop_backoff
        self._name = name
        self._stop = asyncio.Event()
        self._backlog_checked = 0.0
        self._metrics = _Metrics()

    def stop(self) -> None:
        """Ask the loop to finish its current batch and return."""
        self._stop.set()

    async def run(self) -> None:
        """Deliver due messages until `stop()`."""
        await poll_until_stopped(
            self._step,
            stop=self._stop,
            poll_interval=self._poll_interval,
            backoff=self._loop_backoff,
            name=self._name,
        )

    async def _step(self) -> bool:
        claimed = await self.deliver_due()
        await self._update_backlog()
        return claimed >= self._batch_size

    async def deliver_due(self) -> int:
        """Claim, send and settle one batch; return how many messages were claimed."""
        now = self._clock.now()
        batch = await self._store.claim(
            now=now, lease_until=now + self._lease, limit=self._batch_size
        )
        if not batch:
            return 0
        results = await asyncio.gather(*(self._attempt(message) for message in batch))
        await self._store.settle(results)
        for message, result in zip(batch, results, strict=True):
            self._metrics.record(message, result)
        return len(batch)

    async def _attempt(self, message: Claimed) -> Settled:
        """Send one message (bounded by the send timeout) and say what became of it."""
        if message.unsendable:
            return self._settled(message, Outcome.DEAD, error=message.unsendable)
        if message.attempt > self._max_attempts:
            return self._settled(message, Outcome.DEAD, error="lease expired on the last attempt")
        try:
            async with asyncio.timeout(self._send_timeout):
                await self._send(message)
        except SendFailed as exc:
            return self._failed(message, str(exc), permanent=exc.permanent)
        except TimeoutError:
            return self._failed(message, f"no answer within {self._send_timeout}s")
        except Exception as exc:
            _log.exception("sending %s failed unexpectedly", message.message_id)
            return self._failed(message, repr(exc))
        return self._settled(message, Outcome.SENT)

    async def _send(self, message: Claimed) -> None:
        if message.channel is Channel.SMS:
            await self._senders[Channel.SMS].send(
                to=message.address, body=message.body, message_id=message.message_id
            )
            return
        await self._senders[Channel.EMAIL].send(
            to=message.address,
            subject=message.subject,
            body=message.body,
            message_id=message.message_id,
            language=message.language,
        )

    def _failed(self, message: Claimed, error: str, *, permanent: bool = False) -> Settled:
        """Retry later with backoff, or give up when permanent or out of attempts."""
        _log.warning(
            "attempt %d of %s (%s, %s) failed%s",
            message.attempt,
            message.message_id,
            message.kind,
            message.channel,
            " permanently" if permanent else "",
        )
        if permanent or message.attempt >= self._max_attempts:
            return self._settled(message, Outcome.DEAD, error=error)
        delay = timedelta(seconds=self._retry.delay(message.attempt))
        now = self._clock.now()
        return self._settled(message, Outcome.RETRY, error=error, retry_at=now + delay)

    def _settled(
        self,
        message: Claimed,
        outcome: Outcome,
        *,
        error: str = "",
        retry_at: datetime | None = None,
    ) -> Settled:
        return Settled(
            message_id=message.message_id,
            lease_until=message.lease_until,
            outcome=outcome,
            at=self._clock.now(),
            retry_at=retry_at,
            error=error[:2000],
        )

    async def _update_backlog(self) -> None:
        """Refresh the backlog gauges, at most once a second."""
        if time.monotonic() - self._backlog_checked < 1.0:
            return
        self._backlog_checked = time.monotonic()
        self._metrics.backlog(await self._store.backlog())


class _Metrics:
    def __init__(self) -> None:
        labels = ("channel",)
        self._sent = counter("tramita_notifications_sent", "Messages delivered.", labels)
        self._failed = counter("tramita_notifications_failed", "Failed delivery attempts.", labels)
        self._dead = counter("tramita_notifications_dead", "Messages given up on.", labels)
        self._queued = gauge("tramita_notifications_queued", "Messages waiting to be sent.")
        self._dead_letters = gauge("tramita_notifications_dead_letters", "Dead messages kept.")

    def record(self, message: Claimed, result: Settled) -> None:
        channel = str(message.channel)
        if result.outcome is Outcome.SENT:
            self._sent.labels(channel).inc()
            return
        if not message.unsendable:
            self._failed.labels(channel).inc()
        if result.outcome is Outcome.DEAD:
            self._dead.labels(channel).inc()

    def backlog(self, backlog: Backlog) -> None:
        self._queued.set(backlog.queued)
        self._dead_letters.set(backlog.dead)
