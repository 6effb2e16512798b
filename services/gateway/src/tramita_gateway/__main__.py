"""`python -m tramita_gateway serve|openapi|migrate`."""

import json
import sys
from pathlib import Path

import uvicorn
from tramita_platform.processes import main, observe, run_migrate

from tramita_gateway.app_factory import build_app
from tramita_gateway.settings import GatewaySettings

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


def serve() -> None:
    settings = GatewaySettings()
    observe(settings, "serve")
    uvicorn.run(
        build_app(settings),
        host=settings.http_host,
        port=settings.http_port,
        log_config=None,
        access_log=False,
    )


def openapi() -> None:
    """Print the OpenAPI document (committed as services/gateway/openapi.json)."""
    settings = GatewaySettings(service_client_secret="openapi-export")
    json.dump(build_app(settings).openapi(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(
        {
            "serve": serve,
            "openapi": openapi,
            "migrate": lambda: run_migrate(GatewaySettings(), ALEMBIC_INI),
        }
    )
