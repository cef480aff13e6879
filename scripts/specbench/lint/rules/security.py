"""Every operation is secured by a declared security scheme."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import operations
from specbench.security import security_schemes


def check(document: dict[str, Any]) -> Iterator[Finding]:
    schemes = security_schemes(document)
    for index, requirement in enumerate(document.get("security") or []):
        for name in requirement:
            if name not in schemes:
                yield f"/security/{index}", f"security scheme {name!r} is not declared"
    for op in operations(document):
        requirements = op.node.get("security", document.get("security"))
        if not requirements or not any(requirements):
            yield op.pointer, f"{op.label} has no security requirement"
            continue
        if "security" in op.node:
            for index, requirement in enumerate(requirements):
                for name in requirement:
                    if name not in schemes:
                        yield (
                            f"{op.pointer}/security/{index}",
                            f"security scheme {name!r} is not declared",
                        )


RULE = Rule("security", "security on every operation, by declared schemes", check)
