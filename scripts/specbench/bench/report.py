"""The results of one run, judged against the issue's targets, as bench/results.{md,json}."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from specbench.bench.fuzz import (
    IN_PROCESS,
    MAKE_FUZZ,
    OVER_HTTP,
    ST_RUN_PRISM,
    ST_RUN_SEEDS,
    FuzzResult,
)
from specbench.bench.load import LoadResult
from specbench.bench.machine import Machine
from specbench.bench.pipeline import Timing
from specbench.bench.profile import Hotspot
from specbench.bench.settings import BenchSettings

OURS, PRISM = "ours", "Prism"
MAKE_SERVE = "ours, `make serve`"  # every API mounted, access log on (servers.MAKE_SERVE)
MIB = 1024 * 1024

# The targets, ratios measured in one run.
MIN_THROUGHPUT_RATIO = {"GET": 5.0, "POST": 4.0}  # our req/s ≥ N x Prism's, per method
MIN_MAKE_SERVE_RATIO = 3.0  # `make serve` as users run it: req/s ≥ 3 x Prism's
MAX_P99_RATIO = 0.25  # our p99 ≤ ¼ of Prism's
MAX_RSS_RATIO = 1 / 3  # our RSS ≤ ⅓ of Prism's
MIN_FUZZ_RATIO = 2.0  # `make fuzz` cases/s ≥ 2 x `st run` (defaults) against Prism
MAX_NOOP_MAKE_SECONDS = 2.0
MAX_REGENERATE_SECONDS = 4.0
MAX_FRESH_MOCK_SECONDS = 0.050


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


def pair(results: Results, scenario: str, ours: str = OURS) -> tuple[LoadResult, LoadResult] | None:
    """Our result (of the server named `ours`) and Prism's for `scenario`, when both ran."""
    found = {r.server: r for r in results.load if r.scenario == scenario}
    if ours in found and PRISM in found:
        return found[ours], found[PRISM]
    return None


def fuzz_run(results: Results, target: str) -> FuzzResult | None:
    return next((run for run in results.fuzz if run.target == target), None)


