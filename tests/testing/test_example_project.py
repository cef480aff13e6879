"""The example user project (examples/botpress-app) passes its own test suite.

Once here, with this repository's environment; once in a fresh venv outside the repository with
only the built wheels (`make dist`, or the folder in `SPECBENCH_WHEELS`) and pytest installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from specbench.layout import ROOT
from tests.conftest import outside_environment

EXAMPLE = ROOT / "examples" / "botpress-app"


def copy_example(tmp_path: Path) -> Path:
    """The example, copied outside the repository (nothing written into the checkout)."""
    target = tmp_path / "botpress-app"
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return target


def run_suite(python: Path | str, project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=outside_environment(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_example_suite_passes_here(tmp_path: Path) -> None:
    result = run_suite(sys.executable, copy_example(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "failed" not in result.stdout


def test_example_suite_passes_in_a_fresh_venv_from_the_wheels(
    tmp_path: Path, installed_dist: Path
) -> None:
    result = run_suite(installed_dist, copy_example(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "failed" not in result.stdout
