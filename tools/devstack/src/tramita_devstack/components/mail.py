"""The SMTP catcher (tramita_devstack.mailcatcher) as a stack component."""

from __future__ import annotations

import sys

import httpx

from tramita_devstack import config
from tramita_devstack.components.base import Component
from tramita_devstack.process import Launch

MODULE = "tramita_devstack.mailcatcher"


class Mail(Component):
    name = "mail"
    port_names = ("smtp", "mail_api")
    startup_timeout = 30.0
    stop_timeout = 10.0

    def installed(self) -> bool:
        return True  # pure Python, part of this package

    def install(self) -> None:
        """Nothing to fetch."""

    def launch(self) -> Launch:
        argv = [
            sys.executable,
            "-m",
            MODULE,
            "--dir",
            str(self.data_dir / "messages"),
            "--host",
            config.HOST,
            "--smtp-port",
            str(self.ports["smtp"]),
            "--api-port",
            str(self.ports["mail_api"]),
        ]
        return Launch(argv=argv, env=self.ctx.base_env(), cwd=self.ctx.repo, marker=MODULE)

    def ready(self) -> bool:
        # The catcher serves HTTP only after its SMTP listener is up; probing SMTP
        # directly would fill the log with dropped connections.
        try:
            return httpx.get(f"{self._api()}/readyz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def _api(self) -> str:
        return f"http://{config.HOST}:{self.ports['mail_api']}"

    def endpoints(self) -> dict[str, object]:
        return {
            "smtp_host": config.HOST,
            "smtp_port": self.ports["smtp"],
            "mail_api_url": self._api(),
        }

    def urls(self) -> list[str]:
        return [
            f"mail       smtp://{config.HOST}:{self.ports['smtp']}  "
            f"API {self._api()}/api/v1/messages"
        ]
