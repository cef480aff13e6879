from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_table_data_request import UpdateTableDataRequest
from ...models.update_table_data_response import UpdateTableDataResponse
from ...types import Response


def _get_kwargs(
    table_name: str,
    *,
    body: UpdateTableDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/public/tables/{table_name}".format(
            table_name=quote(str(table_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateTableDataResponse | None:
    if response.status_code == 200:
        response_200 = UpdateTableDataResponse.from_dict(response.json())

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
) -> Response[Error | UpdateTableDataResponse]:
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
    body: UpdateTableDataRequest,
) -> Response[Error | UpdateTableDataResponse]:
    """Data Update

     Sets the given column values on every row of a Data Table that matches the filter, and answers how
    many rows changed ([ERRATA: Update answer](/specs/koreai/ERRATA.md#update-answer)). The app needs
    Read and Write access to the table in the Data Definition (DaaS). Rate limit: 600 requests per
    minute per account and table ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor
    documentation: section “Data Update API”.

    Args:
        table_name (str):
        body (UpdateTableDataRequest): The filter selecting the rows to update, and the values to
            set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateTableDataResponse]
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
    body: UpdateTableDataRequest,
) -> Error | UpdateTableDataResponse | None:
    """Data Update

     Sets the given column values on every row of a Data Table that matches the filter, and answers how
    many rows changed ([ERRATA: Update answer](/specs/koreai/ERRATA.md#update-answer)). The app needs
    Read and Write access to the table in the Data Definition (DaaS). Rate limit: 600 requests per
    minute per account and table ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor
    documentation: section “Data Update API”.

    Args:
        table_name (str):
        body (UpdateTableDataRequest): The filter selecting the rows to update, and the values to
            set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateTableDataResponse
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
    body: UpdateTableDataRequest,
) -> Response[Error | UpdateTableDataResponse]:
    """Data Update

     Sets the given column values on every row of a Data Table that matches the filter, and answers how
    many rows changed ([ERRATA: Update answer](/specs/koreai/ERRATA.md#update-answer)). The app needs
    Read and Write access to the table in the Data Definition (DaaS). Rate limit: 600 requests per
    minute per account and table ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor
    documentation: section “Data Update API”.

    Args:
        table_name (str):
        body (UpdateTableDataRequest): The filter selecting the rows to update, and the values to
            set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateTableDataResponse]
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
    body: UpdateTableDataRequest,
) -> Error | UpdateTableDataResponse | None:
    """Data Update

     Sets the given column values on every row of a Data Table that matches the filter, and answers how
    many rows changed ([ERRATA: Update answer](/specs/koreai/ERRATA.md#update-answer)). The app needs
    Read and Write access to the table in the Data Definition (DaaS). Rate limit: 600 requests per
    minute per account and table ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor
    documentation: section “Data Update API”.

    Args:
        table_name (str):
        body (UpdateTableDataRequest): The filter selecting the rows to update, and the values to
            set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateTableDataResponse
    """

    response = await asyncio_detailed(
        table_name=table_name,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
