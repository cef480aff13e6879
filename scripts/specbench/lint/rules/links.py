"""OpenAPI links (used by stateful tests) name real operations, parameters and request values."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import Operation, deref, escape, operations, parameters

_EXPRESSION = re.compile(
    r"\$(?:response\.body#(?:/[^/]*)*|request\.(?:path|query|header)\.[A-Za-z0-9_.-]+"
    r"|request\.body#(?:/[^/]*)*|statusCode|url|method)"
)


def parameter_names(document: dict[str, Any], op: Operation) -> dict[str, set[str]]:
    """Names of an operation's parameters, by location."""
    names: dict[str, set[str]] = {"path": set(), "query": set(), "header": set()}
    for param in parameters(document, op):
        names.setdefault(param.get("in", ""), set()).add(str(param.get("name", "")).lower())
    return names


def check(document: dict[str, Any]) -> Iterator[Finding]:
    by_id = {op.operation_id: op for op in operations(document) if op.operation_id}
    for op in operations(document):
        own = parameter_names(document, op)
        for code, raw in (op.node.get("responses") or {}).items():
            response = deref(document, raw)
            for name, link in (response.get("links") or {}).items():
                where = f"{op.pointer}/responses/{escape(str(code))}/links/{escape(name)}"
                target = by_id.get(link.get("operationId"))
                if target is None:
                    yield (
                        where,
                        f"link {name!r} names unknown operation {link.get('operationId')!r}",
                    )
                    continue
                accepted = set().union(*parameter_names(document, target).values())
                for param, expression in (link.get("parameters") or {}).items():
                    bare = param.split(".", 1)[-1].lower()
                    if bare not in accepted:
                        yield (
                            where,
                            f"link {name!r}: {target.operation_id} has no parameter {param!r}",
                        )
                    text = str(expression)
                    if text.startswith("$") and not _EXPRESSION.fullmatch(text):
                        yield where, f"link {name!r}: {text!r} is not a runtime expression"
                    found = re.match(r"\$request\.(path|query|header)\.(.+)", text)
                    if found and found.group(2).lower() not in own[found.group(1)]:
                        yield (
                            where,
                            f"link {name!r}: {op.label} has no {found.group(1)} "
                            f"parameter {found.group(2)!r}",
                        )


RULE = Rule("links", "links name existing operations, parameters and request values", check)
