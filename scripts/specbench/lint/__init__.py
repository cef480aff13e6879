"""House rules for the specs, run on each bundled document."""

from __future__ import annotations

from typing import Any

from specbench.lint.problem import Problem
from specbench.lint.rules import (
    Rule,
    examples,
    links,
    named_schemas,
    operation_docs,
    operation_ids,
    pagination,
    rate_limit_headers,
    references,
    responses,
    security,
    unused_components,
)
from specbench.lint.sources import SourceMap

RULES: tuple[Rule, ...] = (
    references.RULE,
    operation_ids.RULE,
    operation_docs.RULE,
    responses.RULE,
    security.RULE,
    examples.RULE,
    links.RULE,
    pagination.RULE,
    named_schemas.RULE,
    rate_limit_headers.RULE,
    unused_components.RULE,
)


def run_rules(document: dict[str, Any], sources: SourceMap) -> list[Problem]:
    """Every finding of every house rule, sorted by file and place."""
    problems = [
        Problem(sources.file_for(ptr), ptr, rule.name, message)
        for rule in RULES
        for ptr, message in rule.check(document)
    ]
    return sorted(problems)
