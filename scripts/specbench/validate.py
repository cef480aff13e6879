"""`specbench validate`: openapi-spec-validator, the house rules and the endpoint inventory."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from specbench.inventory import compare, read_inventory
from specbench.layout import ROOT, Api
from specbench.lint import run_rules
from specbench.lint.problem import Problem
from specbench.lint.sources import SourceMap
from specbench.openapi import pointer


def spec_validator_problems(document: dict[str, Any], sources: SourceMap) -> list[Problem]:
    """What openapi-spec-validator finds, as Problems pointing into the bundle."""
    problems = []
    for error in OpenAPIV31SpecValidator(document).iter_errors():
        ptr = pointer(*[str(p) for p in error.absolute_path])
        problems.append(
            Problem(sources.file_for(ptr), ptr, "openapi-spec-validator", error.message)
        )
    return problems


def inventory_problems(api: Api, document: dict[str, Any]) -> list[Problem]:
    source = str(api.inventory.relative_to(ROOT))
    if not api.inventory.exists():
        return [Problem(source, "", "inventory", "the endpoint inventory is missing")]
    try:
        entries = read_inventory(api.inventory)
    except ValueError as error:
        return [Problem(source, "", "inventory", str(error))]
    return [
        Problem(source, "", "inventory", message) for message in compare(document, entries, source)
    ]


def validate_document(api: Api, document: dict[str, Any]) -> list[Problem]:
    """All problems of one bundled document; empty when it passes."""
    sources = SourceMap(api.root_document)
    problems = spec_validator_problems(document, sources)
    problems += run_rules(document, sources)
    problems += inventory_problems(api, document)
    return problems