def _throughput_goal(scenario: str) -> float:
    return MIN_THROUGHPUT_RATIO.get(scenario.split()[0], max(MIN_THROUGHPUT_RATIO.values()))


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
        goal = _throughput_goal(scenario)
        judged += [
            Target(
                f"`{scenario}` req/s ours/Prism",
                f"{rps:.2f}x",
                f"≥ {goal:g}x",
                valid and rps >= goal,
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
    for scenario in scenarios(results):
        served = pair(results, scenario, MAKE_SERVE)
        if served is None:
            continue
        ours, prism = served
        rps = _ratio(ours.wrk.requests_per_second, prism.wrk.requests_per_second)
        judged.append(
            Target(
                f"`{scenario}` req/s `make serve`/Prism",
                f"{rps:.2f}x",
                f"≥ {MIN_MAKE_SERVE_RATIO:g}x",
                ours.wrk.errors == 0 and prism.wrk.errors == 0 and rps >= MIN_MAKE_SERVE_RATIO,
            )
        )
    shipped, theirs = fuzz_run(results, MAKE_FUZZ), fuzz_run(results, ST_RUN_PRISM)
    if shipped is not None and theirs is not None:
        ratio = _ratio(shipped.cases_per_second, theirs.cases_per_second)
        comparable = shipped.transport_errors == 0 and theirs.transport_errors == 0
        judged.append(
            Target(
                "fuzzing cases/s `make fuzz` / `st run` against Prism",
                f"{ratio:.2f}x" if comparable else f"{ratio:.2f}x (a run lost its server)",
                f"≥ {MIN_FUZZ_RATIO:g}x",
                comparable and ratio >= MIN_FUZZ_RATIO,
            )
        )
    for timing in results.pipeline:
        if timing.step.startswith("`make`"):
            limit = MAX_NOOP_MAKE_SECONDS
        elif timing.step.startswith("regenerate"):
            limit = MAX_REGENERATE_SECONDS
        elif timing.step.startswith("fresh in-process mock"):
            limit = MAX_FRESH_MOCK_SECONDS
        else:
            continue
        judged.append(
            Target(
                timing.step,
                _seconds(timing.seconds),
                f"≤ {_seconds(limit)}",
                timing.seconds <= limit,
            )
        )
    return judged


def _seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


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
        "validation, auth and state on; `make serve`: `specbench serve` as users run it (every "
        "API mounted, access log on, written to a file); `--workers 2 --db`: the same with two "
        "server processes sharing one SQLite file. Prism: `prism mock -v error` on the same "
        f"bundle (`build/specs/{s.api}/openapi.json`). CPU is % of one core over the measured "
        "run (all processes of the server).",
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
        for variant in dict.fromkeys(row.server for row in rows if row.server != PRISM):
            both = pair(results, scenario, variant)
            if both is None:
                continue
            ours, prism = both
            lines.append(
                f"| | **{variant}/Prism** "
                f"| **{_ratio(ours.wrk.requests_per_second, prism.wrk.requests_per_second):.2f}x** "
                f"| {_ratio(ours.wrk.latency_ms['50'], prism.wrk.latency_ms['50']):.2f}x "
                f"| **{_ratio(ours.wrk.latency_ms['99'], prism.wrk.latency_ms['99']):.2f}x** "
                f"| **{_ratio(ours.peak_rss_bytes, prism.peak_rss_bytes):.2f}x** | | | |"
            )
    return [*lines, "", *_storage_note(results)]


def _storage_note(results: Results) -> list[str]:
    """Why our POST peak RSS exceeds our GET's: every created user is kept (Prism keeps none).
    The users stored are estimated from the measured run's rate over warm-up and run."""
    by_method = {
        row.scenario.split()[0]: row
        for row in results.load
        if row.server == OURS and row.scenario.split()[0] in ("GET", "POST")
    }
    if set(by_method) != {"GET", "POST"}:
        return []
    get, post = by_method["GET"], by_method["POST"]
    s = results.settings
    stored = post.wrk.requests_per_second * (s.seconds + s.warmup)
    grown = post.peak_rss_bytes - get.peak_rss_bytes
    if stored <= 0 or grown <= 0:
        return []
    return [
        f"Our mock keeps every user it creates; Prism answers its example and keeps nothing. "
        f"Over the POST scenario (warm-up included) `{OURS}` stored about {stored:,.0f} users and "
        f"its peak RSS grew by {grown / MIB:,.0f} MiB over the GET scenario's, about "
        f"{grown / stored:,.0f} bytes per user: its POST RSS ratio depends on how many requests "
        "it answered, not only on what it needs to run.",
        "",
    ]


def _st_run_seed(results: Results) -> str:
    """The seed of the reported `st run` (the first of `ST_RUN_SEEDS` before any run)."""
    run = fuzz_run(results, ST_RUN_PRISM)
    return run.seed if run is not None and run.seed else ST_RUN_SEEDS[0]


def _fuzz_table(results: Results) -> list[str]:
    lines = [
        "### Fuzz throughput",
        "",
        f"schemathesis, every operation of `{results.settings.api}`, "
        f"{results.settings.fuzz_examples} examples each. The same cases both ways: "
        "positive and negative mode, derandomized, every check; cases Prism cannot answer (a "
        "non-JSON body, a body key with a control character) dropped from both runs. Each tool "
        f"as shipped: `make fuzz EXAMPLES={results.settings.fuzz_examples}` limited to "
        f"`{results.settings.api}` (pytest-xdist workers, every phase and check, stateful links "
        f"included) against `st run --max-examples {results.settings.fuzz_examples} --seed "
        f"{_st_run_seed(results)}` with schemathesis' defaults otherwise, against `prism mock`, "
        "with one hook that drops the cases Prism cannot survive, as above (without it a "
        "case kills Prism partway under any `--seed` tried); a run that still lost Prism is "
        "made again with a fresh Prism and the next `--seed`. Each tool generates "
        "its own cases (`st run` stops an operation at its first failure), so their counts "
        "differ; compare cases/s.",
        "",
        "| target | cases | failed checks | no answer | seconds | cases/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for run in results.fuzz:
        lines.append(
            f"| {run.target} | {run.cases} | {run.check_failures} | {run.transport_errors} "
            f"| {run.seconds:.1f} | {run.cases_per_second:.1f} |"
        )
    for mine, theirs, label in (
        (IN_PROCESS, OVER_HTTP, "in process / Prism"),
        (MAKE_FUZZ, ST_RUN_PRISM, "`make fuzz` / `st run` against Prism"),
    ):
        ours_run, prism_run = fuzz_run(results, mine), fuzz_run(results, theirs)
        if ours_run is not None and prism_run is not None:
            ratio = _ratio(ours_run.cases_per_second, prism_run.cases_per_second)
            lines.append(f"| **{label}** | | | | | **{ratio:.2f}x** |")
    return [*lines, ""]


def _pipeline_table(results: Results) -> list[str]:
    lines = ["### Pipeline", "", "| step | command | wall s |", "|---|---|---:|"]
    for timing in results.pipeline:
        shown = f"{timing.seconds:.4f}" if timing.seconds < 0.1 else f"{timing.seconds:.2f}"
        lines.append(f"| {timing.step} | `{timing.command}` | {shown} |")
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
