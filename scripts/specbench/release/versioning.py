"""The release record of one generated client: its version, the hashes that decide when the
version moves, and the changelog rendered from it."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from specbench.release.surface import Changes, canonical, compare, snapshot

RECORD = "release.json"
CHANGELOG = "CHANGELOG.md"
# The version the generator writes; replaced by the real one once the tree's hash is taken, so
# that the hash never depends on the version it decides.
PLACEHOLDER = "0.0.0.dev999999999"
_VERSION_LINE = re.compile(r'^version = ".*"$', re.MULTILINE)
_SKIPPED = frozenset({RECORD, CHANGELOG})


class ReleaseError(RuntimeError):
    """The spec's version cannot become a package version, or it went backwards."""


def base_version(spec_version: str) -> str:
    """`info.version` as a PEP 440 release segment: `1.0.0` stays, `2024-05-01` becomes
    `2024.5.1`; anything else is an error (say it in numbers)."""
    text = spec_version.strip().removeprefix("v").replace("-", ".")
    if not re.fullmatch(r"\d+(\.\d+)*", text):
        raise ReleaseError(
            f"info.version {spec_version!r} is not a dotted number (or a date): "
            "the client's version starts with it"
        )
    return ".".join(str(int(part)) for part in text.split("."))


def package_version(base: str, revision: int) -> str:
    """`1.0.0` for the first release of a spec version, then `1.0.0.post1`, `1.0.0.post2` …"""
    return base if revision == 0 else f"{base}.post{revision}"


