"""`python -m tramita_documents serve|relay|consume|migrate`."""

from pathlib import Path

from tramita.documents.v1 import documents_pb2_grpc
from tramita_platform.processes import main, run_consumer, run_grpc, run_migrate, run_relay

from tramita_documents.bootstrap import build, build_signer
from tramita_documents.entrypoints import kafka_consumer
from tramita_documents.entrypoints.grpc_errors import ERRORS
from tramita_documents.entrypoints.grpc_servicer import DocumentsServicer
from tramita_documents.settings import DocumentsSettings

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


async def serve() -> None:
    settings = DocumentsSettings()
    documents = build(settings)

    def register(server) -> None:
        documents_pb2_grpc.add_DocumentsServiceServicer_to_server(
            DocumentsServicer(documents.dependencies), server
        )

    try:
        await run_grpc(settings, register=register, error_map=ERRORS)
    finally:
        await documents.identity.close()
        await documents.engine.dispose()


async def consume() -> None:
    settings = DocumentsSettings()
    documents = build(settings)
    await documents.blobs.ensure_bucket()
    try:
        await run_consumer(
            settings,
            sessions=documents.sessions,
            topics=kafka_consumer.SOURCE_TOPICS,
            handlers=kafka_consumer.handlers(
                work_in=documents.work_in,
                blobs=documents.blobs,
                clock=documents.clock,
                signer=build_signer(settings),
            ),
            name="receipts",
        )
    finally:
        await documents.identity.close()
        await documents.engine.dispose()


if __name__ == "__main__":
    main(
        {
            "serve": serve,
            "relay": lambda: run_relay(DocumentsSettings()),
            "consume": consume,
            "migrate": lambda: run_migrate(DocumentsSettings(), ALEMBIC_INI),
        }
    )
