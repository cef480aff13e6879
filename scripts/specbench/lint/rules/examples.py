"""Every example (media types, parameters, schemas) and default validates against its schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from specbench.lint.rules import Finding, Rule
from specbench.openapi import deref, escape, resolve_pointer, walk

DOCUMENT_URI = "urn:specbench:document"

# Keywords whose values are sub-schemas (single, list or map of them).
_SINGLE = (
    "items",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "additionalProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


def subschemas(schema: Any, ptr: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The schema at `ptr` and every schema nested in it."""
    if not isinstance(schema, dict):
        return
    yield ptr, schema
    for key in _SINGLE:
        if isinstance(schema.get(key), dict):
            yield from subschemas(schema[key], f"{ptr}/{key}")
    for key in _LISTS:
        for index, item in enumerate(schema.get(key) or []):
            yield from subschemas(item, f"{ptr}/{key}/{index}")
    for key in _MAPS:
        for name, item in (schema.get(key) or {}).items():
            yield from subschemas(item, f"{ptr}/{key}/{escape(name)}")


class ExampleChecker:
    """Validates instances against schemas found anywhere in one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, resource)

    def errors(self, schema_pointer: str, instance: Any) -> list[str]:
        validator = Draft202012Validator(
            {"$ref": f"{DOCUMENT_URI}#{schema_pointer}"},
            registry=self.registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        found = []
        for error in validator.iter_errors(instance):
            at = "/".join(str(p) for p in error.absolute_path) or "(root)"
            found.append(f"at {at}: {error.message}")
        return found


def schema_roots(document: dict[str, Any]) -> Iterator[str]:
    """Pointers of every schema that is not nested in another schema."""
    for name in (document.get("components") or {}).get("schemas") or {}:
        yield f"/components/schemas/{escape(name)}"
    for ptr, node in walk(document):
        if ptr.startswith("/components/schemas/"):
            continue
        if isinstance(node, dict) and isinstance(node.get("schema"), dict):
            yield f"{ptr}/schema"


def check(document: dict[str, Any]) -> Iterator[Finding]:
    checker = ExampleChecker(document)
    # Examples of media types, parameters and headers: siblings of a `schema`.
    for ptr, node in walk(document):
        if not (isinstance(node, dict) and isinstance(node.get("schema"), dict)):
            continue
        if "example" in node:
            for message in checker.errors(f"{ptr}/schema", node["example"]):
                yield f"{ptr}/example", f"example is invalid {message}"
        for name, example in (node.get("examples") or {}).items():
            target = deref(document, example)
            if not isinstance(target, dict) or "value" not in target:
                continue
            for message in checker.errors(f"{ptr}/schema", target["value"]):
                yield f"{ptr}/examples/{escape(name)}", f"example {name!r} is invalid {message}"
    # Examples and defaults written inside schemas.
    for root in schema_roots(document):
        for ptr, schema in subschemas(resolve_pointer(document, root), root):
            values = (
                list(enumerate(schema.get("examples") or []))
                if isinstance(schema.get("examples"), list)
                else []
            )
            for index, value in values:
                for message in checker.errors(ptr, value):
                    yield f"{ptr}/examples/{index}", f"schema example is invalid {message}"
            for key in ("example", "default"):
                if key in schema:
                    for message in checker.errors(ptr, schema[key]):
                        yield f"{ptr}/{key}", f"schema {key} is invalid {message}"


RULE = Rule("examples", "every example and default validates against its schema", check)
