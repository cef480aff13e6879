from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.meeting import Meeting
from ...models.meeting_input import MeetingInput
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: MeetingInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/group-chats/{conversation_id}/meetings".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Meeting | None:
    if response.status_code == 201:
        response_201 = Meeting.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Meeting]:
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
    body: MeetingInput,
) -> Response[ApiError | Meeting]:
    """Create a new meeting in any conversation

     Creates a meeting with the given participants, start, end and duration in a group chat or chat.
    Answers 201 with the meeting, an event object with its live stream ([ERRATA: Meeting
    answer](/specs/workdrive/ERRATA.md#meeting-answer)). The vendor's documentation writes the path
    `POST /api/group-chats`, the path of Create a new GroupChat, while declaring a `conversationId` path
    parameter; the spec gives the operation its own path under the conversation ([ERRATA: Meeting
    path](/specs/workdrive/ERRATA.md#meeting-path)). Vendor documentation: section “Create a new meeting
    in any conversation.”.

    Args:
        conversation_id (str):
        body (MeetingInput): A new meeting in a conversation. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Meeting]
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
    body: MeetingInput,
) -> ApiError | Meeting | None:
    """Create a new meeting in any conversation

     Creates a meeting with the given participants, start, end and duration in a group chat or chat.
    Answers 201 with the meeting, an event object with its live stream ([ERRATA: Meeting
    answer](/specs/workdrive/ERRATA.md#meeting-answer)). The vendor's documentation writes the path
    `POST /api/group-chats`, the path of Create a new GroupChat, while declaring a `conversationId` path
    parameter; the spec gives the operation its own path under the conversation ([ERRATA: Meeting
    path](/specs/workdrive/ERRATA.md#meeting-path)). Vendor documentation: section “Create a new meeting
    in any conversation.”.

    Args:
        conversation_id (str):
        body (MeetingInput): A new meeting in a conversation. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Meeting
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
    body: MeetingInput,
) -> Response[ApiError | Meeting]:
    """Create a new meeting in any conversation

     Creates a meeting with the given participants, start, end and duration in a group chat or chat.
    Answers 201 with the meeting, an event object with its live stream ([ERRATA: Meeting
    answer](/specs/workdrive/ERRATA.md#meeting-answer)). The vendor's documentation writes the path
    `POST /api/group-chats`, the path of Create a new GroupChat, while declaring a `conversationId` path
    parameter; the spec gives the operation its own path under the conversation ([ERRATA: Meeting
    path](/specs/workdrive/ERRATA.md#meeting-path)). Vendor documentation: section “Create a new meeting
    in any conversation.”.

    Args:
        conversation_id (str):
        body (MeetingInput): A new meeting in a conversation. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Meeting]
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
    body: MeetingInput,
) -> ApiError | Meeting | None:
    """Create a new meeting in any conversation

     Creates a meeting with the given participants, start, end and duration in a group chat or chat.
    Answers 201 with the meeting, an event object with its live stream ([ERRATA: Meeting
    answer](/specs/workdrive/ERRATA.md#meeting-answer)). The vendor's documentation writes the path
    `POST /api/group-chats`, the path of Create a new GroupChat, while declaring a `conversationId` path
    parameter; the spec gives the operation its own path under the conversation ([ERRATA: Meeting
    path](/specs/workdrive/ERRATA.md#meeting-path)). Vendor documentation: section “Create a new meeting
    in any conversation.”.

    Args:
        conversation_id (str):
        body (MeetingInput): A new meeting in a conversation. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Meeting
    """

    response = await asyncio_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
