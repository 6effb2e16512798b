"""Composition root: builds adapters from settings and wires them into the handlers."""

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import grpc.aio
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from tramita.identity.v1 import identity_pb2_grpc
from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.grpc_client import create_service_channel
from tramita_platform.outbox import Outbox

from tramita_documents.adapters.blob_store import S3BlobStore
from tramita_documents.adapters.identity_bonds import IdentityBonds
from tramita_documents.adapters.pades import KeyFiles, PadesSigner, PadesVerifier
from tramita_documents.adapters.unit_of_work import SessionWork, SqlUnitOfWork
from tramita_documents.app.scope import CachedBonds
from tramita_documents.entrypoints.grpc_servicer import DocumentsDependencies
from tramita_documents.settings import DocumentsSettings


@dataclass
class Documents:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: SystemClock
    outbox: Outbox
    blobs: S3BlobStore
    dependencies: DocumentsDependencies
    identity: grpc.aio.Channel

    def work_in(self, session: AsyncSession) -> SessionWork:
        """Work inside a transaction the consumer owns."""
        return SessionWork(session, outbox=self.outbox, clock=self.clock)


class SigningNotConfigured(RuntimeError):
    """The signing key, certificate or trust roots are not configured."""


def build_signer(settings: DocumentsSettings) -> PadesSigner:
    if not (settings.signing_key_file and settings.signing_cert_file):
        raise SigningNotConfigured(
            "set TRAMITA_SIGNING_KEY_FILE and TRAMITA_SIGNING_CERT_FILE (documents are signed)"
        )
    password = settings.signing_key_password.get_secret_value()
    keys = KeyFiles(
        key_file=Path(settings.signing_key_file),
        cert_file=Path(settings.signing_cert_file),
        chain_files=[Path(settings.signing_chain_file)] if settings.signing_chain_file else [],
        key_password=password.encode() if password else None,
    )
    return PadesSigner.with_tsa_url(
        keys, tsa_url=settings.tsa_url, location=settings.signing_location
    )


def build_verifier(settings: DocumentsSettings) -> PadesVerifier:
    if not settings.trust_roots_file:
        raise SigningNotConfigured("set TRAMITA_TRUST_ROOTS_FILE (verification trusts its roots)")
    chain = [Path(settings.signing_chain_file)] if settings.signing_chain_file else []
    return PadesVerifier(trust_roots=[Path(settings.trust_roots_file)], other_certs=chain)


def build(settings: DocumentsSettings) -> Documents:
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    clock = SystemClock()
    outbox = Outbox(clock=clock)
    blobs = S3BlobStore.connect(
        endpoint=settings.minio_endpoint,
        access_key=settings.minio_access_key,
        secret_key=settings.minio_secret_key.get_secret_value(),
        bucket=settings.documents_bucket,
        secure=settings.minio_secure,
        public_endpoint=settings.minio_public_endpoint,
        public_secure=settings.minio_public_secure,
        region=settings.minio_region,
    )
    # The caller's own token is forwarded: identity answers about the caller's bonds.
    identity = create_service_channel(
        settings,
        settings.identity_target,
        token_source=None,
        forward_user_token=True,
        idempotent_methods=["tramita.identity.v1.IdentityService/GetCapabilities"],
    )
    bonds = CachedBonds(
        IdentityBonds(identity_pb2_grpc.IdentityServiceStub(identity)),
        ttl_seconds=settings.bond_cache_seconds,
    )
    return Documents(
        engine=engine,
        sessions=sessions,
        clock=clock,
        outbox=outbox,
        blobs=blobs,
        dependencies=DocumentsDependencies(
            uow=lambda: SqlUnitOfWork(sessions, outbox=outbox, clock=clock),
            blobs=blobs,
            verifier=build_verifier(settings),
            bonds=bonds,
            clock=clock,
            link_lifetime=timedelta(seconds=settings.download_link_seconds),
        ),
        identity=identity,
    )
