from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.department_with_members import DepartmentWithMembers
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/departments/{id}/members".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DepartmentWithMembers | None:
    if response.status_code == 200:
        response_200 = DepartmentWithMembers.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DepartmentWithMembers]:
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
) -> Response[ApiError | DepartmentWithMembers]:
    """Get Department Members

     Reads a department with the ids of its heads and all its members (not paged). The vendor's
    documentation prints Update Department Members' body table under this GET; it takes no body
    ([ERRATA: Get Department Members body table](/specs/workdrive/ERRATA.md#get-department-members-body-
    table)). Vendor documentation: section “Get Department Members”.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DepartmentWithMembers]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DepartmentWithMembers | None:
    """Get Department Members

     Reads a department with the ids of its heads and all its members (not paged). The vendor's
    documentation prints Update Department Members' body table under this GET; it takes no body
    ([ERRATA: Get Department Members body table](/specs/workdrive/ERRATA.md#get-department-members-body-
    table)). Vendor documentation: section “Get Department Members”.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DepartmentWithMembers
    """

    response = sync_detailed(
        id=id,
        client=client,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DepartmentWithMembers]:
    """Get Department Members

     Reads a department with the ids of its heads and all its members (not paged). The vendor's
    documentation prints Update Department Members' body table under this GET; it takes no body
    ([ERRATA: Get Department Members body table](/specs/workdrive/ERRATA.md#get-department-members-body-
    table)). Vendor documentation: section “Get Department Members”.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DepartmentWithMembers]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DepartmentWithMembers | None:
    """Get Department Members

     Reads a department with the ids of its heads and all its members (not paged). The vendor's
    documentation prints Update Department Members' body table under this GET; it takes no body
    ([ERRATA: Get Department Members body table](/specs/workdrive/ERRATA.md#get-department-members-body-
    table)). Vendor documentation: section “Get Department Members”.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DepartmentWithMembers
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
    )
    errors.raise_for_error(response)
    return response.parsed
