from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.group_chat import GroupChat
from ...models.group_chat_input import GroupChatInput
from ...types import Response


def _get_kwargs(
    *,
    body: GroupChatInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/group-chats",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | GroupChat | None:
    if response.status_code == 201:
        response_201 = GroupChat.from_dict(response.json())

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
) -> Response[ApiError | GroupChat]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupChatInput,
) -> Response[ApiError | GroupChat]:
    """Create a new GroupChat

     Creates a group chat with its members, each of whom may be an administrator. `groupType` says
    whether it is a `CHAT_GROUP` or a `ROOM`; `title`, cover (`fileId`) and `category` apply to a
    `CHAT_GROUP`. Answers 201 with the group chat ([ERRATA: Group chat
    object](/specs/workdrive/ERRATA.md#group-chat-object)). The vendor's parameter table is garbled
    around `isPrivate` and `members` ([ERRATA: Group chat parameter
    tables](/specs/workdrive/ERRATA.md#group-chat-parameter-tables)). Vendor documentation: section
    “Create a new GroupChat”.

    Args:
        body (GroupChatInput): A new group chat. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GroupChat]
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
    body: GroupChatInput,
) -> ApiError | GroupChat | None:
    """Create a new GroupChat

     Creates a group chat with its members, each of whom may be an administrator. `groupType` says
    whether it is a `CHAT_GROUP` or a `ROOM`; `title`, cover (`fileId`) and `category` apply to a
    `CHAT_GROUP`. Answers 201 with the group chat ([ERRATA: Group chat
    object](/specs/workdrive/ERRATA.md#group-chat-object)). The vendor's parameter table is garbled
    around `isPrivate` and `members` ([ERRATA: Group chat parameter
    tables](/specs/workdrive/ERRATA.md#group-chat-parameter-tables)). Vendor documentation: section
    “Create a new GroupChat”.

    Args:
        body (GroupChatInput): A new group chat. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GroupChat
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
    body: GroupChatInput,
) -> Response[ApiError | GroupChat]:
    """Create a new GroupChat

     Creates a group chat with its members, each of whom may be an administrator. `groupType` says
    whether it is a `CHAT_GROUP` or a `ROOM`; `title`, cover (`fileId`) and `category` apply to a
    `CHAT_GROUP`. Answers 201 with the group chat ([ERRATA: Group chat
    object](/specs/workdrive/ERRATA.md#group-chat-object)). The vendor's parameter table is garbled
    around `isPrivate` and `members` ([ERRATA: Group chat parameter
    tables](/specs/workdrive/ERRATA.md#group-chat-parameter-tables)). Vendor documentation: section
    “Create a new GroupChat”.

    Args:
        body (GroupChatInput): A new group chat. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GroupChat]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupChatInput,
) -> ApiError | GroupChat | None:
    """Create a new GroupChat

     Creates a group chat with its members, each of whom may be an administrator. `groupType` says
    whether it is a `CHAT_GROUP` or a `ROOM`; `title`, cover (`fileId`) and `category` apply to a
    `CHAT_GROUP`. Answers 201 with the group chat ([ERRATA: Group chat
    object](/specs/workdrive/ERRATA.md#group-chat-object)). The vendor's parameter table is garbled
    around `isPrivate` and `members` ([ERRATA: Group chat parameter
    tables](/specs/workdrive/ERRATA.md#group-chat-parameter-tables)). Vendor documentation: section
    “Create a new GroupChat”.

    Args:
        body (GroupChatInput): A new group chat. No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GroupChat
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
