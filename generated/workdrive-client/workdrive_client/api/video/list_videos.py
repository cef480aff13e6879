from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.video_list import VideoList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    is_following: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    params["isFollowing"] = is_following

    params["userId"] = user_id

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/videos",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | VideoList | None:
    if response.status_code == 200:
        response_200 = VideoList.from_dict(response.json())

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
) -> Response[ApiError | VideoList]:
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
    is_following: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ApiError | VideoList]:
    """Get All Videos

     Lists the videos of the user's organization, one page at a time. The list can be narrowed to the
    videos of the users the caller follows, to the videos one user uploaded, or to the videos whose
    title or description contain keywords. The vendor's documentation gives this section no "HTTP
    Request" heading and lists the query parameters under a plain "Parameters" heading ([ERRATA: Get All
    Videos request line](/specs/workdrive/ERRATA.md#get-all-videos-request-line)); its query sample does
    not parse ([ERRATA: Videos query sample](/specs/workdrive/ERRATA.md#videos-query-sample)). The
    vendor's response sample shows placeholders where ids are typed ([ERRATA: Video sample
    placeholders](/specs/workdrive/ERRATA.md#video-sample-placeholders)). Vendor documentation: section
    “Get All Videos”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        is_following (bool | Unset):
        user_id (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | VideoList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        is_following=is_following,
        user_id=user_id,
        search=search,
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
    is_following: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ApiError | VideoList | None:
    """Get All Videos

     Lists the videos of the user's organization, one page at a time. The list can be narrowed to the
    videos of the users the caller follows, to the videos one user uploaded, or to the videos whose
    title or description contain keywords. The vendor's documentation gives this section no "HTTP
    Request" heading and lists the query parameters under a plain "Parameters" heading ([ERRATA: Get All
    Videos request line](/specs/workdrive/ERRATA.md#get-all-videos-request-line)); its query sample does
    not parse ([ERRATA: Videos query sample](/specs/workdrive/ERRATA.md#videos-query-sample)). The
    vendor's response sample shows placeholders where ids are typed ([ERRATA: Video sample
    placeholders](/specs/workdrive/ERRATA.md#video-sample-placeholders)). Vendor documentation: section
    “Get All Videos”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        is_following (bool | Unset):
        user_id (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | VideoList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        is_following=is_following,
        user_id=user_id,
        search=search,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    is_following: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ApiError | VideoList]:
    """Get All Videos

     Lists the videos of the user's organization, one page at a time. The list can be narrowed to the
    videos of the users the caller follows, to the videos one user uploaded, or to the videos whose
    title or description contain keywords. The vendor's documentation gives this section no "HTTP
    Request" heading and lists the query parameters under a plain "Parameters" heading ([ERRATA: Get All
    Videos request line](/specs/workdrive/ERRATA.md#get-all-videos-request-line)); its query sample does
    not parse ([ERRATA: Videos query sample](/specs/workdrive/ERRATA.md#videos-query-sample)). The
    vendor's response sample shows placeholders where ids are typed ([ERRATA: Video sample
    placeholders](/specs/workdrive/ERRATA.md#video-sample-placeholders)). Vendor documentation: section
    “Get All Videos”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        is_following (bool | Unset):
        user_id (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | VideoList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        is_following=is_following,
        user_id=user_id,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    is_following: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ApiError | VideoList | None:
    """Get All Videos

     Lists the videos of the user's organization, one page at a time. The list can be narrowed to the
    videos of the users the caller follows, to the videos one user uploaded, or to the videos whose
    title or description contain keywords. The vendor's documentation gives this section no "HTTP
    Request" heading and lists the query parameters under a plain "Parameters" heading ([ERRATA: Get All
    Videos request line](/specs/workdrive/ERRATA.md#get-all-videos-request-line)); its query sample does
    not parse ([ERRATA: Videos query sample](/specs/workdrive/ERRATA.md#videos-query-sample)). The
    vendor's response sample shows placeholders where ids are typed ([ERRATA: Video sample
    placeholders](/specs/workdrive/ERRATA.md#video-sample-placeholders)). Vendor documentation: section
    “Get All Videos”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        is_following (bool | Unset):
        user_id (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | VideoList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        is_following=is_following,
        user_id=user_id,
        search=search,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.video import Video


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    is_following: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Iterator[Video]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            is_following=is_following,
            user_id=user_id,
            search=search,
        )
        if not isinstance(page, VideoList):
            return
        listed = page.videos
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
    is_following: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> AsyncIterator[Video]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            is_following=is_following,
            user_id=user_id,
            search=search,
        )
        if not isinstance(page, VideoList):
            return
        listed = page.videos
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
