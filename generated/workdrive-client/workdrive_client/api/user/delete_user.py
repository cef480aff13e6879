from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.empty import Empty
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    bulk: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bulk"] = bulk

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Empty | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Empty]:
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
    bulk: bool | Unset = UNSET,
) -> Response[ApiError | Empty]:
    """Delete a User

     Deletes the user. With `bulk=true` the data the user owned is handed over to the assignees set in
    the organization's default user off-boarding settings. The vendor's documentation writes the method
    `Delete` ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)) and shows no answer
    body; this spec answers an empty object ([ERRATA: Delete a User
    answer](/specs/workdrive/ERRATA.md#delete-a-user-answer)). Vendor documentation: section “Delete a
    User”.

    Args:
        id (UUID):
        bulk (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        id=id,
        bulk=bulk,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    bulk: bool | Unset = UNSET,
) -> ApiError | Empty | None:
    """Delete a User

     Deletes the user. With `bulk=true` the data the user owned is handed over to the assignees set in
    the organization's default user off-boarding settings. The vendor's documentation writes the method
    `Delete` ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)) and shows no answer
    body; this spec answers an empty object ([ERRATA: Delete a User
    answer](/specs/workdrive/ERRATA.md#delete-a-user-answer)). Vendor documentation: section “Delete a
    User”.

    Args:
        id (UUID):
        bulk (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = sync_detailed(
        id=id,
        client=client,
        bulk=bulk,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    bulk: bool | Unset = UNSET,
) -> Response[ApiError | Empty]:
    """Delete a User

     Deletes the user. With `bulk=true` the data the user owned is handed over to the assignees set in
    the organization's default user off-boarding settings. The vendor's documentation writes the method
    `Delete` ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)) and shows no answer
    body; this spec answers an empty object ([ERRATA: Delete a User
    answer](/specs/workdrive/ERRATA.md#delete-a-user-answer)). Vendor documentation: section “Delete a
    User”.

    Args:
        id (UUID):
        bulk (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        id=id,
        bulk=bulk,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    bulk: bool | Unset = UNSET,
) -> ApiError | Empty | None:
    """Delete a User

     Deletes the user. With `bulk=true` the data the user owned is handed over to the assignees set in
    the organization's default user off-boarding settings. The vendor's documentation writes the method
    `Delete` ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)) and shows no answer
    body; this spec answers an empty object ([ERRATA: Delete a User
    answer](/specs/workdrive/ERRATA.md#delete-a-user-answer)). Vendor documentation: section “Delete a
    User”.

    Args:
        id (UUID):
        bulk (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        bulk=bulk,
    )
    errors.raise_for_error(response)
    return response.parsed
