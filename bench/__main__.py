"""`make bench`: run every benchmark, print and write bench/results/latest.md.

`python -m bench NAME...` runs only the named ones (baselines, gateway_auth,
gateway_login, identity_authorize, outbox_throughput, outbox_latency, notifications);
the local stack is started only if one of them needs it.
"""

import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench import (
    baselines,
    gateway_auth,
    gateway_login,
    identity_authorize,
    notifications_throughput,
    outbox_latency,
    outbox_throughput,
)
from bench.report import Result, write
from bench.stack import BenchStack, bench_stack

RESULTS = Path(__file__).parent / "results" / "latest.md"

type Rows = list[tuple[Result, str]]

ON_STACK: dict[str, Callable[[BenchStack], Awaitable[Rows]]] = {
    "outbox_throughput": outbox_throughput.run,
    "outbox_latency": outbox_latency.run,
    "notifications": notifications_throughput.run,
}
NAMES = ("baselines", "gateway_auth", "gateway_login", "identity_authorize", *ON_STACK)


async def _run(selected: tuple[str, ...] = NAMES) -> Rows:
    rows: Rows = []
    if "baselines" in selected:
        for result in await baselines.grpc_echo():
            rows.append((result, "baseline"))
        for result in await baselines.fastapi_json():
            rows.append((result, "baseline"))
    if "gateway_auth" in selected:
        rows.extend(await gateway_auth.run())
    if "gateway_login" in selected:
        rows.extend(await gateway_login.run())
    if "identity_authorize" in selected:
        rows.extend(await identity_authorize.run())
    on_stack = [run for name, run in ON_STACK.items() if name in selected]
    if on_stack:
        async with bench_stack() as stack:
            for run in on_stack:
                rows.extend(await run(stack))
    return rows


def main() -> None:
    selected = tuple(sys.argv[1:]) or NAMES
    unknown = sorted(set(selected) - set(NAMES))
    if unknown:
        sys.exit(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(NAMES)}")
    print(write(asyncio.run(_run(selected)), RESULTS))


if __name__ == "__main__":
    main()
