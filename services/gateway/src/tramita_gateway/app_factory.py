"""The gateway's FastAPI application, wired from settings."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
from fastapi import FastAPI
from tramita_platform.auth import JwksVerifier
from tramita_platform.clock import Clock, SystemClock
from tramita_platform.db import create_engine
from tramita_platform.http import create_app

from tramita_gateway.adapters.oidc import KeycloakOidc, SigningKeys
from tramita_gateway.adapters.services import connect
from tramita_gateway.adapters.session_store import PostgresSessionStore, TokenCipher
from tramita_gateway.app.session_ports import SessionStore
from tramita_gateway.app.sessions import LoginPolicy, PortalSessions
from tramita_gateway.entrypoints import (
    access_api,
    auth_api,
    company_api,
    http_api,
    me_api,
    notices_api,
    registry_api,
    requests_api,
    verify_api,
)
from tramita_gateway.settings import GatewaySettings


def build_app(
    settings: GatewaySettings,
    *,
    session_store: SessionStore | None = None,
    keycloak_transport: httpx.AsyncBaseTransport | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    """Routers, verifier, portal sessions and service channels; opened and closed with the
    app. Without `session_store`, sessions live in the gateway's PostgreSQL database."""

    async def sessions_ready() -> bool:
        store = getattr(app.state, "session_store", None)
        return store is not None and await store.ping()

    app = create_app(
        settings=settings,
        title="Tramita API",
        routers=[
            http_api.router,
            company_api.router,
            notices_api.router,
            auth_api.router,
            access_api.router,
            registry_api.router,
            requests_api.router,
            verify_api.router,
            me_api.router,
        ],
        ready_checks={"sessions": sessions_ready},
        error_map=auth_api.AUTH_ERRORS,
    )
    app.state.public_url = settings.public_url

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = None
        store = session_store
        if store is None:
            engine = create_engine(settings.database_url)
            store = PostgresSessionStore(engine, TokenCipher.from_settings(settings))
        async with httpx.AsyncClient(timeout=5.0, transport=keycloak_transport) as http:
            app.state.verifier = JwksVerifier.from_settings(settings, http)
            app.state.session_store = store
            app.state.portal = _portal(settings, http, app.state.verifier, store, clock)
            app.state.services = connect(settings)
            try:
                yield
            finally:
                await app.state.services.close()
                if engine is not None:
                    await engine.dispose()

    app.router.lifespan_context = lifespan
    return app


def _portal(
    settings: GatewaySettings,
    http: httpx.AsyncClient,
    verifier: JwksVerifier,
    store: SessionStore,
    clock: Clock | None,
) -> PortalSessions:
    clock = clock or SystemClock()
    browser = settings.keycloak_browser_url.rstrip("/")
    provider = KeycloakOidc(
        issuer=settings.issuer,
        browser_issuer=f"{browser}/realms/{settings.keycloak_realm}" if browser else "",
        client_id=settings.service_client_id,
        client_secret=settings.service_client_secret.get_secret_value(),
        http=http,
        access_verifier=verifier,
        keys=SigningKeys(
            jwks_url=settings.jwks_url, http=http, ttl_seconds=settings.jwks_cache_ttl_seconds
        ),
        clock=clock,
    )
    policy = LoginPolicy(
        providers=dict(settings.login_providers),
        attempt_ttl=timedelta(seconds=settings.login_state_ttl_seconds),
        session_max_age=timedelta(seconds=settings.session_max_seconds),
        refresh_margin=timedelta(seconds=settings.session_refresh_margin_seconds),
    )
    return PortalSessions(store=store, provider=provider, clock=clock, policy=policy)
