"""A program a Kore.ai bot developer would write against koreai_client: a Data Table's rows,
offset paging, async, the client's own JWT, and the typed error. Checked by mypy --strict (no
casts, isinstance or ignores); run against the mock by test_usage.py."""

from __future__ import annotations

import asyncio

from koreai_client import AuthenticatedClient
from koreai_client.api.data_tables import (
    delete_table_data,
    insert_table_data,
    query_table_data,
    update_table_data,
)
from koreai_client.errors import KoreAiError
from koreai_client.models import (
    DeleteTableDataRequest,
    InsertTableDataRequest,
    QueryTableDataRequest,
    UpdateTableDataRequest,
)

TABLE = "orders"


def where(field: str, value: object) -> dict[str, object]:
    return {"query": {"expressions": [{"field": field, "operand": "=", "value": value}]}}


async def sum_async(client: AuthenticatedClient) -> int:
    rows = query_table_data.aiterate(
        TABLE, client=client, body=QueryTableDataRequest.from_dict({}), sys_limit=2
    )
    return sum([int(row.additional_properties["amount"]) async for row in rows])


def main(base_url: str, client_id: str, client_secret: str) -> dict[str, object]:
    client = AuthenticatedClient.with_app_credentials(base_url, client_id, client_secret)
    for n in range(5):
        insert_table_data.sync(
            TABLE,
            client=client,
            body=InsertTableDataRequest.from_dict({"data": {"order": n, "amount": 10 * n}}),
        )
    page = query_table_data.sync(
        TABLE, client=client, body=QueryTableDataRequest.from_dict({}), sys_limit=3
    )
    changed = update_table_data.sync(
        TABLE,
        client=client,
        body=UpdateTableDataRequest.from_dict({"data": {"amount": 100}, **where("order", 4)}),
    )
    removed = delete_table_data.sync(
        TABLE, client=client, body=DeleteTableDataRequest.from_dict(where("order", 0))
    )
    orders = [
        row.additional_properties["order"]
        for row in query_table_data.iterate(
            TABLE, client=client, body=QueryTableDataRequest.from_dict({}), sys_limit=2
        )
    ]

    try:
        query_table_data.sync("no_such_table", client=client, body=QueryTableDataRequest())
        missing: tuple[int, object] = (0, None)
    except KoreAiError as error:
        missing = (error.status_code, error.code)

    return {
        "first_page": len(page.query_result or []),
        "has_more": page.has_more,
        "modified": changed.n_modified,
        "deleted": removed.n_deleted,
        "orders": orders,
        "async_sum": asyncio.run(sum_async(client)),
        "missing": missing,
    }
