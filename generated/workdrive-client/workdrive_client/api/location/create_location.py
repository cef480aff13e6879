from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.location import Location
from ...models.location_input import LocationInput
from ...types import Response


def _get_kwargs(
    *,
    body: LocationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/locations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Location | None:
    if response.status_code == 201:
        response_201 = Location.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient | Client,
    body: LocationInput,
) -> Response[ApiError | Location]:
    """Create a Location

     Creates a location with the given name. The vendor's documentation lists this operation at `POST
    /api/departments` and describes it with Create a Department's text; it is `POST /api/locations`
    ([ERRATA: Create a Location path](/specs/workdrive/ERRATA.md#create-a-location-path), [ERRATA:
    Create a Location description](/specs/workdrive/ERRATA.md#create-a-location-description)). Answers
    201 with the new location, including who added it ([ERRATA: Create a Location
    response](/specs/workdrive/ERRATA.md#create-a-location-response)). Vendor documentation: section
    “Create a Location”.

    Args:
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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LocationInput,
) -> ApiError | Location | None:
    """Create a Location

     Creates a location with the given name. The vendor's documentation lists this operation at `POST
    /api/departments` and describes it with Create a Department's text; it is `POST /api/locations`
    ([ERRATA: Create a Location path](/specs/workdrive/ERRATA.md#create-a-location-path), [ERRATA:
    Create a Location description](/specs/workdrive/ERRATA.md#create-a-location-description)). Answers
    201 with the new location, including who added it ([ERRATA: Create a Location
    response](/specs/workdrive/ERRATA.md#create-a-location-response)). Vendor documentation: section
    “Create a Location”.

    Args:
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
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LocationInput,
) -> Response[ApiError | Location]:
    """Create a Location

     Creates a location with the given name. The vendor's documentation lists this operation at `POST
    /api/departments` and describes it with Create a Department's text; it is `POST /api/locations`
    ([ERRATA: Create a Location path](/specs/workdrive/ERRATA.md#create-a-location-path), [ERRATA:
    Create a Location description](/specs/workdrive/ERRATA.md#create-a-location-description)). Answers
    201 with the new location, including who added it ([ERRATA: Create a Location
    response](/specs/workdrive/ERRATA.md#create-a-location-response)). Vendor documentation: section
    “Create a Location”.

    Args:
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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LocationInput,
) -> ApiError | Location | None:
    """Create a Location

     Creates a location with the given name. The vendor's documentation lists this operation at `POST
    /api/departments` and describes it with Create a Department's text; it is `POST /api/locations`
    ([ERRATA: Create a Location path](/specs/workdrive/ERRATA.md#create-a-location-path), [ERRATA:
    Create a Location description](/specs/workdrive/ERRATA.md#create-a-location-description)). Answers
    201 with the new location, including who added it ([ERRATA: Create a Location
    response](/specs/workdrive/ERRATA.md#create-a-location-response)). Vendor documentation: section
    “Create a Location”.

    Args:
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
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
