"""mspbots_client against the MSPbots mock: every form of the filter grammar, paging, errors.

Expectations are worked out by hand from the mock's fixed data (specbench.mock.apis.mspbots.
resources): dataset record n has id 654321324612312+n, price 10.5+4.2n, date 2022-06-01 + 23n days,
is_default n%3==0, status Open/Closed/(empty)/Pending by n%4, name Tod/Todd/Anna/… by n%7,
project_name backend/frontend/backlog/ops by n%4.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mspbots_client import AuthenticatedClient
from mspbots_client.api.dataset import get_dataset_data
from mspbots_client.api.widget import get_widget_data
from mspbots_client.models import DataPage, Error, FieldFilters

from specbench.mock import build_mock_app
from specbench.mock.apis.mspbots.resources import (
    DATASET_ID,
    UNBOUND_DATASET_ID,
    WIDGET_ID,
)
from tests.conftest import api_named
from tests.mock_server import serving

KEY = "mspbots-key"
FIRST_ID = 654321324612312


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serving(build_mock_app(api_named("mspbots"), token=KEY)) as base:
        yield base


@pytest.fixture
def client(url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=url, token=KEY, auth_header_name="apikey", prefix="")


def page(client: AuthenticatedClient, filters: dict[str, str], **paging: int) -> DataPage:
    answer = get_dataset_data.sync(
        DATASET_ID, client=client, filters=FieldFilters.from_dict(filters), **paging
    )
    assert isinstance(answer, DataPage), answer
    return answer


def matching(client: AuthenticatedClient, **filters: str) -> set[int]:
    """The record numbers n the filters select (one page large enough for all)."""
    answer = page(client, filters, size=100)
    assert answer.total == len(answer.data)
    return {row.additional_properties["id"] - FIRST_ID for row in answer.data}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"status": ""}, {2, 6, 10, 14, 18, 22}),  # empty: is empty
        ({"name": "tod"}, {0, 1, 7, 8, 14, 15, 21, 22}),  # TEXT: contains, any case
        ({"is_default": "true"}, {0, 3, 6, 9, 12, 15, 18, 21, 24}),  # BOOLEAN: equals
        ({"id": str(FIRST_ID + 5)}, {5}),  # NUMBER: equals
        ({"price": "100,"}, {22, 23, 24}),  # a, : >=
        ({"price": ",20"}, {0, 1, 2}),  # ,b : <=
        ({"price": "20,30"}, {3, 4}),  # a,b : between
        ({"price": "10,15,100,110"}, {0, 1, 22, 23}),  # two intervals
        ({"price": "10,15,31.5"}, {0, 1, 5}),  # interval or = c (numbers)
        ({"date": "2023-06-01"}, set(range(16, 25))),  # one date: later than
        ({"date": "2022-06-01,2022-07-31"}, {0, 1, 2}),  # dates between
        ({"date": "2022-06-01,2022-06-30,2023-12-01"}, {0, 1, 24}),  # interval or >= c (dates)
        ({"date": "2022-06-01,2022-06-30,2023-01-01,2023-02-01"}, {0, 1, 10}),
        ({"project_name": "back", "is_default": "true"}, {0, 6, 12, 18, 24}),  # all must hold
        ({"no such field": "1"}, set(range(25))),  # unknown field: ignored
        ({"price": "abc"}, set()),  # not a number: matches nothing
    ],
)
def test_filter_grammar(
    client: AuthenticatedClient, filters: dict[str, str], expected: set[int]
) -> None:
    assert matching(client, **filters) == expected


def test_the_seeds_widget_sample_with_spaces_in_field_names(client: AuthenticatedClient) -> None:
    filters = {
        "Real Name": "n",
        "Update Date": "2021-10-10,2023-03-30,2023-04-05",
        "Id": ", 1534956341424005122",
    }
    answer = get_widget_data.sync(
        WIDGET_ID, client=client, filters=FieldFilters.from_dict(filters), size=5
    )
    assert isinstance(answer, DataPage), answer
    assert (answer.total, answer.pages, answer.current, len(answer.data)) == (11, 3, 1, 5)
    numbers = sorted(int(row.additional_properties["Sum"]) for row in answer.data)
    assert numbers == sorted(3 + n % 5 for n in range(1, 6))  # rows 1..5, Sum as strings


def test_pages_cover_every_record_once_in_order(client: AuthenticatedClient) -> None:
    seen: list[int] = []
    for current in (1, 2, 3):
        answer = page(client, {}, current=current, size=10)
        assert (answer.total, answer.size, answer.current, answer.pages) == (25, 10, current, 3)
        seen += [row.additional_properties["id"] - FIRST_ID for row in answer.data]
    assert seen == list(range(25))
    assert page(client, {}, current=4, size=10).data == []


def test_the_vendor_error_bodies(client: AuthenticatedClient, url: str) -> None:
    stranger = AuthenticatedClient(base_url=url, token="nope", auth_header_name="apikey", prefix="")
    denied = get_dataset_data.sync_detailed(DATASET_ID, client=stranger)
    assert denied.status_code == 401
    assert (
        isinstance(denied.parsed, Error) and denied.parsed.message == "Invalid API key in request"
    )

    unbound = get_dataset_data.sync_detailed(UNBOUND_DATASET_ID, client=client)
    assert unbound.status_code == 500
    assert isinstance(unbound.parsed, Error)
    assert (unbound.parsed.code, unbound.parsed.msg) == (500, "The resourceId is invalid.")

    missing = get_dataset_data.sync_detailed("42", client=client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, Error)
    assert (missing.parsed.code, missing.parsed.msg) == (-1, "Can't find dataset")

    route = client.get_httpx_client().get("/api/datasets/42")
    assert (route.status_code, route.json()) == (404, {"error_msg": "404 Route Not Found"})
