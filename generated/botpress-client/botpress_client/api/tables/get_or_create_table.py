from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_or_create_table_request import GetOrCreateTableRequest
from ...models.get_or_create_table_response import GetOrCreateTableResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table: str,
    *,
    body: GetOrCreateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tables/{table}".format(
            table=quote(str(table), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetOrCreateTableResponse | None:
    if response.status_code == 200:
        response_200 = GetOrCreateTableResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

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
) -> Response[Error | GetOrCreateTableResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table: str,
    *,
    client: AuthenticatedClient | Client,
    body: GetOrCreateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | GetOrCreateTableResponse]:
    """Get Or Create Table

     Returns the table named in the path when it exists; when it does not, a table of that name is
    created from the schema in the body, so the schema is required. `created` tells which happened.
    Answers 200 in both cases. No 404 is listed: a missing table is created rather than reported
    ([ERRATA: Get Or Create Table has no 404](/specs/botpress/ERRATA.md#get-or-create-table-has-
    no-404)).
    Vendor documentation: section “Get Or Create Table”.

    Args:
        table (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (GetOrCreateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetOrCreateTableResponse]
    """

    kwargs = _get_kwargs(
        table=table,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    table: str,
    *,
    client: AuthenticatedClient | Client,
    body: GetOrCreateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | GetOrCreateTableResponse | None:
    """Get Or Create Table

     Returns the table named in the path when it exists; when it does not, a table of that name is
    created from the schema in the body, so the schema is required. `created` tells which happened.
    Answers 200 in both cases. No 404 is listed: a missing table is created rather than reported
    ([ERRATA: Get Or Create Table has no 404](/specs/botpress/ERRATA.md#get-or-create-table-has-
    no-404)).
    Vendor documentation: section “Get Or Create Table”.

    Args:
        table (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (GetOrCreateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetOrCreateTableResponse
    """

    response = sync_detailed(
        table=table,
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    table: str,
    *,
    client: AuthenticatedClient | Client,
    body: GetOrCreateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | GetOrCreateTableResponse]:
    """Get Or Create Table

     Returns the table named in the path when it exists; when it does not, a table of that name is
    created from the schema in the body, so the schema is required. `created` tells which happened.
    Answers 200 in both cases. No 404 is listed: a missing table is created rather than reported
    ([ERRATA: Get Or Create Table has no 404](/specs/botpress/ERRATA.md#get-or-create-table-has-
    no-404)).
    Vendor documentation: section “Get Or Create Table”.

    Args:
        table (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (GetOrCreateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetOrCreateTableResponse]
    """

    kwargs = _get_kwargs(
        table=table,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    table: str,
    *,
    client: AuthenticatedClient | Client,
    body: GetOrCreateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | GetOrCreateTableResponse | None:
    """Get Or Create Table

     Returns the table named in the path when it exists; when it does not, a table of that name is
    created from the schema in the body, so the schema is required. `created` tells which happened.
    Answers 200 in both cases. No 404 is listed: a missing table is created rather than reported
    ([ERRATA: Get Or Create Table has no 404](/specs/botpress/ERRATA.md#get-or-create-table-has-
    no-404)).
    Vendor documentation: section “Get Or Create Table”.

    Args:
        table (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (GetOrCreateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetOrCreateTableResponse
    """

    response = await asyncio_detailed(
        table=table,
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed
