from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.message import Message
from ...models.message_input import MessageInput
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: MessageInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/{conversation_id}/messages".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Message | None:
    if response.status_code == 201:
        response_201 = Message.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageInput,
) -> Response[ApiError | Message]:
    """Send a new Message

     Sends a message in a group chat or chat, optionally mentioning users, replying to an earlier message
    and attaching uploaded media. Answers 201 with the message ([ERRATA: Message answer
    shapes](/specs/workdrive/ERRATA.md#message-answer-shapes)). The vendor's documentation writes this
    request as a GET with a body; the spec makes it a POST ([ERRATA: Send a new Message: GET with a
    body](/specs/workdrive/ERRATA.md#send-a-new-message-get-with-a-body)) and keeps the vendor's path
    ([ERRATA: Send a new Message: path](/specs/workdrive/ERRATA.md#send-a-new-message-path)). Vendor
    documentation: section “Send a new Message”.

    Args:
        conversation_id (str):
        body (MessageInput): A new message. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Message]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageInput,
) -> ApiError | Message | None:
    """Send a new Message

     Sends a message in a group chat or chat, optionally mentioning users, replying to an earlier message
    and attaching uploaded media. Answers 201 with the message ([ERRATA: Message answer
    shapes](/specs/workdrive/ERRATA.md#message-answer-shapes)). The vendor's documentation writes this
    request as a GET with a body; the spec makes it a POST ([ERRATA: Send a new Message: GET with a
    body](/specs/workdrive/ERRATA.md#send-a-new-message-get-with-a-body)) and keeps the vendor's path
    ([ERRATA: Send a new Message: path](/specs/workdrive/ERRATA.md#send-a-new-message-path)). Vendor
    documentation: section “Send a new Message”.

    Args:
        conversation_id (str):
        body (MessageInput): A new message. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Message
    """

    response = sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageInput,
) -> Response[ApiError | Message]:
    """Send a new Message

     Sends a message in a group chat or chat, optionally mentioning users, replying to an earlier message
    and attaching uploaded media. Answers 201 with the message ([ERRATA: Message answer
    shapes](/specs/workdrive/ERRATA.md#message-answer-shapes)). The vendor's documentation writes this
    request as a GET with a body; the spec makes it a POST ([ERRATA: Send a new Message: GET with a
    body](/specs/workdrive/ERRATA.md#send-a-new-message-get-with-a-body)) and keeps the vendor's path
    ([ERRATA: Send a new Message: path](/specs/workdrive/ERRATA.md#send-a-new-message-path)). Vendor
    documentation: section “Send a new Message”.

    Args:
        conversation_id (str):
        body (MessageInput): A new message. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Message]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageInput,
) -> ApiError | Message | None:
    """Send a new Message

     Sends a message in a group chat or chat, optionally mentioning users, replying to an earlier message
    and attaching uploaded media. Answers 201 with the message ([ERRATA: Message answer
    shapes](/specs/workdrive/ERRATA.md#message-answer-shapes)). The vendor's documentation writes this
    request as a GET with a body; the spec makes it a POST ([ERRATA: Send a new Message: GET with a
    body](/specs/workdrive/ERRATA.md#send-a-new-message-get-with-a-body)) and keeps the vendor's path
    ([ERRATA: Send a new Message: path](/specs/workdrive/ERRATA.md#send-a-new-message-path)). Vendor
    documentation: section “Send a new Message”.

    Args:
        conversation_id (str):
        body (MessageInput): A new message. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Message
    """

    response = await asyncio_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
