from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.department_members_update import DepartmentMembersUpdate
from ...models.department_with_members import DepartmentWithMembers
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: DepartmentMembersUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/departments/{id}/members".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: DepartmentMembersUpdate,
) -> Response[ApiError | DepartmentWithMembers]:
    """Update Department Members

     Adds members to a department and removes members from it in a single request: `addMembers` lists
    member entries ([ERRATA: Department member entries](/specs/workdrive/ERRATA.md#department-member-
    entries)), `removeMembers` lists user ids. Answers 200 with the department, its heads and all its
    members; nothing new is created, so not 201. Vendor documentation: section “Update Department
    Members”.

    Args:
        id (UUID):
        body (DepartmentMembersUpdate): Body of Update Department Members: users to add (full
            member entries) and ids of users to remove, in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DepartmentWithMembers]
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
    body: DepartmentMembersUpdate,
) -> ApiError | DepartmentWithMembers | None:
    """Update Department Members

     Adds members to a department and removes members from it in a single request: `addMembers` lists
    member entries ([ERRATA: Department member entries](/specs/workdrive/ERRATA.md#department-member-
    entries)), `removeMembers` lists user ids. Answers 200 with the department, its heads and all its
    members; nothing new is created, so not 201. Vendor documentation: section “Update Department
    Members”.

    Args:
        id (UUID):
        body (DepartmentMembersUpdate): Body of Update Department Members: users to add (full
            member entries) and ids of users to remove, in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DepartmentWithMembers
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
    body: DepartmentMembersUpdate,
) -> Response[ApiError | DepartmentWithMembers]:
    """Update Department Members

     Adds members to a department and removes members from it in a single request: `addMembers` lists
    member entries ([ERRATA: Department member entries](/specs/workdrive/ERRATA.md#department-member-
    entries)), `removeMembers` lists user ids. Answers 200 with the department, its heads and all its
    members; nothing new is created, so not 201. Vendor documentation: section “Update Department
    Members”.

    Args:
        id (UUID):
        body (DepartmentMembersUpdate): Body of Update Department Members: users to add (full
            member entries) and ids of users to remove, in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DepartmentWithMembers]
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
    body: DepartmentMembersUpdate,
) -> ApiError | DepartmentWithMembers | None:
    """Update Department Members

     Adds members to a department and removes members from it in a single request: `addMembers` lists
    member entries ([ERRATA: Department member entries](/specs/workdrive/ERRATA.md#department-member-
    entries)), `removeMembers` lists user ids. Answers 200 with the department, its heads and all its
    members; nothing new is created, so not 201. Vendor documentation: section “Update Department
    Members”.

    Args:
        id (UUID):
        body (DepartmentMembersUpdate): Body of Update Department Members: users to add (full
            member entries) and ids of users to remove, in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DepartmentWithMembers
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
