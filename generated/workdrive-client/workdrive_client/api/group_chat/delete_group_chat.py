from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.empty import Empty
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id = id

    params["id"] = json_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/group-chats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Empty | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Empty]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: list[str],
) -> Response[ApiError | Empty]:
    """Delete a Group Chat

     Deletes group chats, named by their ids in the query: one `id` for one group chat, the parameter
    repeated for several (`?id=…&id=…`). Every id must name a group chat; when one does not, the answer
    is 404 and nothing is deleted. The messages and meetings of a deleted group chat go with it. Unlike
    the other deletes of this API, the id is a query parameter, as the vendor's documentation writes it
    ([ERRATA: Delete a Group Chat: ids in the query](/specs/workdrive/ERRATA.md#delete-a-group-chat-ids-
    in-the-query)). The answer is an empty object ([ERRATA: Success
    statuses](/specs/workdrive/ERRATA.md#success-statuses)). Vendor documentation: section “Delete a
    Group Chat”.

    Args:
        id (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: list[str],
) -> ApiError | Empty | None:
    """Delete a Group Chat

     Deletes group chats, named by their ids in the query: one `id` for one group chat, the parameter
    repeated for several (`?id=…&id=…`). Every id must name a group chat; when one does not, the answer
    is 404 and nothing is deleted. The messages and meetings of a deleted group chat go with it. Unlike
    the other deletes of this API, the id is a query parameter, as the vendor's documentation writes it
    ([ERRATA: Delete a Group Chat: ids in the query](/specs/workdrive/ERRATA.md#delete-a-group-chat-ids-
    in-the-query)). The answer is an empty object ([ERRATA: Success
    statuses](/specs/workdrive/ERRATA.md#success-statuses)). Vendor documentation: section “Delete a
    Group Chat”.

    Args:
        id (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = sync_detailed(
        client=client,
        id=id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: list[str],
) -> Response[ApiError | Empty]:
    """Delete a Group Chat

     Deletes group chats, named by their ids in the query: one `id` for one group chat, the parameter
    repeated for several (`?id=…&id=…`). Every id must name a group chat; when one does not, the answer
    is 404 and nothing is deleted. The messages and meetings of a deleted group chat go with it. Unlike
    the other deletes of this API, the id is a query parameter, as the vendor's documentation writes it
    ([ERRATA: Delete a Group Chat: ids in the query](/specs/workdrive/ERRATA.md#delete-a-group-chat-ids-
    in-the-query)). The answer is an empty object ([ERRATA: Success
    statuses](/specs/workdrive/ERRATA.md#success-statuses)). Vendor documentation: section “Delete a
    Group Chat”.

    Args:
        id (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: list[str],
) -> ApiError | Empty | None:
    """Delete a Group Chat

     Deletes group chats, named by their ids in the query: one `id` for one group chat, the parameter
    repeated for several (`?id=…&id=…`). Every id must name a group chat; when one does not, the answer
    is 404 and nothing is deleted. The messages and meetings of a deleted group chat go with it. Unlike
    the other deletes of this API, the id is a query parameter, as the vendor's documentation writes it
    ([ERRATA: Delete a Group Chat: ids in the query](/specs/workdrive/ERRATA.md#delete-a-group-chat-ids-
    in-the-query)). The answer is an empty object ([ERRATA: Success
    statuses](/specs/workdrive/ERRATA.md#success-statuses)). Vendor documentation: section “Delete a
    Group Chat”.

    Args:
        id (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = await asyncio_detailed(
        client=client,
        id=id,
    )
    errors.raise_for_error(response)
    return response.parsed
