import datetime
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.event_list import EventList
from ...models.list_events_filter import ListEventsFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    external_events: bool | Unset = UNSET,
    filter_: ListEventsFilter | Unset = UNSET,
    category: str | Unset = UNSET,
    only_past: bool | Unset = UNSET,
    include_happening_now: bool | Unset = UNSET,
    only_meeting: bool | Unset = UNSET,
    only_going: bool | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    include_recent_rsvps: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_time = time.isoformat()
    params["time"] = json_time

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    params["externalEvents"] = external_events

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["category"] = category

    params["onlyPast"] = only_past

    params["include_happening_now"] = include_happening_now

    params["onlyMeeting"] = only_meeting

    params["onlyGoing"] = only_going

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    params["include_recent_rsvps"] = include_recent_rsvps

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | EventList | None:
    if response.status_code == 200:
        response_200 = EventList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | EventList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    external_events: bool | Unset = UNSET,
    filter_: ListEventsFilter | Unset = UNSET,
    category: str | Unset = UNSET,
    only_past: bool | Unset = UNSET,
    include_happening_now: bool | Unset = UNSET,
    only_meeting: bool | Unset = UNSET,
    only_going: bool | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    include_recent_rsvps: bool | Unset = UNSET,
) -> Response[ApiError | EventList]:
    """Get All Events

     Lists the events of the user's organization up to the given `time`, one page at a time. The list can
    be narrowed to a date range (`fromDate`, `toDate`), a category, past events, events happening now,
    meetings only, events the user is going to, or events imported from an external calendar (Google or
    Outlook). The vendor's parameter table omits `cur_page` and its query sample adds
    `include_recent_rsvps` ([ERRATA: Event listing page number](/specs/workdrive/ERRATA.md#event-
    listing-page-number), [ERRATA: Recent RSVPs parameter](/specs/workdrive/ERRATA.md#recent-rsvps-
    parameter), [ERRATA: Events query sample](/specs/workdrive/ERRATA.md#events-query-sample)). `time`
    is marked required although the vendor's documentation also gives it a default ([ERRATA: Required
    time with a default](/specs/workdrive/ERRATA.md#required-time-with-a-default)); the date filters are
    date-times ([ERRATA: Event listing time filters](/specs/workdrive/ERRATA.md#event-listing-time-
    filters)). Vendor documentation: section “Get All Events”.

    Args:
        time (datetime.datetime):
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        external_events (bool | Unset):
        filter_ (ListEventsFilter | Unset):
        category (str | Unset):
        only_past (bool | Unset):
        include_happening_now (bool | Unset):
        only_meeting (bool | Unset):
        only_going (bool | Unset):
        to_date (datetime.datetime | Unset):
        from_date (datetime.datetime | Unset):
        include_recent_rsvps (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | EventList]
    """

    kwargs = _get_kwargs(
        time=time,
        cur_page=cur_page,
        per_page=per_page,
        external_events=external_events,
        filter_=filter_,
        category=category,
        only_past=only_past,
        include_happening_now=include_happening_now,
        only_meeting=only_meeting,
        only_going=only_going,
        to_date=to_date,
        from_date=from_date,
        include_recent_rsvps=include_recent_rsvps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    external_events: bool | Unset = UNSET,
    filter_: ListEventsFilter | Unset = UNSET,
    category: str | Unset = UNSET,
    only_past: bool | Unset = UNSET,
    include_happening_now: bool | Unset = UNSET,
    only_meeting: bool | Unset = UNSET,
    only_going: bool | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    include_recent_rsvps: bool | Unset = UNSET,
) -> ApiError | EventList | None:
    """Get All Events

     Lists the events of the user's organization up to the given `time`, one page at a time. The list can
    be narrowed to a date range (`fromDate`, `toDate`), a category, past events, events happening now,
    meetings only, events the user is going to, or events imported from an external calendar (Google or
    Outlook). The vendor's parameter table omits `cur_page` and its query sample adds
    `include_recent_rsvps` ([ERRATA: Event listing page number](/specs/workdrive/ERRATA.md#event-
    listing-page-number), [ERRATA: Recent RSVPs parameter](/specs/workdrive/ERRATA.md#recent-rsvps-
    parameter), [ERRATA: Events query sample](/specs/workdrive/ERRATA.md#events-query-sample)). `time`
    is marked required although the vendor's documentation also gives it a default ([ERRATA: Required
    time with a default](/specs/workdrive/ERRATA.md#required-time-with-a-default)); the date filters are
    date-times ([ERRATA: Event listing time filters](/specs/workdrive/ERRATA.md#event-listing-time-
    filters)). Vendor documentation: section “Get All Events”.

    Args:
        time (datetime.datetime):
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        external_events (bool | Unset):
        filter_ (ListEventsFilter | Unset):
        category (str | Unset):
        only_past (bool | Unset):
        include_happening_now (bool | Unset):
        only_meeting (bool | Unset):
        only_going (bool | Unset):
        to_date (datetime.datetime | Unset):
        from_date (datetime.datetime | Unset):
        include_recent_rsvps (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | EventList
    """

    response = sync_detailed(
        client=client,
        time=time,
        cur_page=cur_page,
        per_page=per_page,
        external_events=external_events,
        filter_=filter_,
        category=category,
        only_past=only_past,
        include_happening_now=include_happening_now,
        only_meeting=only_meeting,
        only_going=only_going,
        to_date=to_date,
        from_date=from_date,
        include_recent_rsvps=include_recent_rsvps,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    external_events: bool | Unset = UNSET,
    filter_: ListEventsFilter | Unset = UNSET,
    category: str | Unset = UNSET,
    only_past: bool | Unset = UNSET,
    include_happening_now: bool | Unset = UNSET,
    only_meeting: bool | Unset = UNSET,
    only_going: bool | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    include_recent_rsvps: bool | Unset = UNSET,
) -> Response[ApiError | EventList]:
    """Get All Events

     Lists the events of the user's organization up to the given `time`, one page at a time. The list can
    be narrowed to a date range (`fromDate`, `toDate`), a category, past events, events happening now,
    meetings only, events the user is going to, or events imported from an external calendar (Google or
    Outlook). The vendor's parameter table omits `cur_page` and its query sample adds
    `include_recent_rsvps` ([ERRATA: Event listing page number](/specs/workdrive/ERRATA.md#event-
    listing-page-number), [ERRATA: Recent RSVPs parameter](/specs/workdrive/ERRATA.md#recent-rsvps-
    parameter), [ERRATA: Events query sample](/specs/workdrive/ERRATA.md#events-query-sample)). `time`
    is marked required although the vendor's documentation also gives it a default ([ERRATA: Required
    time with a default](/specs/workdrive/ERRATA.md#required-time-with-a-default)); the date filters are
    date-times ([ERRATA: Event listing time filters](/specs/workdrive/ERRATA.md#event-listing-time-
    filters)). Vendor documentation: section “Get All Events”.

    Args:
        time (datetime.datetime):
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        external_events (bool | Unset):
        filter_ (ListEventsFilter | Unset):
        category (str | Unset):
        only_past (bool | Unset):
        include_happening_now (bool | Unset):
        only_meeting (bool | Unset):
        only_going (bool | Unset):
        to_date (datetime.datetime | Unset):
        from_date (datetime.datetime | Unset):
        include_recent_rsvps (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | EventList]
    """

    kwargs = _get_kwargs(
        time=time,
        cur_page=cur_page,
        per_page=per_page,
        external_events=external_events,
        filter_=filter_,
        category=category,
        only_past=only_past,
        include_happening_now=include_happening_now,
        only_meeting=only_meeting,
        only_going=only_going,
        to_date=to_date,
        from_date=from_date,
        include_recent_rsvps=include_recent_rsvps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    external_events: bool | Unset = UNSET,
    filter_: ListEventsFilter | Unset = UNSET,
    category: str | Unset = UNSET,
    only_past: bool | Unset = UNSET,
    include_happening_now: bool | Unset = UNSET,
    only_meeting: bool | Unset = UNSET,
    only_going: bool | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    include_recent_rsvps: bool | Unset = UNSET,
) -> ApiError | EventList | None:
    """Get All Events

     Lists the events of the user's organization up to the given `time`, one page at a time. The list can
    be narrowed to a date range (`fromDate`, `toDate`), a category, past events, events happening now,
    meetings only, events the user is going to, or events imported from an external calendar (Google or
    Outlook). The vendor's parameter table omits `cur_page` and its query sample adds
    `include_recent_rsvps` ([ERRATA: Event listing page number](/specs/workdrive/ERRATA.md#event-
    listing-page-number), [ERRATA: Recent RSVPs parameter](/specs/workdrive/ERRATA.md#recent-rsvps-
    parameter), [ERRATA: Events query sample](/specs/workdrive/ERRATA.md#events-query-sample)). `time`
    is marked required although the vendor's documentation also gives it a default ([ERRATA: Required
    time with a default](/specs/workdrive/ERRATA.md#required-time-with-a-default)); the date filters are
    date-times ([ERRATA: Event listing time filters](/specs/workdrive/ERRATA.md#event-listing-time-
    filters)). Vendor documentation: section “Get All Events”.

    Args:
        time (datetime.datetime):
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        external_events (bool | Unset):
        filter_ (ListEventsFilter | Unset):
        category (str | Unset):
        only_past (bool | Unset):
        include_happening_now (bool | Unset):
        only_meeting (bool | Unset):
        only_going (bool | Unset):
        to_date (datetime.datetime | Unset):
        from_date (datetime.datetime | Unset):
        include_recent_rsvps (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | EventList
    """

    response = await asyncio_detailed(
        client=client,
        time=time,
        cur_page=cur_page,
        per_page=per_page,
        external_events=external_events,
        filter_=filter_,
        category=category,
        only_past=only_past,
        include_happening_now=include_happening_now,
        only_meeting=only_meeting,
        only_going=only_going,
        to_date=to_date,
        from_date=from_date,
        include_recent_rsvps=include_recent_rsvps,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.event import Event


def iterate(
    *,
    client: AuthenticatedClient | Client,
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    external_events: bool | Unset = UNSET,
    filter_: ListEventsFilter | Unset = UNSET,
    category: str | Unset = UNSET,
    only_past: bool | Unset = UNSET,
    include_happening_now: bool | Unset = UNSET,
    only_meeting: bool | Unset = UNSET,
    only_going: bool | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    include_recent_rsvps: bool | Unset = UNSET,
) -> Iterator[Event]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            time=time,
            cur_page=cur_page,
            per_page=per_page,
            external_events=external_events,
            filter_=filter_,
            category=category,
            only_past=only_past,
            include_happening_now=include_happening_now,
            only_meeting=only_meeting,
            only_going=only_going,
            to_date=to_date,
            from_date=from_date,
            include_recent_rsvps=include_recent_rsvps,
        )
        if not isinstance(page, EventList):
            return
        listed = page.events
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
    time: datetime.datetime,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    external_events: bool | Unset = UNSET,
    filter_: ListEventsFilter | Unset = UNSET,
    category: str | Unset = UNSET,
    only_past: bool | Unset = UNSET,
    include_happening_now: bool | Unset = UNSET,
    only_meeting: bool | Unset = UNSET,
    only_going: bool | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    include_recent_rsvps: bool | Unset = UNSET,
) -> AsyncIterator[Event]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            time=time,
            cur_page=cur_page,
            per_page=per_page,
            external_events=external_events,
            filter_=filter_,
            category=category,
            only_past=only_past,
            include_happening_now=include_happening_now,
            only_meeting=only_meeting,
            only_going=only_going,
            to_date=to_date,
            from_date=from_date,
            include_recent_rsvps=include_recent_rsvps,
        )
        if not isinstance(page, EventList):
            return
        listed = page.events
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
