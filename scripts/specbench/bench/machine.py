"""What a benchmark ran on: CPU, memory, load, and the versions of everything measured."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import platform
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from specbench.layout import NODE_BIN


@dataclass(frozen=True)
class Machine:
    """Recorded beside the numbers: they mean little without it."""

    date: str
    cores: int
    cpu_model: str
    memory_gib: float
    kernel: str
    load_average: tuple[float, float, float]  # at the start of the run
    python: str
    node: str
    prism: str
    wrk: str
    uvicorn: str  # version and the HTTP parser and event loop it picked


def cpu_model(cpuinfo: str) -> str:
    """The first `model name` of /proc/cpuinfo's text."""
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name":
            return value.strip()
    return "unknown"


def _memory_gib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return round(int(line.split()[1]) / 1024 / 1024, 1)
    return 0.0


def _first_line(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except OSError:
        return "not installed"
    lines = (done.stdout + done.stderr).strip().splitlines()
    return lines[0].strip() if lines else "unknown"


def uvicorn_stack() -> str:
    """uvicorn's version and what `--http auto` / `--loop auto` resolve to here."""
    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return f"uvicorn {importlib.metadata.version('uvicorn')} ({http}, {loop})"


def describe() -> Machine:
    """The machine this process runs on, now."""
    load = os.getloadavg()
    return Machine(
        date=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        cores=os.cpu_count() or 0,
        cpu_model=cpu_model(Path("/proc/cpuinfo").read_text()),
        memory_gib=_memory_gib(),
        kernel=f"{platform.system()} {platform.release()}",
        load_average=(round(load[0], 2), round(load[1], 2), round(load[2], 2)),
        python=platform.python_version(),
        node=_first_line(["node", "--version"]),
        prism=_first_line([str(NODE_BIN / "prism"), "--version"]),
        wrk=_first_line(["wrk", "--version"]).split(" [")[0],
        uvicorn=uvicorn_stack(),
    )
