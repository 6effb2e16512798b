"""`make bench`: run every benchmark, print and write bench/results/latest.md."""

import asyncio
from pathlib import Path

from bench import baselines
from bench.report import Result, write

RESULTS = Path(__file__).parent / "results" / "latest.md"


async def _run() -> list[tuple[Result, str]]:
    rows: list[tuple[Result, str]] = []
    for result in await baselines.grpc_echo():
        rows.append((result, "baseline"))
    for result in await baselines.fastapi_json():
        rows.append((result, "baseline"))
    return rows


def main() -> None:
    print(write(asyncio.run(_run()), RESULTS))


if __name__ == "__main__":
    main()
