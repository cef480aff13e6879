from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_table_data_request import DeleteTableDataRequest
from ...models.delete_table_data_response import DeleteTableDataResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    table_name: str,
    *,
    body: DeleteTableDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
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
) -> DeleteTableDataResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeleteTableDataResponse.from_dict(response.json())

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
) -> Response[DeleteTableDataResponse | Error]:
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
    body: DeleteTableDataRequest,
) -> Response[DeleteTableDataResponse | Error]:
    """Data Delete

     Deletes every row of a Data Table that matches the filter, and answers how many rows were deleted.
    The filter travels in a JSON body on the DELETE request, as the API expects ([ERRATA: DELETE with a
    body](/specs/koreai/ERRATA.md#delete-with-a-body)). The app needs Read and Delete access to the
    table in the Data Definition (DaaS). Rate limit: 600 requests per minute per account and table
    ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Data
    Delete API”.

    Args:
        table_name (str):
        body (DeleteTableDataRequest): The filter selecting the rows to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTableDataResponse | Error]
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
    body: DeleteTableDataRequest,
) -> DeleteTableDataResponse | Error | None:
    """Data Delete

     Deletes every row of a Data Table that matches the filter, and answers how many rows were deleted.
    The filter travels in a JSON body on the DELETE request, as the API expects ([ERRATA: DELETE with a
    body](/specs/koreai/ERRATA.md#delete-with-a-body)). The app needs Read and Delete access to the
    table in the Data Definition (DaaS). Rate limit: 600 requests per minute per account and table
    ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Data
    Delete API”.

    Args:
        table_name (str):
        body (DeleteTableDataRequest): The filter selecting the rows to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTableDataResponse | Error
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
    body: DeleteTableDataRequest,
) -> Response[DeleteTableDataResponse | Error]:
    """Data Delete

     Deletes every row of a Data Table that matches the filter, and answers how many rows were deleted.
    The filter travels in a JSON body on the DELETE request, as the API expects ([ERRATA: DELETE with a
    body](/specs/koreai/ERRATA.md#delete-with-a-body)). The app needs Read and Delete access to the
    table in the Data Definition (DaaS). Rate limit: 600 requests per minute per account and table
    ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Data
    Delete API”.

    Args:
        table_name (str):
        body (DeleteTableDataRequest): The filter selecting the rows to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTableDataResponse | Error]
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
    body: DeleteTableDataRequest,
) -> DeleteTableDataResponse | Error | None:
    """Data Delete

     Deletes every row of a Data Table that matches the filter, and answers how many rows were deleted.
    The filter travels in a JSON body on the DELETE request, as the API expects ([ERRATA: DELETE with a
    body](/specs/koreai/ERRATA.md#delete-with-a-body)). The app needs Read and Delete access to the
    table in the Data Definition (DaaS). Rate limit: 600 requests per minute per account and table
    ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Data
    Delete API”.

    Args:
        table_name (str):
        body (DeleteTableDataRequest): The filter selecting the rows to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTableDataResponse | Error
    """

    response = await asyncio_detailed(
        table_name=table_name,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
