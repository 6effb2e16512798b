"""The gateway's FastAPI application, wired from settings."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI
from tramita_platform.auth import JwksVerifier
from tramita_platform.http import create_app

from tramita_gateway.adapters.services import connect
from tramita_gateway.entrypoints import company_api, http_api, notices_api
from tramita_gateway.settings import GatewaySettings


def build_app(settings: GatewaySettings) -> FastAPI:
    """Routers, verifier and service channels; channels open and close with the app."""
    app = create_app(
        settings=settings,
        title="Tramita API",
        routers=[http_api.router, company_api.router, notices_api.router],
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with httpx.AsyncClient(timeout=5.0) as http:
            app.state.verifier = JwksVerifier.from_settings(settings, http)
            app.state.services = connect(settings)
            try:
                yield
            finally:
                await app.state.services.close()

    app.router.lifespan_context = lifespan
    return app
