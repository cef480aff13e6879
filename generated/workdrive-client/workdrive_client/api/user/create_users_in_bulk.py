from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user import User
from ...models.user_bulk_create_input import UserBulkCreateInput
from ...types import Response


def _get_kwargs(
    *,
    body: UserBulkCreateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/users/bulk-create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | list[User] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = User.from_dict(response_201_item_data)

            response_201.append(response_201_item)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[User]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserBulkCreateInput,
) -> Response[ApiError | list[User]]:
    """Bulk Create User

     On-boards several users at once: each item of `data` takes the fields of Create a User plus
    `externalUserId`. Answers the created users, in the full user form, as a JSON array. The vendor's
    documentation gives no table for this body ([ERRATA: Bulk Create User
    body](/specs/workdrive/ERRATA.md#bulk-create-user-body)) and its answer sample does not parse
    ([ERRATA: Bulk Create User sample](/specs/workdrive/ERRATA.md#bulk-create-user-sample)). Vendor
    documentation: section “Bulk Create User”.

    Args:
        body (UserBulkCreateInput): Body of Bulk Create User, the users to create under `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[User]]
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
    body: UserBulkCreateInput,
) -> ApiError | list[User] | None:
    """Bulk Create User

     On-boards several users at once: each item of `data` takes the fields of Create a User plus
    `externalUserId`. Answers the created users, in the full user form, as a JSON array. The vendor's
    documentation gives no table for this body ([ERRATA: Bulk Create User
    body](/specs/workdrive/ERRATA.md#bulk-create-user-body)) and its answer sample does not parse
    ([ERRATA: Bulk Create User sample](/specs/workdrive/ERRATA.md#bulk-create-user-sample)). Vendor
    documentation: section “Bulk Create User”.

    Args:
        body (UserBulkCreateInput): Body of Bulk Create User, the users to create under `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[User]
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
    body: UserBulkCreateInput,
) -> Response[ApiError | list[User]]:
    """Bulk Create User

     On-boards several users at once: each item of `data` takes the fields of Create a User plus
    `externalUserId`. Answers the created users, in the full user form, as a JSON array. The vendor's
    documentation gives no table for this body ([ERRATA: Bulk Create User
    body](/specs/workdrive/ERRATA.md#bulk-create-user-body)) and its answer sample does not parse
    ([ERRATA: Bulk Create User sample](/specs/workdrive/ERRATA.md#bulk-create-user-sample)). Vendor
    documentation: section “Bulk Create User”.

    Args:
        body (UserBulkCreateInput): Body of Bulk Create User, the users to create under `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[User]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserBulkCreateInput,
) -> ApiError | list[User] | None:
    """Bulk Create User

     On-boards several users at once: each item of `data` takes the fields of Create a User plus
    `externalUserId`. Answers the created users, in the full user form, as a JSON array. The vendor's
    documentation gives no table for this body ([ERRATA: Bulk Create User
    body](/specs/workdrive/ERRATA.md#bulk-create-user-body)) and its answer sample does not parse
    ([ERRATA: Bulk Create User sample](/specs/workdrive/ERRATA.md#bulk-create-user-sample)). Vendor
    documentation: section “Bulk Create User”.

    Args:
        body (UserBulkCreateInput): Body of Bulk Create User, the users to create under `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[User]
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
