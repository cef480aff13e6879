import datetime
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_posts_sort_key import ListPostsSortKey
from ...models.post_list import PostList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_key: ListPostsSortKey | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_time = time.isoformat()
    params["time"] = json_time

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key

    params["sort_key"] = json_sort_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/posts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | PostList | None:
    if response.status_code == 200:
        response_200 = PostList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | PostList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_key: ListPostsSortKey | Unset = UNSET,
) -> Response[ApiError | PostList]:
    """Get All Posts

     Lists the posts of the calling user's organization published up to `time`, one page at a time,
    ordered by `sort_key`: most recent (`a`), most reacted (`b`) or most commented (`c`) first. The
    vendor's documentation lists `time`, `per_page` and `sort_key` only; `cur_page` is the page number
    every other listing takes and the one the answer's `meta.nextPage` refers to ([ERRATA: Post and news
    listings: cur_page](/specs/workdrive/ERRATA.md#post-and-news-listings-cur_page)). `time` is required
    ([ERRATA: Listing time: required with a default](/specs/workdrive/ERRATA.md#listing-time-required-
    with-a-default)); the vendor's documentation shows the query as JSON ([ERRATA: Query parameters
    shown as JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json)) and quotes `per_page`
    ([ERRATA: per_page quoted in the listing samples](/specs/workdrive/ERRATA.md#per_page-quoted-in-the-
    listing-samples)). Vendor documentation: section “Get All Posts”.

    Args:
        time (datetime.datetime):
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_key (ListPostsSortKey | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PostList]
    """

    kwargs = _get_kwargs(
        time=time,
        cur_page=cur_page,
        per_page=per_page,
        sort_key=sort_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_key: ListPostsSortKey | Unset = UNSET,
) -> ApiError | PostList | None:
    """Get All Posts

     Lists the posts of the calling user's organization published up to `time`, one page at a time,
    ordered by `sort_key`: most recent (`a`), most reacted (`b`) or most commented (`c`) first. The
    vendor's documentation lists `time`, `per_page` and `sort_key` only; `cur_page` is the page number
    every other listing takes and the one the answer's `meta.nextPage` refers to ([ERRATA: Post and news
    listings: cur_page](/specs/workdrive/ERRATA.md#post-and-news-listings-cur_page)). `time` is required
    ([ERRATA: Listing time: required with a default](/specs/workdrive/ERRATA.md#listing-time-required-
    with-a-default)); the vendor's documentation shows the query as JSON ([ERRATA: Query parameters
    shown as JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json)) and quotes `per_page`
    ([ERRATA: per_page quoted in the listing samples](/specs/workdrive/ERRATA.md#per_page-quoted-in-the-
    listing-samples)). Vendor documentation: section “Get All Posts”.

    Args:
        time (datetime.datetime):
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_key (ListPostsSortKey | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PostList
    """

    response = sync_detailed(
        client=client,
        time=time,
        cur_page=cur_page,
        per_page=per_page,
        sort_key=sort_key,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_key: ListPostsSortKey | Unset = UNSET,
) -> Response[ApiError | PostList]:
    """Get All Posts

     Lists the posts of the calling user's organization published up to `time`, one page at a time,
    ordered by `sort_key`: most recent (`a`), most reacted (`b`) or most commented (`c`) first. The
    vendor's documentation lists `time`, `per_page` and `sort_key` only; `cur_page` is the page number
    every other listing takes and the one the answer's `meta.nextPage` refers to ([ERRATA: Post and news
    listings: cur_page](/specs/workdrive/ERRATA.md#post-and-news-listings-cur_page)). `time` is required
    ([ERRATA: Listing time: required with a default](/specs/workdrive/ERRATA.md#listing-time-required-
    with-a-default)); the vendor's documentation shows the query as JSON ([ERRATA: Query parameters
    shown as JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json)) and quotes `per_page`
    ([ERRATA: per_page quoted in the listing samples](/specs/workdrive/ERRATA.md#per_page-quoted-in-the-
    listing-samples)). Vendor documentation: section “Get All Posts”.

    Args:
        time (datetime.datetime):
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_key (ListPostsSortKey | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PostList]
    """

    kwargs = _get_kwargs(
        time=time,
        cur_page=cur_page,
        per_page=per_page,
        sort_key=sort_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_key: ListPostsSortKey | Unset = UNSET,
) -> ApiError | PostList | None:
    """Get All Posts

     Lists the posts of the calling user's organization published up to `time`, one page at a time,
    ordered by `sort_key`: most recent (`a`), most reacted (`b`) or most commented (`c`) first. The
    vendor's documentation lists `time`, `per_page` and `sort_key` only; `cur_page` is the page number
    every other listing takes and the one the answer's `meta.nextPage` refers to ([ERRATA: Post and news
    listings: cur_page](/specs/workdrive/ERRATA.md#post-and-news-listings-cur_page)). `time` is required
    ([ERRATA: Listing time: required with a default](/specs/workdrive/ERRATA.md#listing-time-required-
    with-a-default)); the vendor's documentation shows the query as JSON ([ERRATA: Query parameters
    shown as JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json)) and quotes `per_page`
    ([ERRATA: per_page quoted in the listing samples](/specs/workdrive/ERRATA.md#per_page-quoted-in-the-
    listing-samples)). Vendor documentation: section “Get All Posts”.

    Args:
        time (datetime.datetime):
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_key (ListPostsSortKey | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PostList
    """

    response = await asyncio_detailed(
        client=client,
        time=time,
        cur_page=cur_page,
        per_page=per_page,
        sort_key=sort_key,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.post import Post


def iterate(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_key: ListPostsSortKey | Unset = UNSET,
) -> Iterator[Post]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            time=time,
            cur_page=cur_page,
            per_page=per_page,
            sort_key=sort_key,
        )
        if not isinstance(page, PostList):
            return
        listed = page.posts
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
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_key: ListPostsSortKey | Unset = UNSET,
) -> AsyncIterator[Post]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            time=time,
            cur_page=cur_page,
            per_page=per_page,
            sort_key=sort_key,
        )
        if not isinstance(page, PostList):
            return
        listed = page.posts
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
