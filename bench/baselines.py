"""Bare grpc.aio echo and bare FastAPI JSON endpoint: baselines for later service goals."""

import asyncio
import os
import socket
import subprocess
import sys
import time

import grpc
import httpx

from bench.report import Result, percentile

_ECHO = "/bench.Echo/Echo"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def _drive(call, *, requests: int, concurrency: int) -> tuple[float, list[float]]:
    """Run `call` `requests` times from `concurrency` tasks: (req/s, latencies in ms)."""
    latencies: list[float] = []
    remaining = iter(range(requests))

    async def worker() -> None:
        for _ in remaining:
            start = time.perf_counter()
            await call()
            latencies.append((time.perf_counter() - start) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return requests / (time.perf_counter() - began), latencies


async def grpc_echo(*, requests: int = 4000, concurrency: int = 16) -> list[Result]:
    async def echo(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        return request

    handler = grpc.method_handlers_generic_handler(
        "bench.Echo", {"Echo": grpc.unary_unary_rpc_method_handler(echo)}
    )
    server = grpc.aio.server()
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = channel.unary_unary(_ECHO)
            payload = b"x" * 256
            await _drive(lambda: stub(payload), requests=200, concurrency=concurrency)
            rate, lat = await _drive(
                lambda: stub(payload), requests=requests, concurrency=concurrency
            )
    finally:
        await server.stop(None)
    return [
        Result("grpc.aio echo (256 B, 16 in flight)", rate, "req/s"),
        Result("grpc.aio echo p99 latency", percentile(lat, 99), "ms", higher_is_better=False),
    ]


_APP = """
from fastapi import FastAPI
app = FastAPI()
@app.post("/echo")
async def echo(body: dict) -> dict:
    return body
"""


async def fastapi_json(*, requests: int = 3000, concurrency: int = 16) -> list[Result]:
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _APP + f"\nimport uvicorn; uvicorn.run(app, host='127.0.0.1', "
            f"port={port}, log_level='warning')",
        ],
        env={**os.environ},
    )
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            await _wait_http(client)
            body = {"id": "0190b1c2", "items": list(range(20))}
            await _drive(lambda: client.post("/echo", json=body), requests=200, concurrency=8)
            rate, lat = await _drive(
                lambda: client.post("/echo", json=body), requests=requests, concurrency=concurrency
            )
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
    return [
        Result("FastAPI JSON echo (uvicorn, 16 in flight)", rate, "req/s"),
        Result("FastAPI JSON echo p99 latency", percentile(lat, 99), "ms", higher_is_better=False),
    ]


async def _wait_http(client: httpx.AsyncClient) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            await client.get("/docs")
            return
        except httpx.TransportError:
            await asyncio.sleep(0.1)
    raise RuntimeError("benchmark HTTP server did not start")
