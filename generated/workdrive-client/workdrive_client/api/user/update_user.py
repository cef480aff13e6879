from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user import User
from ...models.user_update import UserUpdate
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: UserUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | User]:
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
    body: UserUpdate,
) -> Response[ApiError | User]:
    """Update a User

     Changes the user's information and answers the updated user; fields left out stay as they are.
    Pictures are uploaded first with Upload a Media and attached by their `fileId` (profile picture) and
    `coverFileId` (cover). `addAdditionalTeams` and `removeAdditionalTeams` join and leave other
    supervisors' teams. `availability` is sent as text but answered as a number ([ERRATA: User
    availability](/specs/workdrive/ERRATA.md#user-availability)); the vendor's table describes `status`
    with a copied sentence ([ERRATA: Update a User table](/specs/workdrive/ERRATA.md#update-a-user-
    table)) and its sample sends a department name where an id belongs ([ERRATA: Update a User
    sample](/specs/workdrive/ERRATA.md#update-a-user-sample)). Vendor documentation: section “Update a
    User”.

    Args:
        id (UUID):
        body (UserUpdate): The fields of a user that Update a User can change; fields left out
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | User]
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
    body: UserUpdate,
) -> ApiError | User | None:
    """Update a User

     Changes the user's information and answers the updated user; fields left out stay as they are.
    Pictures are uploaded first with Upload a Media and attached by their `fileId` (profile picture) and
    `coverFileId` (cover). `addAdditionalTeams` and `removeAdditionalTeams` join and leave other
    supervisors' teams. `availability` is sent as text but answered as a number ([ERRATA: User
    availability](/specs/workdrive/ERRATA.md#user-availability)); the vendor's table describes `status`
    with a copied sentence ([ERRATA: Update a User table](/specs/workdrive/ERRATA.md#update-a-user-
    table)) and its sample sends a department name where an id belongs ([ERRATA: Update a User
    sample](/specs/workdrive/ERRATA.md#update-a-user-sample)). Vendor documentation: section “Update a
    User”.

    Args:
        id (UUID):
        body (UserUpdate): The fields of a user that Update a User can change; fields left out
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | User
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
    body: UserUpdate,
) -> Response[ApiError | User]:
    """Update a User

     Changes the user's information and answers the updated user; fields left out stay as they are.
    Pictures are uploaded first with Upload a Media and attached by their `fileId` (profile picture) and
    `coverFileId` (cover). `addAdditionalTeams` and `removeAdditionalTeams` join and leave other
    supervisors' teams. `availability` is sent as text but answered as a number ([ERRATA: User
    availability](/specs/workdrive/ERRATA.md#user-availability)); the vendor's table describes `status`
    with a copied sentence ([ERRATA: Update a User table](/specs/workdrive/ERRATA.md#update-a-user-
    table)) and its sample sends a department name where an id belongs ([ERRATA: Update a User
    sample](/specs/workdrive/ERRATA.md#update-a-user-sample)). Vendor documentation: section “Update a
    User”.

    Args:
        id (UUID):
        body (UserUpdate): The fields of a user that Update a User can change; fields left out
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | User]
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
    body: UserUpdate,
) -> ApiError | User | None:
    """Update a User

     Changes the user's information and answers the updated user; fields left out stay as they are.
    Pictures are uploaded first with Upload a Media and attached by their `fileId` (profile picture) and
    `coverFileId` (cover). `addAdditionalTeams` and `removeAdditionalTeams` join and leave other
    supervisors' teams. `availability` is sent as text but answered as a number ([ERRATA: User
    availability](/specs/workdrive/ERRATA.md#user-availability)); the vendor's table describes `status`
    with a copied sentence ([ERRATA: Update a User table](/specs/workdrive/ERRATA.md#update-a-user-
    table)) and its sample sends a department name where an id belongs ([ERRATA: Update a User
    sample](/specs/workdrive/ERRATA.md#update-a-user-sample)). Vendor documentation: section “Update a
    User”.

    Args:
        id (UUID):
        body (UserUpdate): The fields of a user that Update a User can change; fields left out
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | User
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
