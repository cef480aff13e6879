from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_users_response import ListUsersResponse
from ...models.tags import Tags
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    next_token: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    tags: Tags | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    params: dict[str, Any] = {}

    params["nextToken"] = next_token

    params["conversationId"] = conversation_id

    json_tags: dict[str, Any] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags.to_dict()
    if not isinstance(json_tags, Unset):
        params.update(json_tags)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chat/users",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListUsersResponse | None:
    if response.status_code == 200:
        response_200 = ListUsersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | ListUsersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    tags: Tags | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | ListUsersResponse]:
    """List Users

     Retrieves a list of Users previously created, most recent first, 20 per page. The list can be
    filtered by conversation and by tags.
    Vendor documentation: section “List Users”.

    Args:
        next_token (str | Unset):
        conversation_id (str | Unset):
        tags (Tags | Unset): Set of tags attached to a resource, as key/value pairs. The set of
            tags available is restricted by the tags the bot (or integration) declares. Individual
            keys can be unset by posting an empty value to them. The vendor's documentation calls this
            a "map of objects"; the real API takes string values ([ERRATA: Tag values are
            strings](/specs/botpress/ERRATA.md#tag-values-are-strings)).
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListUsersResponse]
    """

    kwargs = _get_kwargs(
        next_token=next_token,
        conversation_id=conversation_id,
        tags=tags,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    tags: Tags | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | ListUsersResponse | None:
    """List Users

     Retrieves a list of Users previously created, most recent first, 20 per page. The list can be
    filtered by conversation and by tags.
    Vendor documentation: section “List Users”.

    Args:
        next_token (str | Unset):
        conversation_id (str | Unset):
        tags (Tags | Unset): Set of tags attached to a resource, as key/value pairs. The set of
            tags available is restricted by the tags the bot (or integration) declares. Individual
            keys can be unset by posting an empty value to them. The vendor's documentation calls this
            a "map of objects"; the real API takes string values ([ERRATA: Tag values are
            strings](/specs/botpress/ERRATA.md#tag-values-are-strings)).
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListUsersResponse
    """

    response = sync_detailed(
        client=client,
        next_token=next_token,
        conversation_id=conversation_id,
        tags=tags,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    tags: Tags | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | ListUsersResponse]:
    """List Users

     Retrieves a list of Users previously created, most recent first, 20 per page. The list can be
    filtered by conversation and by tags.
    Vendor documentation: section “List Users”.

    Args:
        next_token (str | Unset):
        conversation_id (str | Unset):
        tags (Tags | Unset): Set of tags attached to a resource, as key/value pairs. The set of
            tags available is restricted by the tags the bot (or integration) declares. Individual
            keys can be unset by posting an empty value to them. The vendor's documentation calls this
            a "map of objects"; the real API takes string values ([ERRATA: Tag values are
            strings](/specs/botpress/ERRATA.md#tag-values-are-strings)).
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListUsersResponse]
    """

    kwargs = _get_kwargs(
        next_token=next_token,
        conversation_id=conversation_id,
        tags=tags,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    tags: Tags | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | ListUsersResponse | None:
    """List Users

     Retrieves a list of Users previously created, most recent first, 20 per page. The list can be
    filtered by conversation and by tags.
    Vendor documentation: section “List Users”.

    Args:
        next_token (str | Unset):
        conversation_id (str | Unset):
        tags (Tags | Unset): Set of tags attached to a resource, as key/value pairs. The set of
            tags available is restricted by the tags the bot (or integration) declares. Individual
            keys can be unset by posting an empty value to them. The vendor's documentation calls this
            a "map of objects"; the real API takes string values ([ERRATA: Tag values are
            strings](/specs/botpress/ERRATA.md#tag-values-are-strings)).
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListUsersResponse
    """

    response = await asyncio_detailed(
        client=client,
        next_token=next_token,
        conversation_id=conversation_id,
        tags=tags,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.user import User


def iterate(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    tags: Tags | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Iterator[User]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `next_token` (cursor pagination). Raises `errors.BotpressError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            next_token=next_token,
            conversation_id=conversation_id,
            tags=tags,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
        if not isinstance(page, ListUsersResponse):
            return
        listed = page.users
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        yield from items
        following = page.meta.next_token
        if not isinstance(following, str) or not following:
            return
        next_token = following


async def aiterate(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    tags: Tags | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> AsyncIterator[User]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            next_token=next_token,
            conversation_id=conversation_id,
            tags=tags,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
        if not isinstance(page, ListUsersResponse):
            return
        listed = page.users
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_token
        if not isinstance(following, str) or not following:
            return
        next_token = following
