from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.duplicate_table_request import DuplicateTableRequest
from ...models.duplicate_table_response import DuplicateTableResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    source_table_id: str,
    *,
    body: DuplicateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tables/{source_table_id}/duplicate".format(
            source_table_id=quote(str(source_table_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DuplicateTableResponse | Error | None:
    if response.status_code == 200:
        response_200 = DuplicateTableResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[DuplicateTableResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    source_table_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DuplicateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[DuplicateTableResponse | Error]:
    """Duplicate Table

     Creates a new table as a copy of an existing one: its schema and, unless `schemaOnly` is set, its
    rows. The copy may get a different factor; this is also the way to change a frozen table. As it
    creates a named table, it can answer 409 `AlreadyExists` when `tableName` is already taken. The
    vendor's documentation gives no description for `tableName`; it is the name of the new table
    ([ERRATA: Duplicate Table tableName](/specs/botpress/ERRATA.md#duplicate-table-tablename)).
    Vendor documentation: section “Duplicate Table”.

    Args:
        source_table_id (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (DuplicateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicateTableResponse | Error]
    """

    kwargs = _get_kwargs(
        source_table_id=source_table_id,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    source_table_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DuplicateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> DuplicateTableResponse | Error | None:
    """Duplicate Table

     Creates a new table as a copy of an existing one: its schema and, unless `schemaOnly` is set, its
    rows. The copy may get a different factor; this is also the way to change a frozen table. As it
    creates a named table, it can answer 409 `AlreadyExists` when `tableName` is already taken. The
    vendor's documentation gives no description for `tableName`; it is the name of the new table
    ([ERRATA: Duplicate Table tableName](/specs/botpress/ERRATA.md#duplicate-table-tablename)).
    Vendor documentation: section “Duplicate Table”.

    Args:
        source_table_id (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (DuplicateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicateTableResponse | Error
    """

    response = sync_detailed(
        source_table_id=source_table_id,
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    source_table_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DuplicateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[DuplicateTableResponse | Error]:
    """Duplicate Table

     Creates a new table as a copy of an existing one: its schema and, unless `schemaOnly` is set, its
    rows. The copy may get a different factor; this is also the way to change a frozen table. As it
    creates a named table, it can answer 409 `AlreadyExists` when `tableName` is already taken. The
    vendor's documentation gives no description for `tableName`; it is the name of the new table
    ([ERRATA: Duplicate Table tableName](/specs/botpress/ERRATA.md#duplicate-table-tablename)).
    Vendor documentation: section “Duplicate Table”.

    Args:
        source_table_id (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (DuplicateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicateTableResponse | Error]
    """

    kwargs = _get_kwargs(
        source_table_id=source_table_id,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    source_table_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DuplicateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> DuplicateTableResponse | Error | None:
    """Duplicate Table

     Creates a new table as a copy of an existing one: its schema and, unless `schemaOnly` is set, its
    rows. The copy may get a different factor; this is also the way to change a frozen table. As it
    creates a named table, it can answer 409 `AlreadyExists` when `tableName` is already taken. The
    vendor's documentation gives no description for `tableName`; it is the name of the new table
    ([ERRATA: Duplicate Table tableName](/specs/botpress/ERRATA.md#duplicate-table-tablename)).
    Vendor documentation: section “Duplicate Table”.

    Args:
        source_table_id (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (DuplicateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicateTableResponse | Error
    """

    response = await asyncio_detailed(
        source_table_id=source_table_id,
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed
