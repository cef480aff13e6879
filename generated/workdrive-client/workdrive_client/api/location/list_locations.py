from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.location_list import LocationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/locations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | LocationList | None:
    if response.status_code == 200:
        response_200 = LocationList.from_dict(response.json())

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
) -> Response[ApiError | LocationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ApiError | LocationList]:
    """Get All Locations

     Lists the locations of the caller's organization, one page at a time, each with its number of
    members. The vendor's documentation writes the paging parameters as a JSON object with unquoted
    keys; they are query parameters ([ERRATA: Query parameters shown as
    JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json), [ERRATA: Directory listing query
    samples](/specs/workdrive/ERRATA.md#directory-listing-query-samples)). Vendor documentation: section
    “Get All Locations”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | LocationList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ApiError | LocationList | None:
    """Get All Locations

     Lists the locations of the caller's organization, one page at a time, each with its number of
    members. The vendor's documentation writes the paging parameters as a JSON object with unquoted
    keys; they are query parameters ([ERRATA: Query parameters shown as
    JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json), [ERRATA: Directory listing query
    samples](/specs/workdrive/ERRATA.md#directory-listing-query-samples)). Vendor documentation: section
    “Get All Locations”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | LocationList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ApiError | LocationList]:
    """Get All Locations

     Lists the locations of the caller's organization, one page at a time, each with its number of
    members. The vendor's documentation writes the paging parameters as a JSON object with unquoted
    keys; they are query parameters ([ERRATA: Query parameters shown as
    JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json), [ERRATA: Directory listing query
    samples](/specs/workdrive/ERRATA.md#directory-listing-query-samples)). Vendor documentation: section
    “Get All Locations”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | LocationList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ApiError | LocationList | None:
    """Get All Locations

     Lists the locations of the caller's organization, one page at a time, each with its number of
    members. The vendor's documentation writes the paging parameters as a JSON object with unquoted
    keys; they are query parameters ([ERRATA: Query parameters shown as
    JSON](/specs/workdrive/ERRATA.md#query-parameters-shown-as-json), [ERRATA: Directory listing query
    samples](/specs/workdrive/ERRATA.md#directory-listing-query-samples)). Vendor documentation: section
    “Get All Locations”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | LocationList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.location import Location


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Iterator[Location]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
        )
        if not isinstance(page, LocationList):
            return
        listed = page.locations
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
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> AsyncIterator[Location]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
        )
        if not isinstance(page, LocationList):
            return
        listed = page.locations
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
