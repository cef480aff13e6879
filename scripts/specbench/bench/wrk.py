"""wrk, the load generator: the Lua script of one request, the command, and its `--latency` output.

wrk (Debian's, installed by `make bench`) is written in C with an event loop per thread; one
thread sends far more requests per second than either mock answers, so it is not the bottleneck
(`run` records the CPU it used, and the report shows it beside the server's).
"""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

# wrk prints times with these units (src/units.c).
_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_PERCENTILE = re.compile(r"^\s*(\d+(?:\.\d+)?)%\s+(\d+(?:\.\d+)?)(us|ms|s|m|h)\s*$")
_TOTAL = re.compile(r"^\s*(\d+) requests in (\d+(?:\.\d+)?)(us|ms|s|m|h),")
_RATE = re.compile(r"^Requests/sec:\s+(\d+(?:\.\d+)?)\s*$")
_NON_2XX = re.compile(r"^\s*Non-2xx or 3xx responses: (\d+)\s*$")
_SOCKET = re.compile(
    r"^\s*Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)\s*$"
)


class WrkError(RuntimeError):
    """wrk failed, or printed something this parser does not understand."""


@dataclass(frozen=True)
class WrkResult:
    """What one wrk run measured. Latencies in milliseconds, keyed by percentile ("50", "99")."""

    requests: int
    seconds: float
    requests_per_second: float
    latency_ms: dict[str, float]
    non_2xx: int = 0
    socket_errors: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        """Answers that were not 2xx/3xx plus failed connections, reads, writes and timeouts."""
        return self.non_2xx + sum(self.socket_errors.values())


def _percentile_key(raw: str) -> str:
    return raw[:-2] if raw.endswith(".0") else raw


def parse(output: str) -> WrkResult:
    """Read `wrk --latency` output: total, rate, latency distribution, errors."""
    latency: dict[str, float] = {}
    requests: int | None = None
    seconds: float | None = None
    rate: float | None = None
    non_2xx = 0
    socket_errors: dict[str, int] = {}
    in_distribution = False
    for line in output.splitlines():
        if line.strip() == "Latency Distribution":
            in_distribution = True
            continue
        percentile = _PERCENTILE.match(line)
        if in_distribution and percentile:
            value, unit = float(percentile.group(2)), percentile.group(3)
            latency[_percentile_key(percentile.group(1))] = value * _TIME_UNITS_MS[unit]
            continue
        in_distribution = False
        if total := _TOTAL.match(line):
            requests = int(total.group(1))
            seconds = float(total.group(2)) * _TIME_UNITS_MS[total.group(3)] / 1000
        elif match := _RATE.match(line):
            rate = float(match.group(1))
        elif match := _NON_2XX.match(line):
            non_2xx = int(match.group(1))
        elif match := _SOCKET.match(line):
            names = ("connect", "read", "write", "timeout")
            socket_errors = {name: int(match.group(i + 1)) for i, name in enumerate(names)}
    missing = [
        name
        for name, value in (("requests", requests), ("Requests/sec", rate), ("seconds", seconds))
        if value is None
    ] + [f"{p}% latency" for p in ("50", "99") if p not in latency]
    if missing or requests is None or seconds is None or rate is None:
        raise WrkError(f"wrk output lacks {', '.join(missing)}:\n{output}")
    return WrkResult(requests, seconds, rate, latency, non_2xx, socket_errors)


def lua_string(text: str) -> str:
    """`text` as a Lua string literal: printable ASCII as is, every other byte as \\ddd."""
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        out.append(char if 32 <= byte < 127 and char not in '"\\' else f"\\{byte:03d}")
    return '"' + "".join(out) + '"'


def script(method: str, headers: dict[str, str], body: str | None = None) -> str:
    """The Lua script that makes every wrk request `method` with `headers` (and `body`)."""
    lines = [f"wrk.method = {lua_string(method)}"]
    lines += [f"wrk.headers[{lua_string(k)}] = {lua_string(v)}" for k, v in headers.items()]
    if body is not None:
        lines.append(f"wrk.body = {lua_string(body)}")
    return "\n".join(lines) + "\n"


def executable() -> str:
    """The wrk on PATH; `make bench` installs Debian's."""
    found = shutil.which("wrk")
    if found is None:
        raise WrkError("wrk is not installed: run `make bench` (it installs Debian's wrk)")
    return found


@dataclass(frozen=True)
class WrkRun:
    """A finished wrk run: its parsed result and the CPU time wrk itself used."""

    result: WrkResult
    cpu_seconds: float


def run(
    url: str, lua: Path, seconds: int, threads: int, connections: int, timeout: int = 5
) -> WrkRun:
    """Load `url` for `seconds` with the request of `lua`; wrk's own CPU time comes from rusage."""
    command = [
        executable(),
        "--latency",
        "--threads",
        str(threads),
        "--connections",
        str(connections),
        "--duration",
        f"{seconds}s",
        "--timeout",
        f"{timeout}s",
        "--script",
        str(lua),
        url,
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise WrkError(f"wrk exited with {done.returncode}:\n{done.stdout}{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return WrkRun(parse(done.stdout), cpu)
