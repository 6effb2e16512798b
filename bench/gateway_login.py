"""Benchmark: a password login through the gateway vs Keycloak's own token endpoint.

Measured: the whole portal login of PRODUCT §10 — `GET /auth/login` at the gateway, the
redirect to Keycloak's login page, the form post with username and password, the redirect
back to `/auth/callback`, where the gateway exchanges the code (PKCE) and opens its
session. Baseline: the same user's password grant at Keycloak's token endpoint (one
request). Both pay for one password hash at Keycloak; the ratio shows what the browser
flow and the gateway add. Driven with the same concurrency, alternated, medians compared.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urljoin, urlsplit

import httpx
from tramita_devstack import config

from bench.report import Result, median

GOAL_RATIO = 0.90
LOGINS = 30
# One at a time: Keycloak's brute-force detector refuses concurrent logins of one user
# ("Invalid username or password"), and the realm has one user to spare for this.
CONCURRENCY = 1
USER = ("demo.staff", "Staff-demo1!")
CLIENT = ("tramita-gateway", "local-only-gateway-secret")
GATEWAY = f"http://{config.HOST}:{config.port('gateway')}"


class _LoginForm(HTMLParser):
    """The action and hidden fields of Keycloak's `kc-form-login`."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.action, self.fields, self._inside = "", {}, False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == "kc-form-login":
            self.action, self._inside = a.get("action", ""), True
        elif tag == "input" and self._inside and a.get("name") and a.get("type") != "submit":
            self.fields[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._inside = False


class _Browser:
    """Keeps `Secure` cookies over plain http, as browsers do for 127.0.0.1."""

    def __init__(self, http: httpx.Client) -> None:
        self.http, self.cookies = http, {}

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        path = urlsplit(url).path or "/"
        cookie = "; ".join(f"{n}={v}" for (p, n), v in self.cookies.items() if path.startswith(p))
        reply = self.http.request(method, url, headers={"Cookie": cookie}, **kwargs)
        for header in reply.headers.get_list("set-cookie"):
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                self.cookies[(morsel["path"] or "/", name)] = morsel.value
        return reply


def _portal_login(http: httpx.Client) -> None:
    """One full login through the gateway; raises unless it ends with a session cookie."""
    browser = _Browser(http)
    reply = browser.request("GET", f"{GATEWAY}/auth/login", params={"return_to": "/"})
    while reply.is_redirect:  # to Keycloak's login page
        reply = browser.request("GET", urljoin(str(reply.url), reply.headers["location"]))
    form = _LoginForm(reply.text)
    data = {**form.fields, "username": USER[0], "password": USER[1]}
    reply = browser.request("POST", urljoin(str(reply.url), form.action), data=data)
    while reply.is_redirect and not any(n == "__Host-tramita_session" for _, n in browser.cookies):
        reply = browser.request("GET", urljoin(str(reply.url), reply.headers["location"]))
    if not any(n == "__Host-tramita_session" for _, n in browser.cookies):
        raise RuntimeError(f"login did not open a session: {reply.status_code} {reply.url}")


def _token_grant(http: httpx.Client, token_url: str) -> None:
    form = {
        "grant_type": "password",
        "client_id": CLIENT[0],
        "client_secret": CLIENT[1],
        "username": USER[0],
        "password": USER[1],
    }
    http.post(token_url, data=form).raise_for_status()


async def _rate(once) -> float:
    """Logins per second: LOGINS logins from CONCURRENCY threads."""
    remaining = iter(range(LOGINS))

    def worker() -> None:
        with httpx.Client(timeout=30, follow_redirects=False) as http:
            for _ in remaining:
                once(http)

    began = time.perf_counter()
    await asyncio.gather(*(asyncio.to_thread(worker) for _ in range(CONCURRENCY)))
    return LOGINS / (time.perf_counter() - began)


async def run() -> list[tuple[Result, str]]:
    from tramita_devstack.api import endpoints as stack_endpoints

    up = [sys.executable, "-m", "tramita_devstack", "up"]
    await asyncio.to_thread(subprocess.run, up, check=True, capture_output=True)
    token_url = f"{stack_endpoints().keycloak_url}/realms/tramita/protocol/openid-connect/token"
    portal, direct = [], []
    for _ in range(3):
        portal.append(await _rate(_portal_login))
        direct.append(await _rate(lambda http: _token_grant(http, token_url)))
    result = Result(
        "Password login through the gateway (code + PKCE, server session; one at a time)",
        median(portal),
        "logins/s",
        baseline="Keycloak token endpoint, password grant",
        baseline_value=median(direct),
        goal=f"ratio ≥ {GOAL_RATIO}",
    )
    return [(result, "met" if (result.ratio or 0) >= GOAL_RATIO else "NOT met")]
