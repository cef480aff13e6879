from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.empty import Empty
from ...models.user_bulk_delete_input import UserBulkDeleteInput
from ...types import Response


def _get_kwargs(
    *,
    body: UserBulkDeleteInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/users/bulk-delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: UserBulkDeleteInput,
) -> Response[ApiError | Empty]:
    """Bulk Delete User

     Deletes several users at once, named by their ids in the body's `ids`. The vendor's documentation
    writes the method `Delete` ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)),
    sends a body with it ([ERRATA: Bulk Delete User body](/specs/workdrive/ERRATA.md#bulk-delete-user-
    body)), names the field `id` in its table ([ERRATA: Bulk Delete User field
    name](/specs/workdrive/ERRATA.md#bulk-delete-user-field-name)), copies Delete a User's description
    and shows no answer body; this spec answers an empty object ([ERRATA: Delete a User
    answer](/specs/workdrive/ERRATA.md#delete-a-user-answer)). `bulk-delete` is a fixed path segment,
    not a user id ([ERRATA: Fixed segments under /api/users](/specs/workdrive/ERRATA.md#fixed-segments-
    under-apiusers)). Vendor documentation: section “Bulk Delete User”.

    Args:
        body (UserBulkDeleteInput): Body of Bulk Delete User. The vendor's table names the field
            `id`, its sample `ids`; this spec keeps `ids` ([ERRATA: Bulk Delete User field
            name](/specs/workdrive/ERRATA.md#bulk-delete-user-field-name)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
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
    body: UserBulkDeleteInput,
) -> ApiError | Empty | None:
    """Bulk Delete User

     Deletes several users at once, named by their ids in the body's `ids`. The vendor's documentation
    writes the method `Delete` ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)),
    sends a body with it ([ERRATA: Bulk Delete User body](/specs/workdrive/ERRATA.md#bulk-delete-user-
    body)), names the field `id` in its table ([ERRATA: Bulk Delete User field
    name](/specs/workdrive/ERRATA.md#bulk-delete-user-field-name)), copies Delete a User's description
    and shows no answer body; this spec answers an empty object ([ERRATA: Delete a User
    answer](/specs/workdrive/ERRATA.md#delete-a-user-answer)). `bulk-delete` is a fixed path segment,
    not a user id ([ERRATA: Fixed segments under /api/users](/specs/workdrive/ERRATA.md#fixed-segments-
    under-apiusers)). Vendor documentation: section “Bulk Delete User”.

    Args:
        body (UserBulkDeleteInput): Body of Bulk Delete User. The vendor's table names the field
            `id`, its sample `ids`; this spec keeps `ids` ([ERRATA: Bulk Delete User field
            name](/specs/workdrive/ERRATA.md#bulk-delete-user-field-name)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
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
    body: UserBulkDeleteInput,
) -> Response[ApiError | Empty]:
    """Bulk Delete User

     Deletes several users at once, named by their ids in the body's `ids`. The vendor's documentation
    writes the method `Delete` ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)),
    sends a body with it ([ERRATA: Bulk Delete User body](/specs/workdrive/ERRATA.md#bulk-delete-user-
    body)), names the field `id` in its table ([ERRATA: Bulk Delete User field
    name](/specs/workdrive/ERRATA.md#bulk-delete-user-field-name)), copies Delete a User's description
    and shows no answer body; this spec answers an empty object ([ERRATA: Delete a User
    answer](/specs/workdrive/ERRATA.md#delete-a-user-answer)). `bulk-delete` is a fixed path segment,
    not a user id ([ERRATA: Fixed segments under /api/users](/specs/workdrive/ERRATA.md#fixed-segments-
    under-apiusers)). Vendor documentation: section “Bulk Delete User”.

    Args:
        body (UserBulkDeleteInput): Body of Bulk Delete User. The vendor's table names the field
            `id`, its sample `ids`; this spec keeps `ids` ([ERRATA: Bulk Delete User field
            name](/specs/workdrive/ERRATA.md#bulk-delete-user-field-name)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserBulkDeleteInput,
) -> ApiError | Empty | None:
    """Bulk Delete User

     Deletes several users at once, named by their ids in the body's `ids`. The vendor's documentation
    writes the method `Delete` ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)),
    sends a body with it ([ERRATA: Bulk Delete User body](/specs/workdrive/ERRATA.md#bulk-delete-user-
    body)), names the field `id` in its table ([ERRATA: Bulk Delete User field
    name](/specs/workdrive/ERRATA.md#bulk-delete-user-field-name)), copies Delete a User's description
    and shows no answer body; this spec answers an empty object ([ERRATA: Delete a User
    answer](/specs/workdrive/ERRATA.md#delete-a-user-answer)). `bulk-delete` is a fixed path segment,
    not a user id ([ERRATA: Fixed segments under /api/users](/specs/workdrive/ERRATA.md#fixed-segments-
    under-apiusers)). Vendor documentation: section “Bulk Delete User”.

    Args:
        body (UserBulkDeleteInput): Body of Bulk Delete User. The vendor's table names the field
            `id`, its sample `ids`; this spec keeps `ids` ([ERRATA: Bulk Delete User field
            name](/specs/workdrive/ERRATA.md#bulk-delete-user-field-name)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
