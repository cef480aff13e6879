"""A program a BotBye customer would write against botbye_client: a project, its traffic paged
with the keyset query builder, async, and the typed error. Checked by mypy --strict (no casts,
isinstance or ignores); run against the mock by test_usage.py."""

from __future__ import annotations

import asyncio
import json

from botbye_client import AuthenticatedClient
from botbye_client.api.projects import create_project, get_project, list_projects
from botbye_client.api.requests import list_requests
from botbye_client.errors import BotByeError
from botbye_client.models import ProjectInput

ACCOUNT = "6c1f2a9e-3b7d-4e55-9a01-2f8c4d7e9b10"
GETS = json.dumps({"fieldPath": "requestMethod", "predicate": "eq", "value": "GET"})


async def count_async(client: AuthenticatedClient, project: str) -> int:
    nodes = list_requests.aiterate(
        ACCOUNT, project, client=client, where=GETS, cursor=json.dumps({"first": 5})
    )
    return len([node async for node in nodes])


def main(base_url: str, key: str) -> dict[str, object]:
    client = AuthenticatedClient(base_url=base_url, token=key)
    created = create_project.sync(
        ACCOUNT, client=client, body=ProjectInput(name="Shop", url="https://shop.example")
    )
    if not created.id:
        raise RuntimeError("BotBye answered a project without an id")
    project = get_project.sync(ACCOUNT, created.id, client=client)
    projects = list_projects.sync(ACCOUNT, client=client)
    page = list_requests.sync(
        ACCOUNT, created.id, client=client, where=GETS, total=True, cursor=json.dumps({"first": 1})
    )
    methods = {
        node.request_method
        for node in list_requests.iterate(
            ACCOUNT, created.id, client=client, where=GETS, cursor=json.dumps({"first": 5})
        )
    }

    try:
        get_project.sync(ACCOUNT, "no-such-project", client=client)
        missing: tuple[int, object] = (0, None)
    except BotByeError as error:
        missing = (error.status_code, error.message)

    return {
        "name": project.name,
        "listed": created.id in [edge.node.id for edge in projects.edges],
        "total": page.page_info.total,
        "methods": sorted(str(m) for m in methods),
        "async": asyncio.run(count_async(client, created.id)),
        "missing": missing,
    }
