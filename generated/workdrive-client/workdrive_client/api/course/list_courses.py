from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.course_list import CourseList
from ...models.list_courses_sort_direction import ListCoursesSortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    filter_: str | Unset = UNSET,
    sort_direction: ListCoursesSortDirection | Unset = "ASC",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    params["filter"] = filter_

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/courses",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | CourseList | None:
    if response.status_code == 200:
        response_200 = CourseList.from_dict(response.json())

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
) -> Response[ApiError | CourseList]:
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
    filter_: str | Unset = UNSET,
    sort_direction: ListCoursesSortDirection | Unset = "ASC",
) -> Response[ApiError | CourseList]:
    """Get All Courses

     Lists the calling user's courses, a page at a time, sorted by creation date (oldest first unless
    `sort_direction=DESC`), optionally filtered. The vendor's documentation lists this under the path
    `/api/categories` and with Get All Categories' text; the path is `/api/courses` ([ERRATA: Get All
    Courses path](/specs/workdrive/ERRATA.md#get-all-courses-path); [ERRATA: Get All Courses
    description](/specs/workdrive/ERRATA.md#get-all-courses-description)). The courses come under the
    key `taskLists` ([ERRATA: Courses answer taskLists](/specs/workdrive/ERRATA.md#courses-answer-
    tasklists)). Vendor documentation: section “Get All Courses”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filter_ (str | Unset):
        sort_direction (ListCoursesSortDirection | Unset):  Default: 'ASC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CourseList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        filter_=filter_,
        sort_direction=sort_direction,
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
    filter_: str | Unset = UNSET,
    sort_direction: ListCoursesSortDirection | Unset = "ASC",
) -> ApiError | CourseList | None:
    """Get All Courses

     Lists the calling user's courses, a page at a time, sorted by creation date (oldest first unless
    `sort_direction=DESC`), optionally filtered. The vendor's documentation lists this under the path
    `/api/categories` and with Get All Categories' text; the path is `/api/courses` ([ERRATA: Get All
    Courses path](/specs/workdrive/ERRATA.md#get-all-courses-path); [ERRATA: Get All Courses
    description](/specs/workdrive/ERRATA.md#get-all-courses-description)). The courses come under the
    key `taskLists` ([ERRATA: Courses answer taskLists](/specs/workdrive/ERRATA.md#courses-answer-
    tasklists)). Vendor documentation: section “Get All Courses”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filter_ (str | Unset):
        sort_direction (ListCoursesSortDirection | Unset):  Default: 'ASC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CourseList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        filter_=filter_,
        sort_direction=sort_direction,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    filter_: str | Unset = UNSET,
    sort_direction: ListCoursesSortDirection | Unset = "ASC",
) -> Response[ApiError | CourseList]:
    """Get All Courses

     Lists the calling user's courses, a page at a time, sorted by creation date (oldest first unless
    `sort_direction=DESC`), optionally filtered. The vendor's documentation lists this under the path
    `/api/categories` and with Get All Categories' text; the path is `/api/courses` ([ERRATA: Get All
    Courses path](/specs/workdrive/ERRATA.md#get-all-courses-path); [ERRATA: Get All Courses
    description](/specs/workdrive/ERRATA.md#get-all-courses-description)). The courses come under the
    key `taskLists` ([ERRATA: Courses answer taskLists](/specs/workdrive/ERRATA.md#courses-answer-
    tasklists)). Vendor documentation: section “Get All Courses”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filter_ (str | Unset):
        sort_direction (ListCoursesSortDirection | Unset):  Default: 'ASC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CourseList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        filter_=filter_,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    filter_: str | Unset = UNSET,
    sort_direction: ListCoursesSortDirection | Unset = "ASC",
) -> ApiError | CourseList | None:
    """Get All Courses

     Lists the calling user's courses, a page at a time, sorted by creation date (oldest first unless
    `sort_direction=DESC`), optionally filtered. The vendor's documentation lists this under the path
    `/api/categories` and with Get All Categories' text; the path is `/api/courses` ([ERRATA: Get All
    Courses path](/specs/workdrive/ERRATA.md#get-all-courses-path); [ERRATA: Get All Courses
    description](/specs/workdrive/ERRATA.md#get-all-courses-description)). The courses come under the
    key `taskLists` ([ERRATA: Courses answer taskLists](/specs/workdrive/ERRATA.md#courses-answer-
    tasklists)). Vendor documentation: section “Get All Courses”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filter_ (str | Unset):
        sort_direction (ListCoursesSortDirection | Unset):  Default: 'ASC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CourseList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        filter_=filter_,
        sort_direction=sort_direction,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.course import Course


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    filter_: str | Unset = UNSET,
    sort_direction: ListCoursesSortDirection | Unset = "ASC",
) -> Iterator[Course]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            filter_=filter_,
            sort_direction=sort_direction,
        )
        if not isinstance(page, CourseList):
            return
        listed = page.task_lists
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
    filter_: str | Unset = UNSET,
    sort_direction: ListCoursesSortDirection | Unset = "ASC",
) -> AsyncIterator[Course]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            filter_=filter_,
            sort_direction=sort_direction,
        )
        if not isinstance(page, CourseList):
            return
        listed = page.task_lists
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
