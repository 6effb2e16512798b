"""Brokered login through the real login pages (PRODUCT §3.1, §3.2; journey 1's login).

An HTTP client plays the browser: it starts an authorization-code + PKCE (S256) flow on
realm `tramita` for the gateway's client, follows the identity-provider link on
Keycloak's login page, logs in on the stand-in national IdP's own login page (realms
`govbr` and `autenticacao-gov` of the same Keycloak), goes through first-broker-login,
lands on the gateway's redirect URI with a code and exchanges it with the verifier.
The access token must carry what services need: the national id, the assurance level,
the company bonds, the certificate's CNPJ, and the IdP.

The seeded people live in deploy/keycloak/realms/*-realm.local.json (see the README there).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import pytest
from tramita_devstack import config
from tramita_devstack.api import Endpoints

pytestmark = pytest.mark.e2e

REALM = "tramita"
GATEWAY_CLIENT = ("tramita-gateway", "local-only-gateway-secret")
REDIRECT_URI = f"http://127.0.0.1:{config.port('gateway')}/auth/callback"
IDP_PASSWORD = "Cidadao-demo1!"

# Seeded in the stand-in realms (valid check digits).
MARIA_CPF = "38472910504"  # gov.br gold; partner of one company, accountant of another
ANA_CPF = "20581694333"  # gov.br silver; legal representative of one, non-acting of other
JOAO_CPF = "61730548253"  # gov.br bronze; no company bonds, no e-mail at gov.br
METROLOGIA_CNPJ = "27491536000103"
CONTABIL_CNPJ = "40982715000101"
CERTIFICATE_LOGIN = f"ecnpj-{METROLOGIA_CNPJ}"  # e-CNPJ of Metrologia, held by Carlos
CARLOS_CPF = "47019362869"
RITA_NIF = "235198471"  # autenticação.gov, citizen card (elevado)
TIAGO_NIF = "184527368"  # autenticação.gov, Chave Móvel Digital (substancial)


# ----------------------------------------------------------------------------- helpers


def cpf_valid(value: str) -> bool:
    if len(value) != 11 or not value.isdigit() or len(set(value)) == 1:
        return False
    digits = [int(c) for c in value]
    for size in (9, 10):
        total = sum(d * w for d, w in zip(digits[:size], range(size + 1, 1, -1), strict=True))
        if digits[size] != (0 if total % 11 < 2 else 11 - total % 11):
            return False
    return True


def cnpj_valid(value: str) -> bool:
    if len(value) != 14 or not value.isdigit() or len(set(value)) == 1:
        return False
    digits = [int(c) for c in value]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for size, w in ((12, weights), (13, [6, *weights])):
        total = sum(d * x for d, x in zip(digits[:size], w, strict=True))
        if digits[size] != (0 if total % 11 < 2 else 11 - total % 11):
            return False
    return True


def nif_valid(value: str) -> bool:
    if len(value) != 9 or not value.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True))
    return int(value[8]) == (0 if total % 11 < 2 else 11 - total % 11)


def claims_of(jwt: str) -> dict:
    payload = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)


class Page(HTMLParser):
    """The forms (by id) and links (by id) of one HTML page; enough for Keycloak's."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.forms: dict[str, Form] = {}
        self.links: dict[str, str] = {}
        self._form: Form | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form = Form(a.get("action", ""), a.get("method", "get").lower())
            self.forms[a.get("id") or f"form-{len(self.forms)}"] = self._form
        elif tag == "a" and a.get("id") and a.get("href"):
            self.links[a["id"]] = a["href"]
        elif tag in ("input", "select", "textarea") and self._form is not None and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            if a.get("type") == "submit":
                return
            self._form.fields[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None


class Browser:
    """httpx plus a cookie store that, unlike http.cookiejar over plain http, keeps
    Keycloak's `Secure; SameSite=None` cookies (the local stack has no TLS)."""

    def __init__(self) -> None:
        self.http = httpx.Client(timeout=30, follow_redirects=False)
        self.cookies: dict[tuple[str, str], str] = {}  # (path, name) -> value

    def close(self) -> None:
        self.http.close()

    def _cookie_header(self, url: str) -> str:
        path = urlsplit(url).path or "/"
        return "; ".join(
            f"{name}={value}"
            for (prefix, name), value in self.cookies.items()
            if path.startswith(prefix.rstrip("/") or "/")
        )

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        self.http.cookies.clear()
        reply = self.http.request(
            method, url, headers={"Cookie": self._cookie_header(url)}, **kwargs
        )
        for header in reply.headers.get_list("set-cookie"):
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                key = (morsel["path"] or "/", name)
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = morsel.value
        return reply

    def follow(self, reply: httpx.Response) -> httpx.Response:
        """Follow redirects, stopping at one to the gateway's redirect URI."""
        for _ in range(20):
            location = reply.headers.get("location")
            if not reply.is_redirect or location is None:
                return reply
            target = urljoin(str(reply.url), location)
            if target.startswith(REDIRECT_URI):
                return reply
            reply = self.request("GET", target)
        raise AssertionError("redirect loop")


@dataclass
class Login:
    access: dict
    id_token: dict
    review_profile_shown: bool
    # The encoded access token, to call the gateway with.
    token: str = ""


def brokered_login(
    stack: Endpoints,
    idp: str,
    username: str,
    password: str,
    *,
    profile: dict[str, str] | None = None,
) -> Login:
    """Log in through realm tramita's login page and IdP `idp`'s page; return the tokens.

    `profile` fills fields of a review-profile form that the IdP's data left empty.
    """
    verifier = secrets.token_urlsafe(64)
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    state, nonce = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    oidc = f"{stack.keycloak_url}/realms/{REALM}/protocol/openid-connect"
    browser = Browser()
    try:
        reply = browser.request(
            "GET",
            f"{oidc}/auth",
            params={
                "client_id": GATEWAY_CLIENT[0],
                "response_type": "code",
                "scope": "openid",
                "redirect_uri": REDIRECT_URI,
                "state": state,
                "nonce": nonce,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
            },
        )
        assert reply.status_code == 200, reply.text
        login_page = Page(reply.text)
        assert "kc-form-login" in login_page.forms, "realm tramita's login page"
        link = login_page.links.get(f"social-{idp}")
        assert link, f"no {idp} button on the login page: {sorted(login_page.links)}"

        # The IdP's own login page (another realm, reached by redirects).
        reply = browser.follow(browser.request("GET", urljoin(str(reply.url), link)))
        assert reply.status_code == 200, reply.text
        assert f"/realms/{idp}/" in str(reply.url)
        idp_form = Page(reply.text).forms["kc-form-login"]
        reply = browser.follow(
            browser.request(
                "POST",
                urljoin(str(reply.url), idp_form.action),
                data={**idp_form.fields, "username": username, "password": password},
            )
        )

        # Back in realm tramita: first-broker-login (review profile when data is missing).
        review_shown = False
        for _ in range(5):
            if reply.is_redirect:
                break
            assert reply.status_code == 200, reply.text
            page = Page(reply.text)
            form = page.forms.get("kc-idp-review-profile-form") or page.forms.get(
                "kc-update-profile-form"
            )
            assert form is not None, f"unexpected page {reply.url}: {sorted(page.forms)}"
            review_shown = True
            filled = {k: v or (profile or {}).get(k, "") for k, v in form.fields.items()}
            reply = browser.follow(
                browser.request("POST", urljoin(str(reply.url), form.action), data=filled)
            )
        location = reply.headers["location"]
        assert location.startswith(REDIRECT_URI), location
        query = parse_qs(urlsplit(location).query)
        assert query["state"] == [state]
        assert "error" not in query, query

        tokens = httpx.post(
            f"{oidc}/token",
            data={
                "grant_type": "authorization_code",
                "code": query["code"][0],
                "redirect_uri": REDIRECT_URI,
                "code_verifier": verifier,
                "client_id": GATEWAY_CLIENT[0],
                "client_secret": GATEWAY_CLIENT[1],
            },
            timeout=30,
        )
        assert tokens.status_code == 200, tokens.text
        body = tokens.json()
        id_token = claims_of(body["id_token"])
        assert id_token["nonce"] == nonce
        access = body["access_token"]
        return Login(claims_of(access), id_token, review_shown, access)
    finally:
        browser.close()


class KeycloakAdmin:
    """Admin REST calls, as the local stack's bootstrap administrator."""

    def __init__(self, stack: Endpoints) -> None:
        reply = httpx.post(
            f"{stack.keycloak_url}/realms/master/protocol/openid-connect/token",
            data={
                "grant_type": "password",
                "client_id": "admin-cli",
                "username": stack.keycloak_admin_user,
                "password": stack.keycloak_admin_password,
            },
            timeout=30,
        )
        reply.raise_for_status()
        self.http = httpx.Client(
            base_url=f"{stack.keycloak_url}/admin/realms",
            headers={"Authorization": f"Bearer {reply.json()['access_token']}"},
            timeout=30,
        )

    def user_by_name(self, username: str, realm: str = REALM) -> dict | None:
        found = self.http.get(
            f"/{realm}/users", params={"username": username, "exact": "true"}
        ).json()
        return found[0] if found else None

    def forget(self, username: str) -> None:
        """Delete the brokered account so the next login is a first login again."""
        user = self.user_by_name(username)
        if user is not None:
            assert self.http.delete(f"/{REALM}/users/{user['id']}").is_success


@pytest.fixture
def admin(stack: Endpoints) -> Iterator[KeycloakAdmin]:
    client = KeycloakAdmin(stack)  # a fresh admin token per test: they live 60 s
    yield client
    client.http.close()


# ----------------------------------------------------------------------------- tests


def test_seeded_national_ids_have_valid_check_digits() -> None:
    for cpf in (MARIA_CPF, ANA_CPF, JOAO_CPF, CARLOS_CPF):
        assert cpf_valid(cpf), cpf
    for cnpj in (METROLOGIA_CNPJ, CONTABIL_CNPJ):
        assert cnpj_valid(cnpj), cnpj
    for nif in (RITA_NIF, TIAGO_NIF):
        assert nif_valid(nif), nif
    assert not cpf_valid("38472910505") and not cnpj_valid("27491536000104")
    assert not nif_valid("235198472")


def test_govbr_citizen_first_login_carries_cpf_level_and_bonds(
    stack: Endpoints, admin: KeycloakAdmin
) -> None:
    admin.forget(f"govbr.{MARIA_CPF}")

    login = brokered_login(stack, "govbr", MARIA_CPF, IDP_PASSWORD)

    token = login.access
    assert token["azp"] == GATEWAY_CLIENT[0]
    assert "tramita" in token["aud"]
    assert token["idp"] == "govbr"
    assert token["cpf"] == MARIA_CPF
    assert token["assurance_level"] == "gold"
    assert sorted(token["cnpj_bonds"], key=lambda b: b["cnpj"]) == [
        {"cnpj": METROLOGIA_CNPJ, "vinculo": "socio"},
        {"cnpj": CONTABIL_CNPJ, "vinculo": "contador"},
    ]
    assert "certificate_cnpj" not in token and "nif" not in token
    assert token["preferred_username"] == f"govbr.{MARIA_CPF}"

    # First-broker-login created the account and linked it to the gov.br identity.
    user = admin.user_by_name(f"govbr.{MARIA_CPF}")
    assert user is not None
    assert user["attributes"]["cpf"] == [MARIA_CPF]
    links = admin.http.get(f"/{REALM}/users/{user['id']}/federated-identity").json()
    assert [(link["identityProvider"], link["userName"]) for link in links] == [
        ("govbr", MARIA_CPF)
    ]


def test_govbr_login_without_email_reviews_the_profile_once(
    stack: Endpoints, admin: KeycloakAdmin
) -> None:
    admin.forget(f"govbr.{JOAO_CPF}")
    email = f"joao.{secrets.token_hex(3)}@example.invalid"

    first = brokered_login(stack, "govbr", JOAO_CPF, IDP_PASSWORD, profile={"email": email})
    second = brokered_login(stack, "govbr", JOAO_CPF, IDP_PASSWORD)

    assert first.review_profile_shown  # gov.br gave no e-mail: the person supplies one
    assert first.access["email"] == email
    assert not second.review_profile_shown  # later logins reuse the linked account
    assert first.access["sub"] == second.access["sub"]
    assert second.access["cpf"] == JOAO_CPF
    assert second.access["assurance_level"] == "bronze"
    assert second.access["cnpj_bonds"] == []  # gov.br states "no company bonds"


def test_bonds_follow_gov_br_on_every_login(stack: Endpoints, admin: KeycloakAdmin) -> None:
    """The IdP is synchronised on each login (syncMode FORCE): ended bonds disappear."""
    admin.forget(f"govbr.{ANA_CPF}")
    first = brokered_login(stack, "govbr", ANA_CPF, IDP_PASSWORD).access
    assert sorted(first["cnpj_bonds"], key=lambda b: b["cnpj"]) == [
        {"cnpj": METROLOGIA_CNPJ, "vinculo": "nao_atuante"},
        {"cnpj": CONTABIL_CNPJ, "vinculo": "representante_legal"},
    ]

    at_govbr = admin.user_by_name(ANA_CPF, realm="govbr")
    assert at_govbr is not None
    seeded = at_govbr["attributes"]["cnpj_vinculos"]
    only_one = json.dumps([{"cnpj": CONTABIL_CNPJ, "vinculo": "representante_legal"}])

    def set_bonds(value: list[str]) -> None:
        user = admin.user_by_name(ANA_CPF, realm="govbr") or {}
        user["attributes"] = {**user["attributes"], "cnpj_vinculos": value}
        reply = admin.http.put(f"/govbr/users/{user['id']}", json=user)
        assert reply.is_success, reply.text

    set_bonds([only_one])
    try:
        again = brokered_login(stack, "govbr", ANA_CPF, IDP_PASSWORD).access
    finally:
        set_bonds(seeded)
    assert again["sub"] == first["sub"]
    assert again["cnpj_bonds"] == [{"cnpj": CONTABIL_CNPJ, "vinculo": "representante_legal"}]


def test_company_certificate_login_asserts_the_certificate_cnpj(
    stack: Endpoints, admin: KeycloakAdmin
) -> None:
    admin.forget(f"govbr.{CERTIFICATE_LOGIN}")

    token = brokered_login(stack, "govbr", CERTIFICATE_LOGIN, IDP_PASSWORD).access

    assert token["idp"] == "govbr"
    assert token["certificate_cnpj"] == METROLOGIA_CNPJ  # the company the e-CNPJ names
    assert token["cpf"] == CARLOS_CPF  # and its holder
    assert token["certificate_not_after"] == "2027-12-31T23:59:59Z"  # bounds what it grants
    assert token["assurance_level"] == "gold"
    assert "cnpj_bonds" not in token  # a certificate states no gov.br bonds


@pytest.mark.parametrize(
    ("nif", "level"),
    [
        pytest.param(RITA_NIF, "elevado", id="cartao-de-cidadao"),
        pytest.param(TIAGO_NIF, "substancial", id="chave-movel-digital"),
    ],
)
def test_autenticacao_gov_login_carries_nif_and_level(
    stack: Endpoints, admin: KeycloakAdmin, nif: str, level: str
) -> None:
    admin.forget(f"autenticacao-gov.{nif}")

    token = brokered_login(stack, "autenticacao-gov", nif, IDP_PASSWORD).access

    assert token["idp"] == "autenticacao-gov"
    assert token["nif"] == nif
    assert token["assurance_level"] == level
    assert "cpf" not in token and "cnpj_bonds" not in token


def test_authorization_request_without_pkce_is_refused(stack: Endpoints) -> None:
    reply = httpx.get(
        f"{stack.keycloak_url}/realms/{REALM}/protocol/openid-connect/auth",
        params={
            "client_id": GATEWAY_CLIENT[0],
            "response_type": "code",
            "scope": "openid",
            "redirect_uri": REDIRECT_URI,
            "state": "no-pkce",
        },
        timeout=30,
    )
    assert reply.is_redirect
    query = parse_qs(urlsplit(reply.headers["location"]).query)
    assert query["error"] == ["invalid_request"]
    assert "code_challenge_method" in query["error_description"][0]


def test_wrong_password_at_the_idp_does_not_log_in(stack: Endpoints) -> None:
    browser = Browser()
    try:
        verifier = secrets.token_urlsafe(64)
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        # kc_idp_hint skips realm tramita's page and goes straight to the IdP's.
        reply = browser.follow(
            browser.request(
                "GET",
                f"{stack.keycloak_url}/realms/{REALM}/protocol/openid-connect/auth",
                params={
                    "client_id": GATEWAY_CLIENT[0],
                    "response_type": "code",
                    "scope": "openid",
                    "redirect_uri": REDIRECT_URI,
                    "state": "wrong",
                    "code_challenge": challenge,
                    "code_challenge_method": "S256",
                    "kc_idp_hint": "govbr",
                },
            )
        )
        assert "/realms/govbr/" in str(reply.url)
        form = Page(reply.text).forms["kc-form-login"]
        reply = browser.follow(
            browser.request(
                "POST",
                form.action,
                data={**form.fields, "username": MARIA_CPF, "password": "Not-her-pass1!"},
            )
        )
        assert reply.status_code == 200  # the IdP's page again, with an error
        assert "kc-form-login" in Page(reply.text).forms
        assert "Invalid username or password" in reply.text
    finally:
        browser.close()
