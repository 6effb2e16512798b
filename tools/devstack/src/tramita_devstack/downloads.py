"""Fetching and building the servers into the user cache: Maven, Go, JDK discovery."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from tramita_devstack.console import Heartbeat, detail, say
from tramita_devstack.process import StackError

JVM_ROOTS = (Path("/usr/lib/jvm"), Path("/usr/local/lib/jvm"), Path("/opt/java"))
_INTERESTING = re.compile(r"^(Downloaded from|go: downloading|go: |\[ERROR\]|BUILD)")


def run_with_progress(
    argv: Sequence[str],
    *,
    what: str,
    log: Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> None:
    """Run a long build/download step, echoing notable lines and a heartbeat."""
    log.parent.mkdir(parents=True, exist_ok=True)
    say(f"{what} (full output: {log})")
    started = time.monotonic()
    with open(log, "w") as out:
        proc = subprocess.Popen(
            list(argv),
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        reader = threading.Thread(target=_pump, args=(proc, out), daemon=True)
        reader.start()
        beat = Heartbeat(what.lower(), every=15.0)
        while proc.poll() is None:
            beat(time.monotonic() - started)
            time.sleep(0.5)
        reader.join(timeout=5)
    if proc.returncode != 0:
        raise StackError(f"{what} failed (exit {proc.returncode}); see {log}")
    detail(f"done in {time.monotonic() - started:.0f}s")


def _pump(proc: subprocess.Popen, out) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        out.write(line)
        out.flush()
        if _INTERESTING.match(line):
            detail(_shorten(line.rstrip()))


def _shorten(line: str, width: int = 110) -> str:
    line = re.sub(r"https?://\S+/", "", line)
    return line if len(line) <= width else line[: width - 3] + "..."


def maven() -> str:
    mvn = shutil.which("mvn")
    if not mvn:
        raise StackError("Maven (mvn) is required to fetch Kafka and Keycloak; install it")
    return mvn


def go() -> str:
    found = shutil.which("go") or (
        "/usr/local/go/bin/go" if Path("/usr/local/go/bin/go").exists() else None
    )
    if not found:
        raise StackError("Go is required to build MinIO; install it (go.dev/doc/install)")
    return found


def go_install(module: str, version: str, *, gobin: Path, log: Path) -> None:
    env = dict(os.environ, GOBIN=str(gobin), GOFLAGS=os.environ.get("GOFLAGS", "-buildvcs=false"))
    run_with_progress(
        [go(), "install", f"{module}@{version}"],
        what=f"building {module}@{version}",
        log=log,
        env=env,
        cwd=gobin,
    )


def java_version(java_home: Path) -> int:
    """Major version of a JDK from its `release` file (0 if unknown)."""
    try:
        text = (java_home / "release").read_text()
    except OSError:
        return 0
    match = re.search(r'JAVA_VERSION="(\d+)', text)
    return int(match.group(1)) if match else 0


def java_homes() -> list[Path]:
    """Candidate JDKs: TRAMITA_JAVA_HOME, JAVA_HOME, then the usual system locations."""
    found: list[Path] = []
    for var in ("TRAMITA_JAVA_HOME", "JAVA_HOME"):
        if os.environ.get(var):
            found.append(Path(os.environ[var]))
    for root in JVM_ROOTS:
        if root.is_dir():
            found.extend(sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink()))
    return [p for p in dict.fromkeys(found) if (p / "bin" / "java").exists()]


def pick_java(*, minimum: int, preferred: Sequence[int]) -> tuple[Path, int]:
    """TRAMITA_JAVA_HOME wins; else the first preferred major found; else the newest."""
    homes = [(home, java_version(home)) for home in java_homes()]
    forced = os.environ.get("TRAMITA_JAVA_HOME")
    if forced:
        return Path(forced), java_version(Path(forced))
    for major in preferred:
        for home, version in homes:
            if version == major:
                return home, version
    usable = sorted((h for h in homes if h[1] >= minimum), key=lambda h: -h[1])
    if not usable:
        raise StackError(f"no JDK >= {minimum} found (set TRAMITA_JAVA_HOME)")
    return usable[0]


def extract_tar(archive: Path, dest: Path) -> Path:
    """Extract a .tar.gz into dest (atomically) and return its single top directory."""
    tmp = dest.with_name(dest.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with tarfile.open(archive) as tar:
        tar.extractall(tmp, filter="tar")
    entries = list(tmp.iterdir())
    top = entries[0] if len(entries) == 1 and entries[0].is_dir() else tmp
    shutil.rmtree(dest, ignore_errors=True)
    top.rename(dest)
    shutil.rmtree(tmp, ignore_errors=True)
    return dest
