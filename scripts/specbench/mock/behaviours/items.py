"""One stored item: building it, updating it, matching it and checking it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from specbench.mock.behaviours.call import Call
from specbench.mock.behaviours.ids import new_id
from specbench.mock.errors import ApiError, Reason
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import now, synthesizer
from specbench.mock.store import Store


class FieldFit:
    """Which request fields can be stored as they are: those valid against the resource's own
    property schema. A field whose request form differs from its stored form (an id list where
    the resource holds objects, a string where it holds an array) is not copied."""

    def __init__(self, op: CompiledOperation, schema: dict[str, Any]) -> None:
        self.validators = {
            name: op.compiler.compile(prop) for name, prop in schema.get("properties", {}).items()
        }

    def keep(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        return {
            name: value
            for name, value in fields.items()
            if name in self.validators and self.validators[name].is_valid(value)
        }


class Blank:
    """How a new resource of one schema is made, worked out once per operation: its required
    fields' defaults (a compiled synthesizer), its declared properties, whether it has an id,
    and which of `createdAt`/`updatedAt` it stamps."""

    def __init__(self, document: dict[str, Any], schema: dict[str, Any]) -> None:
        properties = schema.get("properties", {})
        self.properties = frozenset(properties)
        self.has_id = "id" in self.properties
        self.stamps = tuple(key for key in ("createdAt", "updatedAt") if key in self.properties)
        # A stamp is set by `build` anyway: its default only holds its place among the keys.
        placeholders = {key: {"const": None} for key in self.stamps}
        self.defaults = synthesizer(
            document, {**schema, "properties": {**properties, **placeholders}}
        )

    def build(self, store: Store, fields: Mapping[str, Any], id_prefix: str) -> dict[str, Any]:
        """A new resource: required defaults, then the given fields it declares, then id and
        dates."""
        item: dict[str, Any] = self.defaults() or {}
        item.update({k: v for k, v in fields.items() if k in self.properties})
        if self.has_id:
            item["id"] = new_id(store, id_prefix)
        if self.stamps:
            stamp = now()
            for key in self.stamps:
                item[key] = stamp
        return item


def build_item(
    call: Call, schema: dict[str, Any], fields: Mapping[str, Any], id_prefix: str
) -> dict[str, Any]:
    """A new resource of `schema` (see `Blank`, which works it out once for repeated use)."""
    return Blank(call.op.document, schema).build(call.store, fields, id_prefix)


def merge_fields(
    item: dict[str, Any],
    fields: Mapping[str, Any],
    schema: dict[str, Any],
    merge_maps: Iterable[str] = (),
) -> dict[str, Any]:
    """Apply an update: declared fields replace, `merge_maps` fields merge key by key.

    In a merged map an empty-string value unsets the key (the Botpress tag rule).
    """
    properties = schema.get("properties", {})
    updated = dict(item)
    for key, value in fields.items():
        if key not in properties:
            continue
        if key in merge_maps and isinstance(value, dict):
            merged = dict(updated.get(key) or {})
            for name, entry in value.items():
                if entry == "":
                    merged.pop(name, None)
                else:
                    merged[name] = entry
            updated[key] = merged
        else:
            updated[key] = value
    if "updatedAt" in properties:
        updated["updatedAt"] = now()
    return updated


def matches(item: Mapping[str, Any], wanted: Mapping[str, Any]) -> bool:
    """Equality on scalars, subset on maps (every wanted key with the same value)."""
    for key, value in wanted.items():
        have = item.get(key)
        if isinstance(value, dict):
            if not isinstance(have, dict) or any(have.get(k) != v for k, v in value.items()):
                return False
        elif have != value:
            return False
    return True


class ItemGuard:
    """Rejects (400) a request whose valid body still yields an invalid resource."""

    def __init__(self, op: CompiledOperation, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.validator = op.compiler.compile(schema)

    def check(self, item: Any, kind: str | None = None) -> None:
        errors = self.validator.errors(item)
        if errors:
            raise ApiError(
                400,
                "The request would store an invalid resource: " + "; ".join(errors),
                kind,
                reason=Reason.INVALID_RESOURCE,
            )
