"""Per-API mock declarations, by spec folder name. An API without one gets a generic mock."""

from __future__ import annotations

from typing import Any

from specbench.mock.apis import botbye, botpress, koreai, mspbots, workdrive
from specbench.mock.auth import credential_headers
from specbench.mock.vendor import Vendor

VENDORS: dict[str, Vendor] = {
    "botbye": botbye.VENDOR,
    "botpress": botpress.VENDOR,
    "koreai": koreai.VENDOR,
    "mspbots": mspbots.VENDOR,
    "workdrive": workdrive.VENDOR,
}


def vendor_for(api_name: str) -> Vendor:
    return VENDORS.get(api_name, Vendor())


def credential_headers_for(api_name: str, document: dict[str, Any], token: str) -> dict[str, str]:
    """The headers a client of `api_name`'s mock sends when the mock's token is `token`."""
    return credential_headers(document, vendor_for(api_name).credential(token))
