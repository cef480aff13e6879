"""specbench.testing.MockApi: in-process answers, per-instance state, faults, strictness."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
from enum import Enum
from typing import Any

import httpx
import pytest
from botpress_client.api.user import get_user, list_users
from botpress_client.errors import BotpressError

from specbench.layout import discover_apis
from specbench.mock.apis.botpress import chat
from specbench.mock.behaviours import Create
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import SchemaValidator
from specbench.testing import MockApi, RejectedRequest

NAMES = [api.name for api in discover_apis()]
BOT = "bot-1"


def names(page: Any) -> list[str]:
    """The user names of a `listUsers` page, sorted."""
    return sorted(str(user.name) for user in page.users)


# One read per API, with what it needs: (operationId, path parameters, headers).
READS: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "botbye": ("listProjects", {"account_id": "acct-1"}, {}),
    "botpress": ("listUsers", {}, {"x-bot-id": "bot-1"}),
    "koreai": ("listAuditLogs", {}, {}),
    "mspbots": ("getDatasetData", {"resourceId": "1534956341424005122"}, {}),
    "workdrive": ("listUsers", {}, {}),
}


def a_read(mock: MockApi) -> tuple[str, dict[str, str]]:
    """The path and extra headers of a read the API answers 200 on a fresh mock."""
    operation_id, values, headers = READS[mock.name]
    (op,) = [op for op in mock.app.operations if op.operation_id == operation_id]
    return op.path.format(**values), headers


@pytest.mark.parametrize("name", sorted(READS))
def test_every_api_answers_in_process_with_its_credential(name: str) -> None:
    with MockApi(name) as mock:
        path, extra = a_read(mock)
        with httpx.Client(
            transport=mock.transport, base_url=mock.base_url, headers=mock.headers
        ) as http:
            answer = http.get(path, headers=extra)
        assert answer.status_code == 200, answer.text
        without = httpx.Client(transport=mock.transport, base_url=mock.base_url).get(path)
        assert without.status_code == 401
        assert [(e.method, e.path, e.status, e.rejected) for e in mock.requests] == [
            ("GET", path, 200, False),
            ("GET", path, 401, True),
        ]
        assert mock.requests[1].message
        mock.rejections.clear()  # a property: the failure is still reported
        with pytest.raises(RejectedRequest, match="401"):
            mock.check()


@pytest.mark.parametrize("name", sorted(READS))
def test_client_is_the_generated_authenticated_client(name: str) -> None:
    mock = MockApi(name)
    client = mock.client()
    assert type(client).__module__ == f"{name}_client.client"
    path, extra = a_read(mock)
    assert client.get_httpx_client().get(path, headers=extra).status_code == 200
    mock.close()


def test_two_mocks_of_one_api_never_share_data() -> None:
    first, second = MockApi("botpress"), MockApi("botpress")
    ada = first.preload("users", [{"name": "Ada"}])[0]
    assert names(list_users.sync(client=first.client(), x_bot_id=BOT)) == ["Ada"]
    assert names(list_users.sync(client=second.client(), x_bot_id=BOT)) == []
    with pytest.raises(BotpressError) as missing:
        get_user.sync(ada["id"], client=second.client(), x_bot_id=BOT)
    assert missing.value.status_code == 404
    assert first.requests != second.requests
    assert len(second.requests) == 2


SHARED_READ_ONLY = (SchemaValidator, CompiledOperation)


def _objects(root: Any, seen: dict[int, Any]) -> dict[int, Any]:
    """The objects reachable from behaviours that could hold state: instances of classes
    (dataclass or not), found through fields, lists and dicts. The compiled operations and
    their validators are read-only and shared by design (one compilation per process);
    plain dicts and lists are the document's schemas."""
    if isinstance(root, dict | list | tuple | set | frozenset):
        for value in root.values() if isinstance(root, dict) else root:
            _objects(value, seen)
        return seen
    if (
        id(root) in seen
        or isinstance(root, (*SHARED_READ_ONLY, type, str, bytes, int, float, Enum))
        or root is None
        or (callable(root) and not hasattr(root, "__dataclass_fields__"))
    ):
        return seen
    if dataclasses.is_dataclass(root):
        if not getattr(type(root), "__dataclass_params__").frozen:  # noqa: B009
            seen[id(root)] = root
        for field in dataclasses.fields(root):
            _objects(getattr(root, field.name, None), seen)
    elif hasattr(root, "__dict__"):
        seen[id(root)] = root
        _objects(vars(root), seen)
    return seen


