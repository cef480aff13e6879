from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user import User
from ...models.user_input import UserInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UserInput,
    bulk: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bulk"] = bulk

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/users/add",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | User | None:
    if response.status_code == 201:
        response_201 = User.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserInput,
    bulk: bool | Unset = UNSET,
) -> Response[ApiError | User]:
    """Create a User

     On-boards a new user in the organization and answers the created user. With `bulk=true` the API
    takes the details the request leaves out from the organization's default user on-boarding settings.
    The vendor's documentation marks no body field required ([ERRATA: Required user
    fields](/specs/workdrive/ERRATA.md#required-user-fields)); its table lists `addAdditionalLocations`,
    which its sample lacks ([ERRATA: Create a User fields](/specs/workdrive/ERRATA.md#create-a-user-
    fields)); its answer sample does not parse and shows `picture` as a number ([ERRATA: Create a User
    samples](/specs/workdrive/ERRATA.md#create-a-user-samples), [ERRATA: User
    picture](/specs/workdrive/ERRATA.md#user-picture)). Vendor documentation: section “Create a User”.

    Args:
        bulk (bool | Unset):
        body (UserInput): A new user, as Create a User takes it. The vendor's documentation marks
            no field required; with the `bulk` query parameter the API fills what is missing from the
            default on-boarding settings ([ERRATA: Required user
            fields](/specs/workdrive/ERRATA.md#required-user-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | User]
    """

    kwargs = _get_kwargs(
        body=body,
        bulk=bulk,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UserInput,
    bulk: bool | Unset = UNSET,
) -> ApiError | User | None:
    """Create a User

     On-boards a new user in the organization and answers the created user. With `bulk=true` the API
    takes the details the request leaves out from the organization's default user on-boarding settings.
    The vendor's documentation marks no body field required ([ERRATA: Required user
    fields](/specs/workdrive/ERRATA.md#required-user-fields)); its table lists `addAdditionalLocations`,
    which its sample lacks ([ERRATA: Create a User fields](/specs/workdrive/ERRATA.md#create-a-user-
    fields)); its answer sample does not parse and shows `picture` as a number ([ERRATA: Create a User
    samples](/specs/workdrive/ERRATA.md#create-a-user-samples), [ERRATA: User
    picture](/specs/workdrive/ERRATA.md#user-picture)). Vendor documentation: section “Create a User”.

    Args:
        bulk (bool | Unset):
        body (UserInput): A new user, as Create a User takes it. The vendor's documentation marks
            no field required; with the `bulk` query parameter the API fills what is missing from the
            default on-boarding settings ([ERRATA: Required user
            fields](/specs/workdrive/ERRATA.md#required-user-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | User
    """

    response = sync_detailed(
        client=client,
        body=body,
        bulk=bulk,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserInput,
    bulk: bool | Unset = UNSET,
) -> Response[ApiError | User]:
    """Create a User

     On-boards a new user in the organization and answers the created user. With `bulk=true` the API
    takes the details the request leaves out from the organization's default user on-boarding settings.
    The vendor's documentation marks no body field required ([ERRATA: Required user
    fields](/specs/workdrive/ERRATA.md#required-user-fields)); its table lists `addAdditionalLocations`,
    which its sample lacks ([ERRATA: Create a User fields](/specs/workdrive/ERRATA.md#create-a-user-
    fields)); its answer sample does not parse and shows `picture` as a number ([ERRATA: Create a User
    samples](/specs/workdrive/ERRATA.md#create-a-user-samples), [ERRATA: User
    picture](/specs/workdrive/ERRATA.md#user-picture)). Vendor documentation: section “Create a User”.

    Args:
        bulk (bool | Unset):
        body (UserInput): A new user, as Create a User takes it. The vendor's documentation marks
            no field required; with the `bulk` query parameter the API fills what is missing from the
            default on-boarding settings ([ERRATA: Required user
            fields](/specs/workdrive/ERRATA.md#required-user-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | User]
    """

    kwargs = _get_kwargs(
        body=body,
        bulk=bulk,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserInput,
    bulk: bool | Unset = UNSET,
) -> ApiError | User | None:
    """Create a User

     On-boards a new user in the organization and answers the created user. With `bulk=true` the API
    takes the details the request leaves out from the organization's default user on-boarding settings.
    The vendor's documentation marks no body field required ([ERRATA: Required user
    fields](/specs/workdrive/ERRATA.md#required-user-fields)); its table lists `addAdditionalLocations`,
    which its sample lacks ([ERRATA: Create a User fields](/specs/workdrive/ERRATA.md#create-a-user-
    fields)); its answer sample does not parse and shows `picture` as a number ([ERRATA: Create a User
    samples](/specs/workdrive/ERRATA.md#create-a-user-samples), [ERRATA: User
    picture](/specs/workdrive/ERRATA.md#user-picture)). Vendor documentation: section “Create a User”.

    Args:
        bulk (bool | Unset):
        body (UserInput): A new user, as Create a User takes it. The vendor's documentation marks
            no field required; with the `bulk` query parameter the API fills what is missing from the
            default on-boarding settings ([ERRATA: Required user
            fields](/specs/workdrive/ERRATA.md#required-user-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | User
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
        bulk=bulk,
    )
    errors.raise_for_error(response)
    return response.parsed
