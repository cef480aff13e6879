"""Start a mock server on loopback, wait until it answers, measure it through /proc, stop it.

Every server runs in its own process group and is killed with it when the `with` block ends,
whatever happened inside (an exception, Ctrl-C, or SIGTERM turned into SystemExit by `run`).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from specbench.bundle import mock_root
from specbench.layout import NODE_BIN, ROOT, Api

HOST = "127.0.0.1"
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Server:
    """A running mock: its name, the base URL of the API it serves, and its process id."""

    name: str
    base_url: str
    pid: int
    command: tuple[str, ...]


def slug(name: str) -> str:
    """A server's name as a file name: "ours, `make serve`" becomes "ours-make-serve"."""
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def free_port() -> int:
    """A port nothing listens on right now on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


SPECBENCH = ROOT / ".venv" / "bin" / "specbench"

# The names of our servers in the results (`report` compares each with Prism).
OURS = "ours"
MAKE_SERVE = "ours, `make serve`"
WORKERS = 2
SERVE_WORKERS = f"ours, `make serve` --workers {WORKERS} --db"


def ours_command(api: Api, port: int) -> list[str]:
    """`specbench serve` exactly as a user runs it, one API, loopback, without the access log."""
    return [
        str(SPECBENCH),
        "serve",
        api.name,
        "--host",
        HOST,
        "--port",
        str(port),
        "--no-access-log",
    ]


def make_serve_command(port: int, *extra: str) -> list[str]:
    """`make serve` as users run it: every API mounted, the access log on (to the log file)."""
    return [str(SPECBENCH), "serve", "--host", HOST, "--port", str(port), *extra]


def prism_command(api: Api, port: int) -> list[str]:
    """Stoplight Prism (pinned in package.json) mocking the same bundle, logging errors only."""
    prism = NODE_BIN / "prism"
    return [str(prism), "mock", "-v", "error", "-h", HOST, "-p", str(port), str(api.bundle_json)]


def ours(api: Api) -> tuple[str, list[str], str]:
    """Name, command and API base URL of our mock (served under /mock/<api>, as `make serve`)."""
    port = free_port()
    return OURS, ours_command(api, port), f"http://{HOST}:{port}{mock_root(api)}"


def make_serve(api: Api) -> tuple[str, list[str], str]:
    """`make serve` as users run it (all APIs, access log on); `api`'s mock is the one loaded."""
    port = free_port()
    return MAKE_SERVE, make_serve_command(port), f"http://{HOST}:{port}{mock_root(api)}"


def serve_workers(api: Api, db: Path) -> tuple[str, list[str], str]:
    """`make serve` with WORKERS processes sharing one SQLite file (a fresh one): without a
    shared file, a user created through one worker would be unknown to the others."""
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    port = free_port()
    command = make_serve_command(port, "--workers", str(WORKERS), "--db", str(db))
    return SERVE_WORKERS, command, f"http://{HOST}:{port}{mock_root(api)}"


def prism(api: Api) -> tuple[str, list[str], str]:
    """Name, command and API base URL of Prism (it serves the API at its root)."""
    port = free_port()
    return "Prism", prism_command(api, port), f"http://{HOST}:{port}"


def _answers(url: str) -> bool:
    """Whether an HTTP server answers `url` at all (any status counts)."""
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group, then SIGKILL whatever is left of it; never raises."""
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
    with suppress(ProcessLookupError):  # a leader that ignored SIGTERM, or children it left
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@contextmanager
def running(
    name: str, command: list[str], base_url: str, log: Path, timeout: float = 90.0
) -> Iterator[Server]:
    """Start `command`, wait until `base_url` answers, yield it; kill its process group after."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + timeout
            while not _answers(base_url + "/"):
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited with {process.returncode}; see {log}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} did not answer within {timeout:.0f} s; see {log}")
                time.sleep(0.1)
            yield Server(name, base_url, process.pid, tuple(command))
        finally:
            stop(process)


# --- /proc -------------------------------------------------------------------------------------


def process_tree(pid: int) -> list[int]:
    """`pid` and all its descendants that are alive now."""
    found: list[int] = []
    pending = [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{current}/task/{task}/children").read_text()
            except OSError:
                continue
            pending.extend(int(child) for child in children.split())
    return found


def rss_bytes(pid: int) -> int:
    """Resident memory of `pid` and its descendants (VmRSS from /proc/<pid>/status)."""
    total = 0
    for member in process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by `pid` and its live descendants (/proc/<pid>/stat)."""
    total = 0
    for member in process_tree(pid):
        try:
            stat = Path(f"/proc/{member}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "; comm may hold spaces
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / _CLOCK_TICKS


class PeakRss:
    """Samples a process tree's RSS in a background thread; `peak` is the largest seen."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, rss_bytes(self.pid))
            if self._stop.wait(self.interval):
                return

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes(self.pid))
