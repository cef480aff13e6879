from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_input import ConversationInput
from ...models.conversation_response import ConversationResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ConversationInput,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/conversations/get-or-create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationResponse | Error | None:
    if response.status_code == 200:
        response_200 = ConversationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

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
) -> Response[ConversationResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationInput,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[ConversationResponse | Error]:
    """Get Or Create Conversation

     Retrieves the Conversation matching the given channel and tags, and creates it if it does not exist.
    The vendor's documentation speaks of a "valid identifier", but the body carries no ID: the
    conversation is looked up from the body's fields ([ERRATA: Get Or Create Conversation
    lookup](/specs/botpress/ERRATA.md#get-or-create-conversation-lookup)). `channel` and `tags` are
    required (public fact, [ERRATA: Conversation bodies: required
    fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)). Answers 200 whether the
    conversation was found or created.
    Vendor documentation: section “Get Or Create Conversation”.

    Args:
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (ConversationInput): Body of Create Conversation and Get Or Create Conversation: the
            channel the conversation happens on and its tags, both required (public fact about the
            real API; the vendor's documentation marks nothing as required, [ERRATA: Conversation
            bodies: required fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)).
            The tags an integration requires depend on the integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationInput,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> ConversationResponse | Error | None:
    """Get Or Create Conversation

     Retrieves the Conversation matching the given channel and tags, and creates it if it does not exist.
    The vendor's documentation speaks of a "valid identifier", but the body carries no ID: the
    conversation is looked up from the body's fields ([ERRATA: Get Or Create Conversation
    lookup](/specs/botpress/ERRATA.md#get-or-create-conversation-lookup)). `channel` and `tags` are
    required (public fact, [ERRATA: Conversation bodies: required
    fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)). Answers 200 whether the
    conversation was found or created.
    Vendor documentation: section “Get Or Create Conversation”.

    Args:
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (ConversationInput): Body of Create Conversation and Get Or Create Conversation: the
            channel the conversation happens on and its tags, both required (public fact about the
            real API; the vendor's documentation marks nothing as required, [ERRATA: Conversation
            bodies: required fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)).
            The tags an integration requires depend on the integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationResponse | Error
    """

    response = sync_detailed(
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationInput,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[ConversationResponse | Error]:
    """Get Or Create Conversation

     Retrieves the Conversation matching the given channel and tags, and creates it if it does not exist.
    The vendor's documentation speaks of a "valid identifier", but the body carries no ID: the
    conversation is looked up from the body's fields ([ERRATA: Get Or Create Conversation
    lookup](/specs/botpress/ERRATA.md#get-or-create-conversation-lookup)). `channel` and `tags` are
    required (public fact, [ERRATA: Conversation bodies: required
    fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)). Answers 200 whether the
    conversation was found or created.
    Vendor documentation: section “Get Or Create Conversation”.

    Args:
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (ConversationInput): Body of Create Conversation and Get Or Create Conversation: the
            channel the conversation happens on and its tags, both required (public fact about the
            real API; the vendor's documentation marks nothing as required, [ERRATA: Conversation
            bodies: required fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)).
            The tags an integration requires depend on the integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationInput,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> ConversationResponse | Error | None:
    """Get Or Create Conversation

     Retrieves the Conversation matching the given channel and tags, and creates it if it does not exist.
    The vendor's documentation speaks of a "valid identifier", but the body carries no ID: the
    conversation is looked up from the body's fields ([ERRATA: Get Or Create Conversation
    lookup](/specs/botpress/ERRATA.md#get-or-create-conversation-lookup)). `channel` and `tags` are
    required (public fact, [ERRATA: Conversation bodies: required
    fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)). Answers 200 whether the
    conversation was found or created.
    Vendor documentation: section “Get Or Create Conversation”.

    Args:
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (ConversationInput): Body of Create Conversation and Get Or Create Conversation: the
            channel the conversation happens on and its tags, both required (public fact about the
            real API; the vendor's documentation marks nothing as required, [ERRATA: Conversation
            bodies: required fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)).
            The tags an integration requires depend on the integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationResponse | Error
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed
