"""Every local `$ref` resolves; no reference is left pointing at another file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbench.lint.rules import Finding, Rule
from specbench.openapi import local_refs, resolve_pointer


def check(document: dict[str, Any]) -> Iterator[Finding]:
    for where, ref in local_refs(document):
        if not ref.startswith("#"):
            yield f"{where}/$ref", f"$ref {ref!r} points outside the bundled document"
            continue
        try:
            resolve_pointer(document, ref[1:])
        except (KeyError, IndexError, ValueError, TypeError):
            yield f"{where}/$ref", f"$ref {ref!r} does not resolve"


RULE = Rule("references", "every $ref resolves inside the bundle", check)
