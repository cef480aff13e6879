"""The field paths a BotBye query may name (camelCase or snake_case), their JSON types, and
a leaf's string value read as its field's type."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from specbench.mock.errors import invalid_parameter
from specbench.mock.schemas import resolve, schema_types

SCALARS = frozenset({"string", "integer", "number", "boolean"})


def snake_case(name: str) -> str:
    """`remoteAddr` → `remote_addr` (the seed writes field paths in snake_case)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class Field:
    """One member of a node that `where` and `order_by` may name: its path and JSON type."""

    path: tuple[str, ...]
    kind: str  # string, integer, number, boolean, array, object

    @property
    def name(self) -> str:
        return ".".join(self.path)

    def value_of(self, item: Mapping[str, Any]) -> Any:
        """The member's value in `item`; None when it (or a parent) is missing."""
        node: Any = item
        for part in self.path:
            if not isinstance(node, Mapping):
                return None
            node = node.get(part)
        return node


class Fields:
    """The field paths of one node type, by camelCase path and by its snake_case alias."""

    def __init__(self, fields: Iterable[Field]) -> None:
        self.by_name: dict[str, Field] = {}
        for field in fields:
            self.by_name[field.name] = field
            self.by_name.setdefault(".".join(snake_case(p) for p in field.path), field)

    @classmethod
    def from_schema(cls, document: dict[str, Any], schema: Any) -> Fields:
        """Every member of an object schema; nested objects add dotted paths."""
        found: list[Field] = []

        def visit(node: Any, prefix: tuple[str, ...], depth: int) -> None:
            flat = resolve(document, node)
            for name, prop in (flat.get("properties") or {}).items():
                member = resolve(document, prop)
                kinds = [k for k in schema_types(member) if k != "null"]
                kind = kinds[0] if kinds else ("object" if "properties" in member else "string")
                found.append(Field((*prefix, name), kind))
                if kind == "object" and depth < 4:
                    visit(member, (*prefix, name), depth + 1)

        visit(schema, (), 0)
        return cls(found)

    def get(self, parameter: str, path: Any) -> Field:
        field = self.by_name.get(path) if isinstance(path, str) else None
        if field is None:
            raise invalid_parameter(parameter, f"unknown fieldPath {path!r}")
        return field


def typed(field: Field, raw: str) -> Any:
    """A leaf's string value as the field's type; 400 when it is not one."""
    if field.kind == "integer":
        if re.fullmatch(r"-?[0-9]{1,18}", raw.strip()):
            return int(raw)
    elif field.kind == "number":
        try:
            number = float(raw)
        except ValueError:
            number = float("nan")
        if number == number and abs(number) != float("inf"):
            return number
    elif field.kind == "boolean":
        if raw in ("true", "false"):
            return raw == "true"
    else:
        return raw
    raise invalid_parameter(
        "where", f"{raw!r} is not a {field.kind} value for fieldPath {field.name!r}"
    )
