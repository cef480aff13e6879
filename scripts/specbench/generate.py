"""`specbench generate`: openapi-python-client turns each bundled spec into a client package."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from specbench.bundle import load_bundle
from specbench.client_templates_data import write_template_set
from specbench.layout import GENERATED, ROOT, Api
from specbench.release.versioning import PLACEHOLDER, ReleaseError, apply_release

# A line the generator prints when it skipped or degraded something.
_WARNING = re.compile(r"warning|error|skipping|unable to|cannot|not supported", re.IGNORECASE)


class GenerationError(RuntimeError):
    """The generator failed or warned; the message carries its output."""


def _tool_env() -> dict[str, str]:
    """Put this environment's bin/ first so the pinned ruff runs the post-hooks."""
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}


def _config_with_placeholder_version(api: Api, folder: Path) -> Path:
    """The API's client.yaml with the version left for the release record to fill in."""
    config = yaml.safe_load(api.client_config.read_text(encoding="utf-8")) or {}
    config["package_version_override"] = PLACEHOLDER
    path = folder / "client.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def generate_into(api: Api, output: Path, previous: Path | None = None) -> str:
    """Generate the client of `api` into `output` (created) with the specbench client templates;
    raise on any warning. Its version, release record and changelog continue those of the
    client at `previous` (default: the committed one); return the version."""
    if shutil.which("ruff", path=_tool_env()["PATH"]) is None:
        raise GenerationError("ruff is not installed: the generated code would be unformatted")
    with tempfile.TemporaryDirectory(prefix="specbench-templates-") as templates:
        command = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(api.bundle_json),
            "--config",
            str(_config_with_placeholder_version(api, Path(templates))),
            "--meta",
            "pdm",
            "--custom-template-path",
            str(write_template_set(api, Path(templates))),
            "--output-path",
            str(output),
            "--overwrite",
        ]
        result = subprocess.run(
            command, cwd=ROOT, env=_tool_env(), capture_output=True, text=True, check=False
        )
    log = (result.stdout + result.stderr).strip()
    noisy = [line for line in log.splitlines() if _WARNING.search(line)]
    if result.returncode != 0 or noisy:
        raise GenerationError(f"openapi-python-client failed or warned for {api.name}:\n{log}")
    try:
        return apply_release(
            api.name, api.client_project, load_bundle(api), output, previous or api.client_dir
        )
    except ReleaseError as error:
        raise GenerationError(str(error)) from error


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed)."""
    found: list[str] = []

    def visit(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name} (only in fresh output)" for name in cmp.left_only)
        found.extend(f"{prefix}{name} (only in {actual.name})" for name in cmp.right_only)
        found.extend(f"{prefix}{name} (content differs)" for name in cmp.diff_files)
        found.extend(f"{prefix}{name} (type differs)" for name in cmp.common_funny)
        for name, sub in cmp.subdirs.items():
            visit(sub, f"{prefix}{name}/")

    visit(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), "")
    # dircmp compares shallowly by stat; confirm byte equality for same-size files too.
    for path in expected.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            twin = actual / path.relative_to(expected)
            relative = str(path.relative_to(expected))
            if (
                twin.is_file()
                and path.read_bytes() != twin.read_bytes()
                and not any(item.startswith(relative + " ") for item in found)
            ):
                found.append(f"{relative} (content differs)")
    return sorted(set(found))


def generate(api: Api) -> str:
    """Regenerate generated/<api>-client from the bundle, replacing it whole; return its
    version (moved on from the committed one only if the bundle or the code changed)."""
    GENERATED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=GENERATED, prefix=".tmp-") as scratch:
        fresh = Path(scratch) / api.client_project
        version = generate_into(api, fresh)
        if api.client_dir.exists():
            shutil.rmtree(api.client_dir)
        fresh.rename(api.client_dir)
    return version


def check_generated(api: Api) -> list[str]:
    """Regenerate into a temporary folder and list how generated/ differs from it."""
    if not api.client_dir.exists():
        return [f"{api.client_dir.relative_to(ROOT)} is missing"]
    with tempfile.TemporaryDirectory(prefix="specbench-check-") as scratch:
        fresh = Path(scratch) / api.client_project
        generate_into(api, fresh)
        return differences(fresh, api.client_dir)
