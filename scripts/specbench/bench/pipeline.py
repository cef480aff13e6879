"""Wall time of the everyday commands: `make` with nothing to do, regenerating every client,
validating every spec. Each runs as a user runs it, from the repository, its output kept in a log.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from specbench.layout import ROOT, Api, discover_apis

# A `make` started by `make bench` would inherit the outer make's flags and jobserver.
_MAKE_VARIABLES = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "MAKE_TERMOUT")


@dataclass(frozen=True)
class Timing:
    """One command and how long it took, wall clock."""

    step: str
    command: str
    seconds: float


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in _MAKE_VARIABLES}


def timed(step: str, command: list[str], log: Path) -> Timing:
    """Run `command` in the repository (output appended to `log`); fail if it fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as output:
        output.write(f"$ {' '.join(command)}\n".encode())
        output.flush()
        started = time.perf_counter()
        done = subprocess.run(
            command, cwd=ROOT, env=_environment(), stdout=output, stderr=subprocess.STDOUT
        )
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"`{' '.join(command)}` exited with {done.returncode}; see {log}")
    return Timing(step, " ".join(command), seconds)


def fresh_mock(api: Api, repeats: int = 20) -> Timing:
    """A new in-process mock of `api` once its compiled operations are cached (what a test
    fixture pays per test): the median of `repeats` constructions after a first, untimed one."""
    from specbench.testing import MockApi

    MockApi(api.name).close()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        mock = MockApi(api.name)
        samples.append(time.perf_counter() - started)
        mock.close()
    return Timing(
        f"fresh in-process mock ({api.name}, compiled operations cached)",
        f"specbench.testing.MockApi({api.name!r}), median of {repeats}",
        statistics.median(samples),
    )


def measure(log: Path, api: Api) -> list[Timing]:
    """`make` twice (the first brings everything up to date, the second is timed), then
    `specbench generate` and `specbench validate` of every API, then a fresh mock of `api`."""
    specbench = str(Path(".venv") / "bin" / "specbench")
    count = len(discover_apis())
    timed("make (settling)", ["make"], log)
    return [
        timed("`make` with nothing changed", ["make"], log),
        timed(f"regenerate all {count} clients", [specbench, "generate"], log),
        timed(f"validate all {count} specs", [specbench, "validate"], log),
        fresh_mock(api),
    ]
