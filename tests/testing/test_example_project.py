"""The example user project (examples/botpress-app) passes its own test suite.

Once here, with this repository's environment; once in a fresh venv outside the repository with
only the built wheels (`make dist`, or the folder in `SPECBENCH_WHEELS`) and pytest installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

from specbench.layout import ROOT

EXAMPLE = ROOT / "examples" / "botpress-app"


def copy_example(tmp_path: Path) -> Path:
    """The example, copied outside the repository (nothing written into the checkout)."""
    target = tmp_path / "botpress-app"
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return target


def clean_environment() -> dict[str, str]:
    return {
        key: value
        for key, value in os.environ.items()
        if key not in ("SPECBENCH_ROOT", "PYTHONPATH", "PYTEST_ADDOPTS", "VIRTUAL_ENV")
    }


def run_suite(python: Path | str, project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=clean_environment(),
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
    tmp_path: Path, built_dist: Path
) -> None:
    wheels = sorted(built_dist.glob("*.whl"))
    home = tmp_path / "venv"
    venv.create(home, with_pip=True)
    python = home / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        + ["-c", str(ROOT / "constraints.txt"), "--find-links", str(built_dist)]
        + [str(wheel) for wheel in wheels]
        + ["pytest"],
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    result = run_suite(python, copy_example(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "failed" not in result.stdout
