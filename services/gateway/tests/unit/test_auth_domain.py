"""Portal session rules without HTTP: PKCE, return addresses, CSRF, expiry, encryption."""

from datetime import UTC, datetime, timedelta

import pytest
from cryptography.fernet import Fernet
from pydantic import ValidationError
from tramita_gateway.adapters.session_store import TokenCipher
from tramita_gateway.domain.session import (
    CsrfRejected,
    OpenRedirectRefused,
    Session,
    TokenSet,
    check_csrf,
    pkce_challenge,
    safe_return_to,
)
from tramita_gateway.settings import GatewaySettings

NOW = datetime(2030, 1, 1, tzinfo=UTC)


def tokens(*, refresh: str | None = "r1", access_in: int = 300, refresh_in: int | None = 1800):
    return TokenSet(
        access_token="a1",
        refresh_token=refresh,
        id_token="i1",
        access_expires_at=NOW + timedelta(seconds=access_in),
        refresh_expires_at=None if refresh_in is None else NOW + timedelta(seconds=refresh_in),
    )


def session(token_set: TokenSet, max_age: timedelta = timedelta(hours=10)) -> Session:
    return Session.open(
        session_id="s",
        subject="sub",
        username="u",
        keycloak_sid="sid",
        csrf_token="c",
        tokens=token_set,
        now=NOW,
        max_age=max_age,
    )


def test_pkce_challenge_matches_rfc_7636_appendix_b() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert pkce_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


@pytest.mark.parametrize("path", ["/", "/processos", "/a/b?c=d&e=%2F%2F#x", "/a//b"])
def test_relative_paths_are_accepted(path: str) -> None:
    assert safe_return_to(path) == path


def test_no_return_address_means_home() -> None:
    assert safe_return_to(None) == "/" and safe_return_to("") == "/"


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example",
        "///evil.example",
        "/\\evil.example",
        "\\/evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "evil.example",
        "/\tevil",
        "/a\r\nSet-Cookie: x=y",
        "/" + "a" * 2048,
    ],
)
def test_other_origins_are_refused(target: str) -> None:
    with pytest.raises(OpenRedirectRefused):
        safe_return_to(target)


@pytest.mark.parametrize(
    ("cookie", "header", "reason"),
    [
        (None, None, "CSRF_TOKEN_MISSING"),
        ("c", None, "CSRF_TOKEN_MISSING"),
        (None, "c", "CSRF_TOKEN_MISSING"),
        ("c", "x", "CSRF_TOKEN_MISMATCH"),
        ("x", "x", "CSRF_TOKEN_MISMATCH"),  # a cookie planted by a sibling subdomain
    ],
)
def test_csrf_check_refuses(cookie: str | None, header: str | None, reason: str) -> None:
    with pytest.raises(CsrfRejected) as refused:
        check_csrf(expected="c", cookie=cookie, header=header)
    assert refused.value.reason == reason


def test_csrf_check_passes_when_all_three_agree() -> None:
    check_csrf(expected="c", cookie="c", header="c")


def test_session_ends_with_the_refresh_token_or_the_cap() -> None:
    assert session(tokens()).expires_at == NOW + timedelta(seconds=1800)
    assert session(tokens(), timedelta(minutes=5)).expires_at == NOW + timedelta(minutes=5)
    assert session(tokens(refresh_in=None)).expires_at == NOW + timedelta(hours=10)
    assert session(tokens(refresh=None)).expires_at == NOW + timedelta(seconds=300)


def test_refresh_margin() -> None:
    s = session(tokens())
    margin = timedelta(seconds=30)
    assert not s.needs_refresh(NOW + timedelta(seconds=269), margin)
    assert s.needs_refresh(NOW + timedelta(seconds=270), margin)


def test_refreshed_session_keeps_what_keycloak_did_not_resend() -> None:
    s = session(tokens())
    later = TokenSet(
        access_token="a2",
        refresh_token=None,
        id_token=None,
        access_expires_at=NOW + timedelta(seconds=600),
        refresh_expires_at=NOW + timedelta(seconds=2100),
    )
    renewed = s.refreshed(later, max_age=timedelta(hours=10))
    assert renewed.tokens.access_token == "a2"
    assert renewed.tokens.refresh_token == "r1" and renewed.tokens.id_token == "i1"
    assert renewed.expires_at == NOW + timedelta(seconds=2100)
    assert renewed.created_at == s.created_at and renewed.csrf_token == s.csrf_token


def test_cipher_round_trip_and_key_rotation() -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    sealed = TokenCipher([old]).seal({"access_token": "secret-token"})
    assert b"secret-token" not in sealed
    assert TokenCipher([new, old]).open(sealed) == {"access_token": "secret-token"}


def test_session_keys_come_from_settings() -> None:
    key = Fernet.generate_key().decode()
    settings = GatewaySettings(service_client_secret="s3cret-value", session_keys=key)
    sealed = TokenCipher([key.encode()]).seal({"x": "y"})
    assert TokenCipher.from_settings(settings).open(sealed) == {"x": "y"}


def test_local_key_is_derived_from_the_client_secret() -> None:
    one = TokenCipher.from_settings(GatewaySettings(service_client_secret="s3cret-value"))
    two = TokenCipher.from_settings(GatewaySettings(service_client_secret="s3cret-value"))
    assert two.open(one.seal({"x": "y"})) == {"x": "y"}


def test_production_refuses_to_start_without_session_keys() -> None:
    with pytest.raises(ValidationError, match="TRAMITA_SESSION_KEYS"):
        GatewaySettings(service_client_secret="a-real-looking-secret", profile="production")
