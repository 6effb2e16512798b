"""Dependencies of the HTTP routes: the verified caller and the service stubs."""

from typing import Annotated

from fastapi import Depends, Header, Request
from tramita_platform.auth import parse_bearer

from tramita_gateway.app.backends import Services


async def caller_metadata(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> tuple[tuple[str, str], ...]:
    """Verify the caller's token here too (zero trust) and forward it to the services."""
    token = parse_bearer(authorization)
    await request.app.state.verifier.verify(token)
    return (("authorization", f"Bearer {token}"),)


def services(request: Request) -> Services:
    return request.app.state.services


Caller = Annotated[tuple[tuple[str, str], ...], Depends(caller_metadata)]
Backends = Annotated[Services, Depends(services)]
