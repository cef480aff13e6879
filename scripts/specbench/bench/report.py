"""The results of one run, judged against the issue's targets, as bench/results.{md,json}."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from specbench.bench.fuzz import FuzzResult
from specbench.bench.load import LoadResult
from specbench.bench.machine import Machine
from specbench.bench.pipeline import Timing
from specbench.bench.profile import Hotspot
from specbench.bench.settings import BenchSettings

OURS, PRISM = "ours", "Prism"
MIB = 1024 * 1024

# The targets, ratios measured in one run.
MIN_THROUGHPUT_RATIO = 3.0  # our req/s ≥ 3 x Prism's
MAX_P99_RATIO = 1 / 3  # our p99 ≤ ⅓ of Prism's
MAX_RSS_RATIO = 1 / 3  # our RSS ≤ ⅓ of Prism's
MIN_FUZZ_RATIO = 2.0  # in-process cases/s ≥ 2 x against Prism
MAX_NOOP_MAKE_SECONDS = 2.0
MAX_REGENERATE_SECONDS = 10.0


@dataclass(frozen=True)
class Target:
    """One of the issue's targets: what was measured, what was asked, whether it holds."""

    name: str
    measured: str
    goal: str
    met: bool


@dataclass
class Results:
    """Everything one `specbench bench` measured (parts not run stay empty)."""

    machine: Machine
    settings: BenchSettings
    load: list[LoadResult] = field(default_factory=list)
    fuzz: list[FuzzResult] = field(default_factory=list)
    pipeline: list[Timing] = field(default_factory=list)
    profiles: dict[str, list[Hotspot]] = field(default_factory=dict)


def _ratio(ours: float, theirs: float) -> float:
    return ours / theirs if theirs else float("inf")


def scenarios(results: Results) -> list[str]:
    """The load scenarios, in the order they ran."""
    return list(dict.fromkeys(result.scenario for result in results.load))


def pair(results: Results, scenario: str) -> tuple[LoadResult, LoadResult] | None:
    """Our result and Prism's for `scenario`, when both ran."""
    found = {r.server: r for r in results.load if r.scenario == scenario}
    if OURS in found and PRISM in found:
        return found[OURS], found[PRISM]
    return None


def targets(results: Results) -> list[Target]:
    """Every target the measured parts can judge."""
    judged: list[Target] = []
    for scenario in scenarios(results):
        both = pair(results, scenario)
        if both is None:
            continue
        ours, prism = both
        valid = ours.wrk.errors == 0 and prism.wrk.errors == 0
        rps = _ratio(ours.wrk.requests_per_second, prism.wrk.requests_per_second)
        p99 = _ratio(ours.wrk.latency_ms["99"], prism.wrk.latency_ms["99"])
        rss = _ratio(ours.peak_rss_bytes, prism.peak_rss_bytes)
        judged += [
            Target(
                f"`{scenario}` req/s ours/Prism",
                f"{rps:.2f}x",
                f"≥ {MIN_THROUGHPUT_RATIO:g}x",
                valid and rps >= MIN_THROUGHPUT_RATIO,
            ),
            Target(
                f"`{scenario}` p99 ours/Prism",
                f"{p99:.2f}x",
                f"≤ {MAX_P99_RATIO:.2f}x",
                valid and p99 <= MAX_P99_RATIO,
            ),
            Target(
                f"`{scenario}` peak RSS ours/Prism",
                f"{rss:.2f}x",
                f"≤ {MAX_RSS_RATIO:.2f}x",
                rss <= MAX_RSS_RATIO,
            ),
        ]
    if len(results.fuzz) == 2:
        ours_fuzz, prism_fuzz = results.fuzz
        ratio = _ratio(ours_fuzz.cases_per_second, prism_fuzz.cases_per_second)
        valid = ours_fuzz.transport_errors == 0 and prism_fuzz.transport_errors == 0
        judged.append(
            Target(
                "fuzzing cases/s in process / against Prism",
                f"{ratio:.2f}x",
                f"≥ {MIN_FUZZ_RATIO:g}x",
                valid and ratio >= MIN_FUZZ_RATIO,
            )
        )
    for timing in results.pipeline:
        if timing.step.startswith("`make`"):
            limit = MAX_NOOP_MAKE_SECONDS
        elif timing.step.startswith("regenerate"):
            limit = MAX_REGENERATE_SECONDS
        else:
            continue
        judged.append(
            Target(
                timing.step, f"{timing.seconds:.2f} s", f"≤ {limit:g} s", timing.seconds <= limit
            )
        )
    return judged


