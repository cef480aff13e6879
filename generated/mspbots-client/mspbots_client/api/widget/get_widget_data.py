from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_page import DataPage
from ...models.error import Error
from ...models.field_filters import FieldFilters
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_id: str,
    *,
    current: int | Unset = 1,
    size: int | Unset = 10,
    filters: FieldFilters | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["current"] = current

    params["size"] = size

    json_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters.to_dict()
    if not isinstance(json_filters, Unset):
        params.update(json_filters)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/widget/{resource_id}".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataPage | Error | str | None:
    if response.status_code == 200:
        response_200 = DataPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = response.text
        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataPage | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    current: int | Unset = 1,
    size: int | Unset = 10,
    filters: FieldFilters | Unset = UNSET,
) -> Response[DataPage | Error | str]:
    """Get widget data

     Returns the rows of a widget bound to the API key, one page at a time, in
    the `DataPage` envelope (`code` `0`, `msg` `success`, the rows in `data`;
    the vendor's widget sample carries no paging counters). Read-only. Widgets
    that include measure or calculate layers are not supported.

    **Paging.** `current` is the page number, counted from 1 (default 1);
    `size` is the number of rows per page ([ERRATA: Page size](/specs/mspbots/ERRATA.md#page-size)).

    **Filters.** Every other query parameter filters on one field of the
    widget; its name is the field name (spaces allowed, URL-encoded) and its
    value follows this grammar: empty = the field is empty; one value =
    contains (TEXT) or equals (NUMBER, BOOLEAN); `a,` = greater than or equal
    to `a`; `,b` = less than or equal to `b`; `a,b` = between `a` and `b`
    inclusive; `a,b,c,d` = between `a` and `b` or between `c` and `d`; `a,b,c`
    = between `a` and `b`, or equal to `c` (the vendor's number example), or greater
    than or equal to `c` (the vendor's date example). The vendor's sample:
    `/api/widget/{resourceId}?current=1&size=10&Real Name=n&Update
    Date=2021-10-10,2023-03-30,2023-04-05&Id=,1534956341424005122`.
    See the `filters` parameter, [ERRATA: Filter grammar](/specs/mspbots/ERRATA.md#filter-grammar) and
    [ERRATA: Free-form filter parameters](/specs/mspbots/ERRATA.md#free-form-filter-parameters).

    **Rate limit.** 60 requests per minute per API key; over it the API
    answers 429 ([ERRATA: Rate limit](/specs/mspbots/ERRATA.md#rate-limit)).

    Vendor documentation: sections “8. Request, Response, Sample Request” (GET REQUEST (Widget)) and
    “Supported query criteria”.

    Args:
        resource_id (str):
        current (int | Unset):  Default: 1.
        size (int | Unset):  Default: 10.
        filters (FieldFilters | Unset): Field filters of a dataset or widget query: each key is a
            field name exactly as the resource names it (spaces allowed), each value a filter in the
            vendor's grammar (empty, one value, `a,`, `,b`, `a,b`, `a,b,c`, `a,b,c,d`); see the
            `filters` parameter and [ERRATA: Filter grammar](/specs/mspbots/ERRATA.md#filter-grammar).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataPage | Error | str]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        current=current,
        size=size,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    current: int | Unset = 1,
    size: int | Unset = 10,
    filters: FieldFilters | Unset = UNSET,
) -> DataPage | Error | str | None:
    """Get widget data

     Returns the rows of a widget bound to the API key, one page at a time, in
    the `DataPage` envelope (`code` `0`, `msg` `success`, the rows in `data`;
    the vendor's widget sample carries no paging counters). Read-only. Widgets
    that include measure or calculate layers are not supported.

    **Paging.** `current` is the page number, counted from 1 (default 1);
    `size` is the number of rows per page ([ERRATA: Page size](/specs/mspbots/ERRATA.md#page-size)).

    **Filters.** Every other query parameter filters on one field of the
    widget; its name is the field name (spaces allowed, URL-encoded) and its
    value follows this grammar: empty = the field is empty; one value =
    contains (TEXT) or equals (NUMBER, BOOLEAN); `a,` = greater than or equal
    to `a`; `,b` = less than or equal to `b`; `a,b` = between `a` and `b`
    inclusive; `a,b,c,d` = between `a` and `b` or between `c` and `d`; `a,b,c`
    = between `a` and `b`, or equal to `c` (the vendor's number example), or greater
    than or equal to `c` (the vendor's date example). The vendor's sample:
    `/api/widget/{resourceId}?current=1&size=10&Real Name=n&Update
    Date=2021-10-10,2023-03-30,2023-04-05&Id=,1534956341424005122`.
    See the `filters` parameter, [ERRATA: Filter grammar](/specs/mspbots/ERRATA.md#filter-grammar) and
    [ERRATA: Free-form filter parameters](/specs/mspbots/ERRATA.md#free-form-filter-parameters).

    **Rate limit.** 60 requests per minute per API key; over it the API
    answers 429 ([ERRATA: Rate limit](/specs/mspbots/ERRATA.md#rate-limit)).

    Vendor documentation: sections “8. Request, Response, Sample Request” (GET REQUEST (Widget)) and
    “Supported query criteria”.

    Args:
        resource_id (str):
        current (int | Unset):  Default: 1.
        size (int | Unset):  Default: 10.
        filters (FieldFilters | Unset): Field filters of a dataset or widget query: each key is a
            field name exactly as the resource names it (spaces allowed), each value a filter in the
            vendor's grammar (empty, one value, `a,`, `,b`, `a,b`, `a,b,c`, `a,b,c,d`); see the
            `filters` parameter and [ERRATA: Filter grammar](/specs/mspbots/ERRATA.md#filter-grammar).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataPage | Error | str
    """

    response = sync_detailed(
        resource_id=resource_id,
        client=client,
        current=current,
        size=size,
        filters=filters,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    current: int | Unset = 1,
    size: int | Unset = 10,
    filters: FieldFilters | Unset = UNSET,
) -> Response[DataPage | Error | str]:
    """Get widget data

     Returns the rows of a widget bound to the API key, one page at a time, in
    the `DataPage` envelope (`code` `0`, `msg` `success`, the rows in `data`;
    the vendor's widget sample carries no paging counters). Read-only. Widgets
    that include measure or calculate layers are not supported.

    **Paging.** `current` is the page number, counted from 1 (default 1);
    `size` is the number of rows per page ([ERRATA: Page size](/specs/mspbots/ERRATA.md#page-size)).

    **Filters.** Every other query parameter filters on one field of the
    widget; its name is the field name (spaces allowed, URL-encoded) and its
    value follows this grammar: empty = the field is empty; one value =
    contains (TEXT) or equals (NUMBER, BOOLEAN); `a,` = greater than or equal
    to `a`; `,b` = less than or equal to `b`; `a,b` = between `a` and `b`
    inclusive; `a,b,c,d` = between `a` and `b` or between `c` and `d`; `a,b,c`
    = between `a` and `b`, or equal to `c` (the vendor's number example), or greater
    than or equal to `c` (the vendor's date example). The vendor's sample:
    `/api/widget/{resourceId}?current=1&size=10&Real Name=n&Update
    Date=2021-10-10,2023-03-30,2023-04-05&Id=,1534956341424005122`.
    See the `filters` parameter, [ERRATA: Filter grammar](/specs/mspbots/ERRATA.md#filter-grammar) and
    [ERRATA: Free-form filter parameters](/specs/mspbots/ERRATA.md#free-form-filter-parameters).

    **Rate limit.** 60 requests per minute per API key; over it the API
    answers 429 ([ERRATA: Rate limit](/specs/mspbots/ERRATA.md#rate-limit)).

    Vendor documentation: sections “8. Request, Response, Sample Request” (GET REQUEST (Widget)) and
    “Supported query criteria”.

    Args:
        resource_id (str):
        current (int | Unset):  Default: 1.
        size (int | Unset):  Default: 10.
        filters (FieldFilters | Unset): Field filters of a dataset or widget query: each key is a
            field name exactly as the resource names it (spaces allowed), each value a filter in the
            vendor's grammar (empty, one value, `a,`, `,b`, `a,b`, `a,b,c`, `a,b,c,d`); see the
            `filters` parameter and [ERRATA: Filter grammar](/specs/mspbots/ERRATA.md#filter-grammar).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataPage | Error | str]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        current=current,
        size=size,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    current: int | Unset = 1,
    size: int | Unset = 10,
    filters: FieldFilters | Unset = UNSET,
) -> DataPage | Error | str | None:
    """Get widget data

     Returns the rows of a widget bound to the API key, one page at a time, in
    the `DataPage` envelope (`code` `0`, `msg` `success`, the rows in `data`;
    the vendor's widget sample carries no paging counters). Read-only. Widgets
    that include measure or calculate layers are not supported.

    **Paging.** `current` is the page number, counted from 1 (default 1);
    `size` is the number of rows per page ([ERRATA: Page size](/specs/mspbots/ERRATA.md#page-size)).

    **Filters.** Every other query parameter filters on one field of the
    widget; its name is the field name (spaces allowed, URL-encoded) and its
    value follows this grammar: empty = the field is empty; one value =
    contains (TEXT) or equals (NUMBER, BOOLEAN); `a,` = greater than or equal
    to `a`; `,b` = less than or equal to `b`; `a,b` = between `a` and `b`
    inclusive; `a,b,c,d` = between `a` and `b` or between `c` and `d`; `a,b,c`
    = between `a` and `b`, or equal to `c` (the vendor's number example), or greater
    than or equal to `c` (the vendor's date example). The vendor's sample:
    `/api/widget/{resourceId}?current=1&size=10&Real Name=n&Update
    Date=2021-10-10,2023-03-30,2023-04-05&Id=,1534956341424005122`.
    See the `filters` parameter, [ERRATA: Filter grammar](/specs/mspbots/ERRATA.md#filter-grammar) and
    [ERRATA: Free-form filter parameters](/specs/mspbots/ERRATA.md#free-form-filter-parameters).

    **Rate limit.** 60 requests per minute per API key; over it the API
    answers 429 ([ERRATA: Rate limit](/specs/mspbots/ERRATA.md#rate-limit)).

    Vendor documentation: sections “8. Request, Response, Sample Request” (GET REQUEST (Widget)) and
    “Supported query criteria”.

    Args:
        resource_id (str):
        current (int | Unset):  Default: 1.
        size (int | Unset):  Default: 10.
        filters (FieldFilters | Unset): Field filters of a dataset or widget query: each key is a
            field name exactly as the resource names it (spaces allowed), each value a filter in the
            vendor's grammar (empty, one value, `a,`, `,b`, `a,b`, `a,b,c`, `a,b,c,d`); see the
            `filters` parameter and [ERRATA: Filter grammar](/specs/mspbots/ERRATA.md#filter-grammar).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataPage | Error | str
    """

    response = await asyncio_detailed(
        resource_id=resource_id,
        client=client,
        current=current,
        size=size,
        filters=filters,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.data_row import DataRow


def iterate(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    current: int | Unset = 1,
    size: int | Unset = 10,
    filters: FieldFilters | Unset = UNSET,
) -> Iterator[DataRow]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `current` (pages pagination). Raises `errors.MspbotsError` on an
    error answer."""
    while True:
        page = sync(
            resource_id=resource_id,
            client=client,
            current=current,
            size=size,
            filters=filters,
        )
        if not isinstance(page, DataPage):
            return
        listed = page.data
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        yield from items
        current, pages = page.current, page.pages
        if not isinstance(current, int) or not isinstance(pages, int) or current >= pages:
            return
        current = current + 1


async def aiterate(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    current: int | Unset = 1,
    size: int | Unset = 10,
    filters: FieldFilters | Unset = UNSET,
) -> AsyncIterator[DataRow]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            resource_id=resource_id,
            client=client,
            current=current,
            size=size,
            filters=filters,
        )
        if not isinstance(page, DataPage):
            return
        listed = page.data
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        current, pages = page.current, page.pages
        if not isinstance(current, int) or not isinstance(pages, int) or current >= pages:
            return
        current = current + 1
