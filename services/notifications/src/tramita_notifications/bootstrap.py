"""Composition root: builds adapters from settings and wires them into the use cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import grpc
import httpx
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from tramita.identity.v1 import identity_pb2_grpc
from tramita_platform.auth import ClientCredentialsTokenProvider
from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.grpc_client import create_service_channel

from tramita_notifications.adapters.delivery_store import SqlDeliveryStore
from tramita_notifications.adapters.identity_contacts import IdentityContacts
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.adapters.sms import HttpSmsSender
from tramita_notifications.adapters.smtp import SmtpMailSender
from tramita_notifications.adapters.templates import JinjaRenderer
from tramita_notifications.adapters.unit_of_work import SessionWork, SqlUnitOfWork
from tramita_notifications.app.delivery import DeliveryWorker
from tramita_notifications.app.ports import ContactSource
from tramita_notifications.entrypoints.grpc_servicer import NotificationsDependencies
from tramita_notifications.entrypoints.kafka_consumer import Wiring
from tramita_notifications.settings import NotificationsSettings


@dataclass
class Notifications:
    settings: NotificationsSettings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: SystemClock
    sealer: Sealer
    renderer: JinjaRenderer

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.sessions, sealer=self.sealer)

    def work_in(self, session: AsyncSession) -> SessionWork:
        """The stores inside a transaction the consumer owns."""
        return SessionWork(session, sealer=self.sealer)

    def dependencies(self) -> NotificationsDependencies:
        return NotificationsDependencies(
            uow=self.uow,
            renderer=self.renderer,
            clock=self.clock,
            direct_senders=frozenset(self.settings.direct_senders),
        )

    def wiring(self, contacts: ContactSource) -> Wiring:
        return Wiring(
            work_in=self.work_in, renderer=self.renderer, clock=self.clock, contacts=contacts
        )

    def identity_contacts(
        self, http: httpx.AsyncClient
    ) -> tuple[IdentityContacts, grpc.aio.Channel]:
        """Identity's contact points, asked with this service's own account."""
        channel = create_service_channel(
            self.settings,
            self.settings.identity_target,
            token_source=ClientCredentialsTokenProvider.from_settings(self.settings, http),
            idempotent_methods=["tramita.identity.v1.IdentityService/GetContactPoints"],
        )
        return IdentityContacts(identity_pb2_grpc.IdentityServiceStub(channel)), channel

    def delivery_worker(self, http: httpx.AsyncClient) -> DeliveryWorker:
        settings = self.settings
        mail = SmtpMailSender(
            host=settings.smtp_host,
            port=settings.smtp_port,
            from_address=settings.mail_from,
            tls="tls" if settings.smtp_tls == "implicit" else settings.smtp_tls,
            username=settings.smtp_username,
            password=settings.smtp_password.get_secret_value(),
            timeout=settings.smtp_timeout,
        )
        sms = HttpSmsSender(
            http=http, url=settings.sms_url, token=settings.sms_token.get_secret_value()
        )
        return DeliveryWorker(
            store=SqlDeliveryStore(self.sessions, sealer=self.sealer),
            mail=mail,
            sms=sms,
            clock=self.clock,
            max_attempts=settings.delivery_max_attempts,
            batch_size=settings.delivery_batch_size,
            send_timeout=settings.smtp_timeout,
            lease=timedelta(seconds=max(120.0, 2 * settings.smtp_timeout)),
        )


def build(settings: NotificationsSettings) -> Notifications:
    engine = create_engine(settings.database_url)
    return Notifications(
        settings=settings,
        engine=engine,
        sessions=session_factory(engine),
        clock=SystemClock(),
        sealer=Sealer(settings.seal_key.get_secret_value()),
        renderer=JinjaRenderer(settings.portal_url),
    )
