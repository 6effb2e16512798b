"""End-to-end fixtures: the whole local stack (started if needed), a user token, clients."""

import asyncio
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from minio import Minio
from tramita_devstack import config
from tramita_devstack.api import Endpoints, endpoints

# The local realm's confidential gateway client and demo user (local profile only).
GATEWAY_CLIENT = ("tramita-gateway", "local-only-gateway-secret")
DEMO_STAFF = ("demo.staff", "Staff-demo1!")
DEMO_CLIENT = ("demo.client", "Client-demo1!")
DEMO_ADMIN = ("demo.admin", "Admin-demo1!")


@pytest.fixture(scope="session")
def stack() -> Endpoints:
    """`tramita-stack up`: idempotent, so an already running stack is reused."""
    subprocess.run([sys.executable, "-m", "tramita_devstack", "up"], check=True)
    return endpoints()


async def password_token(stack: Endpoints, login: tuple[str, str]) -> str:
    token_url = f"{stack.keycloak_url}/realms/tramita/protocol/openid-connect/token"
    form = {
        "grant_type": "password",
        "client_id": GATEWAY_CLIENT[0],
        "client_secret": GATEWAY_CLIENT[1],
        "username": login[0],
        "password": login[1],
        "scope": "openid",
    }
    async with httpx.AsyncClient(timeout=10) as http:
        reply = await http.post(token_url, data=form)
    assert reply.status_code == 200, reply.text
    return reply.json()["access_token"]


@pytest.fixture(scope="session")
async def user_token(stack: Endpoints) -> str:
    """A staff member's token."""
    return await password_token(stack, DEMO_STAFF)


@pytest.fixture(scope="session")
async def client_token(stack: Endpoints) -> str:
    """A client's token: may read, may not register organizations."""
    return await password_token(stack, DEMO_CLIENT)


@pytest.fixture(scope="session")
async def gateway(stack: Endpoints) -> AsyncIterator[httpx.AsyncClient]:
    base = f"http://{config.HOST}:{config.port('gateway')}"
    async with httpx.AsyncClient(base_url=base, timeout=15) as client:
        yield client


@pytest.fixture(scope="session")
def minio_client(stack: Endpoints) -> Minio:
    return Minio(
        stack.minio_endpoint,
        access_key=stack.minio_access_key,
        secret_key=stack.minio_secret_key,
        secure=False,
    )


type Probe[T] = Callable[[], Awaitable[T | None]]


@pytest.fixture
def poll() -> Callable[..., Awaitable]:
    """Poll `probe` until it returns something truthy, failing after a bounded wait."""

    async def wait[T](probe: Probe[T], *, within: float, what: str, every: float = 0.2) -> T:
        deadline = time.monotonic() + within
        while True:
            result = await probe()
            if result:
                return result
            if time.monotonic() > deadline:
                pytest.fail(f"{what} did not appear within {within:.0f}s")
            await asyncio.sleep(every)

    return wait


async def service_token(stack: Endpoints, client: str) -> str:
    """A service account's token (client credentials of the local realm's client)."""
    token_url = f"{stack.keycloak_url}/realms/tramita/protocol/openid-connect/token"
    service = client.removeprefix("tramita-")
    form = {
        "grant_type": "client_credentials",
        "client_id": client,
        "client_secret": f"local-only-{service}-secret",
    }
    async with httpx.AsyncClient(timeout=10) as http:
        reply = await http.post(token_url, data=form)
    assert reply.status_code == 200, reply.text
    return reply.json()["access_token"]


@pytest.fixture(scope="session")
async def admin_token(stack: Endpoints) -> str:
    """A platform administrator's token."""
    return await password_token(stack, DEMO_ADMIN)


@pytest.fixture(scope="session")
async def mail(stack: Endpoints) -> AsyncIterator[httpx.AsyncClient]:
    """The local mail and SMS catcher's HTTP API (Mailpit-shaped)."""
    async with httpx.AsyncClient(base_url=stack.mail_api_url, timeout=10) as client:
        yield client