def _numbers(base: str) -> tuple[int, ...]:
    parts = [int(part) for part in base.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _hashed_files(client_dir: Path) -> list[tuple[str, Path]]:
    """(relative path, path) of each file the tree hash covers, in the order it hashes them."""
    found: list[tuple[str, Path]] = []
    for path in sorted(client_dir.rglob("*")):
        relative = path.relative_to(client_dir)
        if not path.is_file() or "__pycache__" in relative.parts or str(relative) in _SKIPPED:
            continue
        found.append((str(relative), path))
    return found


def _hash_contents(contents: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for relative, content in contents:
        if relative == "pyproject.toml":
            content = _VERSION_LINE.sub('version = ""', content.decode()).encode()
        digest.update(relative.encode() + b"\0" + content + b"\0")
    return digest.hexdigest()


def tree_hash(client_dir: Path) -> str:
    """SHA-256 of a generated client's files, without its record, its changelog and the value
    of its version line (so the hash says whether the code changed, whatever it is called)."""
    return _hash_contents([(rel, path.read_bytes()) for rel, path in _hashed_files(client_dir)])


def bundle_hash(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(document)).hexdigest()


@dataclass
class Release:
    """One entry of the history: what a version changed."""

    version: str
    first: bool
    spec_changed: bool
    code_changed: bool
    operations: Changes
    schemas: Changes
    counts: tuple[int, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "first": self.first,
            "spec_changed": self.spec_changed,
            "code_changed": self.code_changed,
            "operations": self.operations.as_json(),
            "schemas": self.schemas.as_json(),
            "counts": list(self.counts),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Release:
        return cls(
            version=data["version"],
            first=bool(data.get("first")),
            spec_changed=bool(data.get("spec_changed")),
            code_changed=bool(data.get("code_changed")),
            operations=Changes.from_json(data.get("operations", {})),
            schemas=Changes.from_json(data.get("schemas", {})),
            counts=(int(data["counts"][0]), int(data["counts"][1])),
        )


def read_record(client_dir: Path) -> dict[str, Any] | None:
    path = client_dir / RECORD
    if not path.is_file():
        return None
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return record


def next_record(
    api_name: str,
    document: dict[str, Any],
    client_sha256: str,
    previous: dict[str, Any] | None,
) -> dict[str, Any]:
    """The record after generating `document` into a tree hashing to `client_sha256`: the
    previous record itself when neither the bundle nor the code changed."""
    spec_version = str(document.get("info", {}).get("version", ""))
    base = base_version(spec_version)
    bundle_sha256 = bundle_hash(document)
    if (
        previous is not None
        and previous["bundle_sha256"] == bundle_sha256
        and previous["client_sha256"] == client_sha256
    ):
        return previous
    surface = snapshot(document)
    if previous is None:
        revision = 0
        first = True
        before: dict[str, dict[str, list[str]]] = {"operations": {}, "schemas": {}}
    else:
        first = False
        before = {"operations": previous["operations"], "schemas": previous["schemas"]}
        old_base = str(previous["base_version"])
        if _numbers(base) < _numbers(old_base):
            raise ReleaseError(
                f"{api_name}: info.version went back from {old_base} to {base}: "
                "a client version must only grow"
            )
        revision = int(previous["revision"]) + 1 if _numbers(base) == _numbers(old_base) else 0
    version = package_version(base, revision)
    release = Release(
        version=version,
        first=first,
        spec_changed=previous is None or previous["bundle_sha256"] != bundle_sha256,
        code_changed=previous is None or previous["client_sha256"] != client_sha256,
        # a first release lists nothing: everything is new
        operations=Changes() if first else compare(before["operations"], surface["operations"]),
        schemas=Changes() if first else compare(before["schemas"], surface["schemas"]),
        counts=(len(surface["operations"]), len(surface["schemas"])),
    )
    history = [release.as_json(), *(previous or {}).get("history", [])]
    return {
        "api": api_name,
        "version": version,
        "spec_version": spec_version,
        "base_version": base,
        "revision": revision,
        "bundle_sha256": bundle_sha256,
        "client_sha256": client_sha256,
        "operations": surface["operations"],
        "schemas": surface["schemas"],
        "history": history,
    }


def _operation_label(name: str, record: dict[str, Any], fallback: dict[str, Any]) -> str:
    entry = record["operations"].get(name) or fallback.get(name)
    route = entry[2] if entry and len(entry) > 2 else ""
    return f"`{name}` ({route})" if route and route != name else f"`{name}`"


def _section(title: str, changes: Changes, label: Any, breaking_removals: bool = True) -> list[str]:
    lines: list[str] = []
    for heading, names in (
        ("Added", changes.added),
        ("Removed (breaking)" if breaking_removals else "Removed", changes.removed),
        ("Changed", changes.changed),
        ("Documentation revised", changes.documented),
    ):
        if names:
            lines.append(f"- {heading}: " + ", ".join(label(name) for name in names))
    return [f"{title}:", "", *lines, ""] if lines else []


def render_changelog(project: str, record: dict[str, Any]) -> str:
    """CHANGELOG.md for the whole history, newest first (removed operations keep no route)."""
    lines = [
        f"# Changelog of {project}",
        "",
        "A version is the version of the API description (`info.version`, now "
        f"{record['spec_version']}), followed by `.postN` for the Nth release made since that "
        "version of the description first shipped.",
        "",
    ]
    for data in record["history"]:
        release = Release.from_json(data)
        lines += [f"## {release.version}", ""]
        if release.first:
            operations, models = release.counts
            lines += [f"First release: {operations} operations, {models} models.", ""]
            continue
        body = _section(
            "Operations",
            release.operations,
            lambda name: _operation_label(name, record, {}),
        )
        body += _section("Models (component schemas)", release.schemas, lambda n: f"`{n}`")
        if release.spec_changed and not body:
            body = [
                "The API description changed outside its operations and models "
                "(servers, tags, security schemes or metadata).",
                "",
            ]
        if release.code_changed and not release.spec_changed:
            body.append(
                "Regenerated with new client templates or generator; "
                "the API description is unchanged."
            )
            body.append("")
        elif release.code_changed:
            body += ["The generated code changed with it.", ""]
        lines += body
    return "\n".join(lines).rstrip("\n") + "\n"


def dump_record(record: dict[str, Any]) -> str:
    """The record as JSON with one line per field, per operation, per schema and per release
    (short diffs when a release changes a few of them)."""

    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    fields: list[str] = []
    for key, value in record.items():
        if isinstance(value, dict) and value:
            inner = ",\n".join(f"    {line(k)}: {line(v)}" for k, v in value.items())
            fields.append(f"  {line(key)}: {{\n{inner}\n  }}")
        elif isinstance(value, list) and value:
            inner = ",\n".join(f"    {line(item)}" for item in value)
            fields.append(f"  {line(key)}: [\n{inner}\n  ]")
        else:
            fields.append(f"  {line(key)}: {line(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def apply_release(
    api_name: str, project: str, document: dict[str, Any], fresh: Path, previous_dir: Path
) -> str:
    """Give the freshly generated client at `fresh` (generated with PLACEHOLDER as its version)
    its version, record and changelog, continuing the record found in `previous_dir`; return
    the version."""
    files = [(relative, path, path.read_bytes()) for relative, path in _hashed_files(fresh)]
    client_sha256 = _hash_contents([(relative, content) for relative, _, content in files])
    record = next_record(api_name, document, client_sha256, read_record(previous_dir))
    (fresh / RECORD).write_text(dump_record(record), encoding="utf-8")
    (fresh / CHANGELOG).write_text(render_changelog(project, record), encoding="utf-8")
    placeholder = PLACEHOLDER.encode()
    for _, path, content in files:
        if path.suffix in {".toml", ".md", ".py"} and placeholder in content:
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace(PLACEHOLDER, record["version"]), encoding="utf-8")
    return str(record["version"])
