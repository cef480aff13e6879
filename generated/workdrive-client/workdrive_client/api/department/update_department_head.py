from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.department import Department
from ...models.department_head_update import DepartmentHeadUpdate
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: DepartmentHeadUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/departments/{id}/admin".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Department | None:
    if response.status_code == 200:
        response_200 = Department.from_dict(response.json())

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
) -> Response[ApiError | Department]:
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
    body: DepartmentHeadUpdate,
) -> Response[ApiError | Department]:
    """Update Department Head

     Adds heads to a department and removes one head from it in a single request: `add` lists the users
    to make heads (member entries, with `isAdmin`), `remove` is the id of the one user to remove from
    the heads ([ERRATA: Update Department Head removes one head](/specs/workdrive/ERRATA.md#update-
    department-head-removes-one-head), [ERRATA: Department member
    entries](/specs/workdrive/ERRATA.md#department-member-entries)). Answers the department record.
    Vendor documentation: section “Update Department Head”.

    Args:
        id (UUID):
        body (DepartmentHeadUpdate): Body of Update Department Head: users to add as heads of the
            department and the one user to remove from its heads. `remove` is a single id while `add`
            is a list, as the vendor's documentation shows both ([ERRATA: Update Department Head
            removes one head](/specs/workdrive/ERRATA.md#update-department-head-removes-one-head)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Department]
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
    body: DepartmentHeadUpdate,
) -> ApiError | Department | None:
    """Update Department Head

     Adds heads to a department and removes one head from it in a single request: `add` lists the users
    to make heads (member entries, with `isAdmin`), `remove` is the id of the one user to remove from
    the heads ([ERRATA: Update Department Head removes one head](/specs/workdrive/ERRATA.md#update-
    department-head-removes-one-head), [ERRATA: Department member
    entries](/specs/workdrive/ERRATA.md#department-member-entries)). Answers the department record.
    Vendor documentation: section “Update Department Head”.

    Args:
        id (UUID):
        body (DepartmentHeadUpdate): Body of Update Department Head: users to add as heads of the
            department and the one user to remove from its heads. `remove` is a single id while `add`
            is a list, as the vendor's documentation shows both ([ERRATA: Update Department Head
            removes one head](/specs/workdrive/ERRATA.md#update-department-head-removes-one-head)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Department
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
    body: DepartmentHeadUpdate,
) -> Response[ApiError | Department]:
    """Update Department Head

     Adds heads to a department and removes one head from it in a single request: `add` lists the users
    to make heads (member entries, with `isAdmin`), `remove` is the id of the one user to remove from
    the heads ([ERRATA: Update Department Head removes one head](/specs/workdrive/ERRATA.md#update-
    department-head-removes-one-head), [ERRATA: Department member
    entries](/specs/workdrive/ERRATA.md#department-member-entries)). Answers the department record.
    Vendor documentation: section “Update Department Head”.

    Args:
        id (UUID):
        body (DepartmentHeadUpdate): Body of Update Department Head: users to add as heads of the
            department and the one user to remove from its heads. `remove` is a single id while `add`
            is a list, as the vendor's documentation shows both ([ERRATA: Update Department Head
            removes one head](/specs/workdrive/ERRATA.md#update-department-head-removes-one-head)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Department]
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
    body: DepartmentHeadUpdate,
) -> ApiError | Department | None:
    """Update Department Head

     Adds heads to a department and removes one head from it in a single request: `add` lists the users
    to make heads (member entries, with `isAdmin`), `remove` is the id of the one user to remove from
    the heads ([ERRATA: Update Department Head removes one head](/specs/workdrive/ERRATA.md#update-
    department-head-removes-one-head), [ERRATA: Department member
    entries](/specs/workdrive/ERRATA.md#department-member-entries)). Answers the department record.
    Vendor documentation: section “Update Department Head”.

    Args:
        id (UUID):
        body (DepartmentHeadUpdate): Body of Update Department Head: users to add as heads of the
            department and the one user to remove from its heads. `remove` is a single id while `add`
            is a list, as the vendor's documentation shows both ([ERRATA: Update Department Head
            removes one head](/specs/workdrive/ERRATA.md#update-department-head-removes-one-head)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Department
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
