from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.state_response import StateResponse
from ...models.state_type import StateType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: StateType,
    id: str,
    name: str,
    *,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chat/states/{type_}/{id}/{name}".format(
            type_=quote(str(type_), safe=""),
            id=quote(str(id), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StateResponse | None:
    if response.status_code == 200:
        response_200 = StateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=errors.parse_answer(_parse_response, client, response),
    )


def _success(response: Response[Error | StateResponse]) -> StateResponse:
    """The documented 2xx answer; raises `errors.BotpressError` for any other answer."""
    errors.raise_for_error(response)
    if response.status_code == 200:
        return cast(StateResponse, response.parsed)
    raise errors.BotpressError(response, response.parsed, reason="a success status the API does not document")


def sync_detailed(
    type_: StateType,
    id: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | StateResponse]:
    """Get State

     Retrieves the State identified by its type, the ID of the resource it is attached to (`id`: a
    conversation, user, bot, task, integration or workflow ID, according to `type`) and its name.
    Vendor documentation: section “Get State”.

    Args:
        type_ (StateType): Type of resource a State is attached to: a conversation, a user, the
            bot, a task, an integration or a workflow.
        id (str):
        name (str):
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StateResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        id=id,
        name=name,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: StateType,
    id: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> StateResponse:
    """Get State

     Retrieves the State identified by its type, the ID of the resource it is attached to (`id`: a
    conversation, user, bot, task, integration or workflow ID, according to `type`) and its name.
    Vendor documentation: section “Get State”.

    Args:
        type_ (StateType): Type of resource a State is attached to: a conversation, a user, the
            bot, a task, an integration or a workflow.
        id (str):
        name (str):
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StateResponse
    """

    return _success(
        sync_detailed(
            type_=type_,
            id=id,
            name=name,
            client=client,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
    )


async def asyncio_detailed(
    type_: StateType,
    id: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | StateResponse]:
    """Get State

     Retrieves the State identified by its type, the ID of the resource it is attached to (`id`: a
    conversation, user, bot, task, integration or workflow ID, according to `type`) and its name.
    Vendor documentation: section “Get State”.

    Args:
        type_ (StateType): Type of resource a State is attached to: a conversation, a user, the
            bot, a task, an integration or a workflow.
        id (str):
        name (str):
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StateResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        id=id,
        name=name,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: StateType,
    id: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> StateResponse:
    """Get State

     Retrieves the State identified by its type, the ID of the resource it is attached to (`id`: a
    conversation, user, bot, task, integration or workflow ID, according to `type`) and its name.
    Vendor documentation: section “Get State”.

    Args:
        type_ (StateType): Type of resource a State is attached to: a conversation, a user, the
            bot, a task, an integration or a workflow.
        id (str):
        name (str):
        x_bot_id (str):
        x_integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StateResponse
    """

    return _success(
        await asyncio_detailed(
            type_=type_,
            id=id,
            name=name,
            client=client,
            x_bot_id=x_bot_id,
            x_integration_id=x_integration_id,
        )
    )
