"""`make bench`: run every benchmark, print and write bench/results/latest.md."""

import asyncio
from pathlib import Path

from bench import baselines, outbox_latency, outbox_throughput
from bench.report import Result, write
from bench.stack import bench_stack

RESULTS = Path(__file__).parent / "results" / "latest.md"


async def _run() -> list[tuple[Result, str]]:
    rows: list[tuple[Result, str]] = []
    for result in await baselines.grpc_echo():
        rows.append((result, "baseline"))
    for result in await baselines.fastapi_json():
        rows.append((result, "baseline"))
    async with bench_stack() as stack:
        rows.extend(await outbox_throughput.run(stack))
        rows.extend(await outbox_latency.run(stack))
    return rows


def main() -> None:
    print(write(asyncio.run(_run()), RESULTS))


if __name__ == "__main__":
    main()
