"""The infrastructure components, in start order."""

from __future__ import annotations

from tramita_devstack.components.base import Component, Context
from tramita_devstack.components.kafka import Kafka
from tramita_devstack.components.keycloak import Keycloak
from tramita_devstack.components.mail import Mail
from tramita_devstack.components.minio import Minio
from tramita_devstack.components.pki import Pki
from tramita_devstack.components.postgres import Postgres

REGISTRY: dict[str, type[Component]] = {
    cls.name: cls for cls in (Postgres, Kafka, Minio, Mail, Keycloak, Pki)
}
ORDER: tuple[str, ...] = tuple(REGISTRY)

__all__ = ["ORDER", "REGISTRY", "Component", "Context"]
