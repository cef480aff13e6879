from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.table_response import TableResponse
from ...models.update_table_request import UpdateTableRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table: str,
    *,
    body: UpdateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/tables/{table}".format(
            table=quote(str(table), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TableResponse | None:
    if response.status_code == 200:
        response_200 = TableResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | TableResponse]:
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
    body: UpdateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | TableResponse]:
    """Update Table

     Changes the name, the schema, the frozen flag or the tags of a table; fields left out keep their
    value. A frozen table cannot be renamed nor have its schema changed. Renaming onto the name of
    another table of the bot answers 409 `AlreadyExists`. The vendor's documentation marks `name` as
    "Required." and stops before describing the answer; here every field is optional and the answer is
    `{table}` (public fact, [ERRATA: Update Table answer](/specs/botpress/ERRATA.md#update-table-answer)
    and "Table name marked Required").
    Vendor documentation: section “Update Table”.

    Args:
        table (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (UpdateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TableResponse]
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
    body: UpdateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | TableResponse | None:
    """Update Table

     Changes the name, the schema, the frozen flag or the tags of a table; fields left out keep their
    value. A frozen table cannot be renamed nor have its schema changed. Renaming onto the name of
    another table of the bot answers 409 `AlreadyExists`. The vendor's documentation marks `name` as
    "Required." and stops before describing the answer; here every field is optional and the answer is
    `{table}` (public fact, [ERRATA: Update Table answer](/specs/botpress/ERRATA.md#update-table-answer)
    and "Table name marked Required").
    Vendor documentation: section “Update Table”.

    Args:
        table (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (UpdateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TableResponse
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
    body: UpdateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | TableResponse]:
    """Update Table

     Changes the name, the schema, the frozen flag or the tags of a table; fields left out keep their
    value. A frozen table cannot be renamed nor have its schema changed. Renaming onto the name of
    another table of the bot answers 409 `AlreadyExists`. The vendor's documentation marks `name` as
    "Required." and stops before describing the answer; here every field is optional and the answer is
    `{table}` (public fact, [ERRATA: Update Table answer](/specs/botpress/ERRATA.md#update-table-answer)
    and "Table name marked Required").
    Vendor documentation: section “Update Table”.

    Args:
        table (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (UpdateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TableResponse]
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
    body: UpdateTableRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | TableResponse | None:
    """Update Table

     Changes the name, the schema, the frozen flag or the tags of a table; fields left out keep their
    value. A frozen table cannot be renamed nor have its schema changed. Renaming onto the name of
    another table of the bot answers 409 `AlreadyExists`. The vendor's documentation marks `name` as
    "Required." and stops before describing the answer; here every field is optional and the answer is
    `{table}` (public fact, [ERRATA: Update Table answer](/specs/botpress/ERRATA.md#update-table-answer)
    and "Table name marked Required").
    Vendor documentation: section “Update Table”.

    Args:
        table (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (UpdateTableRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TableResponse
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
