"""`make test`'s `--dist loadgroup` keeps each shared suite on one worker, so the costly thing it
shares (a server, a browser, a venv with the built packages) is built once per run.

pytest-xdist does this by rewriting node ids, which some pytest releases ignore without a word
(pytest 9.2 with pytest-xdist 3.8): this runs a small suite the way `make test` does and looks
at which worker ran what.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from specbench.layout import ROOT
from tests.conftest import SHARED_SUITES

TESTS = textwrap.dedent(
    """
    import os
    import pathlib

    import pytest


    @pytest.mark.parametrize("n", range(8))
    def test_note_worker(n):
        where = pathlib.Path(__file__).with_suffix(f".{n}.worker")
        where.write_text(os.environ["PYTEST_XDIST_WORKER"])
    """
)


def test_a_shared_suite_runs_on_one_worker(tmp_path: Path) -> None:
    shared = next(iter(SHARED_SUITES))
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import pytest_collection_modifyitems  # noqa: F401\n"
    )
    (tmp_path / shared).write_text(TESTS)
    (tmp_path / "test_independent.py").write_text(TESTS)
    result = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"),
            *("-n", "2", "--dist", "loadgroup", "--rootdir", str(tmp_path), str(tmp_path)),
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    def workers(stem: str) -> set[str]:
        return {path.read_text() for path in tmp_path.glob(f"{stem}.*.worker")}

    grouped, independent = workers(Path(shared).stem), workers("test_independent")
    assert grouped | independent == {"gw0", "gw1"}, "the run did not use two workers"
    assert len(grouped) == 1, f"{shared} was spread over several workers"
