"""Where our mock spends its time under load: py-spy samples it from outside (BENCH_PROFILE=1).

It runs during an extra, unmeasured load run, so the measured numbers never carry its cost (it
pauses the process for each sample: without that, stacks come out torn).
The samples are kept as collapsed stacks (`build/bench/profile-*.folded`, for any flame-graph
tool) and summed per function: the share of samples in which a function is on the stack
(inclusive) and at the top of it (self).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_LINE = re.compile(r"^(.*) (\d+)$")


@dataclass(frozen=True)
class Hotspot:
    """A function and the share of samples it was on the stack, and at its top."""

    function: str
    inclusive_percent: float
    self_percent: float


def py_spy() -> str:
    found = shutil.which("py-spy") or str(Path(__file__).resolve().parents[3] / ".venv/bin/py-spy")
    if not Path(found).exists():
        raise RuntimeError("py-spy is not installed: it is in the dev extras (`make` installs it)")
    return found


def record(pid: int, seconds: int, output: Path) -> subprocess.Popen[bytes]:
    """Start sampling `pid` for `seconds` into `output` (collapsed stacks); returns at once."""
    command = [
        py_spy(),
        "record",
        "--pid",
        str(pid),
        "--duration",
        str(seconds),
        "--rate",
        "200",
        "--function",
        "--format",
        "raw",
        "--output",
        str(output),
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def hotspots(folded: str, top: int = 12, by_self: bool = False) -> list[Hotspot]:
    """The `top` functions of `folded` (collapsed stacks) by inclusive or by self share.

    Frames on (nearly) every stack, the entry point and the event loop, say nothing: left out.
    """
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in folded.splitlines():
        match = _LINE.match(line.strip())
        if not match:
            continue
        frames, count = match.group(1).split(";"), int(match.group(2))
        total += count
        for frame in set(frames):
            inclusive[frame] += count
        own[frames[-1]] += count
    ranked = (own if by_self else inclusive).most_common()
    return [
        Hotspot(frame, round(100 * inclusive[frame] / total, 1), round(100 * own[frame] / total, 1))
        for frame, _ in ranked
        if inclusive[frame] < 0.99 * total
    ][:top]


def summary(folded: str) -> list[Hotspot]:
    """The functions worth a look: the top ten on the stack and the top eight at its top."""
    chosen = {spot.function: spot for spot in hotspots(folded, 10)}
    for spot in hotspots(folded, 8, by_self=True):
        chosen.setdefault(spot.function, spot)
    return sorted(chosen.values(), key=lambda spot: (-spot.inclusive_percent, spot.function))
