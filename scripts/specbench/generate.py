"""`specbench generate`: openapi-python-client turns each bundled spec into a client package."""

from __future__ import annotations

import contextlib
import filecmp
import io
import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from specbench.bundle import load_bundle
from specbench.client_templates_data import write_template_set
from specbench.layout import BUILD, GENERATED, ROOT, Api
from specbench.openapi import HTTP_METHODS, deref
from specbench.release.versioning import PLACEHOLDER, ReleaseError, apply_release


class GenerationError(RuntimeError):
    """The generator failed or warned; the message carries its output."""


# Compiled client templates, shared by every API and every run: the templates are the same files
# for all APIs but `specbench_api.jinja`, and Jinja checks each entry against its source.
BYTECODE_CACHE = BUILD / "jinja-cache"


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


@contextmanager
def _tool_path() -> Iterator[None]:
    """The post-hooks (`ruff check --fix-only .`, `ruff format .`) are looked up on PATH by the
    generator in this process: put the pinned ruff first while it runs."""
    previous = os.environ.get("PATH")
    os.environ["PATH"] = _tool_env()["PATH"]
    try:
        yield
    finally:
        if previous is None:
            del os.environ["PATH"]
        else:
            os.environ["PATH"] = previous


def _bytecode_cache() -> Any:
    """A Jinja bytecode cache in build/, keyed by template name alone: our templates are copied
    into a new temporary folder each run, so their file names never repeat. Jinja recompiles an
    entry whose source checksum differs (`specbench_api.jinja` differs per API), and writes each
    entry to a temporary file first, so parallel runs share it safely."""
    from jinja2 import FileSystemBytecodeCache

    class ByName(FileSystemBytecodeCache):
        def get_cache_key(self, name: str, filename: str | None = None) -> str:
            return super().get_cache_key(name, None)

    BYTECODE_CACHE.mkdir(parents=True, exist_ok=True)
    return ByName(str(BYTECODE_CACHE))


def _key(document: dict[str, Any], parameter: Any) -> tuple[str, str] | None:
    """(name, location) of a parameter the generator reads (one with a `schema`), else None
    (also for a broken reference: the generator reports that one itself)."""
    try:
        node = deref(document, parameter)
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    if not isinstance(node, dict) or "schema" not in node:
        return None
    return str(node.get("name")), str(node.get("in"))


def path_parameters_in_operations(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the generator is given it: each path item's `parameters` moved into each
    of its operations, after the operation's own and without those an operation parameter of
    the same name and location overrides (OpenAPI's rule, and the generator's). The same API,
    and the same code: the generator adds path-item parameters to an endpoint it has already
    built and deep-copies that endpoint, with every response model parsed, to do it (a quarter
    to a half of its parse time here). A new document; `document` is not changed."""
    paths: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        shared = item.get("parameters") if isinstance(item, dict) else None
        if not shared:
            paths[path] = item
            continue
        moved = {key: value for key, value in item.items() if key != "parameters"}
        for method in HTTP_METHODS:
            operation = moved.get(method)
            if isinstance(operation, dict):
                own = list(operation.get("parameters") or [])
                overridden = {_key(document, parameter) for parameter in own} - {None}
                inherited = [p for p in shared if _key(document, p) not in overridden]
                moved[method] = {**operation, "parameters": own + inherited}
        paths[path] = moved
    return {**document, "paths": paths}


def _describe(errors: Sequence[Any]) -> str:
    return "\n".join(
        f"{error.level.name}: {error.header or ''} {error.detail or ''}".strip() for error in errors
    )


def generate_into(api: Api, output: Path, previous: Path | None = None) -> str:
    """Generate the client of `api` into `output` (created) with the specbench client templates;
    raise on any warning. Its version, release record and changelog continue those of the
    client at `previous` (default: the committed one); return the version.

    Runs openapi-python-client in this process, as its CLI `generate --path <bundle> --config
    <client.yaml> --meta pdm --custom-template-path <templates> --output-path <output>
    --overwrite` would (the same Config, the same Project, the same ruff post-hooks run as
    subprocesses), so that generating several APIs pays for its imports once and compiles the
    templates once (a bytecode cache under build/).
    """
    # Imported here: `specbench serve` and `bundle` never need the generator.
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    if shutil.which("ruff", path=_tool_env()["PATH"]) is None:
        raise GenerationError("ruff is not installed: the generated code would be unformatted")
    document = load_bundle(api)  # read once: templates, generator and release record
    with tempfile.TemporaryDirectory(prefix="specbench-templates-") as scratch:
        config = Config.from_sources(
            ConfigFile.load_from_path(path=_config_with_placeholder_version(api, Path(scratch))),
            MetaType.PDM,
            api.bundle_json,
            "utf-8",
            True,
            output_path=output,
        )
        templates = Path(scratch).resolve() / "templates"
        write_template_set(api, templates, document)
        # stdout: the generator prints "Generating <path>"; keep it out of ours.
        with _tool_path(), contextlib.redirect_stdout(io.StringIO()):
            openapi = GeneratorData.from_dict(
                path_parameters_in_operations(document), config=config
            )
            if isinstance(openapi, GeneratorError):
                raise GenerationError(
                    f"openapi-python-client failed for {api.name}:\n{_describe([openapi])}"
                )
            project = Project(openapi=openapi, config=config, custom_template_path=templates)
            project.env.bytecode_cache = _bytecode_cache()
            errors = project.build()
    if errors:
        raise GenerationError(
            f"openapi-python-client failed or warned for {api.name}:\n{_describe(errors)}"
        )
    try:
        return apply_release(
            api.name, api.client_project, document, output, previous or api.client_dir
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


def in_parallel(action: Callable[[Api], bool], apis: list[Api]) -> list[bool]:
    """`action` on each API, in up to one forked process per core, largest bundle first; each
    process inherits the generator already imported here. What each prints is shown per API,
    in the order of `apis`."""
    workers = min(len(apis), os.cpu_count() or 1)
    if workers <= 1:
        return [action(api) for api in apis]
    # Imported once here, before forking: every worker starts with the generator loaded.
    import openapi_python_client.parser  # noqa: F401

    context = multiprocessing.get_context("fork")
    by_size = sorted(apis, key=lambda api: api.bundle_json.stat().st_size, reverse=True)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {api.name: pool.submit(_captured, action, api) for api in by_size}
        results = []
        for api in apis:
            ok, out, err = futures[api.name].result()
            sys.stdout.write(out)
            sys.stderr.write(err)
            results.append(ok)
    return results


def _captured(action: Callable[[Api], bool], api: Api) -> tuple[bool, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        ok = action(api)
    return ok, out.getvalue(), err.getvalue()
