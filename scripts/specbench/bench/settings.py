"""What `make bench` measures and for how long; every knob can be set from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class BenchSettings:
    """One benchmark run's parameters (recorded in bench/results.json)."""

    seconds: int = 10  # BENCH_SECONDS: measured duration of each load scenario
    warmup: int = 2  # BENCH_WARMUP: unmeasured load before each scenario
    threads: int = 1  # BENCH_THREADS: wrk threads (one keeps up with either mock; see README)
    connections: int = 10  # BENCH_CONNECTIONS: wrk's open connections, the same for both
    fuzz_examples: int = 25  # BENCH_FUZZ_EXAMPLES: cases per operation and generation mode
    profile: bool = False  # BENCH_PROFILE=1: sample our mock with py-spy under each load
    api: str = "botpress"  # the spec both mocks serve


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise SystemExit(f"{name} must be a whole number ≥ 1, not {raw!r}")
    return int(raw)


def from_environment(env: Mapping[str, str] = os.environ) -> BenchSettings:
    """The defaults, overridden by BENCH_SECONDS, BENCH_WARMUP, BENCH_THREADS … when set."""
    defaults = BenchSettings()
    warmup_raw = env.get("BENCH_WARMUP", "").strip()
    return BenchSettings(
        seconds=_positive(env, "BENCH_SECONDS", defaults.seconds),
        warmup=int(warmup_raw) if warmup_raw.isdigit() else defaults.warmup,
        threads=_positive(env, "BENCH_THREADS", defaults.threads),
        connections=_positive(env, "BENCH_CONNECTIONS", defaults.connections),
        fuzz_examples=_positive(env, "BENCH_FUZZ_EXAMPLES", defaults.fuzz_examples),
        profile=env.get("BENCH_PROFILE", "") not in ("", "0"),
    )
