from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sso import Sso
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    manage: bool | Unset = False,
    location: UUID | Unset = UNSET,
    department: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["manage"] = manage

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = str(location)
    params["location"] = json_location

    json_department: str | Unset = UNSET
    if not isinstance(department, Unset):
        json_department = str(department)
    params["department"] = json_department

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/sso",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | list[Sso] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Sso.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[Sso]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    manage: bool | Unset = False,
    location: UUID | Unset = UNSET,
    department: UUID | Unset = UNSET,
) -> Response[ApiError | list[Sso]]:
    """Get all SSOs

     Lists the SSOs and quick links the caller can see: the admin-level ones with `manage=true`,
    optionally only those of one location or one department. The vendor's documentation writes the
    filters as a JSON object; they are query parameters ([ERRATA: Query parameters shown as
    JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json)). The answer is a bare array,
    without paging ([ERRATA: Get all SSOs is not paginated](/specs/workdrive/ERRATA.md#get-all-ssos-is-
    not-paginated)). Vendor documentation: section “Get all SSOs”.

    Args:
        manage (bool | Unset):  Default: False.
        location (UUID | Unset):
        department (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Sso]]
    """

    kwargs = _get_kwargs(
        manage=manage,
        location=location,
        department=department,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    manage: bool | Unset = False,
    location: UUID | Unset = UNSET,
    department: UUID | Unset = UNSET,
) -> ApiError | list[Sso] | None:
    """Get all SSOs

     Lists the SSOs and quick links the caller can see: the admin-level ones with `manage=true`,
    optionally only those of one location or one department. The vendor's documentation writes the
    filters as a JSON object; they are query parameters ([ERRATA: Query parameters shown as
    JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json)). The answer is a bare array,
    without paging ([ERRATA: Get all SSOs is not paginated](/specs/workdrive/ERRATA.md#get-all-ssos-is-
    not-paginated)). Vendor documentation: section “Get all SSOs”.

    Args:
        manage (bool | Unset):  Default: False.
        location (UUID | Unset):
        department (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Sso]
    """

    response = sync_detailed(
        client=client,
        manage=manage,
        location=location,
        department=department,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    manage: bool | Unset = False,
    location: UUID | Unset = UNSET,
    department: UUID | Unset = UNSET,
) -> Response[ApiError | list[Sso]]:
    """Get all SSOs

     Lists the SSOs and quick links the caller can see: the admin-level ones with `manage=true`,
    optionally only those of one location or one department. The vendor's documentation writes the
    filters as a JSON object; they are query parameters ([ERRATA: Query parameters shown as
    JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json)). The answer is a bare array,
    without paging ([ERRATA: Get all SSOs is not paginated](/specs/workdrive/ERRATA.md#get-all-ssos-is-
    not-paginated)). Vendor documentation: section “Get all SSOs”.

    Args:
        manage (bool | Unset):  Default: False.
        location (UUID | Unset):
        department (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Sso]]
    """

    kwargs = _get_kwargs(
        manage=manage,
        location=location,
        department=department,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    manage: bool | Unset = False,
    location: UUID | Unset = UNSET,
    department: UUID | Unset = UNSET,
) -> ApiError | list[Sso] | None:
    """Get all SSOs

     Lists the SSOs and quick links the caller can see: the admin-level ones with `manage=true`,
    optionally only those of one location or one department. The vendor's documentation writes the
    filters as a JSON object; they are query parameters ([ERRATA: Query parameters shown as
    JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json)). The answer is a bare array,
    without paging ([ERRATA: Get all SSOs is not paginated](/specs/workdrive/ERRATA.md#get-all-ssos-is-
    not-paginated)). Vendor documentation: section “Get all SSOs”.

    Args:
        manage (bool | Unset):  Default: False.
        location (UUID | Unset):
        department (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Sso]
    """

    response = await asyncio_detailed(
        client=client,
        manage=manage,
        location=location,
        department=department,
    )
    errors.raise_for_error(response)
    return response.parsed
