"""`schemathesis.toml` is committed as `specbench fuzz-config` writes it, and says only true things:
every business-rule status a mock declares is a response the spec documents for that operation."""

from __future__ import annotations

import tomllib

from specbench.bundle import load_bundle
from specbench.fuzz_config import CONFIG_FILE, operation_settings, render
from specbench.layout import Api
from specbench.openapi import operations
from tests.conftest import APIS


def test_committed_file_is_up_to_date() -> None:
    assert CONFIG_FILE.read_text(encoding="utf-8") == render(APIS), (
        "schemathesis.toml is stale: run `make` (specbench fuzz-config)"
    )


def test_one_project_per_spec_named_by_its_title() -> None:
    projects = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))["project"]
    titles = sorted(project["title"] for project in projects)
    assert titles == sorted(load_bundle(api)["info"]["title"] for api in APIS)


def test_business_rule_statuses_are_documented_responses(api: Api) -> None:
    documented = {
        str(op.operation_id): {str(code) for code in op.node.get("responses", {})}
        for op in operations(load_bundle(api))
    }
    for operation_id, settings in operation_settings(api).items():
        assert operation_id in documented, f"{operation_id} is not an operation of {api.name}"
        missing = set(settings.extra_positive) - documented[operation_id]
        assert not missing, f"{operation_id} does not document {sorted(missing)}"
