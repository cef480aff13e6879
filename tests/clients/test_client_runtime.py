"""What the specbench client templates add to every generated package, against the mocks:
lazy auto-pagination (sync and async), retries honouring Retry-After, typed errors, clients
built from the environment."""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import botbye_client
import botpress_client
import koreai_client
import koreai_client.client as koreai_client_module
import mspbots_client
import pytest
import workdrive_client
from attrs import evolve
from botbye_client.api.projects import create_project, get_project
from botbye_client.api.requests import list_requests
from botbye_client.errors import BotByeError
from botbye_client.models import ProjectInput
from botpress_client.api.user import create_user, get_user
from botpress_client.api.user import list_users as botpress_list_users
from botpress_client.errors import BotpressError
from botpress_client.models import CreateUserRequest
from koreai_client.api.admin_console import list_audit_logs
from koreai_client.api.data_tables import insert_table_data, query_table_data
from koreai_client.errors import KoreAiError
from koreai_client.models import InsertTableDataRequest, QueryTableDataRequest
from mspbots_client.api.dataset import get_dataset_data
from mspbots_client.errors import MspbotsError
from workdrive_client.api.user import create_user as workdrive_create_user
from workdrive_client.api.user import delete_user as workdrive_delete_user
from workdrive_client.api.user import list_users as workdrive_list_users
from workdrive_client.client import default_retry
from workdrive_client.errors import WorkDriveError
from workdrive_client.models import UserInput

from specbench.mock import build_mock_app
from specbench.mock.apis.koreai.jwt_auth import client_id, sign
from specbench.mock.apis.mspbots.resources import DATASET_ID
from specbench.mock.faults import Faults
from tests.conftest import api_named
from tests.mock_server import serving

TOKEN = "runtime-token"
BOT = "bot_runtime"


@pytest.fixture
def botpress() -> Iterator[botpress_client.AuthenticatedClient]:
    with serving(build_mock_app(api_named("botpress"), token=TOKEN)) as url:
        yield botpress_client.AuthenticatedClient(base_url=url, token=TOKEN)


@pytest.fixture
def workdrive_url() -> Iterator[str]:
    with serving(build_mock_app(api_named("workdrive"), token=TOKEN)) as url:
        yield url


def workdrive(url: str) -> workdrive_client.AuthenticatedClient:
    """A client with the default retry policy (tests `evolve` it to change the policy)."""
    return workdrive_client.AuthenticatedClient(
        base_url=url, token=TOKEN, auth_header_name="X-API-KEY", prefix=""
    )


def test_botpress_iterates_every_user_once_across_pages(
    botpress: botpress_client.AuthenticatedClient,
) -> None:
    """45 users, pages of 20 (nextToken): 3 requests, newest first, nothing twice."""
    made = []
    for n in range(45):
        body = CreateUserRequest.from_dict({"tags": {}, "name": f"user-{n}"})
        created = create_user.sync(client=botpress, body=body, x_bot_id=BOT)
        assert created is not None and not isinstance(created, botpress_client.models.Error)
        made.append(created.user.id)
    newest_first = list(reversed(made))
    assert [
        u.id for u in botpress_list_users.iterate(client=botpress, x_bot_id=BOT)
    ] == newest_first

    async def collect() -> list[str]:
        return [u.id async for u in botpress_list_users.aiterate(client=botpress, x_bot_id=BOT)]

    assert asyncio.run(collect()) == newest_first


def test_workdrive_iterates_pages_by_number(workdrive_url: str) -> None:
    client = workdrive(workdrive_url)
    made = [
        workdrive_create_user.sync(client=client, body=UserInput.from_dict({"firstName": f"u{n}"}))
        for n in range(7)
    ]
    ids = [user.id for user in made if isinstance(user, workdrive_client.models.User)]
    expected = list(reversed(ids))
    assert [u.id for u in workdrive_list_users.iterate(client=client, per_page=3)] == expected

    async def collect() -> list[str]:
        pages = workdrive_list_users.aiterate(client=client, per_page=3)
        return [u.id async for u in pages]

    assert asyncio.run(collect()) == expected


def test_mspbots_iterates_current_up_to_pages() -> None:
    with serving(build_mock_app(api_named("mspbots"), token=TOKEN)) as url:
        client = mspbots_client.AuthenticatedClient(
            base_url=url, token=TOKEN, auth_header_name="apikey", prefix=""
        )
        rows = list(get_dataset_data.iterate(DATASET_ID, client=client, size=10))
        assert [row.additional_properties["id"] for row in rows] == [
            654321324612312 + n for n in range(25)
        ]

        async def collect() -> int:
            return len([r async for r in get_dataset_data.aiterate(DATASET_ID, client=client)])

        assert asyncio.run(collect()) == 25


