from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.insert_table_data_request import InsertTableDataRequest
from ...models.table_row import TableRow
from ...types import Response


def _get_kwargs(
    table_name: str,
    *,
    body: InsertTableDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/tables/{table_name}".format(
            table_name=quote(str(table_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TableRow | None:
    if response.status_code == 200:
        response_200 = TableRow.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TableRow]:
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
    body: InsertTableDataRequest,
) -> Response[Error | TableRow]:
    """Data Insert

     Inserts one row into a Data Table and answers the stored row with its system fields ([ERRATA: Insert
    answer](/specs/koreai/ERRATA.md#insert-answer)). The app needs Write access to the table in the Data
    Definition (DaaS). Rate limit: 600 requests per minute per account and table ([ERRATA: Rate
    limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Data Insert API”.

    Args:
        table_name (str):
        body (InsertTableDataRequest): The row to insert, as column values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TableRow]
    """

    kwargs = _get_kwargs(
        table_name=table_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertTableDataRequest,
) -> Error | TableRow | None:
    """Data Insert

     Inserts one row into a Data Table and answers the stored row with its system fields ([ERRATA: Insert
    answer](/specs/koreai/ERRATA.md#insert-answer)). The app needs Write access to the table in the Data
    Definition (DaaS). Rate limit: 600 requests per minute per account and table ([ERRATA: Rate
    limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Data Insert API”.

    Args:
        table_name (str):
        body (InsertTableDataRequest): The row to insert, as column values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TableRow
    """

    response = sync_detailed(
        table_name=table_name,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertTableDataRequest,
) -> Response[Error | TableRow]:
    """Data Insert

     Inserts one row into a Data Table and answers the stored row with its system fields ([ERRATA: Insert
    answer](/specs/koreai/ERRATA.md#insert-answer)). The app needs Write access to the table in the Data
    Definition (DaaS). Rate limit: 600 requests per minute per account and table ([ERRATA: Rate
    limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Data Insert API”.

    Args:
        table_name (str):
        body (InsertTableDataRequest): The row to insert, as column values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TableRow]
    """

    kwargs = _get_kwargs(
        table_name=table_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertTableDataRequest,
) -> Error | TableRow | None:
    """Data Insert

     Inserts one row into a Data Table and answers the stored row with its system fields ([ERRATA: Insert
    answer](/specs/koreai/ERRATA.md#insert-answer)). The app needs Write access to the table in the Data
    Definition (DaaS). Rate limit: 600 requests per minute per account and table ([ERRATA: Rate
    limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Data Insert API”.

    Args:
        table_name (str):
        body (InsertTableDataRequest): The row to insert, as column values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TableRow
    """

    response = await asyncio_detailed(
        table_name=table_name,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
