"""Every API's mock is there, each reached through its own generated client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def botbye(client: Any) -> Any:
    from botbye_client.api.projects import list_projects

    return list_projects.sync("acct-1", client=client)


def botpress(client: Any) -> Any:
    from botpress_client.api.user import list_users

    return list_users.sync(client=client, x_bot_id="bot-example")


def koreai(client: Any) -> Any:
    from koreai_client.api.admin_console import list_audit_logs

    return list_audit_logs.sync(client=client)


def mspbots(client: Any) -> Any:
    from mspbots_client.api.dataset import get_dataset_data

    return get_dataset_data.sync("1534956341424005122", client=client)


def workdrive(client: Any) -> Any:
    from workdrive_client.api.user import list_users

    return list_users.sync(client=client)


# Kore.ai's credential is a JWT signed with the token: PyJWT warns below 32 bytes of secret.
TOKENS = {"koreai": "a-client-secret-of-at-least-32-bytes"}


@pytest.mark.parametrize("call", [botbye, botpress, koreai, mspbots, workdrive])
def test_a_read_through_the_generated_client(specbench_mock, call: Callable[[Any], Any]) -> None:
    mock = specbench_mock(call.__name__, token=TOKENS.get(call.__name__))
    assert call(mock.client()) is not None
    assert [(r.method, r.status) for r in mock.requests] == [("GET", 200)]
