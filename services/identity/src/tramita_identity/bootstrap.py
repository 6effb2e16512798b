"""Composition root: builds adapters from settings and wires them into the handlers."""

import secrets
from dataclasses import dataclass
from datetime import timedelta

import grpc
import httpx
from sqlalchemy.ext.asyncio import AsyncEngine
from tramita.notifications.v1 import notifications_pb2_grpc
from tramita.registry.v1 import registry_pb2_grpc
from tramita_platform.auth import ClientCredentialsTokenProvider
from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.grpc_client import create_service_channel
from tramita_platform.ids import new_id
from tramita_platform.outbox import Outbox

from tramita_identity.adapters.direct_messages import NotificationsDirectMessages
from tramita_identity.adapters.keycloak_accounts import KeycloakAccounts
from tramita_identity.adapters.proof_store import S3ProofStore
from tramita_identity.adapters.registry_entities import RegistryEntities
from tramita_identity.adapters.sealing import PersonalDataSealer
from tramita_identity.adapters.unit_of_work import SqlUnitOfWork
from tramita_identity.app.access_requests import AccessPolicy, AccessPorts
from tramita_identity.app.authority_users import UserPolicy, UserPorts
from tramita_identity.entrypoints.grpc_servicer import IdentityDependencies
from tramita_identity.settings import IdentitySettings


@dataclass
class Identity:
    engine: AsyncEngine
    dependencies: IdentityDependencies
    http: httpx.AsyncClient
    channels: tuple[grpc.aio.Channel, ...]

    async def close(self) -> None:
        for channel in self.channels:
            await channel.close()
        await self.http.aclose()
        await self.engine.dispose()


def new_token() -> str:
    """A single-use link's token (256 bits); only its digest is stored."""
    return secrets.token_urlsafe(32)


def build(settings: IdentitySettings) -> Identity:
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    clock = SystemClock()
    outbox = Outbox(clock=clock)
    sealer = PersonalDataSealer(settings.personal_data_secret())

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(sessions, outbox=outbox, clock=clock, new_id=new_id, sealer=sealer)

    http = httpx.AsyncClient(timeout=10.0)
    tokens = ClientCredentialsTokenProvider.from_settings(settings, http)
    # Identity's own account on these calls, never the caller's token.
    notifications = create_service_channel(
        settings, settings.notifications_target, token_source=tokens, forward_user_token=False
    )
    registry = create_service_channel(
        settings,
        settings.registry_target,
        token_source=tokens,
        idempotent_methods=["tramita.registry.v1.RegistryService/GetAuthority"],
        forward_user_token=False,
    )
    accounts = KeycloakAccounts(
        keycloak_url=settings.keycloak_url,
        realm=settings.keycloak_realm,
        http=http,
        tokens=tokens,
        set_password_client_id=settings.set_password_client_id,
        set_password_redirect_uri=settings.set_password_redirect_uri,
    )
    messages = NotificationsDirectMessages(
        notifications_pb2_grpc.NotificationsServiceStub(notifications)
    )
    proofs = S3ProofStore.connect(
        endpoint=settings.minio_endpoint,
        access_key=settings.minio_access_key,
        secret_key=settings.minio_secret_key.get_secret_value(),
        bucket=settings.access_proofs_bucket,
        secure=settings.minio_secure,
    )
    access = AccessPorts(
        uow=uow,
        clock=clock,
        new_id=new_id,
        new_token=new_token,
        proofs=proofs,
        accounts=accounts,
        messages=messages,
        policy=AccessPolicy(
            link_valid_for=timedelta(hours=settings.access_request_link_hours),
            max_proof_bytes=settings.access_request_max_proof_bytes,
            validation_link_path=settings.access_request_validation_path,
            set_password_valid_for=timedelta(hours=settings.access_request_set_password_hours),
            realm_roles=tuple(settings.access_request_realm_roles),
        ),
    )
    users = UserPorts(
        uow=uow,
        clock=clock,
        new_id=new_id,
        accounts=accounts,
        messages=messages,
        entities=RegistryEntities(registry_pb2_grpc.RegistryServiceStub(registry)),
        policy=UserPolicy(
            temporary_password_valid_for=timedelta(days=settings.temporary_password_days),
            realm_roles=tuple(settings.authority_user_realm_roles),
            login_link=settings.login_link,
        ),
    )
    return Identity(
        engine=engine,
        dependencies=IdentityDependencies(
            uow=uow,
            clock=clock,
            new_id=new_id,
            contact_readers=frozenset(settings.contact_readers),
            access_portals=frozenset(settings.access_portals),
            access=access,
            users=users,
        ),
        http=http,
        channels=(notifications, registry),
    )
