"""Results and the markdown table `make bench` writes."""

import platform
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    baseline: str = ""
    baseline_value: float = 0.0
    goal: str = ""
    higher_is_better: bool = True

    @property
    def ratio(self) -> float | None:
        if not self.baseline_value:
            return None
        return self.value / self.baseline_value


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile of the samples."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def markdown(results: list[tuple[Result, str]]) -> str:
    """One table: what, value, baseline, ratio, goal, verdict."""
    lines = [
        f"# Benchmarks — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.machine()}, Python {platform.python_version()}",
        "",
        "| benchmark | value | baseline (same run) | ratio | goal | verdict |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for result, verdict in results:
        base = f"{result.baseline}: {result.baseline_value:,.1f}" if result.baseline else "—"
        ratio = f"{result.ratio:.2f}" if result.ratio is not None else "—"
        lines.append(
            f"| {result.name} | {result.value:,.1f} {result.unit} | {base} | {ratio} "
            f"| {result.goal or '—'} | {verdict or '—'} |"
        )
    return "\n".join(lines) + "\n"


def write(results: list[tuple[Result, str]], path: Path) -> str:
    text = markdown(results)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return text
