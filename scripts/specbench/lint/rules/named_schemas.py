"""Request bodies and 2xx answers are named component schemas, so generated models get names a
user would write (`ListUsersResponse`), never an operation's name with a status code
(`ListUsersResponse200`, `CreateUserBody`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import deref, operations, pointer

COMPONENT_SCHEMA = "#/components/schemas/"


def defines_inline_object(schema: Any) -> bool:
    """Whether a generator would make a model of `schema` itself (rather than of a `$ref`):
    an object schema written in place, or an array or union whose members are."""
    if not isinstance(schema, dict):
        return False
    if "$ref" in schema:
        return not str(schema["$ref"]).startswith(COMPONENT_SCHEMA)
    types = schema.get("type")
    type_list = types if isinstance(types, list) else [types]
    if "object" in type_list or "properties" in schema or "allOf" in schema:
        return True
    if isinstance(schema.get("additionalProperties"), dict):
        return True
    members = [schema.get("items"), *schema.get("oneOf", []), *schema.get("anyOf", [])]
    return any(defines_inline_object(member) for member in members)


def _media_findings(
    document: dict[str, Any], node: Any, where: str, what: str
) -> Iterator[Finding]:
    content = (deref(document, node) or {}).get("content") or {}
    for media_type, media in content.items():
        schema = (media or {}).get("schema")
        if defines_inline_object(schema):
            yield (
                f"{where}/content/{pointer(media_type)[1:]}/schema",
                f"{what} ({media_type}) is an inline object schema: move it to "
                f"components/schemas under a name users would write",
            )


def check(document: dict[str, Any]) -> Iterator[Finding]:
    for op in operations(document):
        if "requestBody" in op.node:
            yield from _media_findings(
                document,
                op.node["requestBody"],
                f"{op.pointer}/requestBody",
                f"the request body of {op.label}",
            )
        for code, response in (op.node.get("responses") or {}).items():
            if str(code).startswith("2"):
                yield from _media_findings(
                    document,
                    response,
                    f"{op.pointer}/responses/{code}",
                    f"the {code} answer of {op.label}",
                )


RULE = Rule(
    "named-schemas",
    "request bodies and 2xx answers are $refs to named component schemas",
    check,
)