@pytest.mark.parametrize("name", NAMES)
def test_behaviours_are_made_per_mock(name: str) -> None:
    one, two = MockApi(name), MockApi(name)
    mine = _objects(list(one.app.behaviours.values()), {})
    theirs = _objects(list(two.app.behaviours.values()), {})
    assert len(mine) >= len(one.app.behaviours)
    shared = [mine[key] for key in mine.keys() & theirs.keys()]
    assert not shared
    assert one.app.store is not two.app.store


def test_declared_behaviours_stay_unbound_templates() -> None:
    MockApi("botpress")
    create = chat.BEHAVIOURS["createUser"]
    assert isinstance(create, Create)
    assert create.schema == {} and create.guard is None
    assert copy.deepcopy(create) == create


def test_sync_and_async_clients_and_preloading() -> None:
    mock = MockApi("botpress", data={"users": [{"name": "Ada"}, {"name": "Grace"}]})
    assert mock.resources() == ["conversations", "events", "messages", "users"]
    client = mock.client()
    assert names(list_users.sync(client=client, x_bot_id=BOT)) == ["Ada", "Grace"]

    async def listed() -> list[str]:
        async with mock.client() as async_client:
            return names(await list_users.asyncio(client=async_client, x_bot_id=BOT))

    assert asyncio.run(listed()) == ["Ada", "Grace"]
    with pytest.raises(ValueError, match="not a valid users item"):
        mock.preload("users", [{"name": 5}])
    with pytest.raises(ValueError, match="needs an 'id'"):
        mock.preload("somewhere", [{"name": "x"}])


def test_sync_transport_works_inside_a_running_loop() -> None:
    mock = MockApi("botpress")

    async def sync_call_from_async_code() -> int:
        return len(names(list_users.sync(client=mock.client(), x_bot_id=BOT)))

    assert asyncio.run(sync_call_from_async_code()) == 0


def test_fail_next_drives_retries_then_typed_errors() -> None:
    mock = MockApi("botpress")
    client = mock.client()
    mock.fail_next(429, times=2, retry_after=0)
    assert names(list_users.sync(client=client, x_bot_id=BOT)) == []
    assert [e.status for e in mock.requests] == [429, 429, 200]
    assert not mock.rejections
    mock.fail_next(503, times=10)
    with pytest.raises(BotpressError) as failed:
        list_users.sync(client=mock.client(retry=None), x_bot_id=BOT)
    assert failed.value.status_code == 503
    answer = httpx.Client(transport=mock.transport, base_url=mock.base_url).get("/v1/chat/users")
    assert answer.status_code == 503  # the fault comes before the credential check


def test_fail_next_sets_retry_after_and_rejects_nonsense() -> None:
    mock = MockApi("workdrive")
    mock.fail_next(429, retry_after=7)
    http = httpx.Client(transport=mock.transport, base_url=mock.base_url, headers=mock.headers)
    answer = http.get(a_read(mock)[0])
    assert answer.status_code == 429 and answer.headers["retry-after"] == "7"
    assert answer.json()["statusCode"] == 429  # the vendor's error body
    with pytest.raises(ValueError):
        mock.fail_next(200)
    with pytest.raises(ValueError):
        mock.fail_next(500, times=0)


def test_non_strict_mock_only_answers_the_4xx() -> None:
    with MockApi("botpress", strict=False) as mock:
        http = mock.client().get_httpx_client()
        answer = http.post("/v1/chat/users", json={"name": 5}, headers={"x-bot-id": "b"})
        assert answer.status_code == 400
        assert mock.rejections[0].message is not None
        assert "name" in mock.rejections[0].message
    # leaving the block checked nothing: strict=False


def test_unknown_api_is_named() -> None:
    with pytest.raises(ValueError, match=r"known: .*botpress"):
        MockApi("nope")
