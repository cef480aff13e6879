from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_users_info_request import QueryUsersInfoRequest
from ...models.user_details import UserDetails
from ...types import Response


def _get_kwargs(
    *,
    body: QueryUsersInfoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/usersInfo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[UserDetails] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserDetails.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[UserDetails]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueryUsersInfoRequest,
) -> Response[Error | list[UserDetails]]:
    """Get User Information

     Retrieves the details of users of the account (profile, roles, groups, assigned tasks), named by
    email address, optionally only the active or the not active ones. Answers a JSON array with one
    entry per user found; a requested user that cannot be found is answered as an entry whose
    `userInfo.status` is `failure` ([ERRATA: Get User Information answer](/specs/koreai/ERRATA.md#get-
    user-information-answer)). A POST is used although nothing changes. Needs a JWT of an app created in
    the Admin Console with the scope "User Management > User Management". Rate limit: 60 requests per
    minute per account ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor
    documentation: section “Get User Information”.

    Args:
        body (QueryUsersInfoRequest): The users to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserDetails]]
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
    body: QueryUsersInfoRequest,
) -> Error | list[UserDetails] | None:
    """Get User Information

     Retrieves the details of users of the account (profile, roles, groups, assigned tasks), named by
    email address, optionally only the active or the not active ones. Answers a JSON array with one
    entry per user found; a requested user that cannot be found is answered as an entry whose
    `userInfo.status` is `failure` ([ERRATA: Get User Information answer](/specs/koreai/ERRATA.md#get-
    user-information-answer)). A POST is used although nothing changes. Needs a JWT of an app created in
    the Admin Console with the scope "User Management > User Management". Rate limit: 60 requests per
    minute per account ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor
    documentation: section “Get User Information”.

    Args:
        body (QueryUsersInfoRequest): The users to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[UserDetails]
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
    body: QueryUsersInfoRequest,
) -> Response[Error | list[UserDetails]]:
    """Get User Information

     Retrieves the details of users of the account (profile, roles, groups, assigned tasks), named by
    email address, optionally only the active or the not active ones. Answers a JSON array with one
    entry per user found; a requested user that cannot be found is answered as an entry whose
    `userInfo.status` is `failure` ([ERRATA: Get User Information answer](/specs/koreai/ERRATA.md#get-
    user-information-answer)). A POST is used although nothing changes. Needs a JWT of an app created in
    the Admin Console with the scope "User Management > User Management". Rate limit: 60 requests per
    minute per account ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor
    documentation: section “Get User Information”.

    Args:
        body (QueryUsersInfoRequest): The users to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserDetails]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QueryUsersInfoRequest,
) -> Error | list[UserDetails] | None:
    """Get User Information

     Retrieves the details of users of the account (profile, roles, groups, assigned tasks), named by
    email address, optionally only the active or the not active ones. Answers a JSON array with one
    entry per user found; a requested user that cannot be found is answered as an entry whose
    `userInfo.status` is `failure` ([ERRATA: Get User Information answer](/specs/koreai/ERRATA.md#get-
    user-information-answer)). A POST is used although nothing changes. Needs a JWT of an app created in
    the Admin Console with the scope "User Management > User Management". Rate limit: 60 requests per
    minute per account ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor
    documentation: section “Get User Information”.

    Args:
        body (QueryUsersInfoRequest): The users to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[UserDetails]
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
