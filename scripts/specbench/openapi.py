"""Read-only helpers over a bundled OpenAPI document: operations, refs, JSON pointers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def escape(token: str) -> str:
    """Escape one JSON-pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer from raw tokens."""
    return "".join("/" + escape(str(t)) for t in tokens)


def split_pointer(ptr: str) -> list[str]:
    return [unescape(t) for t in ptr.split("/")[1:]] if ptr else []


def resolve_pointer(document: Any, ptr: str) -> Any:
    """The value at a JSON pointer; KeyError/IndexError when it does not exist."""
    node = document
    for token in split_pointer(ptr):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of the document with where it lives."""

    path: str
    method: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def pointer(self) -> str:
        return pointer("paths", self.path, self.method)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) else None


def operations(document: dict[str, Any]) -> Iterator[Operation]:
    """Every operation under `paths`, in document order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                yield Operation(path, method, node, item)


def deref(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a non-reference node (at most 32 hops)."""
    for _ in range(32):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        ref = node["$ref"]
        if not ref.startswith("#"):
            return node
        node = resolve_pointer(document, ref[1:])
    raise ValueError("reference cycle")


def parameters(document: dict[str, Any], op: Operation) -> list[dict[str, Any]]:
    """The operation's parameters, dereferenced, path-level ones included; an operation-level
    parameter overrides the path-level one with the same name and location."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*op.path_item.get("parameters", []), *op.node.get("parameters", [])]:
        param = deref(document, raw)
        if isinstance(param, dict):
            merged[(str(param.get("name", "")), str(param.get("in", "")))] = param
    return list(merged.values())


def walk(node: Any, ptr: str = "") -> Iterator[tuple[str, Any]]:
    """Every (pointer, value) pair of a JSON tree, depth first."""
    yield ptr, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{ptr}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{ptr}/{index}")


def local_refs(node: Any, ptr: str = "") -> Iterator[tuple[str, str]]:
    """(pointer of the $ref, target) for every `$ref` string in a tree."""
    for where, value in walk(node, ptr):
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            yield where, value["$ref"]
