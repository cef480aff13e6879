"""Generated clients are reproducible, import cleanly and type-check under mypy --strict."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from specbench.generate import check_generated
from specbench.layout import ROOT, Api


def test_generated_matches_a_fresh_generation(api: Api) -> None:
    drift = check_generated(api)
    assert not drift, "generated/ is stale; run `make generate`:\n" + "\n".join(drift)


def test_every_generated_module_imports(api: Api) -> None:
    package = importlib.import_module(api.client_package)
    names = [
        info.name
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{api.client_package}.")
    ]
    assert any(".api." in name for name in names)
    assert any(".models." in name for name in names)
    for name in names:
        importlib.import_module(name)


def test_installed_client_is_the_generated_one(api: Api) -> None:
    package = importlib.import_module(api.client_package)
    installed = Path(package.__file__ or "").parent / "client.py"
    assert (
        installed.read_bytes() == (api.client_dir / api.client_package / "client.py").read_bytes()
    )


@pytest.fixture(scope="module")
def clean_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with nothing but pip."""
    where = tmp_path_factory.mktemp("clean-venv")
    venv.create(where, with_pip=True)
    return where / "bin" / "python"


def test_installs_into_a_clean_venv_and_passes_mypy_strict(api: Api, clean_venv: Path) -> None:
    pip = [str(clean_venv), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    constraints = ["-c", str(ROOT / "constraints.txt")]
    subprocess.run(
        [*pip, *constraints, str(api.client_dir), "types-python-dateutil"],
        check=True,
        capture_output=True,
    )
    imported = subprocess.run(
        [str(clean_venv), "-c", f"import {api.client_package}.api, {api.client_package}.models"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-executable",
            str(clean_venv),
            "--no-incremental",
            "-p",
            api.client_package,
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=clean_venv.parent.parent,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Success: no issues found" in checked.stdout


def test_no_model_is_named_after_a_status_code(api: Api) -> None:
    """Models carry the spec's component names (`ListUsersResponse`), never the generator's
    fallback of operation + status code (`ListUsersResponse200`) or `…Body`."""
    models = importlib.import_module(f"{api.client_package}.models")
    fallbacks = [
        name
        for name in getattr(models, "__all__", [])
        if re.search(r"Response[0-9]{3}|[0-9]{3}$|Body$|Body[A-Z]", name)
    ]
    assert fallbacks == []
