"""schemathesis fuzzes every spec against its in-process mock: all checks, 0 failures.

One test per operation, `test_operation[<api>-<operationId>]` (examples, coverage and fuzzing
phases: positive and negative data, auth, missing headers, unsupported methods) and one stateful
test per API that follows the spec's OpenAPI links (create → get → update → delete). `make fuzz`
runs the same tests longer (`SPECBENCH_FUZZ_EXAMPLES`). With `SPECBENCH_LIVE_URL` and
`SPECBENCH_LIVE_TOKEN` set they run against a real server instead (see `live.py`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from specbench.bundle import load_bundle
from specbench.fuzz_config import (
    CLI_POSITIVE_STATUSES,
    MOCK_POSITIVE_STATUSES,
    auth_config,
    operation_settings,
)
from specbench.layout import Api
from specbench.mock import build_mock_app
from specbench.mock.apis import vendor_for
from specbench.mock.store import Store
from specbench.openapi import operations
from tests.conftest import APIS
from tests.contract.live import LiveTarget, live_target

TOKEN = "contract-token"
EXAMPLES = int(os.environ.get("SPECBENCH_FUZZ_EXAMPLES", "25"))
# `make bench` counts the cases `make fuzz` sends: each worker process writes its count here.
COUNT_DIR = os.environ.get("SPECBENCH_FUZZ_COUNT_DIR", "")
_sent = 0

if COUNT_DIR:

    @schemathesis.hook
    def after_call(context: Any, case: Any, response: Any) -> None:
        global _sent
        _sent += 1

    @pytest.fixture(scope="module", autouse=True)
    def _write_count() -> Iterator[None]:
        yield
        (Path(COUNT_DIR) / f"{os.getpid()}.count").write_text(str(_sent), encoding="utf-8")


def base_statuses(live: LiveTarget | None) -> tuple[str, ...]:
    """A mock must accept valid input; a live server may also rate-limit or forbid it."""
    return CLI_POSITIVE_STATUSES if live else MOCK_POSITIVE_STATUSES


def contract_config(api: Api, live: LiveTarget | None, document: dict[str, Any]) -> dict[str, Any]:
    """schemathesis settings shared by every test of one API."""
    config: dict[str, Any] = {
        **auth_config(document, live.token if live else vendor_for(api.name).credential(TOKEN)),
        "checks": {"positive_data_acceptance": {"expected-statuses": list(base_statuses(live))}},
    }
    if live is not None:
        config["base-url"] = live.url
        config["parameters"] = live.parameters
    return config


def contract_schema(api: Api, live: LiveTarget | None, operation_id: str | None = None) -> Any:
    """The bundled spec (one operation of it, or all) bound to a fresh mock or the live server.

    Per-operation settings and the choice of one operation go into the config itself:
    schemathesis 4.32.5 drops an `include()` filter when the config holds `operations` entries,
    and a schema loaded from a fixture (`from_fixture`) keeps only the config's filters.
    """
    document = load_bundle(api)
    config = contract_config(api, live, document)
    per_operation = operation_settings(api)
    if operation_id is not None:
        if operation_id in per_operation:
            config["checks"].update(per_operation[operation_id].checks(base_statuses(live)))
        config["operations"] = [{"exclude-operation-id": operation_id, "enabled": False}]
    else:
        config["operations"] = [
            {"include-operation-id": name, "checks": settings.checks(base_statuses(live))}
            for name, settings in per_operation.items()
        ]
    schema: Any = schemathesis.openapi.from_dict(
        document, config=schemathesis.Config.from_dict(config)
    )
    if live is None:
        schema.app = build_mock_app(api, token=TOKEN)
    return schema


@dataclass(frozen=True)
class Target:
    """One operation of one API, against its mock or the live server."""

    api: Api
    live: LiveTarget | None
    operation_id: str


def operation_targets() -> list[Any]:
    """Every operation of every API, as pytest parameters `<api>-<operationId>`; only reads
    against a live server not opened for writes."""
    targets = []
    for api in APIS:
        live = live_target(api)
        for op in operations(load_bundle(api)):
            if live is not None and not live.write and op.method not in ("get", "head"):
                continue
            target = Target(api, live, str(op.operation_id))
            targets.append(pytest.param(target, id=f"{api.name}-{op.operation_id}"))
    return targets


@pytest.fixture
def operation_schema(request: pytest.FixtureRequest) -> Any:
    """The schema of the operation under test, built when the test runs (not when pytest
    collects): each pytest-xdist worker builds only the operations it runs."""
    target: Target = request.param
    return contract_schema(target.api, target.live, target.operation_id)


@pytest.mark.parametrize("operation_schema", operation_targets(), indirect=True)
@schemathesis.pytest.from_fixture("operation_schema").parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_operation(case: Any) -> None:
    """Every schemathesis phase and check on one operation."""
    case.call_and_validate()


def stateful_test(schema: Any, api: Api) -> Any:
    """A unittest TestCase that walks the spec's links as a hypothesis state machine.

    Against a mock, every scenario starts from an empty store: hypothesis replays a scenario to
    shrink or confirm it, and a replay must see the answers the first run saw (with state left
    over, a create may conflict the second time, and the machine's data flow changes).
    """
    machine: Any = schema.as_state_machine()
    app = schema.app
    if app is not None:

        def setup(self: Any) -> None:
            app.store.close()
            app.store = Store(None, namespace=api.name)

        machine = type("FreshMockMachine", (machine,), {"setup": setup})
    test_case: Any = machine.TestCase
    test_case.settings = settings(
        max_examples=max(EXAMPLES, 30),
        stateful_step_count=8,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    return test_case


def declares_links(document: dict[str, Any]) -> bool:
    """Whether any response declares OpenAPI links (a read-only API like MSPbots has none)."""
    return any(
        (response or {}).get("links")
        for op in operations(document)
        for response in (op.node.get("responses") or {}).values()
    )


for _api in APIS:
    _live = live_target(_api)
    _document = load_bundle(_api)
    if (_live is None or _live.write) and declares_links(_document):
        globals()[f"Test{_api.name.title()}Links"] = stateful_test(
            contract_schema(_api, _live), _api
        )
