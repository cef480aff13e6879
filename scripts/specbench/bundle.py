"""Bundle a split spec into one document with Redocly CLI (pinned in package.json)."""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any

import yaml

from specbench.layout import NODE_BIN, ROOT, Api

# Keep Redocly quiet and offline: no telemetry, no update checks.
_REDOCLY_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_UPDATE_NOTIFIER": "1",
}


MOCK_PREFIX = "/mock"


def mock_root(api: Api) -> str:
    """Where `specbench serve` mounts the API's mock: relative, so any host and port work."""
    return f"{MOCK_PREFIX}/{api.name}"


def add_mock_server(document: dict[str, Any], api: Api) -> None:
    """List the local mock among the servers, after the vendor's own (once)."""
    servers: list[dict[str, Any]] = document.setdefault("servers", [])
    if not any(server.get("url") == mock_root(api) for server in servers):
        servers.append({"url": mock_root(api), "description": "specbench mock (make serve)"})


class BundleError(RuntimeError):
    """Redocly could not bundle the spec (e.g. a dangling $ref); the message names the place."""


def redocly_bundle(root_document: os.PathLike[str], output: os.PathLike[str]) -> None:
    """Run `redocly bundle`, failing on unresolved refs and component-name clashes."""
    command = [
        str(NODE_BIN / "redocly"),
        "bundle",
        str(root_document),
        "--output",
        str(output),
        "--ext",
        "json",
        "--lint-config",
        "off",
        "--component-renaming-conflicts-severity",
        "error",
    ]
    result = subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, **_REDOCLY_ENV},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        lines = (result.stdout + result.stderr).splitlines()
        detail = "\n".join(line for line in lines if not set(line) & set("║╔╚"))
        raise BundleError(f"redocly could not bundle {root_document}:\n{detail.strip()}")


def bundle(api: Api) -> dict[str, Any]:
    """Bundle one API into build/specs/<api>/openapi.json and .yaml; return the document.

    The bundle lists the local mock (`make serve`) as a server after the vendor's.
    """
    api.bundle_json.parent.mkdir(parents=True, exist_ok=True)
    redocly_bundle(api.root_document, api.bundle_json)
    document: dict[str, Any] = json.loads(api.bundle_json.read_text(encoding="utf-8"))
    add_mock_server(document, api)
    write_bundle(api, document)
    return document


def write_bundle(api: Api, document: dict[str, Any]) -> None:
    """Write the bundled document as JSON (stable formatting) and YAML."""
    api.bundle_json.write_text(
        json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    api.bundle_yaml.write_text(
        yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )


def load_bundle(api: Api) -> dict[str, Any]:
    """Read the bundled document (run `specbench bundle` first)."""
    if not api.bundle_json.exists():
        raise SystemExit(f"{api.bundle_json} is missing: run `specbench bundle {api.name}` first")
    document: dict[str, Any] = json.loads(api.bundle_json.read_text(encoding="utf-8"))
    return document
