"""A sixth API made of its own folders only — a spec folder and a small vendor module — goes
through the whole pipeline: bundle, validate, generate, its mock, its client and its contract
tests. Nothing in the tooling names an API, so nothing else needs an edit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from specbench.layout import ROOT

FILES = Path(__file__).with_name("new_api")
BIN = Path(sys.executable).parent


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A scratch repository holding the new API only (and this repository's node_modules)."""
    spec = tmp_path / "specs" / "gadgets"
    spec.mkdir(parents=True)
    shutil.copy(FILES / "openapi.yaml", spec / "openapi.yaml")
    for name in ("client.yaml", "INVENTORY.md"):
        shutil.copy(FILES / name, spec / name)
    vendor = tmp_path / "vendors" / "gadgets"
    vendor.mkdir(parents=True)
    shutil.copy(FILES / "vendor.py", vendor / "__init__.py")
    tests = tmp_path / "tests"
    tests.mkdir()
    shutil.copy(FILES / "conftest.py", tests / "conftest.py")
    shutil.copy(FILES / "test_gadgets.py", tests / "test_gadgets.py")
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    return tmp_path


def run(root: Path, *command: str) -> str:
    env = {
        **os.environ,
        "SPECBENCH_ROOT": str(root),
        "GADGETS_VENDORS": str(root / "vendors"),
        "PYTHONPATH": str(root / "generated" / "gadgets-client"),
    }
    done = subprocess.run(
        command, cwd=root, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    return output


def test_a_new_api_needs_only_its_own_folders(root: Path) -> None:
    specbench = str(BIN / "specbench")
    run(root, specbench, "bundle", "gadgets")
    assert "gadgets: valid (3 operations" in run(root, specbench, "validate", "gadgets")
    run(root, specbench, "generate", "gadgets")
    assert (root / "generated/gadgets-client/gadgets_client/api/gadget/list_gadgets.py").is_file()
    outcome = run(
        root, str(BIN / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"
    )
    assert " passed" in outcome and "failed" not in outcome and "error" not in outcome.lower()
