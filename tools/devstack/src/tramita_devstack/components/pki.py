"""The local PKI: root CA → issuing CA → document-signing and TSA certificates, plus a
development RFC 3161 timestamp authority.

Created once under the state directory (`.tramita/pki/`) by the documents service's own
generator, never committed; the documents processes get its paths through TRAMITA_* vars
(see `documents_env`). For development and tests only: production keys are secrets/HSM.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from tramita_devstack import config
from tramita_devstack.components.base import Component
from tramita_devstack.process import Launch

GENERATOR = "tramita_documents.adapters.dev_pki"
TSA = "tramita_documents.adapters.dev_tsa"
TSA_PORT = int(os.environ.get("TRAMITA_TSA_PORT", "15318"))


def pki_dir(state: Path | None = None) -> Path:
    return (state or config.paths().state) / "pki"


def tsa_url() -> str:
    return f"http://{config.HOST}:{TSA_PORT}/"


def documents_env() -> dict[str, str]:
    """What the documents processes need to sign (B-T via the local TSA) and verify."""
    directory = pki_dir()
    return {
        "TRAMITA_SIGNING_KEY_FILE": str(directory / "signer.key"),
        "TRAMITA_SIGNING_CERT_FILE": str(directory / "signer.pem"),
        "TRAMITA_SIGNING_CHAIN_FILE": str(directory / "chain.pem"),
        "TRAMITA_TRUST_ROOTS_FILE": str(directory / "root.pem"),
        "TRAMITA_TSA_URL": tsa_url(),
        "TRAMITA_SIGNING_LOCATION": "Tramita local stack",
    }


class Pki(Component):
    name = "pki"
    port_names = ()
    startup_timeout = 30.0
    stop_timeout = 10.0

    @property
    def directory(self) -> Path:
        return pki_dir(self.ctx.paths.state)

    def installed(self) -> bool:
        return True  # Python, part of the workspace

    def install(self) -> None:
        """Nothing to fetch."""

    def prepare(self) -> None:
        subprocess.run(
            [sys.executable, "-m", GENERATOR, str(self.directory)],
            check=True,
            cwd=self.ctx.repo,
            env=self.ctx.base_env(),
        )

    def launch(self) -> Launch:
        argv = [
            sys.executable,
            "-m",
            TSA,
            "--pki",
            str(self.directory),
            "--host",
            config.HOST,
            "--port",
            str(TSA_PORT),
        ]
        return Launch(argv=argv, env=self.ctx.base_env(), cwd=self.ctx.repo, marker=TSA)

    def ready(self) -> bool:
        try:
            return httpx.get(f"{tsa_url()}readyz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def endpoints(self) -> dict[str, object]:
        return {}

    def urls(self) -> list[str]:
        return [f"pki        {self.directory}  TSA {tsa_url()}"]
