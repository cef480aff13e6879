from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_photos_filter import ListPhotosFilter
from ...models.photo_list import PhotoList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    filter_: ListPhotosFilter | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/photos",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | PhotoList | None:
    if response.status_code == 200:
        response_200 = PhotoList.from_dict(response.json())

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
) -> Response[ApiError | PhotoList]:
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
    filter_: ListPhotosFilter | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ApiError | PhotoList]:
    """Get All Photos

     Lists the photos of the user's organization, one page at a time. `filter` narrows the list to all
    photos, friends' photos, the caller's own photos, photos the caller is tagged in or the team's
    photos; `userId` to the photos one user uploaded. The vendor's documentation types `filter` boolean
    although its values are words ([ERRATA: Photo listing filter type](/specs/workdrive/ERRATA.md#photo-
    listing-filter-type)) and sends `per_page` as a string in its query sample ([ERRATA: Photos query
    sample](/specs/workdrive/ERRATA.md#photos-query-sample)). Vendor documentation: section “Get All
    Photos”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filter_ (ListPhotosFilter | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PhotoList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        filter_=filter_,
        user_id=user_id,
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
    filter_: ListPhotosFilter | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> ApiError | PhotoList | None:
    """Get All Photos

     Lists the photos of the user's organization, one page at a time. `filter` narrows the list to all
    photos, friends' photos, the caller's own photos, photos the caller is tagged in or the team's
    photos; `userId` to the photos one user uploaded. The vendor's documentation types `filter` boolean
    although its values are words ([ERRATA: Photo listing filter type](/specs/workdrive/ERRATA.md#photo-
    listing-filter-type)) and sends `per_page` as a string in its query sample ([ERRATA: Photos query
    sample](/specs/workdrive/ERRATA.md#photos-query-sample)). Vendor documentation: section “Get All
    Photos”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filter_ (ListPhotosFilter | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PhotoList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        filter_=filter_,
        user_id=user_id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    filter_: ListPhotosFilter | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ApiError | PhotoList]:
    """Get All Photos

     Lists the photos of the user's organization, one page at a time. `filter` narrows the list to all
    photos, friends' photos, the caller's own photos, photos the caller is tagged in or the team's
    photos; `userId` to the photos one user uploaded. The vendor's documentation types `filter` boolean
    although its values are words ([ERRATA: Photo listing filter type](/specs/workdrive/ERRATA.md#photo-
    listing-filter-type)) and sends `per_page` as a string in its query sample ([ERRATA: Photos query
    sample](/specs/workdrive/ERRATA.md#photos-query-sample)). Vendor documentation: section “Get All
    Photos”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filter_ (ListPhotosFilter | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PhotoList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        filter_=filter_,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    filter_: ListPhotosFilter | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> ApiError | PhotoList | None:
    """Get All Photos

     Lists the photos of the user's organization, one page at a time. `filter` narrows the list to all
    photos, friends' photos, the caller's own photos, photos the caller is tagged in or the team's
    photos; `userId` to the photos one user uploaded. The vendor's documentation types `filter` boolean
    although its values are words ([ERRATA: Photo listing filter type](/specs/workdrive/ERRATA.md#photo-
    listing-filter-type)) and sends `per_page` as a string in its query sample ([ERRATA: Photos query
    sample](/specs/workdrive/ERRATA.md#photos-query-sample)). Vendor documentation: section “Get All
    Photos”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filter_ (ListPhotosFilter | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PhotoList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        filter_=filter_,
        user_id=user_id,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.photo_model import Photo


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    filter_: ListPhotosFilter | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Iterator[Photo]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            filter_=filter_,
            user_id=user_id,
        )
        if not isinstance(page, PhotoList):
            return
        listed = page.photos
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
    filter_: ListPhotosFilter | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> AsyncIterator[Photo]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            filter_=filter_,
            user_id=user_id,
        )
        if not isinstance(page, PhotoList):
            return
        listed = page.photos
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
