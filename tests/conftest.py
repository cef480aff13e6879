"""Shared fixtures: the repository, its APIs, and throw-away copies of a spec to break."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from specbench.layout import ROOT, Api, discover_apis
from specbench.release.dist import build_dist
from specbench.release.versioning import read_record

APIS = discover_apis()
# A made-up API's files, run in a scratch repository by tooling/test_new_api.py, not here.
collect_ignore = ["tooling/new_api"]
BIN = Path(sys.executable).parent
# Suites that share something costly to start (a server, a browser, a fresh venv with the
# built packages): `make test` runs with pytest-xdist's `--dist loadgroup`, which keeps each
# group on one worker, so each worker-scoped fixture is built once.
SHARED_SUITES = {
    "test_swagger_ui.py": "browser",
    "test_errata_link.py": "browser",
    "test_packages.py": "installed-dist",
    "test_example_project.py": "installed-dist",
}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the shared suites before pytest-xdist reads the marks (its own hook of this name
    puts each item's group into its node id; without `tryfirst` it runs before this one)."""
    for item in items:
        group = SHARED_SUITES.get(item.path.name)
        if group is not None:
            item.add_marker(pytest.mark.xdist_group(group))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Any test taking an `api` argument runs once per spec folder."""
    if "api" in metafunc.fixturenames:
        metafunc.parametrize("api", APIS, ids=[api.name for api in APIS], scope="module")


@dataclass
class Outcome:
    """Exit code and combined output of a specbench run."""

    returncode: int
    output: str


@dataclass
class SpecCopy:
    """A copy of one API's spec in a scratch repository, to edit and re-validate."""

    root: Path
    api: str

    @property
    def folder(self) -> Path:
        return self.root / "specs" / self.api

    def edit(self, relative: str, old: str, new: str) -> None:
        """Replace one exact occurrence of `old` in a spec file; fail if it is not there once."""
        path = self.folder / relative
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {relative}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def specbench(self, *args: str) -> Outcome:
        env = {**os.environ, "SPECBENCH_ROOT": str(self.root)}
        result = subprocess.run(
            [str(BIN / "specbench"), *args, self.api],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        return Outcome(result.returncode, result.stdout + result.stderr)

    def validate(self) -> Outcome:
        """What `make validate` runs: bundle, then validate; stops at the first failure."""
        bundled = self.specbench("bundle")
        return bundled if bundled.returncode else self.specbench("validate")


@pytest.fixture
def spec_copy(tmp_path: Path) -> Callable[[str], SpecCopy]:
    """Copy `specs/<name>` into a scratch repository sharing this repo's node_modules."""

    def make(name: str) -> SpecCopy:
        shutil.copytree(ROOT / "specs" / name, tmp_path / "specs" / name)
        (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
        return SpecCopy(tmp_path, name)

    return make


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


def api_named(name: str) -> Api:
    return next(api for api in APIS if api.name == name)


def _current_dist(folder: Path) -> bool:
    """Whether `folder` holds the tooling wheel and, for every API, the client wheel of the
    version its committed release record names (a `make dist` of this tree)."""
    names = {path.name for path in folder.glob("*.whl")}
    if not any(name.startswith("specbench-") for name in names):
        return False
    for api in APIS:
        record = read_record(api.client_dir) or {}
        if f"{api.client_package}-{record.get('version')}-py3-none-any.whl" not in names:
            return False
    return True


def fresh_venv(where: Path) -> Path:
    """A new venv (no site packages, nothing of the repository); its python."""
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    return where / "bin" / "python"


def pip_install(python: Path, *requirements: str | Path, find_links: Path | None = None) -> None:
    """Install `requirements` (wheels, names) and their dependencies into the venv of `python`,
    pinned like the repository's own (constraints.txt)."""
    command = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    command += ["-c", str(ROOT / "constraints.txt")]
    if find_links is not None:
        command += ["--find-links", str(find_links)]
    result = subprocess.run(
        [*command, *map(str, requirements)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def outside_environment() -> dict[str, str]:
    """This process's environment without what ties a child to this checkout or venv."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SPECBENCH", "PYTHON", "VIRTUAL_ENV", "PYTEST_"))
    }


@pytest.fixture(scope="session")
def built_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The packages `make dist` builds: `dist/` (or `$SPECBENCH_WHEELS`) when it matches this
    tree — `make test` builds it first — else a fresh build in a temporary folder."""
    given = Path(os.environ.get("SPECBENCH_WHEELS") or ROOT / "dist")
    if _current_dist(given):
        return given
    outdir = tmp_path_factory.mktemp("dist")
    build_dist(APIS, outdir)
    return outdir


@pytest.fixture(scope="session")
def installed_dist(built_dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of one fresh venv outside the repository holding every wheel of `make dist`
    (the five clients and the tooling) and pytest, as a user installs them. Built once per
    worker; the suites using it share the `installed-dist` group, so once per run."""
    python = fresh_venv(tmp_path_factory.mktemp("installed-dist") / "venv")
    pip_install(python, *sorted(built_dist.glob("*.whl")), "pytest", find_links=built_dist)
    return python
