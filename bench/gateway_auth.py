"""Benchmark: a JWT-protected gateway endpoint vs the same endpoint without auth.

One uvicorn process serves the gateway's own app factory pieces: `create_app` from the
platform and the gateway's `caller_metadata` dependency (bearer token verified against
Keycloak's JWKS, keys cached after the first request). Two routes return the same JSON:
`/bench/open` and `/bench/protected` (the dependency in front). Both are driven the same
way, in alternation (open, protected, open, protected), and the medians are compared.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import httpx
from tramita_devstack import config

from bench.baselines import _drive, _free_port, _wait_http
from bench.report import Result, median

GOAL_RATIO = 0.85
REQUESTS = 3000
CONCURRENCY = 16
DEMO_STAFF = ("demo.staff", "Staff-demo1!")
GATEWAY_CLIENT = ("tramita-gateway", "local-only-gateway-secret")

_APP = """
from fastapi import Depends
from tramita_gateway.entrypoints.deps import caller_metadata
from tramita_gateway.settings import GatewaySettings
from tramita_platform.auth import JwksVerifier
from tramita_platform.http import create_app
import httpx

settings = GatewaySettings()
app = create_app(settings=settings, title="bench", routers=[])
http = httpx.AsyncClient(timeout=5.0)
app.state.verifier = JwksVerifier.from_settings(settings, http)

@app.get("/bench/open")
async def open_() -> dict:
    return {"ok": True, "items": list(range(10))}

@app.get("/bench/protected")
async def protected(caller=Depends(caller_metadata)) -> dict:
    return {"ok": True, "items": list(range(10))}
"""


async def _token(keycloak_url: str) -> str:
    form = {
        "grant_type": "password",
        "client_id": GATEWAY_CLIENT[0],
        "client_secret": GATEWAY_CLIENT[1],
        "username": DEMO_STAFF[0],
        "password": DEMO_STAFF[1],
    }
    url = f"{keycloak_url}/realms/tramita/protocol/openid-connect/token"
    async with httpx.AsyncClient(timeout=10) as http:
        reply = await http.post(url, data=form)
    reply.raise_for_status()
    return reply.json()["access_token"]


def _serve(port: int, keycloak_url: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "TRAMITA_KEYCLOAK_URL": keycloak_url,
        "TRAMITA_SERVICE_CLIENT_SECRET": GATEWAY_CLIENT[1],
        "TRAMITA_LOG_LEVEL": "WARNING",
    }
    code = _APP + (
        f"\nimport uvicorn; uvicorn.run(app, host='127.0.0.1', port={port}, "
        "log_level='warning', access_log=False)"
    )
    return subprocess.Popen([sys.executable, "-c", code], env=env)


async def _rate(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> float:
    async def call() -> None:
        reply = await client.get(path, headers=headers)
        if reply.status_code != 200:
            raise RuntimeError(f"{path}: {reply.status_code} {reply.text[:200]}")

    rate, _ = await _drive(call, requests=REQUESTS, concurrency=CONCURRENCY)
    return rate


async def run() -> list[tuple[Result, str]]:
    from tramita_devstack.api import ensure_running

    endpoints = await asyncio.to_thread(ensure_running, ["postgres", "keycloak"])
    token = await _token(endpoints.keycloak_url)
    auth = {"Authorization": f"Bearer {token}"}
    port = _free_port()
    server = _serve(port, endpoints.keycloak_url)
    try:
        async with httpx.AsyncClient(base_url=f"http://{config.HOST}:{port}") as client:
            await _wait_http(client)
            for path, headers in (("/bench/open", {}), ("/bench/protected", auth)):
                await _drive(
                    lambda p=path, h=headers: client.get(p, headers=h), requests=300, concurrency=8
                )
            opened, guarded = [], []
            for _ in range(3):
                opened.append(await _rate(client, "/bench/open", {}))
                guarded.append(await _rate(client, "/bench/protected", auth))
    finally:
        server.terminate()
        server.wait(timeout=10)
    result = Result(
        "Gateway endpoint behind JWT verification (JWKS cached; 16 in flight, median of 3)",
        median(guarded),
        "req/s",
        baseline="the same endpoint without auth",
        baseline_value=median(opened),
        goal=f"ratio ≥ {GOAL_RATIO}",
    )
    return [(result, "met" if (result.ratio or 0) >= GOAL_RATIO else "NOT met")]
