"""The BotBye mock: `X-Api-Key` holding the Base64 of the token, `{message}` errors, projects
with their rules and rate limiters, and the keyset query builder on every list."""

from __future__ import annotations

import base64
import binascii
import hmac
from typing import Any

from specbench.mock.apis.botbye import resources
from specbench.mock.behaviours import per_mock
from specbench.mock.errors import ApiError
from specbench.mock.vendor import Vendor


def encode_token(token: str) -> str:
    """What a client sends in `X-Api-Key`: `echo -n "<token>" | base64`."""
    return base64.b64encode(token.encode("utf-8")).decode("ascii")


def verify(_scheme: str, presented: str, token: str) -> bool:
    """True when `presented` is valid Base64 (standard alphabet, padded) of the mock's token."""
    try:
        decoded = base64.b64decode(presented.encode("ascii"), validate=True)
    except (ValueError, UnicodeError, binascii.Error):
        return False
    return hmac.compare_digest(decoded, token.encode("utf-8"))


def error_body(error: ApiError) -> dict[str, Any]:
    """`{"message": …}` (specs/botbye/ERRATA.md "Error body")."""
    return {"message": error.message}


# schemathesis cannot write JSON into a string parameter: its `where`, `order_by` and `cursor`
# are random text, which the API answers with 400 though the string schema allows it.
QUERY_BUILDER_LISTS = (
    "listProjects",
    "listRequests",
    "listRequestOverviews",
    "listMultiAccounts",
    "listCompromisedUsers",
)

# An update whose body `id` names no rule (rate limiter) of the project: 400, see resources.py.
UPDATES = ("updateRule", "updateRateLimiter")

VENDOR = Vendor(
    error_body=error_body,
    behaviours=per_mock(resources.BEHAVIOURS),
    verify=verify,
    credential=encode_token,
    semantic_statuses=dict.fromkeys((*QUERY_BUILDER_LISTS, *UPDATES), (400,)),
)
