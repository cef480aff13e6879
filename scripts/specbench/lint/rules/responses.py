"""Every operation answers a 2xx with a JSON schema and refers to the shared error response."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import deref, operations

ERROR_SCHEMA = "#/components/schemas/Error"


def is_shared_error_response(document: dict[str, Any], response: Any) -> bool:
    """A `$ref` to components/responses whose JSON schema is the Error schema."""
    if not (
        isinstance(response, dict)
        and str(response.get("$ref", "")).startswith("#/components/responses/")
    ):
        return False
    target = deref(document, response)
    content = target.get("content") or {}
    return any(
        (media or {}).get("schema", {}).get("$ref") == ERROR_SCHEMA for media in content.values()
    )


def check(document: dict[str, Any]) -> Iterator[Finding]:
    for op in operations(document):
        responses = op.node.get("responses") or {}
        success = {code: r for code, r in responses.items() if str(code).startswith("2")}
        if not success:
            yield f"{op.pointer}/responses", f"{op.label} declares no 2xx response"
        for code, response in success.items():
            target = deref(document, response)
            content = (target or {}).get("content") or {}
            if not any("schema" in (media or {}) for media in content.values()):
                yield (
                    f"{op.pointer}/responses/{code}",
                    f"{op.label} answers {code} without a response schema",
                )
        client_errors = [r for code, r in responses.items() if str(code).startswith("4")]
        if not any(is_shared_error_response(document, r) for r in client_errors):
            yield (
                f"{op.pointer}/responses",
                f"{op.label} has no 4xx response referring to a shared error response "
                f"(components/responses/* with schema {ERROR_SCHEMA})",
            )


RULE = Rule("responses", "a 2xx with a schema and a 4xx $ref to the shared error response", check)
