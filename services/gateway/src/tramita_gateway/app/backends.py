"""The services the gateway fronts, as the HTTP layer sees them (built by adapters.services)."""

from dataclasses import dataclass

import grpc
from tramita.documents.v1 import documents_pb2_grpc
from tramita.identity.v1 import identity_pb2_grpc
from tramita.notifications.v1 import notifications_pb2_grpc
from tramita.registry.v1 import registry_pb2_grpc
from tramita.requests.v1 import requests_pb2_grpc


@dataclass
class Services:
    identity: identity_pb2_grpc.IdentityServiceStub
    registry: registry_pb2_grpc.RegistryServiceStub
    documents: documents_pb2_grpc.DocumentsServiceStub
    notifications: notifications_pb2_grpc.NotificationsServiceStub
    requests: requests_pb2_grpc.RequestsServiceStub
    channels: tuple[grpc.aio.Channel, ...]

    async def close(self) -> None:
        for channel in self.channels:
            await channel.close()
