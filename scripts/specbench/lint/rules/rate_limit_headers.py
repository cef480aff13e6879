"""Every 429 answer tells clients when to retry: it declares the shared `Retry-After` header."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import deref, operations

RETRY_AFTER = "#/components/headers/RetryAfter"


def check(document: dict[str, Any]) -> Iterator[Finding]:
    for op in operations(document):
        response = (op.node.get("responses") or {}).get("429")
        if response is None:
            continue
        headers = (deref(document, response) or {}).get("headers") or {}
        declared = next(
            (value for name, value in headers.items() if name.lower() == "retry-after"), None
        )
        if not (isinstance(declared, dict) and declared.get("$ref") == RETRY_AFTER):
            yield (
                f"{op.pointer}/responses/429",
                f"the 429 answer of {op.label} does not declare Retry-After as "
                f"$ref {RETRY_AFTER!r}",
            )


RULE = Rule("rate-limit-headers", "every 429 answer declares the shared Retry-After header", check)
