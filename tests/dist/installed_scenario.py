"""A user's first program against the five client wheels, installed in a fresh venv outside the
repository (run by test_packages.py with that venv's python; it imports nothing of specbench).

Every client comes from the environment (`<API>_BASE_URL`, `<API>_TOKEN`, Kore.ai's client id and
secret), as each package's README says. Bodies are built from the type the operation declares,
so the program reads like user code without depending on model names. Prints the installed
versions as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http import HTTPStatus
from importlib.metadata import version
from typing import Any, Protocol, get_type_hints

import botbye_client
import botpress_client
import koreai_client
import mspbots_client
import workdrive_client
from botbye_client.api.projects import list_projects
from botpress_client.api.user import create_user, get_user, list_users
from koreai_client.api.admin_console import list_audit_logs
from mspbots_client.api.dataset import get_dataset_data
from workdrive_client.api.user import list_users as list_workdrive_users

MSPBOTS_DATASET = "1534956341424005122"


class Answer(Protocol):
    @property
    def status_code(self) -> HTTPStatus: ...

    @property
    def content(self) -> bytes: ...


def body_for(operation: Callable[..., Any], data: dict[str, Any]) -> Any:
    """The operation's declared body type, filled from `data`."""
    return get_type_hints(operation)["body"].from_dict(data)


def ok(answer: Answer, what: str) -> Any:
    if not 200 <= answer.status_code < 300:
        raise SystemExit(f"{what}: {int(answer.status_code)} {answer.content!r}")
    return json.loads(answer.content)


def botpress() -> None:
    bot = "bot-installed"
    with botpress_client.AuthenticatedClient.from_env() as client:
        body = body_for(create_user.sync_detailed, {"name": "Ada", "tags": {"crm:id": "42"}})
        created = ok(create_user.sync_detailed(client=client, x_bot_id=bot, body=body), "create")
        user_id = created["user"]["id"]
        got = ok(get_user.sync_detailed(user_id, client=client, x_bot_id=bot), "get")
        assert got["user"]["name"] == "Ada", got
        listed = ok(list_users.sync_detailed(client=client, x_bot_id=bot), "list")
        assert user_id in [user["id"] for user in listed["users"]], listed


def one_call_each() -> None:
    with botbye_client.AuthenticatedClient.from_env() as client:
        ok(list_projects.sync_detailed("account-1", client=client), "botbye listProjects")
    with koreai_client.AuthenticatedClient.from_env() as client:
        ok(list_audit_logs.sync_detailed(client=client), "koreai listAuditLogs")
    with mspbots_client.AuthenticatedClient.from_env() as client:
        ok(get_dataset_data.sync_detailed(MSPBOTS_DATASET, client=client), "mspbots dataset")
    with workdrive_client.AuthenticatedClient.from_env() as client:
        ok(list_workdrive_users.sync_detailed(client=client), "workdrive listUsers")


if __name__ == "__main__":
    botpress()
    one_call_each()
    names = ("botbye", "botpress", "koreai", "mspbots", "workdrive")
    print(json.dumps({name: version(f"{name}-client") for name in names}))
