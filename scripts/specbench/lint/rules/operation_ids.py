"""operationIds: present, unique, camelCase, starting with a verb that fits the HTTP method."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import operations

CAMEL_CASE = re.compile(r"^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)*$")

# Verbs an operationId may start with, per method. POST also carries bulk reads, updates and
# deletes that need a body (e.g. Botpress `deleteTableRows`, Kore.ai table `query`).
VERBS: dict[str, frozenset[str]] = {
    "get": frozenset({"get", "list", "find", "search", "query", "download", "export", "count"}),
    "post": frozenset(
        {
            "create",
            "add",
            "call",
            "send",
            "upload",
            "insert",
            "upsert",
            "duplicate",
            "set",
            "getOrCreate",
            "getOrSet",
            "find",
            "search",
            "query",
            "update",
            "delete",
            "remove",
            "run",
            "trigger",
            "invite",
            "assign",
            "publish",
            "import",
            "export",
        }
    ),
    "put": frozenset({"update", "set", "rename", "replace", "upsert", "assign"}),
    "patch": frozenset({"patch", "update"}),
    "delete": frozenset({"delete", "remove"}),
    "head": frozenset({"check", "get"}),
}


def leading_verb(operation_id: str, method: str) -> str | None:
    """The longest allowed verb for `method` that opens `operation_id`, if any."""
    for verb in sorted(VERBS.get(method, ()), key=len, reverse=True):
        rest = operation_id[len(verb) :]
        if operation_id.startswith(verb) and (not rest or rest[0].isupper()):
            return verb
    return None


def check(document: dict[str, Any]) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for op in operations(document):
        op_id = op.node.get("operationId")
        where = op.pointer
        if not isinstance(op_id, str) or not op_id:
            yield where, f"{op.label} has no operationId"
            continue
        if not CAMEL_CASE.match(op_id):
            yield f"{where}/operationId", f"operationId {op_id!r} is not camelCase"
        if leading_verb(op_id, op.method) is None:
            allowed = ", ".join(sorted(VERBS.get(op.method, ())))
            yield (
                f"{where}/operationId",
                f"operationId {op_id!r} does not start with a verb fitting "
                f"{op.method.upper()} ({allowed})",
            )
        if op_id in seen:
            yield f"{where}/operationId", f"operationId {op_id!r} is also used by {seen[op_id]}"
        else:
            seen[op_id] = op.label


RULE = Rule("operation-ids", "unique camelCase operationIds starting with a fitting verb", check)
