"""Mock storage: in memory by default, a SQLite file with `--db` that survives a restart, and
concurrent writers that lose nothing. Driven through the Botpress mock over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from specbench.mock import build_mock_app
from specbench.mock.store import Store
from tests.conftest import api_named
from tests.mock_server import serving

TOKEN = "store-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "x-bot-id": "bot-1"}
WRITERS = 8
USERS_PER_WRITER = 25


@contextmanager
def client(url: str) -> Iterator[httpx.Client]:
    """One connection pool for a whole test, shared by its writer threads (httpx.Client is
    thread-safe); a new client per request would spend most of its time setting up TLS contexts."""
    with httpx.Client(
        base_url=url, headers=HEADERS, limits=httpx.Limits(max_connections=WRITERS)
    ) as http:
        yield http


def create_user(http: httpx.Client, name: str) -> str:
    answer = http.post("/v1/chat/users", json={"name": name, "tags": {}})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["user"]["id"])


def every_user(http: httpx.Client) -> list[dict[str, Any]]:
    """Walk `listUsers` page by page through `meta.nextToken`."""
    users: list[dict[str, Any]] = []
    params: dict[str, str] = {}
    while True:
        page = http.get("/v1/chat/users", params=params)
        assert page.status_code == 200, page.text
        users += page.json()["users"]
        token = page.json()["meta"].get("nextToken")
        if not token:
            return users
        params = {"nextToken": token}


def test_memory_store_starts_empty_each_time() -> None:
    api = api_named("botpress")
    with serving(build_mock_app(api, token=TOKEN)) as url, client(url) as http:
        create_user(http, "Ada")
    with serving(build_mock_app(api, token=TOKEN)) as url, client(url) as http:
        assert every_user(http) == []


def test_db_file_survives_a_restart(tmp_path: Path) -> None:
    api, db = api_named("botpress"), str(tmp_path / "mock.sqlite")
    with serving(build_mock_app(api, db_path=db, token=TOKEN)) as url, client(url) as http:
        first = create_user(http, "Ada")
    with serving(build_mock_app(api, db_path=db, token=TOKEN)) as url, client(url) as http:
        again = http.get(f"/v1/chat/users/{first}")
        assert again.status_code == 200 and again.json()["user"]["name"] == "Ada"
        second = create_user(http, "Alan")
        assert second != first, "ids must not repeat after a restart"
        # Lists come newest first.
        assert [user["id"] for user in every_user(http)] == [second, first]


def test_apis_sharing_a_db_file_do_not_see_each_other(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.sqlite")
    one, other = Store(db, namespace="one"), Store(db, namespace="other")
    one.put("users", "u1", {"id": "u1"})
    assert other.get("users", "u1") is None and other.items("users") == []
    assert one.next_number("rows") == 1 and other.next_number("rows") == 1
    assert one.get("users", "u1") == {"id": "u1"}


@pytest.mark.parametrize("storage", ["memory", "file"])
def test_concurrent_creates_lose_nothing(tmp_path: Path, storage: str) -> None:
    db = str(tmp_path / "mock.sqlite") if storage == "file" else None
    app = build_mock_app(api_named("botpress"), db_path=db, token=TOKEN)
    with serving(app) as url, client(url) as http:
        names = [f"user-{w}-{i}" for w in range(WRITERS) for i in range(USERS_PER_WRITER)]
        with ThreadPoolExecutor(WRITERS) as pool:
            ids = list(pool.map(lambda name: create_user(http, name), names))
        assert len(set(ids)) == len(names), "two creates got the same id"
        stored = every_user(http)
        assert sorted(user["name"] for user in stored) == sorted(names)
        assert sorted(user["id"] for user in stored) == sorted(ids)


def test_concurrent_patches_of_one_state_lose_no_key() -> None:
    """Each writer patches its own key into the same state: all keys end up in it."""
    state = "/v1/chat/states/user/user_1/progress"
    with serving(build_mock_app(api_named("botpress"), token=TOKEN)) as url, client(url) as http:
        created = http.post(state, json={"payload": {}})
        assert created.status_code == 200, created.text
        keys = [f"k{i}" for i in range(WRITERS * USERS_PER_WRITER)]

        def patch(key: str) -> int:
            answer = http.patch(state, json={"payload": {key: key}})
            return answer.status_code

        with ThreadPoolExecutor(WRITERS) as pool:
            assert set(pool.map(patch, keys)) == {200}
        payload = http.get(state).json()["state"]["payload"]
        assert payload == {key: key for key in keys}
