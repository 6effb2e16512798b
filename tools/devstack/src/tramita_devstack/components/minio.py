"""MinIO (S3 API), built from a pinned source version with `go install`."""

from __future__ import annotations

from pathlib import Path

import httpx

from tramita_devstack import config, downloads
from tramita_devstack.components.base import Component
from tramita_devstack.process import Launch, StackError


class Minio(Component):
    name = "minio"
    port_names = ("minio", "minio_console")
    startup_timeout = 60.0

    @property
    def binary(self) -> Path:
        return self.ctx.paths.bin / "minio"

    @property
    def stamp(self) -> Path:
        """Records which pinned version the binary in the cache was built from."""
        return self.ctx.paths.bin / "minio.version"

    def installed(self) -> bool:
        return self.binary.exists() and self._stamp_text() == config.MINIO_VERSION

    def _stamp_text(self) -> str:
        try:
            return self.stamp.read_text().strip()
        except FileNotFoundError:
            return ""

    def install(self) -> None:
        downloads.go_install(
            config.MINIO_MODULE,
            config.MINIO_VERSION,
            gobin=self.ctx.paths.bin,
            log=self.ctx.paths.cache / "build-logs" / "minio.log",
        )
        if not self.binary.exists():
            raise StackError(f"go install did not produce {self.binary}")
        self.stamp.write_text(config.MINIO_VERSION + "\n")

    def launch(self) -> Launch:
        data = self.data_dir / "data"
        data.mkdir(parents=True, exist_ok=True)
        host = config.HOST
        env = self.ctx.base_env()
        env.update(
            {
                "MINIO_ROOT_USER": self.ctx.secrets["minio_access_key"],
                "MINIO_ROOT_PASSWORD": self.ctx.secrets["minio_secret_key"],
                "MINIO_BROWSER": "on",
                "MINIO_UPDATE": "off",
                "MINIO_CI_CD": "1",  # no interactive banners, no colour codes in the log
            }
        )
        argv = [
            str(self.binary),
            "server",
            str(data),
            "--address",
            f"{host}:{self.ports['minio']}",
            "--console-address",
            f"{host}:{self.ports['minio_console']}",
        ]
        return Launch(argv=argv, env=env, cwd=self.data_dir, marker=str(data))

    def ready(self) -> bool:
        url = f"http://{config.HOST}:{self.ports['minio']}/minio/health/ready"
        try:
            return httpx.get(url, timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def endpoints(self) -> dict[str, object]:
        return {
            "minio_endpoint": f"{config.HOST}:{self.ports['minio']}",
            "minio_access_key": self.ctx.secrets["minio_access_key"],
            "minio_secret_key": self.ctx.secrets["minio_secret_key"],
            "minio_console_url": f"http://{config.HOST}:{self.ports['minio_console']}",
        }

    def urls(self) -> list[str]:
        return [
            f"minio      S3 http://{config.HOST}:{self.ports['minio']}  console "
            f"http://{config.HOST}:{self.ports['minio_console']}  "
            f"(login: minio_access_key / minio_secret_key in secrets.json)"
        ]
