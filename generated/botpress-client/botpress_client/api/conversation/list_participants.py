from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_participants_response import ListParticipantsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    next_token: str | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    params: dict[str, Any] = {}

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chat/conversations/{id}/participants".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListParticipantsResponse | None:
    if response.status_code == 200:
        response_200 = ListParticipantsResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | ListParticipantsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | ListParticipantsResponse]:
    """List Participants

     Retrieves the Participants of the Conversation with the given ID, 20 per page. A participant is a
    User (public fact, [ERRATA: Participant is a User](/specs/botpress/ERRATA.md#participant-is-a-
    user)).
    Vendor documentation: section “List Participants”.

    Args:
        id (str):
        next_token (str | Unset):
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListParticipantsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        next_token=next_token,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | ListParticipantsResponse | None:
    """List Participants

     Retrieves the Participants of the Conversation with the given ID, 20 per page. A participant is a
    User (public fact, [ERRATA: Participant is a User](/specs/botpress/ERRATA.md#participant-is-a-
    user)).
    Vendor documentation: section “List Participants”.

    Args:
        id (str):
        next_token (str | Unset):
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListParticipantsResponse
    """

    response = sync_detailed(
        id=id,
        client=client,
        next_token=next_token,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | ListParticipantsResponse]:
    """List Participants

     Retrieves the Participants of the Conversation with the given ID, 20 per page. A participant is a
    User (public fact, [ERRATA: Participant is a User](/specs/botpress/ERRATA.md#participant-is-a-
    user)).
    Vendor documentation: section “List Participants”.

    Args:
        id (str):
        next_token (str | Unset):
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListParticipantsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        next_token=next_token,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | ListParticipantsResponse | None:
    """List Participants

     Retrieves the Participants of the Conversation with the given ID, 20 per page. A participant is a
    User (public fact, [ERRATA: Participant is a User](/specs/botpress/ERRATA.md#participant-is-a-
    user)).
    Vendor documentation: section “List Participants”.

    Args:
        id (str):
        next_token (str | Unset):
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListParticipantsResponse
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        next_token=next_token,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.user import User


def iterate(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Iterator[User]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `next_token` (cursor pagination). Raises `errors.BotpressError` on an
    error answer."""
    while True:
        page = sync(
            id=id,
            client=client,
            next_token=next_token,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
        if not isinstance(page, ListParticipantsResponse):
            return
        listed = page.participants
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        yield from items
        following = page.meta.next_token
        if not isinstance(following, str) or not following:
            return
        next_token = following


async def aiterate(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> AsyncIterator[User]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            id=id,
            client=client,
            next_token=next_token,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
        if not isinstance(page, ListParticipantsResponse):
            return
        listed = page.participants
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_token
        if not isinstance(following, str) or not following:
            return
        next_token = following
