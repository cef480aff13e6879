"""The made-up Gadget Shop API's mock declarations: its error body and resource behaviours."""

from __future__ import annotations

from typing import Any

from specbench.mock.behaviours import Create, ListItems, Read, Resource, per_mock
from specbench.mock.errors import ApiError
from specbench.mock.vendor import Vendor

GADGETS = Resource("gadgets", "gdg_")


def error_body(error: ApiError) -> dict[str, Any]:
    return {"problem": {"status": error.status, "detail": error.message}}


VENDOR = Vendor(
    error_body=error_body,
    behaviours=per_mock(
        {
            "createGadget": Create(GADGETS, "gadget"),
            "getGadget": Read(GADGETS, "gadget"),
            "listGadgets": ListItems(GADGETS),
        }
    ),
)
