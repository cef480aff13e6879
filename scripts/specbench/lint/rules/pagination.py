"""Every `x-specbench-pagination` declaration fits its JSON Schema and its operation: the query
parameters it pages with are declared, and the answer members it names exist in the 2xx schema."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import jsonschema

from specbench.lint.rules import Finding, Rule
from specbench.openapi import Operation, deref, operations, parameters
from specbench.pagination import EXTENSION, paging_of


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    text = resources.files("specbench.pagination").joinpath("schema.json").read_text("utf-8")
    return jsonschema.Draft202012Validator(json.loads(text))


def _answer_schema(document: dict[str, Any], op: Operation) -> Any:
    for code, response in (op.node.get("responses") or {}).items():
        if str(code).startswith("2"):
            content = (deref(document, response) or {}).get("content") or {}
            media = content.get("application/json") or {}
            return media.get("schema")
    return None


def _declares(document: dict[str, Any], schema: Any, dotted: str) -> bool:
    """Whether the object schema declares the member at a dotted path (through `$ref`s and
    `allOf`)."""
    node = deref(document, schema)
    for name in dotted.split("."):
        if not isinstance(node, dict):
            return False
        members = [node, *(deref(document, part) for part in node.get("allOf", []))]
        found = next(
            (m["properties"][name] for m in members if name in (m.get("properties") or {})),
            None,
        )
        if found is None:
            return False
        node = deref(document, found)
    return True


def check(document: dict[str, Any]) -> Iterator[Finding]:
    for op in operations(document):
        if EXTENSION not in op.node:
            continue
        where = f"{op.pointer}/{EXTENSION}"
        errors = list(_validator().iter_errors(op.node[EXTENSION]))
        if errors:
            best = jsonschema.exceptions.best_match(errors)
            yield where, f"{op.label}: {EXTENSION} is invalid: {best.message}"
            continue
        paging = paging_of(op.node)
        assert paging is not None
        query = {p.get("name") for p in parameters(document, op) if p.get("in") == "query"}
        for name in sorted(paging.query_parameters() - query):
            yield where, f"{op.label} pages with query parameter {name!r} but does not declare it"
        answer = _answer_schema(document, op)
        for path in paging.answer_paths():
            if not _declares(document, answer, path):
                yield where, f"{op.label} pages by answer member {path!r}, which its 2xx lacks"


RULE = Rule(
    "pagination",
    f"every {EXTENSION} fits its schema, its query parameters and its 2xx answer",
    check,
)
