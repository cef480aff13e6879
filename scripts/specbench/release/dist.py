"""`specbench dist` (`make dist`): a wheel and an sdist of every generated client and of the
tooling itself, with every API's bundle inside the tooling's wheel, checked by twine.

Everything is built from a staged copy in a temporary folder (the sources stay untouched: the
tooling's bundles are copied in there, and pdm-backend leaves no files behind in generated/),
with `python -m build --no-isolation`: the build backends are the pinned ones of this
environment, so no build downloads anything.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from specbench.layout import ROOT, Api

DIST = ROOT / "dist"
_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".pdm-build", "*.egg-info")


class DistError(RuntimeError):
    """A build or `twine check` failed; the message carries its output."""


@dataclass(frozen=True)
class Artifact:
    path: Path

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _run(command: Sequence[str], what: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DistError(f"{what} failed:\n{(result.stdout + result.stderr).strip()}")


def _build(source: Path, outdir: Path) -> None:
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir)]
    _run([*command, str(source)], f"building {source.name}")


def stage_tooling(apis: Sequence[Api], into: Path) -> Path:
    """A copy of the tooling's sources with every API's bundle as package data."""
    project = into / "specbench"
    shutil.copytree(
        ROOT / "scripts" / "specbench", project / "scripts" / "specbench", ignore=_IGNORED
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, project / name)
    for api in apis:
        target = project / "scripts" / "specbench" / "bundles" / api.name
        target.mkdir(parents=True)
        for bundle in (api.bundle_json, api.bundle_yaml):
            if not bundle.is_file():
                raise DistError(f"{bundle} is missing: run `make` first")
            shutil.copy2(bundle, target / bundle.name)
    return project


def build_dist(apis: Sequence[Api], outdir: Path = DIST) -> list[Artifact]:
    """Build the clients of `apis` and the tooling (with their bundles) into `outdir` (its old
    wheels and sdists removed first); run `twine check` on the result."""
    outdir.mkdir(parents=True, exist_ok=True)
    for old in [*outdir.glob("*.whl"), *outdir.glob("*.tar.gz")]:
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="specbench-dist-") as scratch:
        staging = Path(scratch)
        sources = [stage_tooling(apis, staging)]
        for api in apis:
            if not (api.client_dir / "pyproject.toml").is_file():
                raise DistError(f"{api.client_dir} is missing: run `make` first")
            copy = shutil.copytree(api.client_dir, staging / api.client_project, ignore=_IGNORED)
            sources.append(Path(copy))
        for source in sources:
            _build(source, outdir)
    artifacts = sorted([*outdir.glob("*.whl"), *outdir.glob("*.tar.gz")])
    _run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts)],
        "twine check",
    )
    return [Artifact(path) for path in artifacts]


def main(apis: Sequence[Api], outdir: Path = DIST) -> int:
    started = time.monotonic()
    try:
        artifacts = build_dist(apis, outdir)
    except DistError as error:
        print(error, file=sys.stderr)
        return 1
    for artifact in artifacts:
        print(f"{artifact.size / 1024:8.0f} KiB  {artifact.path}")
    print(f"dist: {len(artifacts)} files, twine check passed ({time.monotonic() - started:.0f} s)")
    return 0
