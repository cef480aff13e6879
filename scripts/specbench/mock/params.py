"""Turn the strings of a request's path, query and headers into typed values, per the spec."""

from __future__ import annotations

import re
from typing import Any

from starlette.datastructures import Headers, QueryParams

from specbench.mock.schemas import schema_types

_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def coerce(raw: str, schema: dict[str, Any]) -> Any:
    """The typed value a raw string stands for; the raw string when it fits no declared type."""
    for kind in schema_types(schema) or ["string"]:
        if kind == "integer" and _INTEGER.fullmatch(raw):
            return int(raw)
        if kind == "number" and _NUMBER.fullmatch(raw):
            return float(raw) if any(c in raw for c in ".eE") else int(raw)
        if kind == "boolean" and raw in ("true", "false"):
            return raw == "true"
        if kind == "null" and raw in ("", "null"):
            return None
        if kind == "string":
            return raw
    return raw


def _deep_path(key: str, name: str) -> list[str] | None:
    """The member path a query key names under object `name`: `name[a][b]` → `["a", "b"]`, and
    the dot form some clients send, `name.a` → `["a"]` (everything after the first dot is one
    key); None for any other key."""
    if key.startswith(f"{name}[") and key.endswith("]"):
        return key[len(name) + 1 : -1].split("][")
    if key.startswith(f"{name}.") and len(key) > len(name) + 1:
        return [key[len(name) + 1 :]]
    return None


def read_deep_object(query: QueryParams, name: str, items: dict[str, Any]) -> dict[str, Any]:
    """`name[a]=1&name[b][c]=2` → `{"a": 1, "b": {"c": 2}}`; `name.a=1` → `{"a": 1}` too.

    Deeper keys build nested objects and repeated keys lists, so that a value the schema does
    not allow fails validation instead of being flattened into a string. The literal `null`
    stands for JSON null, as clients serialize it.
    """
    found: dict[str, Any] = {}
    for key, raw in query.multi_items():
        path = _deep_path(key, name)
        if path is None:
            continue
        value: Any = None if raw == "null" else coerce(raw, items)
        target = found
        for part in path[:-1]:
            child = target.get(part)
            target[part] = child = child if isinstance(child, dict) else {}
            target = child
        last = path[-1]
        if last in target:
            previous = target[last]
            target[last] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            target[last] = value
    return found


def read_query(
    query: QueryParams,
    name: str,
    schema: dict[str, Any],
    style: str,
    items: dict[str, Any],
    declared: frozenset[str] = frozenset(),
) -> tuple[bool, Any]:
    """(present, value) of one query parameter: scalar, exploded array, deepObject, or a
    form-exploded object, which takes every query key that no `declared` parameter names."""
    kinds = schema_types(schema)
    if style == "deepObject":
        found = read_deep_object(query, name, items)
        return bool(found), found
    if "object" in kinds and style == "form":
        free = {key: coerce(raw, items) for key, raw in query.multi_items() if key not in declared}
        return bool(free), free
    if "array" in kinds:
        values = query.getlist(name)
        return bool(values), [coerce(v, items) for v in values]
    if name not in query:
        return False, None
    return True, coerce(query[name], schema)


def read_header(headers: Headers, name: str, schema: dict[str, Any]) -> tuple[bool, Any]:
    if name not in headers:
        return False, None
    return True, coerce(headers[name], schema)
