"""Channels to the services behind the gateway; the caller's token travels with each call."""

from tramita.documents.v1 import documents_pb2_grpc
from tramita.identity.v1 import identity_pb2_grpc
from tramita.notifications.v1 import notifications_pb2_grpc
from tramita.registry.v1 import registry_pb2_grpc
from tramita.requests.v1 import requests_pb2_grpc
from tramita_platform.grpc_client import create_service_channel

from tramita_gateway.app.backends import Services
from tramita_gateway.settings import GatewaySettings


def connect(settings: GatewaySettings) -> Services:
    identity = create_service_channel(
        settings,
        settings.identity_target,
        token_source=None,
        idempotent_methods=["tramita.identity.v1.IdentityService/WhoAmI"],
    )
    registry = create_service_channel(
        settings,
        settings.registry_target,
        token_source=None,
        idempotent_methods=[
            "tramita.registry.v1.RegistryService/GetOrganization",
            "tramita.registry.v1.RegistryService/ListOrganizations",
        ],
    )
    documents = create_service_channel(
        settings,
        settings.documents_target,
        token_source=None,
        idempotent_methods=["tramita.documents.v1.DocumentsService"],
    )
    notifications = create_service_channel(
        settings,
        settings.notifications_target,
        token_source=None,
        idempotent_methods=[
            "tramita.notifications.v1.NotificationsService/ListNotices",
            "tramita.notifications.v1.NotificationsService/CountUnread",
            "tramita.notifications.v1.NotificationsService/MarkRead",
            "tramita.notifications.v1.NotificationsService/SetAlertAddress",
            "tramita.notifications.v1.NotificationsService/ListDeadLetters",
        ],
    )
    requests = create_service_channel(
        settings,
        settings.requests_target,
        token_source=None,
        idempotent_methods=[
            "tramita.requests.v1.RequestsService/GetRequest",
            "tramita.requests.v1.RequestsService/ListRequests",
            "tramita.requests.v1.RequestsService/ListPendingActions",
        ],
    )
    return Services(
        identity=identity_pb2_grpc.IdentityServiceStub(identity),
        registry=registry_pb2_grpc.RegistryServiceStub(registry),
        documents=documents_pb2_grpc.DocumentsServiceStub(documents),
        notifications=notifications_pb2_grpc.NotificationsServiceStub(notifications),
        requests=requests_pb2_grpc.RequestsServiceStub(requests),
        channels=(identity, registry, documents, notifications, requests),
    )
