from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_action_request import CallActionRequest
from ...models.call_action_response import CallActionResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CallActionRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/actions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallActionResponse | Error | None:
    if response.status_code == 200:
        response_200 = CallActionResponse.from_dict(response.json())

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
) -> Response[CallActionResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CallActionRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[CallActionResponse | Error]:
    """Call Action

     Calls an action of an integration installed on the bot, with the given input, and answers the
    action's output. `type` names the action as `<integration>:<action>` (the vendor's documentation
    describes it as the identifier of the integration; [ERRATA: Call Action type
    description](/specs/botpress/ERRATA.md#call-action-type-description)). The response also carries
    `meta.cached`, which tells whether the output came from the cache; the vendor's documentation shows
    only `output` and describes it as the input ([ERRATA: Call Action output and
    meta](/specs/botpress/ERRATA.md#call-action-output-and-meta)). A failure inside the integration
    answers 400 with the `Runtime` error type.
    Vendor documentation: section “Call Action”.

    Args:
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (CallActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallActionResponse | Error]
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
    body: CallActionRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> CallActionResponse | Error | None:
    """Call Action

     Calls an action of an integration installed on the bot, with the given input, and answers the
    action's output. `type` names the action as `<integration>:<action>` (the vendor's documentation
    describes it as the identifier of the integration; [ERRATA: Call Action type
    description](/specs/botpress/ERRATA.md#call-action-type-description)). The response also carries
    `meta.cached`, which tells whether the output came from the cache; the vendor's documentation shows
    only `output` and describes it as the input ([ERRATA: Call Action output and
    meta](/specs/botpress/ERRATA.md#call-action-output-and-meta)). A failure inside the integration
    answers 400 with the `Runtime` error type.
    Vendor documentation: section “Call Action”.

    Args:
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (CallActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallActionResponse | Error
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
    body: CallActionRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[CallActionResponse | Error]:
    """Call Action

     Calls an action of an integration installed on the bot, with the given input, and answers the
    action's output. `type` names the action as `<integration>:<action>` (the vendor's documentation
    describes it as the identifier of the integration; [ERRATA: Call Action type
    description](/specs/botpress/ERRATA.md#call-action-type-description)). The response also carries
    `meta.cached`, which tells whether the output came from the cache; the vendor's documentation shows
    only `output` and describes it as the input ([ERRATA: Call Action output and
    meta](/specs/botpress/ERRATA.md#call-action-output-and-meta)). A failure inside the integration
    answers 400 with the `Runtime` error type.
    Vendor documentation: section “Call Action”.

    Args:
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (CallActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallActionResponse | Error]
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
    body: CallActionRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> CallActionResponse | Error | None:
    """Call Action

     Calls an action of an integration installed on the bot, with the given input, and answers the
    action's output. `type` names the action as `<integration>:<action>` (the vendor's documentation
    describes it as the identifier of the integration; [ERRATA: Call Action type
    description](/specs/botpress/ERRATA.md#call-action-type-description)). The response also carries
    `meta.cached`, which tells whether the output came from the cache; the vendor's documentation shows
    only `output` and describes it as the input ([ERRATA: Call Action output and
    meta](/specs/botpress/ERRATA.md#call-action-output-and-meta)). A failure inside the integration
    answers 400 with the `Runtime` error type.
    Vendor documentation: section “Call Action”.

    Args:
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (CallActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallActionResponse | Error
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed
