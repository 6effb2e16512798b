"""The portal's cookies: an opaque session id (HttpOnly), a double-submit CSRF token
(readable by the page's script), and the value binding a login in progress to a browser.

All are Secure and SameSite=Lax; browsers accept Secure cookies from http://localhost and
http://127.0.0.1, so the local stack needs no TLS. The `__Host-` prefix makes browsers
refuse them unless Secure, Path=/ and host-only (no Domain).
"""

from fastapi import Response

SESSION_COOKIE = "__Host-tramita_session"
CSRF_COOKIE = "tramita_csrf"
LOGIN_COOKIE = "__Host-tramita_login"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def set_session_cookies(response: Response, *, session_id: str, csrf_token: str) -> None:
    """Browser-session cookies: the server decides when the session ends."""
    response.set_cookie(
        SESSION_COOKIE, session_id, path="/", secure=True, httponly=True, samesite="lax"
    )
    response.set_cookie(
        CSRF_COOKIE, csrf_token, path="/", secure=True, httponly=False, samesite="lax"
    )


def set_login_cookie(response: Response, *, binding: str, max_age: int) -> None:
    response.set_cookie(
        LOGIN_COOKIE,
        binding,
        max_age=max_age,
        path="/",
        secure=True,
        httponly=True,
        samesite="lax",
    )


def clear_cookies(response: Response, *names: str) -> None:
    for name in names or (SESSION_COOKIE, CSRF_COOKIE, LOGIN_COOKIE):
        response.delete_cookie(
            name, path="/", secure=True, httponly=name != CSRF_COOKIE, samesite="lax"
        )
