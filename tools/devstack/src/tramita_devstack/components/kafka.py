"""Kafka: a single KRaft node (broker + controller) from Maven Central jars."""

from __future__ import annotations

import base64
import socket
import struct
import subprocess
import uuid
from pathlib import Path

from tramita_devstack import config, downloads
from tramita_devstack.components.base import Component
from tramita_devstack.console import detail
from tramita_devstack.process import Launch, StackError

POM_DIR = Path(__file__).resolve().parents[3] / "maven" / "kafka"
LOG4J2_YAML = """\
Configuration:
  Appenders:
    Console:
      name: STDOUT
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: {level}
      AppenderRef:
        - ref: STDOUT
    Logger:
      - name: kafka
        level: {level}
      - name: org.apache.kafka
        level: {level}
"""


def server_properties(*, data_dir: Path, port: int, controller_port: int) -> str:
    """A single-node KRaft configuration: every replication factor and min ISR is 1."""
    host = config.HOST
    settings = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@{host}:{controller_port}",
        "listeners": f"PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://{host}:{port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": str(data_dir),
        "num.partitions": "3",
        "default.replication.factor": "1",
        "min.insync.replicas": "1",
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "auto.create.topics.enable": "true",
        "group.initial.rebalance.delay.ms": "0",
        "log.retention.hours": "168",
    }
    return "".join(f"{key}={value}\n" for key, value in settings.items())


def new_cluster_id() -> str:
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


class Kafka(Component):
    name = "kafka"
    port_names = ("kafka", "kafka_controller")
    startup_timeout = 90.0
    java_preferred = (25, 21, 17)

    @property
    def home(self) -> Path:
        return self.ctx.paths.cache / f"kafka-{config.KAFKA_VERSION}"

    @property
    def conf(self) -> Path:
        return self.data_dir / "server.properties"

    def installed(self) -> bool:
        return (self.home / "libs" / f"kafka_2.13-{config.KAFKA_VERSION}.jar").exists()

    def install(self) -> None:
        libs = self.home / "libs"
        argv = [
            downloads.maven(),
            "-B",
            "dependency:copy-dependencies",
            f"-Dkafka.version={config.KAFKA_VERSION}",
            f"-DoutputDirectory={libs}",
        ]
        downloads.run_with_progress(
            argv,
            what=f"fetching Kafka {config.KAFKA_VERSION} from Maven Central",
            log=self.ctx.paths.cache / "build-logs" / "kafka.log",
            cwd=POM_DIR,
        )
        if not self.installed():
            raise StackError(f"Kafka jars missing in {libs} after Maven ran")

    def _java(self, *, main: str, args: list[str], heap: str = "512m") -> list[str]:
        java_home, _ = downloads.pick_java(minimum=17, preferred=self.java_preferred)
        return [
            str(java_home / "bin" / "java"),
            "-Xms128m",
            f"-Xmx{heap}",
            "-XX:+UseG1GC",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.data_dir / 'log4j2.yaml'}",
            f"-Dkafka.logs.dir={self.ctx.paths.logs}",
            "-cp",
            str(self.home / "libs" / "*"),
            main,
            *args,
        ]

    def _write_config(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.conf.write_text(
            server_properties(
                data_dir=self.data_dir / "data",
                port=self.ports["kafka"],
                controller_port=self.ports["kafka_controller"],
            )
        )
        (self.data_dir / "log4j2.yaml").write_text(LOG4J2_YAML.format(level="INFO"))

    def prepare(self) -> None:
        self._write_config()
        if (self.data_dir / "data" / "meta.properties").exists():
            return
        cluster_file = self.data_dir / "cluster.id"
        if not cluster_file.exists():
            cluster_file.write_text(new_cluster_id())
        detail("formatting Kafka KRaft storage")
        argv = self._java(
            main="kafka.tools.StorageTool",
            heap="256m",
            args=[
                "format",
                "-t",
                cluster_file.read_text().strip(),
                "-c",
                str(self.conf),
                "--ignore-formatted",
            ],
        )
        (self.data_dir / "log4j2.yaml").write_text(LOG4J2_YAML.format(level="WARN"))
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        (self.data_dir / "log4j2.yaml").write_text(LOG4J2_YAML.format(level="INFO"))
        if done.returncode != 0:
            raise StackError(f"Kafka storage format failed:\n{done.stdout}\n{done.stderr}")

    def launch(self) -> Launch:
        argv = self._java(main="kafka.Kafka", args=[str(self.conf)])
        return Launch(argv=argv, env=self.ctx.base_env(), cwd=self.data_dir, marker=str(self.conf))

    def ready(self) -> bool:
        return api_versions_ok(config.HOST, self.ports["kafka"])

    def endpoints(self) -> dict[str, object]:
        return {"kafka_bootstrap": f"{config.HOST}:{self.ports['kafka']}"}

    def urls(self) -> list[str]:
        return [f"kafka      {config.HOST}:{self.ports['kafka']}  (KRaft, {config.KAFKA_VERSION})"]


def api_versions_ok(host: str, port: int) -> bool:
    """Send a Kafka ApiVersions v0 request; the broker answers only once it serves clients."""
    client = b"tramita-stack"
    body = struct.pack(">hhih", 18, 0, 7, len(client)) + client
    try:
        with socket.create_connection((host, port), timeout=2) as sock:
            sock.sendall(struct.pack(">i", len(body)) + body)
            header = _recv_exact(sock, 10)
    except OSError:
        return False
    _size, correlation, error = struct.unpack(">iih", header)
    return correlation == 7 and error == 0


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise OSError("connection closed")
        data += chunk
    return data
