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
# Suites that start one server (or browser) per module: `make test` runs with pytest-xdist's
# `--dist loadgroup`, which keeps each group on one worker, so each starts it once.
SHARED_SERVER_SUITES = {"test_swagger_ui.py": "browser", "test_st_cli.py": "st-cli"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        group = SHARED_SERVER_SUITES.get(item.path.name)
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
