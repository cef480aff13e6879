from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.event import Event
from ...models.event_input import EventInput
from ...types import Response


def _get_kwargs(
    *,
    body: EventInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/events/meeting",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Event | None:
    if response.status_code == 201:
        response_201 = Event.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Event]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EventInput,
) -> Response[ApiError | Event]:
    """Create an Event

     Creates an event, or schedules a meeting when `isMeeting` is true. `permissions` decides who sees
    the event (for events and livestreams); when its `users` are given, only they see it. A meeting
    invites the users of `userIds` and the outside addresses of `externalUserEmails`; a virtual event
    (not a meeting) gives a `conferenceLink`; a livestream can carry preview videos (`videoPreviewIds`),
    and `repeat` makes the event recur. The poster and preview videos are media uploaded beforehand. The
    vendor's documentation writes the path `/api/events/meeting` ([ERRATA: Create an Event
    path](/specs/workdrive/ERRATA.md#create-an-event-path)) and spells some fields differently in its
    table and its sample ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names),
    [ERRATA: Event type](/specs/workdrive/ERRATA.md#event-type), [ERRATA: Recurrence
    frequency](/specs/workdrive/ERRATA.md#recurrence-frequency), [ERRATA: Event, video and photo
    permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-typed-
    string), [ERRATA: Event sample placeholders](/specs/workdrive/ERRATA.md#event-sample-placeholders)).
    Answers 201 with the created event. Vendor documentation: section “Create an Event”.

    Args:
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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EventInput,
) -> ApiError | Event | None:
    """Create an Event

     Creates an event, or schedules a meeting when `isMeeting` is true. `permissions` decides who sees
    the event (for events and livestreams); when its `users` are given, only they see it. A meeting
    invites the users of `userIds` and the outside addresses of `externalUserEmails`; a virtual event
    (not a meeting) gives a `conferenceLink`; a livestream can carry preview videos (`videoPreviewIds`),
    and `repeat` makes the event recur. The poster and preview videos are media uploaded beforehand. The
    vendor's documentation writes the path `/api/events/meeting` ([ERRATA: Create an Event
    path](/specs/workdrive/ERRATA.md#create-an-event-path)) and spells some fields differently in its
    table and its sample ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names),
    [ERRATA: Event type](/specs/workdrive/ERRATA.md#event-type), [ERRATA: Recurrence
    frequency](/specs/workdrive/ERRATA.md#recurrence-frequency), [ERRATA: Event, video and photo
    permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-typed-
    string), [ERRATA: Event sample placeholders](/specs/workdrive/ERRATA.md#event-sample-placeholders)).
    Answers 201 with the created event. Vendor documentation: section “Create an Event”.

    Args:
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
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EventInput,
) -> Response[ApiError | Event]:
    """Create an Event

     Creates an event, or schedules a meeting when `isMeeting` is true. `permissions` decides who sees
    the event (for events and livestreams); when its `users` are given, only they see it. A meeting
    invites the users of `userIds` and the outside addresses of `externalUserEmails`; a virtual event
    (not a meeting) gives a `conferenceLink`; a livestream can carry preview videos (`videoPreviewIds`),
    and `repeat` makes the event recur. The poster and preview videos are media uploaded beforehand. The
    vendor's documentation writes the path `/api/events/meeting` ([ERRATA: Create an Event
    path](/specs/workdrive/ERRATA.md#create-an-event-path)) and spells some fields differently in its
    table and its sample ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names),
    [ERRATA: Event type](/specs/workdrive/ERRATA.md#event-type), [ERRATA: Recurrence
    frequency](/specs/workdrive/ERRATA.md#recurrence-frequency), [ERRATA: Event, video and photo
    permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-typed-
    string), [ERRATA: Event sample placeholders](/specs/workdrive/ERRATA.md#event-sample-placeholders)).
    Answers 201 with the created event. Vendor documentation: section “Create an Event”.

    Args:
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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EventInput,
) -> ApiError | Event | None:
    """Create an Event

     Creates an event, or schedules a meeting when `isMeeting` is true. `permissions` decides who sees
    the event (for events and livestreams); when its `users` are given, only they see it. A meeting
    invites the users of `userIds` and the outside addresses of `externalUserEmails`; a virtual event
    (not a meeting) gives a `conferenceLink`; a livestream can carry preview videos (`videoPreviewIds`),
    and `repeat` makes the event recur. The poster and preview videos are media uploaded beforehand. The
    vendor's documentation writes the path `/api/events/meeting` ([ERRATA: Create an Event
    path](/specs/workdrive/ERRATA.md#create-an-event-path)) and spells some fields differently in its
    table and its sample ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names),
    [ERRATA: Event type](/specs/workdrive/ERRATA.md#event-type), [ERRATA: Recurrence
    frequency](/specs/workdrive/ERRATA.md#recurrence-frequency), [ERRATA: Event, video and photo
    permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-typed-
    string), [ERRATA: Event sample placeholders](/specs/workdrive/ERRATA.md#event-sample-placeholders)).
    Answers 201 with the created event. Vendor documentation: section “Create an Event”.

    Args:
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
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
