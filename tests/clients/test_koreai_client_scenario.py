"""The generated koreai_client against the Kore.ai mock over real HTTP: the Data Table flow.

The client signs nothing itself yet: it sends the JWT the app would build (HS256 with the client
secret, claims appId and sub) in the `auth` header, as the real API wants.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from koreai_client import AuthenticatedClient
from koreai_client.api.data_tables import (
    delete_table_data,
    insert_table_data,
    query_table_data,
    update_table_data,
)
from koreai_client.models import (
    DeleteTableDataRequest,
    Error,
    InsertTableDataRequest,
    QueryTableDataRequest,
    QueryTableDataResponse,
    TableRow,
    UpdateTableDataRequest,
)

from specbench.mock import build_mock_app
from specbench.mock.apis.koreai.jwt_auth import sign
from tests.conftest import api_named
from tests.mock_server import serving

SECRET = "koreai-secret"
TABLE = "customers"


@pytest.fixture
def client() -> Iterator[AuthenticatedClient]:
    with serving(build_mock_app(api_named("koreai"), token=SECRET)) as url:
        yield AuthenticatedClient(
            base_url=url, token=sign(SECRET), auth_header_name="auth", prefix=""
        )


def query(
    client: AuthenticatedClient, body: Mapping[str, Any], **paging: int
) -> QueryTableDataResponse:
    answer = query_table_data.sync(
        TABLE, client=client, body=QueryTableDataRequest.from_dict(body), **paging
    )
    assert isinstance(answer, QueryTableDataResponse), answer
    return answer


def rows(answer: QueryTableDataResponse) -> list[TableRow]:
    assert isinstance(answer.query_result, list), answer
    return answer.query_result


def test_insert_query_update_delete(client: AuthenticatedClient) -> None:
    people = [("Jane", "Doe", 34), ("John", "Doe", 41), ("Ada", "King", 36)]
    for first, last, age in people:
        row = insert_table_data.sync(
            TABLE,
            client=client,
            body=InsertTableDataRequest.from_dict(
                {"data": {"firstName": first, "lastName": last, "age": age}}
            ),
        )
        assert isinstance(row, TableRow), row
        assert row.sys_id and row.additional_properties["firstName"] == first

    does = query(
        client,
        {
            "query": {
                "expressions": [{"field": "lastName", "operand": "=", "value": "Doe"}],
                "operator": "and",
            }
        },
    )
    assert does.total == 2 and not does.has_more
    assert sorted(r.additional_properties["firstName"] for r in rows(does)) == [
        "Jane",
        "John",
    ]

    either: dict[str, Any] = {
        "query": {
            "expressions": [
                {"field": "age", "operand": ">", "value": 40},
                {"field": "firstName", "operand": "=", "value": "Ada"},
            ],
            "operator": "or",
        }
    }
    first_page = query(client, either, sys_limit=1)
    assert first_page.total == 2 and first_page.has_more and len(rows(first_page)) == 1
    second_page = query(client, either, sys_limit=1, sys_offset=1)
    assert not second_page.has_more and len(rows(second_page)) == 1
    paged = {row.sys_id for row in rows(first_page) + rows(second_page)}
    assert paged == {row.sys_id for row in rows(query(client, either))}, "a row lost in paging"

    updated = update_table_data.sync(
        TABLE,
        client=client,
        body=UpdateTableDataRequest.from_dict(
            {
                "query": {"expressions": [{"field": "lastName", "operand": "=", "value": "Doe"}]},
                "data": {"lastName": "Smith"},
            }
        ),
    )
    assert not isinstance(updated, Error) and updated is not None and updated.n_modified == 2

    deleted = delete_table_data.sync(
        TABLE,
        client=client,
        body=DeleteTableDataRequest.from_dict(
            {"query": {"expressions": [{"field": "lastName", "operand": "!=", "value": "King"}]}}
        ),
    )
    assert not isinstance(deleted, Error) and deleted is not None and deleted.n_deleted == 2
    assert query(client, {}).total == 1


def test_a_token_for_another_app_is_refused() -> None:
    with serving(build_mock_app(api_named("koreai"), token=SECRET)) as url:
        stranger = AuthenticatedClient(
            base_url=url,
            token=sign(SECRET, app_id="cs-someone-else"),
            auth_header_name="auth",
            prefix="",
        )
        answer = query_table_data.sync_detailed(
            TABLE, client=stranger, body=QueryTableDataRequest.from_dict({})
        )
        assert answer.status_code == 401
        assert isinstance(answer.parsed, Error) and answer.parsed.errors[0].code == 401
        forged = AuthenticatedClient(
            base_url=url, token=sign("wrong-secret"), auth_header_name="auth", prefix=""
        )
        assert (
            query_table_data.sync_detailed(
                TABLE, client=forged, body=QueryTableDataRequest.from_dict({})
            ).status_code
            == 401
        )
