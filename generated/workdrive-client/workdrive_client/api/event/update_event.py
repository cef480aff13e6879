from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.event import Event
from ...models.event_input import EventInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: EventInput,
    repeat: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["repeat"] = repeat

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/events/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Event | None:
    if response.status_code == 200:
        response_200 = Event.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Event]:
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
    body: EventInput,
    repeat: str | Unset = UNSET,
) -> Response[ApiError | Event]:
    """Update an Event

     Updates an event with the fields sent; fields left out keep their value. For a recurring event, the
    `repeat` query parameter chooses whether every event of the series changes or only the ones after
    this event ([ERRATA: Recurrence scope parameter](/specs/workdrive/ERRATA.md#recurrence-scope-
    parameter)). The body has the same fields as Create an Event ([ERRATA: Event field
    names](/specs/workdrive/ERRATA.md#event-field-names), [ERRATA: Event
    type](/specs/workdrive/ERRATA.md#event-type), [ERRATA: Event, video and photo permissions typed
    string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-typed-string)). Answers the
    updated event. Vendor documentation: section “Update an Event”.

    Args:
        id (str):
        repeat (str | Unset):
        body (EventInput): Fields of an event or meeting, sent to Create an Event and Update an
            Event. The vendor's documentation marks none of them required; on update, fields left out
            keep their value. Field names follow the vendor's samples where its tables spell them
            differently ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Event]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        repeat=repeat,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventInput,
    repeat: str | Unset = UNSET,
) -> ApiError | Event | None:
    """Update an Event

     Updates an event with the fields sent; fields left out keep their value. For a recurring event, the
    `repeat` query parameter chooses whether every event of the series changes or only the ones after
    this event ([ERRATA: Recurrence scope parameter](/specs/workdrive/ERRATA.md#recurrence-scope-
    parameter)). The body has the same fields as Create an Event ([ERRATA: Event field
    names](/specs/workdrive/ERRATA.md#event-field-names), [ERRATA: Event
    type](/specs/workdrive/ERRATA.md#event-type), [ERRATA: Event, video and photo permissions typed
    string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-typed-string)). Answers the
    updated event. Vendor documentation: section “Update an Event”.

    Args:
        id (str):
        repeat (str | Unset):
        body (EventInput): Fields of an event or meeting, sent to Create an Event and Update an
            Event. The vendor's documentation marks none of them required; on update, fields left out
            keep their value. Field names follow the vendor's samples where its tables spell them
            differently ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Event
    """

    response = sync_detailed(
        id=id,
        client=client,
        body=body,
        repeat=repeat,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventInput,
    repeat: str | Unset = UNSET,
) -> Response[ApiError | Event]:
    """Update an Event

     Updates an event with the fields sent; fields left out keep their value. For a recurring event, the
    `repeat` query parameter chooses whether every event of the series changes or only the ones after
    this event ([ERRATA: Recurrence scope parameter](/specs/workdrive/ERRATA.md#recurrence-scope-
    parameter)). The body has the same fields as Create an Event ([ERRATA: Event field
    names](/specs/workdrive/ERRATA.md#event-field-names), [ERRATA: Event
    type](/specs/workdrive/ERRATA.md#event-type), [ERRATA: Event, video and photo permissions typed
    string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-typed-string)). Answers the
    updated event. Vendor documentation: section “Update an Event”.

    Args:
        id (str):
        repeat (str | Unset):
        body (EventInput): Fields of an event or meeting, sent to Create an Event and Update an
            Event. The vendor's documentation marks none of them required; on update, fields left out
            keep their value. Field names follow the vendor's samples where its tables spell them
            differently ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Event]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        repeat=repeat,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventInput,
    repeat: str | Unset = UNSET,
) -> ApiError | Event | None:
    """Update an Event

     Updates an event with the fields sent; fields left out keep their value. For a recurring event, the
    `repeat` query parameter chooses whether every event of the series changes or only the ones after
    this event ([ERRATA: Recurrence scope parameter](/specs/workdrive/ERRATA.md#recurrence-scope-
    parameter)). The body has the same fields as Create an Event ([ERRATA: Event field
    names](/specs/workdrive/ERRATA.md#event-field-names), [ERRATA: Event
    type](/specs/workdrive/ERRATA.md#event-type), [ERRATA: Event, video and photo permissions typed
    string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-typed-string)). Answers the
    updated event. Vendor documentation: section “Update an Event”.

    Args:
        id (str):
        repeat (str | Unset):
        body (EventInput): Fields of an event or meeting, sent to Create an Event and Update an
            Event. The vendor's documentation marks none of them required; on update, fields left out
            keep their value. Field names follow the vendor's samples where its tables spell them
            differently ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Event
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
        repeat=repeat,
    )
    errors.raise_for_error(response)
    return response.parsed
