from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.task import Task
from ...models.task_update import TaskUpdate
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: TaskUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/tasks/update/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> Response[ApiError | Task]:
    """Update a Task

     Changes a task's title, description, status, notification template, type and the field its type uses
    (content, video, link, document or course), or its due days. Answers the task. The vendor's
    documentation writes the path with a literal `id` where the task's id belongs ([ERRATA: Task update
    path: literal id](/specs/workdrive/ERRATA.md#task-update-path-literal-id)); the status values are
    those of the table ([ERRATA: Task status values](/specs/workdrive/ERRATA.md#task-status-values)).
    Vendor documentation: section “Update a Task”.

    Args:
        id (str):
        body (TaskUpdate): Changes to a task; fields left out are not changed (judgement: the
            vendor's documentation does not say). No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Task]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> ApiError | Task | None:
    """Update a Task

     Changes a task's title, description, status, notification template, type and the field its type uses
    (content, video, link, document or course), or its due days. Answers the task. The vendor's
    documentation writes the path with a literal `id` where the task's id belongs ([ERRATA: Task update
    path: literal id](/specs/workdrive/ERRATA.md#task-update-path-literal-id)); the status values are
    those of the table ([ERRATA: Task status values](/specs/workdrive/ERRATA.md#task-status-values)).
    Vendor documentation: section “Update a Task”.

    Args:
        id (str):
        body (TaskUpdate): Changes to a task; fields left out are not changed (judgement: the
            vendor's documentation does not say). No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Task
    """

    response = sync_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> Response[ApiError | Task]:
    """Update a Task

     Changes a task's title, description, status, notification template, type and the field its type uses
    (content, video, link, document or course), or its due days. Answers the task. The vendor's
    documentation writes the path with a literal `id` where the task's id belongs ([ERRATA: Task update
    path: literal id](/specs/workdrive/ERRATA.md#task-update-path-literal-id)); the status values are
    those of the table ([ERRATA: Task status values](/specs/workdrive/ERRATA.md#task-status-values)).
    Vendor documentation: section “Update a Task”.

    Args:
        id (str):
        body (TaskUpdate): Changes to a task; fields left out are not changed (judgement: the
            vendor's documentation does not say). No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Task]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> ApiError | Task | None:
    """Update a Task

     Changes a task's title, description, status, notification template, type and the field its type uses
    (content, video, link, document or course), or its due days. Answers the task. The vendor's
    documentation writes the path with a literal `id` where the task's id belongs ([ERRATA: Task update
    path: literal id](/specs/workdrive/ERRATA.md#task-update-path-literal-id)); the status values are
    those of the table ([ERRATA: Task status values](/specs/workdrive/ERRATA.md#task-status-values)).
    Vendor documentation: section “Update a Task”.

    Args:
        id (str):
        body (TaskUpdate): Changes to a task; fields left out are not changed (judgement: the
            vendor's documentation does not say). No field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Task
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
