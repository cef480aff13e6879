from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.task import Task
from ...models.task_input import TaskInput
from ...types import Response


def _get_kwargs(
    *,
    body: TaskInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Task | None:
    if response.status_code == 201:
        response_201 = Task.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskInput,
) -> Response[ApiError | Task]:
    """Create a Task

     Creates a task and, unless its `status` is `draft`, publishes it. The vendor's documentation lists
    this endpoint twice, as "Create a Task" and "Create and Assign a Task"; this one operation takes
    both bodies, and the optional `userIds` assigns the new task to those users at once (a draft cannot
    be assigned) ([ERRATA: Create and Assign a Task is Create a Task](/specs/workdrive/ERRATA.md#create-
    and-assign-a-task-is-create-a-task)). What the task carries depends on `task_type`: the article
    `content`, a `videoId`, a quiz `link`, a `documentId` or a course's `trainingCourseTaskListId`
    ([ERRATA: Task types Link and Course](/specs/workdrive/ERRATA.md#task-types-link-and-course)).
    Answers 201 with the task; when users were assigned, the answer lists their ids in
    `assignedUserIds`. Vendor documentation: sections “Create a Task” and “Create and Assign a Task”.

    Args:
        body (TaskInput): A new task. The vendor's documentation lists creation twice, as "Create
            a Task" and "Create and Assign a Task", both `POST /api/tasks`; this body is the union of
            the two, and `userIds` assigns the new task at once ([ERRATA: Create and Assign a Task is
            Create a Task](/specs/workdrive/ERRATA.md#create-and-assign-a-task-is-create-a-task)). No
            field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Task]
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
    body: TaskInput,
) -> ApiError | Task | None:
    """Create a Task

     Creates a task and, unless its `status` is `draft`, publishes it. The vendor's documentation lists
    this endpoint twice, as "Create a Task" and "Create and Assign a Task"; this one operation takes
    both bodies, and the optional `userIds` assigns the new task to those users at once (a draft cannot
    be assigned) ([ERRATA: Create and Assign a Task is Create a Task](/specs/workdrive/ERRATA.md#create-
    and-assign-a-task-is-create-a-task)). What the task carries depends on `task_type`: the article
    `content`, a `videoId`, a quiz `link`, a `documentId` or a course's `trainingCourseTaskListId`
    ([ERRATA: Task types Link and Course](/specs/workdrive/ERRATA.md#task-types-link-and-course)).
    Answers 201 with the task; when users were assigned, the answer lists their ids in
    `assignedUserIds`. Vendor documentation: sections “Create a Task” and “Create and Assign a Task”.

    Args:
        body (TaskInput): A new task. The vendor's documentation lists creation twice, as "Create
            a Task" and "Create and Assign a Task", both `POST /api/tasks`; this body is the union of
            the two, and `userIds` assigns the new task at once ([ERRATA: Create and Assign a Task is
            Create a Task](/specs/workdrive/ERRATA.md#create-and-assign-a-task-is-create-a-task)). No
            field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Task
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
    body: TaskInput,
) -> Response[ApiError | Task]:
    """Create a Task

     Creates a task and, unless its `status` is `draft`, publishes it. The vendor's documentation lists
    this endpoint twice, as "Create a Task" and "Create and Assign a Task"; this one operation takes
    both bodies, and the optional `userIds` assigns the new task to those users at once (a draft cannot
    be assigned) ([ERRATA: Create and Assign a Task is Create a Task](/specs/workdrive/ERRATA.md#create-
    and-assign-a-task-is-create-a-task)). What the task carries depends on `task_type`: the article
    `content`, a `videoId`, a quiz `link`, a `documentId` or a course's `trainingCourseTaskListId`
    ([ERRATA: Task types Link and Course](/specs/workdrive/ERRATA.md#task-types-link-and-course)).
    Answers 201 with the task; when users were assigned, the answer lists their ids in
    `assignedUserIds`. Vendor documentation: sections “Create a Task” and “Create and Assign a Task”.

    Args:
        body (TaskInput): A new task. The vendor's documentation lists creation twice, as "Create
            a Task" and "Create and Assign a Task", both `POST /api/tasks`; this body is the union of
            the two, and `userIds` assigns the new task at once ([ERRATA: Create and Assign a Task is
            Create a Task](/specs/workdrive/ERRATA.md#create-and-assign-a-task-is-create-a-task)). No
            field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Task]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskInput,
) -> ApiError | Task | None:
    """Create a Task

     Creates a task and, unless its `status` is `draft`, publishes it. The vendor's documentation lists
    this endpoint twice, as "Create a Task" and "Create and Assign a Task"; this one operation takes
    both bodies, and the optional `userIds` assigns the new task to those users at once (a draft cannot
    be assigned) ([ERRATA: Create and Assign a Task is Create a Task](/specs/workdrive/ERRATA.md#create-
    and-assign-a-task-is-create-a-task)). What the task carries depends on `task_type`: the article
    `content`, a `videoId`, a quiz `link`, a `documentId` or a course's `trainingCourseTaskListId`
    ([ERRATA: Task types Link and Course](/specs/workdrive/ERRATA.md#task-types-link-and-course)).
    Answers 201 with the task; when users were assigned, the answer lists their ids in
    `assignedUserIds`. Vendor documentation: sections “Create a Task” and “Create and Assign a Task”.

    Args:
        body (TaskInput): A new task. The vendor's documentation lists creation twice, as "Create
            a Task" and "Create and Assign a Task", both `POST /api/tasks`; this body is the union of
            the two, and `userIds` assigns the new task at once ([ERRATA: Create and Assign a Task is
            Create a Task](/specs/workdrive/ERRATA.md#create-and-assign-a-task-is-create-a-task)). No
            field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Task
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