def test_a_get_waits_out_two_429s_with_retry_after() -> None:
    faults = Faults(status=429, count=2, retry_after=1)
    with serving(build_mock_app(api_named("workdrive"), token=TOKEN, faults=faults)) as url:
        started = time.monotonic()
        answer = workdrive_list_users.sync(client=workdrive(url))
        waited = time.monotonic() - started
    assert isinstance(answer, workdrive_client.models.UserList)
    assert faults.served == 3  # two refused, the third answered
    assert waited >= 1.9  # Retry-After: 1, twice


def test_a_post_is_retried_only_when_opted_in() -> None:
    body = UserInput.from_dict({"firstName": "Ann"})
    faults = Faults(status=503, count=1)
    with serving(build_mock_app(api_named("workdrive"), token=TOKEN, faults=faults)) as url:
        with pytest.raises(WorkDriveError) as raised:
            workdrive_create_user.sync(client=workdrive(url), body=body)
        assert raised.value.status_code == 503 and faults.served == 1
        faults.count = 1
        opted_in = evolve(workdrive(url), retry=default_retry(retry_non_idempotent=True))
        created = workdrive_create_user.sync(client=opted_in, body=body)
        assert isinstance(created, workdrive_client.models.User) and faults.served == 3


def test_retries_can_be_switched_off() -> None:
    faults = Faults(status=502, count=1)
    app = build_mock_app(api_named("workdrive"), token=TOKEN, faults=faults)
    with serving(app) as url, pytest.raises(WorkDriveError) as raised:
        workdrive_list_users.sync(client=evolve(workdrive(url), retry=None))
    assert raised.value.status_code == 502 and faults.served == 1


def test_each_api_raises_its_error_class_with_vendor_fields(
    botpress: botpress_client.AuthenticatedClient, workdrive_url: str
) -> None:
    with pytest.raises(BotpressError) as bp:
        get_user.sync("user_missing", client=botpress, x_bot_id=BOT)
    assert (bp.value.status_code, bp.value.code, bp.value.type) == (404, 404, "ResourceNotFound")

    with pytest.raises(WorkDriveError) as wd:
        workdrive_delete_user.sync(uuid.uuid4(), client=workdrive(workdrive_url))
    assert (wd.value.status_code, wd.value.code, wd.value.type) == (404, 404, "Not Found")
    assert "does not exist" in wd.value.message

    with serving(build_mock_app(api_named("mspbots"), token=TOKEN)) as url:
        client = mspbots_client.AuthenticatedClient(
            base_url=url, token=TOKEN, auth_header_name="apikey", prefix=""
        )
        with pytest.raises(MspbotsError) as ms:
            get_dataset_data.sync("42", client=client)
    assert (ms.value.status_code, ms.value.code, ms.value.message) == (
        404,
        -1,
        "Can't find dataset",
    )

    with serving(build_mock_app(api_named("koreai"), token=TOKEN)) as url:
        forged = koreai_client.AuthenticatedClient(base_url=url, token="not-a-jwt")
        with pytest.raises(KoreAiError) as ko:
            list_audit_logs.sync(client=forged)
    assert (ko.value.status_code, ko.value.code) == (401, 401) and ko.value.message


