from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_tasks_filter import ListTasksFilter
from ...models.list_tasks_sort_direction import ListTasksSortDirection
from ...models.task_list import TaskList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_direction: ListTasksSortDirection | Unset = "ASC",
    filter_: ListTasksFilter | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["published"] = published

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | TaskList | None:
    if response.status_code == 200:
        response_200 = TaskList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | TaskList]:
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
    sort_direction: ListTasksSortDirection | Unset = "ASC",
    filter_: ListTasksFilter | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> Response[ApiError | TaskList]:
    """Get All Tasks

     Lists the tasks of the calling user (the owner of the API key), a page at a time, sorted in
    `sort_direction` (ascending unless told otherwise). `filter` narrows the list to the independent
    tasks the user created or to those assigned to the user. The vendor's sample also sends `published`,
    which its table does not list ([ERRATA: Task listing: published
    filter](/specs/workdrive/ERRATA.md#task-listing-published-filter)). Vendor documentation: section
    “Get All Tasks”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_direction (ListTasksSortDirection | Unset):  Default: 'ASC'.
        filter_ (ListTasksFilter | Unset):
        published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TaskList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        sort_direction=sort_direction,
        filter_=filter_,
        published=published,
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
    sort_direction: ListTasksSortDirection | Unset = "ASC",
    filter_: ListTasksFilter | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> ApiError | TaskList | None:
    """Get All Tasks

     Lists the tasks of the calling user (the owner of the API key), a page at a time, sorted in
    `sort_direction` (ascending unless told otherwise). `filter` narrows the list to the independent
    tasks the user created or to those assigned to the user. The vendor's sample also sends `published`,
    which its table does not list ([ERRATA: Task listing: published
    filter](/specs/workdrive/ERRATA.md#task-listing-published-filter)). Vendor documentation: section
    “Get All Tasks”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_direction (ListTasksSortDirection | Unset):  Default: 'ASC'.
        filter_ (ListTasksFilter | Unset):
        published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TaskList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        sort_direction=sort_direction,
        filter_=filter_,
        published=published,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_direction: ListTasksSortDirection | Unset = "ASC",
    filter_: ListTasksFilter | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> Response[ApiError | TaskList]:
    """Get All Tasks

     Lists the tasks of the calling user (the owner of the API key), a page at a time, sorted in
    `sort_direction` (ascending unless told otherwise). `filter` narrows the list to the independent
    tasks the user created or to those assigned to the user. The vendor's sample also sends `published`,
    which its table does not list ([ERRATA: Task listing: published
    filter](/specs/workdrive/ERRATA.md#task-listing-published-filter)). Vendor documentation: section
    “Get All Tasks”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_direction (ListTasksSortDirection | Unset):  Default: 'ASC'.
        filter_ (ListTasksFilter | Unset):
        published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TaskList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        sort_direction=sort_direction,
        filter_=filter_,
        published=published,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_direction: ListTasksSortDirection | Unset = "ASC",
    filter_: ListTasksFilter | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> ApiError | TaskList | None:
    """Get All Tasks

     Lists the tasks of the calling user (the owner of the API key), a page at a time, sorted in
    `sort_direction` (ascending unless told otherwise). `filter` narrows the list to the independent
    tasks the user created or to those assigned to the user. The vendor's sample also sends `published`,
    which its table does not list ([ERRATA: Task listing: published
    filter](/specs/workdrive/ERRATA.md#task-listing-published-filter)). Vendor documentation: section
    “Get All Tasks”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_direction (ListTasksSortDirection | Unset):  Default: 'ASC'.
        filter_ (ListTasksFilter | Unset):
        published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TaskList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        sort_direction=sort_direction,
        filter_=filter_,
        published=published,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.task import Task


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_direction: ListTasksSortDirection | Unset = "ASC",
    filter_: ListTasksFilter | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> Iterator[Task]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            sort_direction=sort_direction,
            filter_=filter_,
            published=published,
        )
        if not isinstance(page, TaskList):
            return
        listed = page.tasks
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
    sort_direction: ListTasksSortDirection | Unset = "ASC",
    filter_: ListTasksFilter | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> AsyncIterator[Task]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            sort_direction=sort_direction,
            filter_=filter_,
            published=published,
        )
        if not isinstance(page, TaskList):
            return
        listed = page.tasks
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
