import sys
import time
from pathlib import Path

import pytest
from tramita_devstack import process
from tramita_devstack.process import Launch, StackError


def _sleeper(tmp_path: Path, marker: str = "tramita-test-sleeper") -> Launch:
    code = f"import time  # {marker}\ntime.sleep(60)"
    return Launch(argv=[sys.executable, "-c", code], env={}, cwd=tmp_path, marker=marker)


def test_start_records_pid_and_stop_terminates(tmp_path: Path) -> None:
    pidfile, log = tmp_path / "x.pid", tmp_path / "x.log"
    pid = process.start(_sleeper(tmp_path), pidfile=pidfile, logfile=log)
    assert process.running_pid(pidfile) == pid
    assert process.stop(pidfile, timeout=5)
    assert process.running_pid(pidfile) is None
    assert not pidfile.exists()
    assert "starting" in log.read_text()


def test_a_reused_pid_with_another_command_is_not_ours(tmp_path: Path) -> None:
    pidfile = tmp_path / "x.pid"
    process.start(_sleeper(tmp_path), pidfile=pidfile, logfile=tmp_path / "x.log")
    record = pidfile.read_text().replace("tramita-test-sleeper", "something-else")
    (tmp_path / "other.pid").write_text(record)
    assert process.running_pid(tmp_path / "other.pid") is None
    process.stop(pidfile, timeout=5)


def test_wait_until_fails_fast_when_the_daemon_dies(tmp_path: Path) -> None:
    pidfile, log = tmp_path / "x.pid", tmp_path / "x.log"
    launch = Launch(
        argv=[sys.executable, "-c", "print('boom'); raise SystemExit(3)"],
        env={},
        cwd=tmp_path,
        marker="boom",
    )
    process.start(launch, pidfile=pidfile, logfile=log)
    started = time.monotonic()
    with pytest.raises(StackError, match="exited during startup"):
        process.wait_until(
            lambda: False, what="x", timeout=30, pidfile=pidfile, logfile=log, interval=0.1
        )
    assert time.monotonic() - started < 10


def test_wait_until_times_out(tmp_path: Path) -> None:
    with pytest.raises(StackError, match="not ready after"):
        process.wait_until(lambda: False, what="x", timeout=0.3, interval=0.1)
