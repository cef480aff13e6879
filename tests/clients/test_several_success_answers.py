"""An operation with several 2xx answers: sync/asyncio return the union of those answers' models
only (no error model, no None). No operation of the five specs has two today, so a copy of the
Botpress spec gets one (Get User also answering 202 with a conversation) and is generated."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable

from tests.conftest import SpecCopy

PROBE = """
import json, sys
import httpx
sys.path.insert(0, sys.argv[1])
import botpress_client
from botpress_client.api.user import get_user

print(get_user.sync.__annotations__["return"])
print(get_user.sync_detailed.__annotations__["return"])
user = {"id": "user_1", "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z",
        "tags": {}}
conversation = {"id": "conv_1", "createdAt": "2024-01-01T00:00:00Z",
                "updatedAt": "2024-01-01T00:00:00Z", "channel": "c", "integration": "i",
                "tags": {}}
for status, body in ((200, {"user": user}), (202, {"conversation": conversation})):
    client = botpress_client.AuthenticatedClient(
        base_url="http://t", token="t",
        httpx_args={"transport": httpx.MockTransport(
            lambda request: httpx.Response(status, json=body))})
    print(type(get_user.sync("user_1", client=client, x_bot_id="b")).__name__)
"""


def test_sync_returns_the_union_of_the_success_answers(
    spec_copy: Callable[[str], SpecCopy],
) -> None:
    copy = spec_copy("botpress")
    copy.edit(
        "paths/chat_users_{id}.yaml",
        "runtime-api/openapi/getUser\n  responses:\n",
        "runtime-api/openapi/getUser\n  responses:\n"
        "    '202':\n      description: A conversation instead (a test of several 2xx).\n"
        "      content:\n        application/json:\n          schema:\n"
        "            $ref: ../components/schemas/ConversationResponse.yaml\n",
    )
    for step in ("bundle", "generate"):
        outcome = copy.specbench(step)
        assert outcome.returncode == 0, outcome.output
    package = copy.root / "generated" / "botpress-client"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(package)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    plain = re.sub(r"botpress_client\.[\w.]*?\.(?=[A-Z])", "", result.stdout)
    sync_type, detailed_type, at_200, at_202 = plain.split("\n")[:4]
    assert sync_type == "ConversationResponse | UserResponse"
    assert detailed_type == "Response[ConversationResponse | Error | UserResponse]"
    assert (at_200, at_202) == ("UserResponse", "ConversationResponse")
