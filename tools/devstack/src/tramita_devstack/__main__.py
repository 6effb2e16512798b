"""`tramita-stack`: install, start, stop and inspect Tramita's local stack."""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
import time

from tramita_devstack import api, apps, config, stack
from tramita_devstack.components import ORDER, REGISTRY, Context
from tramita_devstack.console import say
from tramita_devstack.process import StackError


def _print_summary(ctx: Context, names: list[str]) -> None:
    print("\nTramita local stack is up:")
    for name in names:
        for line in REGISTRY[name](ctx).urls():
            print(f"  {line}")
    for line in apps.urls(ctx):
        print(f"  {line}")
    print(f"\n  state: {ctx.paths.state}   (secrets in {ctx.paths.secrets_file.name})")
    print('  shell: eval "$(uv run tramita-stack env)"')


def cmd_install(args: argparse.Namespace) -> None:
    started = time.monotonic()
    stack.install(args.components or None)
    say(f"install finished in {time.monotonic() - started:.0f}s")


def cmd_up(args: argparse.Namespace) -> None:
    started = time.monotonic()
    found = stack.up(args.components or None, with_apps=not args.components)
    say(f"up in {time.monotonic() - started:.1f}s")
    _print_summary(Context.load(), list(found.running))


def cmd_down(args: argparse.Namespace) -> None:
    stack.down(args.components or None)


def cmd_reset(args: argparse.Namespace) -> None:
    if not (args.yes or config.is_ci() or not sys.stdin.isatty()):
        answer = input("Stop the stack and delete all local data? [y/N] ")
        if answer.strip().lower() not in {"y", "yes"}:
            return
    stack.reset()


def cmd_status(args: argparse.Namespace) -> None:
    rows = stack.status()
    print(f"{'COMPONENT':<16} {'PID':>8}  {'PORTS':<14} STATE")
    for row in rows:
        pid = str(row.pid) if row.pid else "-"
        print(f"{row.component:<16} {pid:>8}  {row.ports:<14} {'up' if row.up else 'down'}")


def cmd_logs(args: argparse.Namespace) -> None:
    paths = config.paths()
    names = args.components or [p.stem for p in sorted(paths.logs.glob("*.log"))]
    files = [str(paths.log(n)) for n in names if paths.log(n).exists()]
    if not files:
        raise StackError(f"no logs yet in {paths.logs}")
    follow = args.follow or (sys.stdout.isatty() and not config.is_ci())
    tail = shutil.which("tail")
    if tail is None:
        raise StackError("`tail` not found")
    argv = [tail, "-n", str(args.lines), *(["-F"] if follow else []), *files]
    os.execv(tail, argv)  # noqa: S606 (fixed binary, no shell)


def cmd_env(args: argparse.Namespace) -> None:
    for key, value in api.endpoints().env().items():
        print(f"export {key}={shlex.quote(value)}")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="tramita-stack", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)
    comps = f"components ({', '.join(ORDER)}); default: all"
    for name, func, helptext in (
        ("install", cmd_install, "download/build everything, start nothing"),
        ("up", cmd_up, "install if needed, start, wait until ready, print URLs"),
        ("down", cmd_down, "stop (gracefully, then kill)"),
    ):
        cmd = sub.add_parser(name, help=helptext)
        cmd.add_argument("components", nargs="*", help=comps)
        cmd.set_defaults(func=func)
    sub.add_parser("status", help="component, pid, ports, up/down").set_defaults(func=cmd_status)
    logs = sub.add_parser("logs", help="tail the logs")
    logs.add_argument("components", nargs="*", help="e.g. kafka; default: all")
    logs.add_argument("-n", "--lines", type=int, default=50)
    logs.add_argument("-f", "--follow", action="store_true", help="follow (default on a tty)")
    logs.set_defaults(func=cmd_logs)
    reset = sub.add_parser("reset", help="down, then wipe the state directory")
    reset.add_argument("-y", "--yes", action="store_true", help="do not ask")
    reset.set_defaults(func=cmd_reset)
    sub.add_parser("env", help="print export lines for the running stack").set_defaults(
        func=cmd_env
    )
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        args.func(args)
    except (StackError, RuntimeError, ValueError) as err:
        print(f"tramita-stack: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