def test_clients_come_from_the_environment(
    workdrive_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKDRIVE_BASE_URL", workdrive_url)
    monkeypatch.setenv("WORKDRIVE_TOKEN", TOKEN)
    client = workdrive_client.AuthenticatedClient.from_env()
    assert isinstance(workdrive_list_users.sync(client=client), workdrive_client.models.UserList)
    monkeypatch.delenv("WORKDRIVE_TOKEN")
    with pytest.raises(RuntimeError, match="WORKDRIVE_TOKEN"):
        workdrive_client.AuthenticatedClient.from_env()


def test_koreai_iterates_table_rows_by_offset() -> None:
    """Five rows, `sys_limit` 2: three requests following `hasMore`, every row once, in order."""
    secret = "koreai-runtime-secret"
    with serving(build_mock_app(api_named("koreai"), token=secret)) as url:
        client = koreai_client.AuthenticatedClient(
            base_url=url, token=sign(secret), auth_header_name="auth", prefix=""
        )
        for n in range(5):
            body = InsertTableDataRequest.from_dict({"data": {"n": n}})
            insert_table_data.sync("numbers", client=client, body=body)
        everything = QueryTableDataRequest.from_dict({})
        rows = query_table_data.iterate("numbers", client=client, body=everything, sys_limit=2)
        assert [row.additional_properties["n"] for row in rows] == [0, 1, 2, 3, 4]

        async def collect() -> list[int]:
            pages = query_table_data.aiterate(
                "numbers", client=client, body=everything, sys_limit=2
            )
            return [row.additional_properties["n"] async for row in pages]

        assert asyncio.run(collect()) == [0, 1, 2, 3, 4]


def test_koreai_client_signs_its_own_jwt_and_renews_it(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "koreai-app-secret"
    with serving(build_mock_app(api_named("koreai"), token=secret)) as url:
        monkeypatch.setenv("KOREAI_BASE_URL", url)
        monkeypatch.setenv("KOREAI_CLIENT_ID", client_id())
        monkeypatch.setenv("KOREAI_CLIENT_SECRET", secret)
        client = koreai_client.AuthenticatedClient.from_env()
        assert list_audit_logs.sync(client=client) is not None

        monkeypatch.setenv("KOREAI_CLIENT_ID", "cs-another-app")
        stranger = koreai_client.AuthenticatedClient.from_env()
        with pytest.raises(KoreAiError) as refused:
            list_audit_logs.sync(client=stranger)
        assert refused.value.status_code == 401

    clock = [1_000_000.0]
    monkeypatch.setattr("koreai_client.client.time.time", lambda: clock[0])
    signer = koreai_client_module.JwtSigner("cs-app", secret, lifetime=600)
    first = signer.token()
    clock[0] += 500  # still 100 s left: the same token
    assert signer.token() == first
    clock[0] += 50  # within a minute of expiry: a fresh one
    assert signer.token() != first


def test_botbye_iterates_keyset_pages_with_a_where_tree() -> None:
    """`cursor.after` ← `pageInfo.endCursor`, `first` 7, a `where` and `order_by` kept on every
    page: the same nodes, in the same order, as one page of 100."""
    key = base64.b64encode(TOKEN.encode()).decode()
    with serving(build_mock_app(api_named("botbye"), token=TOKEN)) as url:
        client = botbye_client.AuthenticatedClient(
            base_url=url, token=key, auth_header_name="X-Api-Key", prefix=""
        )
        account = "6c1f2a9e-3b7d-4e55-9a01-2f8c4d7e9b10"
        project = create_project.sync(
            account, client=client, body=ProjectInput(name="Shop", url="https://shop.example")
        )
        assert isinstance(project, botbye_client.models.Project) and isinstance(project.id, str)
        project_id: str = project.id
        where = json.dumps({"fieldPath": "requestMethod", "predicate": "eq", "value": "GET"})
        order = json.dumps([{"fieldPath": "createdAt", "direction": "DESC"}])
        whole = list_requests.sync(
            account,
            project_id,
            client=client,
            where=where,
            order_by=order,
            cursor=json.dumps({"first": 100}),
        )
        assert isinstance(whole, botbye_client.models.RequestConnection)
        expected = [edge.node.id for edge in whole.edges]
        assert 7 < len(expected) < 60  # a real filter, several pages of 7
        pages = list_requests.iterate(
            account,
            project_id,
            client=client,
            where=where,
            order_by=order,
            cursor=json.dumps({"first": 7}),
        )
        assert [node.id for node in pages] == expected

        async def collect() -> list[Any]:
            nodes = list_requests.aiterate(
                account,
                project_id,
                client=client,
                where=where,
                order_by=order,
                cursor=json.dumps({"first": 7}),
            )
            return [node.id async for node in nodes]

        assert asyncio.run(collect()) == expected


def test_koreai_and_botbye_404s_raise_their_error_classes() -> None:
    secret = "koreai-404-secret"
    with serving(build_mock_app(api_named("koreai"), token=secret)) as url:
        client = koreai_client.AuthenticatedClient(
            base_url=url, token=sign(secret), auth_header_name="auth", prefix=""
        )
        with pytest.raises(KoreAiError) as ko:
            query_table_data.sync("never_written", client=client, body=QueryTableDataRequest())
    assert (ko.value.status_code, ko.value.code) == (404, 404)
    assert "never_written" in ko.value.message

    key = base64.b64encode(TOKEN.encode()).decode()
    with serving(build_mock_app(api_named("botbye"), token=TOKEN)) as url:
        client_bb = botbye_client.AuthenticatedClient(
            base_url=url, token=key, auth_header_name="X-Api-Key", prefix=""
        )
        with pytest.raises(BotByeError) as bb:
            get_project.sync("some-account", "no-such-project", client=client_bb)
    assert bb.value.status_code == 404 and "no-such-project" in bb.value.message
