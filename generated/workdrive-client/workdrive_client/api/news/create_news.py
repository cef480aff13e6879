from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.news import News
from ...models.news_input import NewsInput
from ...types import Response


def _get_kwargs(
    *,
    body: NewsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/news",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | News | None:
    if response.status_code == 201:
        response_201 = News.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | News]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewsInput,
) -> Response[ApiError | News]:
    """Create a News

     Creates a news article and answers it. The news has a title (`newsTitle`), a category (by name) and
    a cover image (the media id of an uploaded picture); media are attached by id (`fileIds`), users are
    mentioned (`mention`) and tagged (`taggedUserIds`) by id, and `permissions` sets who may see it. The
    vendor's documentation marks no field required ([ERRATA: News body: no required
    field](/specs/workdrive/ERRATA.md#news-body-no-required-field)); its sample sends `tags`, `mention`
    and `links` as single strings ([ERRATA: Single values where the table says
    Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). Vendor documentation:
    section “Create a News”.

    Args:
        body (NewsInput): Writable fields of a news, the body of Create a News and Update a News.
            The vendor's documentation marks no field required, so none is ([ERRATA: News body: no
            required field](/specs/workdrive/ERRATA.md#news-body-no-required-field)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | News]
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
    body: NewsInput,
) -> ApiError | News | None:
    """Create a News

     Creates a news article and answers it. The news has a title (`newsTitle`), a category (by name) and
    a cover image (the media id of an uploaded picture); media are attached by id (`fileIds`), users are
    mentioned (`mention`) and tagged (`taggedUserIds`) by id, and `permissions` sets who may see it. The
    vendor's documentation marks no field required ([ERRATA: News body: no required
    field](/specs/workdrive/ERRATA.md#news-body-no-required-field)); its sample sends `tags`, `mention`
    and `links` as single strings ([ERRATA: Single values where the table says
    Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). Vendor documentation:
    section “Create a News”.

    Args:
        body (NewsInput): Writable fields of a news, the body of Create a News and Update a News.
            The vendor's documentation marks no field required, so none is ([ERRATA: News body: no
            required field](/specs/workdrive/ERRATA.md#news-body-no-required-field)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | News
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
    body: NewsInput,
) -> Response[ApiError | News]:
    """Create a News

     Creates a news article and answers it. The news has a title (`newsTitle`), a category (by name) and
    a cover image (the media id of an uploaded picture); media are attached by id (`fileIds`), users are
    mentioned (`mention`) and tagged (`taggedUserIds`) by id, and `permissions` sets who may see it. The
    vendor's documentation marks no field required ([ERRATA: News body: no required
    field](/specs/workdrive/ERRATA.md#news-body-no-required-field)); its sample sends `tags`, `mention`
    and `links` as single strings ([ERRATA: Single values where the table says
    Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). Vendor documentation:
    section “Create a News”.

    Args:
        body (NewsInput): Writable fields of a news, the body of Create a News and Update a News.
            The vendor's documentation marks no field required, so none is ([ERRATA: News body: no
            required field](/specs/workdrive/ERRATA.md#news-body-no-required-field)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | News]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewsInput,
) -> ApiError | News | None:
    """Create a News

     Creates a news article and answers it. The news has a title (`newsTitle`), a category (by name) and
    a cover image (the media id of an uploaded picture); media are attached by id (`fileIds`), users are
    mentioned (`mention`) and tagged (`taggedUserIds`) by id, and `permissions` sets who may see it. The
    vendor's documentation marks no field required ([ERRATA: News body: no required
    field](/specs/workdrive/ERRATA.md#news-body-no-required-field)); its sample sends `tags`, `mention`
    and `links` as single strings ([ERRATA: Single values where the table says
    Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). Vendor documentation:
    section “Create a News”.

    Args:
        body (NewsInput): Writable fields of a news, the body of Create a News and Update a News.
            The vendor's documentation marks no field required, so none is ([ERRATA: News body: no
            required field](/specs/workdrive/ERRATA.md#news-body-no-required-field)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | News
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
