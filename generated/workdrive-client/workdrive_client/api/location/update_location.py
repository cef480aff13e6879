from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.location import Location
from ...models.location_input import LocationInput
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: LocationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/locations/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Location | None:
    if response.status_code == 200:
        response_200 = Location.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Location]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LocationInput,
) -> Response[ApiError | Location]:
    """Update a Location

     Renames a location. Only `name` can be changed here; members have their own operation (Update
    Location Members). Answers the location record. Vendor documentation: section “Update a Location”.

    Args:
        id (UUID):
        body (LocationInput): Body of Create a Location and Update a Location: the location's
            name. Not marked required by the vendor's documentation ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Location]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LocationInput,
) -> ApiError | Location | None:
    """Update a Location

     Renames a location. Only `name` can be changed here; members have their own operation (Update
    Location Members). Answers the location record. Vendor documentation: section “Update a Location”.

    Args:
        id (UUID):
        body (LocationInput): Body of Create a Location and Update a Location: the location's
            name. Not marked required by the vendor's documentation ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Location
    """

    response = sync_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LocationInput,
) -> Response[ApiError | Location]:
    """Update a Location

     Renames a location. Only `name` can be changed here; members have their own operation (Update
    Location Members). Answers the location record. Vendor documentation: section “Update a Location”.

    Args:
        id (UUID):
        body (LocationInput): Body of Create a Location and Update a Location: the location's
            name. Not marked required by the vendor's documentation ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Location]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LocationInput,
) -> ApiError | Location | None:
    """Update a Location

     Renames a location. Only `name` can be changed here; members have their own operation (Update
    Location Members). Answers the location record. Vendor documentation: section “Update a Location”.

    Args:
        id (UUID):
        body (LocationInput): Body of Create a Location and Update a Location: the location's
            name. Not marked required by the vendor's documentation ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Location
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
