"""Per-API mock declarations, by spec folder name. An API without one gets a generic mock."""

from __future__ import annotations

from specbench.mock.apis import botpress
from specbench.mock.vendor import Vendor

VENDORS: dict[str, Vendor] = {
    "botpress": botpress.VENDOR,
}


def vendor_for(api_name: str) -> Vendor:
    return VENDORS.get(api_name, Vendor())
