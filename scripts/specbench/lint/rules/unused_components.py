"""No component is declared without being reachable from the paths (or webhooks)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import escape, local_refs, resolve_pointer


def reachable_refs(document: dict[str, Any]) -> set[str]:
    """Every local ref reachable from outside `components`, followed transitively."""
    roots = {key: value for key, value in document.items() if key != "components"}
    pending = [ref for _, ref in local_refs(roots)]
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen or not ref.startswith("#"):
            continue
        seen.add(ref)
        try:
            target = resolve_pointer(document, ref[1:])
        except (KeyError, IndexError, ValueError, TypeError):
            continue
        pending.extend(inner for _, inner in local_refs(target))
    return seen


def used_security_schemes(document: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    requirement_lists = [document.get("security") or []]
    for item in (document.get("paths") or {}).values():
        for op in (item or {}).values():
            if isinstance(op, dict) and "security" in op:
                requirement_lists.append(op["security"] or [])
    for requirements in requirement_lists:
        for requirement in requirements:
            names.update(requirement)
    return names


def check(document: dict[str, Any]) -> Iterator[Finding]:
    used = reachable_refs(document)
    schemes = used_security_schemes(document)
    for section, entries in (document.get("components") or {}).items():
        for name in entries or {}:
            ptr = f"/components/{escape(section)}/{escape(name)}"
            if section == "securitySchemes":
                if name not in schemes:
                    yield ptr, f"security scheme {name!r} is never required"
            elif f"#{ptr}" not in used and not any(r.startswith(f"#{ptr}/") for r in used):
                yield ptr, f"component {section}/{name} is never used"


RULE = Rule("unused-components", "every component is used", check)
