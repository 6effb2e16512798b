"""Benchmark: an authorization decision through identity's gRPC vs a bare grpc.aio echo.

The decision is `IdentityService.Authorize` on the running local stack, asked by a
service account about another subject (as the requests service will ask before opening a
process). Every decision reads the organization's ledger and writes its audit row, so
this is the real path, not a cache hit: identity keeps no decision cache (a revoked
delegation must stop working on the next call). The baseline is a bare grpc.aio echo
server in this process, driven the same way (16 in flight) in the same run.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys

import grpc
import httpx
from tramita.identity.v1 import identity_pb2, identity_pb2_grpc
from tramita_devstack import apps, config

from bench.baselines import _drive, grpc_echo
from bench.report import Result, median

GOAL_RATIO = 0.70
REQUESTS = 2000
CONCURRENCY = 16
ASKER = ("tramita-requests", "local-only-requests-secret")
QUESTION = identity_pb2.AuthorizeRequest(
    subject="bench-person",
    organization_id="BR:CNPJ:27491536000103",
    action="open-process",
    process_type="metrology-work-request",
)


async def _service_token(keycloak_url: str) -> str:
    form = {"grant_type": "client_credentials", "client_id": ASKER[0], "client_secret": ASKER[1]}
    url = f"{keycloak_url}/realms/tramita/protocol/openid-connect/token"
    async with httpx.AsyncClient(timeout=10) as http:
        reply = await http.post(url, data=form)
    reply.raise_for_status()
    return reply.json()["access_token"]


async def _authorize_rate(token: str) -> float:
    metadata = (("authorization", f"Bearer {token}"),)
    async with grpc.aio.insecure_channel(f"{config.HOST}:{apps.IDENTITY_GRPC}") as channel:
        stub = identity_pb2_grpc.IdentityServiceStub(channel)

        async def ask() -> None:
            reply = await stub.Authorize(QUESTION, metadata=metadata, timeout=10)
            if not reply.decision_id:
                raise RuntimeError("a decision without its audit record")

        await _drive(ask, requests=200, concurrency=CONCURRENCY)
        rate, _ = await _drive(ask, requests=REQUESTS, concurrency=CONCURRENCY)
        return rate


async def run() -> list[tuple[Result, str]]:
    from tramita_devstack.api import endpoints as stack_endpoints

    # The identity app must run: `tramita-stack up` is idempotent.
    up = [sys.executable, "-m", "tramita_devstack", "up"]
    await asyncio.to_thread(subprocess.run, up, check=True, capture_output=True)
    endpoints = stack_endpoints()
    token = await _service_token(endpoints.keycloak_url)
    decided, echoed = [], []
    for _ in range(3):
        decided.append(await _authorize_rate(token))
        echo = await grpc_echo(requests=REQUESTS, concurrency=CONCURRENCY)
        echoed.append(echo[0].value)
    result = Result(
        "Identity Authorize over gRPC (ledger read + audit row; 16 in flight, median of 3)",
        median(decided),
        "req/s",
        baseline="bare grpc.aio echo, same client load",
        baseline_value=median(echoed),
        goal=f"ratio ≥ {GOAL_RATIO} (with a warm cache)",
    )
    return [(result, "met" if (result.ratio or 0) >= GOAL_RATIO else "NOT met")]
