"""Runs inside the throwaway root: the new API's mock, its generated client and its contract."""

from __future__ import annotations

from typing import Any

import schemathesis
from gadgets_client.api.gadget import create_gadget, get_gadget, list_gadgets
from gadgets_client.errors import GadgetShopError
from gadgets_client.models import CreateGadgetRequest
from hypothesis import HealthCheck, settings

from specbench.bundle import load_bundle
from specbench.layout import Api
from specbench.mock import build_mock_app
from specbench.testing import MockApi

API = Api("gadgets")
TOKEN = "gadget-token"


def test_the_client_creates_reads_and_iterates(specbench_mock: Any) -> None:
    mock: MockApi = specbench_mock("gadgets")
    client = mock.client()
    made = [
        create_gadget.sync(client=client, body=CreateGadgetRequest(name=f"g{n}", price=n))
        for n in range(5)
    ]
    assert get_gadget.sync(made[0].gadget.id, client=client).gadget.name == "g0"
    assert [g.name for g in list_gadgets.iterate(client=client)] == [
        f"g{n}" for n in (4, 3, 2, 1, 0)
    ]
    try:
        get_gadget.sync("gdg_missing", client=client)
    except GadgetShopError as error:
        assert (error.status_code, error.code) == (404, 404)
        assert error.message == "gadget gdg_missing does not exist"
    else:
        raise AssertionError("a missing gadget must raise")


schema: Any = schemathesis.openapi.from_dict(
    load_bundle(API),
    config=schemathesis.Config.from_dict({"auth": {"openapi": {"ApiKey": {"api_key": TOKEN}}}}),
)
schema.app = build_mock_app(API, token=TOKEN)


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_contract(case: Any) -> None:
    case.call_and_validate()
