"""Per-API mock declarations, found by spec folder name: the package `specbench.mock.apis.<api>`
(when there is one) exports `VENDOR`. An API without one gets a generic mock; nothing here lists
the APIs, so adding one touches only its own folders."""

from __future__ import annotations

import functools
import importlib
import importlib.util
from typing import Any

from specbench.mock.auth import credential_headers
from specbench.mock.vendor import Vendor


@functools.cache
def vendor_for(api_name: str) -> Vendor:
    """The `VENDOR` of the API's own package, or the generic declarations."""
    module_name = f"{__name__}.{api_name}"
    if not api_name.isidentifier() or importlib.util.find_spec(module_name) is None:
        return Vendor()
    vendor = getattr(importlib.import_module(module_name), "VENDOR", None)
    if not isinstance(vendor, Vendor):
        raise TypeError(f"{module_name} must export VENDOR, a specbench.mock.vendor.Vendor")
    return vendor


def credential_headers_for(api_name: str, document: dict[str, Any], token: str) -> dict[str, str]:
    """The headers a client of `api_name`'s mock sends when the mock's token is `token`."""
    return credential_headers(document, vendor_for(api_name).credential(token))
