from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_users_request import CreateUsersRequest
from ...models.error import Error
from ...models.users_response import UsersResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateUsersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UsersResponse | None:
    if response.status_code == 200:
        response_200 = UsersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UsersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUsersRequest,
) -> Response[Error | UsersResponse]:
    """Create User

     Adds users to the account, with their groups, roles, assigned bot tasks and permissions. Needs a JWT
    of an app created in the Admin Console with the scope "User Management > User Management". Answers
    200 with `UsersResponse`: a confirmation `msg`, and in `failedUserDetails` the outcome per user — a
    user that could not be added has `status: failure` and a `reason` inside its `userInfo` ([ERRATA:
    User failures](/specs/koreai/ERRATA.md#user-failures)). Rate limit: 60 requests per minute per
    account ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section
    “Create User API”.

    Args:
        body (CreateUsersRequest): The users to add, and whether they are sent an activation
            email.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsersResponse]
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
    body: CreateUsersRequest,
) -> Error | UsersResponse | None:
    """Create User

     Adds users to the account, with their groups, roles, assigned bot tasks and permissions. Needs a JWT
    of an app created in the Admin Console with the scope "User Management > User Management". Answers
    200 with `UsersResponse`: a confirmation `msg`, and in `failedUserDetails` the outcome per user — a
    user that could not be added has `status: failure` and a `reason` inside its `userInfo` ([ERRATA:
    User failures](/specs/koreai/ERRATA.md#user-failures)). Rate limit: 60 requests per minute per
    account ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section
    “Create User API”.

    Args:
        body (CreateUsersRequest): The users to add, and whether they are sent an activation
            email.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsersResponse
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
    body: CreateUsersRequest,
) -> Response[Error | UsersResponse]:
    """Create User

     Adds users to the account, with their groups, roles, assigned bot tasks and permissions. Needs a JWT
    of an app created in the Admin Console with the scope "User Management > User Management". Answers
    200 with `UsersResponse`: a confirmation `msg`, and in `failedUserDetails` the outcome per user — a
    user that could not be added has `status: failure` and a `reason` inside its `userInfo` ([ERRATA:
    User failures](/specs/koreai/ERRATA.md#user-failures)). Rate limit: 60 requests per minute per
    account ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section
    “Create User API”.

    Args:
        body (CreateUsersRequest): The users to add, and whether they are sent an activation
            email.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUsersRequest,
) -> Error | UsersResponse | None:
    """Create User

     Adds users to the account, with their groups, roles, assigned bot tasks and permissions. Needs a JWT
    of an app created in the Admin Console with the scope "User Management > User Management". Answers
    200 with `UsersResponse`: a confirmation `msg`, and in `failedUserDetails` the outcome per user — a
    user that could not be added has `status: failure` and a `reason` inside its `userInfo` ([ERRATA:
    User failures](/specs/koreai/ERRATA.md#user-failures)). Rate limit: 60 requests per minute per
    account ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section
    “Create User API”.

    Args:
        body (CreateUsersRequest): The users to add, and whether they are sent an activation
            email.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsersResponse
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
