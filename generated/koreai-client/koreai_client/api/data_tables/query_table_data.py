from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_table_data_request import QueryTableDataRequest
from ...models.query_table_data_response import QueryTableDataResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table_name: str,
    *,
    body: QueryTableDataRequest,
    sys_limit: int | Unset = 10,
    sys_offset: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sys_limit"] = sys_limit

    params["sys_offset"] = sys_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/tables/{table_name}/query".format(
            table_name=quote(str(table_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QueryTableDataResponse | None:
    if response.status_code == 200:
        response_200 = QueryTableDataResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | QueryTableDataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryTableDataRequest,
    sys_limit: int | Unset = 10,
    sys_offset: int | Unset = 0,
) -> Response[Error | QueryTableDataResponse]:
    """Query Data (Table)

     Gets the rows of a Data Table that match a filter, one page at a time (`sys_limit` rows from
    `sys_offset`; [ERRATA: Table query filter](/specs/koreai/ERRATA.md#table-query-filter), [ERRATA:
    Query answer](/specs/koreai/ERRATA.md#query-answer)). The app needs Read access to the table in the
    Data Definition (DaaS). Rate limit: 600 requests per minute per account and table ([ERRATA: Rate
    limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Query Data (Table)
    API”.

    Args:
        table_name (str):
        sys_limit (int | Unset):  Default: 10.
        sys_offset (int | Unset):  Default: 0.
        body (QueryTableDataRequest): The filter selecting the rows to get; no filter selects
            every row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryTableDataResponse]
    """

    kwargs = _get_kwargs(
        table_name=table_name,
        body=body,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryTableDataRequest,
    sys_limit: int | Unset = 10,
    sys_offset: int | Unset = 0,
) -> Error | QueryTableDataResponse | None:
    """Query Data (Table)

     Gets the rows of a Data Table that match a filter, one page at a time (`sys_limit` rows from
    `sys_offset`; [ERRATA: Table query filter](/specs/koreai/ERRATA.md#table-query-filter), [ERRATA:
    Query answer](/specs/koreai/ERRATA.md#query-answer)). The app needs Read access to the table in the
    Data Definition (DaaS). Rate limit: 600 requests per minute per account and table ([ERRATA: Rate
    limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Query Data (Table)
    API”.

    Args:
        table_name (str):
        sys_limit (int | Unset):  Default: 10.
        sys_offset (int | Unset):  Default: 0.
        body (QueryTableDataRequest): The filter selecting the rows to get; no filter selects
            every row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryTableDataResponse
    """

    response = sync_detailed(
        table_name=table_name,
        client=client,
        body=body,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryTableDataRequest,
    sys_limit: int | Unset = 10,
    sys_offset: int | Unset = 0,
) -> Response[Error | QueryTableDataResponse]:
    """Query Data (Table)

     Gets the rows of a Data Table that match a filter, one page at a time (`sys_limit` rows from
    `sys_offset`; [ERRATA: Table query filter](/specs/koreai/ERRATA.md#table-query-filter), [ERRATA:
    Query answer](/specs/koreai/ERRATA.md#query-answer)). The app needs Read access to the table in the
    Data Definition (DaaS). Rate limit: 600 requests per minute per account and table ([ERRATA: Rate
    limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Query Data (Table)
    API”.

    Args:
        table_name (str):
        sys_limit (int | Unset):  Default: 10.
        sys_offset (int | Unset):  Default: 0.
        body (QueryTableDataRequest): The filter selecting the rows to get; no filter selects
            every row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryTableDataResponse]
    """

    kwargs = _get_kwargs(
        table_name=table_name,
        body=body,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryTableDataRequest,
    sys_limit: int | Unset = 10,
    sys_offset: int | Unset = 0,
) -> Error | QueryTableDataResponse | None:
    """Query Data (Table)

     Gets the rows of a Data Table that match a filter, one page at a time (`sys_limit` rows from
    `sys_offset`; [ERRATA: Table query filter](/specs/koreai/ERRATA.md#table-query-filter), [ERRATA:
    Query answer](/specs/koreai/ERRATA.md#query-answer)). The app needs Read access to the table in the
    Data Definition (DaaS). Rate limit: 600 requests per minute per account and table ([ERRATA: Rate
    limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Query Data (Table)
    API”.

    Args:
        table_name (str):
        sys_limit (int | Unset):  Default: 10.
        sys_offset (int | Unset):  Default: 0.
        body (QueryTableDataRequest): The filter selecting the rows to get; no filter selects
            every row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryTableDataResponse
    """

    response = await asyncio_detailed(
        table_name=table_name,
        client=client,
        body=body,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.table_row import TableRow


def iterate(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryTableDataRequest,
    sys_limit: int | Unset = 10,
    sys_offset: int | Unset = 0,
) -> Iterator[TableRow]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `sys_offset` (offset pagination). Raises `errors.KoreAiError` on an
    error answer."""
    while True:
        page = sync(
            table_name=table_name,
            client=client,
            body=body,
            sys_limit=sys_limit,
            sys_offset=sys_offset,
        )
        if not isinstance(page, QueryTableDataResponse):
            return
        listed = page.query_result
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        yield from items
        if page.has_more is not True:
            return
        sys_offset = (0 if isinstance(sys_offset, Unset) else sys_offset) + len(items)


async def aiterate(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryTableDataRequest,
    sys_limit: int | Unset = 10,
    sys_offset: int | Unset = 0,
) -> AsyncIterator[TableRow]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            table_name=table_name,
            client=client,
            body=body,
            sys_limit=sys_limit,
            sys_offset=sys_offset,
        )
        if not isinstance(page, QueryTableDataResponse):
            return
        listed = page.query_result
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        if page.has_more is not True:
            return
        sys_offset = (0 if isinstance(sys_offset, Unset) else sys_offset) + len(items)
