"""Daemonized processes: start with a pidfile and a log file, probe, stop gracefully."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


class StackError(RuntimeError):
    """A component could not be installed, started or reached."""


@dataclass(frozen=True)
class Status:
    """One line of `tramita-stack status`."""

    component: str
    pid: int | None
    ports: str
    up: bool


@dataclass(frozen=True)
class Launch:
    """How to start one daemon."""

    argv: Sequence[str]
    env: dict[str, str]
    cwd: Path
    # A string that must appear in /proc/<pid>/cmdline: guards against reused pids.
    marker: str
    user: str | None = None
    stop_signal: int = signal.SIGTERM


def start(launch: Launch, *, pidfile: Path, logfile: Path) -> int:
    """Start `launch` in its own session, detached from our stdin, appending to logfile."""
    logfile.parent.mkdir(parents=True, exist_ok=True)
    pidfile.parent.mkdir(parents=True, exist_ok=True)
    with open(logfile, "ab") as log:
        log.write(f"\n=== {time.strftime('%Y-%m-%d %H:%M:%S')} starting\n".encode())
        log.flush()
        proc = subprocess.Popen(
            list(launch.argv),
            cwd=launch.cwd,
            env=launch.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            user=launch.user,
            close_fds=True,
        )
    record = {"pid": proc.pid, "marker": launch.marker, "stop_signal": int(launch.stop_signal)}
    pidfile.write_text(json.dumps(record))
    return proc.pid


def _read_pidfile(pidfile: Path) -> dict | None:
    try:
        return json.loads(pidfile.read_text())
    except (FileNotFoundError, ValueError):
        return None


def _alive(pid: int, marker: str) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    proc = Path(f"/proc/{pid}")
    if not proc.exists():
        return sys.platform != "linux"
    try:
        if ") Z" in (proc / "stat").read_text():
            _reap(pid)
            return False
        cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return marker in cmdline


def _reap(pid: int) -> None:
    """Collect a zombie child of ours (happens when a test process started the daemon)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def running_pid(pidfile: Path) -> int | None:
    """The pid recorded in pidfile if that process is still alive, else None."""
    record = _read_pidfile(pidfile)
    if record and _alive(int(record["pid"]), str(record.get("marker", ""))):
        return int(record["pid"])
    return None


def _signal_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        pass
    except PermissionError:
        os.kill(pid, sig)


def stop(pidfile: Path, *, timeout: float = 30.0) -> bool:
    """Stop the process in pidfile: its stop signal first, SIGKILL after timeout."""
    record = _read_pidfile(pidfile)
    pid = running_pid(pidfile)
    if record is None or pid is None:
        pidfile.unlink(missing_ok=True)
        return False
    _signal_group(pid, int(record.get("stop_signal", signal.SIGTERM)))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _reap(pid)
        if running_pid(pidfile) is None:
            break
        time.sleep(0.2)
    else:
        _signal_group(pid, signal.SIGKILL)
        time.sleep(0.5)
        _reap(pid)
    pidfile.unlink(missing_ok=True)
    return True


def tcp_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_until(
    ready: Callable[[], bool],
    *,
    what: str,
    timeout: float,
    pidfile: Path | None = None,
    logfile: Path | None = None,
    interval: float = 0.5,
    progress: Callable[[float], None] | None = None,
) -> None:
    """Poll `ready` until it is true; fail early if the daemon died, late on timeout."""
    started = time.monotonic()
    while True:
        if ready():
            return
        elapsed = time.monotonic() - started
        if pidfile is not None and running_pid(pidfile) is None:
            raise StackError(f"{what} exited during startup{_tail_hint(logfile)}")
        if elapsed > timeout:
            raise StackError(f"{what} not ready after {timeout:.0f}s{_tail_hint(logfile)}")
        if progress is not None:
            progress(elapsed)
        time.sleep(interval)


def tail(logfile: Path, lines: int = 30) -> str:
    try:
        with open(logfile, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - 64 * 1024))
            text = fh.read().decode(errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _tail_hint(logfile: Path | None) -> str:
    if logfile is None:
        return ""
    return f"; last lines of {logfile}:\n{tail(logfile)}"
