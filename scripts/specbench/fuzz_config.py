"""schemathesis settings the specs need beyond the documents themselves, in one place.

Two kinds of per-operation settings:
- business-rule statuses: some operations answer schema-valid input with an error because of a
  rule the schema cannot state (a row that breaks its table's own schema: 400). The mocks declare
  them (`Vendor.semantic_statuses`); `positive_data_acceptance` must accept them there;
- `negative_data_rejection` also accepts a 2xx for operations with a `deepObject` query
  parameter: schemathesis 4.32.5 mutates a value inside such an object (`tags[k]=false` for a
  string map) and calls the request invalid, though on the wire `false` is the valid string
  "false". (Said through `expected-statuses` rather than `enabled = false`, which `st run
  --checks all` would override.) Every other check still runs on those operations.

The contract tests read these from here, and `schemathesis.toml` at the repository root (written by
`specbench fuzz-config`) carries them to `st run`, which loads it from the working directory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from specbench.bundle import load_bundle
from specbench.layout import ROOT, Api
from specbench.mock.apis import vendor_for
from specbench.openapi import Operation, operations, parameters
from specbench.security import BEARER, scheme_header, security_schemes

CONFIG_FILE = ROOT / "schemathesis.toml"
# What valid input may get from a mock: success, or 404 (an id that does not exist) and 409 (a
# name already taken). Not 401/403: a mock that ignored the right token would pass otherwise.
MOCK_POSITIVE_STATUSES = ("2xx", "404", "409")
# schemathesis' own default for `positive_data_acceptance` (4.32.5), kept for `st run` so that a
# live server's 429 or 403 is not a failure.
CLI_POSITIVE_STATUSES = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")
# schemathesis' default for `negative_data_rejection` (4.32.5), plus 2xx (see above).
LENIENT_NEGATIVE_STATUSES = (
    *("400", "401", "403", "404", "405", "406", "409", "415", "422", "428", "429", "5xx"),
    "2xx",
)


@dataclass
class OperationSettings:
    """What one operation needs beyond the defaults."""

    extra_positive: list[str] = field(default_factory=list)
    negative_check: bool = True

    def checks(self, base: tuple[str, ...]) -> dict[str, Any]:
        """The schemathesis `checks` table for this operation."""
        checks: dict[str, Any] = {}
        if self.extra_positive:
            statuses = [*base, *(s for s in self.extra_positive if s not in base)]
            checks["positive_data_acceptance"] = {"expected-statuses": statuses}
        if not self.negative_check:
            checks["negative_data_rejection"] = {"expected-statuses": [*LENIENT_NEGATIVE_STATUSES]}
        return checks


def auth_config(document: dict[str, Any], credential: str) -> dict[str, Any]:
    """schemathesis' OpenAPI-aware auth: sends `credential` per scheme, breaks it on purpose."""
    schemes: dict[str, dict[str, str]] = {}
    for name, scheme in security_schemes(document).items():
        if scheme_header(scheme) == BEARER:
            schemes[name] = {"bearer": credential}
        elif scheme.get("type") == "apiKey":
            schemes[name] = {"api_key": credential}
    return {"auth": {"openapi": schemes}}


def has_deep_object_query(document: dict[str, Any], op: Operation) -> bool:
    return any(
        param.get("in") == "query" and param.get("style") == "deepObject"
        for param in parameters(document, op)
    )


def operation_settings(api: Api) -> dict[str, OperationSettings]:
    """Per operationId, the settings that differ from the defaults."""
    document = load_bundle(api)
    settings: dict[str, OperationSettings] = {}
    for operation_id, statuses in vendor_for(api.name).semantic_statuses.items():
        extra = [str(status) for status in statuses]
        settings.setdefault(operation_id, OperationSettings()).extra_positive = extra
    for op in operations(document):
        if op.operation_id and has_deep_object_query(document, op):
            settings.setdefault(op.operation_id, OperationSettings()).negative_check = False
    return dict(sorted(settings.items()))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return f'"{value}"'


def render(apis: list[Api]) -> str:
    """The text of `schemathesis.toml`: one `[[project]]` per API, named by its title."""
    lines = [
        "# Written by `specbench fuzz-config` (run by `make`); do not edit by hand.",
        "# `st run` loads this file from the working directory or its parents. A project is the",
        "# spec whose info.title it names. Why each operation entry exists: see",
        "# scripts/specbench/fuzz_config.py (business-rule statuses; deepObject query parameters).",
    ]
    for api in apis:
        title = load_bundle(api)["info"]["title"]
        lines += ["", "[[project]]", f'title = "{title}"']
        for operation_id, settings in operation_settings(api).items():
            checks = settings.checks(CLI_POSITIVE_STATUSES)
            if not checks:
                continue
            lines += ["", "[[project.operations]]", f'include-operation-id = "{operation_id}"']
            for check, options in checks.items():
                for key, value in options.items():
                    lines.append(f"checks.{check}.{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def write(apis: list[Api]) -> bool:
    """Write `schemathesis.toml`; True when it changed."""
    text = render(apis)
    old = CONFIG_FILE.read_text(encoding="utf-8") if CONFIG_FILE.exists() else None
    if old != text:
        CONFIG_FILE.write_text(text, encoding="utf-8")
    return old != text