def _ms(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def _machine_line(machine: Machine) -> str:
    load = ", ".join(f"{value:.2f}" for value in machine.load_average)
    return (
        f"{machine.date} on {machine.cores} cores ({machine.cpu_model}), "
        f"{machine.memory_gib:g} GiB, {machine.kernel}; load average at the start {load}. "
        f"Python {machine.python}, Node {machine.node}, Prism {machine.prism}, {machine.wrk}, "
        f"{machine.uvicorn}."
    )


def _load_table(results: Results) -> list[str]:
    s = results.settings
    lines = [
        "### Mock throughput and latency",
        "",
        f"wrk `--latency -t{s.threads} -c{s.connections}`, {s.seconds} s per scenario after "
        f"{s.warmup} s of warm-up, 127.0.0.1 only. Ours: `specbench serve {s.api} "
        "--no-access-log` (one uvicorn process, access log off for the run) with request "
        "validation, auth and state on. Prism: `prism mock -v error` on the same bundle "
        f"(`build/specs/{s.api}/openapi.json`). CPU is % of one core over the measured run.",
        "",
        "| scenario | server | req/s | p50 ms | p99 ms | peak RSS MiB | errors | server CPU |"
        " wrk CPU |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for scenario in scenarios(results):
        rows = [r for r in results.load if r.scenario == scenario]
        for index, row in enumerate(rows):
            lines.append(
                f"| {f'`{scenario}`' if index == 0 else ''} | {row.server} "
                f"| {row.wrk.requests_per_second:,.0f} | {_ms(row.wrk.latency_ms['50'])} "
                f"| {_ms(row.wrk.latency_ms['99'])} | {row.peak_rss_bytes / MIB:,.0f} "
                f"| {row.wrk.errors} | {row.server_cpu_percent:.0f}% | {row.wrk_cpu_percent:.0f}% |"
            )
        both = pair(results, scenario)
        if both is not None:
            ours, prism = both
            lines.append(
                "| | **ours/Prism** "
                f"| **{_ratio(ours.wrk.requests_per_second, prism.wrk.requests_per_second):.2f}x** "
                f"| {_ratio(ours.wrk.latency_ms['50'], prism.wrk.latency_ms['50']):.2f}x "
                f"| **{_ratio(ours.wrk.latency_ms['99'], prism.wrk.latency_ms['99']):.2f}x** "
                f"| **{_ratio(ours.peak_rss_bytes, prism.peak_rss_bytes):.2f}x** | | | |"
            )
    return [*lines, ""]


def _fuzz_table(results: Results) -> list[str]:
    lines = [
        "### Fuzz throughput",
        "",
        f"schemathesis, every operation of `{results.settings.api}`, positive and negative "
        f"mode, {results.settings.fuzz_examples} examples each, derandomized, every check; "
        "cases Prism cannot answer (a non-JSON body, a body key with a control character) "
        "dropped from both runs.",
        "",
        "| target | cases | failed checks | no answer | seconds | cases/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for run in results.fuzz:
        lines.append(
            f"| {run.target} | {run.cases} | {run.check_failures} | {run.transport_errors} "
            f"| {run.seconds:.1f} | {run.cases_per_second:.1f} |"
        )
    if len(results.fuzz) == 2:
        ratio = _ratio(results.fuzz[0].cases_per_second, results.fuzz[1].cases_per_second)
        lines.append(f"| **in process / Prism** | | | | | **{ratio:.2f}x** |")
    return [*lines, ""]


def _pipeline_table(results: Results) -> list[str]:
    lines = ["### Pipeline", "", "| step | command | wall s |", "|---|---|---:|"]
    for timing in results.pipeline:
        lines.append(f"| {timing.step} | `{timing.command}` | {timing.seconds:.2f} |")
    return [*lines, ""]


def _targets_table(judged: list[Target]) -> list[str]:
    lines = ["### Targets", "", "| target | measured | goal | |", "|---|---:|---:|---|"]
    for target in judged:
        mark = "met" if target.met else "**missed**"
        lines.append(f"| {target.name} | {target.measured} | {target.goal} | {mark} |")
    return [*lines, ""]


def _profile_tables(results: Results) -> list[str]:
    lines: list[str] = []
    for scenario, spots in results.profiles.items():
        lines += [
            f"### Where our mock's time goes: `{scenario}` (py-spy)",
            "",
            "| function | on stack | self |",
            "|---|---:|---:|",
        ]
        lines += [
            f"| `{spot.function}` | {spot.inclusive_percent:.1f}% | {spot.self_percent:.1f}% |"
            for spot in spots
        ]
        lines.append("")
    return lines


def render_markdown(results: Results) -> str:
    """bench/results.md: the machine, one table per part, the targets."""
    lines = ["## Benchmark results", "", _machine_line(results.machine), ""]
    if results.load:
        lines += _load_table(results)
    if results.fuzz:
        lines += _fuzz_table(results)
    if results.pipeline:
        lines += _pipeline_table(results)
    judged = targets(results)
    if judged:
        lines += _targets_table(judged)
    lines += _profile_tables(results)
    return "\n".join(lines).rstrip() + "\n"


def to_json(results: Results) -> dict[str, Any]:
    """bench/results.json: every number measured, plus derived rates and the targets."""
    data = dataclasses.asdict(results)
    for run, raw in zip(results.fuzz, data["fuzz"], strict=True):
        raw["cases_per_second"] = run.cases_per_second
    data["targets"] = [dataclasses.asdict(target) for target in targets(results)]
    return data


def render_json(results: Results) -> str:
    return json.dumps(to_json(results), indent=2, ensure_ascii=False) + "\n"
