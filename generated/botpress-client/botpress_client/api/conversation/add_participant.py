from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_participant_request import AddParticipantRequest
from ...models.error import Error
from ...models.participant_response import ParticipantResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: AddParticipantRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-bot-id"] = x_bot_id

    if not isinstance(x_integration_id, Unset):
        headers["x-integration-id"] = x_integration_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/conversations/{id}/participants".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ParticipantResponse | None:
    if response.status_code == 200:
        response_200 = ParticipantResponse.from_dict(response.json())

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
) -> Response[Error | ParticipantResponse]:
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
    body: AddParticipantRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | ParticipantResponse]:
    """Add Participant

     Adds an existing User as a Participant of the Conversation with the given ID. `userId` is required
    (public fact; the vendor's documentation marks nothing as required, [ERRATA: Add Participant
    body](/specs/botpress/ERRATA.md#add-participant-body)). Answers 200, not 201: it links two existing
    resources rather than creating one.
    Vendor documentation: section “Add Participant”.

    Args:
        id (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (AddParticipantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ParticipantResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddParticipantRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | ParticipantResponse | None:
    """Add Participant

     Adds an existing User as a Participant of the Conversation with the given ID. `userId` is required
    (public fact; the vendor's documentation marks nothing as required, [ERRATA: Add Participant
    body](/specs/botpress/ERRATA.md#add-participant-body)). Answers 200, not 201: it links two existing
    resources rather than creating one.
    Vendor documentation: section “Add Participant”.

    Args:
        id (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (AddParticipantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ParticipantResponse
    """

    response = sync_detailed(
        id=id,
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddParticipantRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Response[Error | ParticipantResponse]:
    """Add Participant

     Adds an existing User as a Participant of the Conversation with the given ID. `userId` is required
    (public fact; the vendor's documentation marks nothing as required, [ERRATA: Add Participant
    body](/specs/botpress/ERRATA.md#add-participant-body)). Answers 200, not 201: it links two existing
    resources rather than creating one.
    Vendor documentation: section “Add Participant”.

    Args:
        id (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (AddParticipantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ParticipantResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddParticipantRequest,
    x_bot_id: str,
    x_integration_id: str | Unset = UNSET,
) -> Error | ParticipantResponse | None:
    """Add Participant

     Adds an existing User as a Participant of the Conversation with the given ID. `userId` is required
    (public fact; the vendor's documentation marks nothing as required, [ERRATA: Add Participant
    body](/specs/botpress/ERRATA.md#add-participant-body)). Answers 200, not 201: it links two existing
    resources rather than creating one.
    Vendor documentation: section “Add Participant”.

    Args:
        id (str):
        x_bot_id (str):
        x_integration_id (str | Unset):
        body (AddParticipantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ParticipantResponse
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
        x_bot_id=x_bot_id,
        x_integration_id=x_integration_id,
    )
    errors.raise_for_error(response)
    return response.parsed
