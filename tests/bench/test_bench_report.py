"""`make bench`'s results: targets judged, bench/results.md and .json rendered, small helpers."""

from __future__ import annotations

import dataclasses
import json

from specbench.bench.fuzz import FuzzResult, cases_without_answer, printable_keys
from specbench.bench.load import LoadResult
from specbench.bench.machine import Machine, cpu_model
from specbench.bench.pipeline import Timing
from specbench.bench.profile import hotspots, summary
from specbench.bench.report import Results, render_json, render_markdown, targets
from specbench.bench.settings import BenchSettings, from_environment
from specbench.bench.wrk import WrkResult

MIB = 1024 * 1024
GET = "GET /v1/chat/users/{id}"


def machine() -> Machine:
    return Machine(
        date="2026-01-01 00:00 UTC",
        cores=2,
        cpu_model="AMD EPYC",
        memory_gib=23.5,
        kernel="Linux 6.1",
        load_average=(0.1, 0.2, 0.3),
        python="3.11.7",
        node="v20.20.2",
        prism="5.16.0",
        wrk="wrk debian/4.1.0-3+b2",
        uvicorn="uvicorn 0.54.0 (h11, asyncio)",
    )


def loaded(server: str, rps: float, p99: float, rss_mib: int, errors: int = 0) -> LoadResult:
    return LoadResult(
        server=server,
        scenario=GET,
        wrk=WrkResult(int(rps * 10), 10.0, rps, {"50": p99 / 3, "99": p99}, non_2xx=errors),
        peak_rss_bytes=rss_mib * MIB,
        server_cpu_percent=99.0,
        wrk_cpu_percent=12.0,
    )


def results() -> Results:
    return Results(
        machine=machine(),
        settings=BenchSettings(),
        load=[
            loaded("ours", 9000, 3.0, 40),
            loaded("ours, `make serve`", 6000, 4.0, 50),
            loaded("Prism", 2900, 20.0, 160),
        ],
        fuzz=[
            FuzzResult("ours, in process (ASGI)", 880, 0, 0, 0, 20.0),
            FuzzResult("Prism, over HTTP", 880, 300, 0, 0, 22.0),
            FuzzResult("`make fuzz` as shipped", 3000, 0, 0, 0, 30.0),
            FuzzResult("`st run` (defaults) against Prism", 1000, 1, 0, 0, 25.0),
        ],
        pipeline=[
            Timing("`make` with nothing changed", "make", 0.2),
            Timing("regenerate all 4 clients", ".venv/bin/specbench generate", 11.5),
            Timing("validate all 4 specs", ".venv/bin/specbench validate", 3.0),
            Timing("fresh in-process mock (botpress)", "build_mock_app('botpress')", 0.004),
        ],
    )


def verdicts(judged: Results) -> dict[str, bool]:
    return {target.name: target.met for target in targets(judged)}


def test_targets_judge_every_ratio_and_timing() -> None:
    assert verdicts(results()) == {
        f"`{GET}` req/s ours/Prism": False,  # 3.10x, the goal is 5x
        f"`{GET}` p99 ours/Prism": True,  # 0.15x
        f"`{GET}` peak RSS ours/Prism": True,  # 0.25x
        f"`{GET}` req/s `make serve`/Prism": False,  # 2.07x
        "fuzzing cases/s `make fuzz` / `st run` against Prism": True,  # 2.5x
        "`make` with nothing changed": True,
        "regenerate all 4 clients": False,
        "fresh in-process mock (botpress)": True,
    }


def test_a_run_with_errors_meets_no_throughput_target() -> None:
    broken = results()
    broken.load[0] = loaded("ours", 9000, 3.0, 40, errors=5)
    judged = verdicts(broken)
    assert not judged[f"`{GET}` req/s ours/Prism"]
    assert not judged[f"`{GET}` p99 ours/Prism"]


def test_a_fuzz_run_that_lost_prism_meets_no_fuzz_target() -> None:
    lost = results()
    lost.fuzz[3] = FuzzResult("`st run` (defaults) against Prism", 600, 1, 3, 0, 25.0, seed="5")
    target = next(t for t in targets(lost) if t.name.startswith("fuzzing cases/s"))
    assert not target.met and target.measured == "4.17x (a run lost its server)"
    assert "--seed 5`" in render_markdown(lost)


