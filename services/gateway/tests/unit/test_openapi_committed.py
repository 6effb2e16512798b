"""The committed OpenAPI document is what the code generates (`make openapi` refreshes it)."""

import json
from pathlib import Path

from tramita_gateway.app_factory import build_app
from tramita_gateway.settings import GatewaySettings

COMMITTED = Path(__file__).resolve().parents[2] / "openapi.json"


def test_committed_openapi_matches_the_code() -> None:
    app = build_app(GatewaySettings(service_client_secret="openapi-export"))
    generated = json.loads(json.dumps(app.openapi(), sort_keys=True))
    assert generated == json.loads(COMMITTED.read_text()), "stale openapi.json: run make openapi"


def test_every_route_is_versioned_and_documented() -> None:
    paths = json.loads(COMMITTED.read_text())["paths"]
    api = [p for p in paths if p.startswith("/api/")]
    assert api and all(p.startswith("/api/v1/") for p in api)
    for path, operations in paths.items():
        for operation in operations.values():
            assert "responses" in operation, f"{path} has no documented responses"
