"""Every operation: exactly one declared tag, a summary and a description."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import operations, pointer


def check(document: dict[str, Any]) -> Iterator[Finding]:
    declared = {tag.get("name"): tag for tag in document.get("tags") or [] if isinstance(tag, dict)}
    for index, tag in enumerate(document.get("tags") or []):
        if not (isinstance(tag, dict) and str(tag.get("description") or "").strip()):
            yield pointer("tags", index), f"tag {tag.get('name')!r} has no description"
    for op in operations(document):
        tags = op.node.get("tags")
        if not isinstance(tags, list) or len(tags) != 1:
            yield op.pointer, f"{op.label} must have exactly one tag, has {tags!r}"
        elif tags[0] not in declared:
            yield f"{op.pointer}/tags/0", f"tag {tags[0]!r} is not declared under top-level tags"
        for key in ("summary", "description"):
            if not str(op.node.get(key) or "").strip():
                yield op.pointer, f"{op.label} has no {key}"


RULE = Rule("operation-docs", "one declared, described tag; summary and description", check)
