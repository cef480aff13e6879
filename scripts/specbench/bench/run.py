"""One benchmark run: load both mocks, fuzz both, time the pipeline, write bench/results.*.

Servers are started one at a time (ours, then Prism), each killed before the next starts and
whatever happens: an error, Ctrl-C, or SIGTERM/SIGHUP (turned into SystemExit here).
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from specbench.bench import fuzz, load, machine, pipeline, profile, servers
from specbench.bench.report import OURS, Results, render_json, render_markdown, targets
from specbench.bench.settings import BenchSettings
from specbench.bundle import load_bundle
from specbench.layout import BUILD, ROOT, Api, select_apis

PARTS = ("load", "fuzz", "pipeline")
OUTPUT = ROOT / "bench"
WORK = BUILD / "bench"


def _say(message: str) -> None:
    print(f"bench: {message}", flush=True)


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP end the run through the usual unwinding, so every server is killed."""

    def leave(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = {sig: signal.signal(sig, leave) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _profile(server: servers.Server, request: load.Request, settings: BenchSettings) -> Path:
    """An extra, unmeasured load run of `request` while py-spy samples our mock."""
    slug = request.scenario.split()[0].lower()
    folded = WORK / f"profile-{slug}.folded"
    sampler = profile.record(server.pid, settings.warmup + settings.seconds, folded)
    try:
        load.measure(server, request, settings, WORK)
    finally:
        sampler.wait(timeout=60)
    return folded


def run_load(api: Api, settings: BenchSettings, results: Results) -> None:
    """Both scenarios against our mock (one API, no access log), `make serve` as users run it
    (every API, access log on), the same with several workers, then against Prism."""
    document = load_bundle(api)
    starters: tuple[Callable[[Api], tuple[str, list[str], str]], ...] = (
        servers.ours,
        servers.make_serve,
        lambda api: servers.serve_workers(api, WORK / "serve-workers.sqlite3"),
        servers.prism,
    )
    for start in starters:
        name, command, base_url = start(api)
        log = WORK / f"{servers.slug(name)}.log"
        _say(f"starting {name}: {' '.join(command)} (log: {log.relative_to(ROOT)})")
        with servers.running(name, command, base_url, log) as server:
            for request in load.requests_for(base_url, document, api.name):
                measured = load.measure(server, request, settings, WORK)
                results.load.append(measured)
                _say(
                    f"{name} {request.scenario}: {measured.wrk.requests_per_second:,.0f} req/s, "
                    f"p99 {measured.wrk.latency_ms['99']:.1f} ms, "
                    f"{measured.peak_rss_bytes / 2**20:.0f} MiB, {measured.wrk.errors} errors"
                )
                if settings.profile and name == OURS:
                    folded = _profile(server, request, settings)
                    results.profiles[request.scenario] = profile.summary(folded.read_text())
                    _say(f"profiled {request.scenario}: {folded.relative_to(ROOT)}")


def _st_run_against_prism(api: Api, settings: BenchSettings) -> fuzz.FuzzResult:
    """`st run` against a fresh Prism per seed, until a run where Prism answered every case."""
    for seed in fuzz.ST_RUN_SEEDS:
        name, command, base_url = servers.prism(api)
        with servers.running(name, command, base_url, WORK / f"prism-st-run-seed-{seed}.log"):
            _say(f"`st run` with schemathesis' defaults against Prism (seed {seed})")
            result = fuzz.st_run(api, base_url, settings.fuzz_examples, WORK, seed)
        if result.transport_errors == 0:
            break
        _say(f"Prism stopped answering under seed {seed} ({result.transport_errors} cases)")
    return result


def run_fuzz(api: Api, settings: BenchSettings, results: Results) -> None:
    """schemathesis in process against our mock, then over HTTP against Prism."""
    _say(f"fuzzing our mock in process ({settings.fuzz_examples} examples per operation, mode)")
    results.fuzz.append(fuzz.in_process(api, settings.fuzz_examples))
    name, command, base_url = servers.prism(api)
    with servers.running(name, command, base_url, WORK / "prism-fuzz.log"):
        _say("fuzzing Prism over HTTP (same cases)")
        results.fuzz.append(fuzz.over_http(api, base_url, settings.fuzz_examples))
    _say(f"`make fuzz EXAMPLES={settings.fuzz_examples}` for {api.name}, as shipped")
    results.fuzz.append(fuzz.make_fuzz(api, settings.fuzz_examples, WORK))
    results.fuzz.append(_st_run_against_prism(api, settings))
    for run in results.fuzz:
        _say(f"{run.target}: {run.cases} cases in {run.seconds:.1f} s")


def run(settings: BenchSettings, parts: tuple[str, ...] = PARTS) -> Results:
    """Measure `parts`, write bench/results.md and bench/results.json, return the results."""
    (api,) = select_apis([settings.api])
    WORK.mkdir(parents=True, exist_ok=True)
    results = Results(machine.describe(), settings)
    with _stop_on_signals():
        if "load" in parts:
            run_load(api, settings, results)
        if "fuzz" in parts:
            run_fuzz(api, settings, results)
        if "pipeline" in parts:
            _say("timing make, generate, validate and a fresh in-process mock")
            results.pipeline = pipeline.measure(WORK / "pipeline.log", api)
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "results.md").write_text(render_markdown(results), encoding="utf-8")
    (OUTPUT / "results.json").write_text(render_json(results), encoding="utf-8")
    for target in targets(results):
        verdict = "met   " if target.met else "MISSED"
        _say(f"{verdict} {target.name}: {target.measured} ({target.goal})")
    _say(f"written {OUTPUT.relative_to(ROOT)}/results.md and results.json")
    return results
