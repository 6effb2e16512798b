"""Orchestration: install, start, stop and inspect the components of the local stack."""

from __future__ import annotations

import fcntl
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from tramita_devstack import apps, config, process, state
from tramita_devstack.components import ORDER, REGISTRY, Component, Context
from tramita_devstack.components.base import port_free
from tramita_devstack.console import Heartbeat, detail, say
from tramita_devstack.endpoints import Endpoints
from tramita_devstack.process import StackError, Status


def resolve(names: Iterable[str] | None) -> list[str]:
    """Validate component names, add their requirements, return them in start order."""
    wanted = set(names or ORDER)
    unknown = wanted - set(REGISTRY)
    if unknown:
        raise StackError(f"unknown component(s) {sorted(unknown)}; known: {', '.join(ORDER)}")
    pending = list(wanted)
    while pending:
        for required in REGISTRY[pending.pop()].requires:
            if required not in wanted:
                wanted.add(required)
                pending.append(required)
    return [name for name in ORDER if name in wanted]


@contextmanager
def locked(ctx: Context) -> Iterator[None]:
    """Serialise stack operations across processes (parallel test sessions, two shells)."""
    lock_path = ctx.paths.run / "stack.lock"
    with open(lock_path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def install(names: Iterable[str] | None = None) -> None:
    ctx = Context.load()
    for name in resolve(names):
        component = REGISTRY[name](ctx)
        if component.installed():
            detail(f"{name}: already installed")
        else:
            component.install()


def _check_ports(component: Component) -> None:
    for port_name, number in component.ports.items():
        if not port_free(number):
            var = config.PORTS[port_name][0]
            raise StackError(
                f"{component.name}: port {number} is taken by another process; "
                f"free it or choose another with {var}=<port>"
            )


def start_component(component: Component) -> bool:
    """Start one component unless it runs; wait until ready. True if we started it."""
    paths = component.ctx.paths
    pidfile, logfile = paths.pidfile(component.name), paths.log(component.name)
    started = False
    if process.running_pid(pidfile) is None:
        _check_ports(component)
        if not component.installed():
            component.install()
        component.prepare()
        say(f"starting {component.name}")
        process.start(component.launch(), pidfile=pidfile, logfile=logfile)
        started = True
    began = time.monotonic()
    process.wait_until(
        component.ready,
        what=component.name,
        timeout=component.startup_timeout,
        pidfile=pidfile,
        logfile=logfile,
        progress=Heartbeat(f"waiting for {component.name}"),
    )
    component.after_start()
    if started:
        detail(f"{component.name} ready in {time.monotonic() - began:.1f}s")
    return started


def running(ctx: Context) -> list[str]:
    return [n for n in ORDER if process.running_pid(ctx.paths.pidfile(n)) is not None]


def refresh_endpoints(ctx: Context) -> Endpoints:
    """Rewrite endpoints.json from the components that are running now."""
    data: dict[str, object] = {}
    up_now = running(ctx)
    for name in up_now:
        data.update(REGISTRY[name](ctx).endpoints())
    data["running"] = up_now
    state.write_endpoints(ctx.paths, data)
    return Endpoints.from_dict(data)


def up(names: Iterable[str] | None = None, *, with_apps: bool = True) -> Endpoints:
    ctx = Context.load()
    selected = resolve(names)
    with locked(ctx):
        try:
            for name in selected:
                start_component(REGISTRY[name](ctx))
        finally:
            found = refresh_endpoints(ctx)
        if with_apps:
            apps.start_all(ctx, found)
    return found


def down(names: Iterable[str] | None = None) -> None:
    ctx = Context.load()
    selected = resolve(names)
    with locked(ctx):
        if names is None:
            apps.stop_all(ctx)
        for name in reversed(selected):
            if process.stop(ctx.paths.pidfile(name), timeout=REGISTRY[name].stop_timeout):
                say(f"stopped {name}")
        refresh_endpoints(ctx)


def reset() -> None:
    down()
    ctx = Context.load()
    say(f"wiping {ctx.paths.state}")
    shutil.rmtree(ctx.paths.state)


def status() -> list[Status]:
    ctx = Context.load()
    rows = []
    for name in ORDER:
        component = REGISTRY[name](ctx)
        pid = process.running_pid(ctx.paths.pidfile(name))
        ports = ",".join(str(p) for p in component.ports.values())
        rows.append(Status(name, pid, ports, pid is not None and component.ready()))
    rows.extend(apps.status_rows(ctx))
    return rows
