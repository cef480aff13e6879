import datetime
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.group_chat_list import GroupChatList
from ...models.group_chat_type import GroupChatType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    group_type: GroupChatType | Unset = UNSET,
    my_group_chats: bool | Unset = UNSET,
    include_participants: bool | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    json_group_type: str | Unset = UNSET
    if not isinstance(group_type, Unset):
        json_group_type = group_type

    params["group_type"] = json_group_type

    params["my_group_chats"] = my_group_chats

    params["include_participants"] = include_participants

    json_time: str | Unset = UNSET
    if not isinstance(time, Unset):
        json_time = time.isoformat()
    params["time"] = json_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/group-chats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GroupChatList | None:
    if response.status_code == 200:
        response_200 = GroupChatList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | GroupChatList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    group_type: GroupChatType | Unset = UNSET,
    my_group_chats: bool | Unset = UNSET,
    include_participants: bool | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> Response[ApiError | GroupChatList]:
    """Get All GroupChats

     Lists group chats (conversations), a page at a time. `group_type` keeps one kind of group,
    `my_group_chats` only the groups the calling user has joined, `time` only the groups created up to
    that moment, and `include_participants` adds each group's participants. The listing shows a short
    form of each group chat ([ERRATA: Group chat object](/specs/workdrive/ERRATA.md#group-chat-object));
    the vendor's query sample does not parse ([ERRATA: Group chat listing: query
    sample](/specs/workdrive/ERRATA.md#group-chat-listing-query-sample)). Vendor documentation: section
    “Get All GroupChats”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        group_type (GroupChatType | Unset): Kind of group chat.
        my_group_chats (bool | Unset):
        include_participants (bool | Unset):
        time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GroupChatList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        group_type=group_type,
        my_group_chats=my_group_chats,
        include_participants=include_participants,
        time=time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    group_type: GroupChatType | Unset = UNSET,
    my_group_chats: bool | Unset = UNSET,
    include_participants: bool | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> ApiError | GroupChatList | None:
    """Get All GroupChats

     Lists group chats (conversations), a page at a time. `group_type` keeps one kind of group,
    `my_group_chats` only the groups the calling user has joined, `time` only the groups created up to
    that moment, and `include_participants` adds each group's participants. The listing shows a short
    form of each group chat ([ERRATA: Group chat object](/specs/workdrive/ERRATA.md#group-chat-object));
    the vendor's query sample does not parse ([ERRATA: Group chat listing: query
    sample](/specs/workdrive/ERRATA.md#group-chat-listing-query-sample)). Vendor documentation: section
    “Get All GroupChats”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        group_type (GroupChatType | Unset): Kind of group chat.
        my_group_chats (bool | Unset):
        include_participants (bool | Unset):
        time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GroupChatList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        group_type=group_type,
        my_group_chats=my_group_chats,
        include_participants=include_participants,
        time=time,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    group_type: GroupChatType | Unset = UNSET,
    my_group_chats: bool | Unset = UNSET,
    include_participants: bool | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> Response[ApiError | GroupChatList]:
    """Get All GroupChats

     Lists group chats (conversations), a page at a time. `group_type` keeps one kind of group,
    `my_group_chats` only the groups the calling user has joined, `time` only the groups created up to
    that moment, and `include_participants` adds each group's participants. The listing shows a short
    form of each group chat ([ERRATA: Group chat object](/specs/workdrive/ERRATA.md#group-chat-object));
    the vendor's query sample does not parse ([ERRATA: Group chat listing: query
    sample](/specs/workdrive/ERRATA.md#group-chat-listing-query-sample)). Vendor documentation: section
    “Get All GroupChats”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        group_type (GroupChatType | Unset): Kind of group chat.
        my_group_chats (bool | Unset):
        include_participants (bool | Unset):
        time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GroupChatList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        group_type=group_type,
        my_group_chats=my_group_chats,
        include_participants=include_participants,
        time=time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    group_type: GroupChatType | Unset = UNSET,
    my_group_chats: bool | Unset = UNSET,
    include_participants: bool | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> ApiError | GroupChatList | None:
    """Get All GroupChats

     Lists group chats (conversations), a page at a time. `group_type` keeps one kind of group,
    `my_group_chats` only the groups the calling user has joined, `time` only the groups created up to
    that moment, and `include_participants` adds each group's participants. The listing shows a short
    form of each group chat ([ERRATA: Group chat object](/specs/workdrive/ERRATA.md#group-chat-object));
    the vendor's query sample does not parse ([ERRATA: Group chat listing: query
    sample](/specs/workdrive/ERRATA.md#group-chat-listing-query-sample)). Vendor documentation: section
    “Get All GroupChats”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        group_type (GroupChatType | Unset): Kind of group chat.
        my_group_chats (bool | Unset):
        include_participants (bool | Unset):
        time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GroupChatList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        group_type=group_type,
        my_group_chats=my_group_chats,
        include_participants=include_participants,
        time=time,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.group_chat import GroupChat


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    group_type: GroupChatType | Unset = UNSET,
    my_group_chats: bool | Unset = UNSET,
    include_participants: bool | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> Iterator[GroupChat]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            group_type=group_type,
            my_group_chats=my_group_chats,
            include_participants=include_participants,
            time=time,
        )
        if not isinstance(page, GroupChatList):
            return
        listed = page.conversations
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        yield from items
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following


async def aiterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    group_type: GroupChatType | Unset = UNSET,
    my_group_chats: bool | Unset = UNSET,
    include_participants: bool | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
) -> AsyncIterator[GroupChat]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            group_type=group_type,
            my_group_chats=my_group_chats,
            include_participants=include_participants,
            time=time,
        )
        if not isinstance(page, GroupChatList):
            return
        listed = page.conversations
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