def test_st_run_cases_without_answer_are_read_from_its_summary() -> None:
    summary = (
        "Errors:\n  \x1b[31m🚫 Network Error: 2\x1b[0m\n  🚫 Server Unavailable: 1\n\n"
        "Test cases:\n  675 generated, 44 found 44 unique failures, 2 errored, 278 skipped\n"
    )
    assert cases_without_answer(summary) == 3
    assert cases_without_answer("Test cases:\n  1256 generated, 1212 passed\n") == 0


def test_markdown_has_the_machine_each_table_and_the_ratios() -> None:
    text = render_markdown(results())
    assert "on 2 cores (AMD EPYC)" in text
    assert "Node v20.20.2, Prism 5.16.0" in text
    assert f"| `{GET}` | ours | 9,000 | 1.00 | 3.00 | 40 | 0 | 99% | 12% |" in text
    assert "| | **ours/Prism** | **3.10x** | 0.15x | **0.15x** | **0.25x** | | | |" in text
    assert "| | **ours, `make serve`/Prism** | **2.07x** |" in text
    assert "| **in process / Prism** | | | | | **1.10x** |" in text
    assert "| **`make fuzz` / `st run` against Prism** | | | | | **2.50x** |" in text
    assert "| regenerate all 4 clients | `.venv/bin/specbench generate` | 11.50 |" in text
    assert "| regenerate all 4 clients | 11.50 s | ≤ 4.00 s | **missed** |" in text
    assert "| fresh in-process mock (botpress) | 4.0 ms | ≤ 50.0 ms | met |" in text


def test_markdown_explains_what_our_stored_users_cost() -> None:
    run = results()
    post = dataclasses.replace(
        run.load[0],
        scenario="POST /v1/chat/users",
        wrk=WrkResult(50_000, 10.0, 5000.0, {"50": 1.0, "99": 3.0}),
        peak_rss_bytes=40 * MIB + 60_000 * 400,  # 400 bytes for each of 60,000 users
    )
    run.load.append(post)
    markdown = render_markdown(run)
    # 5,000 req/s over 10 s measured + 2 s warm-up: 60,000 users, each 400 bytes.
    assert "stored about 60,000 users" in markdown
    assert "about 400 bytes per user" in markdown
    assert "bytes per user" not in render_markdown(results())  # no POST run: nothing to say


def test_markdown_leaves_out_parts_that_did_not_run() -> None:
    text = render_markdown(Results(machine(), BenchSettings(), pipeline=results().pipeline))
    assert "### Pipeline" in text
    assert "Mock throughput" not in text and "Fuzz throughput" not in text


def test_json_holds_every_number_and_the_targets() -> None:
    data = json.loads(render_json(results()))
    assert data["machine"]["cpu_model"] == "AMD EPYC"
    assert data["settings"]["seconds"] == 10
    assert data["load"][2]["wrk"]["requests_per_second"] == 2900
    assert data["fuzz"][0]["cases_per_second"] == 44.0
    assert len(data["targets"]) == 8


def test_settings_come_from_the_environment() -> None:
    settings = from_environment({"BENCH_SECONDS": "3", "BENCH_WARMUP": "0", "BENCH_PROFILE": "1"})
    assert (settings.seconds, settings.warmup, settings.profile) == (3, 0, True)
    assert from_environment({}) == BenchSettings()


def test_cpu_model_is_read_from_cpuinfo() -> None:
    assert cpu_model("processor\t: 0\nmodel name\t: AMD EPYC 7B13\n") == "AMD EPYC 7B13"
    assert cpu_model("") == "unknown"


def test_hotspots_rank_functions_and_drop_the_ones_on_every_stack() -> None:
    folded = "main;serve;handle;validate 30\nmain;serve;handle 10\nmain;serve;write 60\n"
    ranked = hotspots(folded)
    assert [spot.function for spot in ranked] == ["write", "handle", "validate"]
    assert (ranked[1].inclusive_percent, ranked[1].self_percent) == (40.0, 10.0)
    assert [spot.function for spot in summary(folded)] == ["write", "handle", "validate"]


def test_fuzz_drops_body_keys_prism_would_choke_on() -> None:
    assert printable_keys({"tags": {"whatsapp:userId": "é\n"}, "list": [{"a": 1}]})
    assert not printable_keys({"tags": {"a\x0b": "x"}})
    assert not printable_keys([{"日": 1}])
