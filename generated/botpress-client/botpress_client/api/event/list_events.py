from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.event_status import EventStatus
from ...models.list_events_response import ListEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    next_token: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    params: dict[str, Any] = {}

    params["nextToken"] = next_token

    params["type"] = type_

    params["conversationId"] = conversation_id

    params["userId"] = user_id

    params["messageId"] = message_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chat/events",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListEventsResponse | None:
    if response.status_code == 200:
        response_200 = ListEventsResponse.from_dict(response.json())

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
) -> Response[Error | ListEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=errors.parse_answer(_parse_response, client, response),
    )


def _success(response: Response[Error | ListEventsResponse]) -> ListEventsResponse:
    """The documented 2xx answer; raises `errors.BotpressError` for any other answer."""
    errors.raise_for_error(response)
    if response.status_code == 200:
        return cast(ListEventsResponse, response.parsed)
    raise errors.BotpressError(response, response.parsed, reason="a success status the API does not document")


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | ListEventsResponse]:
    """List Events

     Retrieves the Events previously created, most recent first, 20 per page. The list can be filtered by
    type, by the linked conversation, user or message, and by status (values: public fact, [ERRATA:
    Event status values](/specs/botpress/ERRATA.md#event-status-values)).
    Vendor documentation: section “List Events”.

    Args:
        next_token (str | Unset):
        type_ (str | Unset):
        conversation_id (str | Unset):
        user_id (str | Unset):
        message_id (str | Unset):
        status (EventStatus | Unset): Processing status of an Event. The vendor's documentation
            types it as a plain string without values; the values are those of the real API (public
            fact, [ERRATA: Event status values](/specs/botpress/ERRATA.md#event-status-values)):
            `pending` (not processed yet), `processed`, `ignored`, `failed` (see `failureReason`),
            `scheduled` (created with a `schedule` and not due yet) and `canceled` (a scheduled event
            that will not be processed).
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListEventsResponse]
    """

    kwargs = _get_kwargs(
        next_token=next_token,
        type_=type_,
        conversation_id=conversation_id,
        user_id=user_id,
        message_id=message_id,
        status=status,
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
    type_: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> ListEventsResponse:
    """List Events

     Retrieves the Events previously created, most recent first, 20 per page. The list can be filtered by
    type, by the linked conversation, user or message, and by status (values: public fact, [ERRATA:
    Event status values](/specs/botpress/ERRATA.md#event-status-values)).
    Vendor documentation: section “List Events”.

    Args:
        next_token (str | Unset):
        type_ (str | Unset):
        conversation_id (str | Unset):
        user_id (str | Unset):
        message_id (str | Unset):
        status (EventStatus | Unset): Processing status of an Event. The vendor's documentation
            types it as a plain string without values; the values are those of the real API (public
            fact, [ERRATA: Event status values](/specs/botpress/ERRATA.md#event-status-values)):
            `pending` (not processed yet), `processed`, `ignored`, `failed` (see `failureReason`),
            `scheduled` (created with a `schedule` and not due yet) and `canceled` (a scheduled event
            that will not be processed).
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEventsResponse
    """

    return _success(
        sync_detailed(
            client=client,
            next_token=next_token,
            type_=type_,
            conversation_id=conversation_id,
            user_id=user_id,
            message_id=message_id,
            status=status,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | ListEventsResponse]:
    """List Events

     Retrieves the Events previously created, most recent first, 20 per page. The list can be filtered by
    type, by the linked conversation, user or message, and by status (values: public fact, [ERRATA:
    Event status values](/specs/botpress/ERRATA.md#event-status-values)).
    Vendor documentation: section “List Events”.

    Args:
        next_token (str | Unset):
        type_ (str | Unset):
        conversation_id (str | Unset):
        user_id (str | Unset):
        message_id (str | Unset):
        status (EventStatus | Unset): Processing status of an Event. The vendor's documentation
            types it as a plain string without values; the values are those of the real API (public
            fact, [ERRATA: Event status values](/specs/botpress/ERRATA.md#event-status-values)):
            `pending` (not processed yet), `processed`, `ignored`, `failed` (see `failureReason`),
            `scheduled` (created with a `schedule` and not due yet) and `canceled` (a scheduled event
            that will not be processed).
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListEventsResponse]
    """

    kwargs = _get_kwargs(
        next_token=next_token,
        type_=type_,
        conversation_id=conversation_id,
        user_id=user_id,
        message_id=message_id,
        status=status,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> ListEventsResponse:
    """List Events

     Retrieves the Events previously created, most recent first, 20 per page. The list can be filtered by
    type, by the linked conversation, user or message, and by status (values: public fact, [ERRATA:
    Event status values](/specs/botpress/ERRATA.md#event-status-values)).
    Vendor documentation: section “List Events”.

    Args:
        next_token (str | Unset):
        type_ (str | Unset):
        conversation_id (str | Unset):
        user_id (str | Unset):
        message_id (str | Unset):
        status (EventStatus | Unset): Processing status of an Event. The vendor's documentation
            types it as a plain string without values; the values are those of the real API (public
            fact, [ERRATA: Event status values](/specs/botpress/ERRATA.md#event-status-values)):
            `pending` (not processed yet), `processed`, `ignored`, `failed` (see `failureReason`),
            `scheduled` (created with a `schedule` and not due yet) and `canceled` (a scheduled event
            that will not be processed).
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEventsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            next_token=next_token,
            type_=type_,
            conversation_id=conversation_id,
            user_id=user_id,
            message_id=message_id,
            status=status,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
    )


from ...models.event import Event


def iterate(
    *,
    client: AuthenticatedClient | Client,
    next_token: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Iterator[Event]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `next_token` (cursor pagination). Raises `errors.BotpressError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            next_token=next_token,
            type_=type_,
            conversation_id=conversation_id,
            user_id=user_id,
            message_id=message_id,
            status=status,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
        listed = page.events
        if not listed:
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
    type_: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> AsyncIterator[Event]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            next_token=next_token,
            type_=type_,
            conversation_id=conversation_id,
            user_id=user_id,
            message_id=message_id,
            status=status,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
        listed = page.events
        if not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_token
        if not isinstance(following, str) or not following:
            return
        next_token = following
