"""What a client user sees of a spec: its operations and its schemas, hashed one by one, and
what differs between two such snapshots."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from specbench.openapi import operations

# Keys that document a node without changing what goes over the wire.
_DOC_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs", "title"})


def canonical(value: Any) -> bytes:
    """A stable byte form of a JSON value (sorted keys, no whitespace)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def digest(value: Any, length: int = 12) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()[:length]


def _shape(value: Any) -> Any:
    """`value` without its documentation keys (at any depth, except inside `properties`, whose
    keys are field names)."""
    if isinstance(value, list):
        return [_shape(item) for item in value]
    if not isinstance(value, dict):
        return value
    shaped: dict[str, Any] = {}
    for key, item in value.items():
        if key == "properties" and isinstance(item, dict):
            shaped[key] = {name: _shape(prop) for name, prop in item.items()}
        elif key not in _DOC_KEYS:
            shaped[key] = _shape(item)
    return shaped


def _entry(node: Any) -> list[str]:
    """[hash of the wire shape, hash of the whole node with its documentation]."""
    return [digest(_shape(node)), digest(node)]


def snapshot(document: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Per operation (`operationId`, else `METHOD /path`): [wire hash, full hash, route]; per
    component schema: [wire hash, full hash]."""
    ops: dict[str, list[str]] = {}
    for op in operations(document):
        node = {**op.node, "x-path-parameters": op.path_item.get("parameters", [])}
        node["x-route"] = op.label
        ops[op.operation_id or op.label] = [*_entry(node), op.label]
    schemas = (document.get("components") or {}).get("schemas") or {}
    return {
        "operations": dict(sorted(ops.items())),
        "schemas": {name: _entry(schemas[name]) for name in sorted(schemas)},
    }


@dataclass
class Changes:
    """Names added, removed, changed (wire shape) and re-documented (descriptions only)."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    documented: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, list[str]]:
        return {
            key: value
            for key, value in (
                ("added", self.added),
                ("removed", self.removed),
                ("changed", self.changed),
                ("documented", self.documented),
            )
            if value
        }

    @classmethod
    def from_json(cls, data: dict[str, list[str]]) -> Changes:
        return cls(
            added=list(data.get("added", [])),
            removed=list(data.get("removed", [])),
            changed=list(data.get("changed", [])),
            documented=list(data.get("documented", [])),
        )


def compare(before: dict[str, list[str]], after: dict[str, list[str]]) -> Changes:
    """How one hash map (operations or schemas) moved from `before` to `after`."""
    changes = Changes(
        added=sorted(set(after) - set(before)), removed=sorted(set(before) - set(after))
    )
    for name in sorted(set(before) & set(after)):
        old, new = before[name], after[name]
        if old[0] != new[0]:
            changes.changed.append(name)
        elif old[1] != new[1]:
            changes.documented.append(name)
    return changes
